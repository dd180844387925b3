import { fileURLToPath } from 'node:url';
import { AppError } from '../../kernel/index.js';
import type { Tx } from '../../platform/db/index.js';
import { defineModule } from '../../platform/module.js';
import type { IdentityApi } from '../identity/index.js';
import type { PartiesApi } from '../parties/index.js';
import { seedDemoCatalog } from './demo.js';
import { catalogRoutes } from './routes.js';
import { CatalogService, type PriceForInput, type PriceQuote } from './service.js';

/** The catalog module's public API for other modules. */
export interface CatalogApi {
  /**
   * The price of a quantity of a product in the caller's transaction: the most specific applicable
   * price list (customer group before everyone, then the latest start), its highest minimum quantity
   * not above the quantity (compared in base units), converted to the requested unit; else the
   * product's sale price. Throws CATALOG.PRODUCT_NOT_FOUND, CATALOG.INVALID_UNITS or CATALOG.NO_PRICE.
   */
  priceFor(tx: Tx, tenantId: string, input: PriceForInput): Promise<PriceQuote>;
  service: CatalogService;
}

export const catalogModule = defineModule<CatalogApi>({
  name: 'catalog',
  schema: 'catalog',
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  dependsOn: ['identity', 'tax', 'parties'],
  permissions: [
    { key: 'catalog.product.read', description: 'See products, services, units, categories and suppliers', aliases: ['products:read'] },
    { key: 'catalog.product.create', description: 'Add products and services', aliases: ['products:write'] },
    { key: 'catalog.product.update', description: 'Change products, their units and suppliers, and units of measure', aliases: ['products:write'] },
    { key: 'catalog.product.archive', description: 'Archive products', aliases: ['products:write'] },
    { key: 'catalog.category.manage', description: 'Add, move, rename and delete product categories', aliases: ['products:write'] },
    { key: 'catalog.pricelist.read', description: 'See price lists', aliases: ['price_lists:read'] },
    { key: 'catalog.pricelist.manage', description: 'Add and change price lists and their prices', aliases: ['price_lists:write'] },
  ],
  api(ctx) {
    const baseCurrencyOf = (tenantId: string) => ctx.modules.get<IdentityApi>('identity').baseCurrencyOf(tenantId);
    const isVendor = async (tenantId: string, vendorId: string) => {
      try {
        return (await ctx.modules.get<PartiesApi>('parties').service.get(tenantId, 'vendor', vendorId)).status !== 'archived';
      } catch (error) {
        if (error instanceof AppError && error.kind === 'not_found') return false;
        throw error;
      }
    };
    const service = new CatalogService(ctx.db, baseCurrencyOf, isVendor);
    return { priceFor: (tx, tenantId, input) => service.priceFor(tx, tenantId, input), service };
  },
  async demo(ctx, demo) {
    await seedDemoCatalog(ctx.modules.get<CatalogApi>('catalog').service, demo);
  },
  routes(app, ctx) {
    catalogRoutes(app, ctx.modules.get<CatalogApi>('catalog').service);
  },
});
