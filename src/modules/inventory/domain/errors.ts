import { AppError } from '../../../kernel/index.js';

const at = (path: string, message: string) => ({ errors: [{ path, message }] });

export const storeNotFound = (path: string) => new AppError('unprocessable', 'INVENTORY.STORE_NOT_FOUND', 'No such store', at(path, 'no such store'));
export const storeArchived = (path: string) => new AppError('unprocessable', 'INVENTORY.STORE_ARCHIVED', 'The store is archived', at(path, 'the store is archived'));
export const productNotFound = (path: string) => new AppError('unprocessable', 'INVENTORY.PRODUCT_NOT_FOUND', 'No such product', at(path, 'no such product'));
export const notStocked = (path: string) =>
  new AppError('unprocessable', 'INVENTORY.PRODUCT_NOT_STOCKED', 'Only goods that track inventory carry stock', at(path, 'not a goods item that tracks inventory'));
export const productArchived = (path: string) => new AppError('unprocessable', 'INVENTORY.PRODUCT_ARCHIVED', 'The product is archived', at(path, 'the product is archived'));
export const insufficientStock = (path: string, available: string) =>
  new AppError('unprocessable', 'INVENTORY.INSUFFICIENT_STOCK', `Not enough stock: ${available} available`, { ...at(path, `only ${available} available`), extra: { available } });
export const sameStore = () => new AppError('unprocessable', 'INVENTORY.SAME_STORE', 'A transfer needs two different stores', at('body.toStoreId', 'the same as fromStoreId'));
export const transferNotFound = () => new AppError('not_found', 'INVENTORY.TRANSFER_NOT_FOUND', 'No such transfer');
export const transferReceived = () => new AppError('conflict', 'INVENTORY.TRANSFER_RECEIVED', 'The transfer has been received already');
export const receiveBeforeDispatch = () =>
  new AppError('unprocessable', 'INVENTORY.RECEIVE_BEFORE_DISPATCH', 'A transfer cannot be received before it was dispatched', at('body.date', 'before the dispatch date'));
export const countNotFound = () => new AppError('not_found', 'INVENTORY.COUNT_NOT_FOUND', 'No such stock count');
export const countPosted = () => new AppError('conflict', 'INVENTORY.COUNT_POSTED', 'The stock count has been posted already');
export const countIncomplete = (paths: string[]) =>
  new AppError('unprocessable', 'INVENTORY.COUNT_INCOMPLETE', 'Every line needs a counted quantity before posting', { errors: paths.map((path) => ({ path, message: 'not counted yet' })) });
export const countProductUnknown = (path: string) =>
  new AppError('unprocessable', 'INVENTORY.COUNT_LINE_UNKNOWN', 'The product is not on this count sheet', at(path, 'not on this count sheet'));
export const valuationLocked = () =>
  new AppError('conflict', 'INVENTORY.VALUATION_LOCKED', 'The valuation method can change only before the first stock move', at('body.valuation', 'stock has moved already'));
export const productNotInLedger = () => new AppError('not_found', 'INVENTORY.PRODUCT_NOT_FOUND', 'No such product');
export const storeUnknown = () => new AppError('not_found', 'INVENTORY.STORE_NOT_FOUND', 'No such store');
export const duplicateLine = (path: string) => new AppError('unprocessable', 'INVENTORY.DUPLICATE_LINE', 'A product appears twice', at(path, 'listed twice'));
