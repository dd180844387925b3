import { fileURLToPath } from 'node:url';
import { defineModule } from '../../platform/module.js';

/** The tax module's public API for other modules. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the module grows
export interface TaxApi {}

export const taxModule = defineModule<TaxApi>({
  name: 'tax',
  schema: 'tax',
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  dependsOn: ['identity'],
  permissions: [],
  api() {
    return {};
  },
});
