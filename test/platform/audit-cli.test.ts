import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/platform/audit/index.js';
import { adminQuery, createTestDatabase, type TestDatabase } from '../support/db.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

function kontor(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/main.ts', ...args],
      { env: { ...process.env, DATABASE_URL: t.ownerUrl, NODE_ENV: 'test' }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

describe('kontor audit verify', () => {
  it('exits 0 on intact chains, then 1 naming the row changed with SQL', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    for (const tenantId of [a, b, a, a]) {
      await t.db.withTenant(tenantId, (tx) =>
        recordAudit(tx, {
          tenantId,
          actor: { type: 'user', id: randomUUID() },
          action: 'invoice.issued',
          entityType: 'invoice',
          entityId: randomUUID(),
          before: null,
          after: { total: '118.00' },
          requestId: null,
          ip: null,
        }),
      );
    }

    const intact = await kontor(['audit', 'verify']);
    expect(intact.stderr).toBe('');
    expect(intact.code).toBe(0);
    expect(intact.stdout).toContain(`tenant ${a}: ok, 3 record(s) verified`);
    expect(intact.stdout).toContain(`tenant ${b}: ok, 1 record(s) verified`);

    const { rows } = await adminQuery(
      t.ownerUrl,
      `update platform.audit_log set after = '{"total": "1.00"}' where tenant_id = $1 and seq = 2 returning id`,
      [a],
    );
    const tampered = await kontor(['audit', 'verify']);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain(`tenant ${a}: BROKEN at record seq 2 id ${(rows[0] as { id: string }).id} (hash_mismatch)`);
    expect(tampered.stdout).toContain(`tenant ${b}: ok`);

    const onlyB = await kontor(['audit', 'verify', '--tenant', b]);
    expect(onlyB.code).toBe(0);
    expect(onlyB.stdout.trim()).toBe(`tenant ${b}: ok, 1 record(s) verified`);
  }, 120_000);
});
