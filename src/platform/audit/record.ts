import { sql } from 'kysely';
import { newId, now, type Actor, type Invocation } from '../../kernel/index.js';
import type { Tx } from '../db/index.js';
import { GENESIS_HASH, auditHash, toJsonValue, type ChainedFields } from './chain.js';

/** One state change, as a use case reports it. */
export interface AuditEntry {
  tenantId: string;
  actor: Actor;
  /** `<entity>.<verb>`, e.g. `invoice.issued`. */
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
}

export interface AppendedAuditRecord {
  id: string;
  seq: number;
  hash: string;
}

export function auditFromInvocation(
  inv: Invocation,
  action: string,
  entityType: string,
  entityId: string,
  before: unknown,
  after: unknown,
): AuditEntry {
  return { tenantId: inv.tenantId, actor: inv.actor, action, entityType, entityId, before, after, requestId: inv.requestId, ip: inv.ip };
}

/**
 * Appends a record to the tenant's chain inside the caller's transaction. The tenant's head row
 * stays locked until that transaction ends, so call this late in a use case: other audited
 * changes in the same tenant wait for it.
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<AppendedAuditRecord> {
  return (await recordAudits(tx, [entry]))[0]!;
}

/**
 * Appends several records of one tenant, in the order given, with one head lock and one insert:
 * what a use case that commits many changes at once (a group of postings) records.
 */
export async function recordAudits(tx: Tx, entries: readonly AuditEntry[]): Promise<AppendedAuditRecord[]> {
  if (entries.length === 0) return [];
  const tenantId = entries[0]!.tenantId.toLowerCase(); // as the uuid column gives it back
  if (entries.some((e) => e.tenantId.toLowerCase() !== tenantId)) throw new Error('recordAudits: all records must belong to one tenant');
  const head = await lockHead(tx, tenantId);
  const occurredAt = now().toISOString();
  let prevHash = head.hash;
  const rows = entries.map((entry, i) => {
    const fields: ChainedFields = {
      tenantId,
      seq: head.seq + 1 + i,
      id: newId().toLowerCase(),
      occurredAt,
      actor: toJsonValue(entry.actor) as Actor,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJsonValue(entry.before),
      after: toJsonValue(entry.after),
      requestId: entry.requestId,
      ip: entry.ip,
    };
    const hash = auditHash(prevHash, fields);
    const row = {
      tenant_id: fields.tenantId,
      seq: fields.seq,
      id: fields.id,
      occurred_at: fields.occurredAt,
      actor: jsonb(fields.actor),
      action: fields.action,
      entity_type: fields.entityType,
      entity_id: fields.entityId,
      before: jsonb(fields.before),
      after: jsonb(fields.after),
      request_id: fields.requestId,
      ip: fields.ip,
      prev_hash: prevHash,
      hash,
    };
    prevHash = hash;
    return row;
  });
  const last = rows[rows.length - 1]!;
  // The records and the head's move in one statement.
  await tx
    .with('appended', (db) => db.insertInto('platform.audit_log').values(rows))
    .updateTable('platform.audit_heads')
    .set({ seq: last.seq, hash: last.hash })
    .where('tenant_id', '=', tenantId)
    .execute();
  return rows.map((r) => ({ id: r.id, seq: r.seq, hash: r.hash }));
}

/** Creates the head on a tenant's first record; either way returns it locked. */
async function lockHead(tx: Tx, tenantId: string): Promise<{ seq: number; hash: string }> {
  const { rows } = await sql<{ seq: string; hash: string }>`
    insert into platform.audit_heads (tenant_id, seq, hash) values (${tenantId}, 0, ${GENESIS_HASH})
    on conflict (tenant_id) do update set seq = platform.audit_heads.seq
    returning seq, hash`.execute(tx);
  const head = rows[0]!;
  return { seq: Number(head.seq), hash: head.hash };
}

function jsonb(value: unknown) {
  return value === null ? null : sql`${JSON.stringify(value)}::jsonb`;
}
