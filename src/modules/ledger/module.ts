import { fileURLToPath } from 'node:url';
import type { Tx } from '../../platform/db/index.js';
import { defineModule } from '../../platform/module.js';
import type { IdentityApi } from '../identity/index.js';
import { seedDemoLedger } from './demo.js';
import { ledgerRoutes } from './routes.js';
import { LedgerService, type PostEntryInput, type PostResult } from './service.js';
import { TransactionService } from './transactions.js';

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
}

export const ledgerModule = defineModule<LedgerApi>({
  name: 'ledger',
  schema: 'ledger',
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  dependsOn: ['identity'],
  permissions: [
    { key: 'ledger.account.read', description: 'See the chart of accounts' },
    { key: 'ledger.account.create', description: 'Add accounts' },
    { key: 'ledger.account.update', description: 'Change accounts' },
    { key: 'ledger.account.archive', description: 'Archive accounts' },
    { key: 'ledger.template.apply', description: 'Apply a chart-of-accounts template' },
    { key: 'ledger.entry.read', description: 'See journal entries' },
    { key: 'ledger.entry.create', description: 'Create and edit draft journal entries' },
    { key: 'ledger.entry.post', description: 'Post journal entries' },
    { key: 'ledger.entry.reverse', description: 'Reverse posted journal entries' },
    { key: 'ledger.transaction.read', description: 'See transactions' },
    { key: 'ledger.transaction.create', description: 'Record transactions' },
    { key: 'ledger.transaction.update', description: 'Change transactions' },
    { key: 'ledger.transaction.delete', description: 'Delete transactions' },
    { key: 'ledger.report.read', description: 'See balances, the trial balance and the general ledger' },
    { key: 'ledger.settings.read', description: 'See ledger settings' },
    { key: 'ledger.settings.update', description: 'Change the lock date' },
    { key: 'ledger.period.close', description: 'Close a fiscal period into retained earnings' },
  ],
  api(ctx) {
    // A tenant's base currency never changes after creation, so it is cached per process.
    const baseCurrencies = new Map<string, string>();
    const baseCurrencyOf = async (tenantId: string): Promise<string> => {
      const known = baseCurrencies.get(tenantId);
      if (known) return known;
      const tenant = await ctx.modules.get<IdentityApi>('identity').service.getTenant(tenantId);
      baseCurrencies.set(tenantId, tenant.base_currency);
      return tenant.base_currency;
    };
    const service = new LedgerService(ctx.db, baseCurrencyOf);
    const transactions = new TransactionService(service, baseCurrencyOf);
    return {
      post: (tx, entry) => service.post(tx, entry),
      reverse: (tx, tenantId, entryId, options = {}) => service.reverseIn(tx, tenantId, entryId, { ...options, actor: null }),
      service,
      transactions,
    };
  },
  routes(app, ctx) {
    const ledger = ctx.modules.get<LedgerApi>('ledger');
    ledgerRoutes(app, ledger.service, ledger.transactions);
  },
  async demo(ctx, demo) {
    await seedDemoLedger(ctx.modules.get<LedgerApi>('ledger').service, demo);
  },
});
