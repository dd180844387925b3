import type { PermissionDefinition } from '../../../platform/module.js';
import type { BankingDeps } from '../deps.js';
import { WalletsService } from './service.js';

export { walletRoutes } from './routes.js';
export { WalletsService, CUSTOMER_WALLETS_ACCOUNT, type MovementResult, type WalletCustomer, type WalletAccount, type SpendInput } from './service.js';
export type { WalletView, MovementView } from './views.js';

export const WALLET_PERMISSIONS: PermissionDefinition[] = [
  { key: 'banking.wallet.read', description: 'See customer wallets, their balances and statements', aliases: ['wallets:read'] },
  { key: 'banking.wallet.manage', description: 'Top up, spend from and refund customer wallets', aliases: ['wallets:write'] },
  { key: 'banking.wallet.adjust', description: 'Adjust customer wallet balances (audited)', aliases: ['wallets:write'] },
];

export function createWallets(deps: BankingDeps): WalletsService {
  return new WalletsService(deps);
}
