import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SalesApi } from '../../src/modules/sales/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { createCustomer, createStockProduct, eventsOf, ok, problem, receiveStock, request, setCreditMode, setUpSales, type SalesFixture } from './helpers.js';
import { pdfOf, type OrderJson } from './orders-helpers.js';

let t: TestApp;
let f: SalesFixture;

beforeAll(async () => {
  t = await createTestApp();
  f = await setUpSales(t, { stores: 2 });
});
afterAll(async () => t?.close());

const order = (body: object) => request(t, f.owner, 'POST', '/api/v1/sales-orders', body);

describe('direct sales orders', () => {
  it('creates a draft, edits it with If-Match, confirms it with a number and emits sales_order.created', async () => {
    const draft = await ok<OrderJson>(order({ customerId: f.customers.local, storeId: f.storeId, lines: [{ productId: f.products.laptop, quantity: '2' }, { productId: f.products.service, quantity: '3' }] }), 201);
    expect(draft).toMatchObject({ status: 'draft', number: null });
    expect(draft.lines.map((l) => [l.ordered, l.stocked, l.toDeliver, l.toInvoice])).toEqual([
      ['2', true, '2', '2'],
      ['3', false, '0', '3'],
    ]);
    expect((await request(t, f.owner, 'PUT', `/api/v1/sales-orders/${draft.id}`, { customerId: f.customers.local, lines: [{ productId: f.products.laptop, quantity: '1' }] })).statusCode).toBe(428);
    const edited = await ok<OrderJson>(
      request(t, f.owner, 'PUT', `/api/v1/sales-orders/${draft.id}`, { customerId: f.customers.local, storeId: f.storeId, lines: [{ productId: f.products.laptop, quantity: '4' }] }, { 'if-match': `"v${draft.version}"` }),
    );
    expect(edited.lines.map((l) => l.ordered)).toEqual(['4']);
    expect(edited.totals.total).toBe('4720.00');
    const confirmed = await ok<OrderJson>(request(t, f.owner, 'POST', `/api/v1/sales-orders/${draft.id}/confirm`));
    expect(confirmed.status).toBe('confirmed');
    expect(confirmed.number).toMatch(/\S+/);
    const again = await request(t, f.owner, 'POST', `/api/v1/sales-orders/${draft.id}/confirm`);
    expect([again.statusCode, problem(again).code]).toEqual([409, 'SALES.ORDER_INVALID_STATE']);
    const edit = await request(t, f.owner, 'PUT', `/api/v1/sales-orders/${draft.id}`, { customerId: f.customers.local, lines: [{ productId: f.products.laptop, quantity: '1' }] }, { 'if-match': `"v${confirmed.version}"` });
    expect([edit.statusCode, problem(edit).code]).toEqual([409, 'SALES.ORDER_NOT_EDITABLE']);
    expect((await eventsOf(t, f.tenantId, 'sales_order.created')).map((e) => e.id)).toContain(draft.id);
    const list = await ok<{ items: OrderJson[] }>(request(t, f.owner, 'GET', `/api/v1/sales-orders?customerId=${f.customers.local}&status=confirmed`));
    expect(list.items.map((o) => o.id)).toContain(draft.id);
  });

  it('checks credit at confirmation: warn keeps a warning on the order, block refuses and writes nothing', async () => {
    const customer = await createCustomer(t, f.owner, { legalName: 'Tight Credit Ltd', creditLimit: '1000.00', billingAddress: { line1: 'x', city: 'Pune', stateCode: '27', country: 'IN' } });
    await setCreditMode(t, f.owner, 'warn');
    const warned = await ok<OrderJson>(order({ customerId: customer, storeId: f.storeId, confirm: true, lines: [{ productId: f.products.laptop, quantity: '2' }] }), 201);
    expect(warned.status).toBe('confirmed');
    expect(warned.creditWarning).toMatchObject({ code: 'PARTIES.CREDIT_LIMIT_EXCEEDED' });
    await setCreditMode(t, f.owner, 'block');
    const draft = await ok<OrderJson>(order({ customerId: customer, storeId: f.storeId, lines: [{ productId: f.products.laptop, quantity: '2' }] }), 201);
    const before = await rowCounts(t.testDb.ownerUrl);
    const blocked = await request(t, f.owner, 'POST', `/api/v1/sales-orders/${draft.id}/confirm`);
    expect([blocked.statusCode, problem(blocked).code]).toEqual([422, 'PARTIES.CREDIT_LIMIT_EXCEEDED']);
    // Only the credit event (written on its own, so it survives the refusal) is new.
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual(['platform.outbox']);
    expect((await ok<OrderJson>(request(t, f.owner, 'GET', `/api/v1/sales-orders/${draft.id}`))).status).toBe('draft');
    await setCreditMode(t, f.owner, 'warn');
  });

  it('refuses bad input with field paths and writes nothing', async () => {
    const before = await rowCounts(t.testDb.ownerUrl);
    const cases: [object, number, string][] = [
      [{ customerId: f.customers.local, lines: [] }, 400, 'body.lines'],
      [{ customerId: f.customers.local, lines: [{ productId: f.products.laptop, quantity: '-1' }] }, 400, 'body.lines[0].quantity'],
      [{ customerId: f.customers.local, storeId: '00000000-0000-4000-8000-000000000000', lines: [{ productId: f.products.laptop, quantity: '1' }] }, 422, 'body.storeId'],
      [{ customerId: f.customers.local, lines: [{ productId: f.products.laptop, quantity: '1', storeId: '00000000-0000-4000-8000-000000000000' }] }, 422, 'body.lines[0].storeId'],
      [{ customerId: '00000000-0000-4000-8000-000000000000', lines: [{ productId: f.products.laptop, quantity: '1' }] }, 422, 'body.customerId'],
      [{ customerId: f.customers.local, lines: [{ productId: f.products.laptop, quantity: '1', colour: 'red' }] }, 400, 'body.lines[0]'],
    ];
    for (const [body, status, path] of cases) {
      const r = await order(body);
      expect([r.statusCode, problem(r).errors?.[0]?.path], JSON.stringify(body)).toEqual([status, path]);
    }
    // Reserving without a store: refused at confirmation, nothing written.
    const r = await order({ customerId: f.customers.local, reserveStock: true, confirm: true, lines: [{ productId: f.products.laptop, quantity: '1' }] });
    expect([r.statusCode, problem(r).code, problem(r).errors?.[0]?.path]).toEqual([422, 'SALES.STORE_REQUIRED', 'body.lines[0].storeId']);
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  });

  it('cancels an order nothing was delivered on, and then refuses to deliver it', async () => {
    const o = await ok<OrderJson>(order({ customerId: f.customers.local, storeId: f.storeId, confirm: true, lines: [{ productId: f.products.phone, quantity: '1' }] }), 201);
    const cancelled = await ok<OrderJson>(request(t, f.owner, 'POST', `/api/v1/sales-orders/${o.id}/cancel`, { reason: 'Customer changed their mind' }));
    expect(cancelled.status).toBe('cancelled');
    const deliver = await request(t, f.owner, 'POST', '/api/v1/delivery-notes', { salesOrderId: o.id });
    expect([deliver.statusCode, problem(deliver).code]).toEqual([409, 'SALES.ORDER_INVALID_STATE']);
  });
});

describe('stock reservation', () => {
  it('holds stock for an order: what another order can reserve is on hand minus open reservations; delivery and cancel release it', async () => {
    const widget = await createStockProduct(t, f.owner, 'WIDGET', { name: 'Widget', hsnSac: '8471', salePrice: '10.00' });
    await receiveStock(t, f.owner, f.storeId, [{ productId: widget, quantity: '10', unitCost: '4.00' }]);
    const reserve = (quantity: string) => order({ customerId: f.customers.local, storeId: f.storeId, reserveStock: true, confirm: true, lines: [{ productId: widget, quantity }] });

    const a = await ok<OrderJson>(reserve('8'), 201);
    expect(a.lines[0]!.reserved).toBe('8');
    const before = await rowCounts(t.testDb.ownerUrl);
    const b = await reserve('5');
    expect([b.statusCode, problem(b).code, problem(b).available, problem(b).errors?.[0]?.path]).toEqual([422, 'SALES.INSUFFICIENT_AVAILABLE_STOCK', '2', 'body.lines[0].quantity']);
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
    // The other store holds none.
    const elsewhere = await order({ customerId: f.customers.local, storeId: f.storeIds[1], reserveStock: true, confirm: true, lines: [{ productId: widget, quantity: '1' }] });
    expect(problem(elsewhere).available).toBe('0');
    const c = await ok<OrderJson>(reserve('2'), 201);
    expect(c.lines[0]!.reserved).toBe('2');
    expect((await reserve('1')).statusCode).toBe(422);

    // Delivering 3 of A releases 3 of its reservation.
    await ok(request(t, f.owner, 'POST', '/api/v1/delivery-notes', { salesOrderId: a.id, lines: [{ orderLineId: a.lines[0]!.id, quantity: '3' }] }), 201);
    expect((await ok<OrderJson>(request(t, f.owner, 'GET', `/api/v1/sales-orders/${a.id}`))).lines[0]!.reserved).toBe('5');
    // 7 on hand, 5 + 2 reserved: still nothing free.
    expect(problem(await reserve('1')).available).toBe('0');
    // Cancelling C frees its 2.
    await ok(request(t, f.owner, 'POST', `/api/v1/sales-orders/${c.id}/cancel`));
    expect((await ok<OrderJson>(reserve('2'), 201)).lines[0]!.reserved).toBe('2');
    const open = await adminQuery(t.testDb.ownerUrl, `select coalesce(sum(quantity), 0)::text as q from sales.stock_reservations where tenant_id = $1 and product_id = $2 and status = 'open'`, [f.tenantId, widget]);
    expect(open.rows).toEqual([{ q: '7' }]);
  });

  it('two orders reserving the last units at once: exactly one gets them', async () => {
    const gadget = await createStockProduct(t, f.owner, 'GADGET', { name: 'Gadget', hsnSac: '8471', salePrice: '10.00' });
    await receiveStock(t, f.owner, f.storeId, [{ productId: gadget, quantity: '10', unitCost: '4.00' }]);
    const drafts = await Promise.all(
      [1, 2].map(async () => (await ok<OrderJson>(order({ customerId: f.customers.local, storeId: f.storeId, reserveStock: true, lines: [{ productId: gadget, quantity: '6' }] }), 201)).id),
    );
    const results = await Promise.all(drafts.map((id) => request(t, f.owner, 'POST', `/api/v1/sales-orders/${id}/confirm`)));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 422]);
    const open = await adminQuery(t.testDb.ownerUrl, `select coalesce(sum(quantity), 0)::text as q from sales.stock_reservations where tenant_id = $1 and product_id = $2 and status = 'open'`, [f.tenantId, gadget]);
    expect(open.rows).toEqual([{ q: '6' }]);
  });
});

describe('printing', () => {
  it('maps a sales order to the printable document', async () => {
    const o = await ok<OrderJson>(order({ customerId: f.customers.interstate, storeId: f.storeId, confirm: true, terms: 'Delivery within a week', lines: [{ productId: f.products.phone, quantity: '4' }] }), 201);
    const { orders } = t.context.modules.get<SalesApi>('sales');
    const doc = await orders.orderDocument(f.tenantId, o.id);
    expect(doc).toMatchObject({ title: 'Sales Order', number: o.number, buyer: { name: 'Karnataka Buyer Ltd' }, subtotal: '1000.00', total: '1180.00', terms: 'Delivery within a week' });
    expect(doc.taxes).toEqual([{ label: 'IGST 18%', taxableValue: '1000.00', amount: '180.00' }]);
    expect(doc.lines).toEqual([expect.objectContaining({ description: 'Phone', hsn: '8517', quantity: '4', amount: '1180.00' })]);
    const text = await pdfOf(t, f.owner, `/api/v1/sales-orders/${o.id}/pdf`);
    expect(text).toContain('Sales Order');
    expect(text).toContain(o.number!);
    expect(text).toContain('8517');
  });
});
