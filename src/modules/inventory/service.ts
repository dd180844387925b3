import { Decimal } from 'decimal.js';
import { AppError, newId, now, type Invocation } from '../../kernel/index.js';
import { currencyExponent } from '../../kernel/money.js';
import { auditFromInvocation, recordAudit } from '../../platform/audit/index.js';
import type { Database, Tx } from '../../platform/db/index.js';
import { staleVersion } from '../../platform/http/index.js';
import { stockItems } from '../catalog/index.js';
import type { LedgerApi } from '../ledger/index.js';
import { resolveAccounts } from './accounts.js';
import * as errors from './domain/errors.js';
import { applyDocument, type DocumentRequest, type MoveRequest, type PostedDocument } from './engine.js';
import * as lotErrors from './domain/lots.js';
import type { TrackingMode } from './domain/lots.js';
import * as lots from './lots.js';
import * as repo from './repo.js';
import type { AdjustmentBody, IssueBody, ReceiptBody, TransferBody } from './schemas.js';
import { allocationView, averageCost, balanceView, lotBalanceView, countSummaryView, countView, ledgerLineView, moneyOf, moveView, settingsView, transferView } from './views.js';

export interface InventoryDeps {
  ledger: () => LedgerApi;
  baseCurrencyOf: (tenantId: string) => Promise<string>;
  /** The store's status, or null when the tenant has no such store. */
  storeStatus: (tenantId: string, storeId: string) => Promise<'active' | 'archived' | null>;
}

const today = () => now().toISOString().slice(0, 10);

type Named = { productName?: string; sku?: string };

/** Adds the catalog's name and SKU to each item that has a productId (read answers). */
async function withNames<T extends { productId: string }>(tx: Tx, items: T[]): Promise<(T & Named)[]> {
  const known = await stockItems(tx, items.map((i) => i.productId));
  return items.map((i) => {
    const p = known.get(i.productId);
    return p ? { ...i, productName: p.name, sku: p.sku } : i;
  });
}

/** Base currency amount (major units, up to 6 decimals) × quantity → minor units, half-up. */
function lineValue(quantity: Decimal, unitCost: string, currency: string): bigint {
  return BigInt(quantity.mul(unitCost).mul(new Decimal(10).pow(currencyExponent(currency))).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));
}

/** A request line's lots / serials as the engine takes them (absent stays absent: untracked lines are unchanged). */
function trackedOf(l: { lots?: { lot: string; quantity: string; expiresOn?: string | null | undefined }[] | undefined; serials?: string[] | undefined }): Pick<MoveRequest, 'lots' | 'serials'> {
  return {
    ...(l.lots && { lots: l.lots.map((x) => ({ lot: x.lot, quantity: new Decimal(x.quantity), ...(x.expiresOn !== undefined && { expiresOn: x.expiresOn }) })) }),
    ...(l.serials && { serials: l.serials }),
  };
}

export class InventoryService {
  constructor(
    private readonly db: Database,
    private readonly deps: InventoryDeps,
  ) {}

  private async store(tenantId: string, storeId: string, path: string, allowArchived = false): Promise<void> {
    const status = await this.deps.storeStatus(tenantId, storeId);
    if (status === null) throw errors.storeNotFound(path);
    if (status === 'archived' && !allowArchived) throw errors.storeArchived(path);
  }

  private async products(tx: Tx, lines: readonly { productId: string }[], pathOf = (i: number) => `body.lines[${i}].productId`): Promise<void> {
    const items = await stockItems(tx, lines.map((l) => l.productId));
    lines.forEach((l, i) => {
      const item = items.get(l.productId);
      const at = pathOf(i);
      if (!item) throw errors.productNotFound(at);
      if (item.type !== 'goods' || !item.trackInventory) throw errors.notStocked(at);
      if (item.status !== 'active') throw errors.productArchived(at);
    });
  }

  /** Posts a document of moves in its own transaction, with its audit record. */
  private async post(inv: Invocation, doc: DocumentRequest, lines: readonly { productId: string }[], extra?: (tx: Tx, posted: PostedDocument) => Promise<void>) {
    const baseCurrency = await this.deps.baseCurrencyOf(inv.tenantId);
    return this.db.withTenant(inv.tenantId, async (tx) => {
      await this.products(tx, lines);
      const accounts = await resolveAccounts(tx, inv, baseCurrency);
      const posted = await applyDocument({ tx, inv, ledger: this.deps.ledger(), accounts, baseCurrency }, doc);
      const view = { documentId: doc.documentId, entryId: posted.entryId, moves: posted.moves.map((m, i) => ({ ...moveView(m, baseCurrency), ...allocationView(posted.allocations?.[i]) })) };
      await recordAudit(tx, auditFromInvocation(inv, `stock.${doc.documentType}.posted`, `stock_${doc.documentType}`, doc.documentId, null, view));
      if (extra) await extra(tx, posted);
      return view;
    });
  }

  /** For other modules: posts stock moves in their transaction (e.g. a sales invoice's issue). */
  async postIn(tx: Tx, inv: Invocation, doc: DocumentRequest): Promise<PostedDocument> {
    const baseCurrency = await this.deps.baseCurrencyOf(inv.tenantId);
    const accounts = await resolveAccounts(tx, inv, baseCurrency);
    return applyDocument({ tx, inv, ledger: this.deps.ledger(), accounts, baseCurrency }, doc);
  }

  // ---------------- settings ----------------

  async getSettings(tenantId: string) {
    return settingsView(await this.db.withTenant(tenantId, (tx) => repo.settings(tx, tenantId)));
  }

  async updateSettings(inv: Invocation, expected: number, changes: { valuation?: 'fifo' | 'moving_average' | undefined; allowNegative?: boolean | undefined }) {
    return this.db.withTenant(inv.tenantId, async (tx) => {
      const before = await repo.lockSettings(tx, inv.tenantId);
      if (before.version !== expected) throw staleVersion(before.version);
      if (changes.valuation !== undefined && changes.valuation !== before.valuation && (await repo.anyMoves(tx))) throw errors.valuationLocked();
      const after = await repo.updateSettings(tx, expected, {
        ...(changes.valuation !== undefined && { valuation: changes.valuation }),
        ...(changes.allowNegative !== undefined && { allow_negative: changes.allowNegative }),
      });
      if (!after) throw staleVersion(before.version + 1);
      await recordAudit(tx, auditFromInvocation(inv, 'inventory.settings.updated', 'inventory_settings', inv.tenantId, settingsView(before), settingsView(after)));
      return settingsView(after);
    });
  }

  // ---------------- moves ----------------

  async receipt(inv: Invocation, body: ReceiptBody) {
    await this.store(inv.tenantId, body.storeId, 'body.storeId');
    const currency = await this.deps.baseCurrencyOf(inv.tenantId);
    const moves: MoveRequest[] = body.lines.map((l, i) => {
      const quantity = new Decimal(l.quantity);
      return {
        storeId: body.storeId,
        productId: l.productId,
        kind: body.opening ? 'opening' : 'receipt',
        direction: 'in',
        quantity,
        value: lineValue(quantity, l.unitCost, currency),
        memo: l.memo,
        counterAccountId: body.counterAccountId,
        path: `body.lines[${i}]`,
        ...trackedOf(l),
      };
    });
    return this.post(inv, { documentType: 'receipt', documentId: newId(), date: body.date, memo: body.memo, moves }, body.lines);
  }

  async issue(inv: Invocation, body: IssueBody) {
    await this.store(inv.tenantId, body.storeId, 'body.storeId');
    const moves: MoveRequest[] = body.lines.map((l, i) => ({
      storeId: body.storeId,
      productId: l.productId,
      kind: 'issue',
      direction: 'out',
      quantity: new Decimal(l.quantity),
      memo: l.memo,
      counterAccountId: body.accountId,
      path: `body.lines[${i}]`,
      ...trackedOf(l),
    }));
    return this.post(inv, { documentType: 'issue', documentId: newId(), date: body.date, memo: body.memo, moves }, body.lines);
  }

  async adjustment(inv: Invocation, body: AdjustmentBody) {
    await this.store(inv.tenantId, body.storeId, 'body.storeId');
    const currency = await this.deps.baseCurrencyOf(inv.tenantId);
    const moves: MoveRequest[] = body.lines.map((l, i) => {
      const signed = new Decimal(l.quantity);
      const quantity = signed.abs();
      if (signed.lt(0) && l.unitCost !== undefined) {
        throw new AppError('unprocessable', 'INVENTORY.COST_ON_DECREASE', 'A decrease is valued at the stock cost; leave unitCost out', {
          errors: [{ path: `body.lines[${i}].unitCost`, message: 'only for increases' }],
        });
      }
      return {
        storeId: body.storeId,
        productId: l.productId,
        kind: 'adjustment',
        direction: signed.gt(0) ? 'in' : 'out',
        quantity,
        value: l.unitCost === undefined ? undefined : lineValue(quantity, l.unitCost, currency),
        memo: l.memo,
        reason: body.reason,
        path: `body.lines[${i}]`,
        ...trackedOf(l),
      };
    });
    return this.post(inv, { documentType: 'adjustment', documentId: newId(), date: body.date, memo: body.reason, moves }, body.lines);
  }

  // ---------------- transfers ----------------

  async transfer(inv: Invocation, body: TransferBody) {
    if (body.fromStoreId === body.toStoreId) throw errors.sameStore();
    await this.store(inv.tenantId, body.fromStoreId, 'body.fromStoreId');
    await this.store(inv.tenantId, body.toStoreId, 'body.toStoreId');
    const currency = await this.deps.baseCurrencyOf(inv.tenantId);
    const id = newId();
    const outs: MoveRequest[] = body.lines.map((l, i) => ({
      storeId: body.fromStoreId,
      productId: l.productId,
      kind: 'transfer_out',
      direction: 'out',
      quantity: new Decimal(l.quantity),
      path: `body.lines[${i}]`,
      ...trackedOf(l),
    }));
    return this.db.withTenant(inv.tenantId, async (tx) => {
      await this.products(tx, body.lines);
      const accounts = await resolveAccounts(tx, inv, currency);
      const ctx = { tx, inv, ledger: this.deps.ledger(), accounts, baseCurrency: currency };
      const direct = body.mode === 'direct';
      // Direct: out and in are one document, one entry (Dr Inventory at B / Cr Inventory at A).
      // Dispatched: out now (Dr Inventory without a store — in transit — / Cr Inventory at A), in on receipt.
      const ins: MoveRequest[] = direct
        ? body.lines.map((l, i) => ({ storeId: body.toStoreId, productId: l.productId, kind: 'transfer_in', direction: 'in', quantity: new Decimal(l.quantity), valueOfMove: i, path: `body.lines[${i}]` }))
        : [];
      const posted = await applyDocument(ctx, { documentType: 'transfer', documentId: id, sourceId: direct ? id : `${id}/dispatch`, date: body.date, memo: body.memo, moves: [...outs, ...ins] });
      const lines: repo.TransferLine[] = posted.moves.slice(0, outs.length).map((m, i) => ({
        productId: m.product_id,
        quantity: new Decimal(m.quantity).neg().toFixed(),
        value: (-BigInt(m.value)).toString(),
        ...allocationView(posted.allocations?.[i]),
      }));
      const value = lines.reduce((s, l) => s + BigInt(l.value), 0n);
      const row = await repo.insertTransfer(tx, {
        tenant_id: inv.tenantId,
        id,
        from_store_id: body.fromStoreId,
        to_store_id: body.toStoreId,
        status: direct ? 'received' : 'in_transit',
        lines,
        value: value.toString(),
        dispatch_date: body.date,
        receive_date: direct ? body.date : null,
        memo: body.memo ?? null,
      });
      const view = transferView({ ...row, dispatch_date: body.date, receive_date: direct ? body.date : null, value: value.toString(), lines }, currency);
      await recordAudit(tx, auditFromInvocation(inv, direct ? 'stock.transfer.posted' : 'stock.transfer.dispatched', 'stock_transfer', id, null, view));
      return view;
    });
  }

  private async receiveIn(ctx: Parameters<typeof applyDocument>[0], row: repo.TransferRow, date: string): Promise<repo.TransferRow> {
    const ins: MoveRequest[] = row.lines.map((l, i) => ({
      storeId: row.to_store_id,
      productId: l.productId,
      kind: 'transfer_in',
      direction: 'in',
      quantity: new Decimal(l.quantity),
      value: BigInt(l.value),
      path: `lines[${i}]`,
      ...(l.lots && { lots: l.lots.map((x) => ({ lot: x.lot, quantity: new Decimal(x.quantity) })) }),
      ...(l.serials && { serials: l.serials }),
    }));
    await applyDocument(ctx, { documentType: 'transfer', documentId: row.id, sourceId: `${row.id}/receive`, date, memo: row.memo, moves: ins });
    return repo.markReceived(ctx.tx, row.id, date);
  }

  async receiveTransfer(inv: Invocation, id: string, date: string | undefined) {
    const currency = await this.deps.baseCurrencyOf(inv.tenantId);
    return this.db.withTenant(inv.tenantId, async (tx) => {
      const row = await repo.findTransfer(tx, id, true);
      if (!row) throw errors.transferNotFound();
      if (row.status === 'received') throw errors.transferReceived();
      const on = date ?? today();
      if (on < row.dispatch_date) throw errors.receiveBeforeDispatch();
      const accounts = await resolveAccounts(tx, inv, currency);
      const after = await this.receiveIn({ tx, inv, ledger: this.deps.ledger(), accounts, baseCurrency: currency }, row, on);
      const view = transferView(after, currency);
      await recordAudit(tx, auditFromInvocation(inv, 'stock.transfer.received', 'stock_transfer', id, transferView(row, currency), view));
      return view;
    });
  }

  async getTransfer(tenantId: string, id: string) {
    const currency = await this.deps.baseCurrencyOf(tenantId);
    return this.db.withTenant(tenantId, async (tx) => {
      const row = await repo.findTransfer(tx, id);
      if (!row) throw errors.transferNotFound();
      const view = transferView(row, currency);
      return { ...view, lines: await withNames(tx, view.lines) };
    });
  }

  async listTransfers(
    tenantId: string,
    filter: { status?: 'in_transit' | 'received' | undefined; storeId?: string | undefined; from?: string | undefined; to?: string | undefined; after?: { date: string; id: string } | undefined; limit: number },
  ) {
    const currency = await this.deps.baseCurrencyOf(tenantId);
    return this.db.withTenant(tenantId, async (tx) => {
      const rows = await repo.listTransfers(tx, { ...filter, limit: filter.limit + 1 });
      const views = rows.slice(0, filter.limit).map((r) => transferView(r, currency));
      const named = await withNames(tx, views.flatMap((v) => v.lines));
      let at = 0;
      return { rows, items: views.map((v) => ({ ...v, lines: v.lines.map(() => named[at++]!) })) };
    });
  }

  // ---------------- reads ----------------

  async stock(tenantId: string, filter: { storeId?: string | undefined; productId?: string | undefined; limit: number; after?: { storeId: string; productId: string } | undefined }) {
    const currency = await this.deps.baseCurrencyOf(tenantId);
    return this.db.withTenant(tenantId, async (tx) => {
      const rows = await repo.balances(tx, { ...filter, limit: filter.limit + 1 });
      const page = rows.slice(0, filter.limit);
      const tracking = await lots.trackingOf(tx, page.map((b) => b.product_id), false);
      return { rows, items: await withNames(tx, page.map((b) => ({ ...balanceView(b, currency), tracking: tracking.get(b.product_id)?.mode ?? 'none' }))) };
    });
  }

  async productLedger(tenantId: string, productId: string, filter: { storeId?: string | undefined; afterSeq?: string | undefined; from?: string | undefined; to?: string | undefined; limit: number }) {
    if (filter.from && filter.to && filter.from > filter.to) throw new AppError('validation', 'INVENTORY.INVALID_PERIOD', 'from must not be after to', { errors: [{ path: 'querystring.from', message: 'after to' }] });
    const currency = await this.deps.baseCurrencyOf(tenantId);
    return this.db.withTenant(tenantId, async (tx) => {
      const items = await stockItems(tx, [productId]);
      if (!items.has(productId)) throw errors.productNotInLedger();
      const rows = await repo.productMoves(tx, productId, { ...filter, limit: filter.limit + 1 });
      const page = rows.slice(0, filter.limit);
      const carried = await lots.linksOf(tx, page.map((r) => r.id));
      return { rows, items: page.map((r) => ({ ...ledgerLineView(r, currency), ...carried.get(r.id) })) };
    });
  }

  async summary(tenantId: string, storeId: string, query: { from?: string | undefined; to?: string | undefined; top: number }) {
    const status = await this.deps.storeStatus(tenantId, storeId);
    if (status === null) throw errors.storeUnknown();
    const currency = await this.deps.baseCurrencyOf(tenantId);
    const to = query.to ?? today();
    const from = query.from ?? `${to.slice(0, 7)}-01`;
    if (from > to) throw new AppError('validation', 'INVENTORY.INVALID_PERIOD', 'from must not be after to', { errors: [{ path: 'querystring.from', message: 'after to' }] });
    const s = await this.db.withTenant(tenantId, (tx) => repo.storeSummary(tx, storeId, from, to, query.top));
    return {
      storeId,
      from,
      to,
      stockValue: moneyOf(s.totals.value ?? '0', currency),
      products: s.totals.products,
      movement: s.movement.map((m) => ({ kind: m.kind, quantity: new Decimal(m.quantity).toFixed(), value: moneyOf(m.value, currency), moves: m.moves })),
      topItems: s.top.map((t) => ({ productId: t.product_id, quantity: new Decimal(t.quantity).toFixed(), value: moneyOf(t.value, currency) })),
    };
  }

  // ---------------- lots and serials ----------------

  /** A product of this tenant (404 otherwise). */
  private async knownProduct(tx: Tx, productId: string): Promise<void> {
    if (!(await stockItems(tx, [productId])).has(productId)) throw errors.productNotInLedger();
  }

  async getTracking(tenantId: string, productId: string) {
    return this.db.withTenant(tenantId, async (tx) => {
      await this.knownProduct(tx, productId);
      return trackingView(productId, await lots.findTracking(tx, productId));
    });
  }

  /**
   * Sets how a product's units are told apart. The mode can change only while the product has no
   * stock on hand (in any store) or in transit; requiring an expiry can change at any time.
   */
  async setTracking(inv: Invocation, productId: string, expected: number, body: { mode: TrackingMode; requiresExpiry?: boolean | undefined }) {
    return this.db.withTenant(inv.tenantId, async (tx) => {
      await this.knownProduct(tx, productId);
      await this.products(tx, [{ productId }], () => 'params.id');
      await lots.lockTrackingExclusive(tx, productId);
      const row = await lots.findTracking(tx, productId, true);
      const before = trackingView(productId, row);
      if (before.version !== expected) throw staleVersion(before.version);
      const requiresExpiry = body.requiresExpiry ?? (body.mode === 'batch' ? before.requiresExpiry : false);
      if (requiresExpiry && body.mode !== 'batch') {
        throw new AppError('unprocessable', 'INVENTORY.EXPIRY_NEEDS_BATCH', 'Only lot-tracked products carry an expiry', { errors: [{ path: 'body.requiresExpiry', message: 'only with mode batch' }] });
      }
      if (body.mode !== before.mode && (await lots.hasStock(tx, productId))) throw lotErrors.trackingLocked();
      const after = trackingView(productId, await lots.saveTracking(tx, inv.tenantId, productId, body.mode, requiresExpiry));
      await recordAudit(tx, auditFromInvocation(inv, 'stock.tracking.updated', 'product_tracking', productId, before, after));
      return after;
    });
  }

  async productLots(tenantId: string, productId: string, filter: { storeId?: string | undefined; expiringBefore?: string | undefined; includeEmpty?: boolean | undefined }) {
    return this.db.withTenant(tenantId, async (tx) => {
      await this.knownProduct(tx, productId);
      return (await lots.lotBalances(tx, { ...filter, productId, limit: 1000 })).map(lotBalanceView);
    });
  }

  async productSerials(tenantId: string, productId: string, filter: { status?: 'in_stock' | 'in_transit' | 'out' | undefined; storeId?: string | undefined; after?: string | undefined; limit: number }) {
    return this.db.withTenant(tenantId, async (tx) => {
      await this.knownProduct(tx, productId);
      const rows = await lots.serialList(tx, productId, { ...filter, limit: filter.limit + 1 });
      return { rows, items: rows.slice(0, filter.limit).map((r) => ({ serial: r.serial, status: r.status, storeId: r.store_id })) };
    });
  }

  /** Lots with stock that expire before a date (default: 30 days from today), earliest first. */
  async expiring(tenantId: string, filter: { before?: string | undefined; storeId?: string | undefined }) {
    const before = filter.before ?? new Date(now().getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
    return this.db.withTenant(tenantId, async (tx) => {
      const rows = await lots.lotBalances(tx, { storeId: filter.storeId, expiringBefore: before, limit: 1000 });
      return { before, items: await withNames(tx, rows.map((r) => ({ ...lotBalanceView(r), productId: r.product_id }))) };
    });
  }

  // ---------------- reorder levels ----------------

  async setReorderLevel(inv: Invocation, body: { storeId: string; productId: string; level: string | null }) {
    await this.store(inv.tenantId, body.storeId, 'body.storeId');
    return this.db.withTenant(inv.tenantId, async (tx) => {
      await this.products(tx, [body], () => 'body.productId');
      await repo.setReorderLevel(tx, inv.tenantId, body.storeId, body.productId, body.level);
      await recordAudit(tx, auditFromInvocation(inv, 'stock.reorder_level.set', 'reorder_level', body.productId, null, body));
      const [row] = await repo.reorderLevels(tx, { storeId: body.storeId, productId: body.productId });
      return row ? reorderView(row) : null;
    });
  }

  async reorderLevels(tenantId: string, filter: { storeId?: string | undefined; productId?: string | undefined; lowOnly?: boolean | undefined }) {
    return this.db.withTenant(tenantId, async (tx) => withNames(tx, (await repo.reorderLevels(tx, filter)).map(reorderView)));
  }

  // ---------------- counts ----------------

  async createCount(inv: Invocation, body: { storeId: string; date: string; memo?: string | null | undefined; productIds?: string[] | undefined }) {
    await this.store(inv.tenantId, body.storeId, 'body.storeId');
    return this.db.withTenant(inv.tenantId, async (tx) => {
      const onHand = await repo.storeQuantities(tx, body.storeId);
      const ids = body.productIds ? [...new Set(body.productIds)] : [...onHand.keys()];
      if (body.productIds) await this.products(tx, ids.map((productId) => ({ productId })), (i) => `body.productIds[${i}]`);
      const lines = ids.sort().map((productId) => ({ productId, expected: new Decimal(onHand.get(productId) ?? '0').toFixed(), counted: null }));
      const row = await repo.insertCount(tx, { tenant_id: inv.tenantId, id: newId(), store_id: body.storeId, count_date: body.date, memo: body.memo ?? null, lines });
      await recordAudit(tx, auditFromInvocation(inv, 'stock.count.created', 'stock_count', row.id, null, countView(row)));
      return countView(row);
    });
  }

  /** A count sheet with names and each product's average unit cost in the store now (for the value of a difference). */
  async getCount(tenantId: string, id: string) {
    const currency = await this.deps.baseCurrencyOf(tenantId);
    return this.db.withTenant(tenantId, async (tx) => {
      const row = await repo.findCount(tx, id);
      if (!row) throw errors.countNotFound();
      const view = countView(row);
      const balances = await repo.storeBalances(tx, row.store_id, view.lines.map((l) => l.productId));
      const lines = view.lines.map((l) => {
        const b = balances.get(l.productId);
        return { ...l, unitCost: b ? averageCost(b.value, b.quantity, currency) : '0' };
      });
      return { ...view, lines: await withNames(tx, lines) };
    });
  }

  async listCounts(tenantId: string, filter: { storeId?: string | undefined; status?: 'open' | 'posted' | undefined; after?: { date: string; id: string } | undefined; limit: number }) {
    const rows = await this.db.withTenant(tenantId, (tx) => repo.listCounts(tx, { ...filter, limit: filter.limit + 1 }));
    return { rows, items: rows.slice(0, filter.limit).map(countSummaryView) };
  }

  async enterCounts(
    inv: Invocation,
    id: string,
    expected: number,
    lines: { productId: string; counted: string; lots?: { lot: string; counted: string; expiresOn?: string | null | undefined }[] | undefined; serials?: string[] | undefined }[],
  ) {
    return this.db.withTenant(inv.tenantId, async (tx) => {
      const before = await repo.findCount(tx, id, true);
      if (!before) throw errors.countNotFound();
      if (before.version !== expected) throw staleVersion(before.version);
      if (before.status !== 'open') throw errors.countPosted();
      const next = before.lines.map((l) => ({ ...l }));
      lines.forEach((l, i) => {
        const line = next.find((x) => x.productId === l.productId);
        if (!line) throw errors.countProductUnknown(`body.lines[${i}].productId`);
        line.counted = new Decimal(l.counted).toFixed();
        delete line.lots;
        delete line.serials;
        if (l.lots) {
          const sum = l.lots.reduce((acc, x) => acc.add(x.counted), new Decimal(0));
          if (!sum.eq(l.counted)) throw lotErrors.lotQuantityMismatch(`body.lines[${i}].lots`, sum.toFixed(), line.counted);
          const codes = new Set<string>();
          l.lots.forEach((x, k) => {
            if (codes.has(x.lot)) throw lotErrors.duplicateLot(`body.lines[${i}].lots[${k}].lot`);
            codes.add(x.lot);
          });
          line.lots = l.lots.map((x) => ({ lot: x.lot, counted: new Decimal(x.counted).toFixed(), ...(x.expiresOn !== undefined && { expiresOn: x.expiresOn }) }));
        }
        if (l.serials) {
          const problem = lotErrors.checkSerials(l.serials, new Decimal(l.counted));
          if (problem) throw lotErrors.serialCount(problem.index === null ? `body.lines[${i}].serials` : `body.lines[${i}].serials[${problem.index}]`, problem.message);
          line.serials = [...l.serials];
        }
      });
      const after = await repo.updateCount(tx, id, { lines: next });
      await recordAudit(tx, auditFromInvocation(inv, 'stock.count.updated', 'stock_count', id, countView(before), countView(after)));
      return countView(after);
    });
  }

  /**
   * Posts a count: each line's stock becomes the counted quantity. The difference is taken against
   * the quantity on hand when posting (moves since the sheet was made are respected).
   */
  async postCount(inv: Invocation, id: string, expected: number | null) {
    const currency = await this.deps.baseCurrencyOf(inv.tenantId);
    return this.db.withTenant(inv.tenantId, async (tx) => {
      const before = await repo.findCount(tx, id, true);
      if (!before) throw errors.countNotFound();
      if (expected !== null && before.version !== expected) throw staleVersion(before.version);
      if (before.status !== 'open') throw errors.countPosted();
      const missing = before.lines.flatMap((l, i) => (l.counted === null ? [`lines[${i}].counted`] : []));
      if (missing.length > 0) throw errors.countIncomplete(missing);
      // Lock the balances first: what is on hand cannot change between reading it and posting the difference.
      await repo.lockBalances(tx, inv.tenantId, before.lines.map((l) => ({ storeId: before.store_id, productId: l.productId })));
      const onHand = await repo.storeQuantities(tx, before.store_id);
      const moves: MoveRequest[] = [];
      const perLot = before.lines.filter((l) => l.lots !== undefined || l.serials !== undefined).map((l) => l.productId);
      const lotsHere = await lots.storeLotQuantities(tx, before.store_id, perLot);
      const serialsHere = await lots.storeSerials(tx, before.store_id, perLot);
      before.lines.forEach((l, i) => {
        if (l.lots !== undefined || l.serials !== undefined) {
          moves.push(...countMovesPerLot(before.store_id, before.id, l, i, lotsHere.get(l.productId) ?? new Map(), serialsHere.get(l.productId) ?? new Set()));
          return;
        }
        const diff = new Decimal(l.counted!).sub(onHand.get(l.productId) ?? '0');
        if (diff.isZero()) return;
        moves.push({
          storeId: before.store_id,
          productId: l.productId,
          kind: 'adjustment',
          direction: diff.gt(0) ? 'in' : 'out',
          quantity: diff.abs(),
          reason: `Stock count ${before.id}`,
          path: `lines[${i}]`,
        });
      });
      let entryId: string | null = null;
      if (moves.length > 0) {
        const accounts = await resolveAccounts(tx, inv, currency);
        // A count sets what is there: counted below zero is impossible, so the count may take stock to zero only.
        entryId = (await applyDocument({ tx, inv, ledger: this.deps.ledger(), accounts, baseCurrency: currency }, { documentType: 'count', documentId: id, date: before.count_date, memo: before.memo ?? 'Stock count', moves })).entryId;
      }
      const after = await repo.updateCount(tx, id, { status: 'posted' });
      const view = { ...countView(after), entryId, adjustments: moves.length };
      await recordAudit(tx, auditFromInvocation(inv, 'stock.count.posted', 'stock_count', id, countView(before), view));
      return view;
    });
  }
}

/**
 * A count line counted per lot or serial: the lots (serials) short of the count leave in one
 * adjustment, those over it (or new) come in with another — each moves only its own lots.
 */
function countMovesPerLot(storeId: string, countId: string, l: repo.CountLine, i: number, lotsHere: Map<string, string>, serialsHere: Set<string>): MoveRequest[] {
  const common = { storeId, productId: l.productId, kind: 'adjustment' as const, reason: `Stock count ${countId}`, path: `lines[${i}]` };
  const moves: MoveRequest[] = [];
  if (l.serials !== undefined) {
    const found = new Set(l.serials);
    const missing = [...serialsHere].filter((x) => !found.has(x)).sort();
    const extra = l.serials.filter((x) => !serialsHere.has(x));
    if (missing.length > 0) moves.push({ ...common, direction: 'out', quantity: new Decimal(missing.length), serials: missing });
    if (extra.length > 0) moves.push({ ...common, direction: 'in', quantity: new Decimal(extra.length), serials: extra });
    return moves;
  }
  const counted = new Map((l.lots ?? []).map((x) => [x.lot, x]));
  const codes = [...new Set([...lotsHere.keys(), ...counted.keys()])].sort();
  const outs: NonNullable<MoveRequest['lots']> = [];
  const ins: NonNullable<MoveRequest['lots']> = [];
  for (const code of codes) {
    const diff = new Decimal(counted.get(code)?.counted ?? '0').sub(lotsHere.get(code) ?? '0');
    if (diff.lt(0)) outs.push({ lot: code, quantity: diff.neg() });
    if (diff.gt(0)) ins.push({ lot: code, quantity: diff, ...(counted.get(code)?.expiresOn !== undefined && { expiresOn: counted.get(code)!.expiresOn }) });
  }
  const sum = (xs: typeof outs) => xs.reduce((acc, x) => acc.add(x.quantity), new Decimal(0));
  if (outs.length > 0) moves.push({ ...common, direction: 'out', quantity: sum(outs), lots: outs });
  if (ins.length > 0) moves.push({ ...common, direction: 'in', quantity: sum(ins), lots: ins });
  return moves;
}

function trackingView(productId: string, row: lots.TrackingRow | undefined) {
  return row ? { productId, mode: row.mode, requiresExpiry: row.requires_expiry, version: row.version } : { productId, mode: 'none' as TrackingMode, requiresExpiry: false, version: 1 };
}

function reorderView(r: repo.ReorderRow) {
  return { storeId: r.store_id, productId: r.product_id, level: new Decimal(r.level).toFixed(), quantity: new Decimal(r.quantity).toFixed(), low: new Decimal(r.quantity).lte(r.level) };
}
