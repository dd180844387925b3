import type { RouteOptions } from 'fastify';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../../src/app.js';
import { ALL_MODULES, selectModules } from '../../src/modules/registry.js';
import { loadConfig, type KontorConfig } from '../../src/platform/config.js';
import type { Database } from '../../src/platform/db/index.js';
import type { EventBus } from '../../src/platform/events/bus.js';
import { createEventBus } from '../../src/platform/events/index.js';
import type { KontorApp } from '../../src/platform/http/types.js';
import { createMailPort } from '../../src/platform/mail/index.js';
import type { MailPort } from '../../src/platform/mail/port.js';
import type { ModuleContext, ModuleDefinition } from '../../src/platform/module.js';
import type { IdentityApi } from '../../src/modules/identity/index.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { signUp, type SignedUp, type SignUpInput } from './factories.js';

export interface TestApp {
  app: KontorApp;
  routes: RouteOptions[];
  db: Database;
  testDb: TestDatabase;
  bus: EventBus;
  mail: MailPort;
  config: KontorConfig;
  context: ModuleContext;
  /** A new user who owns a new tenant, with bearer headers for that tenant. */
  signUp(input?: SignUpInput): Promise<SignedUp>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  config?: Partial<KontorConfig>;
  modules?: ModuleDefinition[];
  /** Use this bus instead of a fresh in-process one (it is not started or closed here). */
  bus?: EventBus;
  /** A database to reuse (e.g. shared by several apps in one test file). */
  testDb?: TestDatabase;
}

/**
 * A full Kontor app on a fresh database cloned from the migrated template, with an in-process
 * bus and the file mail port in a scratch directory. Requests go through `app.inject`.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const testDb = options.testDb ?? (await createTestDatabase());
  const dataDir = options.config?.dataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'kontor-test-')));
  const config = loadConfig({ NODE_ENV: 'test' }, { dataDir, ...options.config });
  const bus = options.bus ?? createEventBus({ db: testDb.db });
  const mail = createMailPort({ smtpUrl: config.smtpUrl, mailFrom: config.mailFrom, dataDir: config.dataDir });
  const modules = options.modules ?? selectModules(undefined, ALL_MODULES);
  const { app, context, routes } = await buildApp({ config, db: testDb.db, modules, bus, mail });
  return {
    app,
    routes,
    db: testDb.db,
    testDb,
    bus,
    mail,
    config,
    context,
    signUp: (input) => signUp(app, context.modules.get<IdentityApi>('identity'), input),
    async close() {
      await app.close();
      if (!options.bus) await bus.close();
      await mail.close();
      if (!options.testDb) await testDb.drop();
      if (!options.config?.dataDir) await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
