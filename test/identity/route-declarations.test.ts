import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { identityModule } from '../../src/modules/identity/index.js';
import { defineModule, type ModuleDefinition } from '../../src/platform/module.js';
import { createTestApp } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => testDb?.drop());

function moduleWithRoute(config: Record<string, unknown>, permissions: { key: string; description: string }[] = []): ModuleDefinition {
  return defineModule({
    name: 'probe',
    schema: 'probe',
    migrationsDir: '/nonexistent',
    permissions,
    routes(app) {
      app.get('/api/v1/probe-thing', { config, schema: { response: { 200: z.object({ ok: z.boolean() }) } } }, async () => ({ ok: true }));
    },
  }) as ModuleDefinition;
}

describe('route access declarations are enforced at start-up', () => {
  it('refuses a route guarded by a permission no module declares', async () => {
    await expect(createTestApp({ testDb, modules: [identityModule as ModuleDefinition, moduleWithRoute({ permission: 'probe.thing.read' })] })).rejects.toThrow(
      /probe\.thing\.read.*no module declares/,
    );
  });

  it('refuses a route that declares no access rule', async () => {
    await expect(createTestApp({ testDb, modules: [identityModule as ModuleDefinition, moduleWithRoute({})] })).rejects.toThrow(/must declare exactly one/);
  });

  it('starts with the permission declared, and custom roles may then use it', async () => {
    const t = await createTestApp({
      testDb,
      modules: [identityModule as ModuleDefinition, moduleWithRoute({ permission: 'probe.thing.read' }, [{ key: 'probe.thing.read', description: 'Probe' }])],
    });
    try {
      const owner = await t.signUp();
      const role = await t.app.inject({ method: 'POST', url: '/api/v1/roles', headers: owner.headers, payload: { name: 'Prober', permissions: ['probe.thing.read'] } });
      expect(role.statusCode).toBe(201);
    } finally {
      await t.close();
    }
  });
});
