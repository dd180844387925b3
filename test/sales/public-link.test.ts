import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, resetClock, setClock } from '../../src/kernel/index.js';
import { signLink } from '../../src/modules/sales/domain/signed-link.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import { ok, problem, request, setUpSales, type SalesFixture } from './helpers.js';
import { issuedInvoice, todayIn } from './recurring-helpers.js';

let t: TestApp;
let a: SalesFixture;
let b: SalesFixture;
let today: string;
let invoiceA: { id: string; number: string; total: string };
let otherA: { id: string; number: string; total: string };
let invoiceB: { id: string; number: string; total: string };

interface Link {
  url: string;
  pdfUrl: string;
  token: string;
  expiresAt: string;
}

beforeAll(async () => {
  t = await createTestApp();
  a = await setUpSales(t);
  b = await setUpSales(t);
  today = todayIn();
  invoiceA = await issuedInvoice(t, a.owner, a.customers.local, a.products.service, today, today, '3');
  otherA = await issuedInvoice(t, a.owner, a.customers.local, a.products.service, today, today, '1');
  invoiceB = await issuedInvoice(t, b.owner, b.customers.local, b.products.service, today, today, '5');
});
afterEach(() => resetClock());
afterAll(async () => t?.close());

const share = (who: SalesFixture, invoiceId: string, body?: object) => request(t, who.owner, 'POST', `/api/v1/invoices/${invoiceId}/share-link`, body);
const pathOf = (url: string) => new URL(url).pathname;
const anonymous = (url: string) => t.app.inject({ method: 'GET', url, remoteAddress: `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });

async function pdfText(buf: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: false }).promise;
  let text = '';
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
  }
  return text.replace(/\s+/g, ' ');
}

/** Flips one character of the token (payload or signature part). */
function tamper(token: string, at: number): string {
  const c = token[at]!;
  return token.slice(0, at) + (c === 'A' ? 'B' : 'A') + token.slice(at + 1);
}

describe('public invoice links', () => {
  it('a valid link shows the invoice page and serves its PDF, without an account', async () => {
    const link = await ok<Link>(share(a, invoiceA.id), 201);
    expect(link.url).toMatch(/\/public\/invoices\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(link.pdfUrl).toBe(`${link.url}/pdf`);
    const days = (Date.parse(link.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThan(30.1);

    const page = await anonymous(pathOf(link.url));
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toContain('no-store');
    expect(page.body).toContain(invoiceA.number);
    expect(page.body).toContain(invoiceA.total);
    expect(page.body).toContain('Kontor Test Traders Pvt Ltd');
    expect(page.body).toContain(`href="${link.token}/pdf"`);
    expect(page.body).not.toContain('<script');

    const pdf = await anonymous(pathOf(link.pdfUrl));
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain(invoiceA.number);
  });

  it('refuses a tampered signature, a tampered payload, another invoice id and a made-up token, all alike', async () => {
    const link = await ok<Link>(share(a, invoiceA.id), 201);
    const dot = link.token.indexOf('.');
    const forged = [
      tamper(link.token, dot + 10), // signature
      tamper(link.token, 30), // invoice id bytes
      tamper(link.token, 5), // tenant id bytes
      `${link.token.slice(0, dot)}.${'A'.repeat(43)}`,
      'not-a-token',
      `${link.token}x`,
    ];
    // Another invoice of the same tenant, keeping A's signature.
    const other = await ok<Link>(share(a, otherA.id), 201);
    forged.push(`${other.token.slice(0, dot)}${link.token.slice(dot)}`);
    for (const token of forged) {
      for (const suffix of ['', '/pdf']) {
        const r = await anonymous(`/public/invoices/${token}${suffix}`);
        expect(r.statusCode, token).toBe(404);
        const p = problem(r);
        expect(p.code).toBe('SALES.LINK_INVALID');
        expect(r.body).not.toContain(invoiceA.number);
        expect(r.body).not.toContain(a.tenantId);
      }
    }
  });

  it('an expired link answers 410; a custom expiry is honoured', async () => {
    const link = await ok<Link>(share(a, invoiceA.id, { expiresInDays: 2 }), 201);
    expect((Date.parse(link.expiresAt) - Date.now()) / 86_400_000).toBeLessThan(2.01);
    setClock(fixedClock(new Date(Date.parse(link.expiresAt) - 60_000)));
    expect((await anonymous(pathOf(link.url))).statusCode).toBe(200);
    setClock(fixedClock(new Date(Date.parse(link.expiresAt) + 1000)));
    for (const url of [link.url, link.pdfUrl]) {
      const r = await anonymous(pathOf(url));
      expect(r.statusCode).toBe(410);
      expect(problem(r).code).toBe('SALES.LINK_EXPIRED');
      expect(r.body).not.toContain(invoiceA.number);
    }
    resetClock();
    expect((await share(a, invoiceA.id, { expiresInDays: 0 })).statusCode).toBe(400);
    expect(problem(await share(a, invoiceA.id, { expiresInDays: 0 })).errors?.[0]?.path).toBe('body.expiresInDays');
  });

  it('rotating the secret revokes every link; new links work', async () => {
    const before = await ok<Link>(share(a, invoiceA.id), 201);
    expect((await anonymous(pathOf(before.url))).statusCode).toBe(200);
    const rotated = await ok<{ generation: number }>(request(t, a.owner, 'POST', '/api/v1/sales/share-links/rotate'));
    expect(rotated.generation).toBeGreaterThanOrEqual(2);
    const old = await anonymous(pathOf(before.url));
    expect(old.statusCode).toBe(404);
    expect(problem(old).code).toBe('SALES.LINK_INVALID');
    const after = await ok<Link>(share(a, invoiceA.id), 201);
    expect((await anonymous(pathOf(after.pdfUrl))).statusCode).toBe(200);
  });

  it("a token of tenant A never shows tenant B's invoice", async () => {
    // A's secret signing B's tenant and invoice: B's secret does not verify it.
    const { rows } = await adminQuery(t.testDb.ownerUrl, 'select secret from sales.link_secrets where tenant_id = $1', [a.tenantId]);
    const secretA = (rows[0] as { secret: Buffer }).secret;
    await ok(share(b, invoiceB.id), 201); // B has a secret of its own
    const exp = Math.floor(Date.now() / 1000) + 3600;
    for (const claims of [
      { tenantId: b.tenantId, invoiceId: invoiceB.id },
      { tenantId: a.tenantId, invoiceId: invoiceB.id },
    ]) {
      const token = signLink(secretA, { ...claims, expiresAt: exp });
      const r = await anonymous(`/public/invoices/${token}/pdf`);
      expect(r.statusCode).toBe(404);
      expect(r.body).not.toContain(invoiceB.number);
    }
    // And B cannot share A's invoice.
    expect((await share(b, invoiceA.id)).statusCode).toBe(404);
  });

  it('drafts cannot be shared; unknown invoices are 404; permission is needed', async () => {
    const draft = await ok<{ id: string }>(request(t, a.owner, 'POST', '/api/v1/invoices', { customerId: a.customers.local, lines: [{ productId: a.products.service, quantity: '1' }] }), 201);
    const r = await share(a, draft.id);
    expect(r.statusCode).toBe(409);
    expect(problem(r).code).toBe('SALES.INVOICE_NOT_SHAREABLE');
    expect((await share(a, '01900000-0000-7000-8000-000000000888')).statusCode).toBe(404);
    const key = await ok<{ key: string }>(request(t, a.owner, 'POST', '/api/v1/api-keys', { name: 'reader', permissions: ['invoices:read'] }), 201);
    const denied = await t.app.inject({ method: 'POST', url: `/api/v1/invoices/${invoiceA.id}/share-link`, headers: { 'x-api-key': key.key } });
    expect(denied.statusCode).toBe(403);
  });

  it('is rate limited per client address', async () => {
    const link = await ok<Link>(share(a, invoiceA.id), 201);
    const statuses: number[] = [];
    for (let i = 0; i < 65; i++) statuses.push((await t.app.inject({ method: 'GET', url: `/public/invoices/${tamper(link.token, 60)}`, remoteAddress: '10.99.99.99' })).statusCode);
    expect(statuses.slice(0, 60).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(60)).toEqual([429, 429, 429, 429, 429]);
    // Another address is not affected.
    expect((await anonymous(pathOf(link.url))).statusCode).toBe(200);
  });
});
