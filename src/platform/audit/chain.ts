import { createHash } from 'node:crypto';
import { canonicalJson, type Actor } from '../../kernel/index.js';

/** `prev_hash` of the first record in every tenant's chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** Everything a record's hash covers besides the previous hash. */
export interface ChainedFields {
  tenantId: string;
  seq: number;
  id: string;
  /** ISO 8601 with milliseconds: exactly what `timestamptz` gives back for a millisecond value. */
  occurredAt: string;
  actor: Actor;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
}

/** A `platform.audit_log` row as the pg driver returns it. */
export interface AuditRow {
  tenant_id: string;
  seq: string | number;
  id: string;
  occurred_at: Date;
  actor: Actor;
  action: string;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  request_id: string | null;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

export function auditHash(prevHash: string, fields: ChainedFields): string {
  return createHash('sha256')
    .update(prevHash)
    .update(canonicalJson({ ...fields, seq: String(fields.seq) }))
    .digest('hex');
}

/**
 * The value as it will read back from a `jsonb` column: plain JSON, with dates as ISO strings and
 * bigints as strings. Hashing this form makes the stored row re-hash to the same value.
 */
export function toJsonValue(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  const text = canonicalJson(value);
  return text === undefined ? null : (JSON.parse(text) as unknown);
}

export function fieldsOfRow(row: AuditRow): ChainedFields {
  return {
    tenantId: row.tenant_id,
    seq: Number(row.seq),
    id: row.id,
    occurredAt: row.occurred_at.toISOString(),
    actor: row.actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before,
    after: row.after,
    requestId: row.request_id,
    ip: row.ip,
  };
}
