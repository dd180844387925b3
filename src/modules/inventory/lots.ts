import { Decimal } from 'decimal.js';
import { sql } from 'kysely';
import { newId } from '../../kernel/index.js';
import type { Tx } from '../../platform/db/index.js';
import * as d from './domain/lots.js';
import type { MoveRequest } from './move-request.js';

/**
 * Lots and serials of the moves of one document: which lot (how much of it) or which serials each
 * move carried. Quantities only — the value of the stock stays with the valuation engine.
 */
export interface MoveAllocation {
  lots: { lotId: string; code: string; expiresOn: string | null; quantity: Decimal }[];
  serials: { id: string; serial: string }[];
}

export interface LinkRow {
  tenant_id: string;
  move_id: string;
  lot_id: string | null;
  serial_id: string | null;
  quantity: string;
}

interface LotInfo {
  id: string;
  product_id: string;
  code: string;
  expires_on: string | null;
  created_at: string;
}

interface LotState {
  lot: LotInfo;
  storeId: string;
  quantity: Decimal;
  dirty: boolean;
}

interface SerialState {
  id: string;
  product_id: string;
  serial: string;
  store_id: string | null;
  status: 'in_stock' | 'in_transit' | 'out';
  isNew: boolean;
  dirty: boolean;
}

/**
 * The tracking of the products. With `lock`, takes a shared transaction lock per product (in a
 * fixed order) so that a change of the tracking mode (which takes it exclusively) waits for
 * documents in flight, and documents wait for it: a product never moves half tracked.
 */
export async function trackingOf(tx: Tx, productIds: readonly string[], lock: boolean): Promise<Map<string, d.Tracking>> {
  const ids = [...new Set(productIds)].sort();
  if (ids.length === 0) return new Map();
  const { rows } = lock
    ? await sql<{ product_id: string; mode: d.TrackingMode | null; requires_expiry: boolean | null }>`
        with locked as materialized (
          select p.id, pg_advisory_xact_lock_shared(hashtext('inventory.tracking'), hashtext(p.id::text))::text as l
          from (select unnest(${ids}::uuid[]) as id order by 1) p
        )
        select l.id as product_id, t.mode, t.requires_expiry from locked l left join inventory.product_tracking t on t.product_id = l.id`.execute(tx)
    : await sql<{ product_id: string; mode: d.TrackingMode | null; requires_expiry: boolean | null }>`
        select product_id, mode, requires_expiry from inventory.product_tracking where product_id = any(${ids}::uuid[])`.execute(tx);
  return new Map(rows.map((r) => [r.product_id, r.mode ? { mode: r.mode, requiresExpiry: r.requires_expiry ?? false } : d.UNTRACKED]));
}

/** Exclusive counterpart of trackingOf's lock, for changing a product's tracking. */
export async function lockTrackingExclusive(tx: Tx, productId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('inventory.tracking'), hashtext(${productId}::uuid::text))`.execute(tx);
}

const lotColumns = sql`l.id, l.product_id, l.code, l.expires_on::text as expires_on, to_char(l.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as created_at`;

/**
 * Checks and applies the lots and serials of a document's moves (in the order of the moves, after
 * the valuation engine has locked the balances of every store × product): lot balances and serials
 * are locked, changed and written back. Returns each move's allocation and the link rows to insert
 * once the moves exist.
 */
export async function applyTracking(tx: Tx, tenantId: string, reqs: readonly MoveRequest[], moveIds: readonly string[]): Promise<{ allocations: (MoveAllocation | null)[]; links: LinkRow[] }> {
  const tracking = await trackingOf(tx, reqs.map((r) => r.productId), true);
  const allocations: (MoveAllocation | null)[] = [];
  const links: LinkRow[] = [];
  if (![...tracking.values()].some((t) => t.mode !== 'none')) {
    for (const r of reqs) {
      if (r.lots && r.lots.length > 0) throw d.notTracked(`${r.path}.lots`, 'none');
      if (r.serials && r.serials.length > 0) throw d.notTracked(`${r.path}.serials`, 'none');
      allocations.push(null);
    }
    return { allocations, links };
  }

  const lotStates = new Map<string, LotState>(); // store|lotId
  const loadedPairs = new Set<string>();
  const lotsByCode = new Map<string, LotInfo>(); // product|code
  const lotsById = new Map<string, LotInfo>();
  const serials = new Map<string, SerialState>(); // product|serial
  const remember = (lot: LotInfo) => {
    lotsByCode.set(`${lot.product_id}|${lot.code}`, lot);
    lotsById.set(lot.id, lot);
  };

  /** Locks and loads every lot balance of a product in a store (ordered by lot, a fixed lock order). */
  const loadPair = async (storeId: string, productId: string) => {
    const key = `${storeId}|${productId}`;
    if (loadedPairs.has(key)) return;
    loadedPairs.add(key);
    const { rows } = await sql<LotInfo & { quantity: string }>`
      select ${lotColumns}, b.quantity::text as quantity
      from inventory.lot_balances b join inventory.lots l on l.tenant_id = b.tenant_id and l.id = b.lot_id
      where b.store_id = ${storeId} and b.product_id = ${productId}
      order by b.lot_id for update of b`.execute(tx);
    for (const row of rows) {
      const { quantity, ...lot } = row;
      remember(lot);
      if (!lotStates.has(`${storeId}|${lot.id}`)) lotStates.set(`${storeId}|${lot.id}`, { lot, storeId, quantity: new Decimal(quantity), dirty: false });
    }
  };

  const findLot = async (productId: string, code: string): Promise<LotInfo | undefined> => {
    const known = lotsByCode.get(`${productId}|${code}`);
    if (known) return known;
    const { rows } = await sql<LotInfo>`select ${lotColumns} from inventory.lots l where l.product_id = ${productId} and l.code = ${code}`.execute(tx);
    if (rows[0]) remember(rows[0]);
    return rows[0];
  };

  /** The lot named on an in-move: found (its expiry must agree) or created (with the expiry the product may require). */
  const ensureLot = async (productId: string, line: NonNullable<MoveRequest['lots']>[number], path: string, t: d.Tracking): Promise<LotInfo> => {
    const check = (lot: LotInfo) => {
      if (line.expiresOn !== undefined && (line.expiresOn ?? null) !== lot.expires_on) throw d.lotExpiryMismatch(`${path}.expiresOn`, lot.expires_on);
      return lot;
    };
    const found = await findLot(productId, line.lot);
    if (found) return check(found);
    if (t.requiresExpiry && !line.expiresOn) throw d.lotExpiryRequired(`${path}.expiresOn`);
    const { rows } = await sql<LotInfo>`
      insert into inventory.lots as l (tenant_id, id, product_id, code, expires_on)
      values (${tenantId}, ${newId()}, ${productId}, ${line.lot}, ${line.expiresOn ?? null}::date)
      on conflict (tenant_id, product_id, code) do nothing
      returning ${lotColumns}`.execute(tx);
    if (rows[0]) {
      remember(rows[0]);
      return rows[0];
    }
    // Created by a concurrent document that has committed meanwhile.
    const raced = await findLot(productId, line.lot);
    if (!raced) throw d.lotNotFound(`${path}.lot`);
    return check(raced);
  };

  const stateOf = (storeId: string, lot: LotInfo): LotState => {
    const key = `${storeId}|${lot.id}`;
    let state = lotStates.get(key);
    if (!state) {
      state = { lot, storeId, quantity: new Decimal(0), dirty: false };
      lotStates.set(key, state);
    }
    return state;
  };

  const loadSerials = async (productId: string, names: readonly string[]) => {
    const missing = names.filter((n) => !serials.has(`${productId}|${n}`));
    if (missing.length === 0) return;
    const { rows } = await sql<Omit<SerialState, 'isNew' | 'dirty'>>`
      select id, product_id, serial, store_id, status from inventory.serials
      where product_id = ${productId} and serial = any(${missing}::text[])
      order by id for update`.execute(tx);
    for (const r of rows) serials.set(`${productId}|${r.serial}`, { ...r, isNew: false, dirty: false });
  };

  for (const [i, r] of reqs.entries()) {
    const t = tracking.get(r.productId) ?? d.UNTRACKED;
    const moveId = moveIds[i]!;
    const named = r.lots && r.lots.length > 0 ? r.lots : null;
    const namedSerials = r.serials && r.serials.length > 0 ? r.serials : null;
    if (t.mode === 'none') {
      if (named) throw d.notTracked(`${r.path}.lots`, 'none');
      if (namedSerials) throw d.notTracked(`${r.path}.serials`, 'none');
      allocations.push(null);
      continue;
    }
    // An in-move that takes its value from an earlier out-move of the document (a direct transfer) carries its lots and serials too.
    const carried = r.direction === 'in' && !named && !namedSerials && r.valueOfMove !== undefined ? allocations[r.valueOfMove] : null;

    if (t.mode === 'batch') {
      if (namedSerials) throw d.notTracked(`${r.path}.serials`, 'batch');
      await loadPair(r.storeId, r.productId);
      const takes: { lot: LotInfo; quantity: Decimal; path: string }[] = [];
      if (carried) {
        for (const l of carried.lots) takes.push({ lot: lotsById.get(l.lotId)!, quantity: l.quantity, path: `${r.path}.quantity` });
      } else if (named) {
        const seen = new Set<string>();
        let sum = new Decimal(0);
        for (const [k, l] of named.entries()) {
          const path = `${r.path}.lots[${k}]`;
          if (seen.has(l.lot)) throw d.duplicateLot(`${path}.lot`);
          seen.add(l.lot);
          sum = sum.add(l.quantity);
          const lot = r.direction === 'in' ? await ensureLot(r.productId, l, path, t) : await findLot(r.productId, l.lot);
          if (!lot) throw d.lotNotFound(`${path}.lot`);
          takes.push({ lot, quantity: l.quantity, path: `${path}.quantity` });
        }
        if (!sum.eq(r.quantity)) throw d.lotQuantityMismatch(`${r.path}.lots`, sum.toFixed(), r.quantity.toFixed());
      } else if (r.direction === 'out') {
        const here = [...lotStates.values()].filter((s) => s.storeId === r.storeId && s.lot.product_id === r.productId);
        const fefo = d.allocateFefo(
          here.map((s) => ({ lotId: s.lot.id, code: s.lot.code, expiresOn: s.lot.expires_on, createdAt: s.lot.created_at, quantity: s.quantity })),
          r.quantity,
        );
        if ('available' in fefo) throw d.insufficientLot(`${r.path}.quantity`, fefo.available.toFixed());
        for (const take of fefo.takes) takes.push({ lot: lotsById.get(take.lotId)!, quantity: take.quantity, path: `${r.path}.quantity` });
      } else {
        throw d.lotsRequired(`${r.path}.lots`);
      }
      for (const take of takes) {
        const state = stateOf(r.storeId, take.lot);
        if (r.direction === 'out' && state.quantity.lt(take.quantity)) throw d.insufficientLot(take.path, state.quantity.toFixed());
        state.quantity = r.direction === 'in' ? state.quantity.add(take.quantity) : state.quantity.sub(take.quantity);
        state.dirty = true;
        links.push({ tenant_id: tenantId, move_id: moveId, lot_id: take.lot.id, serial_id: null, quantity: take.quantity.toFixed() });
      }
      allocations.push({ lots: takes.map((x) => ({ lotId: x.lot.id, code: x.lot.code, expiresOn: x.lot.expires_on, quantity: x.quantity })), serials: [] });
      continue;
    }

    // serial
    if (named) throw d.notTracked(`${r.path}.lots`, 'serial');
    let names: string[];
    if (carried) names = carried.serials.map((s) => s.serial);
    else if (namedSerials) {
      const problem = d.checkSerials(namedSerials, r.quantity);
      if (problem) throw d.serialCount(problem.index === null ? `${r.path}.serials` : `${r.path}.serials[${problem.index}]`, problem.message);
      names = namedSerials;
    } else throw d.serialsRequired(`${r.path}.serials`);
    await loadSerials(r.productId, names);
    const moved: { id: string; serial: string }[] = [];
    for (const [k, name] of names.entries()) {
      const path = `${r.path}.serials[${k}]`;
      const key = `${r.productId}|${name}`;
      let st = serials.get(key);
      if (r.direction === 'in') {
        if (r.kind === 'transfer_in') {
          if (!st || st.status !== 'in_transit') throw d.serialNotInStock(path, name);
        } else if (st && st.status !== 'out') {
          throw d.serialExists(path, name);
        }
        if (!st) {
          st = { id: newId(), product_id: r.productId, serial: name, store_id: null, status: 'out', isNew: true, dirty: true };
          serials.set(key, st);
        }
        st.status = 'in_stock';
        st.store_id = r.storeId;
      } else {
        if (!st || st.status !== 'in_stock' || st.store_id !== r.storeId) throw d.serialNotInStock(path, name);
        st.status = r.kind === 'transfer_out' ? 'in_transit' : 'out';
        st.store_id = null;
      }
      st.dirty = true;
      moved.push({ id: st.id, serial: name });
      links.push({ tenant_id: tenantId, move_id: moveId, lot_id: null, serial_id: st.id, quantity: '1' });
    }
    allocations.push({ lots: [], serials: moved });
  }

  await writeLots(tx, tenantId, [...lotStates.values()].filter((s) => s.dirty));
  await writeSerials(tx, tenantId, [...serials.values()].filter((s) => s.dirty));
  return { allocations, links };
}

async function writeLots(tx: Tx, tenantId: string, states: LotState[]): Promise<void> {
  if (states.length === 0) return;
  states.sort((a, b) => (a.storeId === b.storeId ? a.lot.id.localeCompare(b.lot.id) : a.storeId.localeCompare(b.storeId)));
  await sql`
    insert into inventory.lot_balances (tenant_id, store_id, lot_id, product_id, quantity)
    select ${tenantId}::uuid, s, l, p, q from unnest(${states.map((s) => s.storeId)}::uuid[], ${states.map((s) => s.lot.id)}::uuid[],
      ${states.map((s) => s.lot.product_id)}::uuid[], ${states.map((s) => s.quantity.toFixed())}::numeric[]) as k(s, l, p, q)
    on conflict (tenant_id, store_id, lot_id) do update set quantity = excluded.quantity, updated_at = now()`.execute(tx);
}

async function writeSerials(tx: Tx, tenantId: string, states: SerialState[]): Promise<void> {
  const fresh = states.filter((s) => s.isNew);
  if (fresh.length > 0) {
    // A serial received concurrently by another document waits here for it; if that one commits, this insert
    // does nothing and the serial is reported as a duplicate.
    const { rows } = await sql<{ id: string }>`
      insert into inventory.serials (tenant_id, id, product_id, serial, store_id, status)
      select ${tenantId}::uuid, i, p, s, st, x from unnest(${fresh.map((s) => s.id)}::uuid[], ${fresh.map((s) => s.product_id)}::uuid[], ${fresh.map((s) => s.serial)}::text[],
        ${fresh.map((s) => s.store_id)}::uuid[], ${fresh.map((s) => s.status)}::text[]) as k(i, p, s, st, x)
      on conflict (tenant_id, product_id, serial) do nothing
      returning id`.execute(tx);
    const inserted = new Set(rows.map((r) => r.id));
    const lost = fresh.find((s) => !inserted.has(s.id));
    if (lost) throw d.serialExists('body.lines', lost.serial);
  }
  const old = states.filter((s) => !s.isNew);
  if (old.length > 0) {
    await sql`
      update inventory.serials s set status = k.x, store_id = k.st, updated_at = now()
      from unnest(${old.map((s) => s.id)}::uuid[], ${old.map((s) => s.store_id)}::uuid[], ${old.map((s) => s.status)}::text[]) as k(i, st, x)
      where s.id = k.i`.execute(tx);
  }
}

export async function insertLinks(tx: Tx, links: readonly LinkRow[]): Promise<void> {
  if (links.length > 0) await tx.insertInto('inventory.move_lots').values([...links]).execute();
}

// ---------- reads and settings ----------

export interface TrackingRow {
  product_id: string;
  mode: d.TrackingMode;
  requires_expiry: boolean;
  version: number;
}

export async function findTracking(tx: Tx, productId: string, lock = false): Promise<TrackingRow | undefined> {
  const { rows } = lock
    ? await sql<TrackingRow>`select product_id, mode, requires_expiry, version from inventory.product_tracking where product_id = ${productId} for update`.execute(tx)
    : await sql<TrackingRow>`select product_id, mode, requires_expiry, version from inventory.product_tracking where product_id = ${productId}`.execute(tx);
  return rows[0];
}

export async function saveTracking(tx: Tx, tenantId: string, productId: string, mode: d.TrackingMode, requiresExpiry: boolean): Promise<TrackingRow> {
  const { rows } = await sql<TrackingRow>`
    insert into inventory.product_tracking (tenant_id, product_id, mode, requires_expiry) values (${tenantId}, ${productId}, ${mode}, ${requiresExpiry})
    on conflict (tenant_id, product_id) do update set mode = excluded.mode, requires_expiry = excluded.requires_expiry,
      version = inventory.product_tracking.version + 1, updated_at = now()
    returning product_id, mode, requires_expiry, version`.execute(tx);
  return rows[0]!;
}

/** Whether the product has stock on hand in any store, or in transit. */
export async function hasStock(tx: Tx, productId: string): Promise<boolean> {
  const { rows } = await sql<{ x: number }>`
    select 1 as x from inventory.balances where product_id = ${productId} and quantity <> 0
    union all
    select 1 from inventory.transfers where status = 'in_transit' and lines @> ${JSON.stringify([{ productId }])}::jsonb
    limit 1`.execute(tx);
  return rows.length > 0;
}

export interface LotBalanceRow {
  lot_id: string;
  product_id: string;
  code: string;
  expires_on: string | null;
  store_id: string;
  quantity: string;
}

export async function lotBalances(
  tx: Tx,
  filter: { productId?: string | undefined; storeId?: string | undefined; expiringBefore?: string | undefined; includeEmpty?: boolean | undefined; limit: number },
): Promise<LotBalanceRow[]> {
  const { rows } = await sql<LotBalanceRow>`
    select b.lot_id, b.product_id, l.code, l.expires_on::text as expires_on, b.store_id, b.quantity::text as quantity
    from inventory.lot_balances b join inventory.lots l on l.tenant_id = b.tenant_id and l.id = b.lot_id
    where true
      ${filter.productId ? sql`and b.product_id = ${filter.productId}` : sql``}
      ${filter.storeId ? sql`and b.store_id = ${filter.storeId}` : sql``}
      ${filter.includeEmpty ? sql`` : sql`and b.quantity > 0`}
      ${filter.expiringBefore ? sql`and l.expires_on < ${filter.expiringBefore}::date` : sql``}
    order by l.expires_on nulls last, l.created_at, l.code, b.store_id
    limit ${filter.limit}`.execute(tx);
  return rows;
}

/** Lot code → quantity on hand in a store, per product (lots with stock). */
export async function storeLotQuantities(tx: Tx, storeId: string, productIds: readonly string[]): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>();
  if (productIds.length === 0) return out;
  const { rows } = await sql<{ product_id: string; code: string; quantity: string }>`
    select b.product_id, l.code, b.quantity::text as quantity
    from inventory.lot_balances b join inventory.lots l on l.tenant_id = b.tenant_id and l.id = b.lot_id
    where b.store_id = ${storeId} and b.product_id = any(${[...productIds]}::uuid[]) and b.quantity > 0`.execute(tx);
  for (const r of rows) {
    if (!out.has(r.product_id)) out.set(r.product_id, new Map());
    out.get(r.product_id)!.set(r.code, r.quantity);
  }
  return out;
}

/** Serials in stock in a store, per product. */
export async function storeSerials(tx: Tx, storeId: string, productIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  if (productIds.length === 0) return out;
  const { rows } = await sql<{ product_id: string; serial: string }>`
    select product_id, serial from inventory.serials
    where store_id = ${storeId} and status = 'in_stock' and product_id = any(${[...productIds]}::uuid[])`.execute(tx);
  for (const r of rows) {
    if (!out.has(r.product_id)) out.set(r.product_id, new Set());
    out.get(r.product_id)!.add(r.serial);
  }
  return out;
}

/** What each of the moves carried (lots with quantity and expiry, or serials), for the stock ledger. */
export async function linksOf(tx: Tx, moveIds: readonly string[]): Promise<Map<string, { lots?: { lot: string; quantity: string; expiresOn: string | null }[]; serials?: string[] }>> {
  const out = new Map<string, { lots?: { lot: string; quantity: string; expiresOn: string | null }[]; serials?: string[] }>();
  if (moveIds.length === 0) return out;
  const { rows } = await sql<{ move_id: string; code: string | null; expires_on: string | null; serial: string | null; quantity: string }>`
    select ml.move_id, l.code, l.expires_on::text as expires_on, s.serial, ml.quantity::text as quantity
    from inventory.move_lots ml
      left join inventory.lots l on l.tenant_id = ml.tenant_id and l.id = ml.lot_id
      left join inventory.serials s on s.tenant_id = ml.tenant_id and s.id = ml.serial_id
    where ml.move_id = any(${[...moveIds]}::uuid[])
    order by ml.move_id, l.code, s.serial`.execute(tx);
  for (const r of rows) {
    const entry = out.get(r.move_id) ?? {};
    if (r.serial !== null) (entry.serials ??= []).push(r.serial);
    else if (r.code !== null) (entry.lots ??= []).push({ lot: r.code, quantity: new Decimal(r.quantity).toFixed(), expiresOn: r.expires_on });
    out.set(r.move_id, entry);
  }
  return out;
}

export interface SerialRow {
  id: string;
  serial: string;
  store_id: string | null;
  status: 'in_stock' | 'in_transit' | 'out';
}

export async function serialList(
  tx: Tx,
  productId: string,
  filter: { status?: SerialRow['status'] | undefined; storeId?: string | undefined; after?: string | undefined; limit: number },
): Promise<SerialRow[]> {
  const { rows } = await sql<SerialRow>`
    select id, serial, store_id, status from inventory.serials
    where product_id = ${productId}
      ${filter.status ? sql`and status = ${filter.status}` : sql``}
      ${filter.storeId ? sql`and store_id = ${filter.storeId}` : sql``}
      ${filter.after !== undefined ? sql`and serial > ${filter.after}` : sql``}
    order by serial
    limit ${filter.limit}`.execute(tx);
  return rows;
}
