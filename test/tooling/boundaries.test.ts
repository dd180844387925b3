import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Proves that `npm run boundaries` bites: the project's own .dependency-cruiser.cjs is run by the
 * depcruise CLI against small fake `src/` trees, one deliberate violation each. The trees are
 * written under .test-data/ (git-ignored, inside the repo so `fastify`, `pg`, … resolve from the
 * real node_modules) and never seen by tsc, eslint or the real boundary run.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

type Tree = Record<string, string>;

/** A small Kontor-shaped tree that follows every rule, including the allowed edge cases. */
const CLEAN: Tree = {
  'src/kernel/index.ts': `export * from './money.js';\n`,
  'src/kernel/money.ts': `import Decimal from 'decimal.js';\nexport const add = (a: string, b: string) => new Decimal(a).plus(b).toFixed();\n`,
  'src/platform/db/index.ts': `import pg from 'pg';\nimport { sql } from 'kysely';\nimport { add } from '../../kernel/index.js';\nexport const open = () => [pg, sql, add];\n`,
  'src/platform/http/index.ts': `import Fastify from 'fastify';\nimport type { Db } from './types.js';\nexport const http = (db: Db) => [Fastify, db];\n`,
  'src/platform/http/types.ts': `export type Db = { ping(): Promise<void> };\n`,
  // A type-only import of a devDependency is allowed in src.
  'src/platform/testing.ts': `import type { TestProject } from 'vitest/node';\nexport type Project = TestProject;\n`,
  'src/modules/identity/index.ts': `export { login } from './service.js';\nexport type { Role } from './domain/roles.js';\n`,
  'src/modules/identity/service.ts': `import { open } from '../../platform/db/index.js';\nimport { isOwner } from './domain/roles.js';\nexport const login = () => [open, isOwner];\n`,
  'src/modules/identity/domain/roles.ts': `import { add } from '../../../kernel/index.js';\nimport { names } from './names.js';\nexport type Role = 'owner';\nexport const isOwner = (r: Role) => names.includes(r) && add('1', '1') === '2';\n`,
  'src/modules/identity/domain/names.ts': `export const names = ['owner'];\n`,
  // Another module through its public index: allowed.
  'src/modules/sales/index.ts': `export { issue } from './service.js';\n`,
  'src/modules/sales/service.ts': `import { login, type Role } from '../identity/index.js';\nimport { total } from './domain/invoice.js';\nexport const issue = (r: Role) => [login, total, r];\n`,
  'src/modules/sales/domain/invoice.ts': `import { add } from '../../../kernel/index.js';\nexport const total = (a: string, b: string) => add(a, b);\n`,
  // A unit test beside the code may import devDependencies.
  'src/modules/sales/domain/invoice.test.ts': `import { expect, it } from 'vitest';\nimport { total } from './invoice.js';\nit('adds', () => expect(total('1', '2')).toBe('3'));\n`,
  'src/modules/registry.ts': `import { login } from './identity/index.js';\nimport { issue } from './sales/index.js';\nexport const all = [login, issue];\n`,
  'src/app.ts': `import { http } from './platform/http/index.js';\nimport { all } from './modules/registry.js';\nexport const app = [http, all];\n`,
  'src/main.ts': `import { app } from './app.js';\nconsole.log(app);\n`,
};

interface Case {
  name: string;
  rule: string;
  files: Tree;
}

const VIOLATIONS: Case[] = [
  {
    name: 'a module imports another module\'s internals',
    rule: 'module-internals',
    files: { 'src/modules/sales/service.ts': `import { open } from '../identity/service.js';\nexport const issue = () => open;\n` },
  },
  {
    name: 'a module imports another module\'s domain directly',
    rule: 'module-internals',
    files: { 'src/modules/sales/domain/invoice.ts': `import type { Role } from '../../identity/domain/roles.js';\nexport const total = (r: Role) => r;\n` },
  },
  {
    name: 'the registry reaches past a module\'s index',
    rule: 'module-internals-from-outside',
    files: { 'src/modules/registry.ts': `import { login } from './identity/service.js';\nexport const all = [login];\n` },
  },
  {
    name: 'domain imports Fastify (even type-only)',
    rule: 'domain-imports-infrastructure',
    files: { 'src/modules/sales/domain/invoice.ts': `import type { FastifyRequest } from 'fastify';\nexport const total = (r: FastifyRequest) => r.id;\n` },
  },
  {
    name: 'domain imports the pg driver',
    rule: 'domain-imports-infrastructure',
    files: { 'src/modules/sales/domain/invoice.ts': `import pg from 'pg';\nexport const total = () => new pg.Pool();\n` },
  },
  {
    name: 'domain imports Kysely',
    rule: 'domain-imports-infrastructure',
    files: { 'src/modules/sales/domain/invoice.ts': `import { sql } from 'kysely';\nexport const total = () => sql\`select 1\`;\n` },
  },
  {
    name: 'domain imports the platform database adapter',
    rule: 'domain-imports-infrastructure',
    files: { 'src/modules/sales/domain/invoice.ts': `import { open } from '../../../platform/db/index.js';\nexport const total = () => open();\n` },
  },
  {
    name: 'kernel imports the database driver',
    rule: 'kernel-imports-infrastructure',
    files: { 'src/kernel/money.ts': `import pg from 'pg';\nexport const add = (a: string, b: string) => [pg, a, b];\n` },
  },
  {
    name: 'kernel imports platform',
    rule: 'kernel-imports-outer-layer',
    files: { 'src/kernel/money.ts': `import type { Db } from '../platform/http/types.js';\nexport const add = (a: Db, b: string) => [a, b];\n` },
  },
  {
    name: 'platform imports a module',
    rule: 'platform-imports-modules',
    files: { 'src/platform/http/types.ts': `import type { Role } from '../../modules/identity/index.js';\nexport type Db = { role: Role; ping(): Promise<void> };\n` },
  },
  {
    name: 'a module imports the app',
    rule: 'modules-import-app',
    files: { 'src/modules/sales/service.ts': `import { app } from '../../app.js';\nexport const issue = () => app;\n` },
  },
  {
    name: 'a cycle inside a module',
    rule: 'no-circular',
    files: {
      'src/modules/sales/service.ts': `import { b } from './helper.js';\nexport const issue = () => b;\nexport const a = 1;\n`,
      'src/modules/sales/helper.ts': `import { a } from './service.js';\nexport const b = () => a;\n`,
    },
  },
  {
    name: 'a cycle between two modules through their indexes',
    rule: 'no-circular',
    files: {
      'src/modules/identity/service.ts': `import { issue } from '../sales/index.js';\nexport const login = () => issue;\n`,
    },
  },
  {
    name: 'production code imports a test helper',
    rule: 'src-imports-tests',
    files: {
      'test/support/app.ts': `export const helper = 1;\n`,
      'src/platform/http/types.ts': `import { helper } from '../../../test/support/app.js';\nexport type Db = { n: typeof helper };\n`,
    },
  },
  {
    name: 'src imports a devDependency at run time',
    rule: 'no-dev-dependency-in-src',
    files: { 'src/platform/testing.ts': `import { describe } from 'vitest';\nexport const d = describe;\n` },
  },
  {
    name: 'src imports a package missing from package.json',
    rule: 'no-undeclared-package',
    // `acorn` is in node_modules (a transitive dependency) but not in package.json.
    files: { 'src/platform/testing.ts': `import { parse } from 'acorn';\nexport const p = parse;\n` },
  },
];

interface Run {
  code: number;
  output: string;
}

const scratch = path.join(ROOT, '.test-data', `boundaries-${randomBytes(4).toString('hex')}`);
const runs = new Map<string, Promise<Run>>();

async function writeTree(dir: string, tree: Tree): Promise<void> {
  for (const [file, content] of Object.entries(tree)) {
    await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await fs.writeFile(path.join(dir, file), content);
  }
}

function depcruise(cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [DEPCRUISE, 'src', '--config', CONFIG, '--output-type', 'err'],
      { cwd, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, output: `${stdout}${stderr}` });
      },
    );
  });
}

/** Runs at most `limit` depcruise processes at a time (the machine has two cores). */
function limiter(limit: number) {
  let active = 0;
  const queue: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((r) => queue.push(r));
    active += 1;
    try {
      return await task();
    } finally {
      active -= 1;
      queue.shift()?.();
    }
  };
}

beforeAll(async () => {
  const packageJson = await fs.readFile(path.join(ROOT, 'package.json'), 'utf8');
  const limit = limiter(2);
  const cases: [string, Tree][] = [['clean', {}], ...VIOLATIONS.map((c, i): [string, Tree] => [`case-${i}`, c.files])];
  for (const [key, overlay] of cases) {
    const dir = path.join(scratch, key);
    await writeTree(dir, { ...CLEAN, ...overlay, 'package.json': packageJson });
    runs.set(key, limit(() => depcruise(dir)));
  }
  await Promise.all(runs.values());
}, 120_000);

afterAll(async () => {
  await fs.rm(scratch, { recursive: true, force: true });
});

describe('boundary check (.dependency-cruiser.cjs)', () => {
  it('passes a tree that follows every rule', async () => {
    const run = await runs.get('clean')!;
    expect(run.output).toMatch(/no dependency violations found/);
    expect(run.code).toBe(0);
  });

  it.each(VIOLATIONS.map((c, i) => ({ ...c, key: `case-${i}` })))('fails when $name ($rule)', async ({ key, rule }) => {
    const run = await runs.get(key)!;
    expect(run.code).not.toBe(0);
    expect(run.output).toContain(`error ${rule}:`);
  });

  it('is the check `npm run boundaries` and `npm run lint` run', async () => {
    const pkg = JSON.parse(await fs.readFile(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.boundaries).toMatch(/depcruise src --config \.dependency-cruiser\.cjs/);
    expect(pkg.scripts.lint).toContain('npm run boundaries');
    expect(pkg.scripts.test).toContain('npm run lint');
  });
});
