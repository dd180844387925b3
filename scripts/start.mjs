#!/usr/bin/env node
// `npm start`:              build dist/ if the sources changed, then `kontor serve --demo [args]`
// `npm run kontor -- ARGS`: build dist/ if needed, then `kontor ARGS` (migrate, demo, audit verify, …)
//
// Kontor runs in this same process (dist/main.js is imported, not spawned), so signals (Ctrl-C,
// SIGTERM from a supervisor) reach it directly and its pid is the server's pid.
// `npm start -- --no-demo` serves without creating the demo tenant.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, ROOT } from './build.mjs';

const args = process.argv.slice(2);
let kontorArgs;
if (args[0] === '--cli') {
  kontorArgs = args.slice(1);
} else {
  const noDemo = args.includes('--no-demo');
  const rest = args.filter((a) => a !== '--no-demo');
  kontorArgs = ['serve', ...(noDemo ? [] : ['--demo']), ...rest];
}

try {
  await ensureBuilt();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

const main = path.join(ROOT, 'dist', 'main.js');
process.argv = [process.argv[0], main, ...kontorArgs];
await import(pathToFileURL(main).href);
