import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';

/** Kysely typed loosely at the platform level; modules narrow it to their own table types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDB = any;
export type Tx = Transaction<AnyDB>;
export type Db = Kysely<AnyDB>;

export const APP_ROLE = 'kontor_app';

export interface DatabaseOptions {
  /** Owner connection: runs migrations and platform workers (outbox relay, audit verify). */
  ownerUrl: string;
  /** Connection for request handling; subject to row-level security. */
  appUrl?: string;
  /** When the app connection logs in as a privileged user, drop to this role on connect. */
  setRole?: string;
  poolSize?: number;
}

/**
 * The two connection pools Kontor uses. `app` is bound by row-level security and is what every
 * use case runs on; `system` belongs to the schema owner and is reserved for platform machinery
 * that must see all tenants (migrations, the outbox relay, audit verification).
 */
export class Database {
  readonly app: Db;
  readonly system: Db;
  readonly appPool: pg.Pool;
  readonly systemPool: pg.Pool;

  constructor(options: DatabaseOptions) {
    this.systemPool = new pg.Pool({ connectionString: options.ownerUrl, max: 8, application_name: 'kontor-system' });
    this.appPool = new pg.Pool({
      connectionString: options.appUrl ?? options.ownerUrl,
      max: options.poolSize ?? 20,
      application_name: 'kontor',
      // The role is a start-up parameter: a login that may not take it fails to connect at all,
      // instead of silently serving requests as the owner, outside row-level security.
      ...(options.setRole && { options: `-c role=${options.setRole}` }),
    });
    for (const pool of [this.appPool, this.systemPool]) {
      pool.on('error', () => undefined); // idle client errors (server restart) must not crash the process
    }
    this.app = new Kysely<AnyDB>({ dialect: new PostgresDialect({ pool: this.appPool }) });
    this.system = new Kysely<AnyDB>({ dialect: new PostgresDialect({ pool: this.systemPool }) });
  }

  /**
   * Runs `fn` in one transaction on the RLS-bound pool with `app.tenant_id` set for its duration.
   * Every row the transaction can see or write belongs to that tenant.
   */
  withTenant<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.app.transaction().execute(async (tx) => {
      await sql`select set_config('app.tenant_id', ${tenantId}, true)`.execute(tx);
      return fn(tx);
    });
  }

  /** A transaction on the RLS-bound pool with no tenant: sees only tenant-free tables. */
  withoutTenant<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.app.transaction().execute(fn);
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.app);
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.app.destroy(), this.system.destroy()]);
  }
}
