import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM } from './browser.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Builds the web app once per run (vite only; `tsc -p web` runs in the full build). */
export default function setup(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install it with \`apt-get install -y chromium\` (never \`npx playwright install\`)`);
  }
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-web.mjs'), '--no-check'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`web build failed:\n${result.stdout}\n${result.stderr}`);
}
