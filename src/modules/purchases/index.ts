export { purchasesModule, type PurchasesApi } from './module.js';
