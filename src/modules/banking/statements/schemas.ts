import { z } from 'zod';
import { currency, isoDate, money, pageQuery } from '../../../platform/http/index.js';
import { DATE_FORMATS } from '../domain/csv.js';
import { STATEMENT_FORMATS } from '../domain/statement.js';

export const idParams = z.object({ id: z.uuid() });

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const openingBalanceBody = z.strictObject({ amount: money, date: isoDate });

export const createAccountBody = z.strictObject({
  name: text(200),
  kind: z.enum(['bank', 'cash']).default('bank'),
  /** Link an existing ledger account of subtype bank or cash … */
  ledgerAccountId: z.uuid().optional(),
  /** … or have one created (code and name; the name defaults to the bank account's). */
  ledgerAccount: z.strictObject({ code: z.string().trim().min(1).max(20).regex(/^[A-Za-z0-9._-]+$/, 'letters, digits . _ -'), name: text(200).optional() }).optional(),
  bankName: optionalText(200),
  accountNumber: z.string().trim().max(34).regex(/^[A-Za-z0-9 -]*$/, 'letters, digits, spaces and -').nullable().optional(),
  ifsc: z.string().trim().toUpperCase().max(11).nullable().optional(),
  bic: z.string().trim().toUpperCase().max(11).nullable().optional(),
  iban: z.string().trim().toUpperCase().max(42).nullable().optional(),
  currency: currency.optional(),
  openingBalance: openingBalanceBody.nullable().optional(),
});
export type CreateAccountBody = z.infer<typeof createAccountBody>;

export const updateAccountBody = z
  .strictObject({
    name: text(200).optional(),
    bankName: optionalText(200),
    accountNumber: z.string().trim().max(34).regex(/^[A-Za-z0-9 -]*$/, 'letters, digits, spaces and -').nullable().optional(),
    ifsc: z.string().trim().toUpperCase().max(11).nullable().optional(),
    bic: z.string().trim().toUpperCase().max(11).nullable().optional(),
    iban: z.string().trim().toUpperCase().max(42).nullable().optional(),
    openingBalance: openingBalanceBody.nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });
export type UpdateAccountBody = z.infer<typeof updateAccountBody>;

export const listAccountsQuery = pageQuery.extend({
  status: z.enum(['active', 'archived']).optional(),
  kind: z.enum(['bank', 'cash']).optional(),
  currency: currency.optional(),
});

export const accountResponse = z.object({
  id: z.uuid(),
  kind: z.enum(['bank', 'cash']),
  name: z.string(),
  ledgerAccountId: z.uuid(),
  bankName: z.string().nullable(),
  accountNumberMasked: z.string().nullable(),
  ifsc: z.string().nullable(),
  bic: z.string().nullable(),
  iban: z.string().nullable(),
  currency: z.string(),
  openingBalance: z.object({ amount: z.string(), date: z.string(), entryId: z.uuid().nullable() }).nullable(),
  bookBalance: z.string(),
  lastStatementBalance: z.string().nullable(),
  lastStatementDate: z.string().nullable(),
  status: z.enum(['active', 'archived']),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

// ---------- mapping presets ----------

const columnRef = z.union([z.string().trim().min(1).max(100), z.number().int().min(0).max(200)]);

export const csvMapping = z.strictObject({
  delimiter: z.enum([',', ';', '\t', '|']).optional(),
  hasHeader: z.boolean().optional(),
  skipRows: z.number().int().min(0).max(100).optional(),
  dateFormat: z.enum(DATE_FORMATS),
  decimalSeparator: z.enum(['.', ',']).optional(),
  columns: z.strictObject({
    date: columnRef,
    valueDate: columnRef.optional(),
    description: z.union([columnRef, z.array(columnRef).min(1).max(5)]),
    reference: columnRef.optional(),
    bankRef: columnRef.optional(),
    amount: columnRef.optional(),
    debit: columnRef.optional(),
    credit: columnRef.optional(),
    creditDebit: columnRef.optional(),
    balance: columnRef.optional(),
  }),
});
export type CsvMappingBody = z.infer<typeof csvMapping>;

export const presetBody = z.strictObject({ name: text(120), bankName: optionalText(200), mapping: csvMapping });
export const presetResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  bankName: z.string().nullable(),
  mapping: csvMapping,
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const listPresetsQuery = pageQuery.extend({ bankName: z.string().trim().min(1).max(200).optional() });

// ---------- statements ----------

/** Largest statement file accepted, decoded (the base64 text is a third larger). */
export const MAX_STATEMENT_BYTES = 8 * 1024 * 1024;
export const STATEMENT_BODY_LIMIT = Math.ceil((MAX_STATEMENT_BYTES * 4) / 3) + 64 * 1024;

export const importBody = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  /** The upload's media type as the browser gave it (checked against the file name and content). */
  contentType: z.string().trim().max(100).optional(),
  /** Named format; detected from the content when absent. `qfx` is OFX. */
  format: z.enum([...STATEMENT_FORMATS, 'qfx']).optional(),
  /** The file, base64-encoded. */
  content: z.string().min(1).max(STATEMENT_BODY_LIMIT).regex(/^[A-Za-z0-9+/=\r\n]+$/, 'base64'),
  mapping: csvMapping.optional(),
  presetId: z.uuid().optional(),
  /** Which statements of a multi-statement file to import (0-based); all when absent. */
  statementIndexes: z.array(z.number().int().min(0).max(999)).min(1).max(100).optional(),
  /** For files without balances (most CSVs): the statement's opening and closing balance, checked against the lines. */
  openingBalance: money.optional(),
  closingBalance: money.optional(),
});
export type ImportBody = z.infer<typeof importBody>;

const lineView = z.object({
  date: z.string(),
  valueDate: z.string().nullable(),
  amount: z.string(),
  description: z.string(),
  reference: z.string().nullable(),
  bankRef: z.string().nullable(),
  counterparty: z.string().nullable(),
  balance: z.string().nullable(),
  duplicate: z.boolean(),
});

const statementSummary = z.object({
  index: z.number().int(),
  statementId: z.string().nullable(),
  account: z.string().nullable(),
  currency: z.string().nullable(),
  openingBalance: z.string().nullable(),
  closingBalance: z.string().nullable(),
  openingDate: z.string().nullable(),
  closingDate: z.string().nullable(),
  availableBalance: z.string().nullable(),
  lineCount: z.number().int(),
  total: z.string(),
  balanceCheck: z.enum(['ok', 'mismatch', 'unchecked']),
  difference: z.string().nullable(),
});

const warning = z.object({ code: z.string(), message: z.string() });

export const previewResponse = z.object({
  format: z.enum(STATEMENT_FORMATS),
  statements: z.array(statementSummary.extend({ lines: z.array(lineView), truncated: z.boolean() })),
  lineCount: z.number().int(),
  duplicateCount: z.number().int(),
  warnings: z.array(warning),
});

export const importResponse = z.object({
  id: z.uuid(),
  bankAccountId: z.uuid(),
  format: z.string(),
  fileName: z.string(),
  fileSha256: z.string(),
  fileBytes: z.number().int(),
  statementCount: z.number().int(),
  lineCount: z.number().int(),
  importedCount: z.number().int(),
  duplicateCount: z.number().int(),
  balanceStatus: z.enum(['ok', 'unchecked']),
  openingBalance: z.string().nullable(),
  closingBalance: z.string().nullable(),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  statements: z.array(statementSummary),
  warnings: z.array(warning),
  createdAt: z.string(),
});

export const linesQuery = pageQuery.extend({
  from: isoDate.optional(),
  to: isoDate.optional(),
  status: z.enum(['unreconciled', 'reconciled', 'excluded']).optional(),
  importId: z.uuid().optional(),
  q: z.string().trim().min(1).max(100).optional(),
  minAmount: money.optional(),
  maxAmount: money.optional(),
});

export const lineResponse = z.object({
  id: z.uuid(),
  bankAccountId: z.uuid(),
  importId: z.uuid(),
  date: z.string(),
  valueDate: z.string().nullable(),
  amount: z.string(),
  currency: z.string(),
  description: z.string(),
  reference: z.string().nullable(),
  bankRef: z.string().nullable(),
  counterparty: z.string().nullable(),
  balance: z.string().nullable(),
  status: z.enum(['unreconciled', 'reconciled', 'excluded']),
});
export const importsQuery = pageQuery;
