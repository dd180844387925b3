import { AppError, type FieldIssue } from '../../../kernel/index.js';

/** Stable error codes of the ledger; clients may rely on them. */
export const accountNotFound = () => new AppError('not_found', 'LEDGER.ACCOUNT_NOT_FOUND', 'No such account');
export const entryNotFound = () => new AppError('not_found', 'LEDGER.ENTRY_NOT_FOUND', 'No such journal entry');
export const transactionNotFound = () => new AppError('not_found', 'LEDGER.TRANSACTION_NOT_FOUND', 'No such transaction');
export const accountCodeTaken = (code: string) =>
  new AppError('conflict', 'LEDGER.ACCOUNT_CODE_TAKEN', `Account code ${code} is already used`, { errors: [{ path: 'body.code', message: 'already used' }] });
export const invalidAccount = (message: string, errors: FieldIssue[]) => new AppError('unprocessable', 'LEDGER.INVALID_ACCOUNT', message, { errors });
export const accountInUse = (message: string) => new AppError('conflict', 'LEDGER.ACCOUNT_IN_USE', message);
export const unbalancedEntry = (message: string, errors: FieldIssue[] = []) => new AppError('unprocessable', 'LEDGER.UNBALANCED_ENTRY', message, { errors });
export const tooFewLines = () =>
  new AppError('unprocessable', 'LEDGER.TOO_FEW_LINES', 'A journal entry needs at least two lines', { errors: [{ path: 'body.lines', message: 'at least two lines' }] });
export const invalidLine = (errors: FieldIssue[]) => new AppError('unprocessable', 'LEDGER.INVALID_LINE', 'Some lines are not valid', { errors });
export const accountNotPostable = (errors: FieldIssue[]) =>
  new AppError('unprocessable', 'LEDGER.ACCOUNT_NOT_POSTABLE', 'Lines may only use active, non-group accounts of this business', { errors });
export const periodLocked = (date: string, lockDate: string) =>
  new AppError('unprocessable', 'LEDGER.PERIOD_LOCKED', `The books are locked up to ${lockDate}; ${date} cannot be posted`, {
    errors: [{ path: 'body.date', message: `on or before the lock date ${lockDate}` }],
    extra: { lockDate },
  });
export const entryPosted = () =>
  new AppError('conflict', 'LEDGER.ENTRY_POSTED', 'Posted entries cannot be changed; reverse it and post a new entry');
export const entryNotPosted = () => new AppError('conflict', 'LEDGER.ENTRY_NOT_POSTED', 'Only a posted entry can be reversed');
export const alreadyReversed = (reversalId: string) =>
  new AppError('conflict', 'LEDGER.ALREADY_REVERSED', 'This entry has already been reversed', { extra: { reversalId } });
export const transactionDeleted = () => new AppError('conflict', 'LEDGER.TRANSACTION_DELETED', 'This transaction was deleted');
export const unknownTemplate = (key: string) =>
  new AppError('validation', 'LEDGER.UNKNOWN_TEMPLATE', `No chart-of-accounts template ${key}`, { errors: [{ path: 'body.template', message: 'unknown template' }] });
export const nothingToClose = (date: string) =>
  new AppError('unprocessable', 'LEDGER.NOTHING_TO_CLOSE', `Income and expense accounts are already at zero on ${date}`);
export const cannotClose = (message: string) => new AppError('unprocessable', 'LEDGER.CANNOT_CLOSE', message);
export const sourceConflict = (module: string, id: string, revision: number, entryId: string) =>
  new AppError('conflict', 'LEDGER.SOURCE_REVISION_CONFLICT', `${module} ${id} revision ${revision} was posted with other lines; post a new revision`, {
    extra: { entryId },
  });
