import { sql } from 'kysely';
import type { Database } from '../db/index.js';
import type { Metrics } from '../observability/metrics.js';
import { outboxLag } from './outbox.js';

/** Outbox lag and failed deliveries, read from the database at scrape time (any process shows them). */
export function registerEventMetrics(metrics: Metrics, db: Database): void {
  metrics.gauge('kontor_outbox_unpublished_events', 'Committed events the relay has not published yet', async (set) => {
    set((await outboxLag(db.system)).unpublished);
  });
  metrics.gauge('kontor_outbox_lag_seconds', 'Age of the oldest unpublished outbox event (0 when none)', async (set) => {
    set((await outboxLag(db.system)).oldestAgeSeconds);
  });
  metrics.gauge(
    'kontor_event_failures',
    'Failed event deliveries by status (retrying, dead)',
    async (set) => {
      const { rows } = await sql<{ status: string; count: number }>`
        select s.status, count(f.status)::int as count
        from (values ('retrying'), ('dead')) as s(status)
        left join platform.event_failures f on f.status = s.status
        group by s.status`.execute(db.system);
      for (const row of rows) set(row.count, { status: row.status });
    },
    ['status'],
  );
}
