import type { FastifyBaseLogger } from 'fastify';
import type { KontorConfig } from '../../platform/config.js';
import type { Database } from '../../platform/db/index.js';
import type { ModuleContext } from '../../platform/module.js';
import type { CatalogApi } from '../catalog/index.js';
import type { IdentityApi } from '../identity/index.js';
import type { InventoryApi } from '../inventory/index.js';
import type { LedgerApi } from '../ledger/index.js';
import type { NumberingApi } from '../numbering/index.js';
import type { PartiesApi } from '../parties/index.js';
import type { TaxApi } from '../tax/index.js';

/** What the purchases use cases need from the platform and from other modules (resolved lazily). */
export interface PurchasesDeps {
  db: Database;
  config: KontorConfig;
  logger: FastifyBaseLogger;
  identity(): IdentityApi;
  ledger(): LedgerApi;
  tax(): TaxApi;
  parties(): PartiesApi;
  catalog(): CatalogApi;
  inventory(): InventoryApi;
  numbering(): NumberingApi;
}

export function purchasesDeps(ctx: ModuleContext): PurchasesDeps {
  return {
    db: ctx.db,
    config: ctx.config,
    logger: ctx.logger,
    identity: () => ctx.modules.get<IdentityApi>('identity'),
    ledger: () => ctx.modules.get<LedgerApi>('ledger'),
    tax: () => ctx.modules.get<TaxApi>('tax'),
    parties: () => ctx.modules.get<PartiesApi>('parties'),
    catalog: () => ctx.modules.get<CatalogApi>('catalog'),
    inventory: () => ctx.modules.get<InventoryApi>('inventory'),
    numbering: () => ctx.modules.get<NumberingApi>('numbering'),
  };
}
