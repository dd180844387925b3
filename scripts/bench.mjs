#!/usr/bin/env node
// `npm run bench`              lists the benchmarks in bench/
// `npm run bench -- <name>…`   runs bench/<name>.ts (through tsx); each prints JSON lines
//                              {"name","metric","value","unit"} on stdout, progress on stderr.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.join(ROOT, 'bench');

const available = readdirSync(BENCH)
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_') && !f.endsWith('.d.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

const [name, ...rest] = process.argv.slice(2);
if (!name || name === '--list' || name === '-h' || name === '--help') {
  process.stdout.write(`Usage: npm run bench -- <name> [args]\n\nAvailable benchmarks:\n${available.map((b) => `  ${b}`).join('\n')}\n`);
  process.exit(0);
}

const names = name === 'all' ? available : [name];
for (const bench of names) {
  const file = path.join(BENCH, `${bench}.ts`);
  if (!existsSync(file)) {
    process.stderr.write(`Unknown benchmark "${bench}". Available: ${available.join(', ')}\n`);
    process.exit(2);
  }
}

for (const bench of names) {
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(BENCH, `${bench}.ts`), ...rest], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    });
    const forward = (signal) => child.kill(signal);
    process.once('SIGINT', forward);
    process.once('SIGTERM', forward);
    child.on('exit', (exitCode, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(exitCode ?? (signal ? 1 : 0));
    });
  });
  if (code !== 0) {
    process.stderr.write(`benchmark ${bench} failed (exit ${code})\n`);
    process.exit(code);
  }
}
