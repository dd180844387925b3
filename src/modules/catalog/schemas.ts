import { z } from 'zod';
import { currency, isoDate, pageQuery } from '../../platform/http/index.js';
import { PRODUCT_SORTS } from './repo.js';

export { currency, isoDate };

/** A non-negative decimal string with up to 6 decimals: prices and costs. */
export const price = z.string().max(30).regex(/^(0|[1-9][0-9]{0,17})(\.[0-9]{1,6})?$/, 'a decimal string like "1234.50" (up to 6 decimals)');
/** A positive decimal quantity with up to 6 decimals. */
export const quantity = z
  .string()
  .max(30)
  .regex(/^(0|[1-9][0-9]{0,17})(\.[0-9]{1,6})?$/, 'a decimal string like "2.5"')
  .refine((v) => /[1-9]/.test(v), 'greater than zero');
/** A unit conversion factor: positive, up to 9 decimals (a 0.5 kg pack). */
export const factor = z
  .string()
  .max(30)
  .regex(/^(0|[1-9][0-9]{0,11})(\.[0-9]{1,9})?$/, 'a decimal string like "12" or "0.5"')
  .refine((v) => /[1-9]/.test(v), 'greater than zero');
const percent = z.string().max(10).regex(/^(100(\.0{1,3})?|[1-9]?[0-9](\.[0-9]{1,3})?)$/, 'a percentage from 0 to 100, up to 3 decimals');
const tag = z.string().min(1).max(40).regex(/^[\p{L}\p{N}_:./-]+$/u, 'letters, digits and _ : . / -');
export const unitCode = z.string().min(1).max(16).regex(/^[a-z][a-z0-9_.-]{0,15}$/, 'lower-case letters, digits, _ . -; up to 16');
const sku = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/, 'letters, digits, . _ / -; up to 64');
const customerGroup = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 _.-]{0,39}$/, 'letters, digits, space, _ . -; up to 40');
const name = z.string().trim().min(1).max(200);
const status = z.enum(['active', 'archived']);

export const idParams = z.object({ id: z.uuid() });
export const supplierParams = z.object({ id: z.uuid(), supplierId: z.uuid() });

// ---------- units ----------

export const createUnitBody = z.strictObject({ code: unitCode, name: z.string().trim().min(1).max(100) });
export const updateUnitBody = z
  .strictObject({ name: z.string().trim().min(1).max(100).optional(), status: status.optional() })
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });
export const unitResponse = z.object({ id: z.uuid(), code: z.string(), name: z.string(), status, version: z.number().int() });

// ---------- categories ----------

export const createCategoryBody = z.strictObject({ name, parentId: z.uuid().nullable().optional() });
export const updateCategoryBody = z
  .strictObject({ name: name.optional(), parentId: z.uuid().nullable().optional() })
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });
export const categoryResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  parentId: z.uuid().nullable(),
  path: z.string(),
  version: z.number().int(),
});
export type CategoryTreeNode = { id: string; name: string; path: string; children: CategoryTreeNode[] };
// Children are nodes of the same shape; declared loosely because the OpenAPI generator cannot follow a recursive schema.
const treeNode = z.object({
  id: z.uuid(),
  name: z.string(),
  path: z.string(),
  children: z.array(z.record(z.string(), z.unknown())).describe('child categories, each of this same shape'),
});
export const categoryTreeResponse = z.object({ items: z.array(treeNode) });

// ---------- products ----------

const productFields = {
  type: z.enum(['goods', 'service']),
  sku,
  barcode: z.string().max(64).nullable().optional(),
  name,
  description: z.string().max(4000).nullable().optional(),
  hsnSac: z.string().max(8).nullable().optional(),
  baseUnit: unitCode,
  gstRate: percent.nullable().optional(),
  cessRate: percent.nullable().optional(),
  taxCategory: z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,39}$/, 'lower-case key, e.g. gst_18').nullable().optional(),
  salePrice: price.nullable().optional(),
  purchasePrice: price.nullable().optional(),
  currency: currency.optional(),
  trackInventory: z.boolean().optional(),
  categoryId: z.uuid().nullable().optional(),
  tags: z.array(tag).max(20).optional(),
};

export const createProductBody = z.strictObject(productFields);
export const updateProductBody = z
  .strictObject({
    sku: productFields.sku.optional(),
    barcode: productFields.barcode,
    name: name.optional(),
    description: productFields.description,
    hsnSac: productFields.hsnSac,
    baseUnit: unitCode.optional(),
    gstRate: productFields.gstRate,
    cessRate: productFields.cessRate,
    taxCategory: productFields.taxCategory,
    salePrice: productFields.salePrice,
    purchasePrice: productFields.purchasePrice,
    currency: currency.optional(),
    trackInventory: z.boolean().optional(),
    categoryId: productFields.categoryId,
    tags: productFields.tags,
    status: status.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });

export const productResponse = z.object({
  id: z.uuid(),
  type: z.enum(['goods', 'service']),
  sku: z.string(),
  barcode: z.string().nullable(),
  name: z.string(),
  description: z.string().nullable(),
  hsnSac: z.string().nullable(),
  baseUnit: z.string(),
  tax: z.object({ gstRate: z.string().nullable(), cessRate: z.string().nullable(), category: z.string().nullable() }),
  salePrice: z.string().nullable(),
  purchasePrice: z.string().nullable(),
  currency: z.string(),
  trackInventory: z.boolean(),
  categoryId: z.uuid().nullable(),
  tags: z.array(z.string()),
  status,
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const listProductsQuery = pageQuery.extend({
  q: z.string().max(100).optional(),
  type: z.enum(['goods', 'service']).optional(),
  status: status.optional(),
  tag: tag.optional(),
  categoryId: z.uuid().optional(),
  sort: z.enum([...PRODUCT_SORTS, ...PRODUCT_SORTS.map((s) => `-${s}` as const)]).default('name'),
});

export const productUnitsBody = z.strictObject({
  units: z.array(z.strictObject({ unit: unitCode, factor })).max(50),
});
export const productUnitsResponse = z.object({
  baseUnit: z.string(),
  units: z.array(z.object({ unit: z.string(), factor: z.string() })),
});

export const priceQuery = z.object({
  quantity: quantity.default('1'),
  unit: unitCode.optional(),
  currency: currency.optional(),
  customerGroup: customerGroup.optional(),
  date: isoDate.optional(),
});
export const priceResponse = z.object({
  productId: z.uuid(),
  quantity: z.string(),
  unit: z.string(),
  currency: z.string(),
  unitPrice: z.string(),
  amount: z.string(),
  taxInclusive: z.boolean(),
  source: z.object({
    kind: z.enum(['price_list', 'product']),
    priceListId: z.uuid().optional(),
    priceListName: z.string().optional(),
    unit: z.string().optional(),
    minQuantity: z.string().optional(),
    price: z.string().optional(),
  }),
});

// ---------- suppliers ----------

const supplierFields = {
  vendorId: z.uuid(),
  supplierSku: z.string().trim().min(1).max(64).nullable().optional(),
  leadTimeDays: z.number().int().min(0).max(3650).nullable().optional(),
  lastCost: z
    .strictObject({ amount: price, currency, date: isoDate.optional() })
    .nullable()
    .optional(),
  preferred: z.boolean().optional(),
};
export const createSupplierBody = z.strictObject(supplierFields);
export const updateSupplierBody = z
  .strictObject({
    supplierSku: supplierFields.supplierSku,
    leadTimeDays: supplierFields.leadTimeDays,
    lastCost: supplierFields.lastCost,
    preferred: supplierFields.preferred,
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });
export const supplierResponse = z.object({
  id: z.uuid(),
  productId: z.uuid(),
  vendorId: z.uuid(),
  supplierSku: z.string().nullable(),
  leadTimeDays: z.number().int().nullable(),
  lastCost: z.object({ amount: z.string(), currency: z.string(), date: z.string().nullable() }).nullable(),
  preferred: z.boolean(),
  version: z.number().int(),
});

// ---------- price lists ----------

const priceListFields = {
  name,
  currency: currency.optional(),
  customerGroup: customerGroup.nullable().optional(),
  validFrom: isoDate.nullable().optional(),
  validTo: isoDate.nullable().optional(),
  taxInclusive: z.boolean().optional(),
};
export const createPriceListBody = z.strictObject(priceListFields);
export const updatePriceListBody = z
  .strictObject({
    name: name.optional(),
    customerGroup: priceListFields.customerGroup,
    validFrom: priceListFields.validFrom,
    validTo: priceListFields.validTo,
    taxInclusive: priceListFields.taxInclusive,
    status: status.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });
export const priceListResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  currency: z.string(),
  customerGroup: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  taxInclusive: z.boolean(),
  status,
  version: z.number().int(),
});
export const listPriceListsQuery = pageQuery.extend({ status: status.optional(), currency: currency.optional() });

const priceItem = z.strictObject({ productId: z.uuid(), unit: unitCode.optional(), minQuantity: price.optional(), price });
export const priceItemsBody = z.strictObject({ items: z.array(priceItem).max(2000) });
export const priceItemsResponse = z.object({
  priceListId: z.uuid(),
  items: z.array(z.object({ productId: z.uuid(), unit: z.string(), minQuantity: z.string(), price: z.string() })),
});
