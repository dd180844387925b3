import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowserSession, expectAccessible as a11y, expectAccessibleBothThemes as a11yBothThemes, openBrowserSession, openNav as openNavAt, pickOption, WIDEST_LEAVES } from './browser.js';
import { mailedCode, type E2EServer } from './server.js';

/**
 * Stock in a real browser: a business on the India chart with two stores; a product received into
 * the first store (10 @ ₹100), half of it dispatched to the second store and received there, a
 * count of the first store that finds one missing (posted after a confirmation), an adjustment up
 * in the second store at a new cost, and the stock value each screen shows, to the paisa. The
 * reorder report lists the product below its level. Every screen passes axe-core in light and
 * dark, and fits 375 px.
 */
describe('web app: stock by store, transfers, counts and the reorder report', () => {
  let server: E2EServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  const owner = { name: 'Meena Pillai', email: `meena.stock.${Date.now()}@example.com`, password: 'correct horse battery staple' };
  let productUrl = '';
  let ledgerUrl = '';
  let countUrl = '';

  beforeAll(async () => {
    ({ server, browser, context, page, problems } = await openBrowserSession());
  });

  afterAll(() => closeBrowserSession({ server, browser, context }));

  const expectAccessible = (name: string) => a11y(page, name);
  const expectAccessibleBothThemes = (name: string) => a11yBothThemes(page, name);
  const openNav = (label: string, heading: string) => openNavAt(page, label, heading);

  const pick = (scope: Page | Locator, label: string | RegExp, option: string | RegExp, search?: string) => pickOption(page, scope, label, option, search);

  /** Stock on hand of the product in a store (quantity, value) and the store's total, as the screen shows them. */
  async function expectStock(store: string, expected: { quantity: string; value: string; total: string }) {
    await page.goto(`${server.url}/stock/on-hand`);
    await page.getByRole('heading', { name: 'Stock on hand', level: 1 }).waitFor();
    await pick(page, 'Store', store);
    await expect.poll(() => page.getByRole('textbox', { name: 'Store' }).or(page.getByRole('combobox', { name: 'Store' })).first().inputValue()).toBe(store);
    const row = page.getByTestId('stock-row').filter({ hasText: 'Masala tea 250 g' });
    const text = (l: Locator) => l.textContent({ timeout: 1_000 }).catch(() => null);
    await expect
      .poll(async () => ({ quantity: await text(row.getByTestId('stock-quantity')), value: await text(row.getByTestId('stock-value')), total: await text(page.getByTestId('store-stock-value')) }), { timeout: 10_000 })
      .toEqual(expected);
  }

  it('signs up, creates a business on the India chart, upgrades and adds two stores', async () => {
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
    await page.getByLabel('Business name').fill('Pillai Traders');
    await page.getByRole('button', { name: 'Create business' }).click();
    await page.waitForURL(`${server.url}/`);

    // Stock moves post to the inventory accounts: the business needs a chart of accounts.
    await openNav('Chart of accounts', 'Chart of accounts');
    const template = page.getByTestId('template-india');
    await Promise.race([template.waitFor(), page.getByTestId('accounts-asset').waitFor()]);
    if (await template.isVisible()) await template.click();
    await page.getByTestId('accounts-asset').waitFor();

    // The free plan has one store; two need the Standard plan.
    await openNav('Plan and limits', 'Plan and limits');
    await page.getByTestId('plan-standard').getByRole('button', { name: 'Switch to Standard' }).click();
    await page.getByRole('dialog', { name: 'Switch to Standard' }).getByRole('button', { name: 'Switch to Standard' }).click();
    await expect.poll(() => page.getByTestId('current-plan').textContent()).toBe('Standard');

    await openNav('Stores', 'Stores and branches');
    for (const name of ['Kochi warehouse', 'Ernakulam shop']) {
      await page.getByRole('button', { name: 'New store' }).click();
      const dialog = page.getByRole('dialog', { name: 'New store' });
      await dialog.getByLabel('Name').fill(name);
      await dialog.getByRole('button', { name: 'Create store' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByTestId('store').filter({ hasText: name }).waitFor();
    }
  });

  it('adds a product that tracks stock and shows no stock yet', async () => {
    await page.goto(`${server.url}/catalog/products/new`);
    await page.getByRole('heading', { name: 'New product', level: 1 }).waitFor();
    await page.getByLabel(/^Name/).fill('Masala tea 250 g');
    await page.getByLabel(/^SKU/).fill('TEA-250');
    await page.getByTestId('save-product').click();
    await page.waitForURL(/\/catalog\/products\/[0-9a-f-]{36}$/);
    productUrl = page.url();
    await page.getByRole('heading', { name: 'Masala tea 250 g', level: 1 }).waitFor();

    await openNav('Stock on hand', 'Stock on hand');
    await pick(page, 'Store', 'Kochi warehouse');
    await page.getByTestId('empty-state').waitFor();
    await expectAccessibleBothThemes('inventory-01-stock-empty');
  });

  it('receives 10 at ₹100 into the first store: quantity, value and the store total', async () => {
    await page.getByTestId('receive-stock').click();
    await page.getByRole('heading', { name: 'Receive stock', level: 1 }).waitFor();
    await pick(page, /^Store/, 'Kochi warehouse');
    await pick(page, 'Product, line 1', /Masala tea 250 g/, 'Masala');
    await page.getByLabel('Quantity, line 1').fill('10');
    const cost = page.getByLabel('Unit cost, line 1');
    await cost.fill('100');
    await cost.blur();
    await expectAccessibleBothThemes('inventory-02-receive-form');
    await page.getByTestId('save-move').click();
    await page.waitForURL(/\/stock\/on-hand\?storeId=/);
    const row = page.getByTestId('stock-row').filter({ hasText: 'Masala tea 250 g' });
    await row.waitFor();
    expect(await row.getByTestId('stock-quantity').textContent()).toBe('10');
    expect(await row.getByTestId('stock-value').textContent()).toBe('₹1,000.00');
    await expect.poll(() => page.getByTestId('store-stock-value').textContent()).toBe('₹1,000.00');
    await expectAccessibleBothThemes('inventory-03-stock');
  });

  it("opens the product's stock ledger from the product screen", async () => {
    await page.goto(productUrl);
    await page.getByTestId('stock-ledger-link').click();
    await page.getByRole('heading', { name: 'Stock ledger: Masala tea 250 g', level: 1 }).waitFor();
    ledgerUrl = page.url();
    const line = page.getByTestId('stock-ledger-row');
    await expect.poll(() => line.count()).toBe(1);
    expect(await line.getByTestId('move-kind').textContent()).toBe('Receipt');
    expect(await line.getByTestId('running-quantity').textContent()).toBe('10');
    expect(await line.getByTestId('running-value').textContent()).toBe('₹1,000.00');
    await expectAccessibleBothThemes('inventory-04-stock-ledger');
  });

  it('dispatches half to the second store, then receives it there', async () => {
    await openNav('Transfers', 'Transfers');
    await page.getByTestId('empty-state').waitFor();
    await expectAccessibleBothThemes('inventory-05-transfers-empty');
    await page.getByTestId('new-transfer').click();
    await page.getByRole('heading', { name: 'New transfer', level: 1 }).waitFor();
    await pick(page, /^From store/, 'Kochi warehouse');
    await pick(page, /^To store/, 'Ernakulam shop');
    await page.getByLabel('Dispatch now, receive later (in transit)').check();
    await pick(page, 'Product, line 1', /Masala tea 250 g/, 'Masala');
    await page.getByLabel('Quantity, line 1').fill('5');
    await expectAccessibleBothThemes('inventory-06-transfer-form');
    await page.getByTestId('save-transfer').click();
    await page.waitForURL(/\/stock\/transfers$/);
    const row = page.getByTestId('transfers-row').first();
    await expect.poll(() => row.getByTestId('transfer-status').textContent()).toBe('In transit');
    expect(await row.getByTestId('transfer-value').textContent()).toBe('₹500.00');
    await expectAccessibleBothThemes('inventory-07-transfers-in-transit');

    await row.getByTestId('receive-transfer').click();
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => row.getByTestId('transfer-status').textContent()).toMatch(/^Received/);

    await expectStock('Kochi warehouse', { quantity: '5', value: '₹500.00', total: '₹500.00' });
    await expectStock('Ernakulam shop', { quantity: '5', value: '₹500.00', total: '₹500.00' });
  });

  it('counts the first store, finds one missing, and posts the count after confirmation', async () => {
    await openNav('Stock counts', 'Stock counts');
    await page.getByTestId('empty-state').waitFor();
    await expectAccessibleBothThemes('inventory-08-counts-empty');
    await pick(page, 'Store to count', 'Kochi warehouse');
    await page.getByTestId('start-count').click();
    await page.getByRole('heading', { name: 'Stock count: Kochi warehouse', level: 1 }).waitFor();
    countUrl = page.url();
    const line = page.getByTestId('count-line').filter({ hasText: 'Masala tea 250 g' });
    await line.waitFor();
    expect(await line.locator('td').nth(1).textContent()).toBe('5');
    const input = line.getByTestId('count-input');
    await input.fill('4');
    await input.press('Enter');
    await expect.poll(() => line.getByTestId('count-difference').textContent()).toBe('-1');
    expect(await line.getByTestId('count-impact').textContent()).toBe('-₹100.00');
    expect(await page.getByTestId('count-total-impact').textContent()).toBe('-₹100.00');
    await page.getByTestId('save-count').click();
    await page.getByTestId('count-saved').waitFor();
    await expectAccessibleBothThemes('inventory-09-count-sheet');

    // Posting asks first; cancelling changes nothing.
    await page.getByTestId('post-count').click();
    await page.getByTestId('confirm-cancel').click();
    expect(await page.getByTestId('count-status').textContent()).toBe('Open');
    await page.getByTestId('post-count').click();
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('count-posted').waitFor();
    await expect.poll(() => page.getByTestId('count-status').textContent()).toBe('Posted');
    expect(await page.getByTestId('count-posted').textContent()).toContain('1 adjustment posted');

    await expectStock('Kochi warehouse', { quantity: '4', value: '₹400.00', total: '₹400.00' });
    await openNav('Stock counts', 'Stock counts');
    await page.getByTestId('counts-row').filter({ hasText: 'Posted' }).waitFor();
    await expectAccessibleBothThemes('inventory-10-counts');
  });

  it('adjusts the second store up by one at ₹110 with a reason', async () => {
    await page.goto(`${server.url}/stock/moves/new?kind=adjustment`);
    await page.getByRole('heading', { name: 'Adjust stock', level: 1 }).waitFor();
    await pick(page, /^Store/, 'Ernakulam shop');
    await page.getByLabel(/^Reason/).fill('Found behind the counter');
    await pick(page, 'Product, line 1', /Masala tea 250 g/, 'Masala');
    await page.getByLabel('Quantity, line 1').fill('1');
    const cost = page.getByLabel('Unit cost, line 1');
    await cost.fill('110');
    await cost.blur();
    await expectAccessibleBothThemes('inventory-11-adjust-form');
    await page.getByTestId('save-move').click();
    await page.waitForURL(/\/stock\/on-hand\?storeId=/);
    await expectStock('Ernakulam shop', { quantity: '6', value: '₹610.00', total: '₹610.00' });

    // The ledger across stores: receipt, transfer out and in, the count's adjustment, this one.
    await page.goto(ledgerUrl);
    await expect.poll(() => page.getByTestId('stock-ledger-row').count()).toBe(5);
    expect(await page.getByTestId('running-quantity').last().textContent()).toBe('10');
    expect(await page.getByTestId('running-value').last().textContent()).toBe('₹1,010.00');
  });

  it('sets a reorder level; the reorder report and the stock screen show the product below it', async () => {
    await openNav('Reorder report', 'Reorder report');
    await page.getByTestId('empty-state').waitFor();
    await pick(page.locator('form[aria-labelledby="set-level-title"]'), 'Store', 'Kochi warehouse');
    await pick(page, 'Product', /Masala tea 250 g/, 'Masala');
    await page.getByLabel('Reorder level', { exact: true }).fill('5');
    await page.getByTestId('save-level').click();
    await page.getByTestId('level-saved').waitFor();
    const row = page.getByTestId('reorder-row').filter({ hasText: 'Masala tea 250 g' });
    await row.waitFor();
    expect(await row.getByTestId('reorder-quantity').textContent()).toBe('4');
    await row.getByTestId('low-stock').waitFor();
    expect(await row.textContent()).toContain('Kochi warehouse');
    await expectAccessibleBothThemes('inventory-12-reorder');

    // Raising the second store's stock above a level keeps it off the report.
    await pick(page.locator('form[aria-labelledby="set-level-title"]'), 'Store', 'Ernakulam shop');
    await pick(page, 'Product', /Masala tea 250 g/, 'Masala');
    await page.getByLabel('Reorder level', { exact: true }).fill('2');
    await page.getByTestId('save-level').click();
    await page.getByTestId('level-saved').waitFor();
    expect(await page.getByTestId('reorder-row').count()).toBe(1);

    await expectStock('Kochi warehouse', { quantity: '4', value: '₹400.00', total: '₹400.00' });
    await page.getByTestId('stock-row').filter({ hasText: 'Masala tea 250 g' }).getByTestId('low-stock').waitFor();
  });

  it('shows the inventory settings: FIFO, fixed once stock moved', async () => {
    await openNav('Inventory settings', 'Inventory settings');
    expect(await page.getByLabel(/^FIFO/).isChecked()).toBe(true);
    await page.getByLabel(/^Moving average/).check();
    await page.getByTestId('save-settings').click();
    await page.getByTestId('form-errors').getByText(/stock has moved already/i).waitFor();
    await page.getByLabel(/^FIFO/).check();
    await page.getByTestId('allow-negative').check();
    await page.getByTestId('save-settings').click();
    await page.getByTestId('settings-saved').waitFor();
    await page.reload();
    await expect.poll(() => page.getByTestId('allow-negative').isChecked()).toBe(true);
    await expectAccessibleBothThemes('inventory-13-settings');
  });

  it('fits a 375 px phone screen', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    for (const [path, heading] of [
      ['/stock/on-hand', 'Stock on hand'],
      [new URL(ledgerUrl).pathname, 'Stock ledger: Masala tea 250 g'],
      ['/stock/moves/new', 'Receive stock'],
      ['/stock/transfers', 'Transfers'],
      ['/stock/transfers/new', 'New transfer'],
      ['/stock/counts', 'Stock counts'],
      [new URL(countUrl).pathname, 'Stock count: Kochi warehouse'],
      ['/stock/reorder', 'Reorder report'],
      ['/stock/settings', 'Inventory settings'],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
      const wide = overflow > 0 ? ((await page.evaluate(WIDEST_LEAVES)) as string) : '';
      expect(overflow, `${path}: ${wide}`).toBeLessThanOrEqual(0);
      await expectAccessible(`inventory-375${path.replace(/\//g, '-')}`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('ran without console errors or CSP violations', () => {
    // The refused valuation change is logged as a failed load.
    const unexpected = problems.filter((p) => !/the server responded with a status of 4\d\d/.test(p));
    expect(unexpected).toEqual([]);
  });
});
