import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { covers, permissionsOf, type Role } from '../../src/modules/identity/domain/roles.js';
import { createTestApp, type TestApp } from '../support/app.js';
import type { SignedUp } from '../support/factories.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { eventsOf, issue, ledgerInventory, ok, problem, product, receive, request, setUpTenant, stockOf, stockValue, type DocJson } from './helpers.js';

let t: TestApp;
let owner: SignedUp;
let store: string;
let other: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ owner, storeIds: [store = '', other = ''] } = await setUpTenant(t));
});
afterAll(async () => t?.close());

interface CountJson {
  id: string;
  status: string;
  version: number;
  lines: { productId: string; expected: string; counted: string | null; difference: string | null }[];
}

describe('adjustments', () => {
  it('adjusts up at a given cost and down at stock cost, against the Stock Adjustment account, with a reason', async () => {
    const p = await product(t, owner, 'ADJ');
    await ok(receive(t, owner, store, [{ productId: p, quantity: '10', unitCost: '4' }]), 201);
    const up = await ok<DocJson>(request(t, owner, 'POST', '/api/v1/stock/adjustments', { storeId: store, date: '2026-06-03', reason: 'Found in back room', lines: [{ productId: p, quantity: '2', unitCost: '4' }] }), 201);
    expect(up.moves[0]).toMatchObject({ kind: 'adjustment', quantity: '2', value: '8.00' });
    const down = await ok<DocJson>(request(t, owner, 'POST', '/api/v1/stock/adjustments', { storeId: store, date: '2026-06-03', reason: 'Damaged', lines: [{ productId: p, quantity: '-3' }] }), 201);
    expect(down.moves[0]).toMatchObject({ quantity: '-3', value: '-12.00' });
    const noReason = await request(t, owner, 'POST', '/api/v1/stock/adjustments', { storeId: store, date: '2026-06-03', lines: [{ productId: p, quantity: '-1' }] });
    expect(noReason.statusCode).toBe(400);
    const costOnDecrease = await request(t, owner, 'POST', '/api/v1/stock/adjustments', { storeId: store, date: '2026-06-03', reason: 'x', lines: [{ productId: p, quantity: '-1', unitCost: '1' }] });
    expect(problem(costOnDecrease).errors).toEqual([{ path: 'body.lines[0].unitCost', message: 'only for increases' }]);
    expect(await ledgerInventory(t, owner.tenantId)).toBe(await stockValue(t, owner.tenantId));
  });
});

describe('stock counts', () => {
  it('snapshots expected quantities, takes counted ones, and posts adjustments with their ledger entry in one go', async () => {
    const x = await product(t, owner, 'CNT-X');
    const y = await product(t, owner, 'CNT-Y');
    await ok(receive(t, owner, other, [{ productId: x, quantity: '10', unitCost: '1' }, { productId: y, quantity: '5', unitCost: '2' }]), 201);
    const sheet = await ok<CountJson>(request(t, owner, 'POST', '/api/v1/stock/counts', { storeId: other, date: '2026-06-30' }), 201);
    expect(sheet.lines.map((l) => [l.productId, l.expected, l.counted]).sort()).toEqual([[x, '10', null], [y, '5', null]].sort());
    const early = await request(t, owner, 'POST', `/api/v1/stock/counts/${sheet.id}/post`);
    expect(problem(early).code).toBe('INVENTORY.COUNT_INCOMPLETE');
    const filled = await ok<CountJson>(request(t, owner, 'PUT', `/api/v1/stock/counts/${sheet.id}/lines`, { lines: [{ productId: x, counted: '8' }, { productId: y, counted: '7' }] }, { 'if-match': '"v1"' }));
    expect(filled.lines.find((l) => l.productId === x)!.difference).toBe('-2');
    const stale = await request(t, owner, 'PUT', `/api/v1/stock/counts/${sheet.id}/lines`, { lines: [{ productId: x, counted: '9' }] }, { 'if-match': '"v1"' });
    expect(stale.statusCode).toBe(412);
    const posted = await ok<CountJson & { entryId: string; adjustments: number }>(request(t, owner, 'POST', `/api/v1/stock/counts/${sheet.id}/post`));
    expect(posted).toMatchObject({ status: 'posted', adjustments: 2 });
    expect(posted.entryId).toBeTruthy();
    expect(await stockOf(t, owner, other, x)).toMatchObject({ quantity: '8', value: '8.00' });
    expect(await stockOf(t, owner, other, y)).toMatchObject({ quantity: '7', value: '14.00' });
    const twice = await request(t, owner, 'POST', `/api/v1/stock/counts/${sheet.id}/post`);
    expect([twice.statusCode, problem(twice).code]).toEqual([409, 'INVENTORY.COUNT_POSTED']);
    expect(await ledgerInventory(t, owner.tenantId)).toBe(await stockValue(t, owner.tenantId));
  });
});

describe('reorder levels', () => {
  it('emits stock.low once when an issue takes stock to the level or below, and again only after it recovered', async () => {
    const p = await product(t, owner, 'LOW');
    await ok(receive(t, owner, store, [{ productId: p, quantity: '10', unitCost: '1' }]), 201);
    await ok(request(t, owner, 'PUT', '/api/v1/stock/reorder-levels', { storeId: store, productId: p, level: '5' }));
    const low = async () => (await eventsOf(t, owner.tenantId, 'stock.low')).filter((e) => e.productId === p);
    await ok(issue(t, owner, store, [{ productId: p, quantity: '4' }]), 201); // 6: above
    expect(await low()).toHaveLength(0);
    await ok(issue(t, owner, store, [{ productId: p, quantity: '1' }]), 201); // 5: at the level
    expect(await low()).toEqual([{ storeId: store, productId: p, quantity: '5', reorderLevel: '5' }]);
    await ok(issue(t, owner, store, [{ productId: p, quantity: '1' }]), 201); // 4: still low, no repeat
    expect(await low()).toHaveLength(1);
    const unknown = await request(t, owner, 'PUT', '/api/v1/stock/reorder-levels', { storeId: store, productId: other, level: '1' });
    expect([unknown.statusCode, problem(unknown).errors]).toEqual([422, [{ path: 'body.productId', message: 'no such product' }]]);
    const report = await ok<{ items: { productId: string; low: boolean }[] }>(request(t, owner, 'GET', `/api/v1/stock/reorder-levels?storeId=${store}&lowOnly=true`));
    expect(report.items).toEqual([expect.objectContaining({ productId: p, low: true, level: '5', quantity: '4' })]);
    await ok(receive(t, owner, store, [{ productId: p, quantity: '10', unitCost: '1' }]), 201); // 14: recovered
    await ok(issue(t, owner, store, [{ productId: p, quantity: '10' }]), 201); // 4: crosses again
    expect(await low()).toHaveLength(2);
    expect((await eventsOf(t, owner.tenantId, 'stock.moved')).filter((e) => e.productId === p)).toHaveLength(6);
  });
});

describe('settings', () => {
  it('changes the valuation method only before the first move; allows negative stock on request', async () => {
    const { owner: fresh, storeIds } = await setUpTenant(t, 1);
    const s0 = await request(t, fresh, 'GET', '/api/v1/inventory/settings');
    expect(s0.json()).toEqual({ valuation: 'fifo', allowNegative: false, version: 1 });
    await ok(request(t, fresh, 'PUT', '/api/v1/inventory/settings', { valuation: 'moving_average' }, { 'if-match': '"v1"' }));
    const p = await product(t, fresh, 'NEG');
    await ok(receive(t, fresh, storeIds[0]!, [{ productId: p, quantity: '1', unitCost: '10' }]), 201);
    const locked = await request(t, fresh, 'PUT', '/api/v1/inventory/settings', { valuation: 'fifo' }, { 'if-match': '"v2"' });
    expect([locked.statusCode, problem(locked).code]).toEqual([409, 'INVENTORY.VALUATION_LOCKED']);
    await ok(request(t, fresh, 'PUT', '/api/v1/inventory/settings', { allowNegative: true }, { 'if-match': '"v2"' }));
    const neg = await ok<DocJson>(issue(t, fresh, storeIds[0]!, [{ productId: p, quantity: '3' }]), 201);
    expect(neg.moves[0]).toMatchObject({ quantity: '-3', value: '-30.00' });
    const fix = await ok<DocJson>(receive(t, fresh, storeIds[0]!, [{ productId: p, quantity: '5', unitCost: '12' }]), 201);
    expect(fix.moves[0]).toMatchObject({ value: '56.00', correction: '4.00' });
    expect(await stockOf(t, fresh, storeIds[0]!, p)).toMatchObject({ quantity: '3', value: '36.00' });
    expect(await ledgerInventory(t, fresh.tenantId)).toBe(await stockValue(t, fresh.tenantId));
  });
});

describe('store summary and permissions', () => {
  it('reports stock value, movement in the period and top items', async () => {
    const summary = await ok<{ stockValue: string; movement: { kind: string }[]; topItems: unknown[] }>(request(t, owner, 'GET', `/api/v1/stores/${other}/summary?from=2026-06-01&to=2026-06-30&top=1`));
    expect(summary.stockValue).toBe('22.00');
    expect(summary.movement.map((m) => m.kind)).toEqual(['adjustment', 'receipt']);
    expect(summary.topItems).toHaveLength(1);
    const bad = await request(t, owner, 'GET', `/api/v1/stores/${other}/summary?from=2026-07-01&to=2026-06-30`);
    expect(bad.statusCode).toBe(400);
  });

  it('grants viewers read, sales read and move, accountants everything; the stock:read alias reads but cannot move', async () => {
    const can = (role: Role, key: string) => covers(permissionsOf(role), key);
    expect(['viewer', 'sales', 'accountant'].map((r) => can(r as Role, 'inventory.stock.read'))).toEqual([true, true, true]);
    expect(['viewer', 'sales', 'accountant'].map((r) => can(r as Role, 'inventory.stock.move'))).toEqual([false, true, true]);
    expect(['viewer', 'sales', 'accountant'].map((r) => can(r as Role, 'inventory.transfer.manage'))).toEqual([false, false, true]);
    const before = await rowCounts(t.testDb.ownerUrl);
    const key = await ok<{ key: string }>(request(t, owner, 'POST', '/api/v1/api-keys', { name: 'reader', permissions: ['stock:read'] }), 201);
    const reader = { authorization: `Bearer ${key.key}` };
    const read = await t.app.inject({ method: 'GET', url: `/api/v1/stock?storeId=${store}`, headers: reader });
    expect(read.statusCode).toBe(200);
    const write = await t.app.inject({ method: 'POST', url: '/api/v1/stock/issues', headers: reader, payload: { storeId: store, date: '2026-06-02', lines: [{ productId: store, quantity: '1' }] } });
    expect(write.statusCode).toBe(403);
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl)).filter((x) => !x.startsWith('identity.') && !x.startsWith('platform.'))).toEqual([]);
  });
});
