import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import type { SignedUp } from '../support/factories.js';
import { adminQuery } from '../support/db.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { eventsOf, issue, ledgerInventory, ok, problem, product, receive, request, setUpTenant, stockOf, stockValue, type DocJson } from './helpers.js';

let t: TestApp;
let owner: SignedUp;
let store: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ owner, storeIds: [store = ''] } = await setUpTenant(t, 1));
});
afterAll(async () => t?.close());

describe('receipts and issues', () => {
  it('receives stock, values issues FIFO and posts both to the ledger', async () => {
    const pen = await product(t, owner, 'PEN');
    const r1 = await ok<DocJson>(receive(t, owner, store, [{ productId: pen, quantity: '10', unitCost: '2.00' }]), 201);
    expect(r1.moves).toEqual([expect.objectContaining({ kind: 'receipt', quantity: '10', value: '20.00', unitCost: '2' })]);
    expect(r1.entryId).toBeTruthy();
    await ok(receive(t, owner, store, [{ productId: pen, quantity: '10', unitCost: '3.00' }], '2026-06-01'), 201);
    const out = await ok<DocJson>(issue(t, owner, store, [{ productId: pen, quantity: '15' }]), 201);
    expect(out.moves[0]).toMatchObject({ kind: 'issue', quantity: '-15', value: '-35.00' });
    expect(await stockOf(t, owner, store, pen)).toMatchObject({ quantity: '5', value: '15.00', unitCost: '3' });
    expect(await ledgerInventory(t, owner.tenantId)).toBe(await stockValue(t, owner.tenantId));
    const ledger = await ok<{ items: { kind: string; runningQuantity: string; runningValue: string }[] }>(request(t, owner, 'GET', `/api/v1/products/${pen}/stock-ledger`));
    expect(ledger.items.map((x) => [x.kind, x.runningQuantity, x.runningValue])).toEqual([
      ['receipt', '10', '20.00'],
      ['receipt', '20', '50.00'],
      ['issue', '5', '15.00'],
    ]);
    expect((await eventsOf(t, owner.tenantId, 'stock.moved')).length).toBeGreaterThanOrEqual(3);
  });

  it('refuses an issue beyond stock with the available quantity, writing nothing (all lines or none)', async () => {
    const a = await product(t, owner, 'A-1');
    const b = await product(t, owner, 'B-1');
    await ok(receive(t, owner, store, [{ productId: a, quantity: '5', unitCost: '1' }, { productId: b, quantity: '1', unitCost: '1' }]), 201);
    const before = await rowCounts(t.testDb.ownerUrl);
    const r = await issue(t, owner, store, [{ productId: a, quantity: '2' }, { productId: b, quantity: '1.5' }]);
    expect(r.statusCode).toBe(422);
    expect(problem(r)).toMatchObject({ code: 'INVENTORY.INSUFFICIENT_STOCK', available: '1', errors: [{ path: 'body.lines[1].quantity', message: 'only 1 available' }] });
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
    expect(await stockOf(t, owner, store, a)).toMatchObject({ quantity: '5' });
  });

  it('refuses services, unknown products and foreign stores with field paths', async () => {
    const svc = (await ok<{ id: string }>(request(t, owner, 'POST', '/api/v1/products', { type: 'service', sku: 'SVC', name: 'Svc', baseUnit: 'hour' }), 201)).id;
    const r = await receive(t, owner, store, [{ productId: svc, quantity: '1', unitCost: '1' }]);
    expect([r.statusCode, problem(r).code, problem(r).errors?.[0]?.path]).toEqual([422, 'INVENTORY.PRODUCT_NOT_STOCKED', 'body.lines[0].productId']);
    const unknown = await receive(t, owner, store, [{ productId: '00000000-0000-4000-8000-000000000000', quantity: '1', unitCost: '1' }]);
    expect(problem(unknown).code).toBe('INVENTORY.PRODUCT_NOT_FOUND');
    const noStore = await receive(t, owner, '00000000-0000-4000-8000-000000000000', [{ productId: svc, quantity: '1', unitCost: '1' }]);
    expect([noStore.statusCode, problem(noStore).errors]).toEqual([422, [{ path: 'body.storeId', message: 'no such store' }]]);
    const bad = await receive(t, owner, store, [{ productId: svc, quantity: '0', unitCost: '1' }]);
    expect(bad.statusCode).toBe(400);
    const float = await request(t, owner, 'POST', '/api/v1/stock/receipts', { storeId: store, date: '2026-06-01', lines: [{ productId: svc, quantity: 1, unitCost: '1' }] });
    expect(float.statusCode).toBe(400);
  });

  it('replays a receipt retried with the same Idempotency-Key instead of receiving twice', async () => {
    const p = await product(t, owner, 'IDEM');
    const body = [{ productId: p, quantity: '4', unitCost: '2.5' }];
    await ok(receive(t, owner, store, body), 201);
    const key = { 'idempotency-key': 'receipt-idem-1' };
    const payload = { storeId: store, date: '2026-06-01', lines: body };
    const a = await ok<DocJson>(request(t, owner, 'POST', '/api/v1/stock/receipts', payload, key), 201);
    const b = await ok<DocJson>(request(t, owner, 'POST', '/api/v1/stock/receipts', payload, key), 201);
    expect(b.documentId).toBe(a.documentId);
    expect(await stockOf(t, owner, store, p)).toMatchObject({ quantity: '8', value: '20.00' });
  });

  it('keeps the stock ledger immutable in the database', async () => {
    await expect(adminQuery(t.testDb.ownerUrl, `update inventory.moves set quantity = quantity + 1 where tenant_id = $1`, [owner.tenantId])).rejects.toThrow(/immutable/);
    await expect(adminQuery(t.testDb.ownerUrl, `delete from inventory.moves where tenant_id = $1`, [owner.tenantId])).rejects.toThrow(/immutable/);
  });

  it('refuses a move dated in a locked period and writes nothing', async () => {
    const p = await product(t, owner, 'LOCKED');
    const settings = await request(t, owner, 'GET', '/api/v1/ledger/settings');
    await ok(request(t, owner, 'PUT', '/api/v1/ledger/settings', { lockDate: '2026-01-31' }, { 'if-match': settings.headers.etag as string }));
    const before = await rowCounts(t.testDb.ownerUrl);
    const r = await receive(t, owner, store, [{ productId: p, quantity: '1', unitCost: '1' }], '2026-01-15');
    expect([r.statusCode, problem(r).code]).toEqual([422, 'LEDGER.PERIOD_LOCKED']);
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  });

  it('consumes, within one document, a FIFO layer received by an earlier line of it', async () => {
    const p = await product(t, owner, 'SAME-DOC');
    await ok(receive(t, owner, store, [{ productId: p, quantity: '1', unitCost: '5' }]), 201);
    // +2 @ 8 then -3: FIFO takes 1 @ 5 and 2 @ 8 = 21.
    const doc = await ok<DocJson>(
      request(t, owner, 'POST', '/api/v1/stock/adjustments', {
        storeId: store,
        date: '2026-06-03',
        reason: 'Relabelled',
        lines: [{ productId: p, quantity: '2', unitCost: '8' }, { productId: p, quantity: '-3' }],
      }),
      201,
    );
    expect(doc.moves.map((m) => [m.quantity, m.value])).toEqual([['2', '16.00'], ['-3', '-21.00']]);
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select remaining::text as r, remaining_value::text as v from inventory.cost_layers where product_id = $1 order by seq`, [p]);
    expect(rows).toEqual([{ r: '0', v: '0' }, { r: '0', v: '0' }]);
    expect(await stockOf(t, owner, store, p)).toBeNull();
    await ok(receive(t, owner, store, [{ productId: p, quantity: '1', unitCost: '3' }]), 201);
    expect(await ok<{ moves: { value: string }[] }>(issue(t, owner, store, [{ productId: p, quantity: '1' }]), 201)).toMatchObject({ moves: [{ value: '-3.00' }] });
  });

  it('posts receipts to Stock Received Not Billed by default, to a chosen account, or to opening equity; issues to COGS', async () => {
    const p = await product(t, owner, 'POSTING');
    const accounts = await ok<{ items: { id: string; code: string; name: string }[] }>(request(t, owner, 'GET', '/api/v1/accounts?limit=200'));
    const payable = accounts.items.find((a) => a.code === '2110')!.id;
    const lines = async (entryId: string | null) => {
      const { rows } = await adminQuery(
        t.testDb.ownerUrl,
        `select a.name, l.store_id, l.debit::text as debit, l.credit::text as credit from ledger.journal_lines l
           join ledger.accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id where l.entry_id = $1 order by l.debit desc`,
        [entryId],
      );
      return rows;
    };
    const grni = await ok<DocJson>(receive(t, owner, store, [{ productId: p, quantity: '2', unitCost: '10' }]), 201);
    expect(await lines(grni.entryId)).toEqual([
      { name: 'Inventory', store_id: store, debit: '2000', credit: '0' },
      { name: 'Stock Received Not Billed', store_id: null, debit: '0', credit: '2000' },
    ]);
    const billed = await ok<DocJson>(receive(t, owner, store, [{ productId: p, quantity: '1', unitCost: '10' }], '2026-06-01', { counterAccountId: payable }), 201);
    expect((await lines(billed.entryId))[1]).toMatchObject({ name: 'Accounts Payable', credit: '1000' });
    const opening = await ok<DocJson>(receive(t, owner, store, [{ productId: p, quantity: '1', unitCost: '10' }], '2026-06-01', { opening: true }), 201);
    expect(opening.moves[0]!.kind).toBe('opening');
    expect((await lines(opening.entryId))[1]).toMatchObject({ name: 'Opening Balance Equity', credit: '1000' });
    const out = await ok<DocJson>(issue(t, owner, store, [{ productId: p, quantity: '4' }]), 201);
    expect(await lines(out.entryId)).toEqual([
      { name: 'Cost of Goods Sold', store_id: null, debit: '4000', credit: '0' },
      { name: 'Inventory', store_id: store, debit: '0', credit: '4000' },
    ]);
  });
});
