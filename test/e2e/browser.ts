import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startServer, type E2EServer } from './server.js';

/** Debian's Chromium (`apt-get install -y chromium`); playwright-core drives it, no downloaded browsers. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(import.meta.dirname, '..', '..', '.test-data', 'screenshots');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core in the page and returns the serious and critical violations. The source goes in
 * through the DevTools protocol (page.evaluate), which the page's CSP does not apply to, so the
 * app runs under its real CSP.
 */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  await animationsSettled(page);
  await page.evaluate(AXE_SOURCE);
  // A string expression: the root tsconfig has no DOM types, and this runs in the page anyway.
  const violations = (await page.evaluate(`(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  })()`)) as AxeViolation[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await fs.mkdir(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Console errors, uncaught exceptions and CSP violations seen by a page. */
export function watchPage(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return problems;
}

/** Waits until no CSS transition or animation runs (a dialog fading in fails contrast checks mid-way). */
export async function animationsSettled(page: Page, timeoutMs = 5_000): Promise<void> {
  // A transition starts a frame or two after the element mounts: wait for those frames, then for
  // two quiet readings in a row, so a modal that is about to fade in is not read half-transparent.
  const frames = 'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))';
  await page.evaluate(frames);
  const until = Date.now() + timeoutMs;
  let quiet = 0;
  while (Date.now() < until && quiet < 2) {
    const running = (await page.evaluate(`document.getAnimations().filter((a) => a.playState === 'running').length`)) as number;
    quiet = running === 0 ? quiet + 1 : 0;
    if (quiet < 2) await page.evaluate(frames);
  }
}

/** axe on the page at rest (pointer parked, transitions done): no serious or critical violation; a screenshot either way. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  const violations = await seriousA11yViolations(page);
  await screenshot(page, name);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

/** The same check in the light scheme, then the dark one, then back to light (the theme toggle in the header). */
export async function expectAccessibleBothThemes(page: Page, name: string): Promise<void> {
  await expectAccessible(page, `${name}-light`);
  await page.getByTestId('theme-toggle').click();
  await expect.poll(() => page.evaluate('document.documentElement.dataset.mantineColorScheme')).toBe('dark');
  await expectAccessible(page, `${name}-dark`);
  await page.getByTestId('theme-toggle').click();
  await expect.poll(() => page.evaluate('document.documentElement.dataset.mantineColorScheme')).toBe('light');
}

/** Opens a screen from the main navigation and waits for its heading. */
export async function openNav(page: Page, label: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

/** Leaf elements that stick out past the viewport's right edge (the 375 px check), described for the assertion message. */
export const WIDEST_LEAVES = `[...document.querySelectorAll('body *')]
  .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && e.children.length === 0)
  .slice(0, 5)
  .map((e) => e.tagName + '.' + String(e.className).slice(0, 60) + ' ' + (e.textContent ?? '').slice(0, 30))
  .join(' | ')`;

/** Picks an option of a Mantine select (searchable or not) labelled `label` inside `scope`. */
export async function pickOption(page: Page, scope: Page | Locator, label: string | RegExp, option: string | RegExp, search?: string): Promise<void> {
  const input = scope.getByRole('textbox', { name: label }).or(scope.getByRole('combobox', { name: label })).first();
  await input.click();
  if (search) await input.fill(search);
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).first().click();
}

/** A Kontor server and a Chromium page on it: light scheme, en-IN, Asia/Kolkata, 1280×800, 10 s timeouts. */
export interface BrowserSession {
  server: E2EServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and failed requests seen on the page (`watchPage`). */
  problems: string[];
}

export async function openBrowserSession(env: Record<string, string> = {}): Promise<BrowserSession> {
  const [server, browser] = await Promise.all([startServer(env), launchChromium()]);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', locale: 'en-IN', timezoneId: 'Asia/Kolkata' });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  return { server, browser, context, page, problems: watchPage(page) };
}

/** Closes what `openBrowserSession` opened (whatever part of it was opened). */
export async function closeBrowserSession(session: Partial<Pick<BrowserSession, 'server' | 'browser' | 'context'>>): Promise<void> {
  await session.context?.close();
  await session.browser?.close();
  await session.server?.stop();
}
