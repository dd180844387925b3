import { randomBytes } from 'node:crypto';
import { connect, type NatsConnection } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/kernel/index.js';
import { createEventBus, OutboxRelay, type EventBus } from '../../src/platform/events/index.js';
import type { NatsBus } from '../../src/platform/events/nats-bus.js';
import { adminQuery, createTestDatabase, type TestDatabase } from '../support/db.js';
import { commitEvent, createEffectsTable, describeEventBusContract, eventually, recorder } from '../support/event-bus-contract.js';

// This suite proves the NATS relay against a real server; without one it must fail, not skip.
const natsUrl = process.env.NATS_URL;
if (!natsUrl) throw new Error('NATS_URL is not set: the services suite needs a running NATS server with JetStream');
const NATS_URL: string = natsUrl;

let nc: NatsConnection;

beforeAll(async () => {
  try {
    nc = await connect({ servers: NATS_URL, name: 'kontor-tests', timeout: 5_000 });
  } catch (error) {
    throw new Error(`NATS at ${NATS_URL} cannot be reached: ${(error as Error).message}`);
  }
  if (!nc.info?.jetstream) throw new Error(`NATS at ${NATS_URL} runs without JetStream (start it with -js)`);
});

afterAll(async () => {
  await nc?.drain();
});

/** A stream and subject space of its own, so runs and files never see each other's events. */
function isolatedNats() {
  const id = randomBytes(4).toString('hex');
  return { stream: `KONTOR_TEST_${id.toUpperCase()}`, subjectPrefix: `kontortest.${id}` };
}

async function deleteStream(stream: string): Promise<void> {
  const jsm = await nc.jetstreamManager();
  await jsm.streams.delete(stream).catch(() => undefined);
}

describeEventBusContract('NATS JetStream', async () => {
  const nats = isolatedNats();
  return {
    makeBus: (db, { retry }) => createEventBus({ db, natsUrl: NATS_URL, retry, retryPollMs: 50, retryLeaseMs: 5_000, nats }),
    async redeliver(bus: EventBus, event, consumer) {
      // A raw re-publish with a fresh message id gets past the broker's deduplication, as a
      // redelivery after an ack timeout would; only the inbox stands between it and a second effect.
      const natsBus = bus as NatsBus;
      const js = nc.jetstream();
      const ack = await js.publish(natsBus.subjectOf(event.type), JSON.stringify(event), { msgID: newId() });
      const jsm = await nc.jetstreamManager();
      const durable = natsBus.durableName(consumer, event.type);
      await eventually(async () => {
        const info = await jsm.consumers.info(nats.stream, durable);
        return info.ack_floor.stream_seq >= ack.seq && info.num_ack_pending === 0;
      }, `consumer ${durable} to acknowledge stream seq ${ack.seq}`);
    },
    cleanup: () => deleteStream(nats.stream),
  };
});

describe('NATS JetStream specifics', () => {
  let testDb: TestDatabase;
  const nats = isolatedNats();
  const tenantId = newId();

  beforeAll(async () => {
    testDb = await createTestDatabase();
    await createEffectsTable(testDb.ownerUrl);
  });
  afterAll(async () => {
    await deleteStream(nats.stream);
    await testDb.drop();
  });

  it('publishes each event once to a subject named after its type, deduplicating re-publication by event id', async () => {
    const bus = createEventBus({ db: testDb.db, natsUrl: NATS_URL, nats }) as NatsBus;
    const handler = recorder('test.subjects', ['test.thing_happened']);
    bus.subscribe(handler);
    await bus.start();
    const relay = new OutboxRelay({ db: testDb.db, bus });
    try {
      const event = await commitEvent(testDb.db, tenantId);
      expect(await relay.drain(5_000)).toBe(true);
      // The relay crashed after publishing but before stamping the row: it publishes again.
      await adminQuery(testDb.ownerUrl, 'update platform.outbox set published_at = null where id = $1', [event.id]);
      expect(await relay.drain(5_000)).toBe(true);

      const jsm = await nc.jetstreamManager();
      const info = await jsm.streams.info(nats.stream);
      expect(info.config.subjects).toEqual([`${nats.subjectPrefix}.>`]);
      expect(info.state.messages).toBe(1);
      const stored = await jsm.streams.getMessage(nats.stream, { seq: info.state.first_seq });
      expect(stored.subject).toBe(`${nats.subjectPrefix}.test.thing_happened`);
      expect(stored.json()).toEqual(event);
      await eventually(() => handler.calls.length === 1, 'delivery');

      const consumer = await jsm.consumers.info(nats.stream, bus.durableName('test.subjects', 'test.thing_happened'));
      expect(consumer.config.durable_name).toMatch(/^test_subjects__test_thing_happened_[0-9a-f]{8}$/);
      expect(consumer.config.filter_subject).toBe(`${nats.subjectPrefix}.test.thing_happened`);
    } finally {
      await relay.stop();
      await bus.close();
    }
  });

  it('keeps durable consumers across restarts, so events published while a worker is down reach it later', async () => {
    const first = createEventBus({ db: testDb.db, natsUrl: NATS_URL, nats });
    first.subscribe(recorder('test.durable', ['test.durable_happened']));
    await first.start();
    await first.close();

    // Another process (the API) publishes while the worker is down.
    const publisher = createEventBus({ db: testDb.db, natsUrl: NATS_URL, nats });
    const relay = new OutboxRelay({ db: testDb.db, bus: publisher });
    const event = await commitEvent(testDb.db, tenantId, 'test.durable_happened');
    expect(await relay.drain(5_000)).toBe(true);
    await relay.stop();
    await publisher.close();

    const handler = recorder('test.durable', ['test.durable_happened']);
    const second = createEventBus({ db: testDb.db, natsUrl: NATS_URL, nats });
    second.subscribe(handler);
    await second.start();
    try {
      await eventually(() => handler.calls.length === 1, 'delivery to the restarted worker');
      expect(handler.calls[0]).toEqual(event);
    } finally {
      await second.close();
    }
  });

  it('fails to start, publish and ping when the server cannot be reached', async () => {
    const bus = createEventBus({ db: testDb.db, natsUrl: 'nats://127.0.0.1:1', nats });
    await expect(bus.start()).rejects.toThrow();
    await expect(bus.ping()).rejects.toThrow();
    await expect(bus.publish([await commitEvent(testDb.db, tenantId, 'test.unreachable_happened')])).rejects.toThrow();
    await bus.close();
  });
});
