import { fileURLToPath } from 'node:url';
import { defineModule } from '../../platform/module.js';

/** The parties module's public API for other modules. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the module grows
export interface PartiesApi {}

export const partiesModule = defineModule<PartiesApi>({
  name: 'parties',
  schema: 'parties',
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  dependsOn: ['identity', 'ledger'],
  permissions: [],
  api() {
    return {};
  },
});
