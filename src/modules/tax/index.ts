export { taxModule, type TaxApi } from './module.js';
