import { fileURLToPath } from 'node:url';
import { defineModule } from '../../platform/module.js';

// SKELETON: the purchases helper replaces this file.
export type PurchasesApi = Record<string, never>;

export const purchasesModule = defineModule<PurchasesApi>({
  name: 'purchases',
  schema: 'purchases',
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  dependsOn: ['identity', 'ledger', 'tax', 'parties', 'catalog', 'inventory', 'numbering'],
  permissions: [],
  api() {
    return {};
  },
});
