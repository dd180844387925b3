import { z } from 'zod';
import { currency, isoDate, pageQuery } from '../../../platform/http/index.js';

export const idParams = z.object({ id: z.uuid() });

/** A positive quantity with up to 6 decimals ("2", "1.5"). */
const quantity = z.string().max(24).regex(/^(0|[1-9][0-9]{0,11})(\.[0-9]{1,6})?$/, 'a positive decimal string like "2" or "1.5"').refine((s) => !/^0(\.0*)?$/.test(s), 'must be positive');
/** A non-negative price with up to 6 decimals. */
const price = z.string().max(24).regex(/^(0|[1-9][0-9]{0,13})(\.[0-9]{1,6})?$/, 'a non-negative decimal string like "1250.00"');
const percent = z.string().max(10).regex(/^(0|[1-9][0-9]{0,2})(\.[0-9]{1,4})?$/, 'a percentage like "10" or "12.5"');
const text = (max: number) => z.string().trim().max(max);

export const lineBody = z.strictObject({
  productId: z.uuid().nullable().optional(),
  description: text(1000).min(1).nullable().optional(),
  hsn: z.string().regex(/^[0-9]{4,8}$/, '4 to 8 digits').nullable().optional(),
  quantity,
  unit: z.string().trim().min(1).max(20).nullable().optional(),
  unitPrice: price.nullable().optional(),
  discountPercent: percent.nullable().optional(),
  storeId: z.uuid().nullable().optional(),
  orderLineId: z.uuid().nullable().optional(),
  deliveryLineId: z.uuid().nullable().optional(),
  taxRateId: z.uuid().nullable().optional(),
  taxGroupId: z.uuid().nullable().optional(),
});

const draftFields = {
  customerId: z.uuid(),
  date: isoDate.nullable().optional(),
  dueDate: isoDate.nullable().optional(),
  currency: currency.nullable().optional(),
  placeOfSupply: z.string().regex(/^[0-9]{2}$/, 'a two-digit GST state code').nullable().optional(),
  reference: text(100).nullable().optional(),
  notes: text(2000).nullable().optional(),
  terms: text(4000).nullable().optional(),
  salesOrderId: z.uuid().nullable().optional(),
  lines: z.array(lineBody).min(1).max(500),
};

export const createInvoiceBody = z.strictObject({ ...draftFields, issue: z.boolean().optional() });
export const updateInvoiceBody = z.strictObject(draftFields);

export const listInvoicesQuery = pageQuery.extend({
  status: z.enum(['draft', 'issued', 'partly_paid', 'paid', 'void']).optional(),
  customerId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  q: z.string().trim().min(1).max(40).optional(),
});

export const voidBody = z.strictObject({ reason: text(500).nullable().optional() }).optional();

export const sendBody = z
  .strictObject({
    to: z.array(z.email().max(254)).max(20).optional(),
    cc: z.array(z.email().max(254)).max(20).optional(),
    message: text(4000).nullable().optional(),
  })
  .optional();

export const settingsBody = z
  .strictObject({
    upiVpa: z.string().trim().regex(/^[A-Za-z0-9._-]{2,256}@[A-Za-z][A-Za-z0-9.-]{1,64}$/, 'a UPI id like shop@okbank').max(100).nullable().optional(),
    upiPayeeName: text(100).min(1).nullable().optional(),
    defaultNotes: text(2000).nullable().optional(),
    defaultTerms: text(4000).nullable().optional(),
    invoiceFooter: text(500).nullable().optional(),
    roundTotal: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });

export const creditNoteBody = z.strictObject({
  invoiceId: z.uuid(),
  date: isoDate.nullable().optional(),
  reason: text(500).nullable().optional(),
  returnToStock: z.boolean().optional(),
  storeId: z.uuid().nullable().optional(),
  lines: z.array(z.strictObject({ invoiceLineId: z.uuid(), quantity })).min(1).max(500),
});

export const listCreditNotesQuery = pageQuery.extend({
  invoiceId: z.uuid().optional(),
  customerId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const debitNoteBody = z.strictObject({
  invoiceId: z.uuid(),
  date: isoDate.nullable().optional(),
  dueDate: isoDate.nullable().optional(),
  reason: text(500).nullable().optional(),
  notes: text(2000).nullable().optional(),
  lines: z.array(lineBody).min(1).max(500),
});

export const listDebitNotesQuery = pageQuery.extend({
  invoiceId: z.uuid().optional(),
  customerId: z.uuid().optional(),
  status: z.enum(['issued', 'partly_paid', 'paid', 'void']).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

// ---------- responses ----------

const taxComponent = z.object({ code: z.string(), label: z.string(), rate: z.string(), amount: z.string() });
const taxRow = taxComponent.extend({ taxableValue: z.string() });
const warning = z.object({ code: z.string(), message: z.string() });

export const invoiceLineResponse = z.object({
  id: z.uuid(),
  lineNo: z.number().int(),
  productId: z.string().nullable(),
  description: z.string(),
  hsn: z.string().nullable(),
  quantity: z.string(),
  unit: z.string().nullable(),
  unitPrice: z.string(),
  discountPercent: z.string(),
  discount: z.string(),
  taxableValue: z.string(),
  taxRate: z.string(),
  taxComponents: z.array(taxComponent),
  taxAmount: z.string(),
  lineTotal: z.string(),
  taxRateId: z.string().nullable(),
  taxGroupId: z.string().nullable(),
  storeId: z.string().nullable(),
  orderLineId: z.string().nullable(),
  deliveryLineId: z.string().nullable(),
});

export const invoiceResponse = z.object({
  id: z.uuid(),
  kind: z.enum(['invoice', 'debit_note']),
  originalInvoiceId: z.string().nullable(),
  number: z.string().nullable(),
  status: z.enum(['draft', 'issued', 'partly_paid', 'paid', 'void']),
  overdue: z.boolean(),
  customerId: z.uuid(),
  customerName: z.string(),
  buyer: z.object({
    name: z.string(),
    address: z.array(z.string()).optional(),
    gstin: z.string().nullable().optional(),
    stateCode: z.string().nullable().optional(),
    country: z.string().nullable().optional(),
    email: z.string().nullable().optional(),
    phone: z.string().nullable().optional(),
    currency: z.string().nullable().optional(),
  }),
  currency: z.string(),
  exchangeRate: z.string(),
  date: z.string(),
  dueDate: z.string(),
  taxEngine: z.enum(['gst', 'vat']),
  placeOfSupply: z.string().nullable(),
  supplyType: z.string().nullable(),
  reverseCharge: z.boolean(),
  reference: z.string().nullable(),
  notes: z.string().nullable(),
  terms: z.string().nullable(),
  reason: z.string().nullable(),
  salesOrderId: z.string().nullable(),
  subtotal: z.string(),
  discountTotal: z.string(),
  taxTotal: z.string(),
  taxes: z.array(taxRow),
  roundOff: z.string(),
  total: z.string(),
  amountPaid: z.string(),
  amountDue: z.string(),
  version: z.number().int(),
  entryId: z.string().nullable(),
  stockEntryId: z.string().nullable(),
  voidEntryId: z.string().nullable(),
  issuedAt: z.string().nullable(),
  voidedAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  lines: z.array(invoiceLineResponse),
  warnings: z.array(warning).optional(),
});

export const creditNoteResponse = z.object({
  id: z.uuid(),
  number: z.string(),
  invoiceId: z.uuid(),
  customerId: z.uuid(),
  currency: z.string(),
  exchangeRate: z.string(),
  date: z.string(),
  reason: z.string().nullable(),
  subtotal: z.string(),
  taxTotal: z.string(),
  taxes: z.array(taxRow),
  total: z.string(),
  applied: z.string(),
  unapplied: z.string(),
  returnStoreId: z.string().nullable(),
  entryId: z.string(),
  stockEntryId: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  lines: z.array(
    z.object({
      id: z.uuid(),
      lineNo: z.number().int(),
      invoiceLineId: z.uuid(),
      productId: z.string().nullable(),
      description: z.string(),
      hsn: z.string().nullable(),
      quantity: z.string(),
      unit: z.string().nullable(),
      unitPrice: z.string(),
      taxableValue: z.string(),
      taxRate: z.string(),
      taxComponents: z.array(taxComponent),
      taxAmount: z.string(),
      lineTotal: z.string(),
      returnedToStock: z.boolean(),
    }),
  ),
});

export const settingsResponse = z.object({
  upiVpa: z.string().nullable(),
  upiPayeeName: z.string().nullable(),
  defaultNotes: z.string().nullable(),
  defaultTerms: z.string().nullable(),
  invoiceFooter: z.string().nullable(),
  roundTotal: z.boolean(),
  version: z.number().int(),
});

export type CreateInvoiceBody = z.infer<typeof createInvoiceBody>;
