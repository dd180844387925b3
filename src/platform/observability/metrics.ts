import client from 'prom-client';
import type { Database } from '../db/index.js';
import type { KontorApp } from '../http/types.js';

/** One Prometheus registry per running app (tests build many apps in one process). */
export class Metrics {
  readonly registry = new client.Registry();
  readonly httpDuration: client.Histogram<'method' | 'route' | 'status'>;
  private readonly collectors: (() => Promise<void>)[] = [];

  constructor() {
    client.collectDefaultMetrics({ register: this.registry, prefix: 'kontor_' });
    this.httpDuration = new client.Histogram({
      name: 'kontor_http_request_duration_seconds',
      help: 'HTTP request latency by route and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
  }

  gauge(name: string, help: string, collect: (set: (value: number, labels?: Record<string, string>) => void) => Promise<void> | void, labelNames: string[] = []): void {
    const gauge = new client.Gauge({ name, help, labelNames, registers: [this.registry] });
    this.collectors.push(async () => {
      gauge.reset();
      await collect((value, labels) => (labels ? gauge.set(labels, value) : gauge.set(value)));
    });
  }

  watchPools(db: Database): void {
    this.gauge(
      'kontor_db_pool_connections',
      'Database pool connections by pool and state',
      (set) => {
        for (const [pool, p] of [['app', db.appPool], ['system', db.systemPool]] as const) {
          set(p.totalCount, { pool, state: 'total' });
          set(p.idleCount, { pool, state: 'idle' });
          set(p.waitingCount, { pool, state: 'waiting' });
        }
      },
      ['pool', 'state'],
    );
  }

  async render(): Promise<string> {
    await Promise.all(this.collectors.map((c) => c().catch(() => undefined)));
    return this.registry.metrics();
  }

  register(app: KontorApp): void {
    app.addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions.url ?? 'unmatched';
      this.httpDuration.observe(
        { method: request.method, route, status: String(reply.statusCode) },
        reply.elapsedTime / 1000,
      );
    });
  }
}
