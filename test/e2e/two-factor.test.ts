import { Secret, TOTP } from 'otpauth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, seriousA11yViolations, watchPage } from './browser.js';
import { mailedCode, startServer, type E2EServer } from './server.js';

/** What an authenticator app would show for `secret` at `at` (ms). */
function appCode(secret: string, at: number): string {
  return new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({ timestamp: at });
}

/**
 * Two-factor authentication in a real browser: set it up on the profile (QR code, key, first
 * code, recovery codes shown once), sign out, sign in with a code from the app and with a
 * recovery code. Every screen is checked with axe-core.
 */
describe('web app: two-factor authentication', () => {
  let server: E2EServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  const email = `meera.${Date.now()}@example.com`;
  const password = 'a long and memorable passphrase';
  let secret = '';
  let recoveryCodes: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    // An account with a verified address, made through the API; the browser takes over from sign-in.
    const api = (path: string, body: unknown) =>
      fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await api('/api/v1/auth/register', { email, password, name: 'Meera Iyer' })).status).toBe(202);
    const code = await mailedCode(server.dataDir, email, 'verification code');
    expect((await api('/api/v1/auth/verify-otp', { email, code, purpose: 'verify_email' })).status).toBe(200);

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

  async function passwordStep() {
    await page.getByLabel('Email').fill(email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  async function signOut() {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/sign-in/);
  }

  it('signs in and creates a business', async () => {
    await page.goto(`${server.url}/sign-in`);
    await passwordStep();
    await page.waitForURL(/\/onboarding$/);
    await page.getByLabel('Business name').fill('Iyer Textiles');
    await page.getByRole('button', { name: 'Create business' }).click();
    await expect.poll(() => page.getByTestId('business-name').textContent()).toBe('Iyer Textiles');
  });

  it('sets up two-factor on the profile: password, QR code and key, first code, recovery codes once', async () => {
    await page.getByRole('link', { name: 'Profile' }).click();
    await page.getByRole('heading', { name: 'Two-factor authentication' }).waitFor();
    await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
    await page.getByRole('textbox', { name: 'Current password' }).fill(password);
    await page.getByRole('button', { name: 'Continue' }).click();

    const qr = page.getByRole('img', { name: 'QR code to scan with your authenticator app' });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').trim();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expectAccessible('2fa-01-scan');

    await page.getByRole('textbox', { name: 'Code from the app' }).fill('000000');
    await page.getByRole('button', { name: 'Turn on' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Code from the app' }).getAttribute('aria-invalid')).toBe('true');

    await page.getByRole('textbox', { name: 'Code from the app' }).fill(appCode(secret, Date.now()));
    await page.getByRole('button', { name: 'Turn on' }).click();
    await expect.poll(() => page.getByTestId('recovery-code').count()).toBe(10);
    recoveryCodes = (await page.getByTestId('recovery-code').allTextContents()).map((c) => c.trim());
    expect(recoveryCodes[0]).toMatch(/^[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}$/);
    expect(await page.getByRole('link', { name: 'Download' }).getAttribute('download')).toBe('kontor-recovery-codes.txt');
    await expectAccessible('2fa-02-recovery-codes');

    await page.getByRole('button', { name: 'I have saved them' }).click();
    await expect.poll(() => page.getByTestId('recovery-codes-left').textContent()).toBe('10');
    expect(await page.getByTestId('recovery-code').count()).toBe(0); // shown once
    await expectAccessible('2fa-03-profile-on');
  });

  it('signs out, then signs in with a code from the app', async () => {
    await signOut();
    await passwordStep();
    await page.getByRole('heading', { name: 'Two-step verification' }).waitFor();
    await expectAccessible('2fa-04-code-step');

    await page.getByRole('textbox', { name: 'Authentication code' }).fill('123456');
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Authentication code' }).getAttribute('aria-invalid')).toBe('true');

    // The next 30-second step: the code used to turn 2FA on cannot be used again.
    await page.getByRole('textbox', { name: 'Authentication code' }).fill(appCode(secret, Date.now() + 30_000));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => page.getByTestId('business-name').textContent()).toBe('Iyer Textiles');
  });

  it('signs in with a recovery code instead, which is then used up', async () => {
    await signOut();
    await passwordStep();
    await page.getByRole('heading', { name: 'Two-step verification' }).waitFor();
    await page.getByRole('button', { name: 'Use a recovery code' }).click();
    await page.getByRole('textbox', { name: 'Recovery code' }).fill(recoveryCodes[0]!);
    await expectAccessible('2fa-05-recovery-step');
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => page.getByTestId('business-name').textContent()).toBe('Iyer Textiles');

    await page.getByRole('link', { name: 'Profile' }).click();
    await expect.poll(() => page.getByTestId('recovery-codes-left').textContent()).toBe('9');
  });

  it('ran without console errors or CSP violations', () => {
    // The wrong codes typed on purpose answer 400.
    const unexpected = problems.filter((p) => !/the server responded with a status of 4\d\d/.test(p));
    expect(unexpected).toEqual([]);
  });
});
