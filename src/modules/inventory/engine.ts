import { Decimal } from 'decimal.js';
import { newId, type Invocation } from '../../kernel/index.js';
import { currencyExponent } from '../../kernel/money.js';
import type { Tx } from '../../platform/db/index.js';
import { appendEvent, appendEvents } from '../../platform/events/index.js';
import type { LedgerApi, LineInput } from '../ledger/index.js';
import type { Accounts } from './accounts.js';
import * as errors from './domain/errors.js';
import { InsufficientStock, issue, receive, type Position, type ValuationMethod } from './domain/valuation.js';
import { applyTracking, insertLinks, type MoveAllocation } from './lots.js';
import * as repo from './repo.js';

import type { MoveRequest } from './move-request.js';

export type { MoveRequest };

export interface DocumentRequest {
  documentType: repo.DocumentType;
  documentId: string;
  /** Ledger source id (default: the document id). */
  sourceId?: string;
  date: string;
  memo?: string | null | undefined;
  source?: { module: string; id: string } | null | undefined;
  moves: MoveRequest[];
}

export interface PostedDocument {
  moves: repo.NewMove[];
  entryId: string | null;
  /** Per move (same order): the lots or serials it carried; null for untracked products. */
  allocations?: (MoveAllocation | null)[];
}

export interface EngineContext {
  tx: Tx;
  inv: Invocation;
  ledger: LedgerApi;
  accounts: Accounts;
  baseCurrency: string;
}

const positionOf = (b: repo.BalanceRow, layers: repo.LayerRow[]): Position => ({
  quantity: new Decimal(b.quantity),
  value: BigInt(b.value),
  lastUnitCost: new Decimal(b.last_unit_cost),
  layers: layers.map((l) => ({ id: l.id, remaining: new Decimal(l.remaining), value: BigInt(l.remaining_value) })),
});

/** Minor units per base unit → major units per base unit, for display (6 decimals). */
const majorUnitCost = (minorPerUnit: Decimal, currency: string) => minorPerUnit.div(new Decimal(10).pow(currencyExponent(currency))).toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toFixed();

/**
 * Applies a document's moves in the caller's transaction: locks the balances (in a fixed order),
 * values each move by the tenant's method, keeps FIFO layers, writes the immutable moves and the
 * balances, posts one ledger entry for the document, emits stock.moved / stock.low. All or nothing.
 */
export async function applyDocument(ctx: EngineContext, doc: DocumentRequest): Promise<PostedDocument> {
  const { tx, inv } = ctx;
  const settings = await repo.settings(tx, inv.tenantId);
  const method: ValuationMethod = settings.valuation;
  const balances = await repo.lockBalances(tx, inv.tenantId, doc.moves);
  const positions = new Map<string, Position>();
  const touchedLayers = new Set<string>();
  const moves: repo.NewMove[] = [];
  const newLayers: repo.NewLayer[] = [];
  const net = new Map<string, bigint>();
  const book = (accountId: string, storeId: string | null, debit: bigint) => {
    const key = `${accountId}|${storeId ?? ''}`;
    net.set(key, (net.get(key) ?? 0n) + debit);
  };

  for (const m of doc.moves) {
    const key = `${m.storeId}|${m.productId}`;
    let pos = positions.get(key);
    if (!pos) {
      const layers = method === 'fifo' ? await repo.openLayers(tx, m.storeId, m.productId) : [];
      pos = positionOf(balances.get(key)!, layers);
    }
    const moveId = newId();
    let value: bigint;
    let correction = 0n;
    let unitCost: Decimal;
    if (m.direction === 'in') {
      const earlier = m.valueOfMove === undefined ? undefined : moves[m.valueOfMove];
      value = m.value ?? (earlier ? -BigInt(earlier.value) : undefined) ?? BigInt(m.quantity.mul(pos.lastUnitCost).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));
      const r = receive(pos, method, m.quantity, value, newId());
      correction = r.correction;
      if (r.layer) {
        newLayers.push({
          tenant_id: inv.tenantId,
          id: r.layer.id,
          store_id: m.storeId,
          product_id: m.productId,
          move_id: moveId,
          quantity: r.layer.remaining.toFixed(),
          remaining: r.layer.remaining.toFixed(),
          remaining_value: r.layer.value.toString(),
          unit_cost: majorUnitCost(new Decimal(value.toString()).div(m.quantity), ctx.baseCurrency),
        });
      }
      pos = r.position;
      unitCost = new Decimal(value.toString()).div(m.quantity);
    } else {
      let r;
      try {
        r = issue(pos, method, m.quantity, settings.allow_negative);
      } catch (error) {
        if (error instanceof InsufficientStock) throw errors.insufficientStock(`${m.path}.quantity`, error.available.toFixed());
        throw error;
      }
      for (const c of r.consumed) touchedLayers.add(c.layerId);
      pos = r.position;
      value = r.value;
      unitCost = new Decimal(value.toString()).div(m.quantity);
    }
    positions.set(key, pos);

    const signedQty = m.direction === 'in' ? m.quantity : m.quantity.neg();
    const stockDelta = m.direction === 'in' ? value - correction : -value;
    moves.push({
      tenant_id: inv.tenantId,
      id: moveId,
      store_id: m.storeId,
      product_id: m.productId,
      kind: m.kind,
      quantity: signedQty.toFixed(),
      value: stockDelta.toString(),
      unit_cost: majorUnitCost(unitCost, ctx.baseCurrency),
      correction: correction.toString(),
      document_type: doc.documentType,
      document_id: doc.documentId,
      source_module: doc.source?.module ?? null,
      source_id: doc.source?.id ?? null,
      move_date: doc.date,
      memo: m.memo ?? doc.memo ?? null,
      reason: m.reason ?? null,
      entry_id: null,
      created_by: inv.actor.type === 'user' ? inv.actor.id : null,
    });

    // Ledger: the store's inventory moves by the stock delta; the other side depends on the kind.
    const a = ctx.accounts;
    book(a.inventory, m.storeId, stockDelta);
    if (correction !== 0n) book(a.cogs, null, correction);
    const other = m.direction === 'in' ? -value : value;
    switch (m.kind) {
      case 'receipt':
        book(m.counterAccountId ?? a.received, null, other);
        break;
      case 'opening':
        book(a.opening, null, other);
        break;
      case 'issue':
        book(m.counterAccountId ?? a.cogs, null, other);
        break;
      case 'adjustment':
        book(a.adjustment, null, other);
        break;
      case 'transfer_out':
      case 'transfer_in':
        // In transit: inventory without a store. A direct transfer nets this away.
        book(a.inventory, null, other);
        break;
    }
  }

  // Lots and serials (quantities only; the value above is the engine's): after the balances are locked.
  const tracked = await applyTracking(tx, inv.tenantId, doc.moves, moves.map((m) => m.id));

  // A layer received earlier in this same document may have been consumed by a later line: what is
  // left of every layer is read from the final positions.
  const left = new Map([...positions.values()].flatMap((p) => p.layers.map((l) => [l.id, l] as const)));
  const created = new Set(newLayers.map((l) => l.id));
  for (const layer of newLayers) {
    layer.remaining = left.get(layer.id)?.remaining.toFixed() ?? '0';
    layer.remaining_value = (left.get(layer.id)?.value ?? 0n).toString();
  }
  for (const id of touchedLayers) {
    if (!created.has(id)) await repo.setLayer(tx, id, left.get(id)?.remaining.toFixed() ?? '0', left.get(id)?.value ?? 0n);
  }
  for (const [key, pos] of positions) {
    const [storeId, productId] = key.split('|') as [string, string];
    await repo.writeBalance(tx, storeId, productId, pos.quantity.toFixed(), pos.value, pos.lastUnitCost.toDecimalPlaces(10, Decimal.ROUND_HALF_UP).toFixed());
  }

  await appendEvents(
    tx,
    moves.map((move) => ({
      type: 'stock.moved',
      tenantId: inv.tenantId,
      actor: inv.actor,
      data: { moveId: move.id, kind: move.kind, storeId: move.store_id, productId: move.product_id, quantity: move.quantity, value: move.value, documentType: doc.documentType, documentId: doc.documentId },
    })),
  );
  const wentDown = new Set(doc.moves.filter((m) => m.direction === 'out').map((m) => `${m.storeId}|${m.productId}`));
  for (const [key, pos] of positions) {
    const [storeId, productId] = key.split('|') as [string, string];
    await checkReorder(ctx, storeId, productId, pos.quantity, wentDown.has(key));
  }

  // The ledger posting locks the day's rollup rows of these accounts until commit: it comes last.
  const lines: LineInput[] = [];
  for (const [key, amount] of net) {
    if (amount === 0n) continue;
    const [accountId, storeId] = key.split('|') as [string, string];
    lines.push({ accountId, storeId: storeId || null, ...(amount > 0n ? { debit: amount } : { credit: -amount }) });
  }
  let entryId: string | null = null;
  if (lines.length > 0) {
    const posted = await ctx.ledger.post(tx, {
      tenantId: inv.tenantId,
      date: doc.date,
      memo: doc.memo ?? `Stock ${doc.documentType}`,
      reference: null,
      source: { module: 'inventory', id: doc.sourceId ?? doc.documentId },
      lines,
      actor: inv.actor,
    });
    entryId = posted.entryId;
  }
  for (const move of moves) move.entry_id = entryId;
  await repo.insertMoves(tx, moves);
  await repo.insertLayers(tx, newLayers);
  await insertLinks(tx, tracked.links);

  return { moves, entryId, allocations: tracked.allocations };
}

/** stock.low once per crossing: when stock going out leaves it at the level or below; re-armed when it rises above. */
async function checkReorder(ctx: EngineContext, storeId: string, productId: string, quantity: Decimal, wentDown: boolean): Promise<void> {
  const row = await repo.lockReorder(ctx.tx, storeId, productId);
  if (!row) return;
  const low = quantity.lte(row.level);
  if (low === row.is_low || (low && !wentDown)) return;
  await repo.setLow(ctx.tx, storeId, productId, low);
  if (low) {
    await appendEvent(ctx.tx, {
      type: 'stock.low',
      tenantId: ctx.inv.tenantId,
      actor: ctx.inv.actor,
      data: { storeId, productId, quantity: quantity.toFixed(), reorderLevel: row.level },
    });
  }
}
