import { Decimal } from 'decimal.js';
import { AppError, newId, type Invocation } from '../../kernel/index.js';
import { auditFromInvocation, recordAudit } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { appendEvent } from '../../platform/events/index.js';
import type { MoveRequest } from '../inventory/index.js';
import { rateOn, today } from './common.js';
import type { PurchasesDeps } from './deps.js';
import { qty, toMinor } from './domain/amounts.js';
import * as errors from './domain/errors.js';
import { statusAfterReceipt } from './orders.js';
import * as repo from './repo.js';
import type { ReceiptBody } from './schemas.js';
import { receiptView, type ReceiptView } from './views.js';

const orderUnknown = () => new AppError('unprocessable', 'PURCHASES.ORDER_NOT_FOUND', 'No such purchase order', { errors: [{ path: 'body.orderId', message: 'no such purchase order' }] });

export class ReceiptsService {
  constructor(private readonly deps: PurchasesDeps) {}

  /**
   * Receives goods of a confirmed purchase order, all lines or some, never more than ordered: stock
   * comes in at the order price (in base currency at the receipt date's rate) through the inventory
   * module, which debits Inventory and credits Stock Received Not Billed. One transaction.
   */
  async create(inv: Invocation, body: ReceiptBody): Promise<ReceiptView> {
    const baseCurrency = await this.deps.identity().baseCurrencyOf(inv.tenantId);
    return this.deps.db.withTenant(inv.tenantId, async (tx) => {
      const order = await repo.findOrder(tx, body.orderId, true);
      if (!order) throw orderUnknown();
      if (order.status !== 'confirmed' && order.status !== 'partly_received') throw errors.orderNotOpen(order.status);
      const lines = await repo.orderLines(tx, [order.id]);
      const byId = new Map(lines.map((l) => [l.id, l]));
      const wanted = body.lines ?? lines.filter((l) => l.stocked && new Decimal(l.quantity).gt(l.received_quantity)).map((l) => ({ orderLineId: l.id, quantity: new Decimal(l.quantity).sub(l.received_quantity).toFixed() }));
      if (wanted.length === 0) throw errors.invalidLines([{ path: 'body.lines', message: 'nothing is left to receive on this order' }]);
      const received = new Map<string, Decimal>();
      wanted.forEach((w, i) => {
        const line = byId.get(w.orderLineId);
        if (!line) throw errors.lineNotOnOrder(`body.lines[${i}].orderLineId`);
        if (!line.stocked || !line.product_id) throw errors.lineNotStocked(`body.lines[${i}].orderLineId`);
        const total = (received.get(line.id) ?? new Decimal(0)).add(w.quantity);
        const open = new Decimal(line.quantity).sub(line.received_quantity);
        if (total.gt(open)) throw errors.receiptExceedsOrder(`body.lines[${i}].quantity`, qty(Decimal.max(open.sub(total.sub(w.quantity)), 0)));
        received.set(line.id, total);
      });

      const date = body.date ?? today();
      const rate = await rateOn(this.deps, tx, inv.tenantId, order.currency, date);
      const id = newId();
      const receiptLines = wanted.map((w, i) => {
        const line = byId.get(w.orderLineId)!;
        return {
          id: newId(),
          line_no: i + 1,
          order_line_id: line.id,
          product_id: line.product_id!,
          quantity: qty(w.quantity),
          unit_price: line.unit_price,
          value: toMinor(new Decimal(w.quantity).mul(line.unit_price).mul(rate), baseCurrency).toString(),
        };
      });
      const moves: MoveRequest[] = receiptLines.map((l, i) => ({
        storeId: order.store_id,
        productId: l.product_id,
        kind: 'receipt',
        direction: 'in',
        quantity: new Decimal(l.quantity),
        value: BigInt(l.value),
        path: `body.lines[${i}]`,
      }));
      const number = await this.deps.numbering().next(tx, inv.tenantId, 'goods_receipt', date);
      const posted = await this.deps.inventory().post(tx, inv, {
        documentType: 'receipt',
        documentId: id,
        date,
        memo: `Goods receipt ${number} (${order.number})`,
        source: { module: 'purchases', id },
        moves,
      });
      const value = receiptLines.reduce((s, l) => s + BigInt(l.value), 0n);
      await repo.insertReceipt(
        tx,
        {
          tenant_id: inv.tenantId,
          id,
          number,
          order_id: order.id,
          vendor_id: order.vendor_id,
          store_id: order.store_id,
          receipt_date: date,
          currency: order.currency,
          exchange_rate: rate,
          value: value.toString(),
          entry_id: posted.entryId,
          notes: body.notes ?? null,
        },
        receiptLines,
      );
      for (const [lineId, q] of received) await repo.addOrderLineQuantities(tx, lineId, q.toFixed(), '0');
      const status = statusAfterReceipt(lines, received);
      if (status !== order.status) await repo.setOrderStatus(tx, order.id, status);
      const view = await this.viewIn(tx, id, baseCurrency);
      await recordAudit(tx, auditFromInvocation(inv, 'goods_receipt.created', 'goods_receipt', id, null, view));
      await appendEvent(tx, { type: 'goods_receipt.created', tenantId: inv.tenantId, actor: inv.actor, data: view });
      return view;
    });
  }

  async viewIn(tx: Tx, id: string, baseCurrency: string): Promise<ReceiptView> {
    const row = await repo.findReceipt(tx, id);
    if (!row) throw errors.receiptNotFound();
    return receiptView(row, await repo.receiptLines(tx, [id]), baseCurrency);
  }

  async get(tenantId: string, id: string): Promise<ReceiptView> {
    const baseCurrency = await this.deps.identity().baseCurrencyOf(tenantId);
    return this.deps.db.withTenant(tenantId, (tx) => this.viewIn(tx, id, baseCurrency));
  }

  async list(tenantId: string, filter: repo.ListFilter) {
    const baseCurrency = await this.deps.identity().baseCurrencyOf(tenantId);
    return this.deps.db.withTenant(tenantId, async (tx) => {
      const rows = await repo.listReceipts(tx, { ...filter, limit: filter.limit + 1 });
      const lines = await repo.receiptLines(tx, rows.map((r) => r.id));
      return { rows, items: rows.slice(0, filter.limit).map((r) => receiptView(r, lines.filter((l) => l.receipt_id === r.id), baseCurrency)) };
    });
  }
}
