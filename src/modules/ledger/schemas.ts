import { z } from 'zod';
import { currency, isoDate, money, pageQuery } from '../../platform/http/index.js';
import { ACCOUNT_SUBTYPES, ACCOUNT_TYPES } from './domain/accounts.js';
import { TEMPLATE_KEYS } from './domain/templates.js';

export { currency, isoDate, isRealDate, money } from '../../platform/http/index.js';

const tag = z.string().min(1).max(40).regex(/^[\p{L}\p{N}_:./-]+$/u, 'letters, digits and _ : . / -');
const tags = z.array(tag).max(20);
const accountCode = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, 'letters, digits, . _ -; up to 32');
const flag = z.enum(['true', 'false']);

export const idParams = z.object({ id: z.uuid() });

// ---------- accounts ----------

export const listAccountsQuery = pageQuery.extend({
  type: z.enum(ACCOUNT_TYPES).optional(),
  status: z.enum(['active', 'archived']).optional(),
  parentId: z.uuid().optional(),
  q: z.string().max(100).optional(),
});

export const createAccountBody = z.strictObject({
  code: accountCode,
  name: z.string().trim().min(1).max(200),
  type: z.enum(ACCOUNT_TYPES),
  subtype: z.enum(ACCOUNT_SUBTYPES).nullable().optional(),
  parentId: z.uuid().nullable().optional(),
  isGroup: z.boolean().optional(),
  currency: currency.optional(),
  description: z.string().max(1000).nullable().optional(),
});

export const updateAccountBody = z
  .strictObject({
    code: accountCode.optional(),
    name: z.string().trim().min(1).max(200).optional(),
    subtype: z.enum(ACCOUNT_SUBTYPES).nullable().optional(),
    parentId: z.uuid().nullable().optional(),
    description: z.string().max(1000).nullable().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'Send at least one field to change' });

export const applyTemplateBody = z.strictObject({ template: z.enum(TEMPLATE_KEYS) });

export const accountResponse = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  type: z.enum(ACCOUNT_TYPES),
  subtype: z.string().nullable(),
  parentId: z.uuid().nullable(),
  isGroup: z.boolean(),
  currency: z.string(),
  description: z.string().nullable(),
  status: z.enum(['active', 'archived']),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const balanceQuery = z.object({ asOf: isoDate.optional() });

// ---------- journal entries ----------

export const lineBody = z.strictObject({
  accountId: z.uuid(),
  debit: money.optional(),
  credit: money.optional(),
  currency: currency.optional(),
  baseAmount: money.optional(),
  memo: z.string().max(500).nullable().optional(),
  partyId: z.uuid().nullable().optional(),
  storeId: z.uuid().nullable().optional(),
  tags: tags.optional(),
});
export type LineBody = z.infer<typeof lineBody>;

const entryFields = {
  date: isoDate,
  memo: z.string().max(1000).nullable().optional(),
  reference: z.string().max(200).nullable().optional(),
  lines: z.array(lineBody).min(1).max(1000),
};

export const createEntryBody = z.strictObject({ ...entryFields, post: z.boolean().optional() });
export const updateEntryBody = z.strictObject(entryFields);
export const reverseBody = z.strictObject({ date: isoDate.optional(), memo: z.string().max(1000).nullable().optional() }).optional();

export const listEntriesQuery = pageQuery.extend({
  status: z.enum(['draft', 'posted']).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  accountId: z.uuid().optional(),
  sourceModule: z.string().regex(/^[a-z][a-z0-9_.-]{0,39}$/).optional(),
  sourceId: z.string().max(200).optional(),
});

const lineResponse = z.object({
  lineNo: z.number().int(),
  accountId: z.uuid(),
  currency: z.string(),
  debit: z.string(),
  credit: z.string(),
  baseDebit: z.string(),
  baseCredit: z.string(),
  memo: z.string().nullable(),
  partyId: z.uuid().nullable(),
  storeId: z.uuid().nullable(),
  tags: z.array(z.string()),
});

export const entryResponse = z.object({
  id: z.uuid(),
  date: z.string(),
  memo: z.string().nullable(),
  reference: z.string().nullable(),
  source: z.object({ module: z.string(), id: z.string().nullable(), revision: z.number().int() }),
  status: z.enum(['draft', 'posted']),
  baseCurrency: z.string(),
  reversesId: z.uuid().nullable(),
  reversedById: z.uuid().nullable(),
  postedAt: z.string().nullable(),
  lines: z.array(lineResponse),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

// ---------- reports, general ledger, settings ----------

export const trialBalanceQuery = z.object({ asOf: isoDate.optional(), includeZero: flag.optional() });

export const ledgerQuery = pageQuery.extend({
  accountId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  partyId: z.uuid().optional(),
  storeId: z.uuid().optional(),
  tag: tag.optional(),
});

export const exportQuery = z.object({ format: z.enum(['hledger']).default('hledger'), from: isoDate.optional(), to: isoDate.optional() });

export const closePeriodBody = z.strictObject({ periodEnd: isoDate, retainedEarningsAccountId: z.uuid(), lock: z.boolean().optional() });

export const settingsBody = z.strictObject({ lockDate: isoDate.nullable() });

// ---------- transactions ----------

export const transactionBody = z.strictObject({
  type: z.enum(['income', 'expense', 'transfer']),
  date: isoDate,
  amount: money,
  currency: currency.optional(),
  baseAmount: money.nullable().optional(),
  accountId: z.uuid(),
  counterAccountId: z.uuid(),
  description: z.string().max(500).nullable().optional(),
  reference: z.string().max(200).nullable().optional(),
  partyId: z.uuid().nullable().optional(),
  storeId: z.uuid().nullable().optional(),
  tags: tags.optional(),
});
export type TransactionBody = z.infer<typeof transactionBody>;

export const listTransactionsQuery = pageQuery.extend({
  type: z.enum(['income', 'expense', 'transfer']).optional(),
  accountId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  partyId: z.uuid().optional(),
  storeId: z.uuid().optional(),
  tag: tag.optional(),
  q: z.string().max(100).optional(),
  includeDeleted: flag.optional(),
});

export const transactionResponse = z.object({
  id: z.uuid(),
  type: z.enum(['income', 'expense', 'transfer']),
  date: z.string(),
  amount: z.string(),
  currency: z.string(),
  accountId: z.uuid(),
  counterAccountId: z.uuid(),
  description: z.string().nullable(),
  reference: z.string().nullable(),
  partyId: z.uuid().nullable(),
  storeId: z.uuid().nullable(),
  tags: z.array(z.string()),
  status: z.enum(['active', 'deleted']),
  entryId: z.uuid(),
  revision: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const amountOut = z.string().describe('Decimal string in the named currency');

export const accountBalanceResponse = z.object({
  accountId: z.uuid(),
  asOf: z.string(),
  normalSide: z.enum(['debit', 'credit']),
  currency: z.string(),
  balance: amountOut.describe("In the account's normal direction: positive is a debit balance for assets/expenses, credit for the others"),
  baseCurrency: z.string(),
  baseBalance: amountOut,
  byCurrency: z.array(z.object({ currency: z.string(), balance: amountOut })),
});

export const trialBalanceResponse = z.object({
  asOf: z.string(),
  currency: z.string(),
  accounts: z.array(z.object({ accountId: z.uuid(), code: z.string(), name: z.string(), type: z.enum(ACCOUNT_TYPES), debit: amountOut, credit: amountOut })),
  totals: z.object({ debit: amountOut, credit: amountOut }),
  balanced: z.boolean(),
});

export const generalLedgerResponse = z.object({
  baseCurrency: z.string(),
  accountCurrency: z.string().nullable(),
  openingBaseBalance: amountOut,
  items: z.array(
    z.object({
      date: z.string(),
      entryId: z.uuid(),
      lineNo: z.number().int(),
      accountId: z.uuid(),
      memo: z.string().nullable(),
      reference: z.string().nullable(),
      source: z.object({ module: z.string(), id: z.string().nullable(), href: z.string() }),
      currency: z.string(),
      debit: amountOut,
      credit: amountOut,
      baseDebit: amountOut,
      baseCredit: amountOut,
      runningBaseBalance: amountOut,
      runningBalance: amountOut.nullable().describe("Only when filtered to one account, in the account's currency"),
      partyId: z.uuid().nullable(),
      storeId: z.uuid().nullable(),
      tags: z.array(z.string()),
    }),
  ),
  nextCursor: z.string().nullable(),
});

export const ledgerSettingsResponse = z.object({ lockDate: z.string().nullable(), version: z.number().int() });
