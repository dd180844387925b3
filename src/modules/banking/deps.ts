import type { FastifyBaseLogger } from 'fastify';
import type { KontorConfig } from '../../platform/config.js';
import type { Database } from '../../platform/db/index.js';
import type { ModuleContext } from '../../platform/module.js';
import type { IdentityApi } from '../identity/index.js';
import type { LedgerApi } from '../ledger/index.js';
import type { NumberingApi } from '../numbering/index.js';
import type { PartiesApi } from '../parties/index.js';
import type { SalesApi } from '../sales/index.js';

/** What the banking use cases need from the platform and from other modules (resolved lazily). */
export interface BankingDeps {
  db: Database;
  config: KontorConfig;
  logger: FastifyBaseLogger;
  identity(): IdentityApi;
  ledger(): LedgerApi;
  parties(): PartiesApi;
  sales(): SalesApi;
  numbering(): NumberingApi;
}

export function bankingDeps(ctx: ModuleContext): BankingDeps {
  return {
    db: ctx.db,
    config: ctx.config,
    logger: ctx.logger,
    identity: () => ctx.modules.get<IdentityApi>('identity'),
    ledger: () => ctx.modules.get<LedgerApi>('ledger'),
    parties: () => ctx.modules.get<PartiesApi>('parties'),
    sales: () => ctx.modules.get<SalesApi>('sales'),
    numbering: () => ctx.modules.get<NumberingApi>('numbering'),
  };
}
