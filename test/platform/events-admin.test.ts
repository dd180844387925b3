import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../src/platform/http/pagination.js';
import { createEventBus, OutboxRelay, type EventBus, type EventEnvelope } from '../../src/platform/events/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { commitEvent, createEffectsTable, effectsOf, eventually, failureOf, recorder, type Recorder } from '../support/event-bus-contract.js';
import type { SignedUp } from '../support/factories.js';

const LIST = '/api/v1/admin/events/dead-letters';
const retryUrl = (consumer: string, eventId: string) => `${LIST}/${consumer}/${eventId}/retry`;

interface DeadLetterItem {
  consumer: string;
  eventId: string;
  eventType: string;
  attempts: number;
  lastError: string;
  event: EventEnvelope;
}

describe('event dead-letter admin API', () => {
  let testDb: TestDatabase;
  let bus: EventBus;
  let t: TestApp;
  let owner: SignedUp;
  let stranger: SignedUp;
  let mirror: Recorder;
  let ledger: Recorder;
  const mine: EventEnvelope[] = [];
  let theirs: EventEnvelope;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    await createEffectsTable(testDb.ownerUrl);
    // One attempt only: every failure is dead at once.
    bus = createEventBus({ db: testDb.db, retry: { maxAttempts: 1 } });
    mirror = recorder('test.mirror', ['test.thing_happened'], Infinity);
    ledger = recorder('test.ledger', ['test.thing_happened'], Infinity);
    bus.subscribe(mirror);
    bus.subscribe(ledger);
    await bus.start();
    t = await createTestApp({ testDb, bus });
    owner = await t.signUp({ timezone: 'UTC' }); // Asia/Kolkata (the factory default) is not in Node 20's ICU list
    stranger = await t.signUp({ timezone: 'UTC' });

    for (let i = 0; i < 2; i += 1) mine.push(await commitEvent(testDb.db, owner.tenantId, 'test.thing_happened', { i }));
    theirs = await commitEvent(testDb.db, stranger.tenantId);
    const relay = new OutboxRelay({ db: testDb.db, bus });
    expect(await relay.drain(5_000)).toBe(true);
    await relay.stop();
  });

  afterAll(async () => {
    await t.close();
    await bus.close();
    await testDb.drop();
  });

  const list = (query = '', headers = owner.headers) => t.app.inject({ method: 'GET', url: `${LIST}${query}`, headers });
  const retry = (consumer: string, eventId: string, headers = owner.headers) => t.app.inject({ method: 'POST', url: retryUrl(consumer, eventId), headers });

  it('requires a signed-in caller holding platform.events.manage', async () => {
    expect((await t.app.inject({ method: 'GET', url: LIST })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: retryUrl('test.mirror', mine[0]!.id) })).statusCode).toBe(401);
    const routes = t.routes.filter((r) => r.url.startsWith(LIST));
    expect(routes.map((r) => r.method).sort()).toEqual(['GET', 'HEAD', 'POST']);
    for (const route of routes) expect((route.config as { permission?: string }).permission).toBe('platform.events.manage');
  });

  it("pages through the caller's tenant's dead letters only, oldest event first", async () => {
    const first = await list('?limit=3');
    expect(first.statusCode).toBe(200);
    const page1 = first.json() as { items: DeadLetterItem[]; nextCursor: string | null };
    expect(page1.items).toHaveLength(3);
    expect(page1.nextCursor).toEqual(expect.any(String));

    const second = await list(`?limit=3&cursor=${page1.nextCursor}`);
    const page2 = second.json() as { items: DeadLetterItem[]; nextCursor: string | null };
    expect(page2).toMatchObject({ nextCursor: null });

    const all = [...page1.items, ...page2.items];
    expect(all.map((d) => [d.eventId, d.consumer])).toEqual(
      mine.flatMap((e) => [[e.id, 'test.ledger'], [e.id, 'test.mirror']]),
    );
    expect(all[0]).toMatchObject({
      consumer: 'test.ledger',
      eventType: 'test.thing_happened',
      attempts: 1,
      lastError: 'Error: test.ledger refuses test.thing_happened',
      event: mine[0],
    });
    expect(all.some((d) => d.eventId === theirs.id)).toBe(false);

    const filtered = (await list('?consumer=test.mirror')).json() as { items: DeadLetterItem[] };
    expect(filtered.items.map((d) => d.consumer)).toEqual(['test.mirror', 'test.mirror']);

    const strangers = (await list('', stranger.headers)).json() as { items: DeadLetterItem[] };
    expect(strangers.items.map((d) => d.eventId)).toEqual([theirs.id, theirs.id]);
  });

  it('rejects cursors it did not issue', async () => {
    for (const cursor of ['not-a-cursor', encodeCursor({ k: 'nope', id: 'test.mirror' }), encodeCursor({ k: 7, id: 'x' })]) {
      const response = await list(`?cursor=${cursor}`);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'REQUEST.INVALID_CURSOR' });
    }
  });

  it("retries a dead letter: reports a repeated failure, delivers once fixed, and then it is gone", async () => {
    const event = mine[0]!;
    const again = await retry('test.mirror', event.id);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({
      consumer: 'test.mirror',
      eventId: event.id,
      outcome: 'failed',
      attempts: 2,
      lastError: 'Error: test.mirror refuses test.thing_happened',
    });

    mirror.failuresLeft = 0;
    const fixed = await retry('test.mirror', event.id);
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json()).toEqual({ consumer: 'test.mirror', eventId: event.id, outcome: 'delivered', attempts: 2, lastError: null });
    expect(await effectsOf(testDb, 'test.mirror', event.id)).toBe(1);

    const listed = (await list()).json() as { items: DeadLetterItem[] };
    expect(listed.items.some((d) => d.consumer === 'test.mirror' && d.eventId === event.id)).toBe(false);
    const gone = await retry('test.mirror', event.id);
    expect(gone.statusCode).toBe(404);
    expect(gone.headers['content-type']).toContain('application/problem+json');
    expect(gone.json()).toMatchObject({ code: 'EVENTS.DEAD_LETTER_NOT_FOUND' });
  });

  it("cannot retry another tenant's dead letter", async () => {
    const response = await retry('test.ledger', theirs.id);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'EVENTS.DEAD_LETTER_NOT_FOUND' });
    expect(ledger.calls.filter((e) => e.id === theirs.id)).toHaveLength(1);
  });

  it('validates the event id', async () => {
    const response = await retry('test.mirror', 'not-a-uuid');
    expect(response.statusCode).toBe(400);
  });

  it('queues the retry when this process does not run the consumer (API role)', async () => {
    const apiBus = createEventBus({ db: testDb.db });
    const api = await createTestApp({ testDb, bus: apiBus });
    try {
      const event = mine[1]!;
      const response = await api.app.inject({ method: 'POST', url: retryUrl('test.ledger', event.id), headers: owner.headers });
      expect(response.statusCode).toBe(202);
      expect(response.json()).toEqual({ consumer: 'test.ledger', eventId: event.id, outcome: 'queued', attempts: 1, lastError: null });
      // The worker process (the main bus here) takes it up; the fault persists, so it is dead again.
      const after = await eventually(async () => {
        const f = await failureOf(testDb, 'test.ledger', event.id);
        return f?.status === 'dead' && f.attempts === 2 ? f : undefined;
      }, 'the worker to retry it');
      expect(after.last_error).toContain('refuses');
      expect(ledger.calls.filter((e) => e.id === event.id)).toHaveLength(2);
    } finally {
      await api.close();
      await apiBus.close();
    }
  });
});
