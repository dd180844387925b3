import { fileURLToPath } from 'node:url';
import type { Tx } from '../../platform/db/index.js';
import { defineModule } from '../../platform/module.js';
import type { IdentityApi } from '../identity/index.js';
import type { NumberedDocument } from './domain/format.js';
import { numberingRoutes } from './routes.js';
import { NumberingService } from './service.js';

export { NUMBERED_DOCUMENTS, type NumberedDocument } from './domain/format.js';

/** The numbering module's public API for other modules. */
export interface NumberingApi {
  /**
   * The next number of the document type's series for the fiscal year containing `date`, drawn in the
   * caller's transaction: gapless (a rolled-back transaction gives its number back) and unique under
   * concurrency (the series row is locked until the caller commits). At most 16 characters.
   * Throws NUMBERING.SERIES_EXHAUSTED (422) when the series has no 16-character number left.
   */
  next(tx: Tx, tenantId: string, document: NumberedDocument, date: string): Promise<string>;
}

/** What the module registers under its name: the public API plus the service its routes use. */
export interface NumberingModuleApi extends NumberingApi {
  service: NumberingService;
}

interface TenantEventData {
  fiscalYearStartMonth?: unknown;
  timezone?: unknown;
}

export const numberingModule = defineModule<NumberingModuleApi>({
  name: 'numbering',
  schema: 'numbering',
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  dependsOn: ['identity', 'ledger'],
  permissions: [
    { key: 'numbering.series.read', description: 'See document number series and preview the next numbers', aliases: ['numbering:read'] },
    { key: 'numbering.series.manage', description: 'Change number formats, yearly reset and next numbers', aliases: ['numbering:write'] },
  ],
  api(ctx) {
    const service = new NumberingService(ctx.db, {
      async tenantFacts(tx, tenantId) {
        const tenant = await ctx.modules.get<IdentityApi>('identity').service.getTenantIn(tx, tenantId);
        return { fiscalYearStartMonth: tenant.fiscal_year_start_month, timezone: tenant.timezone };
      },
    });
    return { next: (tx, tenantId, document, date) => service.next(tx, tenantId, document, date), service };
  },
  routes(app, ctx) {
    numberingRoutes(app, ctx.modules.get<NumberingModuleApi>('numbering').service);
  },
  eventHandlers(ctx) {
    return [
      {
        // Keeps numbering's copy of the fiscal-year start month and time zone current.
        consumer: 'numbering.tenant-fiscal-year',
        eventTypes: ['tenant.created', 'tenant.updated'],
        async handle(tx, event) {
          const data = event.data as TenantEventData;
          const month = data.fiscalYearStartMonth;
          if (!event.tenantId || typeof month !== 'number' || !Number.isInteger(month) || month < 1 || month > 12) return;
          const timezone = typeof data.timezone === 'string' ? data.timezone : 'UTC';
          await ctx.modules.get<NumberingModuleApi>('numbering').service.rememberTenant(tx, event.tenantId, { fiscalYearStartMonth: month, timezone });
        },
      },
    ];
  },
});
