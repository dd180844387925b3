import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IdentityApi } from '../../src/modules/identity/index.js';
import { ledgerModule, type LedgerApi } from '../../src/modules/ledger/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { ledgerCounts } from './helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('demo data', () => {
  it("gives Sharma Traders the India chart and a balanced first month, idempotently", async () => {
    const demo = await t.context.modules.get<IdentityApi>('identity').ensureDemoTenant();
    await ledgerModule.demo!(t.context, { tenantId: demo.tenantId, userId: demo.userId });
    const first = await ledgerCounts(t);
    expect(first.entries).toBe(8);
    await ledgerModule.demo!(t.context, { tenantId: demo.tenantId, userId: demo.userId });
    expect(await ledgerCounts(t)).toEqual(first);

    const ledger = t.context.modules.get<LedgerApi>('ledger').service;
    const tb = await ledger.trialBalance(demo.tenantId, '2026-04-30');
    expect(tb.balanced).toBe(true);
    const byCode = new Map(tb.accounts.map((a) => [a.code, a]));
    expect(byCode.get('1120')).toMatchObject({ debit: '351284.00' }); // 500000 − 45000 − 118000 + 14284
    expect(byCode.get('2153')).toMatchObject({ credit: '2222.19' }); // output IGST
    expect(byCode.get('5900')).toMatchObject({ credit: '0.31' }); // round-off
    expect(byCode.get('2160')).toMatchObject({ credit: '5000.00' }); // TDS payable
    expect(byCode.has('1130')).toBe(false); // the receivable was settled
    expect(tb.totals).toEqual({ debit: tb.totals.credit, credit: tb.totals.credit });
  });
});
