import { fileURLToPath } from 'node:url';
import type { Actor } from '../../kernel/index.js';
import type { Tx } from '../../platform/db/index.js';
import { defineModule } from '../../platform/module.js';
import type { IdentityApi } from '../identity/index.js';
import type { LedgerApi } from '../ledger/index.js';
import { seedDemoParties } from './demo.js';
import { partiesRoutes } from './routes.js';
import { PartiesService, type CreditCheckResult } from './service.js';

/** The parties module's public API for other modules. */
export interface PartiesApi {
  /**
   * Credit check before a sale, in the caller's transaction: would `additionalAmount` (a decimal
   * string in the customer's currency) take the customer's receivable balance over the credit limit?
   * Over it, emits `customer.credit_limit_exceeded`; in block mode then throws 422
   * PARTIES.CREDIT_LIMIT_EXCEEDED (with exposure, limit and exceededBy), in warn mode returns a warning.
   */
  checkCredit(tx: Tx, tenantId: string, partyId: string, additionalAmount: string, actor?: Actor | null): Promise<CreditCheckResult>;
  service: PartiesService;
}

export const partiesModule = defineModule<PartiesApi>({
  name: 'parties',
  schema: 'parties',
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  dependsOn: ['identity', 'ledger'],
  permissions: [
    { key: 'parties.customer.read', description: 'See customers and their statements', aliases: ['customers:read'] },
    { key: 'parties.customer.create', description: 'Add customers', aliases: ['customers:write'] },
    { key: 'parties.customer.update', description: 'Change and archive customers', aliases: ['customers:write'] },
    { key: 'parties.customer.suspend', description: 'Suspend and reactivate customers', aliases: ['customers:write'] },
    { key: 'parties.vendor.read', description: 'See vendors and their statements', aliases: ['vendors:read'] },
    { key: 'parties.vendor.create', description: 'Add vendors', aliases: ['vendors:write'] },
    { key: 'parties.vendor.update', description: 'Change and archive vendors', aliases: ['vendors:write'] },
    { key: 'parties.vendor.suspend', description: 'Suspend and reactivate vendors', aliases: ['vendors:write'] },
    { key: 'parties.settings.update', description: 'Change the credit-limit mode (warn or block)', aliases: ['credit_limits:write'] },
  ],
  api(ctx) {
    const baseCurrencyOf = (tenantId: string) => ctx.modules.get<IdentityApi>('identity').baseCurrencyOf(tenantId);
    const service = new PartiesService(ctx.db, () => ctx.modules.get<LedgerApi>('ledger'), baseCurrencyOf);
    return {
      checkCredit: (tx, tenantId, partyId, additionalAmount, actor = null) => service.checkCredit(tx, tenantId, partyId, additionalAmount, actor),
      service,
    };
  },
  async demo(ctx, demo) {
    await seedDemoParties(ctx.modules.get<PartiesApi>('parties').service, demo);
  },
  routes(app, ctx) {
    partiesRoutes(app, ctx.modules.get<PartiesApi>('parties').service);
  },
});
