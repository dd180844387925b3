import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { animationsSettled, expectAccessible as a11y, expectAccessibleBothThemes as a11yBothThemes, launchChromium, openNav as openNavAt, screenshot, watchPage } from './browser.js';
import { mailedCode, startServer, type E2EServer } from './server.js';

/**
 * The tax screens in a real browser, for a fresh Indian business: the GST registration with its
 * live GSTIN lookup; HSN/SAC search ("rice" → 1006 at 5%) in the browser and the picker; a tax
 * rate refused with a field error, then created; TDS under 194C crossing the yearly threshold;
 * the calculator for an intra-state 18% line (CGST 9% + SGST 9%) and an inter-state one (IGST
 * 18%); a group whose components are reordered, deleted after confirming; the business's own
 * rate for a published code; a TDS deduction recorded for a vendor; a UK business's country
 * defaults and VAT 20% in the calculator. Every screen passes axe-core in light and dark and
 * fits 375 px.
 */
describe('web app: tax', () => {
  let server: E2EServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  const owner = { name: 'Ravi Iyer', email: `ravi.tax.${Date.now()}@example.com`, password: 'correct horse battery staple' };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', locale: 'en-IN', timezoneId: 'Asia/Kolkata' });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    problems = watchPage(page);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const expectAccessible = (name: string) => a11y(page, name);

  const expectAccessibleBothThemes = (name: string) => a11yBothThemes(page, name);

  /** At 375 px the page does not scroll sideways (wide tables scroll inside their box). */
  async function expectFitsPhone(name: string) {
    await page.setViewportSize({ width: 375, height: 760 });
    await animationsSettled(page);
    await screenshot(page, `${name}-375`);
    expect((await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });
  }

  const openNav = (label: string, heading: string) => openNavAt(page, label, heading);

  it('signs up and creates an Indian business', async () => {
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
    await page.getByLabel('Business name').fill('Iyer Traders');
    await page.getByRole('button', { name: 'Create business' }).click();
    await page.waitForURL(`${server.url}/`);
  });

  it('saves the GST registration, with the GSTIN looked up as it is typed', async () => {
    await openNav('Tax registration', 'Tax registration');
    const gstin = page.getByTestId('gstin');
    await gstin.fill('27AAPFU0939F1ZX');
    await page.getByTestId('gstin-lookup').getByText('Not a valid GSTIN').waitFor();
    await gstin.fill('27AAPFU0939F1ZV');
    const lookup = page.getByTestId('gstin-lookup');
    await lookup.getByText('A valid GSTIN', { exact: true }).waitFor();
    expect(await lookup.textContent()).toContain('Maharashtra');
    expect(await lookup.textContent()).toContain('PAN AAPFU0939F');
    expect(await page.getByTestId('gst-state').inputValue()).toBe('27 · Maharashtra');
    await page.getByRole('button', { name: 'Save registration' }).click();
    await page.getByText('The GST registration is saved.').waitFor();
    expect(await page.getByTestId('registration-type').inputValue()).toBe('Regular taxpayer');
    await expectAccessibleBothThemes('tax-01-registration');
    await expectFitsPhone('tax-01-registration');
  });

  it('finds rice (1006, 5%) in the HSN/SAC browser and shows its rate history', async () => {
    await openNav('HSN/SAC codes', 'HSN/SAC codes');
    await page.getByTestId('list-search').fill('rice');
    await expect.poll(() => page.url()).toMatch(/[?&]q=rice/);
    const row = page.getByTestId('hsn-row').filter({ has: page.getByTestId('hsn-code').getByText('1006', { exact: true }) });
    await row.waitFor();
    expect(await row.getByTestId('hsn-rate').textContent()).toBe('5%');
    await row.getByTestId('hsn-code').click();
    await expect.poll(() => page.url()).toMatch(/[?&]code=(%22)?1006(%22)?(&|$)/);
    const detail = page.getByTestId('hsn-detail');
    await detail.getByRole('table', { name: 'Rate history' }).waitFor();
    expect(await detail.getByTestId('hsn-detail-rate').textContent()).toContain('GST 5%');
    await expectAccessibleBothThemes('tax-02-hsn');
    await expectFitsPhone('tax-02-hsn');
  });

  it('refuses a rate with a malformed percent next to the field, then creates it', async () => {
    await openNav('Tax rates', 'Tax rates');
    await page.getByTestId('new-rate').click();
    const dialog = page.getByRole('dialog', { name: 'New tax rate' });
    await dialog.getByLabel('Code').fill('LBT');
    await dialog.getByLabel('Name').fill('Local body tax');
    await dialog.getByLabel('Percent').fill('2.5.1');
    await dialog.getByRole('button', { name: 'Create rate' }).click();
    const percent = dialog.getByLabel('Percent');
    await expect.poll(() => percent.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible('tax-03-rate-form-error');
    // The refused request is logged by the browser; nothing else may be.
    expect(problems.splice(0)).toEqual([expect.stringContaining('400')]);
    await percent.fill('2.5');
    await dialog.getByRole('button', { name: 'Create rate' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByTestId('rates-row').filter({ hasText: 'LBT' });
    await row.waitFor();
    expect(await row.getByTestId('rate-percent').textContent()).toBe('2.5%');
    await expectAccessibleBothThemes('tax-04-rates');
    await expectFitsPhone('tax-04-rates');
  });

  it('computes TDS under 194C when a payment takes the year past ₹1,00,000', async () => {
    await openNav('TDS/TCS', 'TDS and TCS');
    await page.getByTestId('tds-sections-row').filter({ hasText: '194C' }).first().waitFor();
    await page.getByTestId('tds-amount').fill('20000');
    await page.getByTestId('tds-ytd').fill('90000');
    await page.getByTestId('tds-pan').fill('ABCPK1234A');
    await page.getByRole('button', { name: 'Compute' }).click();
    const result = page.getByTestId('tds-result');
    await result.waitFor();
    // Individual contractor (PAN's fourth letter P): 1% of the whole year's ₹1,10,000.
    expect(await result.getByTestId('tds-deduction').textContent()).toBe('₹1,100.00');
    expect(await result.textContent()).toContain('194C');
    await expectAccessibleBothThemes('tax-05-tds');
    await expectFitsPhone('tax-05-tds');
  });

  it('calculates an intra-state 18% line as CGST 9% + SGST 9%, and an inter-state one as IGST 18%', async () => {
    await openNav('Tax calculator', 'Tax calculator');
    const picker = page.getByTestId('calc-hsn');
    // The picker searches by words: rice is 1006 at 5%.
    await picker.fill('rice');
    const rice = page.getByRole('option').filter({ hasText: '1006' });
    await rice.waitFor();
    expect(await rice.textContent()).toContain('GST 5%');
    await expectAccessible('tax-06-hsn-picker');
    // …and by code prefix, picked with the keyboard.
    await picker.fill('8471');
    await page.getByRole('option').filter({ hasText: 'GST 18%' }).first().waitFor();
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await expect.poll(() => picker.inputValue()).toMatch(/^8471/);
    await page.getByText('GST 18% today').waitFor();
    await page.getByTestId('calc-amount').fill('1000');
    await page.getByRole('button', { name: 'Calculate' }).click();
    const result = page.getByTestId('gst-result');
    await result.waitFor();
    expect(await result.getByTestId('supply-type').textContent()).toContain('Intra-state');
    expect(await result.getByTestId('line-cgst').textContent()).toBe('9% ₹90.00');
    expect(await result.getByTestId('line-sgst').textContent()).toBe('9% ₹90.00');
    expect(await result.getByTestId('total-igst').textContent()).toBe('₹0.00');
    expect(await result.getByTestId('invoice-total').textContent()).toBe('₹1,180.00');
    await expectAccessibleBothThemes('tax-07-calculator-intra');

    const buyer = page.getByTestId('buyer-state');
    await buyer.click();
    await buyer.fill('Karnataka');
    await page.getByRole('option', { name: '29 · Karnataka' }).click();
    await page.getByRole('button', { name: 'Calculate' }).click();
    await result.getByTestId('supply-type').getByText(/Inter-state/).waitFor();
    expect(await result.getByTestId('line-igst').textContent()).toBe('18% ₹180.00');
    expect(await result.getByTestId('total-cgst').textContent()).toBe('₹0.00');
    expect(await result.getByTestId('total-tax').textContent()).toBe('₹180.00');
    await expectAccessibleBothThemes('tax-08-calculator-inter');
    await expectFitsPhone('tax-08-calculator');
    expect(problems).toEqual([]);
  });

  it('builds a group of two rates in a chosen order, and deletes it after confirming', async () => {
    await openNav('Tax rates', 'Tax rates');
    await page.getByTestId('new-rate').click();
    const rateDialog = page.getByRole('dialog', { name: 'New tax rate' });
    await rateDialog.getByLabel('Code').fill('ENT');
    await rateDialog.getByLabel('Name').fill('Entry tax');
    await rateDialog.getByLabel('Percent').fill('1');
    await rateDialog.getByRole('button', { name: 'Create rate' }).click();
    await rateDialog.waitFor({ state: 'detached' });

    await page.getByTestId('new-group').click();
    const dialog = page.getByRole('dialog', { name: 'New tax group' });
    await dialog.getByLabel('Code').fill('LOCAL');
    await dialog.getByLabel('Name').fill('Local levies');
    for (const code of ['LBT', 'ENT']) {
      await dialog.getByRole('textbox', { name: 'Add a rate' }).or(dialog.getByRole('combobox', { name: 'Add a rate' })).first().click();
      await page.getByRole('option', { name: new RegExp(`^${code} `) }).click();
    }
    await expect.poll(() => dialog.getByTestId('group-component').allTextContents()).toEqual([expect.stringMatching(/^1\. LBT/), expect.stringMatching(/^2\. ENT/)]);
    await dialog.getByRole('button', { name: 'Move ENT up' }).click();
    await expect.poll(() => dialog.getByTestId('group-component').allTextContents()).toEqual([expect.stringMatching(/^1\. ENT/), expect.stringMatching(/^2\. LBT/)]);
    await expectAccessible('tax-09-group-form');
    await dialog.getByRole('button', { name: 'Create group' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByTestId('groups-row').filter({ hasText: 'LOCAL' });
    await row.getByText('ENT 1% → LBT 2.5%').waitFor();

    await row.getByRole('button', { name: 'Delete group LOCAL' }).click();
    await page.getByTestId('confirm-dialog').getByText('Delete the group LOCAL?').waitFor();
    await expectAccessible('tax-10-delete-group-confirm');
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('groups-empty').waitFor();
    expect(problems).toEqual([]);
  });

  it("adds the business's own rate for a published code, shown in the history, then deletes it", async () => {
    await openNav('HSN/SAC codes', 'HSN/SAC codes');
    await page.getByTestId('new-hsn').click();
    const dialog = page.getByRole('dialog', { name: 'Add an HSN/SAC code or your own rate' });
    await dialog.getByLabel('Code').fill('9998');
    await dialog.getByRole('textbox', { name: 'Kind' }).or(dialog.getByRole('combobox', { name: 'Kind' })).first().click();
    await page.getByRole('option', { name: 'Services (SAC)' }).click();
    await dialog.getByLabel('GST rate').fill('5');
    await dialog.getByRole('textbox', { name: 'Description' }).fill('Domestic help (our rate)');
    await dialog.getByRole('button', { name: 'Add code' }).click();
    await dialog.waitFor({ state: 'detached' });
    const detail = page.getByTestId('hsn-detail');
    await detail.getByText('(your rate)').waitFor();
    expect(await detail.getByTestId('hsn-detail-rate').textContent()).toContain('GST 5%');
    expect(await detail.getByRole('table', { name: 'Rate history' }).textContent()).toContain('Yours');
    await expectAccessibleBothThemes('tax-11-own-code');

    await detail.getByRole('button', { name: 'Delete your code' }).click();
    await page.getByTestId('confirm-ok').click();
    await expect.poll(async () => detail.getByTestId('hsn-detail-rate').textContent()).not.toContain('your rate');
    expect(problems).toEqual([]);
  });

  it('records a TDS deduction for a vendor and lists it', async () => {
    await page.goto(`${server.url}/vendors/new`);
    await page.getByLabel('Legal name').fill('Kumar Builders');
    await page.getByRole('textbox', { name: 'PAN' }).fill('ABCPK1234A');
    await page.getByTestId('save-party').click();
    await expect.poll(() => page.url()).toMatch(/\/vendors\/[0-9a-f-]{36}/);

    await openNav('TDS/TCS', 'TDS and TCS');
    await page.getByTestId('record-deduction').click();
    const form = page.getByRole('form', { name: 'Record a deduction' });
    await form.getByRole('textbox', { name: 'Vendor' }).or(form.getByRole('combobox', { name: 'Vendor' })).first().click();
    await page.getByRole('option', { name: 'Kumar Builders' }).click();
    expect(await form.getByRole('textbox', { name: 'PAN' }).inputValue()).toBe('ABCPK1234A');
    await form.getByLabel(/^Amount paid/).fill('40000');
    await form.getByLabel('Reference').fill('RA bill 1');
    await form.getByRole('button', { name: 'Record deduction' }).click();
    // One payment above ₹30,000: 1% for an individual contractor.
    await form.getByRole('status').getByText(/Deduct ₹400\.00 = 1% of ₹40,000\.00/).waitFor();
    const row = page.getByTestId('deductions-row').filter({ hasText: 'RA bill 1' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Kumar Builders');
    await expectAccessibleBothThemes('tax-14-tds-recorded');
    expect(problems).toEqual([]);
  });

  it('a UK business adds its country defaults and computes VAT 20% in the calculator', async () => {
    const uk = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', locale: 'en-GB', timezoneId: 'Europe/London' });
    uk.setDefaultTimeout(10_000);
    const previous = page;
    page = await uk.newPage();
    const ukProblems = watchPage(page);
    try {
      const email = `wendy.tax.${Date.now()}@example.com`;
      await page.goto(`${server.url}/sign-up`);
      await page.getByLabel('Your name').fill('Wendy Clarke');
      await page.getByLabel('Email').fill(email);
      await page.getByRole('textbox', { name: 'Password', exact: true }).fill(owner.password);
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.waitForURL(/\/verify\?email=/);
      await page.getByLabel('Verification code').fill(await mailedCode(server.dataDir, email, 'verification code'));
      await page.getByRole('button', { name: 'Verify' }).click();
      await page.getByText('Email verified. Sign in to continue.').waitFor();
      await page.getByRole('textbox', { name: 'Password', exact: true }).fill(owner.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/onboarding$/);
      await page.getByLabel('Business name').fill('Clarke Ltd');
      await page.getByRole('textbox', { name: 'Country' }).or(page.getByRole('combobox', { name: 'Country' })).first().click();
      await page.getByRole('option', { name: 'United Kingdom' }).click();
      await page.getByRole('button', { name: 'Create business' }).click();
      await page.waitForURL(`${server.url}/`);

      await openNav('Tax registration', 'Tax registration');
      await page.getByTestId('seed-defaults').click();
      await page.getByRole('status').filter({ hasText: 'Defaults added' }).getByText(/3 rates and 3 groups added/).waitFor();
      await expectAccessibleBothThemes('tax-12-registration-uk');

      await openNav('Tax calculator', 'Tax calculator');
      await page.getByRole('textbox', { name: 'Tax, line 1' }).or(page.getByRole('combobox', { name: 'Tax, line 1' })).first().click();
      await page.getByRole('option', { name: 'VAT20 (20%)' }).click();
      await page.getByTestId('calc-amount').fill('100');
      await page.getByRole('button', { name: 'Calculate' }).click();
      const result = page.getByTestId('vat-result');
      await result.waitFor();
      expect(await result.locator('tfoot').textContent()).toContain('£20.00');
      expect(await result.locator('tfoot').textContent()).toContain('£120.00');
      await expectAccessibleBothThemes('tax-13-calculator-vat');
      await expectFitsPhone('tax-13-calculator-vat');
      expect(ukProblems).toEqual([]);
    } finally {
      await uk.close();
      page = previous;
    }
  });
});
