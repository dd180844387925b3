import { sql } from 'kysely';
import { isUuid } from '../../kernel/index.js';
import type { Database, Db } from '../db/index.js';
import { GENESIS_HASH, auditHash, fieldsOfRow, type AuditRow } from './chain.js';

export type BreakReason =
  /** A record is gone: the sequence skips it (or the head says the chain is longer). */
  | 'missing'
  /** `prev_hash` is not the previous record's hash: a record was inserted, replaced or reordered. */
  | 'chain_break'
  /** The record's content no longer produces its hash: a field (or the hash) was changed. */
  | 'hash_mismatch'
  /** The record lies past the tenant's head: it was added outside Kontor. */
  | 'beyond_head'
  /** The head's hash is not the last record's hash. */
  | 'head_mismatch';

export interface BrokenRecord {
  seq: number;
  /** Null when the record is missing. */
  id: string | null;
  reason: BreakReason;
  message: string;
}

export interface TenantChainResult {
  tenantId: string;
  ok: boolean;
  /** Records that verified before the first break (all of them when ok). */
  checked: number;
  firstBroken: BrokenRecord | null;
}

export interface AuditVerifyReport {
  ok: boolean;
  tenants: TenantChainResult[];
}

const BATCH = 1000;

/**
 * Walks one tenant's chain in order and stops at the first record that does not check out.
 * Run it in a repeatable-read transaction so appends that commit meanwhile are not half-seen.
 */
export async function verifyTenantChain(db: Db, tenantId: string): Promise<TenantChainResult> {
  const headRow = await db
    .selectFrom('platform.audit_heads')
    .select(['seq', 'hash'])
    .where('tenant_id', '=', tenantId)
    .$castTo<{ seq: string; hash: string }>()
    .executeTakeFirst();
  const head = { seq: Number(headRow?.seq ?? 0), hash: headRow?.hash ?? GENESIS_HASH };
  let expected = 1;
  let prevHash = GENESIS_HASH;
  let lastId: string | null = null;
  const broken = (firstBroken: BrokenRecord): TenantChainResult => ({ tenantId, ok: false, checked: expected - 1, firstBroken });

  for (;;) {
    const rows = await db
      .selectFrom('platform.audit_log')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('seq', '>=', expected)
      .orderBy('seq')
      .limit(BATCH)
      .$castTo<AuditRow>()
      .execute();
    for (const row of rows) {
      const seq = Number(row.seq);
      if (seq !== expected) {
        return broken({ seq: expected, id: null, reason: 'missing', message: `record ${expected} is missing; the next one present is ${seq} (${row.id})` });
      }
      if (seq > head.seq) {
        return broken({ seq, id: row.id, reason: 'beyond_head', message: `record ${seq} lies past the chain head (${head.seq}): it was not appended by Kontor` });
      }
      if (row.prev_hash !== prevHash) {
        return broken({ seq, id: row.id, reason: 'chain_break', message: `record ${seq} does not link to the hash of record ${seq - 1}` });
      }
      if (auditHash(row.prev_hash, fieldsOfRow(row)) !== row.hash) {
        return broken({ seq, id: row.id, reason: 'hash_mismatch', message: `record ${seq} was changed after it was written: its content does not match its hash` });
      }
      prevHash = row.hash;
      lastId = row.id;
      expected += 1;
    }
    if (rows.length < BATCH) break;
  }

  if (head.seq >= expected) {
    return broken({ seq: expected, id: null, reason: 'missing', message: `records ${expected}..${head.seq} are missing from the end of the chain` });
  }
  if (head.hash !== prevHash) {
    return broken({ seq: head.seq, id: lastId, reason: 'head_mismatch', message: `the chain head does not match the hash of record ${head.seq}` });
  }
  return { tenantId, ok: true, checked: expected - 1, firstBroken: null };
}

/** Verifies every tenant's chain (or one) on the owner connection, which sees all tenants. */
export async function verifyAuditLog(db: Database, opts: { tenantId?: string } = {}): Promise<AuditVerifyReport> {
  const tenantIds = opts.tenantId ? [opts.tenantId] : await chainedTenants(db.system);
  const tenants: TenantChainResult[] = [];
  for (const tenantId of tenantIds) {
    tenants.push(await snapshot(db.system).execute((tx) => verifyTenantChain(tx, tenantId)));
  }
  return { ok: tenants.every((t) => t.ok), tenants };
}

/** Verifies one tenant's chain as that tenant, on the row-level-security-bound connection. */
export function verifyOwnAuditChain(db: Database, tenantId: string): Promise<TenantChainResult> {
  return snapshot(db.app).execute(async (tx) => {
    await sql`select set_config('app.tenant_id', ${tenantId}, true)`.execute(tx);
    return verifyTenantChain(tx, tenantId);
  });
}

/** `kontor audit verify`: prints one line per tenant; exit code 0 when intact, 1 when broken, 2 on bad input. */
export async function runAuditVerify(db: Database, opts: { tenantId?: string }, print: (line: string) => void): Promise<number> {
  if (opts.tenantId !== undefined && !isUuid(opts.tenantId)) {
    print(`"${opts.tenantId}" is not a tenant id (a UUID)`);
    return 2;
  }
  const report = await verifyAuditLog(db, opts);
  if (report.tenants.length === 0) print('no audit records');
  for (const t of report.tenants) {
    if (t.firstBroken === null) {
      print(`tenant ${t.tenantId}: ok, ${t.checked} record(s) verified`);
    } else {
      const b = t.firstBroken;
      print(`tenant ${t.tenantId}: BROKEN at record seq ${b.seq}${b.id ? ` id ${b.id}` : ''} (${b.reason}): ${b.message}; ${t.checked} record(s) before it verified`);
    }
  }
  return report.ok ? 0 : 1;
}

async function chainedTenants(db: Db): Promise<string[]> {
  const { rows } = await sql<{ tenant_id: string }>`
    select tenant_id from platform.audit_heads
    union
    select distinct tenant_id from platform.audit_log
    order by tenant_id`.execute(db);
  return rows.map((r) => r.tenant_id);
}

function snapshot(db: Db) {
  return db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only');
}
