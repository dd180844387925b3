import { AppError } from '../../kernel/index.js';
import type { Tx } from '../db/index.js';
import { decodeCursor, toPage } from '../http/pagination.js';
import { fieldsOfRow, type AuditRow } from './chain.js';

export interface AuditListFilter {
  entityType?: string;
  entityId?: string;
  action?: string;
  cursor?: string;
  limit: number;
}

export interface AuditRecordView {
  id: string;
  seq: number;
  occurredAt: string;
  actor: AuditRow['actor'];
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
  prevHash: string;
  hash: string;
}

/** One page of the tenant's audit trail, newest first. */
export async function listAuditRecords(tx: Tx, tenantId: string, filter: AuditListFilter) {
  const after = cursorSeq(filter.cursor);
  let query = tx.selectFrom('platform.audit_log').selectAll().where('tenant_id', '=', tenantId);
  if (filter.entityType !== undefined) query = query.where('entity_type', '=', filter.entityType);
  if (filter.entityId !== undefined) query = query.where('entity_id', '=', filter.entityId);
  if (filter.action !== undefined) query = query.where('action', '=', filter.action);
  if (after !== undefined) query = query.where('seq', '<', after);
  const rows = await query.orderBy('seq', 'desc').limit(filter.limit + 1).$castTo<AuditRow>().execute();
  return toPage(rows.map(toView), filter.limit, (r) => ({ k: r.seq, id: r.id }));
}

function cursorSeq(cursor: string | undefined): number | undefined {
  const position = decodeCursor(cursor);
  if (position === undefined) return undefined;
  if (typeof position.k !== 'number' || !Number.isSafeInteger(position.k)) {
    throw new AppError('validation', 'REQUEST.INVALID_CURSOR', 'The cursor is not one this API issued', {
      errors: [{ path: 'querystring.cursor', message: 'invalid cursor' }],
    });
  }
  return position.k;
}

function toView(row: AuditRow): AuditRecordView {
  const { tenantId: _tenant, ...fields } = fieldsOfRow(row);
  return { ...fields, prevHash: row.prev_hash, hash: row.hash };
}
