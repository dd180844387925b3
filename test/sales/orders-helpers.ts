/**
 * Helpers for the quotation, order and delivery tests (on top of the shared `helpers.ts` factory):
 * members in other roles, and short-hands for the documents.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect } from 'vitest';
import { identityOf, lastMail, login, uniqueEmail } from '../identity/helpers.js';
import type { TestApp } from '../support/app.js';
import type { SignedUp } from '../support/factories.js';
import { ok, request } from './helpers.js';

const PASSWORD = 'a perfectly fine passphrase';

/** A user invited into the owner's tenant with `role`, signed in to it. */
export async function member(t: TestApp, owner: SignedUp, role: 'admin' | 'sales' | 'accountant' | 'viewer'): Promise<{ userId: string; headers: Record<string, string>; tenantId: string }> {
  const email = uniqueEmail(role);
  const { id: userId } = await identityOf(t).service.registerUser({ email, name: `A ${role}`, password: PASSWORD });
  const invited = await t.app.inject({ method: 'POST', url: `/api/v1/tenants/${owner.tenantId}/members`, headers: owner.headers, payload: { email, role } });
  expect(invited.statusCode, invited.body).toBe(201);
  const mail = await lastMail(t, email, 'identity.invitation');
  const token = /#token=(kinv_[A-Za-z0-9_-]{43})/.exec(mail?.text ?? '')?.[1];
  if (!token) throw new Error('no invitation token mailed');
  const session = await login(t, email, PASSWORD);
  const accepted = await t.app.inject({ method: 'POST', url: `/api/v1/invitations/${token}/accept`, headers: session.headers });
  expect(accepted.statusCode, accepted.body).toBe(200);
  const inTenant = await login(t, email, PASSWORD, { tenantId: owner.tenantId });
  return { userId, headers: inTenant.headers, tenantId: owner.tenantId };
}

export interface LineJson {
  id: string;
  productId: string | null;
  description: string;
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  taxableValue: string;
  tax: string;
  amount: string;
}
export interface QuotationJson {
  id: string;
  number: string | null;
  status: string;
  revision: number;
  currency: string;
  lines: LineJson[];
  totals: { subtotal: string; discount: string; taxableValue: string; tax: string; taxes: { label: string; amount: string }[]; roundOff: string; total: string };
  approvalRequired: boolean;
  approvalReasons: string[];
  salesOrderId: string | null;
  version: number;
  decision: { by: string | null; reason: string | null } | null;
}
export interface OrderLineJson extends LineJson {
  ordered: string;
  delivered: string;
  returned: string;
  invoiced: string;
  toDeliver: string;
  toInvoice: string;
  reserved: string;
  stocked: boolean;
}
export interface OrderJson {
  id: string;
  number: string | null;
  status: string;
  customerId: string;
  quotationId: string | null;
  lines: OrderLineJson[];
  totals: QuotationJson['totals'];
  creditWarning: { code: string; message: string } | null;
  deliveryNoteIds: string[];
  version: number;
}
export interface DeliveryJson {
  id: string;
  number: string;
  salesOrderId: string;
  entryId: string | null;
  lines: { id: string; orderLineId: string; productId: string | null; storeId: string | null; quantity: string; returned: string; invoiced: string; cost: string; returnedCost: string }[];
  returns: { id: string; entryId: string | null; lines: { deliveryLineId: string; quantity: string; cost: string }[] }[];
  version: number;
}

export const quote = (t: TestApp, who: { headers: Record<string, string> }, body: object) => request(t, who, 'POST', '/api/v1/quotations', body);

export async function setRules(t: TestApp, who: { headers: Record<string, string> }, rules: { maxDiscountPercent: string | null; maxTotal: string | null }) {
  const read = await request(t, who, 'GET', '/api/v1/sales/approval-rules');
  return ok(request(t, who, 'PUT', '/api/v1/sales/approval-rules', rules, { 'if-match': read.headers.etag as string }));
}

/** The text of a PDF (pdfjs), whitespace collapsed. */
export async function pdfText(buf: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages.join('\n').replace(/\s+/g, ' ');
}

/** GETs a PDF route and returns its text, checking the content type. */
export async function pdfOf(t: TestApp, who: { headers: Record<string, string> }, url: string): Promise<string> {
  const r = await t.app.inject({ method: 'GET', url, headers: who.headers });
  expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
  expect(r.headers['content-type']).toMatch(/^application\/pdf/);
  return pdfText(r.rawPayload);
}
