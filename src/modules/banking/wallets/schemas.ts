import { z } from 'zod';
import { currency, isoDate, money, pageQuery } from '../../../platform/http/index.js';
import { MOVEMENT_KINDS } from '../domain/wallet.js';

export const idParams = z.object({ id: z.uuid() });

const positive = money.refine((v) => !v.startsWith('-'), 'must not be negative').refine((v) => !/^0+(\.0+)?$/.test(v), 'must be more than 0');
const rate = z.string().max(40).regex(/^(0|[1-9][0-9]{0,11})(\.[0-9]{1,18})?$/, 'a positive decimal like "83.25"');
const text = (max: number) => z.string().trim().max(max).nullable().optional();

const common = {
  /** In the wallet currency (decimals checked against it). */
  amount: positive,
  /** Default: today. Movements of a wallet are recorded in date order. */
  date: isoDate.optional(),
  /** The wallet's currency; default: the customer's currency. */
  currency: currency.optional(),
  /** Base-currency value of one unit of a foreign wallet currency; default: the ledger's rate on the date. */
  exchangeRate: rate.optional(),
  reference: text(100),
  memo: text(500),
};

export const topUpBody = z.strictObject({
  ...common,
  /** Where the money went in: an active bank or cash ledger account. */
  depositAccountId: z.uuid(),
});
export type TopUpBody = z.infer<typeof topUpBody>;

export const spendBody = z
  .strictObject({
    ...common,
    /** Spend against an issued invoice of the customer: it is settled by the amount (Dr Customer Wallets / Cr receivable). */
    invoiceId: z.uuid().optional(),
    /** Or a plain spend at checkout: the revenue or clearing account to credit. */
    accountId: z.uuid().optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.invoiceId === undefined) === (v.accountId === undefined)) {
      ctx.addIssue({ code: 'custom', path: [v.invoiceId === undefined ? 'invoiceId' : 'accountId'], message: 'give either invoiceId or accountId' });
    }
  });
export type SpendBody = z.infer<typeof spendBody>;

export const refundBody = z.strictObject({
  ...common,
  /**
   * `to_wallet`: a credit owed to the customer goes into the wallet (Dr the given account / Cr Customer Wallets);
   * `from_wallet`: the wallet pays the customer back (Dr Customer Wallets / Cr the given bank or cash account).
   */
  direction: z.enum(['to_wallet', 'from_wallet']),
  accountId: z.uuid(),
  reason: text(500),
});
export type RefundBody = z.infer<typeof refundBody>;

export const adjustBody = z.strictObject({
  /** Signed, in the wallet currency: positive adds to the wallet, negative takes from it. */
  amount: money,
  date: isoDate.optional(),
  currency: currency.optional(),
  exchangeRate: rate.optional(),
  /** The other side of the entry (e.g. an expense or income account for corrections). */
  accountId: z.uuid(),
  reason: z.string().trim().min(1).max(500),
  reference: text(100),
});
export type AdjustBody = z.infer<typeof adjustBody>;

export const listQuery = pageQuery.extend({
  customerId: z.uuid().optional(),
  currency: currency.optional(),
  nonZero: z.enum(['true', 'false']).optional(),
});

export const walletQuery = pageQuery.extend({
  currency: currency.optional(),
});

// ---------- responses ----------

export const walletResponse = z.object({
  id: z.string(),
  customerId: z.string(),
  currency: z.string(),
  balance: z.string(),
  accountId: z.string(),
  lastMovementDate: z.string().nullable(),
  movements: z.number(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const movementResponse = z.object({
  id: z.string(),
  seq: z.number(),
  walletId: z.string(),
  customerId: z.string(),
  kind: z.enum(MOVEMENT_KINDS),
  date: z.string(),
  currency: z.string(),
  amount: z.string(),
  balanceAfter: z.string(),
  exchangeRate: z.string(),
  counterAccountId: z.string(),
  invoiceId: z.string().nullable(),
  invoiceNumber: z.string().nullable(),
  reference: z.string().nullable(),
  memo: z.string().nullable(),
  reason: z.string().nullable(),
  entryId: z.string(),
  createdAt: z.string(),
});

export const listResponse = z.object({
  items: z.array(walletResponse.extend({ customerName: z.string().nullable() })),
  nextCursor: z.string().nullable(),
  /** Σ balance per currency over every wallet matching the filter (not only this page). */
  totals: z.array(z.object({ currency: z.string(), balance: z.string(), wallets: z.number() })),
});

export const customerWalletResponse = z.object({
  customerId: z.string(),
  customerName: z.string(),
  currency: z.string(),
  balance: z.string(),
  /** The Customer Wallets account's balance for this customer in the wallet currency (always equal to `balance`). */
  ledgerBalance: z.string(),
  wallet: walletResponse.nullable(),
  /** The statement: movements in the order recorded, each with the running balance after it. */
  statement: z.object({
    /** Balance before the first movement of this page. */
    openingBalance: z.string(),
    items: z.array(movementResponse),
    nextCursor: z.string().nullable(),
  }),
});

export const movementResult = z.object({
  movement: movementResponse,
  wallet: walletResponse,
  /** Spends against an invoice: the invoice as it is now. */
  invoice: z.object({ id: z.string(), number: z.string().nullable(), status: z.string(), amountPaid: z.string(), amountDue: z.string() }).nullable(),
});
