import { fileURLToPath } from 'node:url';
import { AppError, type Invocation } from '../../kernel/index.js';
import type { Tx } from '../../platform/db/index.js';
import { defineModule } from '../../platform/module.js';
import type { IdentityApi } from '../identity/index.js';
import type { LedgerApi } from '../ledger/index.js';
import type { DocumentRequest, PostedDocument } from './engine.js';
import { inventoryRoutes } from './routes.js';
import { InventoryService } from './service.js';

/** The inventory module's public API for other modules. */
export interface InventoryApi {
  /**
   * Posts stock moves (valued by the tenant's method, with their ledger entry and events) in the
   * caller's transaction. Throws INVENTORY.INSUFFICIENT_STOCK when stock would go below zero and
   * the tenant does not allow it.
   */
  post(tx: Tx, inv: Invocation, doc: DocumentRequest): Promise<PostedDocument>;
  service: InventoryService;
}

export const inventoryModule = defineModule<InventoryApi>({
  name: 'inventory',
  schema: 'inventory',
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  dependsOn: ['identity', 'ledger', 'catalog'],
  permissions: [
    { key: 'inventory.stock.read', description: 'See stock on hand, stock ledgers, transfers, counts and reorder levels', aliases: ['stock:read'] },
    { key: 'inventory.stock.move', description: 'Receive, issue and adjust stock; set reorder levels', aliases: ['stock:write'] },
    { key: 'inventory.transfer.manage', description: 'Transfer stock between stores and receive transfers', aliases: ['stock:write'] },
    { key: 'inventory.count.manage', description: 'Create, fill in and post stock counts', aliases: ['stock:write'] },
    { key: 'inventory.settings.update', description: 'Change the valuation method and the negative-stock policy', aliases: ['stock:write'] },
  ],
  api(ctx) {
    const identity = () => ctx.modules.get<IdentityApi>('identity');
    const service = new InventoryService(ctx.db, {
      ledger: () => ctx.modules.get<LedgerApi>('ledger'),
      baseCurrencyOf: (tenantId) => identity().baseCurrencyOf(tenantId),
      async storeStatus(tenantId, storeId) {
        try {
          return (await identity().stores.get(tenantId, storeId)).status;
        } catch (error) {
          if (error instanceof AppError && error.kind === 'not_found') return null;
          throw error;
        }
      },
    });
    return { post: (tx, inv, doc) => service.postIn(tx, inv, doc), service };
  },
  routes(app, ctx) {
    inventoryRoutes(app, ctx.modules.get<InventoryApi>('inventory').service);
  },
});
