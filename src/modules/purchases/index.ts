export { purchasesModule, type PurchasesApi, PURCHASE_PERMISSIONS } from './module.js';
