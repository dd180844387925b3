import { AppError, type FieldIssue } from '../../kernel/index.js';

/** Stable error codes of tax rates, groups, exemptions, the HSN/SAC master and TDS records. */
export const taxRateNotFound = () => new AppError('not_found', 'TAX.TAX_RATE_NOT_FOUND', 'No such tax rate');
export const taxGroupNotFound = () => new AppError('not_found', 'TAX.TAX_GROUP_NOT_FOUND', 'No such tax group');
export const exemptionNotFound = () => new AppError('not_found', 'TAX.EXEMPTION_NOT_FOUND', 'No such tax exemption');
export const hsnCodeNotFound = () => new AppError('not_found', 'TAX.HSN_CODE_NOT_FOUND', 'No such tenant HSN/SAC code');
export const deductionNotFound = () => new AppError('not_found', 'TAX.TDS_DEDUCTION_NOT_FOUND', 'No such TDS/TCS deduction');

export const codeTaken = (what: string, path: string) => new AppError('conflict', 'TAX.CODE_TAKEN', `A ${what} with this code exists already`, { errors: [{ path, message: 'already used' }] });

export const rateInUse = () => new AppError('conflict', 'TAX.TAX_RATE_IN_USE', 'The tax rate is part of a tax group: remove it from the group or archive the rate instead');

export const invalidGroup = (errors: FieldIssue[]) => new AppError('unprocessable', 'TAX.INVALID_GROUP', 'The tax group is not valid', { errors });

export const invalidCalculation = (errors: FieldIssue[]) => new AppError('unprocessable', 'TAX.INVALID_CALCULATION', 'The document cannot be taxed as given', { errors });

export const noDefaults = (country: string) =>
  new AppError('unprocessable', 'TAX.NO_DEFAULTS', `No default tax rates are known for ${country}`, { errors: [{ path: 'body.country', message: 'no defaults for this country' }] });

/** A domain error's field paths (`amount`) as paths into the request body (`body.amount`). */
export function bodyPaths(error: unknown): unknown {
  if (error instanceof AppError && error.errors.length > 0) {
    return new AppError(error.kind, error.code, error.message, { errors: error.errors.map((e) => ({ ...e, path: `body.${e.path}` })), extra: error.extra });
  }
  return error;
}
