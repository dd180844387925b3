import { execFileSync } from 'node:child_process';
import { simpleParser } from 'mailparser';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible as a11y, expectAccessibleBothThemes as a11yBothThemes, launchChromium, openNav as openNavAt, pickOption, watchPage, WIDEST_LEAVES } from './browser.js';
import { mailedCode, startServer, type E2EServer } from './server.js';

/**
 * Order-to-cash in a real browser. Set-up through the API: an Indian business (GSTIN in
 * Maharashtra, India chart), an approval rule (a line discount above 10 % needs a manager), a
 * store, a customer in the same state, a stocked product (HSN 8471, ₹1,000) with 20 in stock, and
 * a member in the sales role. Then, in the browser: the sales member quotes 10 at 15 % off (live
 * totals from the API: ₹8,500 + CGST 9 % + SGST 9 % = ₹10,030) and sends it, which puts it in
 * the approvals inbox; the owner approves it there, converts it to an order, delivers 4 and then
 * 6 in two delivery notes, makes one invoice from both deliveries; two partial payments settle
 * it (paid); the order's chain shows quote → order → deliveries → invoice (paid) → payments, and
 * the stock fell by the 10 delivered. Every screen passes axe-core in light and dark and fits 375 px.
 */
/** The invitation token from the newest invitation mail to `to` (the link ends `#token=kinv_…`). */
async function mailedInvitationToken(dataDir: string, to: string, timeoutMs = 15_000): Promise<string> {
  const dir = path.join(dataDir, 'mail');
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.eml')).sort().reverse();
    for (const name of names) {
      const mail = await simpleParser(await fs.readFile(path.join(dir, name)));
      const recipients = [mail.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address?.toLowerCase()));
      const token = /#token=(kinv_[A-Za-z0-9_-]{43})/.exec(mail.text ?? '')?.[1];
      if (token && recipients.includes(to.toLowerCase())) return token;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no invitation mail to ${to} within ${timeoutMs} ms`);
}

/** A decimal amount string ("8500.00", "-12.5") as bigint paise, without passing through a JS number. */
function paise(amount: string): bigint {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = amount.replace(/^-/, '').split('.');
  const value = BigInt(whole + (fraction + '00').slice(0, 2));
  return negative ? -value : value;
}

/** The text of a PDF (pdfjs), whitespace collapsed. */
async function pdfText(buf: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages.join('\n').replace(/\s+/g, ' ');
}

const isoToday = () => new Date().toISOString().slice(0, 10);
const QTY = (n: number) => new RegExp(`^${n}(\\.0+)?$`);

describe('web app: order to cash (quote → approval → order → deliveries → invoice → payments)', () => {
  let server: E2EServer;
  let browser: Browser;
  let context: BrowserContext;
  let salesContext: BrowserContext;
  let page: Page;
  let salesPage: Page;
  let problems: string[];
  let salesProblems: string[];
  const stamp = Date.now();
  const owner = { name: 'Kavita Deshmukh', email: `kavita.o2c.${stamp}@example.com`, password: 'correct horse battery staple' };
  const seller = { name: 'Rohan Joshi', email: `rohan.o2c.${stamp}@example.com`, password: 'another long passphrase here' };
  let token = '';
  let tenantId = '';
  const ids = { store: '', customer: '', product: '' };
  let quotationUrl = '';
  let orderUrl = '';
  let invoiceId = '';
  let deliveryUrl = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', locale: 'en-IN', timezoneId: 'Asia/Kolkata' });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    problems = watchPage(page);
    salesContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', locale: 'en-IN', timezoneId: 'Asia/Kolkata' });
    salesContext.setDefaultTimeout(10_000);
    salesPage = await salesContext.newPage();
    salesProblems = watchPage(salesPage);
  });

  afterAll(async () => {
    await salesContext?.close();
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const expectAccessible = (p: Page, name: string) => a11y(p, name);
  const expectAccessibleBothThemes = (p: Page, name: string) => a11yBothThemes(p, name);
  const openNav = (p: Page, label: string, heading: string) => openNavAt(p, label, heading);

  const pick = pickOption;

  async function call<T>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}, bearer = token): Promise<{ status: number; json: T; etag: string | null }> {
    const response = await fetch(`${server.url}${url}`, {
      method,
      headers: { ...(bearer && { authorization: `Bearer ${bearer}` }), ...(body !== undefined && { 'content-type': 'application/json' }), ...headers },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, json: (text ? JSON.parse(text) : null) as T, etag: response.headers.get('etag') };
  }
  async function ok<T>(method: string, url: string, body?: unknown, status = 200, headers: Record<string, string> = {}, bearer = token): Promise<T> {
    const r = await call<T>(method, url, body, headers, bearer);
    expect(r.status, `${method} ${url}: ${JSON.stringify(r.json)}`).toBe(status);
    return r.json;
  }
  async function login(who: { email: string; password: string }): Promise<string> {
    return (await ok<{ accessToken: string }>('POST', '/api/v1/auth/login', { email: who.email, password: who.password }, 200, {}, '')).accessToken;
  }

  async function fits375(p: Page, paths: (readonly [string, string])[], prefix: string) {
    await p.setViewportSize({ width: 375, height: 812 });
    for (const [url, heading] of paths) {
      await p.goto(`${server.url}${url}`);
      await p.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await p.waitForLoadState('networkidle');
      const overflow = (await p.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
      const wide = overflow > 0 ? ((await p.evaluate(WIDEST_LEAVES)) as string) : '';
      expect(overflow, `${url}: ${wide}`).toBeLessThanOrEqual(0);
      await expectAccessible(p, `${prefix}-375${url.replace(/[0-9a-f-]{36}/, 'id').replace(/\//g, '-')}`);
    }
    await p.setViewportSize({ width: 1280, height: 800 });
  }

  it('sets up a GST business, an approval rule, stock, a customer and a sales member (browser sign-up, API set-up)', async () => {
    await page.goto(`${server.url}/sign-up`);
    await page.getByLabel('Your name').fill(owner.name);
    await page.getByLabel('Email').fill(owner.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(owner.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/verify\?email=/);
    await page.getByLabel('Verification code').fill(await mailedCode(server.dataDir, owner.email, 'verification code'));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText('Email verified. Sign in to continue.').waitFor();
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(owner.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/onboarding$/);
    await page.getByLabel('Business name').fill('Deshmukh Computers');
    expect(await page.getByRole('combobox', { name: 'Chart of accounts' }).inputValue()).toBe('Indian business (GST accounts)');
    await page.getByLabel('GSTIN').fill('27AAPFU0939F1ZV');
    await page.getByRole('button', { name: 'Create business' }).click();
    await page.waitForURL(`${server.url}/`);

    token = await login(owner);
    tenantId = (await ok<{ currentTenantId: string }>('GET', '/api/v1/auth/profile')).currentTenantId;
    const rules = await call<unknown>('GET', '/api/v1/sales/approval-rules');
    await ok('PUT', '/api/v1/sales/approval-rules', { maxDiscountPercent: '10', maxTotal: null }, 200, { 'if-match': rules.etag ?? '' });
    ids.store = (await ok<{ id: string }>('POST', '/api/v1/stores', { name: 'Pune warehouse' }, 201)).id;
    ids.customer = (
      await ok<{ id: string }>(
        'POST',
        '/api/v1/customers',
        { legalName: 'Gupta Office Supplies Pvt Ltd', gstin: '27AAGCG4576J1Z6', billingAddress: { line1: '1 Market Road', city: 'Pune', stateCode: '27', postalCode: '411001', country: 'IN' }, paymentTermsDays: 30 },
        201,
      )
    ).id;
    ids.product = (await ok<{ id: string }>('POST', '/api/v1/products', { type: 'goods', baseUnit: 'pcs', sku: 'LAPTOP-14', name: 'Laptop 14 inch', hsnSac: '8471', salePrice: '1000.00' }, 201)).id;
    await ok('POST', '/api/v1/stock/receipts', { storeId: ids.store, date: isoToday(), lines: [{ productId: ids.product, quantity: '20', unitCost: '600.00' }] }, 201);

    // The sales member: invited by the owner, registered, verified and accepted through the API.
    await ok('POST', `/api/v1/tenants/${tenantId}/members`, { email: seller.email, role: 'sales' }, 201);
    const invitation = await mailedInvitationToken(server.dataDir, seller.email);
    expect((await call('POST', '/api/v1/auth/register', { email: seller.email, password: seller.password, name: seller.name }, {}, '')).status).toBe(202);
    const code = await mailedCode(server.dataDir, seller.email, 'verification code');
    await ok('POST', '/api/v1/auth/verify-otp', { email: seller.email, code, purpose: 'verify_email' }, 200, {}, '');
    await ok('POST', `/api/v1/invitations/${invitation}/accept`, undefined, 200, {}, await login(seller));
  });

  it('the sales member quotes 10 laptops at 15 % off: live totals from the API, approval needed', async () => {
    await salesPage.goto(`${server.url}/sign-in`);
    await salesPage.getByLabel('Email').fill(seller.email);
    await salesPage.getByRole('textbox', { name: 'Password', exact: true }).fill(seller.password);
    await salesPage.getByRole('button', { name: 'Sign in' }).click();
    await salesPage.waitForURL(`${server.url}/`);
    const nav = salesPage.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Quotations', exact: true }).waitFor();
    // The sales role cannot approve: no approvals inbox in its navigation.
    expect(await nav.getByRole('link', { name: 'Approvals', exact: true }).count()).toBe(0);

    await openNav(salesPage, 'Quotations', 'Quotations');
    await salesPage.getByTestId('empty-state').waitFor();
    await expectAccessibleBothThemes(salesPage, 'o2c-01-quotations-empty');
    await salesPage.getByTestId('new-quotation').click();
    await salesPage.getByRole('heading', { name: 'New quotation', level: 1 }).waitFor();
    await pick(salesPage, salesPage, /^Customer/, /Gupta Office Supplies/, 'Gupta');
    await pick(salesPage, salesPage, 'Product, line 1', /Laptop 14 inch/, 'Laptop');
    await salesPage.getByLabel('Quantity, line 1').fill('10');
    await salesPage.getByLabel('Discount %, line 1').fill('15');
    // Saved as a draft after a pause; the prices, taxes and totals are the server's.
    await expect.poll(() => salesPage.getByTestId('totals-total').textContent({ timeout: 1_000 }).catch(() => null), { timeout: 10_000 }).toBe('₹10,030.00');
    expect(await salesPage.getByTestId('totals-subtotal').textContent()).toBe('₹10,000.00');
    expect(await salesPage.getByTestId('totals-taxable').textContent()).toBe('₹8,500.00');
    expect(await salesPage.getByTestId('totals').textContent()).toContain('CGST');
    expect(await salesPage.getByTestId('line-amount').textContent()).toBe('₹10,030.00');
    await salesPage.getByTestId('approval-needed').waitFor();
    await expectAccessibleBothThemes(salesPage, 'o2c-02-quotation-editor');

    await salesPage.getByTestId('save-quotation').click();
    await salesPage.waitForURL(/\/sales\/quotations\/[0-9a-f-]{36}$/);
    quotationUrl = salesPage.url();
    await salesPage.getByRole('heading', { name: 'Quotation (draft)', level: 1 }).waitFor();
    expect(await salesPage.getByTestId('quotation-status').first().textContent()).toBe('Draft');
    await salesPage.getByTestId('approval-reasons').waitFor();
    await salesPage.getByTestId('send-quotation').click();
    await expect.poll(() => salesPage.getByTestId('quotation-status').first().textContent()).toBe('Pending approval');
    await salesPage.getByRole('heading', { name: /^Quotation \S+$/, level: 1 }).waitFor();
    expect(await salesPage.getByTestId('approve-quotation').count()).toBe(0);
    expect(await salesPage.getByTestId('convert-quotation').count()).toBe(0);
    await expectAccessibleBothThemes(salesPage, 'o2c-03-quotation-pending');

    // The PDF button downloads the printed quotation: its number, the HSN and the ₹ total.
    const number = ((await salesPage.getByRole('heading', { level: 1 }).textContent()) ?? '').replace(/^Quotation /, '');
    const [download] = await Promise.all([salesPage.waitForEvent('download'), salesPage.getByTestId('download-pdf').click()]);
    const text = await pdfText(await fs.readFile(await download.path()));
    expect(text).toContain(number);
    expect(text).toContain('8471');
    expect(text).toMatch(/10,030\.00/);

    // A direct link to the approvals inbox shows the friendly 403 page to the sales role.
    await salesPage.goto(`${server.url}/sales/approvals`);
    await salesPage.getByRole('heading', { name: 'You do not have access to this page', level: 1 }).waitFor();

    await openNav(salesPage, 'Quotations', 'Quotations');
    const row = salesPage.getByTestId('quotations-row').first();
    expect(await row.getByTestId('quotation-status').textContent()).toBe('Pending approval');
    expect(await row.getByTestId('quotation-total').textContent()).toBe('₹10,030.00');
    await expectAccessibleBothThemes(salesPage, 'o2c-04-quotations');
    expect(salesProblems.filter((p) => !/status of 4\d\d/.test(p))).toEqual([]);
  });

  it('the owner approves it in the approvals inbox and converts it to a confirmed order', async () => {
    await page.reload();
    await openNav(page, 'Approvals', 'Approvals');
    const row = page.getByTestId('approvals-row').filter({ hasText: 'Gupta Office Supplies' });
    await row.waitFor();
    expect(await row.getByTestId('approval-reasons').textContent()).toMatch(/discount/i);
    await expectAccessibleBothThemes(page, 'o2c-05-approvals');
    await row.getByTestId('approve-quotation').click();
    const dialog = page.getByRole('dialog', { name: /^Approve / });
    await dialog.getByLabel('Note (optional)').fill('Volume deal, approved');
    await expectAccessible(page, 'o2c-06-approve-dialog');
    await dialog.getByTestId('decision-ok').click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('empty-state').waitFor();

    await page.goto(quotationUrl);
    await expect.poll(() => page.getByTestId('quotation-status').first().textContent()).toBe('Approved');
    await page.getByTestId('decision').getByText('Volume deal, approved').waitFor();
    expect(await page.getByTestId('revision').count()).toBe(1);
    await expectAccessibleBothThemes(page, 'o2c-07-quotation-approved');
    await page.getByTestId('convert-quotation').click();
    const convert = page.getByRole('dialog', { name: 'Convert to a sales order' });
    await pick(page, convert, 'Store the goods leave from', 'Pune warehouse');
    await expectAccessible(page, 'o2c-08-convert-dialog');
    await convert.getByTestId('convert-ok').click();
    await page.waitForURL(/\/sales\/orders\/[0-9a-f-]{36}$/);
    orderUrl = page.url();
    await expect.poll(() => page.getByTestId('order-status').textContent()).toBe('Confirmed');
    await page.getByTestId('chain-quotation').waitFor();
    await expectAccessibleBothThemes(page, 'o2c-09-order-confirmed');
  });

  it('delivers in two partial delivery notes (4, then the 6 left) and the fulfilment follows', async () => {
    await page.getByTestId('deliver-order').click();
    let dialog = page.getByRole('dialog', { name: 'Deliver' });
    expect(await dialog.getByTestId('deliver-quantity').inputValue()).toMatch(QTY(10));
    await dialog.getByTestId('deliver-quantity').fill('4');
    await expectAccessible(page, 'o2c-10-deliver-dialog');
    await dialog.getByTestId('deliver-ok').click();
    await dialog.waitFor({ state: 'detached' });
    const line = page.getByTestId('order-line').first();
    await expect.poll(() => line.getByTestId('line-delivered').textContent()).toMatch(QTY(4));
    expect(await line.getByTestId('line-to-deliver').textContent()).toMatch(QTY(6));
    await expect.poll(() => page.getByTestId('order-status').textContent()).toBe('Partly delivered');
    await expect.poll(() => page.getByTestId('chain-delivery').count()).toBe(1);

    await page.getByTestId('deliver-order').click();
    dialog = page.getByRole('dialog', { name: 'Deliver' });
    expect(await dialog.getByTestId('deliver-quantity').inputValue()).toMatch(QTY(6));
    await dialog.getByTestId('deliver-ok').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => line.getByTestId('line-delivered').textContent()).toMatch(QTY(10));
    expect(await line.getByTestId('line-to-deliver').textContent()).toMatch(QTY(0));
    await expect.poll(() => page.getByTestId('chain-delivery').count()).toBe(2);
    expect(await page.getByTestId('deliver-order').count()).toBe(0);
    await expectAccessibleBothThemes(page, 'o2c-11-order-delivered');

    await openNav(page, 'Delivery notes', 'Delivery notes');
    await expect.poll(() => page.getByTestId('deliveries-row').count()).toBe(2);
    await expectAccessibleBothThemes(page, 'o2c-12-deliveries');
    await page.getByTestId('deliveries-row').last().getByTestId('delivery-link').click();
    await page.getByRole('heading', { name: /^Delivery note \S+$/, level: 1 }).waitFor();
    deliveryUrl = page.url();
    expect(await page.getByTestId('delivery-quantity').textContent()).toMatch(QTY(4));
    await page.getByTestId('return-delivery').click();
    const returns = page.getByRole('dialog', { name: 'Return goods' });
    await returns.getByLabel('Reason').fill('Check only');
    await expectAccessible(page, 'o2c-13-return-dialog');
    // An empty return is refused in the dialog; cancelling records nothing.
    await returns.getByTestId('return-ok').click();
    await returns.getByRole('alert').getByText('Enter a quantity on at least one line.').waitFor();
    await returns.getByRole('button', { name: 'Cancel' }).click();
    await returns.waitFor({ state: 'detached' });
    await expectAccessibleBothThemes(page, 'o2c-14-delivery-note');
  });

  it('makes one invoice from both delivery notes, issued', async () => {
    await page.goto(orderUrl);
    await page.getByTestId('invoice-order').click();
    const dialog = page.getByRole('dialog', { name: 'Invoice' });
    expect(await dialog.getByRole('radio', { name: /delivery notes/ }).isChecked()).toBe(true);
    expect(await dialog.getByRole('checkbox', { checked: true }).count()).toBe(3); // two notes + "issue at once"
    await expectAccessible(page, 'o2c-15-invoice-dialog');
    await dialog.getByTestId('invoice-ok').click();
    await page.waitForURL(/\/sales\/invoices\/[0-9a-f-]{36}$/);
    invoiceId = /\/sales\/invoices\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
    const invoice = await ok<{ status: string; total: string; lines: { quantity: string; deliveryLineId: string | null }[] }>('GET', `/api/v1/invoices/${invoiceId}`);
    expect(invoice.status).toBe('issued');
    expect(invoice.total).toBe('10030.00');
    expect(invoice.lines.map((l) => l.deliveryLineId !== null)).toEqual([true, true]);
  });

  it('two partial payments on the invoice screen settle the invoice: paid', async () => {
    // The invoice screen (features/sales) records payments against the invoice.
    for (const [amount, reference, due] of [
      ['4000', 'UTR-1', '₹6,030.00'],
      ['6030', 'UTR-2', '₹0.00'],
    ] as const) {
      await page.getByTestId('record-payment').click();
      const dialog = page.getByRole('dialog', { name: 'Record payment' });
      const input = dialog.getByTestId('payment-amount');
      await input.fill(amount);
      await input.blur();
      await dialog.getByLabel('Reference').fill(reference);
      await dialog.getByTestId('save-payment').click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => page.getByTestId('amount-due').textContent()).toBe(due);
      if (reference === 'UTR-1') expect((await ok<{ status: string }>('GET', `/api/v1/invoices/${invoiceId}`)).status).toBe('partly_paid');
    }
    const paid = await ok<{ status: string; amountDue: string; amountPaid: string }>('GET', `/api/v1/invoices/${invoiceId}`);
    expect(paid).toMatchObject({ status: 'paid', amountPaid: '10030.00' });
    expect(paid.amountDue).toMatch(/^0(\.0+)?$/);
    const payments = await ok<{ items: { amount: string; allocations: { invoiceId: string }[] }[] }>('GET', `/api/v1/payments?customerId=${ids.customer}`);
    expect(payments.items.filter((p) => p.allocations.some((a) => a.invoiceId === invoiceId)).map((p) => p.amount).sort()).toEqual(['4000.00', '6030.00']);

    await page.goto(orderUrl);
    await expect.poll(() => page.getByTestId('chain-invoice-status').textContent()).toBe('Paid');
    await expect.poll(() => page.getByTestId('chain-payment').count()).toBe(2);
    const line = page.getByTestId('order-line').first();
    expect(await line.getByTestId('line-invoiced').textContent()).toMatch(QTY(10));
    // Everything delivered and invoiced: the order closes itself.
    await expect.poll(() => page.getByTestId('order-status').textContent()).toBe('Closed');
    await expectAccessibleBothThemes(page, 'o2c-16-order-chain-paid');
  });

  it('stock fell by the 10 delivered; the books balance; receivables are settled; revenue and GST equal the invoice; the invoice PDF', async () => {
    const stock = await ok<{ items: { quantity: string }[] }>('GET', `/api/v1/stock?storeId=${ids.store}&productId=${ids.product}`);
    expect(stock.items.map((s) => s.quantity)).toEqual([expect.stringMatching(QTY(10))]);
    await page.goto(`${server.url}/stock/on-hand?storeId=${ids.store}`);
    await page.getByRole('heading', { name: 'Stock on hand', level: 1 }).waitFor();
    const row = page.getByTestId('stock-row').filter({ hasText: 'Laptop 14 inch' });
    await expect.poll(() => row.getByTestId('stock-quantity').textContent({ timeout: 1_000 }).catch(() => null)).toBe('10');

    const tb = await ok<{ balanced: boolean; totals: { debit: string; credit: string }; accounts: { code: string; name: string; type: string; debit: string; credit: string }[] }>('GET', '/api/v1/reports/trial-balance?includeZero=true');
    expect(tb.balanced).toBe(true);
    expect(tb.totals.debit).toBe(tb.totals.credit);
    const sum = (rows: typeof tb.accounts, side: 'debit' | 'credit') => rows.reduce((n, a) => n + paise(a[side]), 0n);
    // India chart: 1130 Accounts Receivable, 4100 Sales, 2151/2152/2153 Output CGST/SGST/IGST.
    const byCode = (...codes: string[]) => tb.accounts.filter((a) => codes.includes(a.code));
    const receivable = byCode('1130');
    expect(receivable).toHaveLength(1);
    expect(sum(receivable, 'debit') - sum(receivable, 'credit')).toBe(0n);
    const sales = byCode('4100');
    expect(sum(sales, 'credit') - sum(sales, 'debit')).toBe(850000n);
    const gst = byCode('2151', '2152', '2153');
    expect(sum(byCode('2151'), 'credit')).toBe(76500n);
    expect(sum(byCode('2152'), 'credit')).toBe(76500n);

    // The invoice PDF's text (pdftotext, poppler-utils): number, both GSTINs, HSN and the ₹ total.
    const { number } = await ok<{ number: string }>('GET', `/api/v1/invoices/${invoiceId}`);
    const pdf = await fetch(`${server.url}/api/v1/invoices/${invoiceId}/pdf`, { headers: { authorization: `Bearer ${token}` } });
    expect(pdf.headers.get('content-type')).toMatch(/^application\/pdf/);
    const compact = execFileSync('pdftotext', ['-', '-'], { input: Buffer.from(await pdf.arrayBuffer()) })
      .toString('utf8')
      .replace(/\s+/g, '');
    expect(compact).toContain(number.replace(/\s+/g, ''));
    expect(compact).toContain('27AAPFU0939F1ZV');
    expect(compact).toContain('27AAGCG4576J1Z6');
    expect(compact).toContain('8471');
    expect(compact).toContain('₹10,030.00');
    expect(sum(gst, 'credit') - sum(gst, 'debit')).toBe(153000n);
  });

  it('rejects another quotation with a reason in the inbox; revising it makes revision 2 without approval', async () => {
    const sellerToken = await login(seller);
    const q = await ok<{ id: string }>('POST', '/api/v1/quotations', { customerId: ids.customer, lines: [{ productId: ids.product, quantity: '1', discountPercent: '20' }] }, 201, {}, sellerToken);
    await ok('POST', `/api/v1/quotations/${q.id}/send`, {}, 200, {}, sellerToken);
    await openNav(page, 'Approvals', 'Approvals');
    // The rules on the same screen: the discount limit set up earlier, and a total limit added here.
    expect(await page.getByTestId('rule-discount').inputValue()).toMatch(/^10(\.0+)?$/);
    await page.getByTestId('rule-total').fill('50000');
    await page.getByTestId('save-rules').click();
    await page.getByTestId('rules-saved').waitFor();
    expect((await ok<{ maxDiscountPercent: string; maxTotal: string }>('GET', '/api/v1/sales/approval-rules')).maxTotal).toMatch(/^50000(\.0+)?$/);
    const row = page.getByTestId('approvals-row').first();
    await row.waitFor();
    await row.getByTestId('reject-quotation').click();
    const dialog = page.getByRole('dialog', { name: /^Reject / });
    await dialog.getByTestId('decision-ok').click();
    await dialog.getByRole('alert').getByText('Give the reason for rejecting.').waitFor();
    await dialog.getByLabel(/^Reason/).fill('20 % is too much for one laptop');
    await expectAccessible(page, 'o2c-18-reject-dialog');
    await dialog.getByTestId('decision-ok').click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('empty-state').waitFor();

    await page.goto(`${server.url}/sales/quotations/${q.id}`);
    await expect.poll(() => page.getByTestId('quotation-status').first().textContent()).toBe('Rejected');
    await page.getByTestId('decision').getByText('20 % is too much for one laptop').waitFor();
    expect(await page.getByTestId('convert-quotation').count()).toBe(0);
    await page.getByTestId('edit-quotation').click();
    await page.getByRole('heading', { name: /^Edit quotation /, level: 1 }).waitFor();
    await page.getByLabel('Discount %, line 1').fill('5');
    // 1 × ₹1,000 less 5 % = ₹950 + 18 % GST, saved as a new revision while typing.
    await expect.poll(() => page.getByTestId('line-amount').textContent()).toBe('₹1,121.00');
    await page.getByTestId('save-quotation').click();
    await page.waitForURL(`${server.url}/sales/quotations/${q.id}`);
    await expect.poll(() => page.getByTestId('revision').count()).toBe(2);
    expect(await page.getByTestId('quotation-status').first().textContent()).toBe('Draft');
    expect(await page.getByTestId('approval-reasons').count()).toBe(0);
    const revisions = await ok<{ items: { revision: number; quotation: { totals: { total: string } } }[] }>('GET', `/api/v1/quotations/${q.id}/revisions`);
    expect(revisions.items.map((r) => [r.revision, r.quotation.totals.total])).toEqual([
      [1, '944.00'],
      [2, '1121.00'],
    ]);
    await expectAccessibleBothThemes(page, 'o2c-19-quotation-revised');
  });

  it('fits a 375 px phone screen', async () => {
    await fits375(
      page,
      [
        ['/sales/quotations', 'Quotations'],
        ['/sales/quotations/new', 'New quotation'],
        [new URL(quotationUrl).pathname, (await page.goto(quotationUrl).then(() => page.getByRole('heading', { level: 1 }).textContent())) ?? 'Quotation'],
        ['/sales/approvals', 'Approvals'],
        ['/sales/orders', 'Sales orders'],
        [new URL(orderUrl).pathname, (await page.goto(orderUrl).then(() => page.getByRole('heading', { level: 1 }).textContent())) ?? 'Sales order'],
        ['/sales/deliveries', 'Delivery notes'],
        [new URL(deliveryUrl).pathname, (await page.goto(deliveryUrl).then(() => page.getByRole('heading', { level: 1 }).textContent())) ?? 'Delivery note'],
      ],
      'o2c',
    );
    await openNav(page, 'Sales orders', 'Sales orders');
    await expect.poll(() => page.getByTestId('orders-row').count()).toBe(1);
    await expectAccessibleBothThemes(page, 'o2c-17-orders');
  });

  it('ran without console errors or CSP violations', () => {
    const unexpected = problems.filter((p) => !/the server responded with a status of 4\d\d/.test(p));
    expect(unexpected).toEqual([]);
  });
});
