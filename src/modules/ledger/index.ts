export { ledgerModule, type LedgerApi } from './module.js';
export type { PostEntryInput, PostResult } from './service.js';
export type { LineInput } from './domain/entries.js';
export type { AccountType, AccountSubtype } from './domain/accounts.js';
