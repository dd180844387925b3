import { simpleParser } from 'mailparser';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { animationsSettled, launchChromium, screenshot, seriousA11yViolations, watchPage } from './browser.js';
import { mailedCode, startServer, type E2EServer } from './server.js';

/** The invitation token from the newest invitation mail to `to` (the link ends `#token=kinv_…`). */
async function mailedInvitationToken(dataDir: string, to: string, timeoutMs = 15_000): Promise<string> {
  const dir = path.join(dataDir, 'mail');
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.eml')).sort().reverse();
    for (const name of names) {
      const mail = await simpleParser(await fs.readFile(path.join(dir, name)));
      const recipients = [mail.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address?.toLowerCase()));
      const token = /\/invitations\/accept#token=(kinv_[A-Za-z0-9_-]{43})/.exec(mail.text ?? '')?.[1];
      if (token && recipients.includes(to.toLowerCase())) return token;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no invitation mail to ${to} within ${timeoutMs} ms`);
}

/**
 * Settings in a real browser: an owner sets up an Indian business (GSTIN, state, chart-of-accounts
 * template), invites a viewer, manages roles, API keys (secret shown once), stores (plan limit) and
 * the plan; the invitee accepts the mailed link after creating an account and sees only what a
 * viewer may (a direct URL to a screen outside the role shows the 403 page). Each screen passes
 * axe-core in light and dark.
 */
describe('web app: settings, invitations and permissions', () => {
  let server: E2EServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  const stamp = Date.now();
  const owner = { name: 'Asha Sharma', email: `asha.${stamp}@example.com`, password: 'correct horse battery staple' };
  const invitee = { name: 'Ravi Kumar', email: `ravi.${stamp}@example.com`, password: 'another long passphrase here' };

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

  async function expectAccessible(p: Page, name: string) {
    await p.mouse.move(0, 0); // a hover colour is not what the screen shows at rest
    await animationsSettled(p);
    const violations = await seriousA11yViolations(p);
    await screenshot(p, name);
    expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
  }

  /** axe in the light scheme, then in the dark one, then back to light. */
  async function expectAccessibleBothThemes(p: Page, name: string) {
    await expectAccessible(p, `${name}-light`);
    await p.getByTestId('theme-toggle').click();
    await expect.poll(() => p.evaluate('document.documentElement.dataset.mantineColorScheme')).toBe('dark');
    await expectAccessible(p, `${name}-dark`);
    await p.getByTestId('theme-toggle').click();
    await expect.poll(() => p.evaluate('document.documentElement.dataset.mantineColorScheme')).toBe('light');
  }

  async function signUpAndVerify(p: Page, who: { name: string; email: string; password: string }) {
    await p.getByRole('heading', { name: 'Create your account' }).waitFor();
    await p.getByLabel('Your name').fill(who.name);
    await p.getByLabel('Email').fill(who.email);
    await p.getByRole('textbox', { name: 'Password', exact: true }).fill(who.password);
    await p.getByRole('button', { name: 'Create account' }).click();
    await p.waitForURL(/\/verify\?email=/);
    await p.getByLabel('Verification code').fill(await mailedCode(server.dataDir, who.email, 'verification code'));
    await p.getByRole('button', { name: 'Verify' }).click();
    await p.getByText('Email verified. Sign in to continue.').waitFor();
    await p.getByRole('textbox', { name: 'Password', exact: true }).fill(who.password);
    await p.getByRole('button', { name: 'Sign in' }).click();
  }

  /** A bearer token for API checks behind the UI (a non-web client gets the token in the body). */
  async function apiToken(who: { email: string; password: string }): Promise<string> {
    const response = await fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: who.email, password: who.password }) });
    expect(response.status).toBe(200);
    return ((await response.json()) as { accessToken: string }).accessToken;
  }

  async function apiGet<T>(token: string, url: string): Promise<T> {
    const response = await fetch(`${server.url}${url}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status, url).toBe(200);
    return (await response.json()) as T;
  }

  async function openNav(p: Page, label: string, heading: string) {
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).click();
    await p.getByRole('heading', { name: heading, level: 1 }).waitFor();
  }

  it('onboards an Indian business with a GSTIN (format checked in the browser) and the India chart of accounts', async () => {
    await page.goto(`${server.url}/sign-up`);
    await signUpAndVerify(page, owner);
    await page.waitForURL(/\/onboarding$/);
    await page.getByLabel('Business name').fill('Sharma Traders');
    expect(await page.getByRole('combobox', { name: 'Chart of accounts' }).inputValue()).toBe('Indian business (GST accounts)');
    const gstin = page.getByLabel('GSTIN');
    await gstin.fill('27AAPFU0939');
    await page.getByRole('button', { name: 'Create business' }).click();
    await expect.poll(() => gstin.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('A GSTIN has 15 characters; this one has 11.').waitFor();
    await expectAccessible(page, 'settings-01-onboarding-gstin-error');

    await gstin.fill('27aapfu0939f1zv');
    expect(await page.getByRole('combobox', { name: 'State' }).inputValue()).toBe('27 · Maharashtra');
    await page.getByRole('button', { name: 'Create business' }).click();
    await page.waitForURL(`${server.url}/`);
    await expect.poll(() => page.getByTestId('business-name').textContent()).toBe('Sharma Traders');

    const token = await apiToken(owner);
    const profile = await apiGet<{ currentTenantId: string }>(token, '/api/v1/auth/profile');
    const tenant = await apiGet<{ gstin: string; stateCode: string }>(token, `/api/v1/tenants/${profile.currentTenantId}`);
    expect(tenant).toMatchObject({ gstin: '27AAPFU0939F1ZV', stateCode: '27' });
    const accounts = await apiGet<{ items: { code: string; name: string }[] }>(token, '/api/v1/accounts?limit=200');
    expect(accounts.items.some((a) => /GST/i.test(a.name))).toBe(true);
  });

  it('groups the settings screens in the nav and opens them with keyboard shortcuts (? lists them)', async () => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    const settings = nav.getByRole('group', { name: 'Settings' });
    for (const label of ['Members', 'Roles', 'API keys', 'Stores', 'Plan and limits', 'Profile', 'Sessions']) {
      await settings.getByRole('link', { name: label, exact: true }).waitFor();
    }
    await page.locator('body').click();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.getByText('Go to members').waitFor();
    await help.getByText('Go to api keys').waitFor();
    await expectAccessible(page, 'settings-02-shortcuts-help');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    await page.keyboard.press('g');
    await page.keyboard.press('m');
    await page.waitForURL(/\/settings\/members$/);
    await page.getByRole('heading', { name: 'Members', level: 1 }).waitFor();
  });

  it('invites a member as viewer and lists the open invitation', async () => {
    await page.getByTestId('member-row').filter({ hasText: owner.email }).waitFor();
    await expectAccessibleBothThemes(page, 'settings-03-members');
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect.poll(() => page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Email').fill(invitee.email);
    expect(await page.getByRole('combobox', { name: 'Role', exact: true }).inputValue()).toBe('viewer');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByRole('status').filter({ hasText: 'Invitation sent' }).waitFor();
    await page.getByTestId('invitation').filter({ hasText: invitee.email }).waitFor();
  });

  it('creates a custom role from the permission catalogue, grouped by module', async () => {
    await openNav(page, 'Roles', 'Roles');
    await page.getByTestId('role').filter({ hasText: 'viewer' }).waitFor();
    await page.getByRole('button', { name: 'New custom role' }).click();
    const dialog = page.getByRole('dialog', { name: 'New custom role' });
    await dialog.getByLabel('Name').fill('Stock clerk');
    await dialog.getByRole('group', { name: 'identity' }).getByLabel('stores · read').check();
    await dialog.getByRole('group', { name: 'identity' }).getByLabel('stores · manage').check();
    await expectAccessible(page, 'settings-04-role-form');
    await dialog.getByRole('button', { name: 'Create role' }).click();
    await dialog.waitFor({ state: 'detached' });
    const role = page.getByTestId('role').filter({ hasText: 'Stock clerk' });
    await role.getByText('identity.stores.manage, identity.stores.read').waitFor();
    await expectAccessibleBothThemes(page, 'settings-05-roles');

    // Edit (PUT with If-Match from the list's version), then delete after confirming.
    await role.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit role' });
    await edit.getByRole('group', { name: 'identity' }).getByLabel('stores · manage').uncheck();
    await edit.getByRole('button', { name: 'Save role' }).click();
    await edit.waitFor({ state: 'detached' });
    await role.getByText('identity.stores.read', { exact: true }).waitFor();
    await role.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog', { name: 'Delete role' }).getByRole('button', { name: 'Delete role' }).click();
    await role.waitFor({ state: 'detached' });
  });

  it('creates an API key, shows its secret once, and revokes it after confirmation', async () => {
    await openNav(page, 'API keys', 'API keys');
    await page.getByText('No API keys yet.').waitFor();
    await page.getByRole('button', { name: 'New API key' }).click();
    const dialog = page.getByRole('dialog', { name: 'New API key' });
    await dialog.getByLabel('Name').fill('Shop till');
    await dialog.getByRole('group', { name: 'ledger' }).getByLabel('All of ledger').check();
    await expectAccessible(page, 'settings-06-api-key-form');
    await dialog.getByRole('button', { name: 'Create key' }).click();
    await dialog.waitFor({ state: 'detached' });
    const secret = await page.getByTestId('api-key-value').textContent();
    expect(secret).toMatch(/^kontor_[A-Za-z0-9_-]{43}$/);
    await page.getByTestId('api-key-row').filter({ hasText: 'Shop till' }).waitFor();
    await expectAccessibleBothThemes(page, 'settings-07-api-key-secret');

    // The key works against the API with exactly its permissions.
    const asKey = await fetch(`${server.url}/api/v1/accounts?limit=1`, { headers: { authorization: `Bearer ${secret}` } });
    expect(asKey.status).toBe(200);
    const outside = await fetch(`${server.url}/api/v1/api-keys`, { headers: { authorization: `Bearer ${secret}` } });
    expect(outside.status).toBe(403);

    // Shown once: after a reload only the prefix is left.
    await page.reload();
    await page.getByTestId('api-key-row').filter({ hasText: 'Shop till' }).waitFor();
    expect(await page.getByTestId('api-key-value').count()).toBe(0);
    expect(await page.content()).not.toContain(secret!);

    await page.getByRole('button', { name: 'Revoke Shop till' }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke API key' });
    await expectAccessible(page, 'settings-08-confirm-revoke');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await page.getByTestId('api-key-row').count()).toBe(1);
    await page.getByRole('button', { name: 'Revoke Shop till' }).click();
    await confirm.getByRole('button', { name: 'Revoke key' }).click();
    await page.getByText('No API keys yet.').waitFor();
    expect((await fetch(`${server.url}/api/v1/accounts?limit=1`, { headers: { authorization: `Bearer ${secret}` } })).status).toBe(401);
  });

  it('creates a store, and shows the plan limit clearly when the free plan is full', async () => {
    await openNav(page, 'Stores', 'Stores and branches');
    await page.getByText('No stores yet.').waitFor();
    await page.getByRole('button', { name: 'New store' }).click();
    let dialog = page.getByRole('dialog', { name: 'New store' });
    await dialog.getByLabel('Name').fill('Mumbai shop');
    await dialog.getByLabel('Code', { exact: true }).fill('MUM-1');
    await dialog.getByRole('button', { name: 'Create store' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('store').filter({ hasText: 'Mumbai shop (MUM-1)' }).waitFor();
    await expectAccessibleBothThemes(page, 'settings-09-stores');

    await page.getByRole('button', { name: 'New store' }).click();
    dialog = page.getByRole('dialog', { name: 'New store' });
    await dialog.getByLabel('Name').fill('Pune shop');
    await dialog.getByRole('button', { name: 'Create store' }).click();
    const alert = dialog.getByRole('alert');
    await alert.getByText('Your plan’s store limit is reached').waitFor();
    await alert.getByText(/The free plan allows 1 stores; upgrade to add more/).waitFor();
    await expectAccessible(page, 'settings-10-store-limit');
    await alert.getByRole('link', { name: 'See plans' }).click();
    await page.getByRole('heading', { name: 'Plan and limits', level: 1 }).waitFor();
  });

  it('shows the plan with usage against limits and upgrades after confirmation', async () => {
    expect(await page.getByTestId('current-plan').textContent()).toBe('Free');
    expect(await page.getByTestId('usage-stores').textContent()).toContain('1 of 1');
    // Owner plus the open invitation hold both seats of the free plan.
    expect(await page.getByTestId('usage-users').textContent()).toMatch(/[12] of 2/);
    await expectAccessibleBothThemes(page, 'settings-11-plan');
    await page.getByTestId('plan-standard').getByRole('button', { name: 'Switch to Standard' }).click();
    await page.getByRole('dialog', { name: 'Switch to Standard' }).getByRole('button', { name: 'Switch to Standard' }).click();
    await expect.poll(() => page.getByTestId('current-plan').textContent()).toBe('Standard');
    expect(await page.getByTestId('usage-stores').textContent()).toContain('1 of 5');
  });

  it('edits a store (GSTIN shape checked before sending) and archives it after confirmation', async () => {
    await openNav(page, 'Stores', 'Stores and branches');
    await page.getByRole('button', { name: 'Edit Mumbai shop' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit store' });
    const gstin = dialog.getByLabel('GSTIN');
    await gstin.fill('27AAPFU0939F1Z');
    await dialog.getByRole('button', { name: 'Save store' }).click();
    await expect.poll(() => gstin.getAttribute('aria-invalid')).toBe('true');
    // A well-formed GSTIN with a wrong check character: the server's full check answers.
    await gstin.fill('27AAPFU0939F1ZW');
    await dialog.getByRole('button', { name: 'Save store' }).click();
    await dialog.getByText(/invalid GSTIN: checksum/).waitFor();
    await gstin.fill('27AAPFU0939F1ZV');
    await dialog.getByRole('button', { name: 'Save store' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('store').filter({ hasText: 'GSTIN 27AAPFU0939F1ZV · State 27' }).waitFor();

    await page.getByRole('button', { name: 'Archive Mumbai shop' }).click();
    await page.getByRole('dialog', { name: 'Archive store' }).getByRole('button', { name: 'Archive store' }).click();
    await page.getByText('No stores yet.').waitFor();
    await page.getByText('Archived', { exact: true }).click();
    await page.getByTestId('store').filter({ hasText: 'Mumbai shop' }).waitFor();
    await page.getByText('Active', { exact: true }).click();
  });

  it('lets the invitee create an account from the mailed link, accept, and see only what a viewer may', async () => {
    const token = await mailedInvitationToken(server.dataDir, invitee.email);
    const other = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
    try {
      other.setDefaultTimeout(10_000);
      const guest = await other.newPage();
      const guestProblems = watchPage(guest);
      await guest.goto(`${server.url}/invitations/accept#token=${token}`);
      await guest.getByRole('heading', { name: 'You have been invited' }).waitFor();
      // The token leaves the address bar (it stays in this tab's session storage).
      expect(guest.url()).toBe(`${server.url}/invitations/accept`);
      await expectAccessible(guest, 'settings-12-invitation-signed-out');

      await guest.getByRole('link', { name: 'Create an account' }).click();
      await signUpAndVerify(guest, invitee);
      // No business yet: instead of onboarding, the pending invitation comes back.
      await guest.getByRole('heading', { name: 'Join the business' }).waitFor();
      await expectAccessible(guest, 'settings-13-invitation-signed-in');
      await guest.getByRole('button', { name: 'Accept invitation' }).click();
      await expect.poll(() => guest.getByTestId('business-name').textContent()).toBe('Sharma Traders');

      const nav = guest.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: 'Members', exact: true }).waitFor();
      expect(await nav.getByRole('link', { name: 'API keys' }).count()).toBe(0);
      await nav.getByRole('link', { name: 'Members', exact: true }).click();
      await guest.getByTestId('member-row').filter({ hasText: invitee.email }).getByText('viewer').waitFor();
      // A viewer reads the members but cannot invite, change roles or remove.
      expect(await guest.getByRole('button', { name: 'Send invitation' }).count()).toBe(0);
      expect(await guest.getByRole('button', { name: /^Remove / }).count()).toBe(0);

      await guest.goto(`${server.url}/settings/api-keys`);
      await guest.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();
      await guest.getByText('Your role in this business (viewer) does not include it.').waitFor();
      await expectAccessibleBothThemes(guest, 'settings-14-forbidden');
      expect(guestProblems.filter((p) => !/status of 4\d\d/.test(p))).toEqual([]);
    } finally {
      await other.close();
    }
    await page.reload();
    await openNav(page, 'Members', 'Members');
    await page.getByTestId('member-row').filter({ hasText: invitee.email }).waitFor();
    expect(await page.getByTestId('invitation').count()).toBe(0);
  });

  it("changes a member's role and removes the member after confirmation", async () => {
    const row = page.getByTestId('member-row').filter({ hasText: invitee.email });
    await row.getByRole('combobox', { name: `Role of ${invitee.name}` }).click();
    await page.getByRole('option', { name: 'accountant' }).click();
    await expect.poll(() => row.getByRole('combobox', { name: `Role of ${invitee.name}` }).inputValue()).toBe('accountant');
    await page.reload();
    await expect.poll(() => row.getByRole('combobox', { name: `Role of ${invitee.name}` }).inputValue()).toBe('accountant');

    await row.getByRole('button', { name: `Remove ${invitee.name}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove member' });
    await confirm.getByText(`${invitee.name} (${invitee.email}) will lose access`).waitFor();
    await expectAccessible(page, 'settings-15-confirm-remove');
    await confirm.getByRole('button', { name: 'Remove member' }).click();
    await row.waitFor({ state: 'detached' });
    expect(await page.getByTestId('member-row').count()).toBe(1);
  });

  it('fits a 375 px phone screen on the settings screens', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    for (const path of ['/settings/members', '/settings/api-keys', '/settings/stores', '/settings/plan', '/settings/roles']) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await screenshot(page, 'settings-16-members-375');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('ran without console errors or CSP violations', () => {
    // Rejected requests (the invalid email, the plan limit) are logged by Chromium as failed loads.
    const unexpected = problems.filter((p) => !/the server responded with a status of 4\d\d/.test(p));
    expect(unexpected).toEqual([]);
  });
});
