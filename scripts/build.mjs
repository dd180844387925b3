#!/usr/bin/env node
// Builds src/ into dist/ with tsc (tsconfig.build.json) and copies non-TypeScript assets
// (migrations/*.sql, …) to the same relative paths, so dist/main.js finds them via import.meta.url.
//
//   node scripts/build.mjs           build only if the inputs changed since the last build
//   node scripts/build.mjs --force   always build
//
// Then builds the web app (web/ → dist/web/, scripts/build-web.mjs).
//
// "Changed" is decided by a content hash of every file under src/ and web/, package.json, package-lock.json,
// tsconfig*.json and this script, kept in dist/.build-stamp. A content hash (not mtimes) means a
// fresh clone or a `git checkout` that restores the same bytes does not trigger a rebuild.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWeb } from './build-web.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(ROOT, 'src');
const WEB = path.join(ROOT, 'web');
const DIST = path.join(ROOT, 'dist');
const STAMP = path.join(DIST, '.build-stamp');
const EXTRA_INPUTS = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'scripts/build.mjs', 'scripts/build-web.mjs'];
/** dist/ files that are build bookkeeping, not outputs of a source file. */
const BOOKKEEPING = new Set(['.build-stamp', '.tsbuildinfo']);

async function walk(dir) {
  const out = [];
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (error.code === 'ENOENT') return out;
    throw error;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out.sort();
}

const isTypeScript = (file) => file.endsWith('.ts') && !file.endsWith('.d.ts');
const isTest = (file) => /\.test\.ts$/.test(file);

/** Hash of everything the build reads. */
export async function computeStamp() {
  const hash = createHash('sha256');
  const files = [...(await walk(SRC)), ...(await walk(WEB)), ...EXTRA_INPUTS.map((f) => path.join(ROOT, f))];
  for (const file of files) {
    let content;
    try {
      content = await fs.readFile(file);
    } catch (error) {
      if (error.code === 'ENOENT') continue;
      throw error;
    }
    hash.update(path.relative(ROOT, file)).update('\0').update(content).update('\0');
  }
  hash.update(process.version.split('.')[0]);
  return hash.digest('hex');
}

export async function isUpToDate(stamp) {
  if (!existsSync(path.join(DIST, 'main.js')) || !existsSync(path.join(DIST, 'web', 'index.html'))) return false;
  try {
    return (await fs.readFile(STAMP, 'utf8')).trim() === stamp;
  } catch {
    return false;
  }
}

/** The dist/ path a source file compiles or copies to. */
function outputsOf(srcFile) {
  const rel = path.relative(SRC, srcFile);
  if (isTypeScript(srcFile)) {
    const js = path.join(DIST, rel.replace(/\.ts$/, '.js'));
    return [js, `${js}.map`];
  }
  return [path.join(DIST, rel)];
}

async function copyAssets(sources) {
  let copied = 0;
  for (const file of sources) {
    if (isTypeScript(file) || file.endsWith('.d.ts')) continue;
    const [target] = outputsOf(file);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.copyFile(file, target);
    copied += 1;
  }
  return copied;
}

/** Deletes dist/ files whose source is gone (a removed module must not keep running). */
async function removeStale(sources) {
  const expected = new Set(sources.filter((f) => !isTest(f)).flatMap(outputsOf));
  let removed = 0;
  for (const file of await walk(DIST)) {
    const rel = path.relative(DIST, file);
    if (BOOKKEEPING.has(rel) || rel.split(path.sep)[0] === 'web') continue; // dist/web is the web build's
    if (!expected.has(file)) {
      await fs.rm(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}

function runTsc() {
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!existsSync(tsc)) {
    throw new Error('TypeScript is not installed: run `npm ci` first (the build needs the devDependencies).');
  }
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`tsc failed (exit ${result.status ?? result.signal})`);
}

/**
 * Builds when needed. Returns { built, ms }. Logs go to stderr so `npm run kontor -- …` output
 * stays clean on stdout.
 */
export async function ensureBuilt({ force = false, log = (m) => process.stderr.write(`${m}\n`) } = {}) {
  const started = Date.now();
  const stamp = await computeStamp();
  if (!force && (await isUpToDate(stamp))) return { built: false, ms: Date.now() - started };
  const reason = force ? 'forced' : existsSync(path.join(DIST, 'main.js')) ? 'sources changed since the last build' : 'first build';
  log(`Building Kontor (${reason})…`);
  await fs.rm(STAMP, { force: true });
  // A forced build re-emits everything, even files deleted from dist/ by hand.
  if (force) await fs.rm(path.join(DIST, '.tsbuildinfo'), { force: true });
  runTsc();
  const sources = await walk(SRC);
  const copied = await copyAssets(sources);
  const removed = await removeStale(sources);
  await buildWeb({ log });
  await fs.writeFile(STAMP, `${stamp}\n`);
  const ms = Date.now() - started;
  log(`Built dist/ in ${(ms / 1000).toFixed(1)} s (${copied} asset(s) copied${removed ? `, ${removed} stale file(s) removed` : ''}).`);
  return { built: true, ms };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const force = process.argv.includes('--force');
  ensureBuilt({ force }).then(
    ({ built }) => {
      if (!built) process.stderr.write('dist/ is up to date.\n');
    },
    (error) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
