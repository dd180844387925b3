import { fileURLToPath } from 'node:url';
import { defineModule } from '../../platform/module.js';

/** The catalog module's public API for other modules. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the module grows
export interface CatalogApi {}

export const catalogModule = defineModule<CatalogApi>({
  name: 'catalog',
  schema: 'catalog',
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  dependsOn: ['identity', 'tax'],
  permissions: [],
  api() {
    return {};
  },
});
