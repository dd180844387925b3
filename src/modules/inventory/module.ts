import { fileURLToPath } from 'node:url';
import { defineModule } from '../../platform/module.js';

/** The inventory module's public API for other modules. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the module grows
export interface InventoryApi {}

export const inventoryModule = defineModule<InventoryApi>({
  name: 'inventory',
  schema: 'inventory',
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  dependsOn: ['identity', 'ledger', 'catalog'],
  permissions: [],
  api() {
    return {};
  },
});
