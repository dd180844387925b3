import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import type { SignedUp } from '../support/factories.js';
import { issue, ledgerInventory, ok, problem, product, receive, request, setUpTenant, stockOf, stockValue } from './helpers.js';

let t: TestApp;
let owner: SignedUp;
let a: string;
let b: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ owner, storeIds: [a = '', b = ''] } = await setUpTenant(t));
});
afterAll(async () => t?.close());

interface TransferJson {
  id: string;
  status: string;
  value: string;
  lines: { productId: string; quantity: string; value: string }[];
}

async function entryLines(entryOf: string) {
  const { rows } = await adminQuery(
    t.testDb.ownerUrl,
    `select a.code, l.store_id, l.debit::text as debit, l.credit::text as credit from ledger.journal_lines l
       join ledger.journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
       join ledger.accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id
     where e.source_module = 'inventory' and e.source_id = $1 order by l.debit desc`,
    [entryOf],
  );
  return rows as { code: string; store_id: string | null; debit: string; credit: string }[];
}

describe('transfers', () => {
  it('a direct transfer moves quantity and value at the source FIFO cost: Dr Inventory (B) / Cr Inventory (A)', async () => {
    const p = await product(t, owner, 'TR-1');
    await ok(receive(t, owner, a, [{ productId: p, quantity: '4', unitCost: '10' }]), 201);
    await ok(receive(t, owner, a, [{ productId: p, quantity: '4', unitCost: '20' }]), 201);
    const tr = await ok<TransferJson>(request(t, owner, 'POST', '/api/v1/stores/transfer', { fromStoreId: a, toStoreId: b, date: '2026-06-03', lines: [{ productId: p, quantity: '6' }] }), 201);
    // 4 @ 10 + 2 @ 20 = 80.
    expect(tr).toMatchObject({ status: 'received', value: '80.00', lines: [{ productId: p, quantity: '6', value: '80.00' }] });
    expect(await stockOf(t, owner, a, p)).toMatchObject({ quantity: '2', value: '40.00' });
    expect(await stockOf(t, owner, b, p)).toMatchObject({ quantity: '6', value: '80.00' });
    expect(await entryLines(tr.id)).toEqual([
      { code: '1140', store_id: b, debit: '8000', credit: '0' },
      { code: '1140', store_id: a, debit: '0', credit: '8000' },
    ]);
    // B issues FIFO from the transferred layer at the source's cost.
    const out = await ok<{ moves: { value: string }[] }>(issue(t, owner, b, [{ productId: p, quantity: '1' }]), 201);
    expect(out.moves[0]!.value).toBe('-13.33');
  });

  it('a dispatched transfer is in transit (inventory without a store) until received', async () => {
    const p = await product(t, owner, 'TR-2');
    await ok(receive(t, owner, a, [{ productId: p, quantity: '3', unitCost: '5' }]), 201);
    const tr = await ok<TransferJson>(request(t, owner, 'POST', '/api/v1/stores/transfer', { fromStoreId: a, toStoreId: b, date: '2026-06-03', mode: 'dispatch', lines: [{ productId: p, quantity: '3' }] }), 201);
    expect(tr.status).toBe('in_transit');
    expect(await stockOf(t, owner, a, p)).toBeNull();
    expect(await stockOf(t, owner, b, p)).toBeNull();
    expect(await entryLines(`${tr.id}/dispatch`)).toEqual([
      { code: '1140', store_id: null, debit: '1500', credit: '0' },
      { code: '1140', store_id: a, debit: '0', credit: '1500' },
    ]);
    expect(await ledgerInventory(t, owner.tenantId)).toBe(await stockValue(t, owner.tenantId));
    const early = await request(t, owner, 'POST', `/api/v1/stock/transfers/${tr.id}/receive`, { date: '2026-06-02' });
    expect(problem(early).code).toBe('INVENTORY.RECEIVE_BEFORE_DISPATCH');
    const got = await ok<TransferJson>(request(t, owner, 'POST', `/api/v1/stock/transfers/${tr.id}/receive`, { date: '2026-06-04' }));
    expect(got.status).toBe('received');
    expect(await stockOf(t, owner, b, p)).toMatchObject({ quantity: '3', value: '15.00' });
    const again = await request(t, owner, 'POST', `/api/v1/stock/transfers/${tr.id}/receive`, {});
    expect([again.statusCode, problem(again).code]).toEqual([409, 'INVENTORY.TRANSFER_RECEIVED']);
    expect(await ledgerInventory(t, owner.tenantId)).toBe(await stockValue(t, owner.tenantId));
  });

  it('refuses the same store, and more than the source holds', async () => {
    const p = await product(t, owner, 'TR-3');
    const same = await request(t, owner, 'POST', '/api/v1/stores/transfer', { fromStoreId: a, toStoreId: a, date: '2026-06-03', lines: [{ productId: p, quantity: '1' }] });
    expect(problem(same).code).toBe('INVENTORY.SAME_STORE');
    const none = await request(t, owner, 'POST', '/api/v1/stores/transfer', { fromStoreId: a, toStoreId: b, date: '2026-06-03', lines: [{ productId: p, quantity: '1' }] });
    expect([none.statusCode, problem(none).code]).toEqual([422, 'INVENTORY.INSUFFICIENT_STOCK']);
  });
});

describe('property: stock value always equals the inventory accounts; transfers conserve quantity and value', () => {
  const op = fc.oneof(
    fc.record({ op: fc.constant('receive' as const), store: fc.nat(1), product: fc.nat(1), qty: fc.integer({ min: 1, max: 9 }), cost: fc.integer({ min: 1, max: 999 }) }),
    fc.record({ op: fc.constant('issue' as const), store: fc.nat(1), product: fc.nat(1), qty: fc.integer({ min: 1, max: 6 }) }),
    fc.record({ op: fc.constant('transfer' as const), store: fc.nat(1), product: fc.nat(1), qty: fc.integer({ min: 1, max: 6 }), dispatch: fc.boolean() }),
    fc.record({ op: fc.constant('adjust' as const), store: fc.nat(1), product: fc.nat(1), qty: fc.integer({ min: -4, max: 4 }).filter((x) => x !== 0) }),
  );

  it('holds over random sequences of receipts, issues, transfers and adjustments (FIFO and moving average)', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('fifo', 'moving_average'), fc.array(op, { minLength: 3, maxLength: 12 }), async (method, ops) => {
        const { owner: who, storeIds } = await setUpTenant(t);
        const settings = await request(t, who, 'GET', '/api/v1/inventory/settings');
        await ok(request(t, who, 'PUT', '/api/v1/inventory/settings', { valuation: method }, { 'if-match': settings.headers.etag as string }));
        const products = [await product(t, who, `P-${run}-0`), await product(t, who, `P-${run++}-1`)];
        for (const o of ops) {
          const store = storeIds[o.store]!;
          const productId = products[o.product]!;
          if (o.op === 'receive') await ok(receive(t, who, store, [{ productId, quantity: String(o.qty), unitCost: (o.cost / 7).toFixed(4) }]), 201);
          if (o.op === 'issue') {
            const r = await issue(t, who, store, [{ productId, quantity: String(o.qty) }]);
            expect([201, 422]).toContain(r.statusCode);
          }
          if (o.op === 'adjust') {
            const r = await request(t, who, 'POST', '/api/v1/stock/adjustments', { storeId: store, date: '2026-06-05', reason: 'prop', lines: [{ productId, quantity: String(o.qty) }] });
            expect([201, 422]).toContain(r.statusCode);
          }
          if (o.op === 'transfer') {
            const before = await totals(who.tenantId, productId);
            const r = await request(t, who, 'POST', '/api/v1/stores/transfer', {
              fromStoreId: store,
              toStoreId: storeIds[1 - o.store]!,
              date: '2026-06-05',
              mode: o.dispatch ? 'dispatch' : 'direct',
              lines: [{ productId, quantity: String(o.qty) }],
            });
            expect([201, 422]).toContain(r.statusCode);
            if (r.statusCode === 201 && o.dispatch) await ok(request(t, who, 'POST', `/api/v1/stock/transfers/${(r.json() as { id: string }).id}/receive`, { date: '2026-06-06' }));
            expect(await totals(who.tenantId, productId)).toEqual(before);
          }
          expect(await ledgerInventory(t, who.tenantId)).toBe(await stockValue(t, who.tenantId));
        }
        // FIFO: a balance's value is the value left in its layers.
        const { rows } = await adminQuery(
          t.testDb.ownerUrl,
          `select count(*)::int as bad from inventory.balances b where b.tenant_id = $1 and b.quantity >= 0 and b.value <> coalesce(
             (select sum(remaining_value) from inventory.cost_layers l where l.tenant_id = b.tenant_id and l.store_id = b.store_id and l.product_id = b.product_id), 0)
             and $2 = 'fifo'`,
          [who.tenantId, method],
        );
        expect((rows[0] as { bad: number }).bad).toBe(0);
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});

async function totals(tenantId: string, productId: string) {
  const { rows } = await adminQuery(
    t.testDb.ownerUrl,
    `select coalesce(sum(quantity), 0)::text as q, coalesce(sum(value), 0)::text as v from inventory.balances where tenant_id = $1 and product_id = $2`,
    [tenantId, productId],
  );
  return rows[0];
}
