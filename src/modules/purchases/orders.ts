import { Decimal } from 'decimal.js';
import { AppError, newId, type Invocation } from '../../kernel/index.js';
import { auditFromInvocation, recordAudit } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { appendEvent } from '../../platform/events/index.js';
import { staleVersion } from '../../platform/http/index.js';
import { renderDocumentPdf } from '../../platform/pdf/index.js';
import { activeProducts, activeStore, activeVendor, checkAccount, defaultCost, purchaseTax, taxRows, today, vendorOf, type Tenant, type Vendor } from './common.js';
import type { PurchasesDeps } from './deps.js';
import { fromMinor, qty, receivedStatus } from './domain/amounts.js';
import * as errors from './domain/errors.js';
import { orderPrintable } from './pdf.js';
import * as repo from './repo.js';
import type { OrderBody } from './schemas.js';
import { orderView, type OrderView } from './views.js';

interface PreparedLine {
  id: string;
  line_no: number;
  product_id: string | null;
  stocked: boolean;
  description: string;
  hsn: string | null;
  unit: string | null;
  quantity: string;
  unit_price: string;
  gst_rate: string | null;
  account_id: string | null;
}

interface PreparedOrder {
  vendor: Vendor;
  tenant: Tenant;
  currency: string;
  date: string;
  lines: PreparedLine[];
}

export class OrdersService {
  constructor(private readonly deps: PurchasesDeps) {}

  /** Checks everything outside the transaction (vendor, store, products, accounts, prices): 422s with field paths. */
  private async prepare(inv: Invocation, body: OrderBody): Promise<PreparedOrder> {
    const vendor = await activeVendor(this.deps, inv.tenantId, body.vendorId);
    await activeStore(this.deps, inv.tenantId, body.storeId);
    const currency = body.currency ?? vendor.currency;
    const products = await activeProducts(
      this.deps,
      inv.tenantId,
      body.lines.flatMap((l, i) => (l.productId ? [{ productId: l.productId, path: `body.lines[${i}].productId` }] : [])),
    );
    const issues: { path: string; message: string }[] = [];
    const lines: PreparedLine[] = [];
    for (const [i, l] of body.lines.entries()) {
      const product = l.productId ? products.get(l.productId)! : null;
      if (!product && !l.description) issues.push({ path: `body.lines[${i}].description`, message: 'a line without a product needs a description' });
      const unitPrice = l.unitPrice ?? (product ? await defaultCost(this.deps, inv.tenantId, product, vendor.id, currency) : null);
      if (unitPrice === null) issues.push({ path: `body.lines[${i}].unitPrice`, message: `no purchase price or ${currency} supplier cost is known: give one` });
      if (l.accountId) await checkAccount(this.deps, inv.tenantId, l.accountId, `body.lines[${i}].accountId`, ['expense', 'asset'], 'expense or asset');
      const stocked = product !== null && product.type === 'goods' && product.track_inventory;
      lines.push({
        id: newId(),
        line_no: i + 1,
        product_id: product?.id ?? null,
        stocked,
        description: l.description ?? product?.name ?? '',
        hsn: l.hsn ?? product?.hsn_sac ?? null,
        unit: product?.base_unit ?? null,
        quantity: qty(l.quantity),
        unit_price: new Decimal(unitPrice ?? '0').toFixed(),
        gst_rate: l.gstRate ?? product?.gst_rate ?? null,
        account_id: l.accountId ?? null,
      });
    }
    if (issues.length > 0) throw errors.invalidLines(issues);
    const tenant = await this.deps.identity().service.getTenant(inv.tenantId);
    return { vendor, tenant, currency, date: body.date ?? today(), lines };
  }

  private async totals(tx: Tx, p: PreparedOrder, body: OrderBody) {
    const tax = await purchaseTax(
      this.deps,
      tx,
      { tenant: p.tenant, vendor: p.vendor, currency: p.currency, date: p.date, placeOfSupply: body.placeOfSupply, reverseCharge: false },
      p.lines.map((l, i) => ({ hsn: l.hsn, quantity: l.quantity, unitPrice: l.unit_price, gstRate: l.gst_rate, path: `body.lines[${i}]` })),
    );
    const fmt = (m: bigint) => fromMinor(m, p.currency);
    return {
      lines: p.lines.map((l, i) => ({ ...l, amount: fmt(tax.lines[i]!.taxable) })),
      header: { subtotal: fmt(tax.subtotal), tax_total: fmt(tax.taxTotal), total: fmt(tax.total), taxes: taxRows(tax, tax.lines, fmt) },
    };
  }

  async create(inv: Invocation, body: OrderBody): Promise<OrderView> {
    const p = await this.prepare(inv, body);
    return this.deps.db.withTenant(inv.tenantId, async (tx) => {
      const { lines, header } = await this.totals(tx, p, body);
      const id = newId();
      const number = await this.deps.numbering().next(tx, inv.tenantId, 'purchase_order', p.date);
      await repo.insertOrder(tx, {
        tenant_id: inv.tenantId,
        id,
        number,
        vendor_id: p.vendor.id,
        status: 'draft',
        order_date: p.date,
        expected_date: body.expectedDate ?? null,
        store_id: body.storeId,
        currency: p.currency,
        reference: body.reference ?? null,
        notes: body.notes ?? null,
        ...header,
      });
      await repo.insertOrderLines(tx, inv.tenantId, id, lines);
      const view = await this.viewIn(tx, id);
      await recordAudit(tx, auditFromInvocation(inv, 'purchase_order.created', 'purchase_order', id, null, view));
      await appendEvent(tx, { type: 'purchase_order.created', tenantId: inv.tenantId, actor: inv.actor, data: view });
      return view;
    });
  }

  async update(inv: Invocation, id: string, expected: number, body: OrderBody): Promise<OrderView> {
    await this.get(inv.tenantId, id); // 404 before any check of the body
    const p = await this.prepare(inv, body);
    return this.deps.db.withTenant(inv.tenantId, async (tx) => {
      const before = await this.locked(tx, id, expected);
      if (before.status !== 'draft') throw errors.orderNotDraft();
      const beforeView = orderView(before, await repo.orderLines(tx, [id]));
      const { lines, header } = await this.totals(tx, p, body);
      await repo.updateOrderHeader(tx, id, {
        vendor_id: p.vendor.id,
        order_date: p.date,
        expected_date: body.expectedDate ?? null,
        store_id: body.storeId,
        currency: p.currency,
        reference: body.reference ?? null,
        notes: body.notes ?? null,
        ...header,
      });
      await repo.deleteOrderLines(tx, id);
      await repo.insertOrderLines(tx, inv.tenantId, id, lines);
      const view = await this.viewIn(tx, id);
      await recordAudit(tx, auditFromInvocation(inv, 'purchase_order.updated', 'purchase_order', id, beforeView, view));
      return view;
    });
  }

  async confirm(inv: Invocation, id: string, expected: number | null): Promise<OrderView> {
    return this.transition(inv, id, expected, 'confirmed', (o) => {
      if (o.status !== 'draft') throw errors.orderNotDraft();
    });
  }

  async cancel(inv: Invocation, id: string, expected: number | null): Promise<OrderView> {
    return this.transition(inv, id, expected, 'cancelled', (o, lines) => {
      if (o.status === 'cancelled') throw errors.orderNotOpen('cancelled');
      if (lines.some((l) => !new Decimal(l.received_quantity).isZero() || !new Decimal(l.billed_quantity).isZero())) throw errors.orderNotCancellable();
    });
  }

  private async transition(inv: Invocation, id: string, expected: number | null, to: repo.OrderStatus, check: (o: repo.OrderRow, lines: repo.OrderLineRow[]) => void) {
    return this.deps.db.withTenant(inv.tenantId, async (tx) => {
      const before = await this.locked(tx, id, expected);
      const lines = await repo.orderLines(tx, [id]);
      check(before, lines);
      await repo.setOrderStatus(tx, id, to);
      const view = await this.viewIn(tx, id);
      await recordAudit(tx, auditFromInvocation(inv, `purchase_order.${to}`, 'purchase_order', id, orderView(before, lines), view));
      return view;
    });
  }

  private async locked(tx: Tx, id: string, expected: number | null): Promise<repo.OrderRow> {
    const row = await repo.findOrder(tx, id, true);
    if (!row) throw errors.orderNotFound();
    if (expected !== null && row.version !== expected) throw staleVersion(row.version);
    return row;
  }

  async viewIn(tx: Tx, id: string): Promise<OrderView> {
    const row = await repo.findOrder(tx, id);
    if (!row) throw errors.orderNotFound();
    return orderView(row, await repo.orderLines(tx, [id]));
  }

  async get(tenantId: string, id: string): Promise<OrderView> {
    return this.deps.db.withTenant(tenantId, (tx) => this.viewIn(tx, id));
  }

  async list(tenantId: string, filter: repo.ListFilter) {
    return this.deps.db.withTenant(tenantId, async (tx) => {
      const rows = await repo.listOrders(tx, { ...filter, limit: filter.limit + 1 });
      const lines = await repo.orderLines(tx, rows.map((r) => r.id));
      return { rows, items: rows.slice(0, filter.limit).map((r) => orderView(r, lines.filter((l) => l.order_id === r.id))) };
    });
  }

  /** The purchase order as a PDF (through the platform renderer). */
  async pdf(tenantId: string, id: string): Promise<{ number: string; pdf: Buffer }> {
    const view = await this.get(tenantId, id);
    const [vendor, tenant] = await Promise.all([vendorOf(this.deps, tenantId, view.vendorId), this.deps.identity().service.getTenant(tenantId)]);
    let store: { name: string } | null = null;
    try {
      store = await this.deps.identity().stores.get(tenantId, view.storeId);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
    return { number: view.number, pdf: await renderDocumentPdf(orderPrintable(view, vendor, tenant, store)) };
  }
}

/** Order lines after a receipt: the new status from every line's received quantity. */
export function statusAfterReceipt(lines: readonly repo.OrderLineRow[], received: ReadonlyMap<string, Decimal>): repo.OrderStatus {
  return receivedStatus(lines.map((l) => ({ stocked: l.stocked, quantity: l.quantity, received: new Decimal(l.received_quantity).add(received.get(l.id) ?? 0) })));
}

