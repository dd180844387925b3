import { AppError, type FieldIssue } from '../../../kernel/index.js';
import type { ParseIssue } from './statement.js';

/** Bank account rules and the banking module's error codes (statements side). */

/** "123456789012" → "XXXXXXXX9012": only the last four characters are ever stored. */
export function maskAccountNumber(value: string): { masked: string; last4: string } {
  const compact = value.replace(/[\s-]/g, '');
  const last4 = compact.slice(-4);
  return { masked: `${'X'.repeat(Math.max(compact.length - 4, 0))}${last4}`, last4 };
}

export const IFSC_RE = /^[A-Z]{4}0[A-Z0-9]{6}$/;
export const BIC_RE = /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/;

/** IBAN check digits (ISO 13616, mod 97), computed on digit strings in chunks: no big numbers. */
export function isValidIban(iban: string): boolean {
  const s = iban.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  const rearranged = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const ch of rearranged) rest = (rest * 10 + (ch.charCodeAt(0) - 48)) % 97;
  return rest === 1;
}

export function identifierIssues(input: { ifsc?: string | null | undefined; bic?: string | null | undefined; iban?: string | null | undefined }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.ifsc && !IFSC_RE.test(input.ifsc)) issues.push({ path: 'body.ifsc', message: 'an IFSC is 4 letters, 0, then 6 letters or digits (e.g. HDFC0001234)' });
  if (input.bic && !BIC_RE.test(input.bic)) issues.push({ path: 'body.bic', message: 'a BIC is 8 or 11 letters/digits (e.g. DEUTDEFF)' });
  if (input.iban && !isValidIban(input.iban)) issues.push({ path: 'body.iban', message: 'not a valid IBAN (check digits do not match)' });
  return issues;
}

export const bankAccountNotFound = () => new AppError('not_found', 'BANKING.ACCOUNT_NOT_FOUND', 'No such bank or cash account');
export const presetNotFound = (path = 'params.id') =>
  new AppError('not_found', 'BANKING.PRESET_NOT_FOUND', 'No such statement mapping preset', { errors: [{ path, message: 'no such preset' }] });
export const invalidBankAccount = (issues: FieldIssue[]) => new AppError('unprocessable', 'BANKING.INVALID_ACCOUNT', 'The bank account is not valid', { errors: issues });
export const ledgerAccountUnfit = (message: string, path = 'body.ledgerAccountId') =>
  new AppError('unprocessable', 'BANKING.LEDGER_ACCOUNT_UNFIT', message, { errors: [{ path, message }] });
export const ledgerAccountTaken = () =>
  new AppError('conflict', 'BANKING.LEDGER_ACCOUNT_LINKED', 'That ledger account is already linked to another bank or cash account', {
    errors: [{ path: 'body.ledgerAccountId', message: 'already linked' }],
  });
export const accountArchived = () => new AppError('conflict', 'BANKING.ACCOUNT_ARCHIVED', 'The bank account is archived; reactivate it first');
export const unknownFormat = () =>
  new AppError('unsupported_media_type', 'BANKING.UNKNOWN_FORMAT', 'Not a statement format Kontor reads (CSV, OFX/QFX, camt.053, camt.054, MT940)', {
    errors: [{ path: 'body.format', message: 'unknown statement format: name it, or send a .csv, .ofx, .qfx, .xml or .sta file' }],
  });
export const unsupportedType = (path: string, message: string) => new AppError('unsupported_media_type', 'BANKING.UNSUPPORTED_FILE_TYPE', message, { errors: [{ path, message }] });
export const fileTooLarge = (max: number) =>
  new AppError('payload_too_large', 'BANKING.FILE_TOO_LARGE', `The statement file is larger than ${max} bytes`, { errors: [{ path: 'body.content', message: `at most ${max} bytes` }] });
export const unreadable = (message: string, issues: ParseIssue[]) => new AppError('unprocessable', 'BANKING.STATEMENT_UNREADABLE', message, { errors: issues });
export const mappingRequired = () =>
  new AppError('validation', 'BANKING.MAPPING_REQUIRED', 'A CSV statement needs a column mapping or a preset', { errors: [{ path: 'body.mapping', message: 'send mapping or presetId' }] });
export const balanceMismatch = (details: { statement: number; opening: string; sum: string; closing: string; difference: string }[]) =>
  new AppError('unprocessable', 'BANKING.BALANCE_MISMATCH', "The statement's lines do not add up to its closing balance (opening + lines ≠ closing); nothing was imported", {
    errors: details.map((d) => ({ path: `body.content.statements[${d.statement}].closingBalance`, message: `opening ${d.opening} + lines ${d.sum} ≠ closing ${d.closing} (difference ${d.difference})` })),
    extra: { statements: details },
  });
export const currencyMismatch = (issues: FieldIssue[]) =>
  new AppError('unprocessable', 'BANKING.CURRENCY_MISMATCH', "The statement's currency is not the bank account's; pick the statements to import with statementIndexes", { errors: issues });
export const noSuchStatement = (path: string, count: number) =>
  new AppError('validation', 'BANKING.NO_SUCH_STATEMENT', `The file holds ${count} statement(s)`, { errors: [{ path, message: `between 0 and ${count - 1}` }] });
