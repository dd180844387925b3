import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SalesApi } from '../../src/modules/sales/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { accountBalance, createStockProduct, entryLines, eventsOf, ok, problem, receiveStock, request, setUpSales, stockOf, trialBalance, type SalesFixture } from './helpers.js';
import { member, pdfOf, quote, setRules, type DeliveryJson, type OrderJson, type QuotationJson } from './orders-helpers.js';

let t: TestApp;
let f: SalesFixture;
let admin: Awaited<ReturnType<typeof member>>;
let seller: Awaited<ReturnType<typeof member>>;

beforeAll(async () => {
  t = await createTestApp();
  f = await setUpSales(t, { stores: 2 });
  admin = await member(t, f.owner, 'admin');
  seller = await member(t, f.owner, 'sales');
});
afterAll(async () => t?.close());

const deliver = (who: { headers: Record<string, string> }, body: object) => request(t, who, 'POST', '/api/v1/delivery-notes', body);

/** Inventory value in the ledger and in the stock balances agree (minor units). */
async function inventoryAgrees(): Promise<void> {
  const { rows } = await adminQuery(t.testDb.ownerUrl, `select coalesce(sum(value), 0)::text as v from inventory.balances where tenant_id = $1`, [f.tenantId]);
  expect(await accountBalance(t, f.tenantId, { subtype: 'inventory' })).toBe(BigInt((rows[0] as { v: string }).v));
}

async function confirmedOrder(productId: string, quantity: string, storeId = f.storeId): Promise<OrderJson> {
  return ok<OrderJson>(request(t, f.owner, 'POST', '/api/v1/sales-orders', { customerId: f.customers.local, storeId, confirm: true, lines: [{ productId, quantity }] }), 201);
}

describe('quote to cash, through deliveries', () => {
  it('quote → approval → order → two partial deliveries (stock and COGS) → one invoice from both → fulfilment on the order', async () => {
    await setRules(t, admin, { maxDiscountPercent: '5', maxTotal: null });
    const q = await ok<QuotationJson>(quote(t, seller, { customerId: f.customers.local, lines: [{ productId: f.products.laptop, quantity: '10', discountPercent: '8' }] }), 201);
    expect((await ok<QuotationJson>(request(t, seller, 'POST', `/api/v1/quotations/${q.id}/send`))).status).toBe('pending_approval');
    await ok(request(t, admin, 'POST', `/api/v1/quotations/${q.id}/approve`, { reason: 'Volume deal' }));
    const order = await ok<OrderJson>(request(t, seller, 'POST', `/api/v1/quotations/${q.id}/convert`, { confirm: true, storeId: f.storeId }), 201);
    expect(order).toMatchObject({ status: 'confirmed', quotationId: q.id });
    const line = order.lines[0]!;
    expect([line.ordered, line.toDeliver, line.unitPrice, line.discountPercent]).toEqual(['10', '10', '1000', '8']);

    const stock0 = await stockOf(t, f.owner, f.storeId, f.products.laptop);
    const cogs0 = await accountBalance(t, f.tenantId, { subtype: 'cost_of_goods_sold' });
    const d1 = await ok<DeliveryJson>(deliver(seller, { salesOrderId: order.id, lines: [{ orderLineId: line.id, quantity: '3' }] }), 201);
    expect(d1.number).toMatch(/\S+/);
    expect(d1.lines).toEqual([expect.objectContaining({ orderLineId: line.id, quantity: '3', cost: '1800.00', storeId: f.storeId })]);
    expect((await stockOf(t, f.owner, f.storeId, f.products.laptop)).quantity).toBe(String(Number(stock0.quantity) - 3));
    // COGS 3 × 600.00 posted against inventory, in the delivery's entry.
    expect(await accountBalance(t, f.tenantId, { subtype: 'cost_of_goods_sold' })).toBe(cogs0 + 180_000n);
    const lines1 = await entryLines(t, f.tenantId, d1.entryId!);
    expect(lines1.map((l) => [l.accountName, l.debit, l.credit])).toEqual(
      expect.arrayContaining([
        ['Cost of Goods Sold', 180_000n, 0n],
        ['Inventory', 0n, 180_000n],
      ]),
    );
    const afterFirst = await ok<OrderJson>(request(t, seller, 'GET', `/api/v1/sales-orders/${order.id}`));
    expect([afterFirst.status, afterFirst.lines[0]!.delivered, afterFirst.lines[0]!.toDeliver]).toEqual(['partially_delivered', '3', '7']);

    const d2 = await ok<DeliveryJson>(deliver(seller, { salesOrderId: order.id, lines: [{ orderLineId: line.id, quantity: '4' }] }), 201);
    expect(d2.number).not.toBe(d1.number);
    expect((await stockOf(t, f.owner, f.storeId, f.products.laptop)).quantity).toBe(String(Number(stock0.quantity) - 7));
    expect(await accountBalance(t, f.tenantId, { subtype: 'cost_of_goods_sold' })).toBe(cogs0 + 420_000n);
    await inventoryAgrees();
    expect((await eventsOf(t, f.tenantId, 'delivery_note.created')).map((e) => e.id)).toEqual(expect.arrayContaining([d1.id, d2.id]));

    // One invoice for both delivery notes: 7 laptops, no second stock issue.
    const invoice = await ok<{ id: string; status: string; total: string; lines: { quantity: string; deliveryLineId: string | null; orderLineId: string | null }[] }>(
      request(t, seller, 'POST', `/api/v1/delivery-notes/${d1.id}/invoice`, { deliveryNoteIds: [d2.id], issue: true }),
      201,
    );
    expect(invoice.status).toBe('issued');
    expect(invoice.lines.map((l) => [l.quantity, l.deliveryLineId, l.orderLineId])).toEqual([
      ['3', d1.lines[0]!.id, line.id],
      ['4', d2.lines[0]!.id, line.id],
    ]);
    // 7 × 1000 − 8 % = 6440.00 + 18 % GST.
    expect(invoice.total).toBe('7599.00');
    expect((await stockOf(t, f.owner, f.storeId, f.products.laptop)).quantity).toBe(String(Number(stock0.quantity) - 7));
    expect(await trialBalance(t, f.tenantId)).toBe(0n);
    const again = await request(t, seller, 'POST', `/api/v1/delivery-notes/${d1.id}/invoice`, { deliveryNoteIds: [d2.id] });
    expect([again.statusCode, problem(again).code]).toEqual([409, 'SALES.NOTHING_TO_INVOICE']);

    const fulfilled = await ok<OrderJson>(request(t, seller, 'GET', `/api/v1/sales-orders/${order.id}`));
    expect(fulfilled.status).toBe('partially_invoiced');
    expect(fulfilled.lines[0]).toMatchObject({ ordered: '10', delivered: '7', invoiced: '7', toDeliver: '3', toInvoice: '3', returned: '0' });
    expect(fulfilled.deliveryNoteIds).toEqual([d1.id, d2.id]);

    // The rest straight from the order: the invoice issues those 3 from stock itself.
    const rest = await ok<{ lines: { quantity: string; deliveryLineId: string | null; storeId?: string | null }[]; status: string }>(
      request(t, seller, 'POST', `/api/v1/sales-orders/${order.id}/invoice`, { issue: true }),
      201,
    );
    expect(rest.lines.map((l) => [l.quantity, l.deliveryLineId])).toEqual([['3', null]]);
    expect((await stockOf(t, f.owner, f.storeId, f.products.laptop)).quantity).toBe(String(Number(stock0.quantity) - 10));
    const closed = await ok<OrderJson>(request(t, seller, 'GET', `/api/v1/sales-orders/${order.id}`));
    expect(closed.status).toBe('closed');
    expect(closed.lines[0]).toMatchObject({ invoiced: '10', toInvoice: '0', toDeliver: '0' });
    const nothing = await deliver(seller, { salesOrderId: order.id });
    expect([nothing.statusCode, problem(nothing).code]).toEqual([409, 'SALES.NOTHING_TO_DELIVER']);
    await inventoryAgrees();
    expect(await trialBalance(t, f.tenantId)).toBe(0n);
  });
});

describe('delivery limits', () => {
  it('refuses a delivery beyond what is left on the order (4xx with the path), writing nothing', async () => {
    const o = await confirmedOrder(f.products.phone, '5');
    await ok(deliver(f.owner, { salesOrderId: o.id, lines: [{ orderLineId: o.lines[0]!.id, quantity: '4' }] }), 201);
    const stock = await stockOf(t, f.owner, f.storeId, f.products.phone);
    const before = await rowCounts(t.testDb.ownerUrl);
    const over = await deliver(f.owner, { salesOrderId: o.id, lines: [{ orderLineId: o.lines[0]!.id, quantity: '2' }] });
    expect([over.statusCode, problem(over).code, problem(over).errors]).toEqual([422, 'SALES.DELIVERY_EXCEEDS_ORDER', [{ path: 'body.lines[0].quantity', message: 'only 1 left to deliver' }]]);
    // Split over two lines of the body: the sum counts.
    const split = await deliver(f.owner, { salesOrderId: o.id, lines: [{ orderLineId: o.lines[0]!.id, quantity: '1' }, { orderLineId: o.lines[0]!.id, quantity: '1' }] });
    expect([split.statusCode, problem(split).errors?.[0]?.path]).toEqual([422, 'body.lines[1].quantity']);
    const foreignLine = await deliver(f.owner, { salesOrderId: o.id, lines: [{ orderLineId: f.products.phone, quantity: '1' }] });
    expect([foreignLine.statusCode, problem(foreignLine).errors?.[0]?.path]).toEqual([422, 'body.lines[0].orderLineId']);
    const noOrder = await deliver(f.owner, { salesOrderId: f.products.phone });
    expect([noOrder.statusCode, problem(noOrder).errors?.[0]?.path]).toEqual([422, 'body.salesOrderId']);
    const bad = await deliver(f.owner, { salesOrderId: o.id, lines: [{ orderLineId: o.lines[0]!.id, quantity: '0' }] });
    expect([bad.statusCode, problem(bad).errors?.[0]?.path]).toEqual([400, 'body.lines[0].quantity']);
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
    expect(await stockOf(t, f.owner, f.storeId, f.products.phone)).toEqual(stock);
  });

  it('refuses a delivery the store cannot cover with the inventory error and path', async () => {
    const rare = await createStockProduct(t, f.owner, 'RARE', { name: 'Rare part', hsnSac: '8471', salePrice: '10.00' });
    await receiveStock(t, f.owner, f.storeId, [{ productId: rare, quantity: '1', unitCost: '5.00' }]);
    const o = await confirmedOrder(rare, '3');
    const before = await rowCounts(t.testDb.ownerUrl);
    const r = await deliver(f.owner, { salesOrderId: o.id, lines: [{ orderLineId: o.lines[0]!.id, quantity: '2' }] });
    expect([r.statusCode, problem(r).code, problem(r).errors?.[0]?.path]).toEqual([422, 'INVENTORY.INSUFFICIENT_STOCK', 'body.lines[0].quantity']);
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  });

  it('two concurrent deliveries of the last ordered units: exactly one succeeds', async () => {
    const o = await confirmedOrder(f.products.phone, '3');
    const line = o.lines[0]!.id;
    await ok(deliver(f.owner, { salesOrderId: o.id, lines: [{ orderLineId: line, quantity: '1' }] }), 201);
    const stock = await stockOf(t, f.owner, f.storeId, f.products.phone);
    const results = await Promise.all([1, 2].map(() => deliver(f.owner, { salesOrderId: o.id, lines: [{ orderLineId: line, quantity: '2' }] })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 422]);
    expect(problem(results.find((r) => r.statusCode === 422)!).code).toBe('SALES.DELIVERY_EXCEEDS_ORDER');
    const after = await ok<OrderJson>(request(t, f.owner, 'GET', `/api/v1/sales-orders/${o.id}`));
    expect(after.lines[0]).toMatchObject({ delivered: '3', toDeliver: '0' });
    expect(after.status).toBe('delivered');
    expect(Number((await stockOf(t, f.owner, f.storeId, f.products.phone)).quantity)).toBe(Number(stock.quantity) - 2);
  });
});

describe('invoicing from orders and delivery notes', () => {
  it('invoices an order in parts, refuses more than is left, and gets quantities back when a draft is deleted or an invoice voided', async () => {
    const o = await confirmedOrder(f.products.phone, '4');
    const line = o.lines[0]!.id;
    const d = await ok<DeliveryJson>(deliver(f.owner, { salesOrderId: o.id, lines: [{ orderLineId: line, quantity: '2' }] }), 201);
    const stock = await stockOf(t, f.owner, f.storeId, f.products.phone);

    const before = await rowCounts(t.testDb.ownerUrl);
    const over = await request(t, f.owner, 'POST', `/api/v1/sales-orders/${o.id}/invoice`, { lines: [{ orderLineId: line, quantity: '5' }] });
    expect([over.statusCode, problem(over).code, problem(over).errors?.[0]?.path]).toEqual([422, 'SALES.INVOICE_EXCEEDS_ORDER', 'body.lines[0].quantity']);
    const unknown = await request(t, f.owner, 'POST', `/api/v1/sales-orders/${o.id}/invoice`, { lines: [{ orderLineId: f.products.phone, quantity: '1' }] });
    expect([unknown.statusCode, problem(unknown).errors?.[0]?.path]).toEqual([422, 'body.lines[0].orderLineId']);
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);

    // 3 of 4: the 2 delivered against their delivery line, 1 issued by the invoice itself.
    const draft = await ok<{ id: string; status: string; lines: { quantity: string; deliveryLineId: string | null }[] }>(
      request(t, f.owner, 'POST', `/api/v1/sales-orders/${o.id}/invoice`, { lines: [{ orderLineId: line, quantity: '3' }] }),
      201,
    );
    expect(draft.status).toBe('draft');
    expect(draft.lines.map((l) => [l.quantity, l.deliveryLineId])).toEqual([
      ['2', d.lines[0]!.id],
      ['1', null],
    ]);
    const partly = await ok<OrderJson>(request(t, f.owner, 'GET', `/api/v1/sales-orders/${o.id}`));
    expect(partly.lines[0]).toMatchObject({ invoiced: '3', toInvoice: '1', delivered: '2', toDeliver: '1' });
    expect((await ok<DeliveryJson>(request(t, f.owner, 'GET', `/api/v1/delivery-notes/${d.id}`))).lines[0]!.invoiced).toBe('2');
    // Invoiced goods are not returned through the delivery note.
    const ret = await request(t, f.owner, 'POST', `/api/v1/delivery-notes/${d.id}/return`, { reason: 'x' });
    expect([ret.statusCode, problem(ret).code]).toEqual([409, 'SALES.NOTHING_TO_RETURN']);

    // Deleting the draft gives everything back.
    expect((await request(t, f.owner, 'DELETE', `/api/v1/invoices/${draft.id}`)).statusCode).toBe(204);
    const back = await ok<OrderJson>(request(t, f.owner, 'GET', `/api/v1/sales-orders/${o.id}`));
    expect(back.lines[0]).toMatchObject({ invoiced: '0', toInvoice: '4', toDeliver: '2' });
    expect((await ok<DeliveryJson>(request(t, f.owner, 'GET', `/api/v1/delivery-notes/${d.id}`))).lines[0]!.invoiced).toBe('0');

    // An issued invoice from the delivery note, voided: the delivered units can be invoiced again; stock never moves.
    const issued = await ok<{ id: string; status: string }>(request(t, f.owner, 'POST', `/api/v1/delivery-notes/${d.id}/invoice`, { issue: true }), 201);
    expect(issued.status).toBe('issued');
    expect(await stockOf(t, f.owner, f.storeId, f.products.phone)).toEqual(stock);
    await ok(request(t, f.owner, 'POST', `/api/v1/invoices/${issued.id}/void`, { reason: 'Wrong price' }));
    expect(await stockOf(t, f.owner, f.storeId, f.products.phone)).toEqual(stock);
    expect((await ok<OrderJson>(request(t, f.owner, 'GET', `/api/v1/sales-orders/${o.id}`))).lines[0]).toMatchObject({ invoiced: '0', toInvoice: '4' });
    const again = await ok<{ lines: { quantity: string; deliveryLineId: string | null }[] }>(request(t, f.owner, 'POST', `/api/v1/delivery-notes/${d.id}/invoice`, {}), 201);
    expect(again.lines.map((l) => [l.quantity, l.deliveryLineId])).toEqual([['2', d.lines[0]!.id]]);
    await inventoryAgrees();
    expect(await trialBalance(t, f.tenantId)).toBe(0n);
  });
});

describe('returns', () => {
  it('brings goods back at the cost they left with, reducing the delivered quantity', async () => {
    const part = await createStockProduct(t, f.owner, 'PART', { name: 'Part', hsnSac: '8471', salePrice: '50.00' });
    // Two layers: FIFO issues 2 at 10.00 and 3 at 13.00 = 59.00.
    await receiveStock(t, f.owner, f.storeId, [{ productId: part, quantity: '2', unitCost: '10.00' }]);
    await receiveStock(t, f.owner, f.storeId, [{ productId: part, quantity: '8', unitCost: '13.00' }]);
    const o = await confirmedOrder(part, '5');
    const d = await ok<DeliveryJson>(deliver(f.owner, { salesOrderId: o.id }), 201);
    expect(d.lines[0]).toMatchObject({ quantity: '5', cost: '59.00' });
    expect(await stockOf(t, f.owner, f.storeId, part)).toMatchObject({ quantity: '5', value: '65.00' });
    const cogs = await accountBalance(t, f.tenantId, { subtype: 'cost_of_goods_sold' });

    const r1 = await ok<DeliveryJson>(request(t, f.owner, 'POST', `/api/v1/delivery-notes/${d.id}/return`, { reason: 'Damaged in transit', lines: [{ deliveryLineId: d.lines[0]!.id, quantity: '2' }] }));
    // 2/5 of 59.00 = 23.60 back into stock, out of COGS.
    expect(r1.lines[0]).toMatchObject({ returned: '2', returnedCost: '23.60' });
    expect(r1.returns).toEqual([expect.objectContaining({ lines: [{ deliveryLineId: d.lines[0]!.id, quantity: '2', cost: '23.60' }] })]);
    expect(await stockOf(t, f.owner, f.storeId, part)).toMatchObject({ quantity: '7', value: '88.60' });
    expect(await accountBalance(t, f.tenantId, { subtype: 'cost_of_goods_sold' })).toBe(cogs - 2360n);
    const order = await ok<OrderJson>(request(t, f.owner, 'GET', `/api/v1/sales-orders/${o.id}`));
    expect(order.lines[0]).toMatchObject({ delivered: '3', returned: '2', toDeliver: '2' });
    expect(order.status).toBe('partially_delivered');

    const over = await request(t, f.owner, 'POST', `/api/v1/delivery-notes/${d.id}/return`, { reason: 'x', lines: [{ deliveryLineId: d.lines[0]!.id, quantity: '4' }] });
    expect([over.statusCode, problem(over).code, problem(over).errors?.[0]?.path]).toEqual([422, 'SALES.RETURN_EXCEEDS_DELIVERY', 'body.lines[0].quantity']);
    const noReason = await request(t, f.owner, 'POST', `/api/v1/delivery-notes/${d.id}/return`, {});
    expect([noReason.statusCode, problem(noReason).errors?.[0]?.path]).toEqual([400, 'body.reason']);

    // The rest comes back: exactly the cost that left, in total.
    const r2 = await ok<DeliveryJson>(request(t, f.owner, 'POST', `/api/v1/delivery-notes/${d.id}/return`, { reason: 'Order reduced' }));
    expect(r2.lines[0]).toMatchObject({ returned: '5', returnedCost: '59.00' });
    expect(await stockOf(t, f.owner, f.storeId, part)).toMatchObject({ quantity: '10', value: '124.00' });
    expect(await accountBalance(t, f.tenantId, { subtype: 'cost_of_goods_sold' })).toBe(cogs - 5900n);
    await inventoryAgrees();
    expect(await trialBalance(t, f.tenantId)).toBe(0n);
    expect((await eventsOf(t, f.tenantId, 'delivery_note.returned')).filter((e) => e.deliveryNoteId === d.id)).toHaveLength(2);
    const nothing = await request(t, f.owner, 'POST', `/api/v1/delivery-notes/${d.id}/return`, { reason: 'again' });
    expect([nothing.statusCode, problem(nothing).code]).toEqual([409, 'SALES.NOTHING_TO_RETURN']);
    // Returned goods can be delivered again.
    const again = await ok<DeliveryJson>(deliver(f.owner, { salesOrderId: o.id }), 201);
    expect(again.lines[0]!.quantity).toBe('5');
  });
});

describe('printing', () => {
  it('maps a delivery note to the printable document', async () => {
    const o = await confirmedOrder(f.products.phone, '2');
    const d = await ok<DeliveryJson>(deliver(f.owner, { salesOrderId: o.id, memo: 'Handle with care' }), 201);
    const { orders } = t.context.modules.get<SalesApi>('sales');
    const doc = await orders.deliveryDocument(f.tenantId, d.id);
    expect(doc).toMatchObject({ title: 'Delivery Challan', number: d.number, notes: 'Handle with care', references: [{ label: 'Sales order', value: o.number }], total: '590.00' });
    expect(doc.lines).toEqual([expect.objectContaining({ description: 'Phone', quantity: '2', hsn: '8517' })]);
    const text = await pdfOf(t, f.owner, `/api/v1/delivery-notes/${d.id}/pdf`);
    expect(text).toContain('Delivery Challan');
    expect(text).toContain(d.number);
    expect(text).toContain(o.number!);
  });
});
