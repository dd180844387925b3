import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowserSession, expectAccessible as a11y, expectAccessibleBothThemes as a11yBothThemes, openBrowserSession, openNav as openNavAt, pickOption, WIDEST_LEAVES } from './browser.js';
import { mailedCode, type E2EServer } from './server.js';

/**
 * Customers, vendors and the catalog in a real browser: a customer refused for a bad GSTIN (the
 * server's field error on the field), then saved with a valid one (state and PAN from the GSTIN
 * check) and an opening balance that its statement shows with the running balance; a vendor; a
 * category and a product with a box of 12; a price list with a quantity break that the product's
 * price check applies; archiving the product. Every new screen passes axe-core in light and dark,
 * and the lists fit 375 px.
 */
describe('web app: customers, vendors and the catalog', () => {
  let server: E2EServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  const owner = { name: 'Ravi Iyer', email: `ravi.parties.${Date.now()}@example.com`, password: 'correct horse battery staple' };
  let customerUrl = '';
  let productUrl = '';
  let priceListUrl = '';

  beforeAll(async () => {
    ({ server, browser, context, page, problems } = await openBrowserSession());
  });

  afterAll(() => closeBrowserSession({ server, browser, context }));

  const expectAccessible = (name: string) => a11y(page, name);

  const expectAccessibleBothThemes = (name: string) => a11yBothThemes(page, name);

  const openNav = (label: string, heading: string) => openNavAt(page, label, heading);

  const pick = (scope: Page | Locator, label: string | RegExp, option: string | RegExp, search?: string) => pickOption(page, scope, label, option, search);

  it('signs up, creates a business and its chart of accounts', async () => {
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
    await page.getByLabel('Business name').fill('Iyer Stores');
    await page.getByRole('button', { name: 'Create business' }).click();
    await page.waitForURL(`${server.url}/`);

    // An opening balance posts to the receivable account: the business needs a chart of accounts.
    await openNav('Chart of accounts', 'Chart of accounts');
    const template = page.getByTestId('template-india');
    await Promise.race([template.waitFor(), page.getByTestId('accounts-asset').waitFor()]);
    if (await template.isVisible()) await template.click();
    await page.getByTestId('accounts-asset').waitFor();
  });

  it('lists no customers yet', async () => {
    await openNav('Customers', 'Customers');
    await page.getByTestId('empty-state').waitFor();
    await expectAccessibleBothThemes('parties-01-customers-empty');
  });

  it('refuses a bad GSTIN on its field, then saves a valid one with state, PAN and an opening balance', async () => {
    await page.getByTestId('new-party').click();
    await page.getByRole('heading', { name: 'New customer', level: 1 }).waitFor();
    await page.getByLabel(/^Legal name/).fill('Kaveri Foods Private Limited');
    await page.getByLabel('Display name').fill('Kaveri Foods');
    await pick(page, /^Registration type/, 'Registered (regular GST)');
    await page.getByText('A GSTIN is required.', { exact: false }).first().waitFor();
    // The right shape, the wrong check character: only the server's check can tell.
    await page.getByTestId('gstin').fill('27AAPFU0939F1ZX');
    await page.getByLabel('Address line 1').first().fill('12 MG Road');
    await page.getByLabel('City').first().fill('Pune');
    const opening = page.getByLabel(/^Opening balance \(INR\)/);
    await opening.fill('25000');
    await opening.blur();
    await page.getByTestId('save-party').click();
    await page.getByTestId('form-errors').waitFor();
    await expect.poll(() => page.getByTestId('gstin').getAttribute('aria-invalid')).toBe('true');
    expect(page.url()).toMatch(/\/customers\/new$/);
    await expectAccessibleBothThemes('parties-02-customer-form-error');

    await page.getByTestId('gstin').fill('27AAPFU0939F1ZV');
    await page.getByTestId('gstin-info').filter({ hasText: 'Maharashtra' }).waitFor();
    await expect.poll(() => page.getByLabel('PAN').inputValue()).toBe('AAPFU0939F');
    await expect.poll(() => page.getByTestId('billingAddress').getByLabel('State', { exact: true }).inputValue()).toContain('Maharashtra');
    await page.getByTestId('save-party').click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    customerUrl = page.url();
    await page.getByRole('heading', { name: 'Kaveri Foods', level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('party-state').textContent()).toContain('Maharashtra');

    // The statement: opening row (nothing before), the opening entry with its running balance, closing.
    const statement = page.getByTestId('statement');
    await statement.getByTestId('statement-line').first().waitFor();
    expect(await statement.getByTestId('statement-line').count()).toBe(1);
    expect(await statement.getByTestId('statement-opening').textContent()).toBe('₹0.00');
    expect(await statement.getByTestId('statement-balance').first().textContent()).toBe('₹25,000.00');
    expect(await statement.getByTestId('statement-closing').textContent()).toBe('₹25,000.00');
    await expectAccessibleBothThemes('parties-03-customer-detail');

    // From tomorrow on, the balance is brought forward as the opening row; the range is in the URL.
    const tomorrow = new Date(Date.now() + 36 * 3600_000).toISOString().slice(0, 10);
    await statement.getByLabel('From').fill(tomorrow);
    await page.waitForURL(new RegExp(`from=${tomorrow}`));
    await expect.poll(() => statement.getByTestId('statement-opening').textContent()).toBe('₹25,000.00');
    expect(await statement.getByTestId('statement-line').count()).toBe(0);
    await page.reload();
    await expect.poll(() => page.getByTestId('statement').getByTestId('statement-opening').textContent()).toBe('₹25,000.00');
  });

  it('finds the customer by GSTIN, suspends and reactivates it', async () => {
    await openNav('Customers', 'Customers');
    await page.getByTestId('list-search').fill('27AAPFU0939F1ZV');
    await page.getByTestId('list-search').press('Enter');
    await page.waitForURL(/q=27AAPFU0939F1ZV/);
    await page.getByTestId('customers').getByRole('link', { name: 'Kaveri Foods' }).waitFor();
    await expectAccessibleBothThemes('parties-04-customers');

    // The owner sets the credit-limit mode above the list; it is the server's setting.
    const mode = page.getByTestId('credit-limit-mode');
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/parties/settings') && r.request().method() === 'PUT' && r.ok());
    await mode.getByText('Block the sale').click();
    await saved;
    await page.reload();
    await expect.poll(() => page.getByTestId('credit-limit-mode').getByRole('radio', { name: 'Block the sale' }).isChecked()).toBe(true);

    await page.goto(customerUrl);
    await page.getByTestId('suspend-party').click();
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => page.getByTestId('party-status').textContent()).toBe('Suspended');
    await page.getByTestId('reactivate-party').click();
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => page.getByTestId('party-status').textContent()).toBe('Active');

    // Editing sends the version read (If-Match); the opening balance is unchanged.
    await page.getByTestId('edit-party').click();
    await page.getByRole('heading', { name: 'Edit Kaveri Foods', level: 1 }).waitFor();
    await page.getByLabel('Display name').fill('Kaveri Foods Pune');
    await page.getByTestId('save-party').click();
    await page.getByRole('heading', { name: 'Kaveri Foods Pune', level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('statement').getByTestId('statement-closing').textContent()).toBe('₹25,000.00');
  });

  it('saves a party with the same GSTIN and shows the duplicate warning', async () => {
    await page.goto(`${server.url}/customers/new`);
    await page.getByLabel(/^Legal name/).fill('Kaveri Foods (second branch)');
    await page.getByTestId('gstin').fill('27AAPFU0939F1ZV');
    await page.getByTestId('gstin-info').waitFor();
    await page.getByTestId('save-party').click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('party-warnings').textContent()).toMatch(/GSTIN/i);
    expect(page.url()).not.toBe(customerUrl);
  });

  it('creates a vendor', async () => {
    await openNav('Vendors', 'Vendors');
    await page.getByTestId('new-party').click();
    await page.getByRole('heading', { name: 'New vendor', level: 1 }).waitFor();
    await page.getByLabel(/^Legal name/).fill('Nilgiri Tea Estates');
    await page.getByTestId('save-party').click();
    await page.waitForURL(/\/vendors\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Nilgiri Tea Estates', level: 1 }).waitFor();
    await openNav('Vendors', 'Vendors');
    await page.getByTestId('vendors').getByRole('link', { name: 'Nilgiri Tea Estates' }).waitFor();
    await expectAccessibleBothThemes('parties-05-vendors');
  });

  it('creates a category and a product sold by the piece and by the box of 12', async () => {
    await openNav('Categories', 'Categories');
    await page.getByTestId('new-category').click();
    const dialog = page.getByRole('dialog', { name: 'New category' });
    await dialog.getByLabel(/^Name/).fill('Beverages');
    await dialog.getByTestId('save-category').click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('categories').getByText('Beverages', { exact: true }).first().waitFor();
    await expectAccessibleBothThemes('catalog-01-categories');

    await openNav('Products and services', 'Products and services');
    await page.getByTestId('empty-state').waitFor();
    await expectAccessibleBothThemes('catalog-02-products-empty');
    await page.getByTestId('new-product').click();
    await page.getByRole('heading', { name: 'New product', level: 1 }).waitFor();
    await page.getByLabel(/^Name/).fill('Masala tea 250 g');
    await page.getByLabel(/^SKU/).fill('TEA-250');
    await pick(page, 'Category', 'Beverages');
    // The HSN picker (the tax screens' component) searches the master; choosing tea fills GST 5%.
    await page.getByLabel('HSN code').fill('0902');
    await page.getByTestId('hsn-option').filter({ hasText: /^0902/ }).first().click();
    await expect.poll(() => page.getByRole('combobox', { name: 'GST rate' }).inputValue()).toBe('5%');
    const price = page.getByLabel(/^Sale price \(INR\)/);
    await price.fill('100');
    await price.blur();
    await page.getByTestId('add-unit').click();
    await pick(page.getByTestId('alternate-unit'), 'Unit', 'Box (box)');
    await page.getByTestId('alternate-unit').getByLabel('pcs in one').fill('12');
    await expectAccessibleBothThemes('catalog-03-product-form');
    await page.getByTestId('save-product').click();
    await page.waitForURL(/\/catalog\/products\/[0-9a-f-]{36}$/);
    productUrl = page.url();
    await page.getByRole('heading', { name: 'Masala tea 250 g', level: 1 }).waitFor();
    await page.getByTestId('product-units').getByText('1 box = 12 pcs').waitFor();
    expect(await page.getByTestId('product-gst').textContent()).toBe('GST rate: 5%');
    // Without a price list, the sale price.
    await expect.poll(() => page.getByTestId('price-unit').textContent()).toBe('₹100.00');
    expect(await page.getByTestId('price-source').textContent()).toContain('sale price');

    // The vendor made earlier supplies it.
    const suppliers = page.getByTestId('suppliers');
    await pick(suppliers, 'Vendor', 'Nilgiri Tea Estates');
    await suppliers.getByLabel('Their SKU').fill('NTE-M250');
    await suppliers.getByRole('button', { name: 'Add supplier' }).click();
    await suppliers.getByText(/Nilgiri Tea Estates · their SKU NTE-M250/).waitFor();
  });

  it('sets a quantity break in a price list and the price check applies it', async () => {
    await openNav('Price lists', 'Price lists');
    await page.getByTestId('empty-state').waitFor();
    await expectAccessibleBothThemes('catalog-04-price-lists-empty');
    await page.getByTestId('new-price-list').click();
    const dialog = page.getByRole('dialog', { name: 'New price list' });
    await dialog.getByLabel(/^Name/).fill('Wholesale');
    await dialog.getByTestId('save-price-list').click();
    await page.getByRole('heading', { name: 'Wholesale', level: 1 }).waitFor();
    priceListUrl = page.url();
    await page.getByTestId('add-price-item').click();
    await pick(page, 'Product, row 1', /Masala tea 250 g/, 'Masala');
    await page.getByLabel('Minimum quantity, row 1').fill('10');
    const price = page.getByLabel('Price, row 1');
    await price.fill('90');
    await price.blur();
    await page.getByTestId('save-price-items').click();
    await page.getByTestId('items-saved').waitFor();
    await expectAccessibleBothThemes('catalog-05-price-list');

    await page.goto(productUrl);
    await page.getByRole('heading', { name: 'Masala tea 250 g', level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('price-unit').textContent()).toBe('₹100.00');
    await page.getByTestId('price-check').getByLabel('Quantity').fill('10');
    await expect.poll(() => page.getByTestId('price-unit').textContent()).toBe('₹90.00');
    expect(await page.getByTestId('price-amount').textContent()).toBe('₹900.00');
    expect(await page.getByTestId('price-source').textContent()).toContain('Wholesale');
    await expectAccessibleBothThemes('catalog-06-product-detail');
  });

  it('archives the product after confirmation', async () => {
    await page.getByTestId('archive-product').click();
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => page.getByTestId('product-status').textContent()).toBe('Archived');
    await openNav('Products and services', 'Products and services');
    await page.getByTestId('products').getByRole('link', { name: 'Masala tea 250 g' }).waitFor();
    await expectAccessibleBothThemes('catalog-07-products');
  });

  it('fits a 375 px phone screen', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    for (const [path, heading] of [
      ['/customers', 'Customers'],
      ['/customers/new', 'New customer'],
      [new URL(customerUrl).pathname, 'Kaveri Foods Pune'],
      ['/vendors', 'Vendors'],
      ['/catalog/products', 'Products and services'],
      ['/catalog/products/new', 'New product'],
      [new URL(productUrl).pathname, 'Masala tea 250 g'],
      ['/catalog/categories', 'Categories'],
      ['/catalog/price-lists', 'Price lists'],
      [new URL(priceListUrl).pathname, 'Wholesale'],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
      // On failure, name the elements that stick out (those without a scrolling ancestor).
      const wide = overflow > 0 ? ((await page.evaluate(WIDEST_LEAVES)) as string) : '';
      expect(overflow, `${path}: ${wide}`).toBeLessThanOrEqual(0);
      await expectAccessible(`parties-catalog-375${path.replace(/\//g, '-')}`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('ran without console errors or CSP violations', () => {
    // The refused GSTIN is logged as a failed load.
    const unexpected = problems.filter((p) => !/the server responded with a status of 4\d\d/.test(p));
    expect(unexpected).toEqual([]);
  });
});
