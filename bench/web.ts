/**
 * Web app bundle sizes: builds dist/web (vite, no type-check) and reports raw and gzip bytes of
 * all JavaScript and CSS, of what a first visit downloads (the entry script, the chunks
 * index.html preloads, and its stylesheets — lazy route chunks come later), plus the service
 * worker's precache.
 *
 *   npm run bench -- web [--no-build]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { note, report, round } from './_lib.js';

const NAME = 'web';
const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'dist', 'web');
const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false } } });

if (!values['no-build']) {
  const started = performance.now();
  const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-web.mjs'), '--no-check'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (built.status !== 0) {
    note('web build failed');
    process.exit(1);
  }
  report({ name: NAME, metric: 'build_time', value: round((performance.now() - started) / 1000, 1), unit: 's' });
}

async function walk(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : Promise.resolve([path.join(dir, e.name)]))));
  return nested.flat();
}

const kB = (bytes: number) => round(bytes / 1024, 1);
const totals = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } };
const files = await walk(DIST);
for (const file of files) {
  const rel = path.relative(DIST, file);
  if (!rel.startsWith('assets/')) continue;
  const kind = rel.endsWith('.js') ? 'js' : rel.endsWith('.css') ? 'css' : undefined;
  if (!kind) continue;
  const content = await fs.readFile(file);
  totals[kind].raw += content.length;
  totals[kind].gzip += gzipSync(content, { level: 9 }).length;
}
for (const kind of ['js', 'css'] as const) {
  report({ name: NAME, metric: `${kind}.raw`, value: kB(totals[kind].raw), unit: 'kB' });
  report({ name: NAME, metric: `${kind}.gzip`, value: kB(totals[kind].gzip), unit: 'kB' });
}
const gzipOf = async (rel: string) => gzipSync(await fs.readFile(path.join(DIST, rel)), { level: 9 }).length;
const indexHtml = await fs.readFile(path.join(DIST, 'index.html'), 'utf8');
const firstLoad = [...new Set([...indexHtml.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!))];
let firstLoadGzip = 0;
for (const rel of firstLoad) firstLoadGzip += await gzipOf(rel);
report({ name: NAME, metric: 'first_load.files', value: firstLoad.length, unit: 'count' });
report({ name: NAME, metric: 'first_load.gzip', value: kB(firstLoadGzip), unit: 'kB' });
let precache = 0;
for (const file of files) precache += (await fs.stat(file)).size;
report({ name: NAME, metric: 'dist.raw', value: kB(precache), unit: 'kB' });
report({ name: NAME, metric: 'dist.files', value: files.length, unit: 'count' });
