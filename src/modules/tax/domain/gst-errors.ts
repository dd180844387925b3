import { AppError, type FieldIssue } from '../../../kernel/index.js';

/**
 * Stable error codes of the GST engine. Field paths are relative to the engine's input
 * (`lines[2].hsn`); a route prefixes them (`body.lines[2].hsn`) with `prefixIssues`.
 */
export const invalidTaxInput = (errors: FieldIssue[]) =>
  new AppError('validation', 'TAX.INVALID_INPUT', 'The tax computation input is not valid', { errors });

export const rateNotFound = (errors: FieldIssue[]) =>
  new AppError('unprocessable', 'TAX.RATE_NOT_FOUND', 'No GST rate is known for some HSN/SAC codes on the document date', { errors });

export function prefixIssues(errors: readonly FieldIssue[], prefix: string): FieldIssue[] {
  return errors.map((issue) => ({ ...issue, path: `${prefix}.${issue.path}` }));
}
