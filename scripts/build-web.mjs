#!/usr/bin/env node
// Builds the web app (web/, React + Vite PWA) into dist/web/, which the server serves at `/`
// (src/platform/http/web.ts). Type-checks web/ first (tsc -p web/tsconfig.json), then vite build.
//
//   node scripts/build-web.mjs              type-check and build
//   node scripts/build-web.mjs --no-check   build only (vite does not type-check)
//
// Exported as buildWeb() for scripts/build.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_DIST = path.join(ROOT, 'dist', 'web');

function run(args, label, env = process.env) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status ?? result.signal})`);
}

export async function buildWeb({ check = true, log = (m) => process.stderr.write(`${m}\n`) } = {}) {
  const started = Date.now();
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(vite)) throw new Error('Vite is not installed: run `npm ci` first (the web build needs the devDependencies).');
  if (check) run([path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'web', 'tsconfig.json')], 'tsc -p web');
  // A production bundle even when called from a test runner (vitest sets NODE_ENV=test, and Vite
  // would then bundle React's development build and skip the service worker).
  run([vite, 'build', '--config', path.join(ROOT, 'web', 'vite.config.ts'), '--logLevel', 'warn'], 'vite build', { ...process.env, NODE_ENV: 'production' });
  const ms = Date.now() - started;
  log(`Built dist/web/ in ${(ms / 1000).toFixed(1)} s.`);
  return { ms, outDir: WEB_DIST };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildWeb({ check: !process.argv.includes('--no-check') }).catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
