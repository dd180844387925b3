import { fileURLToPath } from 'node:url';
import type { Tx } from '../../platform/db/index.js';
import { defineModule } from '../../platform/module.js';
import type { IdentityApi } from '../identity/index.js';
import { seedDemoLedger } from './demo.js';
import { batchRoutes } from './batch.js';
import { LedgerImporter } from './import.js';
import { openingBalanceRoutes } from './opening-balances.js';
import { ledgerRoutes } from './routes.js';
import { LedgerService, type PostEntryInput, type PostResult } from './service.js';
import { TransactionService } from './transactions.js';
import { EcbRateProvider } from './fx-provider.js';
import { fxRoutes } from './fx-routes.js';
import { RatesService } from './rates.js';
import { RevaluationService } from './revaluation.js';

/** The ledger's public API for other modules. */
export interface LedgerApi {
  /**
   * Posts a balanced entry inside the caller's transaction; idempotent on
   * (source.module, source.id, source.revision). Throws AppError (LEDGER.*) when it would not balance,
   * touches an archived/group/unknown account, or falls in a locked period.
   */
  post(tx: Tx, entry: PostEntryInput): Promise<PostResult>;
  /** Reverses a posted entry in the caller's transaction; returns the reversal's id. */
  reverse(tx: Tx, tenantId: string, entryId: string, options?: { date?: string; memo?: string }): Promise<string>;
  service: LedgerService;
  transactions: TransactionService;
  /** Bulk posting, file imports and opening balances. */
  importer: LedgerImporter;
  /** Exchange rates into the base currency (`rateOn` for payments' realised gain/loss). */
  rates: RatesService;
  revaluation: RevaluationService;
}

export const ledgerModule = defineModule<LedgerApi>({
  name: 'ledger',
  schema: 'ledger',
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  dependsOn: ['identity'],
  permissions: [
    { key: 'ledger.account.read', description: 'See the chart of accounts', aliases: ['accounts:read'] },
    { key: 'ledger.account.create', description: 'Add accounts', aliases: ['accounts:write'] },
    { key: 'ledger.account.update', description: 'Change accounts', aliases: ['accounts:write'] },
    { key: 'ledger.account.archive', description: 'Archive accounts', aliases: ['accounts:write'] },
    { key: 'ledger.template.apply', description: 'Apply a chart-of-accounts template', aliases: ['accounts:write'] },
    { key: 'ledger.entry.read', description: 'See journal entries', aliases: ['journal:read'] },
    { key: 'ledger.entry.create', description: 'Create and edit draft journal entries', aliases: ['journal:write'] },
    { key: 'ledger.entry.post', description: 'Post journal entries', aliases: ['journal:write'] },
    { key: 'ledger.entry.reverse', description: 'Reverse posted journal entries', aliases: ['journal:write'] },
    { key: 'ledger.transaction.read', description: 'See transactions', aliases: ['transactions:read', 'journal:read'] },
    { key: 'ledger.transaction.create', description: 'Record transactions', aliases: ['transactions:write', 'journal:write'] },
    { key: 'ledger.transaction.update', description: 'Change transactions', aliases: ['transactions:write', 'journal:write'] },
    { key: 'ledger.transaction.delete', description: 'Delete transactions', aliases: ['transactions:write', 'journal:write'] },
    { key: 'ledger.report.read', description: 'See balances, the trial balance and the general ledger', aliases: ['reports:read'] },
    { key: 'ledger.settings.read', description: 'See ledger settings', aliases: ['periods:read'] },
    { key: 'ledger.settings.update', description: 'Change the lock date', aliases: ['periods:write'] },
    { key: 'ledger.period.close', description: 'Close a fiscal period into retained earnings', aliases: ['periods:write'] },
    { key: 'ledger.rates.read', description: 'See exchange rates', aliases: ['rates:read'] },
    { key: 'ledger.rates.manage', description: 'Add, import, fetch and delete exchange rates', aliases: ['rates:write'] },
    { key: 'ledger.revaluation.post', description: 'Post period-end revaluation of foreign-currency balances', aliases: ['periods:write'] },
  ],
  api(ctx) {
    const baseCurrencyOf = (tenantId: string) => ctx.modules.get<IdentityApi>('identity').baseCurrencyOf(tenantId);
    const service = new LedgerService(ctx.db, baseCurrencyOf);
    const transactions = new TransactionService(service, baseCurrencyOf);
    return {
      post: (tx, entry) => service.post(tx, entry),
      reverse: (tx, tenantId, entryId, options = {}) => service.reverseIn(tx, tenantId, entryId, { ...options, actor: null }),
      service,
      transactions,
      importer: new LedgerImporter(service, baseCurrencyOf),
      rates: new RatesService(ctx.db, baseCurrencyOf, new EcbRateProvider(ctx.config.ecbRatesUrl)),
      revaluation: new RevaluationService(service, baseCurrencyOf),
    };
  },
  routes(app, ctx) {
    const ledger = ctx.modules.get<LedgerApi>('ledger');
    ledgerRoutes(app, ledger.service, ledger.transactions);
    batchRoutes(app, ledger.importer);
    openingBalanceRoutes(app, ledger.importer);
    fxRoutes(app, ledger.rates, ledger.revaluation);
  },
  async demo(ctx, demo) {
    await seedDemoLedger(ctx.modules.get<LedgerApi>('ledger').service, demo);
  },
});
