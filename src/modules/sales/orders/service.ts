import { Decimal } from 'decimal.js';
import { AppError, newId, now, type Invocation } from '../../../kernel/index.js';
import { auditFromInvocation, recordAudit } from '../../../platform/audit/index.js';
import type { Tx } from '../../../platform/db/index.js';
import { appendEvent } from '../../../platform/events/index.js';
import { staleVersion } from '../../../platform/http/index.js';
import { renderDocumentPdf } from '../../../platform/pdf/index.js';
import { ensureSystemAccounts, type SystemAccountSpec } from '../../ledger/index.js';
import type { MoveRequest } from '../../inventory/index.js';
import type { InvoiceLineDraft, InvoiceSnapshot, InvoicesPort } from '../contracts.js';
import type { SalesDeps } from '../deps.js';
import { approvalReasons } from '../domain/approval.js';
import { allocate, returnCost } from '../domain/delivery.js';
import { canCancel, deliverable, invoiceable } from '../domain/order.js';
import { canConvert, editMode, effectiveStatus, sendTarget, submitTarget, type QuotationState } from '../domain/quotation.js';
import * as errors from './errors.js';
import { customerFor, maxDiscount, priceLines, type Customer, type PricedLine } from './pricing.js';
import { deliveryPrintable, orderPrintable, quotationPrintable, type PrintParties } from './printable.js';
import * as repo from './repo.js';
import type { DeliveryBody, OrderBody, QuotationBody } from './schemas.js';
import { deliveryView, fulfilmentOf, moneyOf, orderView, quotationView, revisionView, rulesView } from './views.js';

const today = () => now().toISOString().slice(0, 10);
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const userOf = (inv: Invocation) => (inv.actor.type === 'user' ? inv.actor.id : null);

type PricedQuotation = Awaited<ReturnType<OrdersService['priceQuotation']>>;

/** What a quotation says (customer, dates, lines, totals) and what approval it therefore needs: the same on create and on edit. */
function quotationContent(customer: Customer, p: PricedQuotation, body: QuotationBody, rules: repo.RulesRow) {
  return {
    customer_id: customer.id,
    customer_name: customer.name,
    currency: p.currency,
    quote_date: p.date,
    valid_until: p.validUntil,
    place_of_supply: body.placeOfSupply ?? null,
    reference: body.reference ?? null,
    terms: body.terms ?? null,
    notes: body.notes ?? null,
    lines: p.lines,
    totals: p.totals,
    total: p.totals.total,
    max_discount_percent: maxDiscount(p.lines),
    approval_reasons: approvalReasons(rulesView(rules), { total: p.totals.total, lines: p.lines }),
  };
}

const COGS: SystemAccountSpec = { code: '5100', name: 'Cost of Goods Sold', type: 'expense', subtype: 'cost_of_goods_sold', description: 'Cost of stock issued', findBy: 'subtype' };

interface Page<T> {
  items: T[];
  nextCursor: { k: string; id: string } | null;
}

/**
 * Quotations (revisions, approval rules, expiry, convert), sales orders (credit check, stock
 * reservation, fulfilment) and delivery notes (stock issue with COGS, returns, invoicing through
 * the invoices port). Every use case is one transaction with its audit record and events.
 */
export class OrdersService {
  constructor(
    private readonly deps: SalesDeps,
    private readonly invoices: InvoicesPort,
  ) {}

  private tx<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.deps.db.withTenant(tenantId, fn);
  }

  private async store(tenantId: string, storeId: string, path: string): Promise<void> {
    try {
      const store = await this.deps.identity().stores.get(tenantId, storeId);
      if (store.status !== 'active') throw errors.storeNotFound(path);
    } catch (error) {
      if (error instanceof AppError && error.kind === 'not_found') throw errors.storeNotFound(path);
      throw error;
    }
  }

  /**
   * Stock on hand per store and product, read from the inventory module before the use case's
   * transaction opens (so a request never holds two pool connections). Reservations are checked
   * against it under a lock inside the transaction.
   */
  private async onHand(tenantId: string, keys: readonly { storeId: string | null | undefined; productId: string | null | undefined }[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const k of keys) {
      if (!k.storeId || !k.productId || out.has(`${k.storeId}|${k.productId}`)) continue;
      const stock = await this.deps.inventory().service.stock(tenantId, { storeId: k.storeId, productId: k.productId, limit: 1 });
      out.set(`${k.storeId}|${k.productId}`, stock.items[0]?.quantity ?? '0');
    }
    return out;
  }

  // ---------------- approval rules ----------------

  async getRules(tenantId: string) {
    return rulesView(await this.tx(tenantId, (tx) => repo.rules(tx, tenantId)));
  }

  async updateRules(inv: Invocation, expected: number, body: { maxDiscountPercent: string | null; maxTotal: string | null }) {
    return this.tx(inv.tenantId, async (tx) => {
      const before = await repo.rules(tx, inv.tenantId);
      if (before.version !== expected) throw staleVersion(before.version);
      const after = await repo.updateRules(tx, inv.tenantId, expected, body);
      if (!after) throw staleVersion(before.version + 1);
      await recordAudit(tx, auditFromInvocation(inv, 'sales.approval_rules.updated', 'sales_approval_rules', inv.tenantId, rulesView(before), rulesView(after)));
      return rulesView(after);
    });
  }

  // ---------------- quotations ----------------

  private async priceQuotation(inv: Invocation, body: QuotationBody, customer: Customer) {
    const date = body.date ?? today();
    const validUntil = body.validUntil ?? addDays(date, 30);
    if (validUntil < date) throw errors.invalidDates('body.validUntil', 'The validity date is before the quotation date');
    const currency = body.currency ?? customer.currency;
    const priced = await priceLines(this.deps, { tenantId: inv.tenantId, customer, currency, date, placeOfSupply: body.placeOfSupply ?? null, lines: body.lines });
    return { date, validUntil, currency, ...priced };
  }

  async createQuotation(inv: Invocation, body: QuotationBody) {
    const customer = await customerFor(this.deps, inv.tenantId, body.customerId);
    const p = await this.priceQuotation(inv, body, customer);
    return this.tx(inv.tenantId, async (tx) => {
      const rules = await repo.rules(tx, inv.tenantId);
      const row = await repo.insertQuotation(tx, {
        tenant_id: inv.tenantId,
        id: newId(),
        status: 'draft',
        ...quotationContent(customer, p, body, rules),
        created_by: userOf(inv),
        edited_by: userOf(inv),
      });
      const view = quotationView(row, today());
      await recordAudit(tx, auditFromInvocation(inv, 'quotation.created', 'quotation', row.id, null, view));
      await appendEvent(tx, { type: 'quotation.created', tenantId: inv.tenantId, actor: inv.actor, data: view });
      return view;
    });
  }

  async getQuotation(tenantId: string, id: string) {
    const row = await this.tx(tenantId, (tx) => repo.findQuotation(tx, id));
    if (!row) throw errors.quotationNotFound();
    return quotationView(row, today());
  }

  async listQuotations(tenantId: string, query: { status?: string | undefined; customerId?: string | undefined; limit: number; after?: { k: string; id: string } | undefined }): Promise<Page<ReturnType<typeof quotationView>>> {
    const day = today();
    const rows = await this.tx(tenantId, (tx) => repo.listQuotations(tx, { ...query, today: day, limit: query.limit + 1 }));
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1] as (repo.QuotationRow & { k: string }) | undefined;
    return { items: items.map((r) => quotationView(r, day)), nextCursor: rows.length > query.limit && last ? { k: last.k, id: last.id } : null };
  }

  async revisions(tenantId: string, id: string) {
    return this.tx(tenantId, async (tx) => {
      const row = await repo.findQuotation(tx, id);
      if (!row) throw errors.quotationNotFound();
      const day = today();
      const old = await repo.revisions(tx, id);
      return [...old.map((r) => revisionView(r.snapshot, false, r.created_at, day)), revisionView(row, true, row.updated_at, day)];
    });
  }

  /** Locks the quotation, checks the ETag when one was sent, and gives its state as of today. */
  private async lockQuotation(tx: Tx, id: string, expected: number | null): Promise<{ row: repo.QuotationRow; state: QuotationState }> {
    const row = await repo.findQuotation(tx, id, true);
    if (!row) throw errors.quotationNotFound();
    if (expected !== null && row.version !== expected) throw staleVersion(row.version);
    return { row, state: effectiveStatus(row.status, row.valid_until, today()) };
  }

  async updateQuotation(inv: Invocation, id: string, expected: number, body: QuotationBody) {
    await this.getQuotation(inv.tenantId, id); // 404 before any check of the body
    const customer = await customerFor(this.deps, inv.tenantId, body.customerId);
    const p = await this.priceQuotation(inv, body, customer);
    return this.tx(inv.tenantId, async (tx) => {
      const { row: before, state } = await this.lockQuotation(tx, id, expected);
      const mode = editMode(state);
      if (mode === 'refused') throw errors.quotationNotEditable(state);
      if (mode === 'new_revision') await repo.insertRevision(tx, before, userOf(inv));
      const rules = await repo.rules(tx, inv.tenantId);
      const after = await repo.updateQuotation(tx, id, {
        status: 'draft',
        revision: mode === 'new_revision' ? before.revision + 1 : before.revision,
        ...quotationContent(customer, p, body, rules),
        decided_by: null,
        decision_reason: null,
        decided: null,
        edited_by: userOf(inv),
      });
      const day = today();
      const view = quotationView(after, day);
      await recordAudit(tx, auditFromInvocation(inv, mode === 'new_revision' ? 'quotation.revised' : 'quotation.updated', 'quotation', id, quotationView(before, day), view));
      return view;
    });
  }

  /** Re-reads the rules: a quotation is judged by the rules in force when it is submitted or sent. */
  private async needsApproval(tx: Tx, tenantId: string, row: repo.QuotationRow): Promise<string[]> {
    return approvalReasons(rulesView(await repo.rules(tx, tenantId)), { total: row.total, lines: row.lines });
  }

  private async transition(inv: Invocation, id: string, expected: number | null, action: string, decide: (row: repo.QuotationRow, state: QuotationState, tx: Tx) => Promise<repo.QuotationChanges>) {
    return this.tx(inv.tenantId, async (tx) => {
      const { row: before, state } = await this.lockQuotation(tx, id, expected);
      const changes = await decide(before, state, tx);
      const after = await repo.updateQuotation(tx, id, changes);
      const day = today();
      const view = quotationView(after, day);
      await recordAudit(tx, auditFromInvocation(inv, `quotation.${action}`, 'quotation', id, quotationView(before, day), view));
      if (action === 'approved' || action === 'rejected') {
        await appendEvent(tx, { type: `quotation.${action}`, tenantId: inv.tenantId, actor: inv.actor, data: { id, number: after.number, reason: after.decision_reason, decidedBy: after.decided_by } });
      }
      return view;
    });
  }

  private async numberIfNone(tx: Tx, inv: Invocation, row: repo.QuotationRow): Promise<string> {
    return row.number ?? (await this.deps.numbering().next(tx, inv.tenantId, 'quotation', row.quote_date));
  }

  /** Asks for approval (or, when no rule applies, approves at once) without sending. */
  submit(inv: Invocation, id: string, expected: number | null) {
    return this.transition(inv, id, expected, 'submitted', async (row, state, tx) => {
      const reasons = await this.needsApproval(tx, inv.tenantId, row);
      const target = submitTarget(state, reasons.length > 0);
      if (!target) throw errors.quotationWrongState('submit', state);
      return { status: target, approval_reasons: reasons, number: await this.numberIfNone(tx, inv, row) };
    });
  }

  /** Marks the quotation sent; one that needs approval goes to the approvals inbox instead. */
  send(inv: Invocation, id: string, expected: number | null) {
    return this.transition(inv, id, expected, 'sent', async (row, state, tx) => {
      const reasons = state === 'draft' ? await this.needsApproval(tx, inv.tenantId, row) : row.approval_reasons;
      const target = sendTarget(state, reasons.length > 0);
      if (!target) throw errors.quotationWrongState('send', state);
      return { status: target, approval_reasons: reasons, number: await this.numberIfNone(tx, inv, row) };
    });
  }

  approve(inv: Invocation, id: string, reason: string | null) {
    return this.transition(inv, id, null, 'approved', async (row, state) => {
      if (state !== 'pending_approval') throw errors.quotationNotPending(state);
      const me = userOf(inv);
      if (me !== null && (row.created_by === me || row.edited_by === me)) throw errors.selfApproval();
      return { status: 'approved', decided_by: me, decision_reason: reason, decided: 'now' };
    });
  }

  reject(inv: Invocation, id: string, reason: string) {
    return this.transition(inv, id, null, 'rejected', async (_row, state) => {
      if (state !== 'pending_approval') throw errors.quotationNotPending(state);
      return { status: 'rejected', decided_by: userOf(inv), decision_reason: reason, decided: 'now' };
    });
  }

  accept(inv: Invocation, id: string) {
    return this.transition(inv, id, null, 'accepted', async (_row, state) => {
      if (state === 'expired') throw errors.quotationExpired(_row.valid_until);
      if (state !== 'sent') throw errors.quotationWrongState('accept', state);
      return { status: 'accepted' };
    });
  }

  decline(inv: Invocation, id: string) {
    return this.transition(inv, id, null, 'declined', async (_row, state) => {
      if (state !== 'sent') throw errors.quotationWrongState('decline', state);
      return { status: 'declined' };
    });
  }

  async approvals(tenantId: string, query: { limit: number; after?: { k: string; id: string } | undefined }) {
    const day = today();
    const rows = await this.tx(tenantId, (tx) => repo.pendingApprovals(tx, { today: day, after: query.after, limit: query.limit + 1 }));
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    return { items: items.map((r) => quotationView(r, day)), nextCursor: rows.length > query.limit && last ? { k: last.k, id: last.id } : null };
  }

  /** A sales order from an approved, sent or accepted quotation, once: a second convert is a 409 naming the order. */
  async convert(inv: Invocation, id: string, body: { date?: string | undefined; storeId?: string | null | undefined; reserveStock?: boolean | undefined; confirm?: boolean | undefined }) {
    const quotation = await this.getQuotation(inv.tenantId, id); // 404 before any check of the body
    if (body.storeId) await this.store(inv.tenantId, body.storeId, 'body.storeId');
    const stock = body.confirm && body.reserveStock ? await this.onHand(inv.tenantId, quotation.lines.map((l) => ({ storeId: body.storeId, productId: l.productId }))) : new Map<string, string>();
    const customerCurrency = body.confirm ? (await this.deps.parties().service.get(inv.tenantId, 'customer', quotation.customerId)).currency : quotation.currency;
    const result = await this.tx(inv.tenantId, async (tx) => {
      const { row, state } = await this.lockQuotation(tx, id, null);
      if (row.sales_order_id) throw errors.alreadyConverted(row.sales_order_id);
      if (state === 'expired') throw errors.quotationExpired(row.valid_until);
      if (!canConvert(state)) throw errors.quotationNotConvertible(state);
      const orderId = newId();
      const lines: PricedLine[] = row.lines.map((l) => ({ ...l, id: newId(), storeId: null }));
      await repo.insertOrder(
        tx,
        {
          tenant_id: inv.tenantId,
          id: orderId,
          status: 'draft',
          customer_id: row.customer_id,
          customer_name: row.customer_name,
          currency: row.currency,
          order_date: body.date ?? today(),
          expected_date: null,
          store_id: body.storeId ?? null,
          reserve_stock: body.reserveStock ?? false,
          place_of_supply: row.place_of_supply,
          reference: row.number ?? row.reference,
          terms: row.terms,
          notes: row.notes,
          totals: row.totals,
          total: row.total,
          quotation_id: row.id,
          created_by: userOf(inv),
        },
        lines,
      );
      const day = today();
      const after = await repo.updateQuotation(tx, id, { status: 'converted', sales_order_id: orderId });
      await recordAudit(tx, auditFromInvocation(inv, 'quotation.converted', 'quotation', id, quotationView(row, day), quotationView(after, day)));
      const order = await this.orderCreated(tx, inv, orderId);
      return body.confirm ? this.confirmIn(tx, inv, orderId, 'lines', stock, customerCurrency) : order;
    });
    return result;
  }

  async quotationPdf(tenantId: string, id: string) {
    const q = await this.getQuotation(tenantId, id);
    const doc = quotationPrintable(q, await this.printParties(tenantId, q.customerId));
    return { filename: `${(q.number ?? 'quotation-draft').replace(/[^A-Za-z0-9_-]+/g, '-')}.pdf`, content: await renderDocumentPdf(doc) };
  }

  async quotationDocument(tenantId: string, id: string) {
    const q = await this.getQuotation(tenantId, id);
    return quotationPrintable(q, await this.printParties(tenantId, q.customerId));
  }

  private async printParties(tenantId: string, customerId: string): Promise<PrintParties> {
    const tenant = await this.deps.identity().service.getTenant(tenantId);
    let buyer: PrintParties['buyer'] = { name: 'Customer' };
    try {
      const party = await this.deps.parties().service.get(tenantId, 'customer', customerId);
      const a = party.billing_address as Record<string, unknown> | null;
      const address = a ? Object.values(a).filter((v): v is string => typeof v === 'string' && v.length > 0) : [];
      buyer = { name: party.legal_name, address, gstin: party.gstin, stateCode: party.gst_state_code, email: party.emails[0] ?? null, phone: party.phones[0] ?? null };
    } catch (error) {
      if (!(error instanceof AppError && error.kind === 'not_found')) throw error;
    }
    return { seller: { name: tenant.legal_name ?? tenant.name, gstin: tenant.gstin, stateCode: tenant.state_code }, buyer };
  }

  // ---------------- sales orders ----------------

  private async orderFull(tx: Tx, tenantId: string, id: string) {
    const order = await repo.findOrder(tx, id);
    if (!order) throw errors.orderNotFound();
    const lines = await repo.orderLines(tx, [id]);
    await this.hydrate(tx, tenantId, lines);
    const invoiced = await this.invoicedOf(tx, tenantId, lines);
    return orderView(order, lines, invoiced, await repo.reservations(tx, id), await repo.deliveryIdsOfOrder(tx, id));
  }

  private async invoicedOf(tx: Tx, tenantId: string, lines: readonly repo.OrderLineRow[]): Promise<Map<string, string>> {
    if (lines.length === 0) return new Map();
    return this.invoices.invoicedQuantities(tx, tenantId, lines.map((l) => l.id));
  }

  /**
   * Fills in what the invoices made here took: per order line the quantity invoiced without a
   * delivery line (the invoice issued that stock), per delivery line the quantity invoiced against
   * it. Only links to invoices that still exist and are not void count.
   */
  private async hydrate(tx: Tx, tenantId: string, orderLines: readonly repo.OrderLineRow[], deliveryLines: readonly repo.DeliveryLineRow[] = []): Promise<void> {
    const links = await repo.invoiceLinks(tx, [...orderLines.map((l) => l.id), ...deliveryLines.map((d) => d.order_line_id)]);
    const alive = new Map<string, boolean>();
    for (const id of new Set(links.map((l) => l.invoice_id))) {
      try {
        alive.set(id, (await this.invoices.get(tx, tenantId, id)).status !== 'void');
      } catch (error) {
        if (error instanceof AppError && error.kind === 'not_found') alive.set(id, false);
        else throw error;
      }
    }
    const direct = new Map<string, Decimal>();
    const byDelivery = new Map<string, Decimal>();
    for (const l of links) {
      if (!alive.get(l.invoice_id)) continue;
      const [map, key] = l.delivery_line_id === null ? [direct, l.order_line_id] : [byDelivery, l.delivery_line_id];
      map.set(key, (map.get(key) ?? new Decimal(0)).add(l.quantity));
    }
    for (const l of orderLines) l.invoiced_direct = (direct.get(l.id) ?? new Decimal(0)).toFixed();
    for (const d of deliveryLines) d.invoiced = (byDelivery.get(d.id) ?? new Decimal(0)).toFixed();
  }

  private async orderCreated(tx: Tx, inv: Invocation, id: string) {
    const view = await this.orderFull(tx, inv.tenantId, id);
    await recordAudit(tx, auditFromInvocation(inv, 'sales_order.created', 'sales_order', id, null, view));
    await appendEvent(tx, { type: 'sales_order.created', tenantId: inv.tenantId, actor: inv.actor, data: view });
    return view;
  }

  private async priceOrder(inv: Invocation, body: OrderBody, customer: Customer) {
    const date = body.date ?? today();
    if (body.expectedDate && body.expectedDate < date) throw errors.invalidDates('body.expectedDate', 'The expected date is before the order date');
    const stores = new Set([body.storeId, ...body.lines.map((l) => l.storeId)].filter((s): s is string => typeof s === 'string'));
    for (const storeId of stores) {
      const path = body.storeId === storeId ? 'body.storeId' : `body.lines[${body.lines.findIndex((l) => l.storeId === storeId)}].storeId`;
      await this.store(inv.tenantId, storeId, path);
    }
    const currency = body.currency ?? customer.currency;
    const priced = await priceLines(this.deps, { tenantId: inv.tenantId, customer, currency, date, placeOfSupply: body.placeOfSupply ?? null, lines: body.lines });
    return { date, currency, ...priced };
  }

  async createOrder(inv: Invocation, body: OrderBody) {
    const customer = await customerFor(this.deps, inv.tenantId, body.customerId);
    const p = await this.priceOrder(inv, body, customer);
    const stock = body.confirm && body.reserveStock ? await this.onHand(inv.tenantId, p.lines.map((l) => ({ storeId: l.storeId ?? body.storeId, productId: l.productId }))) : new Map<string, string>();
    return this.tx(inv.tenantId, async (tx) => {
      const id = newId();
      await repo.insertOrder(
        tx,
        {
          tenant_id: inv.tenantId,
          id,
          status: 'draft',
          customer_id: customer.id,
          customer_name: customer.name,
          currency: p.currency,
          order_date: p.date,
          expected_date: body.expectedDate ?? null,
          store_id: body.storeId ?? null,
          reserve_stock: body.reserveStock ?? false,
          place_of_supply: body.placeOfSupply ?? null,
          reference: body.reference ?? null,
          terms: body.terms ?? null,
          notes: body.notes ?? null,
          totals: p.totals,
          total: p.totals.total,
          quotation_id: null,
          created_by: userOf(inv),
        },
        p.lines,
      );
      const view = await this.orderCreated(tx, inv, id);
      return body.confirm ? this.confirmIn(tx, inv, id, 'body.lines', stock, customer.currency) : view;
    });
  }

  async getOrder(tenantId: string, id: string) {
    return this.tx(tenantId, (tx) => this.orderFull(tx, tenantId, id));
  }

  async listOrders(tenantId: string, query: { status?: string | undefined; customerId?: string | undefined; limit: number; after?: { k: string; id: string } | undefined }) {
    return this.tx(tenantId, async (tx) => {
      const rows = await repo.listOrders(tx, { ...query, limit: query.limit + 1 });
      const page = rows.slice(0, query.limit);
      const lines = await repo.orderLines(tx, page.map((r) => r.id));
      await this.hydrate(tx, tenantId, lines);
      const invoiced = await this.invoicedOf(tx, tenantId, lines);
      const items = [];
      for (const o of page) items.push(orderView(o, lines.filter((l) => l.order_id === o.id), invoiced, await repo.reservations(tx, o.id), await repo.deliveryIdsOfOrder(tx, o.id)));
      const last = page[page.length - 1];
      return { items, nextCursor: rows.length > query.limit && last ? { k: last.k, id: last.id } : null };
    });
  }

  async updateOrder(inv: Invocation, id: string, expected: number, body: OrderBody) {
    if (!(await this.tx(inv.tenantId, (tx) => repo.findOrder(tx, id)))) throw errors.orderNotFound();
    const customer = await customerFor(this.deps, inv.tenantId, body.customerId);
    const p = await this.priceOrder(inv, body, customer);
    const stock = body.confirm && body.reserveStock ? await this.onHand(inv.tenantId, p.lines.map((l) => ({ storeId: l.storeId ?? body.storeId, productId: l.productId }))) : new Map<string, string>();
    return this.tx(inv.tenantId, async (tx) => {
      const before = await repo.findOrder(tx, id, true);
      if (!before) throw errors.orderNotFound();
      if (before.version !== expected) throw staleVersion(before.version);
      if (before.status !== 'draft') throw errors.orderNotEditable(before.status);
      const old = await this.orderFull(tx, inv.tenantId, id);
      await repo.replaceLines(tx, inv.tenantId, id, p.lines);
      await repo.updateOrder(tx, id, {
        customer_id: customer.id,
        customer_name: customer.name,
        currency: p.currency,
        order_date: p.date,
        expected_date: body.expectedDate ?? null,
        store_id: body.storeId ?? null,
        reserve_stock: body.reserveStock ?? false,
        place_of_supply: body.placeOfSupply ?? null,
        reference: body.reference ?? null,
        terms: body.terms ?? null,
        notes: body.notes ?? null,
        totals: p.totals,
        total: p.totals.total,
      });
      const view = await this.orderFull(tx, inv.tenantId, id);
      await recordAudit(tx, auditFromInvocation(inv, 'sales_order.updated', 'sales_order', id, old, view));
      return body.confirm ? this.confirmIn(tx, inv, id, 'body.lines', stock, customer.currency) : view;
    });
  }

  async confirm(inv: Invocation, id: string, expected: number | null) {
    const draft = await this.tx(inv.tenantId, async (tx) => {
      const row = await repo.findOrder(tx, id);
      return row ? { row, lines: await repo.orderLines(tx, [id]) } : undefined;
    });
    if (!draft) throw errors.orderNotFound();
    const stock = draft.row.reserve_stock ? await this.onHand(inv.tenantId, draft.lines.map((l) => ({ storeId: l.store_id ?? draft.row.store_id, productId: l.product_id }))) : new Map<string, string>();
    const customerCurrency = (await this.deps.parties().service.get(inv.tenantId, 'customer', draft.row.customer_id)).currency;
    return this.tx(inv.tenantId, async (tx) => {
      const row = await repo.findOrder(tx, id, true);
      if (!row) throw errors.orderNotFound();
      if (expected !== null && row.version !== expected) throw staleVersion(row.version);
      return this.confirmIn(tx, inv, id, 'lines', stock, customerCurrency);
    });
  }

  /**
   * Confirms a draft order in the caller's transaction: draws its number, checks the customer's
   * credit (a warning is kept on the order; block mode refuses) and reserves stock when asked.
   */
  private async confirmIn(tx: Tx, inv: Invocation, id: string, linesPath: string, stock: Map<string, string>, customerCurrency: string) {
    const order = await repo.findOrder(tx, id, true);
    if (!order) throw errors.orderNotFound();
    if (order.status !== 'draft') throw errors.orderWrongState('confirm', order.status);
    const before = await this.orderFull(tx, inv.tenantId, id);
    const lines = await repo.orderLines(tx, [id]);
    let warning: { code: string; message: string } | null = null;
    // The credit limit is in the customer's currency: an order in another currency is not checked here.
    if (customerCurrency === order.currency) {
      const check = await this.deps.parties().checkCredit(tx, inv.tenantId, order.customer_id, order.total, inv.actor);
      warning = check.warning;
    }
    if (order.reserve_stock) await this.reserve(tx, inv, order, lines, linesPath, stock);
    const number = await this.deps.numbering().next(tx, inv.tenantId, 'sales_order', order.order_date);
    await repo.updateOrder(tx, id, { status: 'confirmed', number, credit_warning: warning, confirmed_at: now() });
    const view = await this.orderFull(tx, inv.tenantId, id);
    await recordAudit(tx, auditFromInvocation(inv, 'sales_order.confirmed', 'sales_order', id, before, view));
    return view;
  }

  /**
   * Holds stock for each stocked line in its store: available = on hand (read from the inventory
   * module before the transaction) minus every other open reservation of the product in the store.
   * Reservations of one product and store are serialised by a transaction-scoped advisory lock, so
   * two orders cannot both take the last units.
   */
  private async reserve(tx: Tx, inv: Invocation, order: repo.OrderRow, lines: repo.OrderLineRow[], linesPath: string, stock: Map<string, string>): Promise<void> {
    const wanted = lines.flatMap((l, i) => {
      if (!l.stocked || !l.product_id) return [];
      const storeId = l.store_id ?? order.store_id;
      if (!storeId) throw errors.storeRequired(`${linesPath}[${i}].storeId`);
      return [{ line: l, i, storeId, productId: l.product_id }];
    });
    await repo.lockStock(tx, inv.tenantId, wanted);
    const taken = new Map<string, Decimal>();
    for (const w of wanted) {
      const key = `${w.storeId}|${w.productId}`;
      const onHand = new Decimal(stock.get(key) ?? '0');
      const reserved = new Decimal(await repo.reservedQuantity(tx, w.storeId, w.productId, order.id));
      const available = Decimal.max(0, onHand.sub(reserved).sub(taken.get(key) ?? 0));
      if (available.lt(w.line.quantity)) throw errors.insufficientAvailable(`${linesPath}[${w.i}].quantity`, available.toFixed());
      taken.set(key, (taken.get(key) ?? new Decimal(0)).add(w.line.quantity));
      await repo.insertReservation(tx, { tenant_id: inv.tenantId, id: newId(), order_id: order.id, order_line_id: w.line.id, store_id: w.storeId, product_id: w.productId, quantity: new Decimal(w.line.quantity).toFixed() });
    }
  }

  async cancel(inv: Invocation, id: string, reason: string | null) {
    return this.tx(inv.tenantId, async (tx) => {
      const order = await repo.findOrder(tx, id, true);
      if (!order) throw errors.orderNotFound();
      const lines = await repo.orderLines(tx, [id]);
      await this.hydrate(tx, inv.tenantId, lines);
      const invoiced = await this.invoicedOf(tx, inv.tenantId, lines);
      if (!canCancel(order.status, lines.map((l) => fulfilmentOf(l, invoiced.get(l.id) ?? '0')))) throw errors.orderWrongState('cancel', order.status === 'confirmed' ? 'delivered or invoiced' : order.status);
      const before = await this.orderFull(tx, inv.tenantId, id);
      for (const l of lines) await repo.releaseReservation(tx, l.id, null);
      await repo.updateOrder(tx, id, { status: 'cancelled', notes: reason ? [order.notes, `Cancelled: ${reason}`].filter(Boolean).join('\n') : undefined });
      const view = await this.orderFull(tx, inv.tenantId, id);
      await recordAudit(tx, auditFromInvocation(inv, 'sales_order.cancelled', 'sales_order', id, before, view));
      return view;
    });
  }

  /** Closes a confirmed order short: what is left is neither delivered nor invoiced; reservations are released. */
  async close(inv: Invocation, id: string) {
    return this.tx(inv.tenantId, async (tx) => {
      const order = await repo.findOrder(tx, id, true);
      if (!order) throw errors.orderNotFound();
      if (order.status !== 'confirmed') throw errors.orderWrongState('close', order.status);
      const before = await this.orderFull(tx, inv.tenantId, id);
      for (const l of await repo.orderLines(tx, [id])) await repo.releaseReservation(tx, l.id, null);
      await repo.updateOrder(tx, id, { status: 'closed' });
      const view = await this.orderFull(tx, inv.tenantId, id);
      await recordAudit(tx, auditFromInvocation(inv, 'sales_order.closed', 'sales_order', id, before, view));
      return view;
    });
  }

  private invoiceLine(l: repo.OrderLineRow, order: repo.OrderRow, quantity: Decimal, extra: Partial<InvoiceLineDraft>): InvoiceLineDraft {
    return {
      productId: l.product_id,
      description: l.description,
      hsn: l.hsn,
      quantity: quantity.toFixed(),
      unit: l.unit,
      unitPrice: new Decimal(l.unit_price).toFixed(),
      discountPercent: new Decimal(l.discount_percent).toFixed(),
      orderLineId: l.id,
      storeId: l.stocked ? (l.store_id ?? order.store_id) : null,
      ...(l.tax_rate_id && { taxRateId: l.tax_rate_id }),
      ...(l.tax_group_id && { taxGroupId: l.tax_group_id }),
      ...extra,
    };
  }

  private async makeInvoice(tx: Tx, inv: Invocation, input: { customerId: string; currency: string; date?: string | undefined; salesOrderId: string | null; order: repo.OrderRow; lines: InvoiceLineDraft[]; issue: boolean }): Promise<InvoiceSnapshot> {
    const draft = await this.invoices.createDraft(tx, inv, {
      customerId: input.customerId,
      currency: input.currency,
      date: input.date ?? null,
      salesOrderId: input.salesOrderId,
      placeOfSupply: input.order.place_of_supply,
      reference: input.order.number,
      terms: input.order.terms,
      lines: input.lines,
    });
    return input.issue ? this.invoices.issue(tx, inv, draft.id) : draft;
  }

  /**
   * An invoice for what is not invoiced yet on the order (or the given lines): delivered units are
   * invoiced against their delivery lines (no second stock issue); units never delivered are
   * invoiced with their store, and the invoice issues the stock.
   */
  async invoiceOrder(inv: Invocation, id: string, body: { date?: string | undefined; issue?: boolean | undefined; lines?: { orderLineId: string; quantity: string }[] | undefined }) {
    return this.tx(inv.tenantId, async (tx) => {
      const order = await repo.findOrder(tx, id, true);
      if (!order) throw errors.orderNotFound();
      if (order.status !== 'confirmed') throw errors.orderWrongState('invoice', order.status);
      const lines = await repo.orderLines(tx, [id]);
      await this.hydrate(tx, inv.tenantId, lines);
      const invoiced = await this.invoicedOf(tx, inv.tenantId, lines);
      const byId = new Map(lines.map((l) => [l.id, l]));
      const wanted = new Map<string, { quantity: Decimal; path: string }>();
      if (body.lines) {
        body.lines.forEach((w, i) => {
          if (!byId.has(w.orderLineId)) throw errors.orderLineUnknown(`body.lines[${i}].orderLineId`);
          const prev = wanted.get(w.orderLineId)?.quantity ?? new Decimal(0);
          wanted.set(w.orderLineId, { quantity: prev.add(w.quantity), path: `body.lines[${i}].quantity` });
        });
      } else {
        for (const l of lines) {
          const left = invoiceable(fulfilmentOf(l, invoiced.get(l.id) ?? '0'));
          if (left.gt(0)) wanted.set(l.id, { quantity: left, path: `lines[${l.position - 1}].quantity` });
        }
      }
      if (wanted.size === 0) throw errors.nothingToInvoice();
      const dlines = await repo.deliveryLinesOfOrderLines(tx, [...wanted.keys()]);
      await this.hydrate(tx, inv.tenantId, [], dlines);
      const drafts: InvoiceLineDraft[] = [];
      const direct: { line: repo.OrderLineRow; quantity: Decimal }[] = [];
      for (const [lineId, w] of wanted) {
        const l = byId.get(lineId)!;
        const f = fulfilmentOf(l, invoiced.get(l.id) ?? '0');
        const left = invoiceable(f);
        if (w.quantity.gt(left)) throw errors.invoiceExceedsOrder(w.path, left.toFixed());
        const rooms = dlines.filter((d) => d.order_line_id === lineId).map((d) => ({ d, room: new Decimal(d.quantity).sub(d.returned).sub(d.invoiced) }));
        const parts = allocate(rooms, w.quantity);
        let rest = w.quantity;
        for (const part of parts) {
          drafts.push(this.invoiceLine(l, order, part.quantity, { deliveryLineId: part.item.d.id, storeId: part.item.d.store_id }));
          rest = rest.sub(part.quantity);
        }
        if (rest.gt(0)) {
          if (l.stocked) {
            const canIssue = deliverable(f);
            if (rest.gt(canIssue)) throw errors.invoiceExceedsOrder(w.path, w.quantity.sub(rest).add(canIssue).toFixed());
            if (!(l.store_id ?? order.store_id)) throw errors.storeRequired(w.path.replace(/\.quantity$/, '.storeId'));
            direct.push({ line: l, quantity: rest });
          }
          drafts.push(this.invoiceLine(l, order, rest, {}));
        }
      }
      const before = await this.orderFull(tx, inv.tenantId, id);
      const invoice = await this.makeInvoice(tx, inv, { customerId: order.customer_id, currency: order.currency, date: body.date, salesOrderId: id, order, lines: drafts, issue: body.issue ?? false });
      await repo.insertInvoiceLinks(
        tx,
        inv.tenantId,
        invoice.id,
        drafts.map((d) => ({ id: newId(), orderLineId: d.orderLineId!, deliveryLineId: d.deliveryLineId ?? null, quantity: d.quantity })),
      );
      for (const d of direct) await repo.releaseReservation(tx, d.line.id, d.quantity.toFixed());
      await repo.updateOrder(tx, id, {});
      await recordAudit(tx, auditFromInvocation(inv, 'sales_order.invoiced', 'sales_order', id, before, { invoiceId: invoice.id, lines: drafts }));
      return invoice;
    });
  }

  async orderPdf(tenantId: string, id: string) {
    const doc = await this.orderDocument(tenantId, id);
    return { filename: `${doc.number.replace(/[^A-Za-z0-9_-]+/g, '-')}.pdf`, content: await renderDocumentPdf(doc) };
  }

  async orderDocument(tenantId: string, id: string) {
    const o = await this.getOrder(tenantId, id);
    const quotation = o.quotationId ? await this.tx(tenantId, (tx) => repo.findQuotation(tx, o.quotationId!)) : undefined;
    return orderPrintable(o, await this.printParties(tenantId, o.customerId), quotation?.number ?? null);
  }

  // ---------------- delivery notes ----------------

  private async deliveryFull(tx: Tx, id: string, base: string) {
    const d = await repo.findDelivery(tx, id);
    if (!d) throw errors.deliveryNotFound();
    const order = await repo.findOrder(tx, d.order_id);
    const lines = await repo.deliveryLines(tx, [id]);
    await this.hydrate(tx, d.tenant_id, [], lines);
    return deliveryView(d, lines, await repo.returnsOf(tx, id), order?.number ?? null, base);
  }

  /**
   * Delivers order lines (all that is left of the stocked lines, or the given quantities): issues
   * the goods from their stores through the inventory module (valued at cost, COGS posted) and
   * releases their reservations. The order row is locked, so two deliveries of the last units
   * cannot both pass the check.
   */
  async createDelivery(inv: Invocation, body: DeliveryBody) {
    const base = await this.deps.identity().baseCurrencyOf(inv.tenantId);
    for (const [i, l] of (body.lines ?? []).entries()) if (l.storeId) await this.store(inv.tenantId, l.storeId, `body.lines[${i}].storeId`);
    return this.tx(inv.tenantId, async (tx) => {
      const order = await repo.findOrder(tx, body.salesOrderId, true);
      if (!order) throw new AppError('unprocessable', 'SALES.ORDER_NOT_FOUND', 'No such sales order', { errors: [{ path: 'body.salesOrderId', message: 'no such sales order' }] });
      if (order.status !== 'confirmed') throw errors.orderWrongState('deliver', order.status);
      const lines = await repo.orderLines(tx, [order.id]);
      await this.hydrate(tx, inv.tenantId, lines);
      const byId = new Map(lines.map((l) => [l.id, l]));
      const wanted: { line: repo.OrderLineRow; quantity: Decimal; storeId: string | null; path: string }[] = [];
      if (body.lines) {
        const sums = new Map<string, Decimal>();
        body.lines.forEach((w, i) => {
          const l = byId.get(w.orderLineId);
          if (!l) throw errors.orderLineUnknown(`body.lines[${i}].orderLineId`);
          const total = (sums.get(l.id) ?? new Decimal(0)).add(w.quantity);
          sums.set(l.id, total);
          const left = deliverable(fulfilmentOf(l, '0'));
          if (total.gt(left)) throw errors.deliveryExceedsOrder(`body.lines[${i}].quantity`, left.sub(total.sub(w.quantity)).toFixed());
          wanted.push({ line: l, quantity: new Decimal(w.quantity), storeId: w.storeId ?? l.store_id ?? order.store_id, path: `body.lines[${i}]` });
        });
      } else {
        for (const l of lines) {
          const left = deliverable(fulfilmentOf(l, '0'));
          if (l.stocked && left.gt(0)) wanted.push({ line: l, quantity: left, storeId: l.store_id ?? order.store_id, path: `lines[${l.position - 1}]` });
        }
        if (wanted.length === 0) throw errors.nothingToDeliver();
      }
      const moves: MoveRequest[] = [];
      const moveOf = new Map<number, number>();
      wanted.forEach((w, i) => {
        if (!w.line.stocked || !w.line.product_id) return;
        if (!w.storeId) throw errors.storeRequired(`${w.path}.storeId`);
        moveOf.set(i, moves.length);
        moves.push({ storeId: w.storeId, productId: w.line.product_id, kind: 'issue', direction: 'out', quantity: w.quantity, memo: w.line.description.slice(0, 500), path: w.path });
      });
      const date = body.date ?? today();
      const id = newId();
      const number = await this.deps.numbering().next(tx, inv.tenantId, 'delivery_note', date);
      const posted = moves.length > 0 ? await this.deps.inventory().post(tx, inv, { documentType: 'issue', documentId: id, date, memo: `Delivery ${number}`, source: { module: 'sales', id }, moves }) : { moves: [], entryId: null };
      const before = await this.orderFull(tx, inv.tenantId, order.id);
      await repo.insertDelivery(
        tx,
        { tenant_id: inv.tenantId, id, number, order_id: order.id, customer_id: order.customer_id, customer_name: order.customer_name, delivery_date: date, memo: body.memo ?? null, entry_id: posted.entryId, created_by: userOf(inv) },
        wanted.map((w, i) => {
          const m = moveOf.has(i) ? posted.moves[moveOf.get(i)!] : undefined;
          return {
            tenant_id: inv.tenantId,
            id: newId(),
            delivery_id: id,
            order_line_id: w.line.id,
            position: i + 1,
            product_id: w.line.product_id,
            store_id: m ? w.storeId : null,
            description: w.line.description,
            quantity: w.quantity.toFixed(),
            cost: m ? (-BigInt(m.value)).toString() : '0',
          };
        }),
      );
      for (const w of wanted) {
        await repo.bumpLine(tx, w.line.id, { delivered: w.quantity.toFixed() });
        await repo.releaseReservation(tx, w.line.id, w.quantity.toFixed());
      }
      await repo.updateOrder(tx, order.id, {});
      const view = await this.deliveryFull(tx, id, base);
      await recordAudit(tx, auditFromInvocation(inv, 'delivery_note.created', 'delivery_note', id, null, view));
      await recordAudit(tx, auditFromInvocation(inv, 'sales_order.delivered', 'sales_order', order.id, before, await this.orderFull(tx, inv.tenantId, order.id)));
      await appendEvent(tx, { type: 'delivery_note.created', tenantId: inv.tenantId, actor: inv.actor, data: { ...view, baseCurrency: base } });
      return view;
    });
  }

  async getDelivery(tenantId: string, id: string) {
    const base = await this.deps.identity().baseCurrencyOf(tenantId);
    return this.tx(tenantId, (tx) => this.deliveryFull(tx, id, base));
  }

  async listDeliveries(tenantId: string, query: { salesOrderId?: string | undefined; customerId?: string | undefined; limit: number; after?: { k: string; id: string } | undefined }) {
    const base = await this.deps.identity().baseCurrencyOf(tenantId);
    return this.tx(tenantId, async (tx) => {
      const rows = await repo.listDeliveries(tx, { ...query, limit: query.limit + 1 });
      const page = rows.slice(0, query.limit);
      const items = [];
      for (const d of page) items.push(await this.deliveryFull(tx, d.id, base));
      const last = page[page.length - 1];
      return { items, nextCursor: rows.length > query.limit && last ? { k: last.k, id: last.id } : null };
    });
  }

  /**
   * Goods back into stock at the cost they left with (pro rata; the last units take exactly what is
   * left), Dr Inventory / Cr COGS, reducing the order's delivered quantity. What was invoiced comes
   * back through a credit note instead.
   */
  async returnDelivery(inv: Invocation, id: string, body: { date?: string | undefined; reason: string; lines?: { deliveryLineId: string; quantity: string }[] | undefined }) {
    const base = await this.deps.identity().baseCurrencyOf(inv.tenantId);
    return this.tx(inv.tenantId, async (tx) => {
      const found = await repo.findDelivery(tx, id);
      if (!found) throw errors.deliveryNotFound();
      await repo.findOrder(tx, found.order_id, true);
      const d = (await repo.findDelivery(tx, id, true))!;
      const lines = await repo.deliveryLines(tx, [id]);
      await this.hydrate(tx, inv.tenantId, [], lines);
      const byId = new Map(lines.map((l) => [l.id, l]));
      const returnable = (l: repo.DeliveryLineRow) => new Decimal(l.quantity).sub(l.returned).sub(l.invoiced);
      const wanted: { line: repo.DeliveryLineRow; quantity: Decimal; path: string }[] = [];
      if (body.lines) {
        const sums = new Map<string, Decimal>();
        body.lines.forEach((w, i) => {
          const l = byId.get(w.deliveryLineId);
          if (!l) throw errors.deliveryLineUnknown(`body.lines[${i}].deliveryLineId`);
          const total = (sums.get(l.id) ?? new Decimal(0)).add(w.quantity);
          sums.set(l.id, total);
          if (total.gt(returnable(l))) throw errors.returnExceedsDelivery(`body.lines[${i}].quantity`, returnable(l).sub(total.sub(w.quantity)).toFixed());
          wanted.push({ line: l, quantity: new Decimal(w.quantity), path: `body.lines[${i}]` });
        });
      } else {
        for (const l of lines) if (returnable(l).gt(0)) wanted.push({ line: l, quantity: returnable(l), path: `lines[${l.position - 1}]` });
        if (wanted.length === 0) throw errors.nothingToReturn();
      }
      const returnId = newId();
      const date = body.date ?? today();
      if (date < d.delivery_date) throw errors.invalidDates('body.date', 'A return cannot be dated before its delivery');
      const running = new Map<string, { returned: Decimal; returnedCost: bigint }>();
      const rlines: repo.ReturnLine[] = [];
      const moves: MoveRequest[] = [];
      const cogs = (await ensureSystemAccounts(tx, inv, [COGS], base))[0]!;
      for (const w of wanted) {
        const r = running.get(w.line.id) ?? { returned: new Decimal(w.line.returned), returnedCost: BigInt(w.line.returned_cost) };
        const cost = returnCost({ quantity: w.line.quantity, returned: r.returned.toFixed(), cost: BigInt(w.line.cost), returnedCost: r.returnedCost }, w.quantity.toFixed());
        running.set(w.line.id, { returned: r.returned.add(w.quantity), returnedCost: r.returnedCost + cost });
        rlines.push({ deliveryLineId: w.line.id, orderLineId: w.line.order_line_id, productId: w.line.product_id, storeId: w.line.store_id, quantity: w.quantity.toFixed(), cost: cost.toString() });
        if (w.line.store_id && w.line.product_id) {
          moves.push({ storeId: w.line.store_id, productId: w.line.product_id, kind: 'receipt', direction: 'in', quantity: w.quantity, value: cost, counterAccountId: cogs, memo: `Return: ${body.reason}`.slice(0, 500), path: w.path });
        }
      }
      const before = await this.deliveryFull(tx, id, base);
      const posted = moves.length > 0 ? await this.deps.inventory().post(tx, inv, { documentType: 'receipt', documentId: returnId, date, memo: `Return against ${d.number}`, source: { module: 'sales', id: returnId }, moves }) : { entryId: null };
      await repo.insertReturn(tx, { tenant_id: inv.tenantId, id: returnId, delivery_id: id, return_date: date, reason: body.reason, lines: rlines, entry_id: posted.entryId, created_by: userOf(inv) });
      for (const l of rlines) {
        await repo.bumpDeliveryLine(tx, l.deliveryLineId, { returned: l.quantity, returnedCost: BigInt(l.cost) });
        await repo.bumpLine(tx, l.orderLineId, { delivered: new Decimal(l.quantity).neg().toFixed(), returned: l.quantity });
      }
      await repo.touchDelivery(tx, id);
      await repo.updateOrder(tx, d.order_id, {});
      const view = await this.deliveryFull(tx, id, base);
      await recordAudit(tx, auditFromInvocation(inv, 'delivery_note.returned', 'delivery_note', id, before, view));
      await appendEvent(tx, {
        type: 'delivery_note.returned',
        tenantId: inv.tenantId,
        actor: inv.actor,
        data: { deliveryNoteId: id, returnId, salesOrderId: d.order_id, date, reason: body.reason, lines: rlines.map((l) => ({ ...l, cost: moneyOf(l.cost, base) })) },
      });
      return view;
    });
  }

  /** One invoice for what is delivered and not yet invoiced or returned on one or more delivery notes of one customer. */
  async invoiceDeliveries(inv: Invocation, id: string, body: { date?: string | undefined; issue?: boolean | undefined; deliveryNoteIds?: string[] | undefined }) {
    return this.tx(inv.tenantId, async (tx) => {
      const first = await repo.findDelivery(tx, id);
      if (!first) throw errors.deliveryNotFound();
      const others = [...new Set(body.deliveryNoteIds ?? [])].filter((x) => x !== id);
      const found = await repo.findDeliveries(tx, others);
      others.forEach((o, i) => {
        if (!found.some((d) => d.id === o)) throw new AppError('unprocessable', 'SALES.DELIVERY_NOTE_NOT_FOUND', 'No such delivery note', { errors: [{ path: `body.deliveryNoteIds[${i}]`, message: 'no such delivery note' }] });
      });
      const notes = [first, ...found];
      const orderIds = [...new Set(notes.map((n) => n.order_id))].sort();
      const orders: repo.OrderRow[] = [];
      for (const oid of orderIds) orders.push((await repo.findOrder(tx, oid, true))!);
      const main = orders.find((o) => o.id === first.order_id)!;
      notes.forEach((n) => {
        const o = orders.find((x) => x.id === n.order_id)!;
        if (o.customer_id !== main.customer_id || o.currency !== main.currency) throw errors.deliveriesMixCustomers(`body.deliveryNoteIds[${others.indexOf(n.id)}]`);
      });
      for (const o of orders) if (o.status === 'cancelled') throw errors.orderWrongState('invoice', o.status);
      await repo.findDeliveries(tx, notes.map((n) => n.id), true);
      const dlines = await repo.deliveryLines(tx, notes.map((n) => n.id));
      const olines = await repo.orderLines(tx, orderIds);
      await this.hydrate(tx, inv.tenantId, olines, dlines);
      const oById = new Map(olines.map((l) => [l.id, l]));
      const invoiced = await this.invoicedOf(tx, inv.tenantId, olines);
      const left = new Map(olines.map((l) => [l.id, invoiceable(fulfilmentOf(l, invoiced.get(l.id) ?? '0'))]));
      const drafts: InvoiceLineDraft[] = [];
      for (const d of dlines) {
        const l = oById.get(d.order_line_id)!;
        const room = Decimal.min(new Decimal(d.quantity).sub(d.returned).sub(d.invoiced), left.get(l.id)!);
        if (room.lte(0)) continue;
        left.set(l.id, left.get(l.id)!.sub(room));
        const order = orders.find((o) => o.id === l.order_id)!;
        drafts.push(this.invoiceLine(l, order, room, { deliveryLineId: d.id, storeId: d.store_id }));
      }
      if (drafts.length === 0) throw errors.nothingToInvoice();
      const invoice = await this.makeInvoice(tx, inv, {
        customerId: main.customer_id,
        currency: main.currency,
        date: body.date,
        salesOrderId: orders.length === 1 ? main.id : null,
        order: main,
        lines: drafts,
        issue: body.issue ?? false,
      });
      await repo.insertInvoiceLinks(
        tx,
        inv.tenantId,
        invoice.id,
        drafts.map((d) => ({ id: newId(), orderLineId: d.orderLineId!, deliveryLineId: d.deliveryLineId ?? null, quantity: d.quantity })),
      );
      for (const n of notes) {
        await repo.touchDelivery(tx, n.id);
        await recordAudit(tx, auditFromInvocation(inv, 'delivery_note.invoiced', 'delivery_note', n.id, null, { invoiceId: invoice.id }));
      }
      return invoice;
    });
  }

  async deliveryPdf(tenantId: string, id: string) {
    const doc = await this.deliveryDocument(tenantId, id);
    return { filename: `${doc.number.replace(/[^A-Za-z0-9_-]+/g, '-')}.pdf`, content: await renderDocumentPdf(doc) };
  }

  async deliveryDocument(tenantId: string, id: string) {
    const d = await this.getDelivery(tenantId, id);
    const o = await this.getOrder(tenantId, d.salesOrderId);
    return deliveryPrintable(d, o, await this.printParties(tenantId, d.customerId));
  }
}
