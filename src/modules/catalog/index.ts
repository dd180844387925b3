export { catalogModule, type CatalogApi } from './module.js';
export type { PriceForInput, PriceQuote } from './service.js';
