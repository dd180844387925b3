export { ledgerModule, type LedgerApi } from './module.js';
export type { PostEntryInput, PostResult } from './service.js';
export type { LineInput } from './domain/entries.js';
export type { AccountType, AccountSubtype } from './domain/accounts.js';
export { realisedFxGainLoss, type SettlementInput, type SettlementResult } from './domain/fx.js';
export { processIo, resolveTenant, runExport, runImport } from './import-cli.js';
export * as partyBalances from './party-balances.js';
export { ensureSystemAccounts, type SystemAccountSpec } from './system-accounts.js';
