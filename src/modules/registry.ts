import { fileURLToPath } from 'node:url';
import type { MigrationSource } from '../platform/db/index.js';
import type { ModuleDefinition } from '../platform/module.js';
import { bankingModule } from './banking/index.js';
import { identityModule } from './identity/index.js';
import { inventoryModule } from './inventory/index.js';
import { catalogModule } from './catalog/index.js';
import { ledgerModule } from './ledger/index.js';
import { numberingModule } from './numbering/index.js';
import { partiesModule } from './parties/index.js';
import { purchasesModule } from './purchases/index.js';
import { salesModule } from './sales/index.js';
import { taxModule } from './tax/index.js';

/** Every module Kontor has, in the one place they are registered. */
export const ALL_MODULES: ModuleDefinition[] = [
  identityModule,
  ledgerModule,
  taxModule,
  partiesModule,
  catalogModule,
  inventoryModule,
  numberingModule,
  salesModule,
  purchasesModule,
  bankingModule,
];

export const PLATFORM_MIGRATIONS: MigrationSource = {
  module: 'platform',
  dir: fileURLToPath(new URL('../platform/db/migrations', import.meta.url)),
};

/**
 * The modules to run for `--modules a,b`, with their dependencies, in dependency order.
 * No selection means all of them.
 */
export function selectModules(names?: string[], available: ModuleDefinition[] = ALL_MODULES): ModuleDefinition[] {
  const byName = new Map(available.map((m) => [m.name, m]));
  const wanted = names && names.length > 0 ? names : available.map((m) => m.name);
  const ordered: ModuleDefinition[] = [];
  const visiting = new Set<string>();
  const visit = (name: string, from?: string) => {
    const module = byName.get(name);
    if (!module) throw new Error(`Unknown module "${name}"${from ? ` (needed by ${from})` : ''}; known: ${[...byName.keys()].join(', ')}`);
    if (ordered.includes(module)) return;
    if (visiting.has(name)) throw new Error(`Module dependency cycle through ${name}`);
    visiting.add(name);
    for (const dep of module.dependsOn ?? []) visit(dep, name);
    visiting.delete(name);
    ordered.push(module);
  };
  for (const name of wanted) visit(name);
  return ordered;
}

/** Migrations always cover every module, so a later `--modules` change never meets a half schema. */
export function migrationSources(modules: ModuleDefinition[] = ALL_MODULES): MigrationSource[] {
  return [PLATFORM_MIGRATIONS, ...selectModules(modules.map((m) => m.name), ALL_MODULES).map((m) => ({ module: m.name, dir: m.migrationsDir }))];
}
