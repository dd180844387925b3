#!/usr/bin/env node
import { Command, InvalidArgumentError, Option } from 'commander';
import { loadConfig } from './platform/config.js';
import { migrate, openDatabase } from './platform/db/index.js';
import { runAuditVerify } from './platform/audit/index.js';
import { migrationSources } from './modules/registry.js';
import { DEMO_LOGIN, rotateSigningKey } from './modules/identity/index.js';
import { processIo, resolveTenant, runExport, runImport, type LedgerApi } from './modules/ledger/index.js';
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

/** Runs `fn` on a Kontor that does not listen (migrated, modules wired), then stops it. */
async function withKontor(dataDir: string | undefined, fn: (kontor: Awaited<ReturnType<typeof startKontor>>) => Promise<void>): Promise<void> {
  // The export may go to stdout: the server's info logs stay out of it.
  const env = { LOG_LEVEL: 'warn', ...process.env, ...(dataDir && { KONTOR_DATA_DIR: dataDir }) };
  const kontor = await startKontor({ config: loadConfig(env), listen: false, role: 'api' });
  try {
    await fn(kontor);
  } finally {
    await kontor.stop();
  }
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

program
  .command('import')
  .description('Import data into Kontor')
  .command('ledger <file>')
  .description('Post the entries of an hledger/ledger journal or a ledger CSV file (all or nothing; entries imported before are skipped)')
  .addOption(new Option('-f, --format <format>', 'file format (default: csv for .csv files, else journal)').choices(['csv', 'journal']))
  .option('-t, --tenant <id>', 'tenant to import into (default: the only tenant)')
  .option('-n, --dry-run', 'check everything and report, but write nothing')
  .option('-s, --source <label>', 'label that keeps the entry ids of different files apart (default: the format)')
  .option('-c, --commodity <symbol=code>', "read a journal commodity as an ISO currency, e.g. '$=CAD' (repeatable)", collect)
  .addOption(new Option('--number-format <format>', 'CSV amounts: dot (1,234.50) or comma (1.234,50)').choices(['dot', 'comma']))
  .option('-d, --data-dir <dir>', 'data directory (env KONTOR_DATA_DIR)')
  .action(async (file: string, opts: { format?: string; tenant?: string; dryRun?: boolean; source?: string; commodity?: string[]; numberFormat?: 'dot' | 'comma'; dataDir?: string }) => {
    await withKontor(opts.dataDir, async (kontor) => {
      const tenantId = await resolveTenant(kontor.database.db.system, opts.tenant);
      await runImport(kontor.context.modules.get<LedgerApi>('ledger'), tenantId, file, opts, processIo);
    });
  });

program
  .command('export')
  .description('Export data from Kontor')
  .command('ledger')
  .description('Write posted entries as an hledger journal (hledger -f FILE bal) or as ledger CSV')
  .addOption(new Option('-f, --format <format>', 'output format').choices(['hledger', 'csv']).default('hledger'))
  .option('--from <date>', 'first day (YYYY-MM-DD)')
  .option('--to <date>', 'last day (YYYY-MM-DD)')
  .option('-o, --out <file>', 'write to this file instead of stdout')
  .option('-t, --tenant <id>', 'tenant to export (default: the only tenant)')
  .option('-d, --data-dir <dir>', 'data directory (env KONTOR_DATA_DIR)')
  .action(async (opts: { format?: string; from?: string; to?: string; out?: string; tenant?: string; dataDir?: string }) => {
    await withKontor(opts.dataDir, async (kontor) => {
      const tenantId = await resolveTenant(kontor.database.db.system, opts.tenant);
      await runExport(kontor.context.modules.get<LedgerApi>('ledger'), tenantId, opts, processIo);
    });
  });

program
  .command('version')
  .description('Print the version')
  .action(() => console.log(KONTOR_VERSION));

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
