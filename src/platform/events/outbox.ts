import { sql } from 'kysely';
import { canonicalJson, newId, now, type Actor } from '../../kernel/index.js';
import type { Db, Tx } from '../db/index.js';
import { isEventType, type EventEnvelope, type NewEvent } from './envelope.js';

function envelopeFor<T>(event: NewEvent<T>): EventEnvelope<T> {
  if (!isEventType(event.type)) throw new Error(`Event type "${event.type}" must look like noun.verb_past`);
  const schemaVersion = event.schemaVersion ?? 1;
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1) throw new Error(`Event ${event.type}: schemaVersion must be a positive integer`);
  return { id: newId(), type: event.type, tenantId: event.tenantId, occurredAt: now().toISOString(), actor: event.actor, data: event.data, schemaVersion };
}

const outboxRow = (envelope: EventEnvelope) => ({
  id: envelope.id,
  tenant_id: envelope.tenantId,
  type: envelope.type,
  occurred_at: envelope.occurredAt,
  actor: envelope.actor === null ? null : canonicalJson(envelope.actor),
  data: canonicalJson(envelope.data),
  schema_version: envelope.schemaVersion,
});

/**
 * Records an event in the caller's transaction. It is published only if that transaction commits;
 * a rollback leaves nothing to deliver.
 */
export async function appendEvent<T>(tx: Tx, event: NewEvent<T>): Promise<EventEnvelope<T>> {
  const envelope = envelopeFor(event);
  await tx.insertInto('platform.outbox').values(outboxRow(envelope)).execute();
  return envelope;
}

/** Records several events in one statement, in the given order (the outbox sequence keeps it). */
export async function appendEvents(tx: Tx, events: readonly NewEvent<unknown>[]): Promise<EventEnvelope[]> {
  if (events.length === 0) return [];
  const envelopes = events.map((event) => envelopeFor(event));
  await tx.insertInto('platform.outbox').values(envelopes.map(outboxRow)).execute();
  return envelopes;
}

export interface OutboxRow {
  seq: string;
  id: string;
  tenant_id: string | null;
  type: string;
  occurred_at: Date;
  actor: Actor | null;
  data: unknown;
  schema_version: number;
}

export function envelopeOf(row: OutboxRow): EventEnvelope {
  return {
    id: row.id,
    type: row.type,
    tenantId: row.tenant_id,
    occurredAt: row.occurred_at.toISOString(),
    actor: row.actor,
    data: row.data,
    schemaVersion: row.schema_version,
  };
}

/** Locks the oldest unpublished rows no other relay holds; the lock lasts until `tx` ends. */
export async function claimUnpublished(tx: Tx, limit: number): Promise<OutboxRow[]> {
  const { rows } = await sql<OutboxRow>`
    select seq, id, tenant_id, type, occurred_at, actor, data, schema_version
    from platform.outbox
    where published_at is null
    order by seq
    limit ${limit}
    for update skip locked`.execute(tx);
  return rows;
}

export async function markPublished(tx: Tx, seqs: string[]): Promise<void> {
  if (seqs.length === 0) return;
  await sql`update platform.outbox set published_at = now() where seq = any(${seqs}::bigint[])`.execute(tx);
}

export async function hasUnpublished(db: Db): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`
    select exists (select 1 from platform.outbox where published_at is null) as found`.execute(db);
  return rows[0]?.found ?? false;
}

export interface OutboxLag {
  unpublished: number;
  /** Age of the oldest unpublished event, 0 when there is none. */
  oldestAgeSeconds: number;
}

export async function outboxLag(db: Db): Promise<OutboxLag> {
  const { rows } = await sql<{ unpublished: number; age: number }>`
    select count(*)::int as unpublished,
           coalesce(extract(epoch from now() - min(created_at)), 0)::float8 as age
    from platform.outbox
    where published_at is null`.execute(db);
  return { unpublished: rows[0]?.unpublished ?? 0, oldestAgeSeconds: Math.max(0, rows[0]?.age ?? 0) };
}

/** Deletes published events older than the retention; the broker and the inbox no longer need them. */
export async function prunePublished(db: Db, olderThanMs: number): Promise<number> {
  const result = await sql`
    delete from platform.outbox
    where published_at is not null and published_at < now() - make_interval(secs => ${olderThanMs / 1000})`.execute(db);
  return Number(result.numAffectedRows ?? 0n);
}
