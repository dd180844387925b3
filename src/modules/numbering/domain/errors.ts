import { AppError, type FieldIssue } from '../../../kernel/index.js';

const at = (path: string, message: string) => ({ errors: [{ path, message }] });

export const unknownDocumentType = (value: string) =>
  new AppError('not_found', 'NUMBERING.SERIES_NOT_FOUND', `No numbering series for document type "${value.slice(0, 40)}"`);
export const invalidFormat = (code: string, message: string, issues: FieldIssue[]) => new AppError('unprocessable', code, message, { errors: issues });
export const formatAndPrefix = () =>
  new AppError('unprocessable', 'NUMBERING.INVALID_FORMAT', 'Send either a format or a prefix, not both', at('body.prefix', 'send either format or prefix'));
export const resetNeedsYear = (path: string) =>
  new AppError(
    'unprocessable',
    'NUMBERING.RESET_NEEDS_YEAR',
    'A series that starts again at 1 every fiscal year needs a year token ({FY}, {FY2}, {YYYY} or {YY}) in its format, or its numbers would repeat',
    at(path, 'add {FY}, {FY2}, {YYYY} or {YY}, or set resetYearly to false'),
  );
export const resetLocked = () =>
  new AppError('conflict', 'NUMBERING.RESET_LOCKED', 'Yearly reset can change only before the first number of the series is drawn', at('body.resetYearly', 'numbers have been drawn already'));
export const nextNumberBackwards = (current: string) =>
  new AppError('unprocessable', 'NUMBERING.NEXT_NUMBER_BACKWARDS', `Numbers up to ${BigInt(current) - 1n} have been drawn: the next number can only move up from ${current}`, {
    errors: [{ path: 'body.nextNumber', message: `must be at least ${current}` }],
    extra: { currentNextNumber: current },
  });
export const seriesExhausted = (documentType: string, number: string) =>
  new AppError(
    'unprocessable',
    'NUMBERING.SERIES_EXHAUSTED',
    `The ${documentType} series is full: the next number ${number} would be longer than 16 characters. Shorten the format (e.g. {FY2} instead of {FY}) in the numbering settings.`,
    { extra: { documentType } },
  );
export const nextNumberTooLong = (number: string) =>
  new AppError('unprocessable', 'NUMBERING.FORMAT_TOO_LONG', `The next number would be ${number}, longer than 16 characters`, at('body.nextNumber', 'the number would pass 16 characters'));
