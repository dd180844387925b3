import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/kernel/index.js';
import {
  GENESIS_HASH,
  recordAudit,
  recordAudits,
  runAuditVerify,
  verifyAuditLog,
  verifyOwnAuditChain,
  type AuditEntry,
} from '../../src/platform/audit/index.js';
import { auditHash, fieldsOfRow, type AuditRow } from '../../src/platform/audit/chain.js';
import { adminQuery, createTestDatabase, type TestDatabase } from '../support/db.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

const actor: Actor = { type: 'user', id: randomUUID() };

function entry(tenantId: string, n: number): AuditEntry {
  return {
    tenantId,
    actor,
    action: 'thing.updated',
    entityType: 'thing',
    entityId: `thing-${n}`,
    before: { n, amount: '12.50' },
    after: { n: n + 1, amount: '13.00', at: new Date(), lines: [{ qty: 2, note: 'x' }, null], big: 9007199254740993n },
    requestId: `req-${n}`,
    ip: '203.0.113.7',
  };
}

async function append(db: TestDatabase, tenantId: string, count: number): Promise<void> {
  for (let n = 1; n <= count; n += 1) await db.db.withTenant(tenantId, (tx) => recordAudit(tx, entry(tenantId, n)));
}

async function rowsOf(tenantId: string, db: TestDatabase = t): Promise<AuditRow[]> {
  const { rows } = await adminQuery(db.ownerUrl, 'select * from platform.audit_log where tenant_id = $1 order by seq', [tenantId]);
  return rows as AuditRow[];
}

async function chainOf(count: number): Promise<{ tenantId: string; rows: AuditRow[] }> {
  const tenantId = randomUUID();
  await append(t, tenantId, count);
  return { tenantId, rows: await rowsOf(tenantId) };
}

const verifyOne = async (tenantId: string) => (await verifyAuditLog(t.db, { tenantId })).tenants[0]!;

describe('the audit hash chain', () => {
  it('numbers and links each tenant’s records and verifies them all', async () => {
    const own = await createTestDatabase();
    try {
      const [a, b] = [randomUUID(), randomUUID()];
      await append(own, a, 3);
      await append(own, b, 2);
      await append(own, a, 2);

      const rows = await rowsOf(a, own);
      expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3, 4, 5]);
      expect(rows[0]!.prev_hash).toBe(GENESIS_HASH);
      for (let i = 1; i < rows.length; i += 1) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
      expect(rows[0]!).toMatchObject({ action: 'thing.updated', entity_id: 'thing-1', request_id: 'req-1', ip: '203.0.113.7', actor });
      expect(rows[0]!.after).toMatchObject({ big: '9007199254740993', lines: [{ qty: 2, note: 'x' }, null] });

      const report = await verifyAuditLog(own.db);
      expect(report.ok).toBe(true);
      expect(report.tenants).toEqual(
        expect.arrayContaining([
          { tenantId: a, ok: true, checked: 5, firstBroken: null },
          { tenantId: b, ok: true, checked: 2, firstBroken: null },
        ]),
      );
      expect(report.tenants).toHaveLength(2);
    } finally {
      await own.drop();
    }
  });

  it('re-hashes any JSON a use case records to the same value after the jsonb round trip', async () => {
    const tenantId = randomUUID();
    const json = fc.jsonValue({ stringUnit: 'grapheme', maxDepth: 3 }).filter((v) => !JSON.stringify(v).includes('\\u0000'));
    const extra = fc.record({ at: fc.date({ noInvalidDate: true }), big: fc.bigInt() });
    await fc.assert(
      fc.asyncProperty(json, json, extra, async (before, after, more) => {
        await t.db.withTenant(tenantId, (tx) => recordAudit(tx, { ...entry(tenantId, 1), before, after: { after, more } }));
      }),
      { numRuns: 60 },
    );
    expect(await verifyOne(tenantId)).toMatchObject({ ok: true, checked: 60 });
  });

  it('hashes ids as the database gives them back, whatever their case', async () => {
    const tenantId = randomUUID();
    const upper = tenantId.toUpperCase();
    await t.db.withTenant(upper, (tx) => recordAudit(tx, entry(upper, 1)));
    expect(await verifyOne(tenantId)).toMatchObject({ ok: true, checked: 1 });
  });

  it('leaves no record and no gap when the use case rolls back', async () => {
    const { tenantId } = await chainOf(2);
    await expect(
      t.db.withTenant(tenantId, async (tx) => {
        await recordAudit(tx, entry(tenantId, 3));
        throw new Error('use case failed');
      }),
    ).rejects.toThrow('use case failed');
    await append(t, tenantId, 1);
    expect((await rowsOf(tenantId)).map((r) => Number(r.seq))).toEqual([1, 2, 3]);
    expect(await verifyOne(tenantId)).toMatchObject({ ok: true, checked: 3 });
  });
});

describe('tampering', () => {
  const edits: [string, string][] = [
    ['action', `action = 'thing.deleted'`],
    ['after', `after = jsonb_set(after, '{amount}', '"99999.00"')`],
    ['before', 'before = null'],
    ['actor', `actor = '{"type":"system","id":"kontor"}'`],
    ['occurred_at', `occurred_at = occurred_at - interval '1 day'`],
    ['entity_id', `entity_id = 'thing-other'`],
    ['request_id', 'request_id = null'],
    ['ip', `ip = '198.51.100.1'`],
    ['hash', `hash = repeat('a', 64)`],
  ];

  it.each(edits)('names the record whose %s was changed with SQL', async (_field, assignment) => {
    const { tenantId, rows } = await chainOf(4);
    await adminQuery(t.ownerUrl, `update platform.audit_log set ${assignment} where tenant_id = $1 and seq = 3`, [tenantId]);

    const result = await verifyOne(tenantId);
    expect(result).toEqual({
      tenantId,
      ok: false,
      checked: 2,
      firstBroken: { seq: 3, id: rows[2]!.id, reason: 'hash_mismatch', message: expect.stringContaining('record 3') },
    });
  });

  it('names the record whose link to its predecessor was changed', async () => {
    const { tenantId, rows } = await chainOf(3);
    await adminQuery(t.ownerUrl, `update platform.audit_log set prev_hash = $2 where tenant_id = $1 and seq = 2`, [tenantId, GENESIS_HASH]);
    expect((await verifyOne(tenantId)).firstBroken).toMatchObject({ seq: 2, id: rows[1]!.id, reason: 'chain_break' });
  });

  it('refuses a timestamp finer than the millisecond the hash covers', async () => {
    const { tenantId } = await chainOf(1);
    await expect(
      adminQuery(t.ownerUrl, `update platform.audit_log set occurred_at = occurred_at + interval '1 microsecond' where tenant_id = $1`, [tenantId]),
    ).rejects.toThrow(/check constraint/);
  });

  it('reports a deleted record as missing', async () => {
    const { tenantId, rows } = await chainOf(4);
    await adminQuery(t.ownerUrl, 'delete from platform.audit_log where tenant_id = $1 and seq = 2', [tenantId]);
    expect(await verifyOne(tenantId)).toMatchObject({
      ok: false,
      checked: 1,
      firstBroken: { seq: 2, id: null, reason: 'missing', message: expect.stringContaining(rows[2]!.id) },
    });
  });

  it('reports a deleted last record as missing, through the chain head', async () => {
    const { tenantId } = await chainOf(3);
    await adminQuery(t.ownerUrl, 'delete from platform.audit_log where tenant_id = $1 and seq = 3', [tenantId]);
    expect(await verifyOne(tenantId)).toMatchObject({ ok: false, checked: 2, firstBroken: { seq: 3, id: null, reason: 'missing' } });
  });

  it('names a record appended behind Kontor’s back, even with a well-formed hash', async () => {
    const { tenantId, rows } = await chainOf(2);
    const forged = await forgeRecord(tenantId, 3, rows[1]!.hash);
    expect(await verifyOne(tenantId)).toMatchObject({ ok: false, checked: 2, firstBroken: { seq: 3, id: forged, reason: 'beyond_head' } });
  });

  it('detects a record slipped into the middle of the chain', async () => {
    const { tenantId, rows } = await chainOf(4);
    await adminQuery(t.ownerUrl, 'update platform.audit_log set seq = seq + 1000 where tenant_id = $1 and seq >= 3', [tenantId]);
    await adminQuery(t.ownerUrl, 'update platform.audit_log set seq = seq - 999 where tenant_id = $1 and seq > 1000', [tenantId]);
    await adminQuery(t.ownerUrl, 'update platform.audit_heads set seq = 5 where tenant_id = $1', [tenantId]);
    await forgeRecord(tenantId, 3, rows[1]!.hash);
    expect(await verifyOne(tenantId)).toMatchObject({ ok: false, checked: 3, firstBroken: { seq: 4, id: rows[2]!.id, reason: 'chain_break' } });
  });

  it('detects a chain head that no longer matches the last record', async () => {
    const { tenantId, rows } = await chainOf(2);
    await adminQuery(t.ownerUrl, `update platform.audit_heads set hash = repeat('b', 64) where tenant_id = $1`, [tenantId]);
    expect(await verifyOne(tenantId)).toMatchObject({ ok: false, checked: 2, firstBroken: { seq: 2, id: rows[1]!.id, reason: 'head_mismatch' } });
  });

  it('prints the broken record and exits 1 from runAuditVerify', async () => {
    const { tenantId, rows } = await chainOf(3);
    const lines: string[] = [];
    expect(await runAuditVerify(t.db, { tenantId }, (l) => lines.push(l))).toBe(0);
    expect(lines).toEqual([`tenant ${tenantId}: ok, 3 record(s) verified`]);

    await adminQuery(t.ownerUrl, `update platform.audit_log set entity_id = 'x' where tenant_id = $1 and seq = 2`, [tenantId]);
    lines.length = 0;
    expect(await runAuditVerify(t.db, { tenantId }, (l) => lines.push(l))).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`BROKEN at record seq 2 id ${rows[1]!.id} (hash_mismatch)`);

    expect(await runAuditVerify(t.db, { tenantId: 'not-a-uuid' }, (l) => lines.push(l))).toBe(2);
  });
});

/** Inserts a record as the owner would, with a hash computed exactly as Kontor computes it. */
async function forgeRecord(tenantId: string, seq: number, prevHash: string): Promise<string> {
  const id = randomUUID();
  const row: AuditRow = {
    tenant_id: tenantId,
    seq,
    id,
    occurred_at: new Date('2026-01-01T00:00:00.000Z'),
    actor,
    action: 'thing.forged',
    entity_type: 'thing',
    entity_id: 'forged',
    before: null,
    after: { forged: true },
    request_id: null,
    ip: null,
    prev_hash: prevHash,
    hash: '',
  };
  const hash = auditHash(prevHash, fieldsOfRow(row));
  await adminQuery(
    t.ownerUrl,
    `insert into platform.audit_log (tenant_id, seq, id, occurred_at, actor, action, entity_type, entity_id, before, after, prev_hash, hash)
     values ($1, $2, $3, $4, $5, $6, $7, $8, null, $9, $10, $11)`,
    [tenantId, seq, id, row.occurred_at, JSON.stringify(actor), row.action, row.entity_type, row.entity_id, JSON.stringify(row.after), prevHash, hash],
  );
  return id;
}

describe('access from the application role', () => {
  it('shows and verifies only the transaction’s own tenant', async () => {
    const a = await chainOf(2);
    const b = await chainOf(3);
    const seen = await t.db.withTenant(a.tenantId, async (tx) => (await sql<{ tenant_id: string }>`select distinct tenant_id from platform.audit_log`.execute(tx)).rows);
    expect(seen).toEqual([{ tenant_id: a.tenantId }]);
    const heads = await t.db.withTenant(a.tenantId, async (tx) => (await sql`select * from platform.audit_heads`.execute(tx)).rows);
    expect(heads).toHaveLength(1);
    expect(await verifyOwnAuditChain(t.db, b.tenantId)).toEqual({ tenantId: b.tenantId, ok: true, checked: 3, firstBroken: null });
    const none = await t.db.withoutTenant(async (tx) => (await sql`select * from platform.audit_log`.execute(tx)).rows);
    expect(none).toEqual([]);
  });

  it('cannot append to another tenant’s chain, nor without a tenant', async () => {
    const a = await chainOf(1);
    const b = await chainOf(1);
    await expect(t.db.withTenant(a.tenantId, (tx) => recordAudit(tx, entry(b.tenantId, 2)))).rejects.toThrow(/row-level security/);
    await expect(t.db.withoutTenant((tx) => recordAudit(tx, entry(b.tenantId, 2)))).rejects.toThrow(/row-level security/);
    expect(await rowsOf(b.tenantId)).toHaveLength(1);
  });

  it.each([
    ['update', `update platform.audit_log set action = 'x'`],
    ['delete', 'delete from platform.audit_log'],
    ['truncate', 'truncate platform.audit_log'],
  ])('cannot %s audit records', async (_verb, statement) => {
    const { tenantId } = await chainOf(1);
    await expect(t.db.withTenant(tenantId, (tx) => sql.raw(statement).execute(tx))).rejects.toThrow(/permission denied/);
    expect(await verifyOne(tenantId)).toMatchObject({ ok: true, checked: 1 });
  });
});

describe('concurrent use cases', () => {
  it('never fork a tenant’s chain', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const perTenant = 30;
    const work = [a, b].flatMap((tenantId) =>
      Array.from({ length: perTenant }, (_, i) =>
        t.db.withTenant(tenantId, async (tx) => {
          await sql`select pg_sleep(0.002)`.execute(tx); // the use case's own work, before it records
          return recordAudit(tx, entry(tenantId, i));
        }),
      ),
    );
    const appended = await Promise.all(work);
    expect(new Set(appended.map((r) => r.id)).size).toBe(2 * perTenant);
    for (const tenantId of [a, b]) {
      expect((await rowsOf(tenantId)).map((r) => Number(r.seq))).toEqual(Array.from({ length: perTenant }, (_, i) => i + 1));
      expect(await verifyOne(tenantId)).toEqual({ tenantId, ok: true, checked: perTenant, firstBroken: null });
    }
  });
});

describe('appending several records at once', () => {
  it('chains them in the order given, after and before single appends, with one verifiable head', async () => {
    const tenantId = randomUUID();
    await append(t, tenantId, 2);
    const appended = await t.db.withTenant(tenantId, (tx) => recordAudits(tx, [3, 4, 5].map((n) => entry(tenantId, n))));
    expect(appended.map((r) => r.seq)).toEqual([3, 4, 5]);
    await t.db.withTenant(tenantId, (tx) => recordAudit(tx, entry(tenantId, 6)));
    const rows = await rowsOf(tenantId);
    expect(rows.map((r) => [Number(r.seq), r.entity_id])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, `thing-${n}`]));
    rows.forEach((row, i) => {
      expect(row.prev_hash).toBe(i === 0 ? GENESIS_HASH : rows[i - 1]!.hash);
      expect(auditHash(row.prev_hash, fieldsOfRow(row))).toBe(row.hash);
    });
    expect(appended.map((r) => r.hash)).toEqual(rows.slice(2, 5).map((r) => r.hash));
    expect(await verifyOne(tenantId)).toEqual({ tenantId, ok: true, checked: 6, firstBroken: null });
  });

  it('appends nothing for no records, and refuses records of two tenants in one call', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    expect(await t.db.withTenant(a, (tx) => recordAudits(tx, []))).toEqual([]);
    await expect(t.db.withTenant(a, (tx) => recordAudits(tx, [entry(a, 1), entry(b, 1)]))).rejects.toThrow(/one tenant/);
    expect(await rowsOf(a)).toEqual([]);
  });

  it('never forks the chain when batches and single appends of one tenant race', async () => {
    const tenantId = randomUUID();
    const work = Array.from({ length: 20 }, (_, i) =>
      t.db.withTenant(tenantId, (tx) => (i % 2 === 0 ? recordAudits(tx, [entry(tenantId, i), entry(tenantId, i + 100)]) : recordAudit(tx, entry(tenantId, i)).then((r) => [r]))),
    );
    const appended = (await Promise.all(work)).flat();
    expect(appended).toHaveLength(30);
    expect((await rowsOf(tenantId)).map((r) => Number(r.seq))).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(await verifyOne(tenantId)).toEqual({ tenantId, ok: true, checked: 30, firstBroken: null });
  });
});
