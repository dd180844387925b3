import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId, systemActor } from '../../src/kernel/index.js';
import type { Database, Tx } from '../../src/platform/db/index.js';
import { appendEvent, OutboxRelay, type EventBus, type EventEnvelope, type RetryPolicy } from '../../src/platform/events/index.js';
import type { EventHandlerDefinition } from '../../src/platform/module.js';
import { adminQuery, createTestDatabase, type TestDatabase } from './db.js';

/** How one bus implementation is built and poked by the shared behaviour tests. */
export interface BusHarness {
  /** A bus as one Kontor process would create it (several may share the database and broker). */
  makeBus(db: Database, options: { retry: Partial<RetryPolicy> }): EventBus;
  /**
   * Hands `event` to `consumer` once more, bypassing outbox, relay and broker deduplication, and
   * resolves once the consumer has dealt with it.
   */
  redeliver(bus: EventBus, event: EventEnvelope, consumer: string): Promise<void>;
  cleanup(): Promise<void>;
}

export interface Recorder extends EventHandlerDefinition {
  calls: EventEnvelope[];
  /** Failures still to throw before the handler starts succeeding (Infinity: always fails). */
  failuresLeft: number;
}

/** A handler that writes one row per handled event to `public.effects` in the handler's transaction. */
export function recorder(consumer: string, eventTypes: string[], failures = 0): Recorder {
  const handler: Recorder = {
    consumer,
    eventTypes,
    calls: [],
    failuresLeft: failures,
    async handle(tx: Tx, event: EventEnvelope) {
      handler.calls.push(event);
      await sql`insert into public.effects (consumer, event_id, tenant_id) values (${consumer}, ${event.id}, ${event.tenantId})`.execute(tx);
      if (handler.failuresLeft > 0) {
        handler.failuresLeft -= 1;
        throw new Error(`${consumer} refuses ${event.type}`);
      }
    },
  };
  return handler;
}

export async function eventually<T>(probe: () => Promise<T | undefined | false> | T | undefined | false, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(25);
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function createEffectsTable(ownerUrl: string): Promise<void> {
  await adminQuery(
    ownerUrl,
    `create table public.effects (consumer text not null, event_id uuid not null, tenant_id uuid);
     grant select, insert on public.effects to kontor_app`,
  );
}

export async function effectsOf(testDb: TestDatabase, consumer: string, eventId: string): Promise<number> {
  const { rows } = await adminQuery(testDb.ownerUrl, 'select count(*)::int as n from public.effects where consumer = $1 and event_id = $2', [consumer, eventId]);
  return (rows[0] as { n: number }).n;
}

export async function failureOf(testDb: TestDatabase, consumer: string, eventId: string) {
  const { rows } = await adminQuery(testDb.ownerUrl, 'select status, attempts, last_error from platform.event_failures where consumer = $1 and event_id = $2', [consumer, eventId]);
  return rows[0] as { status: 'retrying' | 'dead'; attempts: number; last_error: string } | undefined;
}

export async function commitEvent(db: Database, tenantId: string | null, type = 'test.thing_happened', data: unknown = { n: 1 }): Promise<EventEnvelope> {
  const event = { type, tenantId, actor: systemActor('test'), data };
  return tenantId === null ? db.withoutTenant((tx) => appendEvent(tx, event)) : db.withTenant(tenantId, (tx) => appendEvent(tx, event));
}

interface Process {
  bus: EventBus;
  relay: OutboxRelay;
  stop(): Promise<void>;
}

/**
 * The behaviours every bus must show, proven against a real PostgreSQL (and, for brokers, the real
 * broker): rollback means no delivery, a crash loses nothing, duplicates act once, failures back off
 * into dead letters that an operator can retry.
 */
export function describeEventBusContract(name: string, makeHarness: () => Promise<BusHarness>): void {
  describe(`event bus contract: ${name}`, () => {
    let testDb: TestDatabase;
    let harness: BusHarness;
    let tenantId: string;
    const running: Process[] = [];
    const retry: Partial<RetryPolicy> = { maxAttempts: 3, baseDelayMs: 20, maxDelayMs: 100, jitter: 0.5 };

    beforeEach(async () => {
      testDb = await createTestDatabase();
      await createEffectsTable(testDb.ownerUrl);
      harness = await makeHarness();
      tenantId = newId();
    });

    afterEach(async () => {
      for (const p of running.splice(0)) await p.stop();
      await harness.cleanup();
      await testDb.drop();
    });

    /** Starts a bus and a relay as a Kontor worker process would. */
    async function startProcess(handlers: EventHandlerDefinition[], options: { relay?: boolean; db?: Database } = {}): Promise<Process> {
      const db = options.db ?? testDb.db;
      const bus = harness.makeBus(db, { retry });
      for (const handler of handlers) bus.subscribe(handler);
      await bus.start();
      const relay = new OutboxRelay({ db, bus, pollIntervalMs: 100 });
      if (options.relay !== false) await relay.start();
      let stopped = false;
      const p: Process = {
        bus,
        relay,
        async stop() {
          if (stopped) return;
          stopped = true;
          await relay.stop();
          await bus.close();
        },
      };
      running.push(p);
      return p;
    }

    it('delivers a committed event with its full envelope to every consumer of its type, and only to them', async () => {
      const a = recorder('test.alpha', ['test.thing_happened']);
      const b = recorder('test.beta', ['test.thing_happened', 'test.other_happened']);
      const c = recorder('test.gamma', ['test.other_happened']);
      await startProcess([a, b, c]);

      const event = await commitEvent(testDb.db, tenantId, 'test.thing_happened', { amount: '1234.50', lines: [1, 2] });
      await eventually(() => a.calls.length === 1 && b.calls.length === 1, 'both consumers');

      expect(a.calls[0]).toEqual(event);
      expect(b.calls[0]).toEqual(event);
      expect(event.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      await sleep(200);
      expect(c.calls).toHaveLength(0);
      expect(await effectsOf(testDb, 'test.alpha', event.id)).toBe(1);
    });

    it('delivers tenant-free events through a tenant-free transaction', async () => {
      const a = recorder('test.alpha', ['test.thing_happened']);
      await startProcess([a]);
      const event = await commitEvent(testDb.db, null);
      await eventually(() => a.calls.length === 1, 'delivery');
      expect(a.calls[0]).toEqual(event);
      expect(await effectsOf(testDb, 'test.alpha', event.id)).toBe(1);
    });

    it('never delivers an event written in a rolled-back transaction', async () => {
      const a = recorder('test.alpha', ['test.thing_happened']);
      const p = await startProcess([a]);

      let doomed: EventEnvelope | undefined;
      await expect(
        testDb.db.withTenant(tenantId, async (tx) => {
          doomed = await appendEvent(tx, { type: 'test.thing_happened', tenantId, actor: null, data: { doomed: true } });
          throw new Error('use case failed after appending');
        }),
      ).rejects.toThrow('use case failed');
      const marker = await commitEvent(testDb.db, tenantId);

      await eventually(() => a.calls.some((e) => e.id === marker.id), 'the committed marker event');
      expect(await p.relay.drain(2_000)).toBe(true);
      await sleep(200);
      expect(doomed).toBeDefined();
      expect(a.calls.map((e) => e.id)).toEqual([marker.id]);
      const { rows } = await adminQuery(testDb.ownerUrl, 'select count(*)::int as n from platform.outbox where id = $1', [doomed!.id]);
      expect(rows[0]).toEqual({ n: 0 });
    });

    it('delivers after a restart an event committed just before the process crashed', async () => {
      const before = recorder('test.alpha', ['test.thing_happened']);
      const crashed = await startProcess([before], { relay: false });
      const event = await commitEvent(testDb.db, tenantId);
      // The process dies before its relay ever ran: the event is committed and unpublished.
      await crashed.stop();
      expect(before.calls).toHaveLength(0);

      const after = recorder('test.alpha', ['test.thing_happened']);
      await startProcess([after]);
      await eventually(() => after.calls.length === 1, 'delivery after restart');
      expect(after.calls[0]).toEqual(event);
      expect(await effectsOf(testDb, 'test.alpha', event.id)).toBe(1);
    });

    it('delivers an event whose relay died while holding its claim, once the claim dies with the connection', async () => {
      const a = recorder('test.alpha', ['test.thing_happened']);
      const event = await commitEvent(testDb.db, tenantId);

      // A relay in another process has claimed the row and is mid-publish.
      const dying = new pg.Client({ connectionString: testDb.ownerUrl });
      await dying.connect();
      dying.on('error', () => undefined);
      await dying.query('begin');
      const claimed = await dying.query('select seq from platform.outbox where published_at is null for update skip locked');
      expect(claimed.rowCount).toBe(1);
      const { rows } = await dying.query<{ pid: number }>('select pg_backend_pid() as pid');

      await startProcess([a]);
      await sleep(400);
      expect(a.calls).toHaveLength(0); // the claim is respected while its holder lives

      await adminQuery(testDb.ownerUrl, 'select pg_terminate_backend($1)', [rows[0]!.pid]);
      await dying.end().catch(() => undefined);
      await eventually(() => a.calls.length === 1, 'delivery after the claimant died');
      expect(a.calls[0]!.id).toBe(event.id);
    });

    it('a consumer given the same event twice (even concurrently) acts once', async () => {
      const a = recorder('test.alpha', ['test.thing_happened']);
      const p = await startProcess([a]);
      const event = await commitEvent(testDb.db, tenantId);
      await eventually(() => a.calls.length === 1, 'first delivery');

      await harness.redeliver(p.bus, event, 'test.alpha');
      await Promise.all([harness.redeliver(p.bus, event, 'test.alpha'), harness.redeliver(p.bus, event, 'test.alpha')]);

      expect(a.calls).toHaveLength(1);
      expect(await effectsOf(testDb, 'test.alpha', event.id)).toBe(1);
      const { rows } = await adminQuery(testDb.ownerUrl, 'select count(*)::int as n from platform.inbox where consumer = $1 and event_id = $2', ['test.alpha', event.id]);
      expect(rows[0]).toEqual({ n: 1 });
    });

    it('retries a failing consumer with backoff until it succeeds, without bothering the others', async () => {
      const flaky = recorder('test.flaky', ['test.thing_happened'], 2);
      const steady = recorder('test.steady', ['test.thing_happened']);
      await startProcess([flaky, steady]);
      const event = await commitEvent(testDb.db, tenantId);

      await eventually(async () => (await effectsOf(testDb, 'test.flaky', event.id)) === 1, 'the flaky consumer to succeed');
      expect(flaky.calls).toHaveLength(3);
      expect(steady.calls).toHaveLength(1);
      await eventually(async () => (await failureOf(testDb, 'test.flaky', event.id)) === undefined, 'the failure record to clear');
    });

    it('dead-letters a delivery after the last attempt; an operator retry delivers it once the fault is fixed', async () => {
      const broken = recorder('test.broken', ['test.thing_happened'], Infinity);
      const steady = recorder('test.steady', ['test.thing_happened']);
      const p = await startProcess([broken, steady]);
      const event = await commitEvent(testDb.db, tenantId);

      const dead = await eventually(async () => {
        const f = await failureOf(testDb, 'test.broken', event.id);
        return f?.status === 'dead' ? f : undefined;
      }, 'a dead letter');
      expect(dead.attempts).toBe(3);
      expect(dead.last_error).toContain('test.broken refuses test.thing_happened');
      await sleep(300);
      expect(broken.calls).toHaveLength(3); // no more attempts once dead
      expect(await effectsOf(testDb, 'test.broken', event.id)).toBe(0); // each failed attempt rolled back
      expect(steady.calls).toHaveLength(1);

      expect(await p.bus.retryDeadLetter(newId(), 'test.broken', event.id)).toEqual({ outcome: 'not_found' });
      expect(await p.bus.retryDeadLetter(tenantId, 'test.broken', event.id)).toMatchObject({ outcome: 'failed', attempts: 4 });
      expect(await failureOf(testDb, 'test.broken', event.id)).toMatchObject({ status: 'dead', attempts: 4 });

      broken.failuresLeft = 0;
      expect(await p.bus.retryDeadLetter(tenantId, 'test.broken', event.id)).toEqual({ outcome: 'delivered', attempts: 4 });
      expect(await effectsOf(testDb, 'test.broken', event.id)).toBe(1);
      expect(await failureOf(testDb, 'test.broken', event.id)).toBeUndefined();
      expect(await p.bus.retryDeadLetter(tenantId, 'test.broken', event.id)).toEqual({ outcome: 'not_found' });
      expect(steady.calls).toHaveLength(1);
    });

    it('a process that does not run the consumer queues the retry for the worker that does', async () => {
      const broken = recorder('test.broken', ['test.thing_happened'], 3);
      await startProcess([broken]);
      const event = await commitEvent(testDb.db, tenantId);
      await eventually(async () => (await failureOf(testDb, 'test.broken', event.id))?.status === 'dead', 'a dead letter');

      const api = await startProcess([], { relay: false });
      expect(await api.bus.retryDeadLetter(tenantId, 'test.broken', event.id)).toEqual({ outcome: 'queued', attempts: 3 });
      await eventually(async () => (await effectsOf(testDb, 'test.broken', event.id)) === 1, 'the worker to deliver it');
      await eventually(async () => (await failureOf(testDb, 'test.broken', event.id)) === undefined, 'the dead letter to clear');
      expect(broken.calls).toHaveLength(4);
    });

    it('drains the outbox on shutdown', async () => {
      const a = recorder('test.alpha', ['test.thing_happened']);
      const p = await startProcess([a], { relay: false });
      const events = [];
      for (let i = 0; i < 5; i += 1) events.push(await commitEvent(testDb.db, tenantId, 'test.thing_happened', { i }));
      expect(await p.relay.drain(5_000)).toBe(true);
      const { rows } = await adminQuery(testDb.ownerUrl, 'select count(*)::int as n from platform.outbox where published_at is null');
      expect(rows[0]).toEqual({ n: 0 });
      await eventually(() => a.calls.length === 5, 'all five deliveries');
      expect(a.calls.map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
    });

    it('answers ping while running', async () => {
      const p = await startProcess([]);
      await expect(p.bus.ping()).resolves.toBeUndefined();
    });

    it('refuses ping and publish once closed', async () => {
      const p = await startProcess([], { relay: false });
      await p.stop();
      await expect(p.bus.ping()).rejects.toThrow();
      await expect(p.bus.publish([await commitEvent(testDb.db, tenantId)])).rejects.toThrow();
    });

    it('on shutdown waits for a running handler to finish and commit', async () => {
      let finished = 0;
      const slow = recorder('test.slow', ['test.thing_happened']);
      const handle = slow.handle.bind(slow);
      slow.handle = async (tx, event) => {
        await handle(tx, event);
        await sleep(300);
        finished += 1;
      };
      const p = await startProcess([slow]);
      const event = await commitEvent(testDb.db, tenantId);
      await eventually(() => slow.calls.length === 1, 'the handler to start');

      await p.stop();
      expect(finished).toBe(1);
      expect(await effectsOf(testDb, 'test.slow', event.id)).toBe(1);
      expect(await failureOf(testDb, 'test.slow', event.id)).toBeUndefined();
    });
  });
}
