import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible as a11y, expectAccessibleBothThemes as a11yBothThemes, launchChromium, openNav as openNavAt, watchPage } from './browser.js';
import { mailedCode, startServer, type E2EServer } from './server.js';

/**
 * The ledger in a real browser: record an expense through quick entry and find it in the
 * transactions list (search in the URL), the general ledger (running balance, drill-down to the
 * entry) and the trial balance (totals equal); post a journal entry whose indicator flips from
 * unbalanced to balanced, then reverse it; the account screen with its chart; lock date and
 * year-end close. Every ledger screen passes axe-core in light and dark, and fits 375 px.
 */
describe('web app: the ledger', () => {
  let server: E2EServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  const owner = { name: 'Asha Sharma', email: `asha.ledger.${Date.now()}@example.com`, password: 'correct horse battery staple' };

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

  const openNav = (label: string, heading: string) => openNavAt(page, label, heading);

  /** Picks an option of a searchable Mantine select by typing part of it. */
  async function pick(label: string | RegExp, search: string, option: string) {
    const input = page.getByRole('textbox', { name: label }).or(page.getByRole('combobox', { name: label })).first();
    await input.click();
    await input.fill(search);
    await page.getByRole('option', { name: option }).click();
  }

  it('signs up and creates a business with a chart of accounts', async () => {
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
    await page.getByLabel('Business name').fill('Sharma Traders');
    await page.getByRole('button', { name: 'Create business' }).click();
    await page.waitForURL(`${server.url}/`);

    await openNav('Chart of accounts', 'Chart of accounts');
    // Onboarding may already have applied a template; if not, the empty state offers them.
    const template = page.getByTestId('template-india');
    await Promise.race([template.waitFor(), page.getByTestId('accounts-asset').waitFor()]);
    if (await template.isVisible()) {
      await expectAccessible('ledger-01-accounts-empty');
      await template.click();
    }
    await page.getByTestId('accounts-asset').getByRole('link', { name: 'Bank Account' }).waitFor();
    expect(await page.getByTestId('accounts-expense').getByText('5200', { exact: true }).count()).toBe(1);
    await expectAccessibleBothThemes('ledger-02-accounts');
  });

  it('creates an account through the form, with field errors from the problem document', async () => {
    await page.getByTestId('new-account').click();
    const dialog = page.getByRole('dialog', { name: 'New account' });
    await dialog.getByLabel('Code').fill('5200');
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Office rent');
    await dialog.getByRole('button', { name: 'Create account' }).click();
    // A duplicate code is refused by the server; the form stays open with the problem shown.
    await dialog.getByRole('alert').or(dialog.locator('[aria-invalid="true"]')).first().waitFor();
    await expectAccessible('ledger-03-account-form-error');
    await dialog.getByLabel('Code').fill('5250');
    await dialog.getByRole('button', { name: 'Create account' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('accounts-expense').getByRole('link', { name: 'Office rent' }).waitFor();
  });

  it('records an expense through quick entry and lists it (search kept in the URL)', async () => {
    await openNav('Transactions', 'Transactions');
    await page.getByTestId('empty-state').waitFor();
    await expectAccessibleBothThemes('ledger-04-transactions-empty');

    await page.getByTestId('new-expense').click();
    await page.getByRole('heading', { name: 'New expense', level: 1 }).waitFor();
    const amount = page.getByLabel(/^Amount \(INR\)/);
    // Precision follows the currency: three decimals are refused, never rounded.
    await amount.fill('1180.505');
    await amount.blur();
    await page.getByText('INR has 2 decimal places').waitFor();
    await amount.fill('1,180.5');
    await amount.blur();
    expect(await amount.inputValue()).toBe('₹1,180.50');
    await pick('Paid from', '1120', '1120 · Bank Account');
    await pick('Expense category', '5200', '5200 · Rent');
    await page.getByLabel('Description').fill('June rent');
    await expectAccessibleBothThemes('ledger-05-quick-entry');
    await page.getByRole('button', { name: 'Save expense' }).click();

    await page.waitForURL(/\/ledger\/transactions$/);
    const row = page.getByTestId('transactions-row').filter({ hasText: 'June rent' });
    await row.waitFor();
    expect(await row.getByTestId('transaction-amount').textContent()).toBe('₹1,180.50');
    await expectAccessibleBothThemes('ledger-06-transactions');

    await page.getByTestId('list-search').fill('rent');
    await page.waitForURL(/[?&]q=rent/);
    await row.waitFor();
    await page.getByTestId('list-search').fill('no such thing');
    await page.waitForURL(/q=no\+such\+thing|q=no%20such%20thing/);
    await page.getByText('No transactions match').waitFor();
    // The search survives a reload: it is in the URL.
    await page.reload();
    await page.getByText('No transactions match').waitFor();
    expect(await page.getByTestId('list-search').inputValue()).toBe('no such thing');
    await page.getByRole('button', { name: 'Clear search' }).click();
    await row.waitFor();
  });

  it('shows the expense in the general ledger with the running balance, and drills down to its entry', async () => {
    await openNav('General ledger', 'General ledger');
    await pick('Account', '1120', '1120 · Bank Account');
    await page.waitForURL(/accountId=/);
    const line = page.getByTestId('ledger-lines-row').filter({ hasText: 'June rent' });
    await line.waitFor();
    expect(await line.getByTestId('running-balance').textContent()).toBe('-₹1,180.50');
    await expectAccessibleBothThemes('ledger-07-general-ledger');

    await line.getByTestId('ledger-entry-link').click();
    await page.getByRole('heading', { name: 'June rent', level: 1 }).waitFor();
    expect(await page.getByTestId('entry-status').textContent()).toBe('Posted');
    await page.getByTestId('entry-lines').getByText('1120 · Bank Account').waitFor();
    await expectAccessibleBothThemes('ledger-08-entry-detail');
  });

  it('shows the expense in the trial balance, debits equal to credits', async () => {
    await openNav('Trial balance', 'Trial balance');
    await page.getByTestId('tb-totals').waitFor();
    expect(await page.getByTestId('tb-total-debit').textContent()).toBe('₹1,180.50');
    expect(await page.getByTestId('tb-total-credit').textContent()).toBe('₹1,180.50');
    expect(await page.getByTestId('tb-status').textContent()).toBe('Debits equal credits');
    await page.getByTestId('trial-balance-row').filter({ hasText: 'Rent' }).first().waitFor();
    await expectAccessibleBothThemes('ledger-09-trial-balance');
  });

  it('posts a journal entry once the indicator shows it balanced, then reverses it', async () => {
    await openNav('Journal entries', 'Journal entries');
    await page.getByTestId('entries-row').first().waitFor();
    await expectAccessibleBothThemes('ledger-10-journal-entries');

    await page.getByTestId('new-entry').click();
    await page.getByRole('heading', { name: 'New journal entry', level: 1 }).waitFor();
    const indicator = page.getByTestId('balance-indicator').first();
    expect(await indicator.getAttribute('data-state')).toBe('empty');
    await page.getByLabel('Memo', { exact: true }).fill('Cash withdrawal');
    await pick('Line 1 account', '1110', '1110 · Cash in Hand');
    await page.getByLabel('Line 1 debit (INR)').fill('500');
    await expect.poll(() => indicator.getAttribute('data-state')).toBe('unbalanced');
    expect(await indicator.textContent()).toContain('Out by ₹500.00');
    expect(await page.getByTestId('post-entry').isDisabled()).toBe(true);
    await pick('Line 2 account', '1120', '1120 · Bank Account');
    await page.getByLabel('Line 2 credit (INR)').fill('499.99');
    await expect.poll(() => indicator.textContent()).toContain('Out by ₹0.01');
    await page.getByLabel('Line 2 credit (INR)').fill('500.00');
    await expect.poll(() => indicator.getAttribute('data-state')).toBe('balanced');
    expect(await indicator.textContent()).toContain('Balanced');
    await expectAccessibleBothThemes('ledger-11-entry-form');

    await page.getByTestId('post-entry').click();
    await page.getByRole('heading', { name: 'Cash withdrawal', level: 1 }).waitFor();
    expect(await page.getByTestId('entry-status').textContent()).toBe('Posted');

    await page.getByTestId('reverse-entry').click();
    await page.getByTestId('confirm-dialog').getByText('Reverse this entry?').waitFor();
    await expectAccessible('ledger-12-reverse-confirm');
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('reverses').waitFor();
    await page.getByTestId('reverses').getByRole('link', { name: 'the original entry' }).click();
    await page.getByTestId('reversed-by').waitFor();
    expect(await page.getByTestId('reverse-entry').count()).toBe(0);
  });

  it('maps the server\'s field errors onto the entry form\'s lines', async () => {
    await openNav('Journal entries', 'Journal entries');
    await page.getByTestId('new-entry').click();
    await page.getByRole('heading', { name: 'New journal entry', level: 1 }).waitFor();
    // Line 2 stays blank (not sent); line 1 has an amount but no account.
    await page.getByLabel('Line 1 debit (INR)').fill('100');
    await page.getByRole('button', { name: 'Save draft' }).click();
    const account = page.getByRole('textbox', { name: 'Line 1 account' }).or(page.getByRole('combobox', { name: 'Line 1 account' })).first();
    await expect.poll(() => account.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('alert').filter({ hasText: 'Could not save the entry' }).waitFor();
    await expectAccessible('ledger-12b-entry-form-line-error');
  });

  it('shows an account with its balance, month-end chart and ledger lines', async () => {
    await openNav('Chart of accounts', 'Chart of accounts');
    await page.getByTestId('accounts-asset').getByRole('link', { name: 'Bank Account' }).click();
    await page.getByRole('heading', { name: '1120 · Bank Account', level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('account-balance').textContent()).toBe('-₹1,180.50');
    await page.getByTestId('balance-chart').locator('svg').first().waitFor();
    // The chart's numbers are also in a table for screen readers.
    await page.getByTestId('balance-chart').getByRole('table').waitFor({ state: 'attached' });
    expect(await page.getByTestId('ledger-lines-row').count()).toBe(3);
    await expectAccessibleBothThemes('ledger-13-account-detail');
  });

  it('sets a lock date (confirmed) and shows why the server refuses a year-end close', async () => {
    await openNav('Ledger settings', 'Ledger settings');
    await page.getByText('The books are open').waitFor();
    await expectAccessibleBothThemes('ledger-14-settings');
    await page.getByTestId('lock-date').fill('2001-03-31');
    await page.getByRole('button', { name: 'Set lock date' }).click();
    await page.getByTestId('confirm-ok').click();
    await page.getByText(/The books are locked up to and including/).waitFor();

    await page.getByLabel('Last day of the year').fill('2001-03-31');
    await pick('Retained earnings account', '3300', '3300 · Retained Earnings');
    await page.getByRole('button', { name: 'Close the year' }).click();
    await page.getByTestId('confirm-ok').click();
    await page.getByRole('alert').filter({ hasText: 'Could not close the year' }).waitFor();
  });

  it('adds an exchange rate, with the field error for a malformed one', async () => {
    await openNav('Exchange rates', 'Exchange rates');
    await page.getByText('No exchange rates yet').waitFor();
    await expectAccessibleBothThemes('ledger-15-exchange-rates-empty');
    const rate = page.getByTestId('rate-value');
    await rate.fill('eighty');
    await page.getByRole('button', { name: 'Save rate' }).click();
    await expect.poll(() => rate.getAttribute('aria-invalid')).toBe('true');
    await rate.fill('83.25');
    await page.getByRole('button', { name: 'Save rate' }).click();
    const row = page.getByTestId('rates-row').filter({ hasText: 'USD' });
    await row.waitFor();
    expect(await row.textContent()).toContain('83.25');
    await expectAccessibleBothThemes('ledger-16-exchange-rates');
  });

  it('deletes a transaction after confirming: its entry is reversed and it stays under "Show deleted"', async () => {
    await openNav('Transactions', 'Transactions');
    const row = page.getByTestId('transactions-row').filter({ hasText: 'June rent' });
    await row.getByRole('button', { name: 'Delete June rent' }).click();
    await page.getByTestId('confirm-dialog').getByText('Delete this transaction?').waitFor();
    await page.getByTestId('confirm-ok').click();
    await page.getByText('No transactions yet').waitFor();
    await page.getByLabel('Show deleted').check();
    await page.waitForURL(/includeDeleted=/);
    await row.getByText('Deleted', { exact: true }).waitFor();

    await openNav('Trial balance', 'Trial balance');
    await page.getByText('No account has a balance on this date.').waitFor();
  });

  it('pages through a long list with the cursor in the URL', async () => {
    const login = await fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: owner.email, password: owner.password }) });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
    const accounts = (await (await fetch(`${server.url}/api/v1/accounts?limit=200`, { headers })).json()) as { items: { id: string; code: string }[] };
    const id = (code: string) => accounts.items.find((a) => a.code === code)!.id;
    for (let i = 1; i <= 55; i++) {
      const response = await fetch(`${server.url}/api/v1/transactions`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ type: 'expense', date: `2026-04-${String(1 + (i % 28)).padStart(2, '0')}`, amount: `${i}.00`, accountId: id('1110'), counterAccountId: id('5400'), description: `Electricity ${i}` }),
      });
      expect(response.status).toBe(201);
    }
    await page.goto(`${server.url}/ledger/transactions`);
    await expect.poll(() => page.getByTestId('transactions-row').count()).toBe(50);
    expect(await page.getByTestId('page-number').textContent()).toBe('Page 1');
    await page.getByTestId('next-page').click();
    await page.waitForURL(/cursor=/);
    await expect.poll(() => page.getByTestId('transactions-row').count()).toBe(5);
    expect(await page.getByTestId('page-number').textContent()).toBe('Page 2');
    expect(await page.getByTestId('next-page').isDisabled()).toBe(true);
    // A deep link to page 2 opens page 2 and offers the first page.
    await page.reload();
    await expect.poll(() => page.getByTestId('transactions-row').count()).toBe(5);
    await page.getByRole('button', { name: 'First page' }).click();
    await expect.poll(() => page.getByTestId('transactions-row').count()).toBe(50);
    expect(page.url()).not.toContain('cursor=');
    await page.getByTestId('next-page').click();
    await expect.poll(() => page.getByTestId('page-number').textContent()).toBe('Page 2');
    await page.getByRole('button', { name: 'Previous' }).click();
    await expect.poll(() => page.getByTestId('page-number').textContent()).toBe('Page 1');
    expect(await page.getByTestId('transactions-row').count()).toBe(50);
  });

  it('edits a transaction (its entry is reversed and the new one posted)', async () => {
    await page.getByTestId('list-search').fill('Electricity 7');
    await page.waitForURL(/q=Electricity/);
    const row = page.getByTestId('transactions-row').filter({ hasText: 'Electricity 7' });
    await expect.poll(() => page.getByTestId('transactions-row').count()).toBe(1);
    await row.getByRole('button', { name: 'Edit Electricity 7' }).click();
    await page.getByRole('heading', { name: 'Edit transaction', level: 1 }).waitFor();
    const amount = page.getByLabel(/^Amount \(INR\)/);
    expect(await amount.inputValue()).toBe('₹7.00');
    await amount.fill('70.25');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(/\/ledger\/transactions$/);
    await page.getByTestId('list-search').fill('Electricity 7');
    await expect.poll(() => row.getByTestId('transaction-amount').textContent()).toBe('₹70.25');
  });

  it('has keyboard shortcuts: / focuses the search, n starts a new entry', async () => {
    await openNav('Transactions', 'Transactions');
    await page.getByRole('heading', { name: 'Transactions', level: 1 }).click();
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(`document.activeElement?.dataset.testid ?? ''`)).toBe('list-search');
    await openNav('Journal entries', 'Journal entries');
    await page.getByRole('heading', { name: 'Journal entries', level: 1 }).click();
    await page.keyboard.press('n');
    await page.getByRole('heading', { name: 'New journal entry', level: 1 }).waitFor();
  });

  it('fits a 375 px phone screen', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    for (const [path, heading] of [
      ['/ledger/transactions', 'Transactions'],
      ['/ledger/entries/new', 'New journal entry'],
      ['/ledger/trial-balance', 'Trial balance'],
      ['/ledger/accounts', 'Chart of accounts'],
      ['/ledger/general-ledger', 'General ledger'],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
      expect(overflow, path).toBeLessThanOrEqual(0);
      await expectAccessible(`ledger-17-375${path.replace(/\//g, '-')}`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('ran without console errors or CSP violations', () => {
    // Refused requests (the duplicate account code, the year-end close) are logged as failed loads.
    const unexpected = problems.filter((p) => !/the server responded with a status of 4\d\d/.test(p));
    expect(unexpected).toEqual([]);
  });
});
