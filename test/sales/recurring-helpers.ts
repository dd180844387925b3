/** Helpers for the recurring / reminders / public-link / statement tests (on top of ./helpers.ts). */
import path from 'node:path';
import { DevMailbox, type MailDetail } from '../../src/platform/mail/index.js';
import { now } from '../../src/kernel/index.js';
import type { SalesApi } from '../../src/modules/sales/index.js';
import { addDays, addMonths, dateIn } from '../../src/modules/sales/domain/schedule.js';
import type { TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import type { SignedUp } from '../support/factories.js';
import { ok, request } from './helpers.js';

export { addDays, addMonths };

/** Today where the sales fixture's tenant is (Asia/Kolkata), as the scheduler sees it. */
export const todayIn = (timeZone = 'Asia/Kolkata') => dateIn(now(), timeZone);

export const recurringOf = (t: TestApp) => t.context.modules.get<SalesApi>('sales').recurring;

export interface RecurringJson {
  id: string;
  status: string;
  generatedCount: number;
  lastPeriod: string | null;
  nextRunDate: string | null;
  lastError: string | null;
  version: number;
  [key: string]: unknown;
}

export interface GeneratedJson {
  periodDate: string;
  invoiceId: string;
  number: string | null;
  status: string;
  date: string;
  dueDate: string;
  total: string;
  sentAt: string | null;
  sendError: string | null;
}

export async function createRecurring(t: TestApp, who: SignedUp, body: Record<string, unknown>): Promise<RecurringJson> {
  return ok<RecurringJson>(request(t, who, 'POST', '/api/v1/recurring-invoices', body), 201);
}

export async function generatedOf(t: TestApp, who: SignedUp, id: string): Promise<GeneratedJson[]> {
  return (await ok<{ items: GeneratedJson[] }>(request(t, who, 'GET', `/api/v1/recurring-invoices/${id}/invoices?limit=200`))).items;
}

/** Invoices of a customer in the database (any status), as the owner sees them. */
export async function invoiceRows(t: TestApp, tenantId: string, customerId: string): Promise<{ id: string; invoice_date: string; status: string; number: string | null }[]> {
  const { rows } = await adminQuery(
    t.testDb.ownerUrl,
    `select id, invoice_date::text, status, number from sales.invoices where tenant_id = $1 and customer_id = $2 order by invoice_date, id`,
    [tenantId, customerId],
  );
  return rows as { id: string; invoice_date: string; status: string; number: string | null }[];
}

export function mailbox(t: TestApp): DevMailbox {
  return new DevMailbox(path.join(t.config.dataDir, 'mail'));
}

/** Every mail to `to` (optionally with a tag), oldest first, in full. */
export async function mailsTo(t: TestApp, to: string, tag?: string): Promise<MailDetail[]> {
  const box = mailbox(t);
  const list = await box.list({ limit: 1000, to, ...(tag !== undefined && { tag }) }).catch(() => []);
  const out: MailDetail[] = [];
  for (const m of list.reverse()) {
    const detail = await box.read(m.id);
    if (detail) out.push(detail);
  }
  return out;
}

/** An issued invoice for a customer through the API; `date` and `dueDate` as given. */
export async function issuedInvoice(t: TestApp, who: SignedUp, customerId: string, productId: string, date: string, dueDate: string, quantity = '1'): Promise<{ id: string; number: string; total: string }> {
  return ok<{ id: string; number: string; total: string }>(request(t, who, 'POST', '/api/v1/invoices', { customerId, date, dueDate, lines: [{ productId, quantity }], issue: true }), 201);
}
