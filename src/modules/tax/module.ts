import { fileURLToPath } from 'node:url';
import { systemActor } from '../../kernel/index.js';
import { defineModule } from '../../platform/module.js';
import type { IdentityApi } from '../identity/index.js';
import type { LedgerApi } from '../ledger/index.js';
import { CalculateService, type TenantTaxProfile } from './calculate.js';
import { computeTax, type GstInput, type GstRateResolver, type GstResult } from './domain/gst-engine.js';
import { COUNTRY_DEFAULTS } from './domain/rates-defaults.js';
import { computeTds, type TdsInput, type TdsResult } from './domain/tds.js';
import { computeVat, type VatInput, type VatResult } from './domain/vat.js';
import { HsnService, today } from './hsn.js';
import { TaxRatesService } from './rates.js';
import { taxRoutes } from './routes.js';
import { postTdsDeduction } from './tds-posting.js';
import { announceDueTds, TdsService } from './tds-service.js';

/** Deductions due within this many days are announced by `tds.payment_due`. */
export const TDS_DUE_NOTICE_DAYS = 3;

/** The tax module's public API for other modules. */
export interface TaxApi {
  /** The pure GST engine (pass rates through a resolver). */
  gst: { compute(input: GstInput, resolver: GstRateResolver): GstResult };
  vat: { compute(input: VatInput): VatResult };
  /** TDS/TCS on a payment; recording is `tds.service.record` (posting to TDS payable is the documents' job). */
  tds: { compute(input: TdsInput): TdsResult; service: TdsService };
  hsn: HsnService;
  rates: TaxRatesService;
  calculate: CalculateService;
}

export const taxModule = defineModule<TaxApi>({
  name: 'tax',
  schema: 'tax',
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  dependsOn: ['identity', 'ledger'],
  permissions: [
    { key: 'tax.rates.read', description: 'See tax rates, groups and exemptions', aliases: ['tax:read'] },
    { key: 'tax.rates.manage', description: 'Add, change and delete tax rates, groups and exemptions', aliases: ['tax:write'] },
    { key: 'tax.hsn.read', description: 'Search HSN/SAC codes', aliases: ['tax:read'] },
    { key: 'tax.hsn.manage', description: "Add and change the business's own HSN/SAC codes and rates", aliases: ['tax:write'] },
    { key: 'tax.tds.read', description: 'See TDS/TCS sections and deductions, and compute TDS', aliases: ['tax:read'] },
    { key: 'tax.tds.manage', description: 'Record TDS/TCS deductions', aliases: ['tax:write'] },
    { key: 'tax.calculation.run', description: 'Compute tax on a document', aliases: ['tax:read'] },
  ],
  api(ctx) {
    const profileOf = async (tenantId: string): Promise<TenantTaxProfile> => ctx.modules.get<IdentityApi>('identity').service.getTenant(tenantId);
    const hsn = new HsnService(ctx.db);
    const rates = new TaxRatesService(ctx.db);
    const tds = new TdsService(ctx.db, async (tx, inv, input) => {
      const baseCurrency = await ctx.modules.get<IdentityApi>('identity').baseCurrencyOf(inv.tenantId);
      return postTdsDeduction(tx, inv, ctx.modules.get<LedgerApi>('ledger'), baseCurrency, input);
    });
    return {
      gst: { compute: computeTax },
      vat: { compute: computeVat },
      tds: { compute: computeTds, service: tds },
      hsn,
      rates,
      calculate: new CalculateService(ctx.db, hsn, rates, profileOf),
    };
  },
  routes(app, ctx) {
    const tax = ctx.modules.get<TaxApi>('tax');
    taxRoutes(app, {
      hsn: tax.hsn,
      rates: tax.rates,
      tds: tax.tds.service,
      calculate: tax.calculate,
      countryOf: async (tenantId) => (await ctx.modules.get<IdentityApi>('identity').service.getTenant(tenantId)).country_code,
    });
  },
  async demo(ctx, demo) {
    const tenant = await ctx.modules.get<IdentityApi>('identity').service.getTenant(demo.tenantId);
    if (!COUNTRY_DEFAULTS[tenant.country_code]) return;
    const inv = { actor: systemActor('demo'), tenantId: demo.tenantId, requestId: null, ip: null };
    await ctx.modules.get<TaxApi>('tax').rates.seedDefaults(inv, tenant.country_code);
  },
  jobs: [
    {
      name: 'tds-payment-due',
      intervalMs: 86_400_000,
      run: async (ctx) => {
        await announceDueTds(ctx.db.system, today(), TDS_DUE_NOTICE_DAYS);
      },
    },
  ],
});
