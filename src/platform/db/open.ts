import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { APP_ROLE, Database } from './database.js';
import { EMBEDDED_SUPERUSER, EmbeddedPostgres, socketDirFor } from './embedded-postgres.js';

export interface OpenedDatabase {
  db: Database;
  ownerUrl: string;
  embedded: EmbeddedPostgres | undefined;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  databaseUrl: string | undefined;
  databaseAppUrl?: string | undefined;
  dataDir: string;
  /** Use a PostgreSQL already started for this data dir by a running Kontor instead of failing. */
  attach?: boolean;
  log?: (message: string) => void;
  poolSize?: number;
}

export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
}

const DATABASE_NAME = 'kontor';
const LOCK_FILE = 'kontor.pid';

export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenedDatabase> {
  if (options.databaseUrl) {
    const db = new Database({
      ownerUrl: options.databaseUrl,
      appUrl: options.databaseAppUrl,
      setRole: options.databaseAppUrl ? undefined : APP_ROLE,
      poolSize: options.poolSize,
    });
    return { db, ownerUrl: options.databaseUrl, embedded: undefined, close: () => db.close() };
  }

  const dataDir = path.resolve(options.dataDir);
  const owner = runningOwner(dataDir);
  if (owner !== undefined) {
    if (!options.attach) {
      throw new DataDirInUseError(`Kontor (pid ${owner}) is already running on ${dataDir}`);
    }
    return connectEmbedded(dataDir, undefined, options.poolSize);
  }

  const embedded = new EmbeddedPostgres({ dataDir, log: options.log });
  await embedded.start();
  await fs.writeFile(path.join(dataDir, LOCK_FILE), String(process.pid));
  try {
    await ensureDatabase(embedded.connectionString('postgres'), DATABASE_NAME);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return connectEmbedded(dataDir, embedded, options.poolSize);
}

function connectEmbedded(dataDir: string, embedded: EmbeddedPostgres | undefined, poolSize?: number): OpenedDatabase {
  const socket = socketDirFor(dataDir);
  const url = (user: string) =>
    `postgresql://${user}@localhost/${DATABASE_NAME}?host=${encodeURIComponent(socket)}&port=5432`;
  const ownerUrl = url(EMBEDDED_SUPERUSER);
  const db = new Database({ ownerUrl, appUrl: url(APP_ROLE), poolSize });
  return {
    db,
    ownerUrl,
    embedded,
    async close() {
      await db.close();
      if (embedded) {
        await embedded.stop();
        await fs.rm(path.join(dataDir, LOCK_FILE), { force: true });
      }
    },
  };
}

/** The pid of a live Kontor process that owns this data dir, if any. */
function runningOwner(dataDir: string): number | undefined {
  const file = path.join(dataDir, LOCK_FILE);
  if (!existsSync(file)) return undefined;
  const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
  if (!Number.isInteger(pid) || pid === process.pid) return undefined;
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmd.includes('node') ? pid : undefined;
  } catch {
    return pid;
  }
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) {
      await client.query(`create database ${pg.escapeIdentifier(name)}`).catch((error: { code?: string }) => {
        if (error.code !== '42P04') throw error; // created concurrently
      });
    }
  } finally {
    await client.end();
  }
}
