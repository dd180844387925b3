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
  const tenantId = entry.tenantId.toLowerCase(); // as the uuid column gives it back
  const head = await lockHead(tx, tenantId);
  const fields: ChainedFields = {
    tenantId,
    seq: head.seq + 1,
    id: newId().toLowerCase(),
    occurredAt: now().toISOString(),
    actor: toJsonValue(entry.actor) as Actor,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: toJsonValue(entry.before),
    after: toJsonValue(entry.after),
    requestId: entry.requestId,
    ip: entry.ip,
  };
  const hash = auditHash(head.hash, fields);
  await tx
    .insertInto('platform.audit_log')
    .values({
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
      prev_hash: head.hash,
      hash,
    })
    .execute();
  await tx.updateTable('platform.audit_heads').set({ seq: fields.seq, hash }).where('tenant_id', '=', tenantId).execute();
  return { id: fields.id, seq: fields.seq, hash };
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
