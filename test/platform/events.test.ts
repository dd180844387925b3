import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, newId, resetClock, resetIdGenerator, sequentialIds, setClock, setIdGenerator, systemActor } from '../../src/kernel/index.js';
import {
  appendEvent,
  appendEvents,
  backoffDelay,
  createEventBus,
  deliverOnce,
  OutboxRelay,
  registerEventMetrics,
  retryPolicy,
  type EventBus,
  type EventEnvelope,
} from '../../src/platform/events/index.js';
import { Metrics } from '../../src/platform/observability/metrics.js';
import { adminQuery, createTestDatabase, type TestDatabase } from '../support/db.js';
import { commitEvent, createEffectsTable, describeEventBusContract, effectsOf, eventually, recorder, sleep } from '../support/event-bus-contract.js';

describeEventBusContract('in-process', async () => ({
  makeBus: (db, { retry }) => createEventBus({ db, retry, retryPollMs: 50, retryLeaseMs: 5_000 }),
  redeliver: (bus, event) => bus.publish([event]),
  cleanup: async () => undefined,
}));

/** A bus that only remembers what it was given (or refuses it). */
class RecordingBus implements EventBus {
  readonly kind = 'recording';
  published: EventEnvelope[] = [];
  refuse = false;
  async publish(events: EventEnvelope[]) {
    if (this.refuse) throw new Error('broker unavailable');
    await sleep(1);
    this.published.push(...events);
  }
  subscribe() {}
  async start() {}
  async close() {}
  async ping() {}
  async retryDeadLetter() {
    return { outcome: 'not_found' as const };
  }
}

describe('platform events', () => {
  let testDb: TestDatabase;
  const tenantId = newId();
  const relays: OutboxRelay[] = [];

  beforeAll(async () => {
    testDb = await createTestDatabase();
    await createEffectsTable(testDb.ownerUrl);
  });
  afterEach(async () => {
    for (const relay of relays.splice(0)) await relay.stop();
    resetClock();
    resetIdGenerator();
    await adminQuery(testDb.ownerUrl, 'update platform.outbox set published_at = now() where published_at is null');
  });
  afterAll(async () => {
    await testDb.drop();
  });

  function relay(bus: EventBus, options: Partial<ConstructorParameters<typeof OutboxRelay>[0]> = {}) {
    const r = new OutboxRelay({ db: testDb.db, bus, pollIntervalMs: 100, ...options });
    relays.push(r);
    return r;
  }

  describe('appendEvent', () => {
    it('builds the envelope from the kernel clock and id generator and stores it', async () => {
      setClock(fixedClock('2025-04-01T10:00:00.000Z'));
      setIdGenerator(sequentialIds());
      const event = await testDb.db.withTenant(tenantId, (tx) =>
        appendEvent(tx, { type: 'invoice.created', tenantId, actor: { type: 'user', id: 'u1' }, data: { total: 123450n, note: 'x' } }),
      );
      expect(event).toEqual({
        id: '01900000-0000-7000-8000-000000000001',
        type: 'invoice.created',
        tenantId,
        occurredAt: '2025-04-01T10:00:00.000Z',
        actor: { type: 'user', id: 'u1' },
        data: { total: 123450n, note: 'x' },
        schemaVersion: 1,
      });
      const { rows } = await adminQuery(testDb.ownerUrl, 'select tenant_id, type, occurred_at, actor, data, schema_version, published_at from platform.outbox where id = $1', [event.id]);
      expect(rows[0]).toEqual({
        tenant_id: tenantId,
        type: 'invoice.created',
        occurred_at: new Date('2025-04-01T10:00:00.000Z'),
        actor: { type: 'user', id: 'u1' },
        data: { note: 'x', total: '123450' }, // bigint money travels as a decimal string
        schema_version: 1,
        published_at: null,
      });
    });

    it('rejects malformed types and schema versions before touching the database', async () => {
      await expect(testDb.db.withTenant(tenantId, (tx) => appendEvent(tx, { type: 'InvoiceCreated', tenantId, actor: null, data: {} }))).rejects.toThrow('noun.verb_past');
      await expect(testDb.db.withTenant(tenantId, (tx) => appendEvent(tx, { type: 'invoice.created', tenantId, actor: null, data: {}, schemaVersion: 0 }))).rejects.toThrow('schemaVersion');
    });

    it('lets a tenant transaction append only its own or tenant-free events, and never read the outbox', async () => {
      const other = newId();
      await expect(testDb.db.withTenant(tenantId, (tx) => appendEvent(tx, { type: 'invoice.created', tenantId: other, actor: null, data: {} }))).rejects.toThrow(/row-level security/);
      await expect(testDb.db.withoutTenant((tx) => appendEvent(tx, { type: 'invoice.created', tenantId, actor: null, data: {} }))).rejects.toThrow(/row-level security/);
      await expect(testDb.db.withTenant(tenantId, (tx) => appendEvent(tx, { type: 'plan.changed', tenantId: null, actor: systemActor(), data: {} }))).resolves.toMatchObject({ tenantId: null });
      await expect(testDb.db.withTenant(tenantId, (tx) => sql`select * from platform.outbox`.execute(tx))).rejects.toThrow(/permission denied/);
      await expect(testDb.db.withTenant(tenantId, (tx) => sql`select * from platform.event_failures`.execute(tx))).resolves.toBeDefined();
      await expect(testDb.db.withTenant(tenantId, (tx) => sql`delete from platform.event_failures`.execute(tx))).rejects.toThrow(/permission denied/);
    });
  });

  describe('appendEvents', () => {
    it('stores several events in one statement, in order, with the same checks as appendEvent', async () => {
      const made = await testDb.db.withTenant(tenantId, (tx) =>
        appendEvents(tx, [
          { type: 'invoice.created', tenantId, actor: null, data: { n: 1 } },
          { type: 'invoice.sent', tenantId, actor: null, data: { n: 2 } },
          { type: 'invoice.paid', tenantId, actor: null, data: { n: 3 } },
        ]),
      );
      const { rows } = await adminQuery(testDb.ownerUrl, 'select id, type from platform.outbox where id = any($1::uuid[]) order by seq', [made.map((e) => e.id)]);
      expect(rows).toEqual(made.map((e) => ({ id: e.id, type: e.type })));
      expect(rows.map((r) => (r as { type: string }).type)).toEqual(['invoice.created', 'invoice.sent', 'invoice.paid']);
      await expect(testDb.db.withTenant(tenantId, (tx) => appendEvents(tx, [{ type: 'invoice.created', tenantId, actor: null, data: {} }, { type: 'Bad', tenantId, actor: null, data: {} }]))).rejects.toThrow('noun.verb_past');
      await expect(testDb.db.withTenant(tenantId, (tx) => appendEvents(tx, []))).resolves.toEqual([]);
    });
  });

  describe('inbox', () => {
    it('runs a handler once when the same event arrives twice at the same moment', async () => {
      const handler = recorder('test.concurrent', ['test.thing_happened']);
      const slow = { ...handler, handle: async (tx: Parameters<typeof handler.handle>[0], event: EventEnvelope) => {
        await sleep(100);
        await handler.handle(tx, event);
      } };
      const event = await commitEvent(testDb.db, tenantId);
      const results = await Promise.all([deliverOnce(testDb.db, slow, event), deliverOnce(testDb.db, slow, event)]);
      expect(results.sort()).toEqual(['duplicate', 'handled']);
      expect(handler.calls).toHaveLength(1);
      expect(await effectsOf(testDb, 'test.concurrent', event.id)).toBe(1);
    });

    it('rolls the inbox row back with a failed handler, so the next delivery runs it again', async () => {
      const handler = recorder('test.retried', ['test.thing_happened'], 1);
      const event = await commitEvent(testDb.db, tenantId);
      await expect(deliverOnce(testDb.db, handler, event)).rejects.toThrow('refuses');
      expect(await effectsOf(testDb, 'test.retried', event.id)).toBe(0);
      await expect(deliverOnce(testDb.db, handler, event)).resolves.toBe('handled');
      await expect(deliverOnce(testDb.db, handler, event)).resolves.toBe('duplicate');
      expect(handler.calls).toHaveLength(2);
    });

    it("keeps a tenant's handler from writing another tenant's inbox", async () => {
      await expect(
        testDb.db.withTenant(tenantId, (tx) => sql`insert into platform.inbox (consumer, event_id, tenant_id) values ('x', ${newId()}, ${newId()})`.execute(tx)),
      ).rejects.toThrow(/row-level security/);
    });
  });

  describe('backoff', () => {
    const policy = retryPolicy({ baseDelayMs: 100, maxDelayMs: 1_000, jitter: 0.5 });

    it('doubles from the base delay up to the cap', () => {
      expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, policy, () => 1))).toEqual([100, 200, 400, 800, 1_000, 1_000]);
      expect(backoffDelay(60, policy, () => 1)).toBe(1_000);
    });

    it('randomises only the jitter share of the delay', () => {
      expect(backoffDelay(3, policy, () => 0)).toBe(200);
      expect(backoffDelay(3, policy, () => 0.5)).toBe(300);
      expect(backoffDelay(3, { ...policy, jitter: 0 }, () => 0)).toBe(400);
    });

    it('refuses nonsensical policies', () => {
      expect(() => retryPolicy({ maxAttempts: 0 })).toThrow();
      expect(() => retryPolicy({ baseDelayMs: 10, maxDelayMs: 5 })).toThrow();
    });
  });

  describe('in-process bus', () => {
    it('refuses two handlers with one consumer name and malformed names', () => {
      const bus = createEventBus({ db: testDb.db });
      bus.subscribe(recorder('test.same', ['test.thing_happened']));
      expect(() => bus.subscribe(recorder('test.same', ['test.other_happened']))).toThrow('subscribed twice');
      expect(() => bus.subscribe(recorder('Not A Name', ['test.thing_happened']))).toThrow('must look like');
      expect(() => bus.subscribe(recorder('test.none', []))).toThrow('no event types');
    });

    it('keeps an event unpublished while a failure cannot even be recorded', async () => {
      const bus = createEventBus({ db: testDb.db, retry: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 10 } });
      const handler = recorder('test.unrecordable', ['test.unrecordable_happened'], Infinity);
      bus.subscribe(handler);
      const event = await commitEvent(testDb.db, tenantId, 'test.unrecordable_happened');
      await adminQuery(testDb.ownerUrl, 'alter table platform.event_failures add constraint no_writes check (false) not valid');
      try {
        expect(await relay(bus).drain(300)).toBe(false);
      } finally {
        await adminQuery(testDb.ownerUrl, 'alter table platform.event_failures drop constraint no_writes');
      }
      const { rows } = await adminQuery(testDb.ownerUrl, 'select published_at from platform.outbox where id = $1', [event.id]);
      expect(rows).toEqual([{ published_at: null }]);
      expect(handler.calls.length).toBeGreaterThanOrEqual(1);

      handler.failuresLeft = 0;
      expect(await relay(bus).drain(5_000)).toBe(true);
      expect(await effectsOf(testDb, 'test.unrecordable', event.id)).toBe(1);
    });
  });

  describe('relay', () => {
    it('publishes in commit-sequence order and stamps rows published', async () => {
      const bus = new RecordingBus();
      const events: EventEnvelope[] = [];
      for (let i = 0; i < 7; i += 1) events.push(await commitEvent(testDb.db, tenantId, 'test.ordered_happened', { i }));
      expect(await relay(bus, { batchSize: 3 }).drain(5_000)).toBe(true);
      expect(bus.published.map((e) => e.id)).toEqual(events.map((e) => e.id));
      expect(bus.published[0]).toEqual(events[0]);
    });

    it('wakes on the commit notification instead of waiting for the next poll', async () => {
      const bus = new RecordingBus();
      const r = relay(bus, { pollIntervalMs: 60_000 });
      await r.start();
      await sleep(100); // the start-up pump is over
      const started = Date.now();
      const event = await commitEvent(testDb.db, tenantId);
      await eventually(() => bus.published.some((e) => e.id === event.id), 'the notified relay', 5_000);
      expect(Date.now() - started).toBeLessThan(2_000);
    });

    it('lets several relays share the outbox without publishing an event twice', async () => {
      const buses = [new RecordingBus(), new RecordingBus(), new RecordingBus()];
      const ids = new Set<string>();
      await Promise.all(
        Array.from({ length: 4 }, async (_, w) => {
          for (let i = 0; i < 30; i += 1) ids.add((await commitEvent(testDb.db, tenantId, 'test.parallel_happened', { w, i })).id);
        }),
      );
      const rs = buses.map((bus) => relay(bus, { batchSize: 5 }));
      const results = await Promise.all(rs.map((r) => r.drain(10_000)));
      expect(results).toEqual([true, true, true]);
      const published = buses.flatMap((b) => b.published.map((e) => e.id));
      expect(published).toHaveLength(120);
      expect(new Set(published)).toEqual(ids);
      expect(buses.filter((b) => b.published.length > 0).length).toBeGreaterThan(1);
    });

    it('keeps events while the bus refuses them and publishes them when it recovers', async () => {
      const bus = new RecordingBus();
      bus.refuse = true;
      const event = await commitEvent(testDb.db, tenantId);
      const r = relay(bus, { errorBackoffMs: 20, maxErrorBackoffMs: 40 });
      await r.start();
      expect(await r.drain(300)).toBe(false);
      bus.refuse = false;
      await eventually(() => bus.published.some((e) => e.id === event.id), 'publication after recovery', 5_000);
    });

    it('prunes published events and inbox guards past their retention, never unpublished ones', async () => {
      const published = await commitEvent(testDb.db, tenantId);
      const pending = await commitEvent(testDb.db, tenantId);
      await adminQuery(testDb.ownerUrl, `update platform.outbox set published_at = now() - interval '10 days' where id = $1`, [published.id]);
      await adminQuery(testDb.ownerUrl, `insert into platform.inbox (consumer, event_id, tenant_id, processed_at) values ('test.old', $1, $2, now() - interval '40 days'), ('test.new', $1, $2, now())`, [published.id, tenantId]);
      await relay(new RecordingBus()).prune();
      const { rows } = await adminQuery(testDb.ownerUrl, 'select id from platform.outbox where id = any($1)', [[published.id, pending.id]]);
      expect(rows).toEqual([{ id: pending.id }]);
      const inbox = await adminQuery(testDb.ownerUrl, 'select consumer from platform.inbox where event_id = $1', [published.id]);
      expect(inbox.rows).toEqual([{ consumer: 'test.new' }]);
    });
  });

  describe('metrics', () => {
    it('shows outbox lag and failed deliveries', async () => {
      const metrics = new Metrics();
      registerEventMetrics(metrics, testDb.db);
      await commitEvent(testDb.db, tenantId);
      await commitEvent(testDb.db, tenantId);
      await adminQuery(testDb.ownerUrl, `update platform.outbox set created_at = now() - interval '90 seconds' where published_at is null`);
      let text = await metrics.render();
      expect(text).toMatch(/^kontor_outbox_unpublished_events 2$/m);
      const lag = Number(/^kontor_outbox_lag_seconds ([\d.]+)$/m.exec(text)?.[1]);
      expect(lag).toBeGreaterThanOrEqual(90);
      expect(text).toMatch(/^kontor_event_failures\{status="dead"\} \d+$/m);

      expect(await relay(new RecordingBus()).drain(5_000)).toBe(true);
      text = await metrics.render();
      expect(text).toMatch(/^kontor_outbox_unpublished_events 0$/m);
      expect(text).toMatch(/^kontor_outbox_lag_seconds 0$/m);
    });
  });
});
