import type { CategoryRow, PriceItemRow, PriceListRow, ProductRow, SupplierRow, UnitRow } from './repo.js';

export function unitView(u: UnitRow) {
  return { id: u.id, code: u.code, name: u.name, status: u.status, version: u.version };
}

export function categoryView(c: CategoryRow, path: string) {
  return { id: c.id, name: c.name, parentId: c.parent_id, path, version: c.version };
}

export function productView(p: ProductRow) {
  return {
    id: p.id,
    type: p.type,
    sku: p.sku,
    barcode: p.barcode,
    name: p.name,
    description: p.description,
    hsnSac: p.hsn_sac,
    baseUnit: p.base_unit,
    tax: { gstRate: p.gst_rate, cessRate: p.cess_rate, category: p.tax_category },
    salePrice: p.sale_price,
    purchasePrice: p.purchase_price,
    currency: p.currency,
    trackInventory: p.track_inventory,
    categoryId: p.category_id,
    tags: p.tags,
    status: p.status,
    version: p.version,
    createdAt: p.created_at.toISOString(),
    updatedAt: p.updated_at.toISOString(),
  };
}
export type ProductView = ReturnType<typeof productView>;

export function supplierView(s: SupplierRow) {
  return {
    id: s.id,
    productId: s.product_id,
    vendorId: s.vendor_id,
    supplierSku: s.supplier_sku,
    leadTimeDays: s.lead_time_days,
    lastCost: s.last_cost === null || s.last_cost_currency === null ? null : { amount: s.last_cost, currency: s.last_cost_currency, date: s.last_cost_date },
    preferred: s.preferred,
    version: s.version,
  };
}

export function priceListView(l: PriceListRow) {
  return {
    id: l.id,
    name: l.name,
    currency: l.currency,
    customerGroup: l.customer_group,
    validFrom: l.valid_from,
    validTo: l.valid_to,
    taxInclusive: l.tax_inclusive,
    status: l.status,
    version: l.version,
  };
}

export function priceItemView(i: PriceItemRow) {
  return { productId: i.product_id, unit: i.unit, minQuantity: i.min_quantity, price: i.price };
}
