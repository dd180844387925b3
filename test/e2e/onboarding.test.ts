import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { animationsSettled, launchChromium, screenshot, seriousA11yViolations, watchPage } from './browser.js';
import { mailedCode, startServer, type E2EServer } from './server.js';

/**
 * The first-run journey in a real browser against a real server: sign up, verify the mailed code,
 * sign in, create a business, land in the shell; reload (session restored from the httpOnly
 * refresh cookie); sessions and profile; sign out. Every screen is checked with axe-core (no
 * serious or critical violations) and must run without console errors or CSP violations.
 */
describe('web app: sign-up to first business', () => {
  let server: E2EServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  const email = `asha.${Date.now()}@example.com`;
  const password = 'correct horse battery staple';

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

  async function expectAccessible(name: string) {
    const violations = await seriousA11yViolations(page);
    await screenshot(page, name);
    expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
  }

  it('sends a signed-out visitor of a deep link to sign in', async () => {
    await page.goto(`${server.url}/settings/sessions`);
    await page.waitForURL(/\/sign-in\?redirect=/);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expectAccessible('01-sign-in');
  });

  it('signs up, showing field errors from the problem document next to the field', async () => {
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    await page.getByLabel('Your name').fill('Asha Sharma');
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    const emailInput = page.getByLabel('Email');
    await expect.poll(() => emailInput.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible('02-sign-up-field-error');

    await emailInput.fill(email);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/verify\?email=/);
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    await expectAccessible('03-verify');
  });

  it('verifies the mailed code and signs in to onboarding', async () => {
    const code = await mailedCode(server.dataDir, email, 'verification code');
    await page.getByLabel('Verification code').fill(code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.waitForURL(/\/sign-in/);
    await page.getByText('Email verified. Sign in to continue.').waitFor();
    await expectAccessible('03b-sign-in-notice');

    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('wrong password entirely');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Could not sign in' }).waitFor();

    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/onboarding$/);
    await page.getByRole('heading', { name: 'Set up your business' }).waitFor();
    await expectAccessible('04-onboarding');
  });

  it('creates a business with Indian defaults and shows it in the shell', async () => {
    await page.getByLabel('Business name').fill('Sharma Traders');
    expect(await page.getByLabel('Base currency').first().inputValue()).toBe('INR');
    expect(await page.getByLabel('Financial year starts').first().inputValue()).toBe('April');
    await page.getByRole('button', { name: 'Create business' }).click();
    await page.waitForURL(`${server.url}/`);
    await expect.poll(() => page.getByTestId('business-name').textContent()).toBe('Sharma Traders');
    await expect.poll(() => page.getByTestId('base-currency').textContent()).toBe('INR');
    expect(await page.getByTestId('money-sample').textContent()).toBe('₹12,34,567.50');
    expect(await page.getByTestId('tenant-switcher').textContent()).toContain('Sharma Traders');
    await expectAccessible('05-overview-light');

    await page.getByTestId('theme-toggle').click();
    await expect.poll(() => page.evaluate('document.documentElement.dataset.mantineColorScheme')).toBe('dark');
    await expectAccessible('06-overview-dark');
    await page.getByTestId('theme-toggle').click();
  });

  it('keeps the session across a reload (refresh cookie + CSRF header)', async () => {
    await page.reload();
    await expect.poll(() => page.getByTestId('business-name').textContent()).toBe('Sharma Traders');
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'kontor_refresh')).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth' });
    expect(await page.evaluate('document.cookie')).not.toContain('kontor_refresh');
  });

  it('lists sessions and shows the profile', async () => {
    await page.getByRole('link', { name: 'Sessions' }).click();
    await page.getByRole('heading', { name: 'Active sessions' }).waitFor();
    await page.getByTestId('session').first().waitFor();
    expect(await page.getByText('This device').count()).toBe(1);
    await expectAccessible('07-sessions');

    await page.getByRole('link', { name: 'Profile' }).click();
    await page.getByRole('heading', { name: 'Profile' }).waitFor();
    await page.getByRole('cell', { name: /Sharma Traders/ }).waitFor();
    await page.getByText('Verified', { exact: true }).waitFor();
    await expectAccessible('08-profile');
  });

  it('fits a 375 px phone screen', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await page.getByRole('link', { name: 'Overview' }).click();
    await expect.poll(() => page.getByTestId('business-name').textContent()).toBe('Sharma Traders');
    const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible('09-overview-375');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('signs out and stays signed out after a reload', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/sign-in/);
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect((await context.cookies()).find((c) => c.name === 'kontor_refresh')).toBeUndefined();
  });

  it('resets a forgotten password with the mailed code', async () => {
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await expectAccessible('10-forgot-password');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send reset code' }).click();
    await page.waitForURL(/\/reset-password/);
    const code = await mailedCode(server.dataDir, email, 'password reset code');
    await page.getByLabel('Reset code').fill(code);
    await page.getByLabel(/^New password/).fill('a brand new passphrase here');
    await expectAccessible('11-reset-password');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.waitForURL(/\/sign-in/);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('a brand new passphrase here');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByTestId('business-name').textContent()).toBe('Sharma Traders');
  });

  it('adds a second business and switches between businesses', async () => {
    await page.getByTestId('tenant-switcher').click();
    await page.getByRole('button', { name: 'Add a business…' }).click();
    await page.getByRole('heading', { name: 'Add a business' }).waitFor();
    await page.getByLabel('Business name').fill('Sharma Exports');
    await page.getByRole('button', { name: 'Create business' }).click();
    await expect.poll(() => page.getByTestId('business-name').textContent()).toBe('Sharma Exports');

    await page.getByTestId('tenant-switcher').click();
    await page.getByRole('button', { name: /^Sharma Traders/ }).waitFor();
    await animationsSettled(page);
    await expectAccessible('13-tenant-switcher');
    await page.getByRole('button', { name: /^Sharma Traders/ }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('business-name').textContent()).toBe('Sharma Traders');
    // The switch is on the session: a reload (refresh) stays in the chosen business.
    await page.reload();
    await expect.poll(() => page.getByTestId('business-name').textContent()).toBe('Sharma Traders');
  });

  it('ends another device\'s session from the sessions screen', async () => {
    const other = await browser.newContext();
    try {
      other.setDefaultTimeout(10_000);
      const phone = await other.newPage();
      await phone.goto(`${server.url}/sign-in`);
      await phone.getByLabel('Email').fill(email);
      await phone.getByRole('textbox', { name: 'Password', exact: true }).fill('a brand new passphrase here');
      await phone.getByRole('button', { name: 'Sign in' }).click();
      await phone.getByTestId('business-name').waitFor();

      await page.getByRole('link', { name: 'Sessions' }).click();
      await page.reload();
      await expect.poll(() => page.getByTestId('session').count()).toBe(2);
      await page.getByTestId('session').getByRole('button', { name: 'Sign out' }).click();
      await expect.poll(() => page.getByTestId('session').count()).toBe(1);

      // The other device's refresh token no longer works: a reload there lands on sign-in.
      await phone.reload();
      await phone.getByRole('heading', { name: 'Sign in' }).waitFor();
    } finally {
      await other.close();
    }
  });

  it('installs as a PWA: manifest, service worker, offline banner and offline start', async () => {
    const manifest = (await (await fetch(`${server.url}/manifest.webmanifest`)).json()) as { name: string; icons: { sizes: string }[] };
    expect(manifest.name).toBe('Kontor');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('/manifest.webmanifest');
    // The worker registers on load and precaches the app shell.
    await expect
      .poll(() => page.evaluate('navigator.serviceWorker.ready.then((r) => Boolean(r.active)).catch(() => false)'), { timeout: 20_000 })
      .toBe(true);

    await context.setOffline(true);
    try {
      await page.getByTestId('offline-banner').waitFor();
      // A reload with no network still starts the app from the cache (and, with no server to
      // refresh against, lands on sign-in).
      await page.reload();
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await page.getByTestId('offline-banner').waitFor();
      await expectAccessible('12-offline');
    } finally {
      await context.setOffline(false);
    }
    await page.getByTestId('offline-banner').waitFor({ state: 'detached' });
  });

  it('ran without console errors or CSP violations', () => {
    // Rejected requests (400 bad email, 401 wrong password) and requests made while offline are
    // logged by Chromium as failed loads.
    const unexpected = problems.filter((p) => !/the server responded with a status of 4\d\d|net::ERR_INTERNET_DISCONNECTED/.test(p));
    expect(unexpected).toEqual([]);
  });
});
