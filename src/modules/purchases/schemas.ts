import { z } from 'zod';
import { currency, isoDate, pageQuery } from '../../platform/http/index.js';

export const idParams = z.object({ id: z.uuid() });

const nonZero = (s: string) => !/^0+(\.0+)?$/.test(s);
/** A positive quantity: up to 12 integer digits and 6 decimals. */
export const quantity = z.string().max(20).regex(/^[0-9]{1,12}(\.[0-9]{1,6})?$/, 'a decimal string like "12.5" (up to 6 decimals)').refine(nonZero, 'must be more than 0');
/** A price of one unit in the document currency, up to 6 decimals. */
export const price = z.string().max(21).regex(/^[0-9]{1,13}(\.[0-9]{1,6})?$/, 'a decimal string like "12.50" (up to 6 decimals)');
/** A positive amount with up to 2 decimals. */
export const amount = z.string().max(20).regex(/^[0-9]{1,15}(\.[0-9]{1,2})?$/, 'a decimal string like "1234.50"').refine(nonZero, 'must be more than 0');
const gstRate = z.string().max(8).regex(/^(0|[1-9][0-9]{0,2})(\.[0-9]{1,4})?$/, 'a percent like "18"');
const hsn = z.string().regex(/^[0-9]{4,8}$/, '4 to 8 digits');
const stateCode = z.string().regex(/^[0-9]{2}$/, 'a two-digit GST state code');
const text = (max: number) => z.string().trim().min(1).max(max);
const notes = z.string().trim().max(2000).nullable().optional();
const reference = z.string().trim().max(100).nullable().optional();
const lines = <T extends z.ZodTypeAny>(line: T) => z.array(line).min(1).max(200);

// ---------------- purchase orders ----------------

export const orderLineBody = z.strictObject({
  /** A catalog product; its name, HSN and purchase price are the defaults. Leave out for a free-text line. */
  productId: z.uuid().optional(),
  description: text(500).optional(),
  hsn: hsn.optional(),
  quantity,
  /** Default: the vendor's last cost for the product, else its purchase price. */
  unitPrice: price.optional(),
  /** GST rate in percent, overriding the HSN's. */
  gstRate: gstRate.optional(),
  /** Non-stock lines: the expense (or asset) account the bill debits. */
  accountId: z.uuid().optional(),
});
export type OrderLineBody = z.infer<typeof orderLineBody>;

export const orderBody = z.strictObject({
  vendorId: z.uuid(),
  date: isoDate.optional(),
  expectedDate: isoDate.nullable().optional(),
  storeId: z.uuid(),
  /** Default: the vendor's currency. */
  currency: currency.optional(),
  placeOfSupply: stateCode.optional(),
  reference,
  notes,
  lines: lines(orderLineBody),
});
export type OrderBody = z.infer<typeof orderBody>;

export const orderQuery = pageQuery.extend({
  vendorId: z.uuid().optional(),
  status: z.enum(['draft', 'confirmed', 'partly_received', 'received', 'cancelled']).optional(),
});

const taxRow = z.object({ label: z.string(), amount: z.string() });

export const orderResponse = z.object({
  id: z.string(),
  number: z.string(),
  vendorId: z.string(),
  status: z.string(),
  date: z.string(),
  expectedDate: z.string().nullable(),
  storeId: z.string(),
  currency: z.string(),
  reference: z.string().nullable(),
  notes: z.string().nullable(),
  subtotal: z.string(),
  taxTotal: z.string(),
  total: z.string(),
  taxes: z.array(taxRow),
  lines: z.array(
    z.object({
      id: z.string(),
      lineNo: z.number(),
      productId: z.string().nullable(),
      stocked: z.boolean(),
      description: z.string(),
      hsn: z.string().nullable(),
      unit: z.string().nullable(),
      quantity: z.string(),
      unitPrice: z.string(),
      gstRate: z.string().nullable(),
      accountId: z.string().nullable(),
      amount: z.string(),
      receivedQuantity: z.string(),
      billedQuantity: z.string(),
    }),
  ),
  version: z.number(),
  createdAt: z.string(),
});

// ---------------- goods receipts ----------------

export const receiptBody = z.strictObject({
  orderId: z.uuid(),
  date: isoDate.optional(),
  notes,
  /** Leave out to receive everything still open on the order. */
  lines: lines(z.strictObject({ orderLineId: z.uuid(), quantity })).optional(),
});
export type ReceiptBody = z.infer<typeof receiptBody>;

export const receiptQuery = pageQuery.extend({ vendorId: z.uuid().optional(), orderId: z.uuid().optional() });

export const receiptResponse = z.object({
  id: z.string(),
  number: z.string(),
  orderId: z.string(),
  vendorId: z.string(),
  storeId: z.string(),
  date: z.string(),
  currency: z.string(),
  exchangeRate: z.string(),
  value: z.string(),
  entryId: z.string().nullable(),
  notes: z.string().nullable(),
  lines: z.array(
    z.object({ id: z.string(), lineNo: z.number(), orderLineId: z.string(), productId: z.string(), quantity: z.string(), unitPrice: z.string(), value: z.string(), billedQuantity: z.string() }),
  ),
  createdAt: z.string(),
});

// ---------------- bills ----------------

export const billLineBody = z.strictObject({
  /** Bill received goods: the goods-receipt line (GRNI is cleared at its receipt value). */
  receiptLineId: z.uuid().optional(),
  /** Bill a non-stock line of a purchase order. */
  orderLineId: z.uuid().optional(),
  /** Expense lines: a product (optional) and the account to debit. */
  productId: z.uuid().optional(),
  description: text(500).optional(),
  hsn: hsn.optional(),
  quantity: quantity.optional(),
  /** Default: the receipt's / order's price. */
  unitPrice: price.optional(),
  gstRate: gstRate.optional(),
  accountId: z.uuid().optional(),
});
export type BillLineBody = z.infer<typeof billLineBody>;

const tds = z.strictObject({ section: z.string().trim().min(3).max(12), rateKey: z.string().trim().max(40).optional() });

export const billBody = z.strictObject({
  vendorId: z.uuid(),
  vendorBillNumber: text(50),
  vendorBillDate: isoDate,
  /** Our booking date; default the vendor's bill date. */
  date: isoDate.optional(),
  /** Default: the date + the vendor's payment terms. */
  dueDate: isoDate.optional(),
  currency: currency.optional(),
  orderId: z.uuid().optional(),
  /** Bill everything not yet billed on these receipts (instead of, or before, `lines`). */
  goodsReceiptIds: z.array(z.uuid()).min(1).max(50).optional(),
  placeOfSupply: stateCode.optional(),
  /** Tax payable by us (unregistered vendor of notified supplies, or notified goods/services). */
  reverseCharge: z.boolean().optional(),
  /** Deduct TDS under this section (from the tax module's sections) on the taxable value. */
  tds: tds.nullable().optional(),
  notes,
  lines: z.array(billLineBody).max(200).optional(),
});
export type BillBody = z.infer<typeof billBody>;

export const billQuery = pageQuery.extend({
  vendorId: z.uuid().optional(),
  status: z.enum(['draft', 'posted', 'partly_paid', 'paid', 'void']).optional(),
});

export const billResponse = z.object({
  id: z.string(),
  number: z.string(),
  vendorId: z.string(),
  vendorBillNumber: z.string(),
  vendorBillDate: z.string(),
  date: z.string(),
  dueDate: z.string(),
  status: z.string(),
  orderId: z.string().nullable(),
  currency: z.string(),
  exchangeRate: z.string(),
  placeOfSupply: z.string().nullable(),
  supplyType: z.string().nullable(),
  reverseCharge: z.boolean(),
  tds: z.object({ section: z.string(), rateKey: z.string().nullable(), amount: z.string(), deductionId: z.string().nullable() }).nullable(),
  subtotal: z.string(),
  cgst: z.string(),
  sgst: z.string(),
  igst: z.string(),
  cess: z.string(),
  taxTotal: z.string(),
  total: z.string(),
  payable: z.string(),
  amountPaid: z.string(),
  amountDebited: z.string(),
  amountDue: z.string(),
  entryId: z.string().nullable(),
  notes: z.string().nullable(),
  lines: z.array(
    z.object({
      id: z.string(),
      lineNo: z.number(),
      kind: z.string(),
      receiptLineId: z.string().nullable(),
      orderLineId: z.string().nullable(),
      productId: z.string().nullable(),
      accountId: z.string().nullable(),
      description: z.string(),
      hsn: z.string().nullable(),
      quantity: z.string(),
      unitPrice: z.string(),
      taxableValue: z.string(),
      gstRate: z.string(),
      cgst: z.string(),
      sgst: z.string(),
      igst: z.string(),
      cess: z.string(),
      total: z.string(),
      returnedQuantity: z.string(),
    }),
  ),
  version: z.number(),
  createdAt: z.string(),
});

/** Optional: an action may be posted without a body. */
export const voidBody = z.strictObject({ date: isoDate.optional(), reason: z.string().trim().max(500).optional() }).nullish();

// ---------------- vendor payments ----------------

export const paymentBody = z.strictObject({
  vendorId: z.uuid(),
  date: isoDate.optional(),
  amount,
  /** Default: the vendor's currency. */
  currency: currency.optional(),
  /** The bank or cash account paid from. */
  bankAccountId: z.uuid(),
  reference,
  notes,
  /** Bills this payment settles; what is not allocated is an advance to the vendor. */
  allocations: z.array(z.strictObject({ billId: z.uuid(), amount })).max(100).default([]),
});
export type PaymentBody = z.infer<typeof paymentBody>;

export const paymentQuery = pageQuery.extend({ vendorId: z.uuid().optional() });

export const paymentResponse = z.object({
  id: z.string(),
  number: z.string(),
  vendorId: z.string(),
  date: z.string(),
  currency: z.string(),
  amount: z.string(),
  unapplied: z.string(),
  bankAccountId: z.string(),
  exchangeRate: z.string(),
  status: z.string(),
  reference: z.string().nullable(),
  notes: z.string().nullable(),
  entryId: z.string().nullable(),
  reversalEntryId: z.string().nullable(),
  allocations: z.array(z.object({ billId: z.string(), amount: z.string(), gainLoss: z.string() })),
  version: z.number(),
  createdAt: z.string(),
});

export const reverseBody = z.strictObject({ date: isoDate.optional() }).nullish();

/** Applies a payment's unapplied advance to bills. */
export const applyBody = z.strictObject({ date: isoDate.optional(), allocations: z.array(z.strictObject({ billId: z.uuid(), amount })).min(1).max(100) });

// ---------------- debit notes ----------------

export const debitNoteBody = z.strictObject({
  billId: z.uuid(),
  date: isoDate.optional(),
  reason: text(500),
  lines: lines(
    z.strictObject({
      billLineId: z.uuid(),
      /** Goods sent back (received stock lines): issued from the store at cost. */
      quantity: quantity.optional(),
      /** A price reduction on the line: the taxable amount credited. */
      amount: amount.optional(),
    }),
  ),
});
export type DebitNoteBody = z.infer<typeof debitNoteBody>;

export const debitNoteQuery = pageQuery.extend({ vendorId: z.uuid().optional(), billId: z.uuid().optional() });

export const debitNoteResponse = z.object({
  id: z.string(),
  number: z.string(),
  billId: z.string(),
  vendorId: z.string(),
  date: z.string(),
  currency: z.string(),
  reason: z.string(),
  subtotal: z.string(),
  cgst: z.string(),
  sgst: z.string(),
  igst: z.string(),
  cess: z.string(),
  total: z.string(),
  returnValue: z.string(),
  entryId: z.string().nullable(),
  lines: z.array(z.object({ billLineId: z.string(), quantity: z.string().nullable(), taxableValue: z.string(), cgst: z.string(), sgst: z.string(), igst: z.string(), cess: z.string(), returnValue: z.string() })),
  createdAt: z.string(),
});

