import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import type { ValuationMethod } from './domain/valuation.js';

export type MoveKind = 'opening' | 'receipt' | 'issue' | 'transfer_out' | 'transfer_in' | 'adjustment';
export type DocumentType = 'receipt' | 'issue' | 'adjustment' | 'transfer' | 'count';

export interface SettingsRow {
  tenant_id: string;
  valuation: ValuationMethod;
  allow_negative: boolean;
  version: number;
  updated_at: Date;
}

export interface BalanceRow {
  tenant_id: string;
  store_id: string;
  product_id: string;
  quantity: string;
  value: string;
  last_unit_cost: string;
  updated_at: Date;
}

export interface LayerRow {
  id: string;
  remaining: string;
  remaining_value: string;
}

export interface MoveRow {
  tenant_id: string;
  id: string;
  seq: string;
  store_id: string;
  product_id: string;
  kind: MoveKind;
  quantity: string;
  value: string;
  unit_cost: string;
  correction: string;
  document_type: DocumentType;
  document_id: string;
  source_module: string | null;
  source_id: string | null;
  move_date: string;
  memo: string | null;
  reason: string | null;
  entry_id: string | null;
  created_by: string | null;
  created_at: Date;
}

export type NewMove = Omit<MoveRow, 'seq' | 'created_at'>;

export interface TransferLine {
  productId: string;
  quantity: string;
  value: string;
  /** Lot-tracked products: the lots dispatched (codes), received into the destination as they are. */
  lots?: { lot: string; quantity: string; expiresOn: string | null }[];
  /** Serial-tracked products: the serials dispatched. */
  serials?: string[];
}

export interface TransferRow {
  tenant_id: string;
  id: string;
  from_store_id: string;
  to_store_id: string;
  status: 'in_transit' | 'received';
  lines: TransferLine[];
  value: string;
  dispatch_date: string;
  receive_date: string | null;
  memo: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface CountLine {
  productId: string;
  expected: string;
  counted: string | null;
  /** Lot-tracked products: what was counted of each lot (lots not listed count as 0). */
  lots?: { lot: string; counted: string; expiresOn?: string | null }[];
  /** Serial-tracked products: the serials found (the others of the store count as missing). */
  serials?: string[];
}

export interface CountRow {
  tenant_id: string;
  id: string;
  store_id: string;
  status: 'open' | 'posted';
  count_date: string;
  memo: string | null;
  lines: CountLine[];
  version: number;
  created_at: Date;
  updated_at: Date;
  posted_at: Date | null;
}

// ---------- settings ----------

/** The tenant's settings, created with the defaults on first use (one statement). */
export async function settings(tx: Tx, tenantId: string): Promise<SettingsRow> {
  const { rows } = await sql<SettingsRow>`
    with created as (insert into inventory.settings (tenant_id) values (${tenantId}) on conflict do nothing returning *)
    select * from created union all select * from inventory.settings where not exists (select 1 from created)`.execute(tx);
  return rows[0]!;
}

export async function lockSettings(tx: Tx, tenantId: string): Promise<SettingsRow> {
  await settings(tx, tenantId);
  return tx.selectFrom('inventory.settings').selectAll().forUpdate().$castTo<SettingsRow>().executeTakeFirstOrThrow();
}

export function updateSettings(tx: Tx, expected: number, changes: Partial<Pick<SettingsRow, 'valuation' | 'allow_negative'>>): Promise<SettingsRow | undefined> {
  return tx
    .updateTable('inventory.settings')
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
    .where('version', '=', expected)
    .returningAll()
    .$castTo<SettingsRow>()
    .executeTakeFirst();
}

export async function anyMoves(tx: Tx): Promise<boolean> {
  const { rows } = await sql<{ x: number }>`select 1 as x from inventory.moves limit 1`.execute(tx);
  return rows.length > 0;
}

// ---------- balances and layers ----------

/** Creates the missing balance rows and locks them all, in a fixed order so concurrent documents never deadlock. */
export async function lockBalances(tx: Tx, tenantId: string, keys: readonly { storeId: string; productId: string }[]): Promise<Map<string, BalanceRow>> {
  const unique = [...new Map(keys.map((k) => [`${k.storeId}|${k.productId}`, k])).values()].sort((a, b) =>
    a.storeId === b.storeId ? a.productId.localeCompare(b.productId) : a.storeId.localeCompare(b.storeId),
  );
  const stores = unique.map((k) => k.storeId);
  const products = unique.map((k) => k.productId);
  await sql`
    insert into inventory.balances (tenant_id, store_id, product_id)
    select ${tenantId}::uuid, k.s, k.p from unnest(${stores}::uuid[], ${products}::uuid[]) as k(s, p)
    on conflict do nothing`.execute(tx);
  const { rows } = await sql<BalanceRow>`
    select b.* from inventory.balances b join unnest(${stores}::uuid[], ${products}::uuid[]) with ordinality as k(s, p, n)
      on b.store_id = k.s and b.product_id = k.p
    order by k.n for update of b`.execute(tx);
  return new Map(rows.map((r) => [`${r.store_id}|${r.product_id}`, r]));
}

export async function writeBalance(tx: Tx, storeId: string, productId: string, quantity: string, value: bigint, lastUnitCost: string): Promise<void> {
  await tx
    .updateTable('inventory.balances')
    .set({ quantity, value: value.toString(), last_unit_cost: lastUnitCost, updated_at: sql`now()` })
    .where('store_id', '=', storeId)
    .where('product_id', '=', productId)
    .execute();
}

export function openLayers(tx: Tx, storeId: string, productId: string): Promise<LayerRow[]> {
  return tx
    .selectFrom('inventory.cost_layers')
    .select(['id', sql<string>`remaining::text`.as('remaining'), sql<string>`remaining_value::text`.as('remaining_value')])
    .where('store_id', '=', storeId)
    .where('product_id', '=', productId)
    .where('remaining', '>', '0')
    .orderBy('seq')
    .$castTo<LayerRow>()
    .execute();
}

export interface NewLayer {
  tenant_id: string;
  id: string;
  store_id: string;
  product_id: string;
  move_id: string;
  quantity: string;
  remaining: string;
  remaining_value: string;
  unit_cost: string;
}

export async function insertLayers(tx: Tx, rows: NewLayer[]): Promise<void> {
  if (rows.length > 0) await tx.insertInto('inventory.cost_layers').values(rows).execute();
}

export async function setLayer(tx: Tx, id: string, remaining: string, remainingValue: bigint): Promise<void> {
  await tx.updateTable('inventory.cost_layers').set({ remaining, remaining_value: remainingValue.toString() }).where('id', '=', id).execute();
}

// ---------- moves ----------

export async function insertMoves(tx: Tx, rows: NewMove[]): Promise<void> {
  if (rows.length > 0) await tx.insertInto('inventory.moves').values(rows).execute();
}

export interface LedgerLineRow extends MoveRow {
  running_quantity: string;
  running_value: string;
}

/** A product's moves in order with running totals (per store when given, else across stores). */
export async function productMoves(
  tx: Tx,
  productId: string,
  filter: { storeId?: string | undefined; afterSeq?: string | undefined; from?: string | undefined; to?: string | undefined; limit: number },
): Promise<LedgerLineRow[]> {
  const { rows } = await sql<LedgerLineRow>`
    select * from (
      select m.id, m.seq, m.store_id, m.product_id, m.kind, m.quantity::text as quantity, m.value::text as value, m.unit_cost::text as unit_cost,
             m.correction::text as correction, m.document_type, m.document_id, m.source_module, m.source_id, m.move_date::text as move_date,
             m.memo, m.reason, m.entry_id, m.created_by, m.created_at,
             (sum(m.quantity) over w)::text as running_quantity, (sum(m.value) over w)::text as running_value
      from inventory.moves m
      where m.product_id = ${productId} ${filter.storeId ? sql`and m.store_id = ${filter.storeId}` : sql``}
      window w as (order by m.seq rows between unbounded preceding and current row)
    ) x
    where ${filter.afterSeq ? sql`x.seq > ${filter.afterSeq}::bigint` : sql`true`}
      ${filter.from ? sql`and x.move_date::date >= ${filter.from}::date` : sql``}
      ${filter.to ? sql`and x.move_date::date <= ${filter.to}::date` : sql``}
    order by x.seq
    limit ${filter.limit}`.execute(tx);
  return rows.map((r) => ({ ...r, seq: String(r.seq) }));
}

export function balances(tx: Tx, filter: { storeId?: string | undefined; productId?: string | undefined; after?: { storeId: string; productId: string } | undefined; limit: number }): Promise<BalanceRow[]> {
  let q = tx
    .selectFrom('inventory.balances')
    .select(['store_id', 'product_id', sql<string>`quantity::text`.as('quantity'), sql<string>`value::text`.as('value'), sql<string>`last_unit_cost::text`.as('last_unit_cost'), 'updated_at'])
    .where((eb) => eb.or([eb('quantity', '<>', '0'), eb('value', '<>', '0')]));
  if (filter.storeId) q = q.where('store_id', '=', filter.storeId);
  if (filter.productId) q = q.where('product_id', '=', filter.productId);
  if (filter.after) q = q.where(sql<boolean>`(store_id, product_id) > (${filter.after.storeId}::uuid, ${filter.after.productId}::uuid)`);
  return q.orderBy('store_id').orderBy('product_id').limit(filter.limit).$castTo<BalanceRow>().execute();
}

// ---------- reorder levels ----------

export async function setReorderLevel(tx: Tx, tenantId: string, storeId: string, productId: string, level: string | null): Promise<void> {
  if (level === null) {
    await tx.deleteFrom('inventory.reorder_levels').where('store_id', '=', storeId).where('product_id', '=', productId).execute();
    return;
  }
  await sql`
    insert into inventory.reorder_levels (tenant_id, store_id, product_id, level) values (${tenantId}, ${storeId}, ${productId}, ${level}::numeric)
    on conflict (tenant_id, store_id, product_id) do update set level = excluded.level, updated_at = now()`.execute(tx);
}

export interface ReorderRow {
  store_id: string;
  product_id: string;
  level: string;
  is_low: boolean;
  quantity: string;
}

export function reorderLevels(tx: Tx, filter: { storeId?: string | undefined; productId?: string | undefined; lowOnly?: boolean | undefined }): Promise<ReorderRow[]> {
  let q = tx
    .selectFrom('inventory.reorder_levels as r')
    .leftJoin('inventory.balances as b', (j) => j.onRef('b.store_id', '=', 'r.store_id').onRef('b.product_id', '=', 'r.product_id'))
    .select(['r.store_id', 'r.product_id', sql<string>`r.level::text`.as('level'), 'r.is_low', sql<string>`coalesce(b.quantity, 0)::text`.as('quantity')]);
  if (filter.storeId) q = q.where('r.store_id', '=', filter.storeId);
  if (filter.productId) q = q.where('r.product_id', '=', filter.productId);
  if (filter.lowOnly) q = q.where(sql<boolean>`coalesce(b.quantity, 0) <= r.level`);
  return q.orderBy('r.store_id').orderBy('r.product_id').limit(1000).$castTo<ReorderRow>().execute();
}

export function lockReorder(tx: Tx, storeId: string, productId: string): Promise<{ level: string; is_low: boolean } | undefined> {
  return tx
    .selectFrom('inventory.reorder_levels')
    .select([sql<string>`level::text`.as('level'), 'is_low'])
    .where('store_id', '=', storeId)
    .where('product_id', '=', productId)
    .forUpdate()
    .$castTo<{ level: string; is_low: boolean }>()
    .executeTakeFirst();
}

export async function setLow(tx: Tx, storeId: string, productId: string, isLow: boolean): Promise<void> {
  await tx.updateTable('inventory.reorder_levels').set({ is_low: isLow, updated_at: sql`now()` }).where('store_id', '=', storeId).where('product_id', '=', productId).execute();
}

// ---------- transfers ----------

export async function insertTransfer(tx: Tx, row: Omit<TransferRow, 'version' | 'created_at' | 'updated_at'>): Promise<TransferRow> {
  return tx
    .insertInto('inventory.transfers')
    .values({ ...row, lines: JSON.stringify(row.lines) })
    .returningAll()
    .$castTo<TransferRow>()
    .executeTakeFirstOrThrow();
}

export function findTransfer(tx: Tx, id: string, lock = false): Promise<TransferRow | undefined> {
  let q = tx.selectFrom('inventory.transfers').selectAll().select([sql<string>`dispatch_date::text`.as('dispatch_date'), sql<string>`receive_date::text`.as('receive_date'), sql<string>`value::text`.as('value')]).where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.$castTo<TransferRow>().executeTakeFirst();
}

export function markReceived(tx: Tx, id: string, date: string): Promise<TransferRow> {
  return tx
    .updateTable('inventory.transfers')
    .set({ status: 'received', receive_date: date, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .returning(['tenant_id', 'id', 'from_store_id', 'to_store_id', 'status', 'lines', 'memo', 'version', 'created_at', 'updated_at'])
    .returning([sql<string>`dispatch_date::text`.as('dispatch_date'), sql<string>`receive_date::text`.as('receive_date'), sql<string>`value::text`.as('value')])
    .$castTo<TransferRow>()
    .executeTakeFirstOrThrow();
}

// ---------- counts ----------

export function insertCount(tx: Tx, row: Omit<CountRow, 'version' | 'created_at' | 'updated_at' | 'posted_at' | 'status'>): Promise<CountRow> {
  return tx
    .insertInto('inventory.counts')
    .values({ ...row, status: 'open', lines: JSON.stringify(row.lines) })
    .returningAll()
    .returning(sql<string>`count_date::text`.as('count_date'))
    .$castTo<CountRow>()
    .executeTakeFirstOrThrow();
}

export function findCount(tx: Tx, id: string, lock = false): Promise<CountRow | undefined> {
  let q = tx.selectFrom('inventory.counts').selectAll().select(sql<string>`count_date::text`.as('count_date')).where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.$castTo<CountRow>().executeTakeFirst();
}

export function updateCount(tx: Tx, id: string, changes: { lines?: CountLine[]; status?: 'posted' }): Promise<CountRow> {
  return tx
    .updateTable('inventory.counts')
    .set({
      ...(changes.lines && { lines: JSON.stringify(changes.lines) }),
      ...(changes.status && { status: changes.status, posted_at: sql`now()` }),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .returningAll()
    .returning(sql<string>`count_date::text`.as('count_date'))
    .$castTo<CountRow>()
    .executeTakeFirstOrThrow();
}

/** Quantities on hand in a store (non-zero balances). */
export async function storeQuantities(tx: Tx, storeId: string): Promise<Map<string, string>> {
  const rows = await tx
    .selectFrom('inventory.balances')
    .select(['product_id', sql<string>`quantity::text`.as('quantity')])
    .where('store_id', '=', storeId)
    .where('quantity', '<>', '0')
    .$castTo<{ product_id: string; quantity: string }>()
    .execute();
  return new Map(rows.map((r) => [r.product_id, r.quantity]));
}

// ---------- summary ----------

export async function storeSummary(tx: Tx, storeId: string, from: string, to: string, top: number) {
  const totals = await sql<{ quantity: string | null; value: string | null; products: number }>`
    select sum(quantity)::text as quantity, sum(value)::text as value, count(*) filter (where quantity <> 0)::int as products
    from inventory.balances where store_id = ${storeId}`.execute(tx);
  const movement = await sql<{ kind: MoveKind; quantity: string; value: string; moves: number }>`
    select kind, sum(quantity)::text as quantity, sum(value)::text as value, count(*)::int as moves
    from inventory.moves where store_id = ${storeId} and move_date between ${from}::date and ${to}::date
    group by kind order by kind`.execute(tx);
  const items = await sql<{ product_id: string; quantity: string; value: string }>`
    select product_id, quantity::text as quantity, value::text as value from inventory.balances
    where store_id = ${storeId} and quantity <> 0 order by value desc, product_id limit ${top}`.execute(tx);
  return { totals: totals.rows[0]!, movement: movement.rows, top: items.rows };
}

// ---------- lists ----------

/** Transfers, newest dispatch first (keyset on dispatch date and id). */
export function listTransfers(
  tx: Tx,
  filter: { status?: TransferRow['status'] | undefined; storeId?: string | undefined; from?: string | undefined; to?: string | undefined; after?: { date: string; id: string } | undefined; limit: number },
): Promise<TransferRow[]> {
  let q = tx
    .selectFrom('inventory.transfers')
    .selectAll()
    .select([sql<string>`dispatch_date::text`.as('dispatch_date'), sql<string>`receive_date::text`.as('receive_date'), sql<string>`value::text`.as('value')]);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.storeId) {
    const storeId = filter.storeId;
    q = q.where((eb) => eb.or([eb('from_store_id', '=', storeId), eb('to_store_id', '=', storeId)]));
  }
  if (filter.from) q = q.where(sql<boolean>`dispatch_date >= ${filter.from}::date`);
  if (filter.to) q = q.where(sql<boolean>`dispatch_date <= ${filter.to}::date`);
  if (filter.after) q = q.where(sql<boolean>`(dispatch_date, id) < (${filter.after.date}::date, ${filter.after.id}::uuid)`);
  // The table's columns, not the text aliases of the same names.
  return q.orderBy(sql`inventory.transfers.dispatch_date`, 'desc').orderBy(sql`inventory.transfers.id`, 'desc').limit(filter.limit).$castTo<TransferRow>().execute();
}

export interface CountSummaryRow {
  id: string;
  store_id: string;
  status: CountRow['status'];
  count_date: string;
  memo: string | null;
  line_count: number;
  counted_count: number;
  version: number;
}

/** Count sheets, newest count date first (keyset on count date and id), without their lines. */
export function listCounts(tx: Tx, filter: { storeId?: string | undefined; status?: CountRow['status'] | undefined; after?: { date: string; id: string } | undefined; limit: number }): Promise<CountSummaryRow[]> {
  let q = tx
    .selectFrom('inventory.counts')
    .select([
      'id',
      'store_id',
      'status',
      sql<string>`count_date::text`.as('count_date'),
      'memo',
      sql<number>`jsonb_array_length(lines)`.as('line_count'),
      sql<number>`(select count(*) from jsonb_array_elements(lines) e where e->>'counted' is not null)::int`.as('counted_count'),
      'version',
    ]);
  if (filter.storeId) q = q.where('store_id', '=', filter.storeId);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.after) q = q.where(sql<boolean>`(count_date, id) < (${filter.after.date}::date, ${filter.after.id}::uuid)`);
  return q.orderBy('count_date', 'desc').orderBy('id', 'desc').limit(filter.limit).$castTo<CountSummaryRow>().execute();
}

/** Value and quantity on hand of the given products in a store (for the value of count differences). */
export async function storeBalances(tx: Tx, storeId: string, productIds: readonly string[]): Promise<Map<string, { quantity: string; value: string }>> {
  if (productIds.length === 0) return new Map();
  const rows = await tx
    .selectFrom('inventory.balances')
    .select(['product_id', sql<string>`quantity::text`.as('quantity'), sql<string>`value::text`.as('value')])
    .where('store_id', '=', storeId)
    .where('product_id', 'in', [...new Set(productIds)])
    .$castTo<{ product_id: string; quantity: string; value: string }>()
    .execute();
  return new Map(rows.map((r) => [r.product_id, { quantity: r.quantity, value: r.value }]));
}
