export { catalogModule, type CatalogApi } from './module.js';
export type { PriceForInput, PriceQuote } from './service.js';
export { stockItems, type StockItem } from './stock-items.js';
