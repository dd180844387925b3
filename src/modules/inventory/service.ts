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
import * as repo from './repo.js';
import type { AdjustmentBody, IssueBody, ReceiptBody, TransferBody } from './schemas.js';
import { averageCost, balanceView, countSummaryView, countView, ledgerLineView, moneyOf, moveView, settingsView, transferView } from './views.js';

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
      const view = { documentId: doc.documentId, entryId: posted.entryId, moves: posted.moves.map((m) => moveView(m, baseCurrency)) };
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
      const lines = posted.moves.slice(0, outs.length).map((m) => ({ productId: m.product_id, quantity: new Decimal(m.quantity).neg().toFixed(), value: (-BigInt(m.value)).toString() }));
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
      return { rows, items: await withNames(tx, rows.slice(0, filter.limit).map((b) => balanceView(b, currency))) };
    });
  }

  async productLedger(tenantId: string, productId: string, filter: { storeId?: string | undefined; afterSeq?: string | undefined; from?: string | undefined; to?: string | undefined; limit: number }) {
    if (filter.from && filter.to && filter.from > filter.to) throw new AppError('validation', 'INVENTORY.INVALID_PERIOD', 'from must not be after to', { errors: [{ path: 'querystring.from', message: 'after to' }] });
    const currency = await this.deps.baseCurrencyOf(tenantId);
    return this.db.withTenant(tenantId, async (tx) => {
      const items = await stockItems(tx, [productId]);
      if (!items.has(productId)) throw errors.productNotInLedger();
      const rows = await repo.productMoves(tx, productId, { ...filter, limit: filter.limit + 1 });
      return { rows, items: rows.slice(0, filter.limit).map((r) => ledgerLineView(r, currency)) };
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

  async enterCounts(inv: Invocation, id: string, expected: number, lines: { productId: string; counted: string }[]) {
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
      const onHand = await repo.storeQuantities(tx, before.store_id);
      const moves: MoveRequest[] = [];
      before.lines.forEach((l, i) => {
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

function reorderView(r: repo.ReorderRow) {
  return { storeId: r.store_id, productId: r.product_id, level: new Decimal(r.level).toFixed(), quantity: new Decimal(r.quantity).toFixed(), low: new Decimal(r.quantity).lte(r.level) };
}
