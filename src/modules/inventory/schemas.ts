import { z } from 'zod';
import { isoDate, pageQuery } from '../../platform/http/index.js';

export const idParams = z.object({ id: z.uuid() });

const nonZero = (s: string) => !/^-?0+(\.0+)?$/.test(s);
/** A positive quantity in the product's base unit: up to 12 integer digits and 6 decimals. */
export const quantity = z.string().max(20).regex(/^[0-9]{1,12}(\.[0-9]{1,6})?$/, 'a decimal string like "12.5" (up to 6 decimals)').refine(nonZero, 'must be more than 0');
/** A non-zero signed quantity (adjustments). */
export const signedQuantity = z.string().max(21).regex(/^-?[0-9]{1,12}(\.[0-9]{1,6})?$/, 'a decimal string like "-2" or "3.5" (up to 6 decimals)').refine(nonZero, 'must not be 0');
/** A level (0 allowed). */
export const level = z.string().max(20).regex(/^[0-9]{1,12}(\.[0-9]{1,6})?$/, 'a decimal string like "10"');
/** Cost of one base unit in the base currency, major units, up to 6 decimals. */
export const unitCost = z.string().max(21).regex(/^[0-9]{1,13}(\.[0-9]{1,6})?$/, 'a decimal string like "12.50" (up to 6 decimals)');
const memo = z.string().trim().max(500).nullable().optional();

const lines = <T extends z.ZodTypeAny>(line: T) => z.array(line).min(1).max(200);

/** A lot (batch) code as the supplier prints it. */
export const lotCode = z.string().trim().min(1).max(100);
/** Lots of a line of a lot-tracked product; quantities add up to the line's quantity. `expiresOn` sets a new lot's expiry. */
const lotLines = z.array(z.strictObject({ lot: lotCode, quantity, expiresOn: isoDate.nullable().optional() })).min(1).max(100);
/** Serial numbers of a line of a serial-tracked product: exactly as many as the quantity. */
const serialNumbers = z.array(z.string().trim().min(1).max(100)).min(1).max(1000);
/** Optional per line: lots or serials (required for tracked products where the guide says so). */
const tracked = { lots: lotLines.optional(), serials: serialNumbers.optional() };

export const receiptBody = z.strictObject({
  storeId: z.uuid(),
  date: isoDate,
  memo,
  /** Credit side: default "Stock Received Not Billed" (or Opening Balance Equity with `opening`). */
  counterAccountId: z.uuid().optional(),
  opening: z.boolean().optional(),
  lines: lines(z.strictObject({ productId: z.uuid(), quantity, unitCost, memo, ...tracked })),
});
export type ReceiptBody = z.infer<typeof receiptBody>;

export const issueBody = z.strictObject({
  storeId: z.uuid(),
  date: isoDate,
  memo,
  /** Debit side: default Cost of Goods Sold. */
  accountId: z.uuid().optional(),
  lines: lines(z.strictObject({ productId: z.uuid(), quantity, memo, ...tracked })),
});
export type IssueBody = z.infer<typeof issueBody>;

export const adjustmentBody = z.strictObject({
  storeId: z.uuid(),
  date: isoDate,
  reason: z.string().trim().min(1).max(500),
  lines: lines(z.strictObject({ productId: z.uuid(), quantity: signedQuantity, unitCost: unitCost.optional(), memo, ...tracked })),
});
export type AdjustmentBody = z.infer<typeof adjustmentBody>;

export const transferBody = z.strictObject({
  fromStoreId: z.uuid(),
  toStoreId: z.uuid(),
  date: isoDate,
  /** `direct`: received at once; `dispatch`: in transit until received. */
  mode: z.enum(['direct', 'dispatch']).default('direct'),
  memo,
  lines: lines(z.strictObject({ productId: z.uuid(), quantity, ...tracked })),
});
export type TransferBody = z.infer<typeof transferBody>;

export const trackingMode = z.enum(['none', 'batch', 'serial']);
export const trackingBody = z.strictObject({ mode: trackingMode, requiresExpiry: z.boolean().optional() });
export const trackingResponse = z.object({ productId: z.string(), mode: trackingMode, requiresExpiry: z.boolean(), version: z.number() });
export const lotsQuery = z.object({
  storeId: z.uuid().optional(),
  /** Only lots expiring strictly before this date. */
  expiringBefore: isoDate.optional(),
  /** Also lots with nothing left (default: only those with stock). */
  includeEmpty: z.enum(['true', 'false']).optional(),
});
export const serialsQuery = pageQuery.extend({ storeId: z.uuid().optional(), status: z.enum(['in_stock', 'in_transit', 'out']).optional() });
export const expiringQuery = z.object({ before: isoDate.optional(), storeId: z.uuid().optional() });

export const receiveTransferBody = z.strictObject({ date: isoDate.optional() });

export const settingsBody = z.strictObject({ valuation: z.enum(['fifo', 'moving_average']).optional(), allowNegative: z.boolean().optional() });
export const settingsResponse = z.object({ valuation: z.enum(['fifo', 'moving_average']), allowNegative: z.boolean(), version: z.number() });

export const stockQuery = pageQuery.extend({ storeId: z.uuid().optional(), productId: z.uuid().optional() });
export const ledgerQuery = pageQuery.extend({ storeId: z.uuid().optional(), from: isoDate.optional(), to: isoDate.optional() });
export const transfersQuery = pageQuery.extend({
  status: z.enum(['in_transit', 'received']).optional(),
  /** Transfers from or to this store. */
  storeId: z.uuid().optional(),
  /** Dispatch date range, inclusive. */
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export const countsQuery = pageQuery.extend({ storeId: z.uuid().optional(), status: z.enum(['open', 'posted']).optional() });
export const summaryQuery = z.object({ from: isoDate.optional(), to: isoDate.optional(), top: z.coerce.number().int().min(1).max(50).default(10) });

export const reorderBody = z.strictObject({ storeId: z.uuid(), productId: z.uuid(), level: level.nullable() });
export const reorderQuery = z.object({ storeId: z.uuid().optional(), productId: z.uuid().optional(), lowOnly: z.enum(['true', 'false']).optional() });

export const createCountBody = z.strictObject({ storeId: z.uuid(), date: isoDate, memo, productIds: z.array(z.uuid()).max(1000).optional() });
export const countLinesBody = z.strictObject({
  lines: lines(
    z.strictObject({
      productId: z.uuid(),
      counted: level,
      /** Lot-tracked products: the count per lot (adding up to `counted`); `expiresOn` for a lot new to the books. */
      lots: z.array(z.strictObject({ lot: lotCode, counted: level, expiresOn: isoDate.nullable().optional() })).max(100).optional(),
      /** Serial-tracked products: the serials found (as many as `counted`). */
      serials: z.array(z.string().trim().min(1).max(100)).max(1000).optional(),
    }),
  ),
});

// ---------- responses ----------

/** The product's name and SKU, from the catalog, on read answers (absent when unknown). */
const productInfo = { productName: z.string().optional(), sku: z.string().optional() };

const lotMoved = z.object({ lot: z.string(), quantity: z.string(), expiresOn: z.string().nullable() });
export const lotBalanceResponse = z.object({ lotId: z.string(), lot: z.string(), expiresOn: z.string().nullable(), storeId: z.string(), quantity: z.string() });
export const expiringResponse = lotBalanceResponse.extend({ productId: z.string(), productName: z.string().optional(), sku: z.string().optional() });
export const serialResponse = z.object({ serial: z.string(), status: z.enum(['in_stock', 'in_transit', 'out']), storeId: z.string().nullable() });

export const moveResponse = z.object({
  id: z.string(),
  kind: z.string(),
  storeId: z.string(),
  productId: z.string(),
  quantity: z.string(),
  value: z.string(),
  unitCost: z.string(),
  correction: z.string(),
  documentType: z.string(),
  documentId: z.string(),
  date: z.string(),
  memo: z.string().nullable(),
  reason: z.string().nullable(),
  entryId: z.string().nullable(),
  /** Lot- or serial-tracked products: what the move carried. */
  lots: z.array(lotMoved).optional(),
  serials: z.array(z.string()).optional(),
});
export const documentResponse = z.object({ documentId: z.string(), entryId: z.string().nullable(), moves: z.array(moveResponse) });
export const ledgerLineResponse = moveResponse.extend({ runningQuantity: z.string(), runningValue: z.string() });
export const balanceResponse = z.object({ storeId: z.string(), productId: z.string(), quantity: z.string(), value: z.string(), unitCost: z.string(), ...productInfo, tracking: trackingMode.optional() });
export const transferResponse = z.object({
  id: z.string(),
  fromStoreId: z.string(),
  toStoreId: z.string(),
  status: z.enum(['in_transit', 'received']),
  lines: z.array(z.object({ productId: z.string(), quantity: z.string(), value: z.string(), ...productInfo, lots: z.array(lotMoved).optional(), serials: z.array(z.string()).optional() })),
  value: z.string(),
  dispatchDate: z.string(),
  receiveDate: z.string().nullable(),
  memo: z.string().nullable(),
  version: z.number(),
});
export const summaryResponse = z.object({
  storeId: z.string(),
  from: z.string(),
  to: z.string(),
  stockValue: z.string(),
  products: z.number(),
  movement: z.array(z.object({ kind: z.string(), quantity: z.string(), value: z.string(), moves: z.number() })),
  topItems: z.array(z.object({ productId: z.string(), quantity: z.string(), value: z.string() })),
});
export const reorderResponse = z.object({ storeId: z.string(), productId: z.string(), level: z.string(), quantity: z.string(), low: z.boolean(), ...productInfo });
export const countResponse = z.object({
  id: z.string(),
  storeId: z.string(),
  status: z.enum(['open', 'posted']),
  date: z.string(),
  memo: z.string().nullable(),
  lines: z.array(
    z.object({
      productId: z.string(),
      expected: z.string(),
      counted: z.string().nullable(),
      difference: z.string().nullable(),
      lots: z.array(z.object({ lot: z.string(), counted: z.string(), expiresOn: z.string().nullable().optional() })).optional(),
      serials: z.array(z.string()).optional(),
      ...productInfo,
      /** Average cost of one unit in the store (base currency), for the value of a difference. */
      unitCost: z.string().optional(),
    }),
  ),
  version: z.number(),
});
/** A count sheet in a list: without its lines, with how many are counted. */
export const countSummaryResponse = z.object({
  id: z.string(),
  storeId: z.string(),
  status: z.enum(['open', 'posted']),
  date: z.string(),
  memo: z.string().nullable(),
  lineCount: z.number(),
  countedCount: z.number(),
  version: z.number(),
});
