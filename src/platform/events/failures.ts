import { sql } from 'kysely';
import type { Db } from '../db/index.js';
import type { EventEnvelope } from './envelope.js';

export type FailureStatus = 'retrying' | 'dead';

export interface FailureRow {
  consumer: string;
  event_id: string;
  tenant_id: string | null;
  event_type: string;
  event: EventEnvelope;
  status: FailureStatus;
  attempts: number;
  last_error: string;
  next_attempt_at: Date | null;
  first_failed_at: Date;
  last_failed_at: Date;
}

const MAX_ERROR_LENGTH = 4_000;

export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH)}…` : text;
}

/**
 * Durable record of failed deliveries, kept by the owner role. All times are the database's, so
 * several processes agree on what is due.
 */
export class FailureStore {
  constructor(private readonly db: Db) {}

  /**
   * Counts one more failed attempt. `delayMs` null means the delivery is dead; otherwise it is due
   * again after the delay. `attempts` is the caller's count when it has one (a broker's delivery
   * count); otherwise the stored count goes up by one.
   */
  async record(consumer: string, event: EventEnvelope, error: unknown, next: { attempts?: number; delayFor(attempts: number): number | null }): Promise<FailureRow> {
    return this.db.transaction().execute(async (tx) => {
      const { rows: existing } = await sql<{ attempts: number }>`
        select attempts from platform.event_failures
        where consumer = ${consumer} and event_id = ${event.id}
        for update`.execute(tx);
      const attempts = next.attempts ?? (existing[0]?.attempts ?? 0) + 1;
      const delayMs = next.delayFor(attempts);
      const status: FailureStatus = delayMs === null ? 'dead' : 'retrying';
      const { rows } = await sql<FailureRow>`
        insert into platform.event_failures
          (consumer, event_id, tenant_id, event_type, event, status, attempts, last_error, next_attempt_at)
        values (
          ${consumer}, ${event.id}, ${event.tenantId}, ${event.type}, ${JSON.stringify(event)}::jsonb,
          ${status}, ${attempts}, ${describeError(error)},
          case when ${delayMs}::float8 is null then null else now() + make_interval(secs => ${delayMs}::float8 / 1000) end
        )
        on conflict (consumer, event_id) do update set
          status = excluded.status,
          attempts = excluded.attempts,
          last_error = excluded.last_error,
          next_attempt_at = excluded.next_attempt_at,
          last_failed_at = now()
        returning *`.execute(tx);
      return rows[0]!;
    });
  }

  async clear(consumer: string, eventId: string): Promise<void> {
    await sql`delete from platform.event_failures where consumer = ${consumer} and event_id = ${eventId}`.execute(this.db);
  }

  /**
   * Takes due `retrying` rows of the given consumers and pushes their next attempt `leaseMs` ahead,
   * so no other process retries them meanwhile; a crash mid-retry only delays them by the lease.
   */
  async claimDue(consumers: string[], limit: number, leaseMs: number): Promise<FailureRow[]> {
    if (consumers.length === 0) return [];
    const { rows } = await sql<FailureRow>`
      update platform.event_failures f
      set next_attempt_at = now() + make_interval(secs => ${leaseMs}::float8 / 1000)
      where (f.consumer, f.event_id) in (
        select consumer, event_id from platform.event_failures
        where status = 'retrying' and next_attempt_at <= now() and consumer = any(${consumers}::text[])
        order by next_attempt_at
        limit ${limit}
        for update skip locked
      )
      returning f.*`.execute(this.db);
    return rows;
  }

  /**
   * Moves one dead delivery of `tenantId` back to `retrying`, due after `dueInMs` (a lease when the
   * caller retries it itself, 0 to hand it to whichever worker runs that consumer). Returns undefined
   * when there is no such dead delivery.
   */
  async reviveDead(tenantId: string, consumer: string, eventId: string, dueInMs: number): Promise<FailureRow | undefined> {
    const { rows } = await sql<FailureRow>`
      update platform.event_failures
      set status = 'retrying', next_attempt_at = now() + make_interval(secs => ${dueInMs}::float8 / 1000)
      where consumer = ${consumer} and event_id = ${eventId} and tenant_id = ${tenantId} and status = 'dead'
      returning *`.execute(this.db);
    return rows[0];
  }

  async find(consumer: string, eventId: string): Promise<FailureRow | undefined> {
    const { rows } = await sql<FailureRow>`
      select * from platform.event_failures where consumer = ${consumer} and event_id = ${eventId}`.execute(this.db);
    return rows[0];
  }
}

/** Dead deliveries of the transaction's tenant (row-level security scopes it), in event order. */
export async function listDeadLetters(
  tx: Db,
  page: { after?: { eventId: string; consumer: string }; limit: number; consumer?: string },
): Promise<FailureRow[]> {
  const { rows } = await sql<FailureRow>`
    select * from platform.event_failures
    where status = 'dead'
      and tenant_id = platform.current_tenant()
      ${page.consumer === undefined ? sql`` : sql`and consumer = ${page.consumer}`}
      ${page.after === undefined ? sql`` : sql`and (event_id, consumer) > (${page.after.eventId}::uuid, ${page.after.consumer})`}
    order by event_id, consumer
    limit ${page.limit}`.execute(tx);
  return rows;
}
