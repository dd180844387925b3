import { z } from 'zod';
import { currency, isoDate, money, pageQuery } from '../../../platform/http/index.js';
import { PAYMENT_MODES } from '../domain/payment.js';

export const idParams = z.object({ id: z.uuid() });

/** Amounts in the payment currency (their decimals are checked against the currency). */
const nonNegative = money.refine((v) => !v.startsWith('-'), 'must not be negative');
const amount = nonNegative.refine((v) => !/^0+(\.0+)?$/.test(v), 'must be more than 0');
const rate = z.string().max(40).regex(/^(0|[1-9][0-9]{0,11})(\.[0-9]{1,18})?$/, 'a positive decimal like "83.25"');
const text = (max: number) => z.string().trim().max(max).nullable().optional();

const allocation = z.strictObject({
  invoiceId: z.uuid(),
  /** What of the payment goes to this invoice (invoice currency). */
  amount,
  /** A small difference written off on this invoice (not part of the payment's amount). */
  writeOff: nonNegative.optional(),
});

const paymentFields = {
  date: isoDate,
  /** The account the money went into: an active bank or cash account. */
  depositAccountId: z.uuid(),
  mode: z.enum(PAYMENT_MODES),
  reference: text(100),
  memo: text(500),
  /** Charges the bank kept (in the payment currency): deposited is amount − bankCharges. */
  bankCharges: nonNegative.optional(),
  /** Base-currency value of one unit of the payment currency; default: the ledger's rate on the date. */
  exchangeRate: rate.optional(),
};

export const recordBody = z.strictObject({
  customerId: z.uuid(),
  amount,
  /** Default: the customer's currency. */
  currency: currency.optional(),
  ...paymentFields,
  /** What the payment settles; what is not allocated is kept as a customer advance. */
  allocations: z.array(allocation).max(200).default([]),
});
export type RecordBody = z.infer<typeof recordBody>;

export const invoicePaymentBody = z.strictObject({
  amount,
  ...paymentFields,
  writeOff: nonNegative.optional(),
  /** Keep what is paid above the amount due as a customer advance (default: refuse it with 409). */
  excessAsAdvance: z.boolean().optional(),
});
export type InvoicePaymentBody = z.infer<typeof invoicePaymentBody>;

export const applyBody = z.strictObject({
  /** Default: today (never before the payment). */
  date: isoDate.optional(),
  allocations: z.array(z.strictObject({ invoiceId: z.uuid(), amount })).min(1).max(200),
});
export type ApplyBody = z.infer<typeof applyBody>;

export const reverseBody = z.strictObject({
  /** Default: today (never before the payment). */
  date: isoDate.optional(),
  reason: text(500),
}).optional();
export type ReverseBody = z.infer<typeof reverseBody>;

export const listQuery = pageQuery.extend({
  customerId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  status: z.enum(['posted', 'reversed']).optional(),
});

export const settingsBody = z.strictObject({
  /** Largest write-off per invoice allocation, in base currency (major units). */
  writeOffLimit: z.string().max(24).regex(/^[0-9]{1,13}(\.[0-9]{1,6})?$/, 'a decimal string like "10.00"'),
});

// ---------- responses ----------

export const allocationResponse = z.object({
  id: z.string(),
  invoiceId: z.string(),
  invoiceNumber: z.string().nullable(),
  amount: z.string(),
  writeOff: z.string(),
  /** Realised exchange gain (positive) or loss (negative) in base currency. */
  exchangeGainLoss: z.string(),
  date: z.string(),
  /** Null: settled by the payment itself; otherwise the application of its advance. */
  applicationId: z.string().nullable(),
  entryId: z.string(),
  status: z.enum(['active', 'reversed']),
});

export const paymentResponse = z.object({
  id: z.string(),
  number: z.string(),
  customerId: z.string(),
  date: z.string(),
  currency: z.string(),
  amount: z.string(),
  bankCharges: z.string(),
  exchangeRate: z.string(),
  baseCurrency: z.string(),
  depositAccountId: z.string(),
  mode: z.enum(PAYMENT_MODES),
  reference: z.string().nullable(),
  memo: z.string().nullable(),
  /** Settled on invoices, written off, and kept as an advance (of which `unapplied` is still open). */
  allocated: z.string(),
  writtenOff: z.string(),
  advance: z.string(),
  unapplied: z.string(),
  status: z.enum(['posted', 'reversed']),
  entryId: z.string(),
  reversal: z.object({ entryId: z.string(), date: z.string(), reason: z.string().nullable() }).nullable(),
  allocations: z.array(allocationResponse),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const advancesResponse = z.object({
  customerId: z.string(),
  /** Unapplied advance per currency. */
  totals: z.array(z.object({ currency: z.string(), amount: z.string() })),
  items: z.array(z.object({ paymentId: z.string(), number: z.string(), date: z.string(), currency: z.string(), advance: z.string(), unapplied: z.string() })),
});

export const applyAdvancesResponse = z.object({
  customerId: z.string(),
  /** The payments whose advances were applied (oldest first), as they are now. */
  payments: z.array(paymentResponse),
  advances: advancesResponse,
});

export const settingsResponse = z.object({ writeOffLimit: z.string(), baseCurrency: z.string(), version: z.number() });
