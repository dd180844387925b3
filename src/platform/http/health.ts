import type { Database } from '../db/index.js';
import type { EventBus } from '../events/bus.js';
import type { Metrics } from '../observability/metrics.js';
import type { KontorApp } from './types.js';
import { z } from 'zod';

const healthSchema = z.object({ status: z.enum(['ok', 'unavailable']), checks: z.record(z.string(), z.string()).optional() });

export function registerHealthRoutes(app: KontorApp, deps: { db: Database; bus: EventBus; metrics: Metrics }): void {
  app.get(
    '/healthz',
    { config: { public: true }, schema: { tags: ['platform'], summary: 'Process liveness', response: { 200: healthSchema } } },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { public: true },
      schema: { tags: ['platform'], summary: 'Readiness: database and event bus reachable', response: { 200: healthSchema, 503: healthSchema } },
    },
    async (_request, reply) => {
      const checks: Record<string, string> = {};
      const probe = async (name: string, fn: () => Promise<void>) => {
        try {
          await fn();
          checks[name] = 'ok';
        } catch (error) {
          checks[name] = (error as Error).message || 'failed';
        }
      };
      await Promise.all([probe('database', () => deps.db.ping()), probe('bus', () => deps.bus.ping())]);
      const ok = Object.values(checks).every((v) => v === 'ok');
      return reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable', checks });
    },
  );

  app.get('/metrics', { config: { public: true }, schema: { hide: true } }, async (_request, reply) => {
    reply.type('text/plain; version=0.0.4; charset=utf-8');
    return deps.metrics.render();
  });
}
