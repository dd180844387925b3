import { AppError, type FieldIssue } from '../../../kernel/index.js';

/** Stable error codes of the catalog; clients may rely on them. */
export const productNotFound = () => new AppError('not_found', 'CATALOG.PRODUCT_NOT_FOUND', 'No such product');
export const unitNotFound = () => new AppError('not_found', 'CATALOG.UNIT_NOT_FOUND', 'No such unit');
export const categoryNotFound = () => new AppError('not_found', 'CATALOG.CATEGORY_NOT_FOUND', 'No such category');
export const priceListNotFound = () => new AppError('not_found', 'CATALOG.PRICE_LIST_NOT_FOUND', 'No such price list');
export const supplierNotFound = () => new AppError('not_found', 'CATALOG.SUPPLIER_NOT_FOUND', 'No such supplier of this product');

export const skuTaken = (sku?: string) =>
  new AppError('conflict', 'CATALOG.SKU_TAKEN', sku ? `SKU ${sku} is already used` : 'The SKU is already used', { errors: [{ path: 'body.sku', message: 'already used' }] });
export const barcodeTaken = (barcode?: string) =>
  new AppError('conflict', 'CATALOG.BARCODE_TAKEN', barcode ? `Barcode ${barcode} is already used` : 'The barcode is already used', { errors: [{ path: 'body.barcode', message: 'already used' }] });
export const unitCodeTaken = () =>
  new AppError('conflict', 'CATALOG.UNIT_CODE_TAKEN', 'A unit with this code exists', { errors: [{ path: 'body.code', message: 'already used' }] });
export const categoryNameTaken = () =>
  new AppError('conflict', 'CATALOG.CATEGORY_NAME_TAKEN', 'A category with this name exists under the same parent', { errors: [{ path: 'body.name', message: 'already used here' }] });
export const priceListNameTaken = () =>
  new AppError('conflict', 'CATALOG.PRICE_LIST_NAME_TAKEN', 'A price list with this name exists', { errors: [{ path: 'body.name', message: 'already used' }] });
export const supplierTaken = () =>
  new AppError('conflict', 'CATALOG.SUPPLIER_TAKEN', 'This vendor is already a supplier of the product', { errors: [{ path: 'body.vendorId', message: 'already a supplier' }] });

export const vendorNotFound = () =>
  new AppError('unprocessable', 'CATALOG.VENDOR_NOT_FOUND', 'A supplier must be an existing, unarchived vendor', { errors: [{ path: 'body.vendorId', message: 'no such vendor' }] });

export const invalidProduct = (errors: FieldIssue[]) => new AppError('unprocessable', 'CATALOG.INVALID_PRODUCT', 'The product is not valid', { errors });
export const invalidUnits = (errors: FieldIssue[]) => new AppError('unprocessable', 'CATALOG.INVALID_UNITS', 'The units are not valid', { errors });
export const categoryCycle = () =>
  new AppError('unprocessable', 'CATALOG.CATEGORY_CYCLE', 'A category cannot be moved under itself or one of its descendants', {
    errors: [{ path: 'body.parentId', message: 'would put the category under itself' }],
  });
export const invalidCategory = (errors: FieldIssue[]) => new AppError('unprocessable', 'CATALOG.INVALID_CATEGORY', 'The category is not valid', { errors });
export const categoryInUse = () =>
  new AppError('conflict', 'CATALOG.CATEGORY_IN_USE', 'Move or delete its subcategories and products first');
export const invalidPriceList = (errors: FieldIssue[]) => new AppError('unprocessable', 'CATALOG.INVALID_PRICE_LIST', 'The price list is not valid', { errors });
export const noPrice = (currency: string) =>
  new AppError('unprocessable', 'CATALOG.NO_PRICE', `No price list or sale price gives this product a price in ${currency}`, {
    errors: [{ path: 'querystring.currency', message: 'no price in this currency' }],
  });
export const referenceGone = () =>
  new AppError('unprocessable', 'CATALOG.REFERENCE_GONE', 'Something this record refers to was removed meanwhile; reload and retry');
export const preferredConflict = () =>
  new AppError('conflict', 'CATALOG.PREFERRED_CONFLICT', 'Another supplier was made preferred at the same moment; reload and retry');
