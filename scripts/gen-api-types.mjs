#!/usr/bin/env node
// Generates web/src/api/schema.d.ts (the web app's typed API client types) from Kontor's OpenAPI
// document. The document comes from the real app (every module's zod schemas), built in-process
// without a database: building the app never connects, only requests would.
//
//   node scripts/gen-api-types.mjs           write web/src/api/schema.d.ts
//   node scripts/gen-api-types.mjs --check   exit 1 when the committed file is stale
//
// test/web/api-types.test.ts runs the same comparison in the test suite.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_FILE = path.join(ROOT, 'web', 'src', 'api', 'schema.d.ts');

const HEADER = `/**
 * Kontor API types, generated from /openapi.json by scripts/gen-api-types.mjs. Do not edit:
 * run \`node scripts/gen-api-types.mjs\` after changing a route schema.
 */

`;

/** The OpenAPI document of the app with every default module, as GET /openapi.json serves it. */
export async function loadOpenApiDocument() {
  const src = (rel) => path.join(ROOT, 'src', rel);
  const { buildApp } = await import(src('app.ts'));
  const { selectModules } = await import(src('modules/registry.ts'));
  const { loadConfig } = await import(src('platform/config.ts'));
  const { Database } = await import(src('platform/db/index.ts'));
  const { createEventBus } = await import(src('platform/events/index.ts'));
  const { createMailPort } = await import(src('platform/mail/index.ts'));
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kontor-openapi-'));
  // Never connected to: the pools open lazily, and nothing here sends a query.
  const db = new Database({ ownerUrl: 'postgres://kontor@127.0.0.1:1/unused' });
  const config = loadConfig({ NODE_ENV: 'test' }, { dataDir });
  const bus = createEventBus({ db });
  const mail = createMailPort({ smtpUrl: undefined, mailFrom: config.mailFrom, dataDir });
  try {
    const { app } = await buildApp({ config, db, modules: selectModules(undefined), bus, mail });
    try {
      const response = await app.inject({ method: 'GET', url: '/openapi.json' });
      if (response.statusCode !== 200) throw new Error(`GET /openapi.json answered ${response.statusCode}`);
      return response.json();
    } finally {
      await app.close();
    }
  } finally {
    await bus.close();
    await mail.close();
    await db.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

/** The TypeScript source of web/src/api/schema.d.ts for an OpenAPI document. */
export async function renderApiTypes(document) {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(document, { alphabetize: true });
  return HEADER + astToString(ast);
}

export async function generateApiTypes() {
  return renderApiTypes(await loadOpenApiDocument());
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { register } = await import('tsx/esm/api');
  register();
  try {
    const fresh = await generateApiTypes();
    if (process.argv.includes('--check')) {
      const current = await fs.readFile(SCHEMA_FILE, 'utf8').catch(() => '');
      if (current !== fresh) {
        process.stderr.write(`${path.relative(ROOT, SCHEMA_FILE)} is stale: run node scripts/gen-api-types.mjs\n`);
        process.exit(1);
      }
      process.stderr.write(`${path.relative(ROOT, SCHEMA_FILE)} is up to date.\n`);
    } else {
      await fs.mkdir(path.dirname(SCHEMA_FILE), { recursive: true });
      await fs.writeFile(SCHEMA_FILE, fresh);
      process.stderr.write(`Wrote ${path.relative(ROOT, SCHEMA_FILE)}.\n`);
    }
    process.exit(0);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  }
}
