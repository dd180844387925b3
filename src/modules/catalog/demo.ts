import { systemActor } from '../../kernel/index.js';
import type { DemoContext } from '../../platform/module.js';
import type { CatalogService, ProductInput } from './service.js';

const PRODUCTS: ProductInput[] = [
  { type: 'goods', sku: 'RICE-25', name: 'Basmati Rice 25 kg bag', hsnSac: '1006', baseUnit: 'pcs', salePrice: '2450.00', purchasePrice: '2050.00', trackInventory: true, tags: ['grocery'] },
  { type: 'goods', sku: 'OIL-15', name: 'Sunflower Oil 15 L tin', hsnSac: '1512', baseUnit: 'pcs', salePrice: '2180.00', purchasePrice: '1890.00', trackInventory: true, tags: ['grocery'] },
  { type: 'goods', sku: 'TEA-1', name: 'Assam Tea 1 kg', hsnSac: '0902', baseUnit: 'pcs', salePrice: '540.00', purchasePrice: '410.00', trackInventory: true, tags: ['grocery'] },
  { type: 'goods', sku: 'SOAP-12', name: 'Neem Soap (box of 12)', hsnSac: '3401', baseUnit: 'pcs', salePrice: '420.00', purchasePrice: '318.00', trackInventory: true, tags: ['personal care'] },
  { type: 'goods', sku: 'BOTTLE-1L', name: 'Steel Water Bottle 1 L', hsnSac: '7323', baseUnit: 'pcs', salePrice: '350.00', purchasePrice: '240.00', trackInventory: true, tags: ['kitchen'] },
  { type: 'goods', sku: 'CARTON-M', name: 'Corrugated Carton, medium', hsnSac: '4819', baseUnit: 'pcs', salePrice: '28.00', purchasePrice: '19.50', trackInventory: true, tags: ['packaging'] },
  { type: 'service', sku: 'SVC-INSTALL', name: 'Installation and setup', hsnSac: '998719', baseUnit: 'pcs', salePrice: '1500.00' },
];

/** The demo business's products and services. Running it again changes nothing. */
export async function seedDemoCatalog(catalog: CatalogService, demo: DemoContext): Promise<void> {
  const inv = { actor: systemActor('demo'), tenantId: demo.tenantId, requestId: null, ip: null };
  const existing = await catalog.listProducts(demo.tenantId, { sort: 'sku', descending: false, limit: 500 });
  const skus = new Set(existing.map((p) => p.sku));
  for (const product of PRODUCTS) if (!skus.has(product.sku)) await catalog.createProduct(inv, product);
}
