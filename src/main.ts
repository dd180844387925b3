#!/usr/bin/env node
import { Command, InvalidArgumentError, Option } from 'commander';
import { loadConfig } from './platform/config.js';
import { migrate, openDatabase } from './platform/db/index.js';
import { runAuditVerify } from './platform/audit/index.js';
import { migrationSources } from './modules/registry.js';
import { DEMO_LOGIN, rotateSigningKey } from './modules/identity/index.js';
import { startKontor, type ProcessRole } from './runtime.js';
import { KONTOR_VERSION } from './version.js';

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65_535) throw new InvalidArgumentError('must be a port number');
  return n;
}

const program = new Command()
  .name('kontor')
  .description('Kontor: books, invoices, stock, tax and banking for small businesses')
  .version(KONTOR_VERSION, '-v, --version');

program
  .command('serve')
  .description('Run the API, web app, event relay and scheduler')
  .option('-p, --port <port>', 'HTTP port (env PORT, default 3000)', port)
  .option('-H, --host <host>', 'interface to listen on (env HOST, default 127.0.0.1)')
  .option('-d, --data-dir <dir>', 'data directory for the embedded database and files (env KONTOR_DATA_DIR, default ./data)')
  .option('-m, --modules <names>', 'comma-separated modules to run (default: all)')
  .addOption(new Option('-r, --role <role>', 'what this process does').choices(['all', 'api', 'worker']).default('all'))
  .option('--demo', 'create the demo tenant if it does not exist yet')
  .action(async (opts: { port?: number; host?: string; dataDir?: string; modules?: string; role: ProcessRole; demo?: boolean }) => {
    const config = loadConfig(process.env, {
      ...(opts.port !== undefined && { port: opts.port }),
      ...(opts.host !== undefined && { host: opts.host }),
      ...(opts.dataDir !== undefined && { dataDir: loadConfig({ ...process.env, KONTOR_DATA_DIR: opts.dataDir }).dataDir }),
    });
    const started = Date.now();
    const kontor = await startKontor({
      config,
      modules: opts.modules?.split(',').map((m) => m.trim()).filter(Boolean),
      role: opts.role,
      demo: opts.demo ?? false,
    });
    const shutdown = (signal: string) => {
      kontor.app.log.info({ signal }, 'shutting down');
      const force = setTimeout(() => process.exit(1), 30_000);
      force.unref();
      kontor.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    const url = kontor.url?.replace('0.0.0.0', '127.0.0.1');
    console.log(`\n  Kontor ${KONTOR_VERSION} is running at ${url} (ready in ${Date.now() - started} ms)`);
    console.log(`  API docs: ${url}/docs`);
    if (kontor.demo) console.log(`  Demo login: ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`);
    console.log('');
  });

program
  .command('migrate')
  .description('Apply database migrations and exit')
  .option('-d, --data-dir <dir>', 'data directory (env KONTOR_DATA_DIR)')
  .action(async (opts: { dataDir?: string }) => {
    const config = loadConfig(opts.dataDir ? { ...process.env, KONTOR_DATA_DIR: opts.dataDir } : process.env);
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, attach: true });
    try {
      const applied = await migrate(database.ownerUrl, migrationSources());
      for (const m of applied) console.log(`applied ${m.module}/${m.version}_${m.name}`);
      console.log(applied.length ? `${applied.length} migration(s) applied` : 'database is up to date');
    } finally {
      await database.close();
    }
  });

program
  .command('demo')
  .description('Create the demo tenant with realistic data')
  .option('-d, --data-dir <dir>', 'data directory (env KONTOR_DATA_DIR)')
  .action(async (opts: { dataDir?: string }) => {
    const config = loadConfig(opts.dataDir ? { ...process.env, KONTOR_DATA_DIR: opts.dataDir } : process.env);
    const kontor = await startKontor({ config, demo: true, listen: false, role: 'api' });
    try {
      console.log(kontor.demo?.created ? 'demo tenant created' : 'demo tenant already exists');
      console.log(`login: ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`);
    } finally {
      await kontor.stop();
    }
  });

const audit = program.command('audit').description('Audit trail tools');
audit
  .command('verify')
  .description('Check every tenant\'s audit hash chain and name the first broken record')
  .option('-t, --tenant <id>', 'only this tenant')
  .option('-d, --data-dir <dir>', 'data directory (env KONTOR_DATA_DIR)')
  .action(async (opts: { tenant?: string; dataDir?: string }) => {
    const config = loadConfig(opts.dataDir ? { ...process.env, KONTOR_DATA_DIR: opts.dataDir } : process.env);
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, attach: true });
    try {
      process.exitCode = await runAuditVerify(database.db, { tenantId: opts.tenant }, (line) => console.log(line));
    } finally {
      await database.close();
    }
  });

const keys = program.command('keys').description('Access-token signing keys');
keys
  .command('rotate')
  .description('Sign new access tokens with a fresh key; tokens signed by the old key stay valid until they expire')
  .option('-d, --data-dir <dir>', 'data directory (env KONTOR_DATA_DIR)')
  .action(async (opts: { dataDir?: string }) => {
    const config = loadConfig(opts.dataDir ? { ...process.env, KONTOR_DATA_DIR: opts.dataDir } : process.env);
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, attach: true });
    try {
      await migrate(database.ownerUrl, migrationSources());
      console.log(`new signing key ${await rotateSigningKey(database.db)}`);
    } finally {
      await database.close();
    }
  });

program
  .command('version')
  .description('Print the version')
  .action(() => console.log(KONTOR_VERSION));

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
