import { Decimal } from 'decimal.js';
import { newId, now, type AppError, type FieldIssue, type Invocation } from '../../kernel/index.js';
import { currencyExponent } from '../../kernel/money.js';
import { auditFromInvocation, recordAudit } from '../../platform/audit/index.js';
import type { Database, Tx } from '../../platform/db/index.js';
import { appendEvent } from '../../platform/events/index.js';
import { staleVersion } from '../../platform/http/index.js';
import { buildTree, descendantIds, pathOf, wouldCycle, type CategoryTree } from './domain/categories.js';
import { barcodeProblem, hsnSacProblem } from './domain/codes.js';
import * as errors from './domain/errors.js';
import { choosePrice, formatUnitPrice, lineAmount } from './domain/pricing.js';
import { factorsOf } from './domain/units.js';
import * as repo from './repo.js';
import type { CategoryTreeNode } from './schemas.js';
import { categoryView, priceItemView, priceListView, productView, supplierView, unitView } from './views.js';

/** The tenant's base currency (owned by identity). */
export type BaseCurrencyOf = (tenantId: string) => Promise<string>;

export interface ProductInput {
  type: repo.ProductType;
  sku: string;
  barcode?: string | null | undefined;
  name: string;
  description?: string | null | undefined;
  hsnSac?: string | null | undefined;
  baseUnit: string;
  gstRate?: string | null | undefined;
  cessRate?: string | null | undefined;
  taxCategory?: string | null | undefined;
  salePrice?: string | null | undefined;
  purchasePrice?: string | null | undefined;
  currency?: string | undefined;
  trackInventory?: boolean | undefined;
  categoryId?: string | null | undefined;
  tags?: string[] | undefined;
}

export type ProductChanges = Partial<Omit<ProductInput, 'type'>> & { status?: repo.Status | undefined };

export interface PriceForInput {
  productId: string;
  /** Decimal string; default 1. */
  quantity?: string | undefined;
  /** Default: the product's base unit. */
  unit?: string | undefined;
  /** Default: the product's currency. */
  currency?: string | undefined;
  customerGroup?: string | null | undefined;
  /** ISO date; default today. */
  date?: string | undefined;
}

export interface PriceQuote {
  productId: string;
  quantity: string;
  unit: string;
  currency: string;
  /** Price of one unit, at least the currency's decimals and at most 6 (half-up). */
  unitPrice: string;
  /** quantity × unit price, rounded half-up to the currency's minor unit. */
  amount: string;
  taxInclusive: boolean;
  source: { kind: 'price_list' | 'product'; priceListId?: string; priceListName?: string; unit?: string; minQuantity?: string; price?: string };
}

const UNIQUE_ERRORS: Record<string, () => AppError> = {
  products_sku_key: () => errors.skuTaken(),
  products_barcode_key: () => errors.barcodeTaken(),
  units_tenant_id_code_key: errors.unitCodeTaken,
  categories_name_key: errors.categoryNameTaken,
  price_lists_name_key: errors.priceListNameTaken,
  product_suppliers_tenant_id_product_id_vendor_id_key: errors.supplierTaken,
  product_suppliers_preferred_key: errors.preferredConflict,
};

/** Turns a constraint the database enforced under a race into the error the service would have thrown. */
export function mapCatalogDbError(error: unknown): never {
  const pg = error as { code?: string; constraint?: string } | null;
  if (pg?.code === '23505' && pg.constraint && UNIQUE_ERRORS[pg.constraint]) throw UNIQUE_ERRORS[pg.constraint]!();
  if (pg?.code === '23503') throw errors.referenceGone();
  throw error;
}

const today = () => now().toISOString().slice(0, 10);

export class CatalogService {
  constructor(
    private readonly db: Database,
    private readonly baseCurrencyOf: BaseCurrencyOf,
    /** Is this an existing, unarchived vendor of the tenant? (asked of the parties module) */
    private readonly isVendor: (tenantId: string, vendorId: string) => Promise<boolean> = async () => true,
  ) {}

  run<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.withTenant(tenantId, fn).catch(mapCatalogDbError);
  }

  // ---------------- units ----------------

  async listUnits(tenantId: string) {
    return this.run(tenantId, async (tx) => {
      await repo.ensureDefaultUnits(tx, tenantId);
      return (await repo.listUnits(tx)).map(unitView);
    });
  }

  async getUnit(tenantId: string, id: string) {
    const unit = await this.run(tenantId, (tx) => repo.findUnit(tx, id));
    if (!unit) throw errors.unitNotFound();
    return unitView(unit);
  }

  async createUnit(inv: Invocation, input: { code: string; name: string }) {
    return this.run(inv.tenantId, async (tx) => {
      await repo.ensureDefaultUnits(tx, inv.tenantId);
      if ((await repo.unitCodes(tx, [input.code])).size > 0) throw errors.unitCodeTaken();
      const view = unitView(await repo.insertUnit(tx, { tenant_id: inv.tenantId, id: newId(), code: input.code, name: input.name }));
      await recordAudit(tx, auditFromInvocation(inv, 'unit.created', 'unit', view.id, null, view));
      return view;
    });
  }

  async updateUnit(inv: Invocation, id: string, expected: number, changes: { name?: string | undefined; status?: repo.Status | undefined }) {
    return this.run(inv.tenantId, async (tx) => {
      const before = await repo.findUnit(tx, id);
      if (!before) throw errors.unitNotFound();
      if (before.version !== expected) throw staleVersion(before.version);
      const after = await repo.updateUnit(tx, id, expected, defined({ name: changes.name, status: changes.status }));
      if (!after) throw staleVersion(before.version + 1);
      await recordAudit(tx, auditFromInvocation(inv, 'unit.updated', 'unit', id, unitView(before), unitView(after)));
      return unitView(after);
    });
  }

  // ---------------- categories ----------------

  async listCategories(tenantId: string) {
    const all = await this.run(tenantId, (tx) => repo.allCategories(tx));
    const nodes = all.map(nodeOf);
    return all.map((c) => categoryView(c, pathOf(nodes, c.id)));
  }

  async categoryTree(tenantId: string) {
    const all = await this.run(tenantId, (tx) => repo.allCategories(tx));
    const shape = (t: CategoryTree<ReturnType<typeof nodeOf>>): CategoryTreeNode => ({
      id: t.category.id,
      name: t.category.name,
      path: t.path,
      children: t.children.map(shape),
    });
    return buildTree(all.map(nodeOf)).map(shape);
  }

  async getCategory(tenantId: string, id: string) {
    return this.run(tenantId, async (tx) => {
      const all = await repo.allCategories(tx);
      const category = all.find((c) => c.id === id);
      if (!category) throw errors.categoryNotFound();
      return categoryView(category, pathOf(all.map(nodeOf), id));
    });
  }

  async createCategory(inv: Invocation, input: { name: string; parentId?: string | null | undefined }) {
    return this.run(inv.tenantId, async (tx) => {
      const parentId = input.parentId ?? null;
      if (parentId && !(await repo.findCategory(tx, parentId))) throw errors.invalidCategory([{ path: 'body.parentId', message: 'no such category' }]);
      const row = await repo.insertCategory(tx, { tenant_id: inv.tenantId, id: newId(), name: input.name, parent_id: parentId });
      const view = categoryView(row, pathOf((await repo.allCategories(tx)).map(nodeOf), row.id));
      await recordAudit(tx, auditFromInvocation(inv, 'category.created', 'category', row.id, null, view));
      return view;
    });
  }

  /** Renames and moves; a move under the category itself or a descendant is a 422. */
  async updateCategory(inv: Invocation, id: string, expected: number, changes: { name?: string | undefined; parentId?: string | null | undefined }) {
    return this.run(inv.tenantId, async (tx) => {
      await repo.lockCategoryTree(tx, inv.tenantId);
      const all = await repo.allCategories(tx);
      const before = all.find((c) => c.id === id);
      if (!before) throw errors.categoryNotFound();
      if (before.version !== expected) throw staleVersion(before.version);
      if (changes.parentId !== undefined && changes.parentId !== null) {
        if (!all.some((c) => c.id === changes.parentId)) throw errors.invalidCategory([{ path: 'body.parentId', message: 'no such category' }]);
        if (wouldCycle(all.map(nodeOf), id, changes.parentId)) throw errors.categoryCycle();
      }
      const after = await repo.updateCategory(tx, id, expected, defined({ name: changes.name, parent_id: changes.parentId }));
      if (!after) throw staleVersion(before.version + 1);
      const nodes = (await repo.allCategories(tx)).map(nodeOf);
      const view = categoryView(after, pathOf(nodes, id));
      await recordAudit(tx, auditFromInvocation(inv, 'category.updated', 'category', id, categoryView(before, pathOf(all.map(nodeOf), id)), view));
      return view;
    });
  }

  /** Only an empty category (no subcategories, no products) may be deleted. */
  async deleteCategory(inv: Invocation, id: string): Promise<void> {
    await this.run(inv.tenantId, async (tx) => {
      await repo.lockCategoryTree(tx, inv.tenantId);
      const before = await repo.findCategory(tx, id, true);
      if (!before) throw errors.categoryNotFound();
      if (await repo.categoryInUse(tx, id)) throw errors.categoryInUse();
      await repo.deleteCategory(tx, id);
      await recordAudit(tx, auditFromInvocation(inv, 'category.deleted', 'category', id, categoryView(before, before.name), null));
    });
  }

  // ---------------- products ----------------

  async listProducts(tenantId: string, filter: Omit<repo.ProductFilter, 'categoryIds'> & { categoryId?: string | undefined }) {
    return this.run(tenantId, async (tx) => {
      const { categoryId, ...rest } = filter;
      const categoryIds = categoryId ? descendantIds((await repo.allCategories(tx)).map(nodeOf), categoryId) : undefined;
      return repo.listProducts(tx, { ...rest, categoryIds });
    });
  }

  async getProduct(tenantId: string, id: string): Promise<repo.ProductRow> {
    const product = await this.run(tenantId, (tx) => repo.findProduct(tx, id));
    if (!product) throw errors.productNotFound();
    return product;
  }

  async createProduct(inv: Invocation, input: ProductInput): Promise<repo.ProductRow> {
    const currency = input.currency ?? (await this.baseCurrencyOf(inv.tenantId));
    return this.run(inv.tenantId, async (tx) => {
      await repo.ensureDefaultUnits(tx, inv.tenantId);
      const values: repo.ProductValues = {
        type: input.type,
        sku: input.sku,
        barcode: input.barcode ?? null,
        name: input.name,
        description: input.description ?? null,
        hsn_sac: input.hsnSac ?? null,
        base_unit: input.baseUnit,
        gst_rate: input.gstRate ?? null,
        cess_rate: input.cessRate ?? null,
        tax_category: input.taxCategory ?? null,
        sale_price: input.salePrice ?? null,
        purchase_price: input.purchasePrice ?? null,
        currency,
        track_inventory: input.trackInventory ?? input.type === 'goods',
        category_id: input.categoryId ?? null,
        tags: input.tags ?? [],
      };
      await this.checkProduct(tx, values, null);
      const row = await repo.insertProduct(tx, { ...values, tenant_id: inv.tenantId, id: newId() });
      const view = productView(row);
      await recordAudit(tx, auditFromInvocation(inv, 'product.created', 'product', row.id, null, view));
      await appendEvent(tx, { type: 'product.created', tenantId: inv.tenantId, actor: inv.actor, data: view });
      return row;
    });
  }

  async updateProduct(inv: Invocation, id: string, expected: number, changes: ProductChanges): Promise<repo.ProductRow> {
    return this.run(inv.tenantId, async (tx) => {
      const before = await repo.findProduct(tx, id, true);
      if (!before) throw errors.productNotFound();
      if (before.version !== expected) throw staleVersion(before.version);
      const patch: Partial<repo.ProductValues & { status: repo.Status }> = defined({
        sku: changes.sku,
        barcode: changes.barcode,
        name: changes.name,
        description: changes.description,
        hsn_sac: changes.hsnSac,
        base_unit: changes.baseUnit,
        gst_rate: changes.gstRate,
        cess_rate: changes.cessRate,
        tax_category: changes.taxCategory,
        sale_price: changes.salePrice,
        purchase_price: changes.purchasePrice,
        currency: changes.currency,
        track_inventory: changes.trackInventory,
        category_id: changes.categoryId,
        tags: changes.tags,
        status: changes.status,
      });
      const { status: _status, ...valuesPatch } = patch;
      const { tenant_id: _t, id: _i, status: _s, version: _v, created_at: _c, updated_at: _u, ...current } = before;
      await this.checkProduct(tx, { ...current, ...valuesPatch }, before);
      const after = await repo.updateProduct(tx, id, expected, patch);
      if (!after) throw staleVersion(before.version + 1);
      const archived = before.status === 'active' && after.status === 'archived';
      await recordAudit(tx, auditFromInvocation(inv, archived ? 'product.archived' : 'product.updated', 'product', id, productView(before), productView(after)));
      await appendEvent(tx, { type: archived ? 'product.archived' : 'product.updated', tenantId: inv.tenantId, actor: inv.actor, data: productView(after) });
      return after;
    });
  }

  /** Products are archived, never deleted: documents and stock moves keep pointing at them. */
  async archiveProduct(inv: Invocation, id: string): Promise<repo.ProductRow> {
    return this.run(inv.tenantId, async (tx) => {
      const before = await repo.findProduct(tx, id, true);
      if (!before) throw errors.productNotFound();
      if (before.status === 'archived') return before;
      const after = await repo.updateProduct(tx, id, before.version, { status: 'archived' });
      if (!after) throw staleVersion(before.version + 1);
      await recordAudit(tx, auditFromInvocation(inv, 'product.archived', 'product', id, productView(before), productView(after)));
      await appendEvent(tx, { type: 'product.archived', tenantId: inv.tenantId, actor: inv.actor, data: productView(after) });
      return after;
    });
  }

  /** Field checks the schema cannot make: codes, the unit and category exist, uniqueness (the database is the last word). */
  private async checkProduct(tx: Tx, p: repo.ProductValues, before: repo.ProductRow | null): Promise<void> {
    const issues: FieldIssue[] = [];
    if (p.barcode !== null) {
      const problem = barcodeProblem(p.barcode);
      if (problem) issues.push({ path: 'body.barcode', message: problem });
    }
    if (p.hsn_sac !== null) {
      const problem = hsnSacProblem(p.hsn_sac, p.type);
      if (problem) issues.push({ path: 'body.hsnSac', message: problem });
    }
    if (p.type === 'service' && p.track_inventory) issues.push({ path: 'body.trackInventory', message: 'services carry no stock' });
    if (!before || before.base_unit !== p.base_unit) {
      const status = (await repo.unitCodes(tx, [p.base_unit])).get(p.base_unit);
      if (status !== 'active') issues.push({ path: 'body.baseUnit', message: status ? 'the unit is archived' : 'no such unit' });
      else if (before && (await repo.productUnits(tx, before.id)).length > 0) {
        issues.push({ path: 'body.baseUnit', message: 'remove the alternate units (their factors are in the old base unit) before changing it' });
      }
    }
    if (p.category_id !== null && (!before || before.category_id !== p.category_id) && !(await repo.findCategory(tx, p.category_id))) {
      issues.push({ path: 'body.categoryId', message: 'no such category' });
    }
    if (issues.length > 0) throw errors.invalidProduct(issues);
    if (!before || before.sku.toLowerCase() !== p.sku.toLowerCase()) {
      const other = await repo.findProductBySku(tx, p.sku);
      if (other && other.id !== before?.id) throw errors.skuTaken(p.sku);
    }
    if (p.barcode !== null && before?.barcode !== p.barcode) {
      const other = await repo.findProductByBarcode(tx, p.barcode);
      if (other && other.id !== before?.id) throw errors.barcodeTaken(p.barcode);
    }
  }

  // ---------------- alternate units ----------------

  async productUnits(tenantId: string, productId: string) {
    return this.run(tenantId, async (tx) => {
      const product = await repo.findProduct(tx, productId);
      if (!product) throw errors.productNotFound();
      return { baseUnit: product.base_unit, units: await repo.productUnits(tx, productId) };
    });
  }

  /** Replaces a product's alternate units; a unit still priced in a price list must stay. */
  async replaceProductUnits(inv: Invocation, productId: string, units: readonly repo.ProductUnitRow[]) {
    return this.run(inv.tenantId, async (tx) => {
      const product = await repo.findProduct(tx, productId, true);
      if (!product) throw errors.productNotFound();
      const before = await repo.productUnits(tx, productId);
      const issues: FieldIssue[] = [];
      const known = await repo.unitCodes(tx, units.map((u) => u.unit));
      const seen = new Set<string>();
      units.forEach((u, i) => {
        if (u.unit === product.base_unit) issues.push({ path: `body.units[${i}].unit`, message: 'the base unit is always 1; list only alternate units' });
        else if (seen.has(u.unit)) issues.push({ path: `body.units[${i}].unit`, message: 'listed twice' });
        else if (known.get(u.unit) !== 'active') issues.push({ path: `body.units[${i}].unit`, message: known.has(u.unit) ? 'the unit is archived' : 'no such unit' });
        seen.add(u.unit);
      });
      const priced = (await repo.unitsInPriceLists(tx, productId)).filter((u) => u !== product.base_unit && !seen.has(u));
      for (const u of priced) issues.push({ path: 'body.units', message: `${u} is used by a price list; keep it or change the price list first` });
      if (issues.length > 0) throw errors.invalidUnits(issues);
      const normalized = units.map((u) => ({ unit: u.unit, factor: new Decimal(u.factor).toFixed() }));
      await repo.replaceProductUnits(tx, inv.tenantId, productId, normalized);
      const after = { baseUnit: product.base_unit, units: await repo.productUnits(tx, productId) };
      await recordAudit(tx, auditFromInvocation(inv, 'product.units_replaced', 'product', productId, { baseUnit: product.base_unit, units: before }, after));
      return after;
    });
  }

  // ---------------- suppliers ----------------

  async listSuppliers(tenantId: string, productId: string) {
    return this.run(tenantId, async (tx) => {
      if (!(await repo.findProduct(tx, productId))) throw errors.productNotFound();
      return (await repo.suppliersOf(tx, productId)).map(supplierView);
    });
  }

  async getSupplier(tenantId: string, productId: string, id: string) {
    const row = await this.run(tenantId, (tx) => repo.findSupplier(tx, productId, id));
    if (!row) throw errors.supplierNotFound();
    return supplierView(row);
  }

  async addSupplier(inv: Invocation, productId: string, input: SupplierInput & { vendorId: string }) {
    if (!(await this.isVendor(inv.tenantId, input.vendorId))) throw errors.vendorNotFound();
    return this.run(inv.tenantId, async (tx) => {
      if (!(await repo.findProduct(tx, productId, true))) throw errors.productNotFound();
      if ((await repo.suppliersOf(tx, productId)).some((s) => s.vendor_id === input.vendorId)) throw errors.supplierTaken();
      const id = newId();
      if (input.preferred) await repo.clearPreferred(tx, productId, id);
      const row = await repo.insertSupplier(tx, {
        tenant_id: inv.tenantId,
        id,
        product_id: productId,
        vendor_id: input.vendorId,
        ...supplierValues(input),
        preferred: input.preferred ?? false,
      } as repo.SupplierValues & { tenant_id: string; id: string; product_id: string });
      await recordAudit(tx, auditFromInvocation(inv, 'product.supplier_added', 'product_supplier', id, null, supplierView(row)));
      return supplierView(row);
    });
  }

  async updateSupplier(inv: Invocation, productId: string, id: string, expected: number, input: SupplierInput) {
    return this.run(inv.tenantId, async (tx) => {
      if (!(await repo.findProduct(tx, productId, true))) throw errors.productNotFound();
      const before = await repo.findSupplier(tx, productId, id);
      if (!before) throw errors.supplierNotFound();
      if (before.version !== expected) throw staleVersion(before.version);
      if (input.preferred) await repo.clearPreferred(tx, productId, id);
      const after = await repo.updateSupplier(tx, productId, id, expected, { ...supplierValues(input), ...(input.preferred !== undefined && { preferred: input.preferred }) });
      if (!after) throw staleVersion(before.version + 1);
      await recordAudit(tx, auditFromInvocation(inv, 'product.supplier_updated', 'product_supplier', id, supplierView(before), supplierView(after)));
      return supplierView(after);
    });
  }

  async removeSupplier(inv: Invocation, productId: string, id: string): Promise<void> {
    await this.run(inv.tenantId, async (tx) => {
      if (!(await repo.findProduct(tx, productId, true))) throw errors.productNotFound();
      const before = await repo.findSupplier(tx, productId, id);
      if (!before) throw errors.supplierNotFound();
      await repo.deleteSupplier(tx, productId, id);
      await recordAudit(tx, auditFromInvocation(inv, 'product.supplier_removed', 'product_supplier', id, supplierView(before), null));
    });
  }

  // ---------------- price lists ----------------

  async listPriceLists(tenantId: string, filter: Parameters<typeof repo.listPriceLists>[1]) {
    return this.run(tenantId, (tx) => repo.listPriceLists(tx, filter));
  }

  async getPriceList(tenantId: string, id: string): Promise<repo.PriceListRow> {
    const row = await this.run(tenantId, (tx) => repo.findPriceList(tx, id));
    if (!row) throw errors.priceListNotFound();
    return row;
  }

  async createPriceList(inv: Invocation, input: PriceListInput & { name: string }): Promise<repo.PriceListRow> {
    const currency = input.currency ?? (await this.baseCurrencyOf(inv.tenantId));
    return this.run(inv.tenantId, async (tx) => {
      const values: repo.PriceListValues = {
        name: input.name,
        currency,
        customer_group: input.customerGroup ?? null,
        valid_from: input.validFrom ?? null,
        valid_to: input.validTo ?? null,
        tax_inclusive: input.taxInclusive ?? false,
      };
      checkWindow(values);
      const row = await repo.insertPriceList(tx, { ...values, tenant_id: inv.tenantId, id: newId() });
      await recordAudit(tx, auditFromInvocation(inv, 'price_list.created', 'price_list', row.id, null, priceListView(row)));
      await appendEvent(tx, { type: 'price_list.created', tenantId: inv.tenantId, actor: inv.actor, data: priceListView(row) });
      return row;
    });
  }

  async updatePriceList(inv: Invocation, id: string, expected: number, input: PriceListInput & { name?: string | undefined; status?: repo.Status | undefined }) {
    return this.run(inv.tenantId, async (tx) => {
      const before = await repo.findPriceList(tx, id, true);
      if (!before) throw errors.priceListNotFound();
      if (before.version !== expected) throw staleVersion(before.version);
      const patch = defined({
        name: input.name,
        customer_group: input.customerGroup,
        valid_from: input.validFrom,
        valid_to: input.validTo,
        tax_inclusive: input.taxInclusive,
        status: input.status,
      });
      checkWindow({ ...before, ...patch });
      const after = await repo.updatePriceList(tx, id, expected, patch);
      if (!after) throw staleVersion(before.version + 1);
      await recordAudit(tx, auditFromInvocation(inv, 'price_list.updated', 'price_list', id, priceListView(before), priceListView(after)));
      await appendEvent(tx, { type: 'price_list.updated', tenantId: inv.tenantId, actor: inv.actor, data: priceListView(after) });
      return after;
    });
  }

  async archivePriceList(inv: Invocation, id: string) {
    const current = await this.getPriceList(inv.tenantId, id);
    if (current.status === 'archived') return current;
    return this.updatePriceList(inv, id, current.version, { status: 'archived' });
  }

  async priceItems(tenantId: string, id: string) {
    return this.run(tenantId, async (tx) => {
      if (!(await repo.findPriceList(tx, id))) throw errors.priceListNotFound();
      return (await repo.priceItems(tx, id)).map(priceItemView);
    });
  }

  /** Replaces the list's items: each product exists, each unit is its base unit or one of its alternates. */
  async replacePriceItems(inv: Invocation, id: string, items: readonly { productId: string; unit?: string | undefined; minQuantity?: string | undefined; price: string }[]) {
    return this.run(inv.tenantId, async (tx) => {
      const list = await repo.findPriceList(tx, id, true);
      if (!list) throw errors.priceListNotFound();
      const productIds = [...new Set(items.map((i) => i.productId))];
      const products = new Map<string, repo.ProductRow>();
      for (const pid of productIds) {
        const p = await repo.findProduct(tx, pid);
        if (p) products.set(pid, p);
      }
      const alternates = await repo.unitsOfProducts(tx, productIds);
      const issues: FieldIssue[] = [];
      const seen = new Set<string>();
      const rows = items.flatMap((item, i) => {
        const product = products.get(item.productId);
        if (!product) {
          issues.push({ path: `body.items[${i}].productId`, message: 'no such product' });
          return [];
        }
        const unit = item.unit ?? product.base_unit;
        if (unit !== product.base_unit && !(alternates.get(product.id) ?? []).some((u) => u.unit === unit)) {
          issues.push({ path: `body.items[${i}].unit`, message: `not a unit of ${product.sku}; add it to the product's units first` });
          return [];
        }
        const minQuantity = new Decimal(item.minQuantity ?? '0').toFixed();
        const key = `${product.id}|${unit}|${minQuantity}`;
        if (seen.has(key)) issues.push({ path: `body.items[${i}]`, message: 'the same product, unit and minimum quantity twice' });
        seen.add(key);
        return [{ product_id: product.id, unit, min_quantity: minQuantity, price: item.price }];
      });
      if (issues.length > 0) throw errors.invalidPriceList(issues);
      const before = (await repo.priceItems(tx, id)).map(priceItemView);
      await repo.replacePriceItems(tx, inv.tenantId, id, rows);
      const after = (await repo.priceItems(tx, id)).map(priceItemView);
      await recordAudit(tx, auditFromInvocation(inv, 'price_list.items_replaced', 'price_list', id, { items: before }, { items: after }));
      await appendEvent(tx, { type: 'price_list.updated', tenantId: inv.tenantId, actor: inv.actor, data: { ...priceListView(list), itemCount: after.length } });
      return after;
    });
  }

  // ---------------- price resolution ----------------

  /** The price of a quantity of a product for a customer group, currency and date, in the caller's transaction. */
  async priceFor(tx: Tx, tenantId: string, input: PriceForInput): Promise<PriceQuote> {
    const product = await repo.findProduct(tx, input.productId);
    if (!product || product.tenant_id !== tenantId) throw errors.productNotFound();
    const factors = factorsOf(product.base_unit, await repo.productUnits(tx, product.id));
    const unit = input.unit ?? product.base_unit;
    if (!factors.has(unit)) throw errors.invalidUnits([{ path: 'querystring.unit', message: `not a unit of ${product.sku}` }]);
    const currency = input.currency ?? product.currency;
    const quantity = new Decimal(input.quantity ?? '1');
    const lists = (await repo.priceListsForProduct(tx, product.id, currency)).map((l) => ({
      id: l.id,
      name: l.name,
      currency: l.currency,
      customerGroup: l.customer_group,
      validFrom: l.valid_from,
      validTo: l.valid_to,
      taxInclusive: l.tax_inclusive,
      status: l.status,
      items: l.items.map((i) => ({ unit: i.unit, minQuantity: i.min_quantity, price: i.price })),
    }));
    const choice = choosePrice(
      { factors, baseUnit: product.base_unit, salePrice: product.sale_price, currency: product.currency },
      lists,
      { quantity, unit, currency, customerGroup: input.customerGroup ?? null, date: input.date ?? today() },
    );
    if (!choice) throw errors.noPrice(currency);
    const exponent = currencyExponent(currency);
    return {
      productId: product.id,
      quantity: quantity.toFixed(),
      unit,
      currency,
      unitPrice: formatUnitPrice(choice.unitPrice, exponent),
      amount: lineAmount(choice.unitPrice, quantity, exponent),
      taxInclusive: choice.taxInclusive,
      source: choice.source,
    };
  }

  async quote(tenantId: string, input: PriceForInput): Promise<PriceQuote> {
    return this.run(tenantId, (tx) => this.priceFor(tx, tenantId, input));
  }
}

export interface SupplierInput {
  supplierSku?: string | null | undefined;
  leadTimeDays?: number | null | undefined;
  lastCost?: { amount: string; currency: string; date?: string | undefined } | null | undefined;
  preferred?: boolean | undefined;
}

export interface PriceListInput {
  currency?: string | undefined;
  customerGroup?: string | null | undefined;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
  taxInclusive?: boolean | undefined;
}

function supplierValues(input: SupplierInput): Partial<repo.SupplierValues> {
  return defined({
    supplier_sku: input.supplierSku,
    lead_time_days: input.leadTimeDays,
    ...(input.lastCost !== undefined && {
      last_cost: input.lastCost?.amount ?? null,
      last_cost_currency: input.lastCost?.currency ?? null,
      last_cost_date: input.lastCost ? (input.lastCost.date ?? today()) : null,
    }),
  });
}

function checkWindow(l: { valid_from: string | null; valid_to: string | null }): void {
  if (l.valid_from !== null && l.valid_to !== null && l.valid_from > l.valid_to) {
    throw errors.invalidPriceList([{ path: 'body.validTo', message: 'on or after validFrom' }]);
  }
}

function nodeOf(c: repo.CategoryRow) {
  return { id: c.id, name: c.name, parentId: c.parent_id };
}

/** The object without its undefined entries (absent fields stay unchanged; null clears). */
function defined<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
