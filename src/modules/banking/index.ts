export { bankingModule, type BankingApi } from './module.js';
