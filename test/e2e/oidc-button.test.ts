/**
 * The sign-in page offers "Continue with …" for each configured OpenID Connect provider (the full
 * provider round trip is tested against a real oidc-provider in test/identity/oidc.test.ts). Here
 * the provider is configured but down: the button starts the flow and the browser comes back to
 * the sign-in page with the reason, still signed out.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchChromium, watchPage } from './browser.js';
import { startServer, type E2EServer } from './server.js';

describe('web app: sign-in with an OpenID Connect provider', () => {
  let server: E2EServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    const env = { KONTOR_OIDC_ACME_ISSUER: 'http://127.0.0.1:59999/acme', KONTOR_OIDC_ACME_CLIENT_ID: 'kontor', KONTOR_OIDC_ACME_CLIENT_SECRET: 'not-a-real-secret', KONTOR_OIDC_ACME_NAME: 'Acme ID' };
    [server, browser] = await Promise.all([startServer(env), launchChromium()]);
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    problems = watchPage(page);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('shows a button for the configured provider that starts its sign-in, keeping where to return', async () => {
    await page.goto(`${server.url}/sign-in?redirect=${encodeURIComponent('/ledger/accounts')}`);
    const button = page.getByRole('link', { name: 'Continue with Acme ID' });
    await button.waitFor();
    expect(await button.getAttribute('href')).toBe('/api/v1/auth/oidc/acme/start?redirect=%2Fledger%2Faccounts');
    await expectAccessible(page, 'oidc-01-sign-in');
  });

  it('comes back to the sign-in page, signed out, with the reason when the provider cannot be reached', async () => {
    await page.getByRole('link', { name: 'Continue with Acme ID' }).click();
    await page.waitForURL(/\/sign-in\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('oidcError')).toBe('AUTH.OIDC_PROVIDER_UNAVAILABLE');
    await page.getByText(/Acme ID/).first().waitFor();
    expect((await context.cookies()).some((c) => c.name === 'kontor_refresh')).toBe(false);
  });

  it('ran without console errors', () => {
    expect(problems).toEqual([]);
  });
});
