export { partiesModule, type PartiesApi } from './module.js';
export type { CreditCheckResult } from './service.js';
