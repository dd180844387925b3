/**
 * Helpers for the payments tests: invoices issued through the sales module's invoices port, and
 * payments through the HTTP API. The tenant comes from the shared sales fixture (helpers.ts).
 */
import type { LightMyRequestResponse } from 'fastify';
import type { Invocation } from '../../src/kernel/index.js';
import type { InvoiceSnapshot, SalesApi } from '../../src/modules/sales/index.js';
import type { TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import type { SignedUp } from '../support/factories.js';
import { accountId, ok, request } from './helpers.js';

export interface PaymentJson {
  id: string;
  number: string;
  customerId: string;
  date: string;
  currency: string;
  amount: string;
  bankCharges: string;
  exchangeRate: string;
  allocated: string;
  writtenOff: string;
  advance: string;
  unapplied: string;
  status: 'posted' | 'reversed';
  entryId: string;
  reversal: { entryId: string; date: string; reason: string | null } | null;
  allocations: { id: string; invoiceId: string; amount: string; writeOff: string; exchangeGainLoss: string; applicationId: string | null; entryId: string; status: string }[];
  version: number;
}

export const invocationOf = (who: SignedUp): Invocation => ({ actor: { type: 'user', id: who.userId }, tenantId: who.tenantId, requestId: null, ip: null });

export const salesOf = (t: TestApp) => t.context.modules.get<SalesApi>('sales');

/** A draft invoice (not issued) through the invoices port. */
export async function draftInvoice(t: TestApp, who: SignedUp, customerId: string, productId: string, options: { quantity?: string; unitPrice?: string; date?: string; currency?: string } = {}): Promise<InvoiceSnapshot> {
  const sales = salesOf(t);
  return t.db.withTenant(who.tenantId, (tx) =>
    sales.invoices.createDraft(tx, invocationOf(who), {
      customerId,
      date: options.date ?? '2026-07-01',
      ...(options.currency && { currency: options.currency }),
      lines: [{ productId, quantity: options.quantity ?? '1', ...(options.unitPrice && { unitPrice: options.unitPrice }) }],
    }),
  );
}

/** An issued invoice (posted to the ledger) through the invoices port. */
export async function issuedInvoice(t: TestApp, who: SignedUp, customerId: string, productId: string, options: { quantity?: string; unitPrice?: string; date?: string; currency?: string } = {}): Promise<InvoiceSnapshot> {
  const draft = await draftInvoice(t, who, customerId, productId, options);
  const sales = salesOf(t);
  return t.db.withTenant(who.tenantId, (tx) => sales.invoices.issue(tx, invocationOf(who), draft.id));
}

export async function invoiceNow(t: TestApp, who: SignedUp, id: string): Promise<InvoiceSnapshot> {
  const sales = salesOf(t);
  return t.db.withTenant(who.tenantId, (tx) => sales.invoices.get(tx, who.tenantId, id));
}

export async function bankAccount(t: TestApp, who: SignedUp): Promise<string> {
  return accountId(t, who.tenantId, '1120');
}

export function payInvoice(t: TestApp, who: SignedUp, invoiceId: string, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return request(t, who, 'POST', `/api/v1/invoices/${invoiceId}/payment`, { date: '2026-07-10', mode: 'bank_transfer', ...body }, headers);
}

export function recordPayment(t: TestApp, who: SignedUp, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return request(t, who, 'POST', '/api/v1/payments', { date: '2026-07-10', mode: 'bank_transfer', ...body }, headers);
}

export async function getPayment(t: TestApp, who: SignedUp, id: string): Promise<PaymentJson> {
  return ok<PaymentJson>(request(t, who, 'GET', `/api/v1/payments/${id}`));
}

export async function paymentRows(t: TestApp, tenantId: string): Promise<number> {
  const { rows } = await adminQuery(t.testDb.ownerUrl, `select count(*)::int as n from sales.payments where tenant_id = $1`, [tenantId]);
  return (rows[0] as { n: number }).n;
}

/** Minor units of a decimal string with two decimals ("12.34" → 1234n). */
export const minor = (v: string): bigint => {
  const [w, f = ''] = v.replace('-', '').split('.');
  const m = BigInt(w!) * 100n + BigInt((f + '00').slice(0, 2));
  return v.startsWith('-') ? -m : m;
};
export const major = (m: bigint): string => `${m < 0n ? '-' : ''}${(m < 0n ? -m : m) / 100n}.${((m < 0n ? -m : m) % 100n).toString().padStart(2, '0')}`;
