import { fileURLToPath } from 'node:url';
import { defineModule } from '../../platform/module.js';
import { bankingDeps } from './deps.js';
import { createStatements, STATEMENT_PERMISSIONS, statementRoutes, type StatementsService } from './statements/index.js';
import { createWallets, WALLET_PERMISSIONS, walletRoutes, type WalletsService } from './wallets/index.js';

/** The banking module's public API: bank accounts and statements, customer wallets. */
export interface BankingApi {
  statements: StatementsService;
  wallets: WalletsService;
}

export const bankingModule = defineModule<BankingApi>({
  name: 'banking',
  schema: 'banking',
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  dependsOn: ['identity', 'ledger', 'parties', 'sales', 'numbering'],
  permissions: [...STATEMENT_PERMISSIONS, ...WALLET_PERMISSIONS],
  api(ctx) {
    const deps = bankingDeps(ctx);
    return { statements: createStatements(deps), wallets: createWallets(deps) };
  },
  routes(app, ctx) {
    const banking = ctx.modules.get<BankingApi>('banking');
    statementRoutes(app, banking.statements);
    walletRoutes(app, banking.wallets);
  },
});
