import { describe, expect, it } from 'vitest';
import { defineModule, type ModuleDefinition } from '../platform/module.js';
import { ALL_MODULES, selectModules } from './registry.js';

const mod = (name: string, dependsOn: string[] = []): ModuleDefinition =>
  defineModule({ name, schema: name, migrationsDir: '/nowhere', permissions: [], dependsOn });

describe('module selection', () => {
  const modules = [mod('sales', ['ledger', 'parties']), mod('ledger'), mod('parties', ['ledger']), mod('reports', ['ledger'])];

  it('loads the chosen modules and their dependencies, dependencies first', () => {
    expect(selectModules(['sales'], modules).map((m) => m.name)).toEqual(['ledger', 'parties', 'sales']);
  });

  it('loads every module when none are named', () => {
    expect(selectModules(undefined, modules).map((m) => m.name).sort()).toEqual(['ledger', 'parties', 'reports', 'sales']);
  });

  it('names an unknown module and who needed it', () => {
    expect(() => selectModules(['x'], modules)).toThrow(/Unknown module "x"/);
    expect(() => selectModules(['a'], [mod('a', ['ghost'])])).toThrow(/"ghost" \(needed by a\)/);
  });

  it('refuses a dependency cycle', () => {
    expect(() => selectModules(['a'], [mod('a', ['b']), mod('b', ['a'])])).toThrow(/cycle/);
  });

  it('registers modules with distinct names and schemas', () => {
    expect(new Set(ALL_MODULES.map((m) => m.name)).size).toBe(ALL_MODULES.length);
    expect(new Set(ALL_MODULES.map((m) => m.schema)).size).toBe(ALL_MODULES.length);
  });
});
