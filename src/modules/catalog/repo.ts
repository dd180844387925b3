import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import { DEFAULT_UNITS } from './domain/units.js';

export type Status = 'active' | 'archived';
export type ProductType = 'goods' | 'service';

export interface UnitRow {
  tenant_id: string;
  id: string;
  code: string;
  name: string;
  status: Status;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface CategoryRow {
  tenant_id: string;
  id: string;
  name: string;
  parent_id: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface ProductRow {
  tenant_id: string;
  id: string;
  type: ProductType;
  sku: string;
  barcode: string | null;
  name: string;
  description: string | null;
  hsn_sac: string | null;
  base_unit: string;
  gst_rate: string | null;
  cess_rate: string | null;
  tax_category: string | null;
  sale_price: string | null;
  purchase_price: string | null;
  currency: string;
  track_inventory: boolean;
  category_id: string | null;
  tags: string[];
  status: Status;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export type ProductValues = Omit<ProductRow, 'tenant_id' | 'id' | 'status' | 'version' | 'created_at' | 'updated_at'>;

export interface ProductUnitRow {
  unit: string;
  factor: string;
}

export interface SupplierRow {
  tenant_id: string;
  id: string;
  product_id: string;
  vendor_id: string;
  supplier_sku: string | null;
  lead_time_days: number | null;
  last_cost: string | null;
  last_cost_currency: string | null;
  last_cost_date: string | null;
  preferred: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export type SupplierValues = Pick<SupplierRow, 'vendor_id' | 'supplier_sku' | 'lead_time_days' | 'last_cost' | 'last_cost_currency' | 'last_cost_date' | 'preferred'>;

export interface PriceListRow {
  tenant_id: string;
  id: string;
  name: string;
  currency: string;
  customer_group: string | null;
  valid_from: string | null;
  valid_to: string | null;
  tax_inclusive: boolean;
  status: Status;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export type PriceListValues = Pick<PriceListRow, 'name' | 'currency' | 'customer_group' | 'valid_from' | 'valid_to' | 'tax_inclusive'>;

export interface PriceItemRow {
  price_list_id: string;
  product_id: string;
  unit: string;
  min_quantity: string;
  price: string;
}

// ---------- units ----------

/** Gives a tenant the common units the first time it uses the catalog; a no-op afterwards. */
export async function ensureDefaultUnits(tx: Tx, tenantId: string): Promise<void> {
  const codes = DEFAULT_UNITS.map(([code]) => code);
  const names = DEFAULT_UNITS.map(([, name]) => name);
  await sql`
    insert into catalog.units (tenant_id, id, code, name)
    select ${tenantId}::uuid, gen_random_uuid(), u.code, u.name from unnest(${codes}::text[], ${names}::text[]) as u(code, name)
    where not exists (select 1 from catalog.units)
    on conflict (tenant_id, code) do nothing`.execute(tx);
}

export function listUnits(tx: Tx): Promise<UnitRow[]> {
  return tx.selectFrom('catalog.units').selectAll().orderBy('code').$castTo<UnitRow>().execute();
}

export function findUnit(tx: Tx, id: string): Promise<UnitRow | undefined> {
  return tx.selectFrom('catalog.units').selectAll().where('id', '=', id).$castTo<UnitRow>().executeTakeFirst();
}

export async function unitCodes(tx: Tx, codes: readonly string[]): Promise<Map<string, Status>> {
  if (codes.length === 0) return new Map();
  const rows = await tx.selectFrom('catalog.units').select(['code', 'status']).where('code', 'in', [...new Set(codes)]).$castTo<{ code: string; status: Status }>().execute();
  return new Map(rows.map((r) => [r.code, r.status]));
}

export function insertUnit(tx: Tx, row: Pick<UnitRow, 'tenant_id' | 'id' | 'code' | 'name'>): Promise<UnitRow> {
  return tx.insertInto('catalog.units').values(row).returningAll().$castTo<UnitRow>().executeTakeFirstOrThrow();
}

export function updateUnit(tx: Tx, id: string, expected: number, changes: Partial<Pick<UnitRow, 'name' | 'status'>>): Promise<UnitRow | undefined> {
  return tx
    .updateTable('catalog.units')
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', expected)
    .returningAll()
    .$castTo<UnitRow>()
    .executeTakeFirst();
}

// ---------- categories ----------

export function allCategories(tx: Tx): Promise<CategoryRow[]> {
  return tx.selectFrom('catalog.categories').selectAll().orderBy('name').orderBy('id').$castTo<CategoryRow>().execute();
}

export function findCategory(tx: Tx, id: string, lock = false): Promise<CategoryRow | undefined> {
  let q = tx.selectFrom('catalog.categories').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.$castTo<CategoryRow>().executeTakeFirst();
}

/** Serialises moves within a tenant so two concurrent moves cannot close a cycle between them. */
export async function lockCategoryTree(tx: Tx, tenantId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('catalog.categories'), hashtext(${tenantId}))`.execute(tx);
}

export function insertCategory(tx: Tx, row: Pick<CategoryRow, 'tenant_id' | 'id' | 'name' | 'parent_id'>): Promise<CategoryRow> {
  return tx.insertInto('catalog.categories').values(row).returningAll().$castTo<CategoryRow>().executeTakeFirstOrThrow();
}

export function updateCategory(tx: Tx, id: string, expected: number, changes: Partial<Pick<CategoryRow, 'name' | 'parent_id'>>): Promise<CategoryRow | undefined> {
  return tx
    .updateTable('catalog.categories')
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', expected)
    .returningAll()
    .$castTo<CategoryRow>()
    .executeTakeFirst();
}

export async function categoryInUse(tx: Tx, id: string): Promise<boolean> {
  const { rows } = await sql<{ used: boolean }>`
    select exists (select 1 from catalog.categories where parent_id = ${id})
        or exists (select 1 from catalog.products where category_id = ${id}) as used`.execute(tx);
  return rows[0]?.used === true;
}

export async function deleteCategory(tx: Tx, id: string): Promise<void> {
  await tx.deleteFrom('catalog.categories').where('id', '=', id).execute();
}

// ---------- products ----------

export function findProduct(tx: Tx, id: string, lock = false): Promise<ProductRow | undefined> {
  let q = tx.selectFrom('catalog.products').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.$castTo<ProductRow>().executeTakeFirst();
}

export function findProductBySku(tx: Tx, sku: string): Promise<ProductRow | undefined> {
  return tx.selectFrom('catalog.products').selectAll().where(sql<string>`lower(sku)`, '=', sku.toLowerCase()).$castTo<ProductRow>().executeTakeFirst();
}

export function findProductByBarcode(tx: Tx, barcode: string): Promise<ProductRow | undefined> {
  return tx.selectFrom('catalog.products').selectAll().where('barcode', '=', barcode).$castTo<ProductRow>().executeTakeFirst();
}

export function insertProduct(tx: Tx, row: ProductValues & { tenant_id: string; id: string }): Promise<ProductRow> {
  return tx.insertInto('catalog.products').values(row).returningAll().$castTo<ProductRow>().executeTakeFirstOrThrow();
}

export function updateProduct(tx: Tx, id: string, expected: number, changes: Partial<ProductValues & { status: Status }>): Promise<ProductRow | undefined> {
  return tx
    .updateTable('catalog.products')
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', expected)
    .returningAll()
    .$castTo<ProductRow>()
    .executeTakeFirst();
}

export const PRODUCT_SORTS = ['name', 'sku', 'createdAt', 'updatedAt'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

const SORT_KEYS: Record<ProductSort, RawBuilder<string>> = {
  name: sql<string>`lower(p.name)`,
  sku: sql<string>`lower(p.sku)`,
  createdAt: sql<string>`to_char(p.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`,
  updatedAt: sql<string>`to_char(p.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`,
};

export interface ProductFilter {
  q?: string | undefined;
  type?: ProductType | undefined;
  status?: Status | undefined;
  tag?: string | undefined;
  categoryIds?: string[] | undefined;
  sort: ProductSort;
  descending: boolean;
  after?: { k: string; id: string } | undefined;
  limit: number;
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}

/** One page (plus one row to tell whether more follow) in keyset order, each row with its sort key. */
export async function listProducts(tx: Tx, f: ProductFilter): Promise<(ProductRow & { sort_key: string })[]> {
  const key = SORT_KEYS[f.sort];
  const conditions: RawBuilder<unknown>[] = [sql`true`];
  if (f.q) {
    const pattern = likePattern(f.q);
    conditions.push(sql`(p.name ilike ${pattern} or p.sku ilike ${pattern} or p.barcode ilike ${pattern} or p.hsn_sac like ${`${f.q.replace(/[\\%_]/g, '\\$&')}%`})`);
  }
  if (f.type) conditions.push(sql`p.type = ${f.type}`);
  if (f.status) conditions.push(sql`p.status = ${f.status}`);
  if (f.tag) conditions.push(sql`p.tags @> array[${f.tag}]::text[]`);
  if (f.categoryIds) conditions.push(f.categoryIds.length === 0 ? sql`false` : sql`p.category_id = any(${f.categoryIds}::uuid[])`);
  if (f.after) {
    conditions.push(f.descending ? sql`(${key}, p.id) < (${f.after.k}::text, ${f.after.id}::uuid)` : sql`(${key}, p.id) > (${f.after.k}::text, ${f.after.id}::uuid)`);
  }
  const direction = f.descending ? sql`desc` : sql`asc`;
  const { rows } = await sql<ProductRow & { sort_key: string }>`
    select p.*, ${key} as sort_key from catalog.products p
    where ${sql.join(conditions, sql` and `)}
    order by ${key} ${direction}, p.id ${direction}
    limit ${f.limit + 1}`.execute(tx);
  return rows;
}

// ---------- alternate units ----------

export function productUnits(tx: Tx, productId: string): Promise<ProductUnitRow[]> {
  return tx.selectFrom('catalog.product_units').select(['unit', 'factor']).where('product_id', '=', productId).orderBy('unit').$castTo<ProductUnitRow>().execute();
}

export async function unitsOfProducts(tx: Tx, productIds: readonly string[]): Promise<Map<string, ProductUnitRow[]>> {
  const out = new Map<string, ProductUnitRow[]>();
  if (productIds.length === 0) return out;
  const rows = await tx
    .selectFrom('catalog.product_units')
    .select(['product_id', 'unit', 'factor'])
    .where('product_id', 'in', [...new Set(productIds)])
    .orderBy('unit')
    .$castTo<ProductUnitRow & { product_id: string }>()
    .execute();
  for (const r of rows) out.set(r.product_id, [...(out.get(r.product_id) ?? []), { unit: r.unit, factor: r.factor }]);
  return out;
}

export async function replaceProductUnits(tx: Tx, tenantId: string, productId: string, units: readonly ProductUnitRow[]): Promise<void> {
  await tx.deleteFrom('catalog.product_units').where('product_id', '=', productId).execute();
  if (units.length === 0) return;
  await tx
    .insertInto('catalog.product_units')
    .values(units.map((u) => ({ tenant_id: tenantId, product_id: productId, unit: u.unit, factor: u.factor })))
    .execute();
}

/** Alternate units of a product that price-list items still price in. */
export async function unitsInPriceLists(tx: Tx, productId: string): Promise<string[]> {
  const rows = await tx.selectFrom('catalog.price_list_items').select('unit').distinct().where('product_id', '=', productId).$castTo<{ unit: string }>().execute();
  return rows.map((r) => r.unit);
}

// ---------- suppliers ----------

const SUPPLIER_COLUMNS = sql`tenant_id, id, product_id, vendor_id, supplier_sku, lead_time_days, last_cost, last_cost_currency,
  last_cost_date::text as last_cost_date, preferred, version, created_at, updated_at`;

export async function suppliersOf(tx: Tx, productId: string): Promise<SupplierRow[]> {
  const { rows } = await sql<SupplierRow>`
    select ${SUPPLIER_COLUMNS} from catalog.product_suppliers where product_id = ${productId} order by preferred desc, created_at, id`.execute(tx);
  return rows;
}

export async function findSupplier(tx: Tx, productId: string, id: string): Promise<SupplierRow | undefined> {
  const { rows } = await sql<SupplierRow>`
    select ${SUPPLIER_COLUMNS} from catalog.product_suppliers where product_id = ${productId} and id = ${id}`.execute(tx);
  return rows[0];
}

export async function clearPreferred(tx: Tx, productId: string, exceptId: string): Promise<void> {
  await sql`update catalog.product_suppliers set preferred = false, version = version + 1, updated_at = now()
    where product_id = ${productId} and preferred and id <> ${exceptId}`.execute(tx);
}

export async function insertSupplier(tx: Tx, row: SupplierValues & { tenant_id: string; id: string; product_id: string }): Promise<SupplierRow> {
  await tx.insertInto('catalog.product_suppliers').values(row).execute();
  return (await findSupplier(tx, row.product_id, row.id))!;
}

export async function updateSupplier(tx: Tx, productId: string, id: string, expected: number, changes: Partial<SupplierValues>): Promise<SupplierRow | undefined> {
  const updated = await tx
    .updateTable('catalog.product_suppliers')
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
    .where('product_id', '=', productId)
    .where('id', '=', id)
    .where('version', '=', expected)
    .returning('id')
    .executeTakeFirst();
  return updated ? findSupplier(tx, productId, id) : undefined;
}

export async function deleteSupplier(tx: Tx, productId: string, id: string): Promise<void> {
  await tx.deleteFrom('catalog.product_suppliers').where('product_id', '=', productId).where('id', '=', id).execute();
}

// ---------- price lists ----------

const PRICE_LIST_COLUMNS = sql`tenant_id, id, name, currency, customer_group, valid_from::text as valid_from, valid_to::text as valid_to,
  tax_inclusive, status, version, created_at, updated_at`;

export async function listPriceLists(tx: Tx, f: { status?: Status | undefined; currency?: string | undefined; after?: { k: string; id: string } | undefined; limit: number }): Promise<PriceListRow[]> {
  const conditions: RawBuilder<unknown>[] = [sql`true`];
  if (f.status) conditions.push(sql`status = ${f.status}`);
  if (f.currency) conditions.push(sql`currency = ${f.currency}`);
  if (f.after) conditions.push(sql`(lower(name), id) > (${f.after.k}::text, ${f.after.id}::uuid)`);
  const { rows } = await sql<PriceListRow>`
    select ${PRICE_LIST_COLUMNS} from catalog.price_lists where ${sql.join(conditions, sql` and `)}
    order by lower(name), id limit ${f.limit + 1}`.execute(tx);
  return rows;
}

export async function findPriceList(tx: Tx, id: string, lock = false): Promise<PriceListRow | undefined> {
  const { rows } = await sql<PriceListRow>`select ${PRICE_LIST_COLUMNS} from catalog.price_lists where id = ${id} ${lock ? sql`for update` : sql``}`.execute(tx);
  return rows[0];
}

export async function insertPriceList(tx: Tx, row: PriceListValues & { tenant_id: string; id: string }): Promise<PriceListRow> {
  await tx.insertInto('catalog.price_lists').values(row).execute();
  return (await findPriceList(tx, row.id))!;
}

export async function updatePriceList(tx: Tx, id: string, expected: number, changes: Partial<PriceListValues & { status: Status }>): Promise<PriceListRow | undefined> {
  const updated = await tx
    .updateTable('catalog.price_lists')
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', expected)
    .returning('id')
    .executeTakeFirst();
  return updated ? findPriceList(tx, id) : undefined;
}

export function priceItems(tx: Tx, priceListId: string): Promise<PriceItemRow[]> {
  return tx
    .selectFrom('catalog.price_list_items')
    .select(['price_list_id', 'product_id', 'unit', 'min_quantity', 'price'])
    .where('price_list_id', '=', priceListId)
    .orderBy('product_id')
    .orderBy('unit')
    .orderBy('min_quantity')
    .$castTo<PriceItemRow>()
    .execute();
}

export async function replacePriceItems(tx: Tx, tenantId: string, priceListId: string, items: readonly Omit<PriceItemRow, 'price_list_id'>[]): Promise<void> {
  await tx.deleteFrom('catalog.price_list_items').where('price_list_id', '=', priceListId).execute();
  if (items.length === 0) return;
  await tx
    .insertInto('catalog.price_list_items')
    .values(items.map((i) => ({ tenant_id: tenantId, price_list_id: priceListId, ...i })))
    .execute();
}

/** Active lists in a currency with their items for one product (filtering by group and date is the domain's). */
export async function priceListsForProduct(tx: Tx, productId: string, currency: string): Promise<(PriceListRow & { items: PriceItemRow[] })[]> {
  const { rows } = await sql<PriceListRow>`
    select ${PRICE_LIST_COLUMNS} from catalog.price_lists l
    where l.status = 'active' and l.currency = ${currency}
      and exists (select 1 from catalog.price_list_items i where i.price_list_id = l.id and i.product_id = ${productId})`.execute(tx);
  if (rows.length === 0) return [];
  const items = await tx
    .selectFrom('catalog.price_list_items')
    .select(['price_list_id', 'product_id', 'unit', 'min_quantity', 'price'])
    .where('product_id', '=', productId)
    .where('price_list_id', 'in', rows.map((r) => r.id))
    .$castTo<PriceItemRow>()
    .execute();
  return rows.map((r) => ({ ...r, items: items.filter((i) => i.price_list_id === r.id) }));
}
