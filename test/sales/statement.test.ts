import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPrintableStatement } from '../../src/modules/sales/recurring/index.js';
import { formatMoneyText } from '../../src/platform/pdf/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { ok, problem, request, setUpSales, type SalesFixture } from './helpers.js';
import { addDays, issuedInvoice, todayIn } from './recurring-helpers.js';

async function pdfText(buf: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: false }).promise;
  let text = '';
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
  }
  return text.replace(/\s+/g, ' ');
}

describe('toPrintableStatement (mapping)', () => {
  const seller = { name: 'Seller Pvt Ltd', gstin: '27AAPFU0939F1ZV', pan: null, address: null, email: null, phone: null };
  const customer = {
    name: 'Buyer Ltd',
    gstin: '27AAGCG4576J1Z6',
    pan: 'AAGCG4576J',
    address: { line1: '1 Market Road', line2: null, city: 'Pune', stateCode: '27', postalCode: '411001', country: 'IN' },
    email: 'a@b.example',
    phone: null,
  };
  const statement = {
    currency: 'INR',
    from: '2026-04-01',
    to: '2026-06-30',
    openingBalance: '100.00',
    lines: [
      { date: '2026-04-10', memo: 'Invoice INV/1', reference: 'INV/1', debit: '1180.00', credit: '0.00', balance: '1280.00' },
      { date: '2026-05-01', memo: null, reference: null, debit: '0.00', credit: '500.00', balance: '780.00' },
    ],
    closingBalance: '780.00',
    truncated: false,
  };

  it('maps rows (a zero side prints empty), balances, parties and the ageing as of the end date', () => {
    const p = toPrintableStatement({
      seller,
      customer,
      statement,
      from: '2026-04-01',
      to: '2026-06-30',
      open: [
        { dueDate: '2026-05-10', amountDue: '680.00', currency: 'INR' }, // 51 days
        { dueDate: '2026-07-10', amountDue: '100.00', currency: 'INR' }, // not yet due
        { dueDate: '2026-01-01', amountDue: '9.00', currency: 'USD' }, // other currency: not in this statement
      ],
    });
    expect(p).toMatchObject({ title: 'Statement of Account', currency: 'INR', from: '2026-04-01', to: '2026-06-30', openingBalance: '100.00', closingBalance: '780.00', footer: null });
    expect(p.rows).toEqual([
      { date: '2026-04-10', reference: 'INV/1', description: 'Invoice INV/1', debit: '1180.00', credit: null, balance: '1280.00' },
      { date: '2026-05-01', reference: '', description: '', debit: null, credit: '500.00', balance: '780.00' },
    ]);
    expect(p.party).toMatchObject({ name: 'Buyer Ltd', gstin: '27AAGCG4576J1Z6', address: ['1 Market Road', 'Pune 411001', 'State code 27, IN'], email: 'a@b.example' });
    expect(p.seller.name).toBe('Seller Pvt Ltd');
    expect(p.ageing).toEqual([
      { label: 'Not yet due', amount: '100.00' },
      { label: '1–30 days', amount: '0.00' },
      { label: '31–60 days', amount: '680.00' },
      { label: '61–90 days', amount: '0.00' },
      { label: 'Over 90 days', amount: '0.00' },
      { label: 'Total open', amount: '780.00' },
    ]);
  });

  it('says so when the ledger statement was cut short', () => {
    const p = toPrintableStatement({ seller, customer, statement: { ...statement, truncated: true }, from: '2026-04-01', to: '2026-06-30', open: [] });
    expect(p.footer).toMatch(/shorter period/);
    expect(p.ageing?.at(-1)).toEqual({ label: 'Total open', amount: '0.00' });
  });
});

describe('GET /api/v1/customers/:id/statement/pdf', () => {
  let t: TestApp;
  let f: SalesFixture;
  let today: string;
  beforeAll(async () => {
    t = await createTestApp();
    f = await setUpSales(t);
    today = todayIn();
  });
  afterAll(async () => t?.close());

  it('renders the ledger statement with running balance and the ageing of open invoices', async () => {
    const old = await issuedInvoice(t, f.owner, f.customers.local, f.products.service, addDays(today, -50), addDays(today, -40), '2');
    const current = await issuedInvoice(t, f.owner, f.customers.local, f.products.service, addDays(today, -5), addDays(today, 25), '1');
    const from = addDays(today, -60);
    const json = await ok<{ closingBalance: string; lines: unknown[] }>(request(t, f.owner, 'GET', `/api/v1/customers/${f.customers.local}/ledger?from=${from}&to=${today}`));
    expect(json.lines).toHaveLength(2);

    const r = await request(t, f.owner, 'GET', `/api/v1/customers/${f.customers.local}/statement/pdf?from=${from}&to=${today}`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.headers['content-disposition']).toMatch(/^attachment; filename="statement-.+\.pdf"$/);
    const text = await pdfText(r.rawPayload);
    expect(text).toContain('Statement of Account');
    expect(text).toContain('Local Buyer Pvt Ltd');
    expect(text).toContain('Opening balance');
    expect(text).toContain('Closing balance');
    expect(text).toContain(formatMoneyText(json.closingBalance, 'INR'));
    expect(text).toContain(formatMoneyText(old.total, 'INR'));
    // Ageing: the old invoice is 40 days past due, the other not yet due.
    expect(text).toContain('31–60 days');
    expect(text).toContain('Not yet due');
    expect(text).toContain(formatMoneyText(current.total, 'INR'));
  });

  it('refuses bad ranges with field paths, unknown customers with 404, and needs permission', async () => {
    const reversed = await request(t, f.owner, 'GET', `/api/v1/customers/${f.customers.local}/statement/pdf?from=2026-06-30&to=2026-06-01`);
    expect(reversed.statusCode).toBe(400);
    expect(problem(reversed).errors?.[0]?.path).toBe('querystring.from');
    const invalid = await request(t, f.owner, 'GET', `/api/v1/customers/${f.customers.local}/statement/pdf?to=2026-02-30`);
    expect(invalid.statusCode).toBe(400);
    expect(problem(invalid).errors?.[0]?.path).toBe('querystring.to');
    const unknown = await request(t, f.owner, 'GET', '/api/v1/customers/01900000-0000-7000-8000-000000000321/statement/pdf');
    expect(unknown.statusCode).toBe(404);
    const key = await ok<{ key: string }>(request(t, f.owner, 'POST', '/api/v1/api-keys', { name: 'no-customers', permissions: ['recurring_invoices:read'] }), 201);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/customers/${f.customers.local}/statement/pdf`, headers: { 'x-api-key': key.key } })).statusCode).toBe(403);
  });
});
