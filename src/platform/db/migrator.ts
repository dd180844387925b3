import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

export interface MigrationSource {
  /** Owner of the migrations (a module name, or `platform`). */
  module: string;
  /** Directory of `NNNN_name.sql` files. */
  dir: string;
}

export interface AppliedMigration {
  module: string;
  version: string;
  name: string;
}

const MIGRATION_LOCK = 727_310_001;
const FILE_RE = /^(\d{4})_([a-z0-9_]+)\.sql$/;

export class MigrationError extends Error {
  override name = 'MigrationError';
}

interface MigrationFile {
  module: string;
  version: string;
  name: string;
  sql: string;
  checksum: string;
}

async function readSource(source: MigrationSource): Promise<MigrationFile[]> {
  let entries: string[];
  try {
    entries = await fs.readdir(source.dir);
  } catch {
    return [];
  }
  const files: MigrationFile[] = [];
  for (const entry of entries.sort()) {
    if (!entry.endsWith('.sql')) continue;
    const match = FILE_RE.exec(entry);
    if (!match) throw new MigrationError(`${source.module}: migration file name "${entry}" must look like 0001_name.sql`);
    const sqlText = await fs.readFile(path.join(source.dir, entry), 'utf8');
    files.push({
      module: source.module,
      version: match[1]!,
      name: match[2]!,
      sql: sqlText,
      checksum: createHash('sha256').update(sqlText).digest('hex'),
    });
  }
  return files;
}

/**
 * Applies forward-only SQL migrations in order: sources in the order given, files by number.
 * Each file runs in its own transaction and is recorded with its checksum; an applied file whose
 * content changed stops the run. A session advisory lock makes concurrent starters apply each once.
 */
export async function migrate(connectionString: string, sources: MigrationSource[]): Promise<AppliedMigration[]> {
  const client = new pg.Client({ connectionString, application_name: 'kontor-migrate' });
  await client.connect();
  const applied: AppliedMigration[] = [];
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('set client_min_messages = warning');
    await client.query(`create schema if not exists platform`);
    await client.query(`create table if not exists platform.schema_migrations (
      module text not null,
      version text not null,
      name text not null,
      checksum text not null,
      applied_at timestamptz not null default now(),
      primary key (module, version)
    )`);
    const { rows } = await client.query<{ module: string; version: string; checksum: string }>(
      'select module, version, checksum from platform.schema_migrations',
    );
    const done = new Map(rows.map((r) => [`${r.module}/${r.version}`, r.checksum]));
    for (const source of sources) {
      for (const file of await readSource(source)) {
        const key = `${file.module}/${file.version}`;
        const recorded = done.get(key);
        if (recorded !== undefined) {
          if (recorded !== file.checksum) {
            throw new MigrationError(
              `${file.module} migration ${file.version}_${file.name}.sql was changed after it was applied; migrations are forward-only: add a new file instead`,
            );
          }
          continue;
        }
        try {
          await client.query('begin');
          await client.query(file.sql);
          await client.query(
            'insert into platform.schema_migrations (module, version, name, checksum) values ($1, $2, $3, $4)',
            [file.module, file.version, file.name, file.checksum],
          );
          await client.query('commit');
        } catch (error) {
          await client.query('rollback').catch(() => undefined);
          throw new MigrationError(`${file.module} migration ${file.version}_${file.name}.sql failed: ${(error as Error).message}`);
        }
        applied.push({ module: file.module, version: file.version, name: file.name });
      }
    }
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
  return applied;
}
