export { catalogModule, type CatalogApi } from './module.js';
