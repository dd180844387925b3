import type { FastifyBaseLogger } from 'fastify';
import pino from 'pino';
import { loggerOptions } from './platform/observability/logger.js';
import { buildApp } from './app.js';
import { selectModules, migrationSources } from './modules/registry.js';
import type { IdentityApi } from './modules/identity/index.js';
import type { KontorConfig } from './platform/config.js';
import { migrate, openDatabase, type OpenedDatabase } from './platform/db/index.js';
import type { EventBus } from './platform/events/bus.js';
import { createEventBus, OutboxRelay } from './platform/events/index.js';
import type { KontorApp } from './platform/http/types.js';
import { sweepIdempotencyKeys } from './platform/http/idempotency.js';
import { createMailPort } from './platform/mail/index.js';
import type { MailPort } from './platform/mail/port.js';
import type { ModuleContext, ModuleDefinition } from './platform/module.js';

export type ProcessRole = 'all' | 'api' | 'worker';

export interface StartOptions {
  config: KontorConfig;
  modules?: string[];
  role?: ProcessRole;
  /** Create the demo tenant if it does not exist yet. */
  demo?: boolean;
  listen?: boolean;
}

export interface RunningKontor {
  app: KontorApp;
  url: string | undefined;
  database: OpenedDatabase;
  context: ModuleContext;
  demo: { tenantId: string; userId: string; created: boolean } | undefined;
  stop(): Promise<void>;
}

/** Opens the database, migrates, wires the modules and starts serving. */
export async function startKontor(options: StartOptions): Promise<RunningKontor> {
  const { config } = options;
  const role = options.role ?? 'all';
  const modules = selectModules(options.modules);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    databaseAppUrl: config.databaseAppUrl,
    dataDir: config.dataDir,
  });
  const timers: NodeJS.Timeout[] = [];
  const parts: { app?: KontorApp; relay?: OutboxRelay; bus?: EventBus; mail?: MailPort } = {};
  let stopping: Promise<void> | undefined;
  /** Stops whatever has been started, in reverse order; safe to call at any point of start-up. */
  const stop = () => {
    stopping ??= (async () => {
      for (const timer of timers) clearInterval(timer);
      await parts.app?.close(); // stops accepting, lets in-flight requests finish
      if (parts.relay) {
        await parts.relay.drain(10_000).catch(() => undefined);
        await parts.relay.stop();
      }
      await parts.bus?.close();
      await parts.mail?.close();
      await database.close();
    })();
    return stopping;
  };
  try {
    await migrate(database.ownerUrl, migrationSources());
    const { db } = database;
    const mail = (parts.mail = createMailPort({ smtpUrl: config.smtpUrl, mailFrom: config.mailFrom, dataDir: config.dataDir }));
    const bus = (parts.bus = createEventBus({
      db,
      natsUrl: config.natsUrl,
      rabbitmqUrl: config.rabbitmqUrl,
      logger: pino(loggerOptions(config.logLevel)),
    }));
    const { app, context } = await buildApp({ config, db, modules, bus, mail, role });
    parts.app = app;
    if (role !== 'api') {
      await bus.start();
      parts.relay = new OutboxRelay({ db, bus, logger: app.log });
      await parts.relay.start();
      timers.push(...scheduleJobs(modules, context, app.log));
      timers.push(every(3_600_000, () => sweepIdempotencyKeys(db.system), app.log, 'idempotency-sweep'));
    }

    const demo = options.demo && modules.some((m) => m.name === 'identity') ? await loadDemo(modules, context) : undefined;

    let url: string | undefined;
    if (options.listen !== false) {
      url = await app.listen({ port: config.port, host: config.host });
    }
    return { app, url, database, context, demo, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

async function loadDemo(modules: ModuleDefinition[], context: ModuleContext) {
  const identity = context.modules.get<IdentityApi>('identity');
  const demo = await identity.ensureDemoTenant();
  for (const module of modules) {
    await module.demo?.(context, { tenantId: demo.tenantId, userId: demo.userId });
  }
  return demo;
}

function scheduleJobs(modules: ModuleDefinition[], context: ModuleContext, log: FastifyBaseLogger): NodeJS.Timeout[] {
  return modules.flatMap((m) => (m.jobs ?? []).map((job) => every(job.intervalMs, () => job.run(context), log, `${m.name}.${job.name}`)));
}

function every(ms: number, run: () => Promise<unknown>, log: FastifyBaseLogger, name: string): NodeJS.Timeout {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    run()
      .catch((error: unknown) => log.error({ err: error, job: name }, 'scheduled job failed'))
      .finally(() => {
        running = false;
      });
  }, ms);
  timer.unref();
  return timer;
}
