import { z } from 'zod';
import { currency, isoDate, money, pageQuery } from '../../../platform/http/index.js';

export const idParams = z.object({ id: z.uuid() });

const nonZero = (s: string) => !/^0+(\.0+)?$/.test(s);
/** A positive quantity: up to 12 integer digits and 6 decimals. */
export const quantity = z.string().max(20).regex(/^[0-9]{1,12}(\.[0-9]{1,6})?$/, 'a decimal string like "12.5" (up to 6 decimals)').refine(nonZero, 'must be more than 0');
/** A price of one unit, up to 6 decimals. */
const unitPrice = z.string().max(22).regex(/^[0-9]{1,15}(\.[0-9]{1,6})?$/, 'a decimal string like "12.50" (up to 6 decimals)');
/** A percentage from 0 to 100 with up to 4 decimals. */
export const percent = z
  .string()
  .max(8)
  .regex(/^[0-9]{1,3}(\.[0-9]{1,4})?$/, 'a percentage like "12.5"')
  .refine((s) => Number.parseFloat(s) <= 100, 'at most 100');
const text = (max: number) => z.string().trim().max(max).nullable().optional();
const stateCode = z.string().regex(/^[0-9]{2}$/, 'two-digit GST state code, e.g. 29');

export const lineBody = z.strictObject({
  /** A catalog product; without one, `description` (and for GST an HSN/SAC or rate) is required. */
  productId: z.uuid().nullable().optional(),
  description: z.string().trim().min(1).max(500).nullable().optional(),
  hsn: z.string().regex(/^[0-9]{4,8}$/, '4 to 8 digits').nullable().optional(),
  quantity,
  unit: z.string().trim().min(1).max(20).nullable().optional(),
  /** Default: the catalog price (price lists for the customer's currency, else the sale price). */
  unitPrice: unitPrice.nullable().optional(),
  discountPercent: percent.nullable().optional(),
  /** GST: a rate overriding the product's and the HSN master's ("18"). */
  taxRate: percent.nullable().optional(),
  /** VAT/sales tax: one rate or a group of rates (no tax when neither is given on any line). */
  taxRateId: z.uuid().nullable().optional(),
  taxGroupId: z.uuid().nullable().optional(),
});
export type LineBody = z.infer<typeof lineBody>;

const lines = z.array(lineBody).min(1).max(200);

const documentFields = {
  customerId: z.uuid(),
  /** Default today. */
  date: isoDate.optional(),
  /** Default: the customer's currency. */
  currency: currency.optional(),
  placeOfSupply: stateCode.nullable().optional(),
  reference: text(100),
  terms: text(4000),
  notes: text(4000),
};

export const quotationBody = z.strictObject({
  ...documentFields,
  /** Default: 30 days after the date. */
  validUntil: isoDate.optional(),
  lines,
});
export type QuotationBody = z.infer<typeof quotationBody>;

export const approvalRulesBody = z.strictObject({ maxDiscountPercent: percent.nullable(), maxTotal: money.refine((s) => !s.startsWith('-'), 'must not be negative').nullable() });

export const approveBody = z.strictObject({ reason: z.string().trim().min(1).max(1000).nullable().optional() });
export const rejectBody = z.strictObject({ reason: z.string().trim().min(1).max(1000) });
/** Actions without input: no body, or an empty object. */
export const emptyBody = z.strictObject({}).nullish();

const orderLineBody = lineBody.extend({ storeId: z.uuid().nullable().optional() }).strict();

export const orderBody = z.strictObject({
  ...documentFields,
  expectedDate: isoDate.nullable().optional(),
  /** The store goods leave from unless a line names its own. */
  storeId: z.uuid().nullable().optional(),
  /** Hold stock for the lines at confirmation (released on delivery or cancel). */
  reserveStock: z.boolean().optional(),
  /** Confirm at once (credit check, number, reservation). */
  confirm: z.boolean().optional(),
  lines: z.array(orderLineBody).min(1).max(200),
});
export type OrderBody = z.infer<typeof orderBody>;

export const convertBody = z
  .strictObject({
    date: isoDate.optional(),
    storeId: z.uuid().nullable().optional(),
    reserveStock: z.boolean().optional(),
    confirm: z.boolean().optional(),
  })
  .nullish();

export const invoiceOrderBody = z
  .strictObject({
    date: isoDate.optional(),
    /** Issue at once (number, postings); default: a draft. */
    issue: z.boolean().optional(),
    /** Default: everything not invoiced yet. */
    lines: z.array(z.strictObject({ orderLineId: z.uuid(), quantity })).min(1).max(200).optional(),
  })
  .nullish();

export const deliveryBody = z.strictObject({
  salesOrderId: z.uuid(),
  date: isoDate.optional(),
  memo: text(500),
  /** Default: everything left to deliver. */
  lines: z.array(z.strictObject({ orderLineId: z.uuid(), quantity, storeId: z.uuid().nullable().optional() })).min(1).max(200).optional(),
});
export type DeliveryBody = z.infer<typeof deliveryBody>;

export const returnBody = z.strictObject({
  date: isoDate.optional(),
  reason: z.string().trim().min(1).max(500),
  /** Default: everything still returnable on the note. */
  lines: z.array(z.strictObject({ deliveryLineId: z.uuid(), quantity })).min(1).max(200).optional(),
});

export const invoiceDeliveryBody = z
  .strictObject({
    date: isoDate.optional(),
    issue: z.boolean().optional(),
    /** More delivery notes (same customer and currency) to invoice together with this one. */
    deliveryNoteIds: z.array(z.uuid()).max(50).optional(),
  })
  .nullish();

export const quotationListQuery = pageQuery.extend({
  status: z.enum(['draft', 'pending_approval', 'approved', 'rejected', 'sent', 'accepted', 'declined', 'converted', 'expired']).optional(),
  customerId: z.uuid().optional(),
});
export const orderListQuery = pageQuery.extend({ status: z.enum(['draft', 'confirmed', 'closed', 'cancelled']).optional(), customerId: z.uuid().optional() });
export const deliveryListQuery = pageQuery.extend({ salesOrderId: z.uuid().optional(), customerId: z.uuid().optional() });
export const approvalsQuery = pageQuery;

// ---------- responses ----------

export const taxRow = z.object({ label: z.string(), taxableValue: z.string().nullable(), amount: z.string() });
export const totalsResponse = z.object({
  subtotal: z.string(),
  discount: z.string(),
  taxableValue: z.string(),
  tax: z.string(),
  taxes: z.array(taxRow),
  roundOff: z.string(),
  total: z.string(),
});
export const pricedLineResponse = z.object({
  id: z.string(),
  productId: z.string().nullable(),
  description: z.string(),
  hsn: z.string().nullable(),
  quantity: z.string(),
  unit: z.string().nullable(),
  unitPrice: z.string(),
  discountPercent: z.string(),
  discount: z.string(),
  taxableValue: z.string(),
  taxRate: z.string().nullable(),
  tax: z.string(),
  amount: z.string(),
  priceSource: z.string(),
});
const quotationFields = {
  id: z.string(),
  number: z.string().nullable(),
  status: z.string(),
  revision: z.number(),
  customerId: z.string(),
  customerName: z.string(),
  currency: z.string(),
  date: z.string(),
  validUntil: z.string(),
  placeOfSupply: z.string().nullable(),
  reference: z.string().nullable(),
  terms: z.string().nullable(),
  notes: z.string().nullable(),
  lines: z.array(pricedLineResponse),
  totals: totalsResponse,
  approvalRequired: z.boolean(),
  approvalReasons: z.array(z.string()),
};
export const quotationResponse = z.object({
  ...quotationFields,
  decision: z.object({ by: z.string().nullable(), at: z.string().nullable(), reason: z.string().nullable() }).nullable(),
  salesOrderId: z.string().nullable(),
  createdBy: z.string().nullable(),
  editedBy: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const revisionResponse = z.object({ revision: z.number(), current: z.boolean(), createdAt: z.string(), quotation: z.object(quotationFields) });
export const approvalRulesResponse = z.object({ maxDiscountPercent: z.string().nullable(), maxTotal: z.string().nullable(), version: z.number() });

export const orderLineResponse = pricedLineResponse.extend({
  storeId: z.string().nullable(),
  stocked: z.boolean(),
  ordered: z.string(),
  delivered: z.string(),
  returned: z.string(),
  invoiced: z.string(),
  toDeliver: z.string(),
  toInvoice: z.string(),
  reserved: z.string(),
});
export const orderResponse = z.object({
  id: z.string(),
  number: z.string().nullable(),
  status: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  currency: z.string(),
  date: z.string(),
  expectedDate: z.string().nullable(),
  storeId: z.string().nullable(),
  reserveStock: z.boolean(),
  placeOfSupply: z.string().nullable(),
  reference: z.string().nullable(),
  terms: z.string().nullable(),
  notes: z.string().nullable(),
  quotationId: z.string().nullable(),
  lines: z.array(orderLineResponse),
  totals: totalsResponse,
  creditWarning: z.object({ code: z.string(), message: z.string() }).nullable(),
  deliveryNoteIds: z.array(z.string()),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const deliveryLineResponse = z.object({
  id: z.string(),
  orderLineId: z.string(),
  productId: z.string().nullable(),
  storeId: z.string().nullable(),
  description: z.string(),
  quantity: z.string(),
  returned: z.string(),
  invoiced: z.string(),
  /** Cost of the goods that left, base currency. */
  cost: z.string(),
  returnedCost: z.string(),
});
export const deliveryResponse = z.object({
  id: z.string(),
  number: z.string(),
  salesOrderId: z.string(),
  salesOrderNumber: z.string().nullable(),
  customerId: z.string(),
  customerName: z.string(),
  date: z.string(),
  memo: z.string().nullable(),
  entryId: z.string().nullable(),
  lines: z.array(deliveryLineResponse),
  returns: z.array(z.object({ id: z.string(), date: z.string(), reason: z.string(), entryId: z.string().nullable(), lines: z.array(z.object({ deliveryLineId: z.string(), quantity: z.string(), cost: z.string() })) })),
  version: z.number(),
  createdAt: z.string(),
});

export const invoiceResultResponse = z.object({
  id: z.string(),
  number: z.string().nullable(),
  status: z.string(),
  customerId: z.string(),
  currency: z.string(),
  total: z.string(),
  salesOrderId: z.string().nullable(),
  lines: z.array(z.object({ id: z.string(), productId: z.string().nullable(), description: z.string(), quantity: z.string(), unitPrice: z.string(), orderLineId: z.string().nullable(), deliveryLineId: z.string().nullable() })),
});
