import { z } from 'zod';
import { currency, isoDate, money, pageQuery } from '../../../platform/http/index.js';

export const idParams = z.object({ id: z.uuid() });
export const tokenParams = z.object({ token: z.string().max(200) });

const decimal = z.string().max(24).regex(/^[0-9]{1,12}(\.[0-9]{1,6})?$/, 'a decimal string like "2.5"');
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** A line as the invoice draft takes it (see `InvoiceLineDraft`). */
export const lineBody = z.strictObject({
  productId: z.uuid().nullable().optional(),
  description: optionalText(1000),
  hsn: z.string().trim().regex(/^[0-9]{4,8}$/, '4 to 8 digits').nullable().optional(),
  quantity: decimal.refine((s) => !/^0+(\.0+)?$/.test(s), 'must be more than 0'),
  unit: optionalText(20),
  unitPrice: money.nullable().optional(),
  discountPercent: decimal.refine((s) => Number(s) <= 100, 'at most 100').nullable().optional(),
  storeId: z.uuid().nullable().optional(),
  /** VAT/sales-tax tenants: the line's tax rate or group (GST tenants: from the HSN/SAC). */
  taxRateId: z.uuid().nullable().optional(),
  taxGroupId: z.uuid().nullable().optional(),
});

export const scheduleBody = z.strictObject({
  frequency: z.enum(['monthly', 'quarterly', 'yearly', 'custom']),
  /** custom: every N units. */
  interval: z.number().int().min(1).max(366).nullable().optional(),
  unit: z.enum(['day', 'week', 'month']).nullable().optional(),
  /** Month-based: day of the month, clamped to the month's end (31 → 28/29 Feb). Default: the start date's day. */
  dayOfMonth: z.number().int().min(1).max(31).nullable().optional(),
});

export const recurringBody = z.strictObject({
  name: text(200).optional(),
  customerId: z.uuid(),
  schedule: scheduleBody,
  startDate: isoDate,
  endDate: isoDate.nullable().optional(),
  /** Make at most this many invoices. */
  count: z.number().int().min(1).max(10_000).nullable().optional(),
  /** Due date = invoice date + dueDays; default the customer's payment terms. */
  dueDays: z.number().int().min(0).max(3650).nullable().optional(),
  autoIssue: z.boolean().default(false),
  /** Email each issued invoice to the customer (needs autoIssue). */
  autoSend: z.boolean().default(false),
  currency: currency.nullable().optional(),
  placeOfSupply: z.string().trim().regex(/^[0-9]{2}$/, 'a two-digit GST state code').nullable().optional(),
  reference: optionalText(100),
  notes: optionalText(2000),
  terms: optionalText(4000),
  lines: z.array(lineBody).min(1).max(200),
});
export type RecurringBody = z.infer<typeof recurringBody>;

export const listQuery = pageQuery.extend({
  status: z.enum(['active', 'paused', 'finished']).optional(),
  customerId: z.uuid().optional(),
});

export const recurringResponse = z.object({
  id: z.string(),
  name: z.string(),
  customerId: z.string(),
  status: z.enum(['active', 'paused', 'finished']),
  schedule: z.object({
    frequency: z.string(),
    interval: z.number().nullable(),
    unit: z.string().nullable(),
    dayOfMonth: z.number().nullable(),
  }),
  startDate: z.string(),
  endDate: z.string().nullable(),
  count: z.number().nullable(),
  dueDays: z.number().nullable(),
  autoIssue: z.boolean(),
  autoSend: z.boolean(),
  currency: z.string().nullable(),
  placeOfSupply: z.string().nullable(),
  reference: z.string().nullable(),
  notes: z.string().nullable(),
  terms: z.string().nullable(),
  lines: z.array(z.record(z.string(), z.unknown())),
  generatedCount: z.number(),
  lastPeriod: z.string().nullable(),
  nextRunDate: z.string().nullable(),
  lastRunAt: z.string().nullable(),
  lastError: z.string().nullable(),
  lastErrorAt: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const generatedInvoice = z.object({
  periodDate: z.string(),
  periodIndex: z.number(),
  invoiceId: z.string(),
  number: z.string().nullable(),
  /** The invoice's status, or `deleted` when the draft it made was deleted since. */
  status: z.string(),
  date: z.string(),
  dueDate: z.string().nullable(),
  total: z.string().nullable(),
  currency: z.string().nullable(),
  sentAt: z.string().nullable(),
  sendError: z.string().nullable(),
});

export const runResponse = z.object({ generated: z.array(generatedInvoice), recurring: recurringResponse });

export const invoicesQuery = pageQuery;

// ---------- reminders ----------

export const reminderScheduleBody = z.strictObject({
  enabled: z.boolean(),
  stages: z
    .array(z.strictObject({ offsetDays: z.number().int().min(-90).max(365) }))
    .max(10),
  subject: text(300),
  body: text(10_000),
});

export const reminderScheduleResponse = z.object({
  enabled: z.boolean(),
  stages: z.array(z.object({ offsetDays: z.number(), key: z.string() })),
  subject: z.string(),
  body: z.string(),
  placeholders: z.array(z.string()),
  version: z.number(),
});

export const remindBody = z.strictObject({
  to: z.array(z.email().max(254)).min(1).max(10).optional(),
  /** Replaces the template's body for this one email. */
  message: z.string().trim().min(1).max(10_000).optional(),
});

export const remindResponse = z.object({ invoiceId: z.string(), sentTo: z.array(z.string()), subject: z.string() });

export const reminderRunResponse = z.object({ reminded: z.number(), overdue: z.number() });

// ---------- public links ----------

export const shareLinkBody = z.strictObject({
  /** Days until the link stops working (default 30). */
  expiresInDays: z.number().int().min(1).max(365).optional(),
});

export const shareLinkResponse = z.object({ invoiceId: z.string(), url: z.string(), pdfUrl: z.string(), token: z.string(), expiresAt: z.string() });

export const rotateResponse = z.object({ generation: z.number(), rotatedAt: z.string() });

// ---------- statement ----------

export const statementQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });
