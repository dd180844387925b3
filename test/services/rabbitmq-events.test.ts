import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { connect, type Channel, type ChannelModel, type ConfirmChannel } from 'amqplib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newId, systemActor } from '../../src/kernel/index.js';
import type { Database } from '../../src/platform/db/index.js';
import {
  createEventBus,
  OutboxRelay,
  RabbitMqBus,
  type EventBus,
  type EventEnvelope,
  type RabbitMqBusOptions,
  type RabbitMqSettled,
  type RetryPolicy,
} from '../../src/platform/events/index.js';
import { adminQuery, createTestDatabase, type TestDatabase } from '../support/db.js';
import { commitEvent, createEffectsTable, describeEventBusContract, effectsOf, eventually, failureOf, recorder, sleep } from '../support/event-bus-contract.js';

// This suite proves the RabbitMQ bus against a real broker; without one it must fail, not skip.
const rabbitUrl = process.env.RABBITMQ_URL;
if (!rabbitUrl) throw new Error('RABBITMQ_URL is not set: the services suite needs a running RabbitMQ');
const RABBITMQ_URL: string = rabbitUrl;

let admin: ChannelModel;

beforeAll(async () => {
  try {
    admin = await connect(RABBITMQ_URL, { timeout: 5_000 });
  } catch (error) {
    throw new Error(`RabbitMQ at ${RABBITMQ_URL} cannot be reached: ${(error as Error).message}`);
  }
  admin.on('error', () => undefined);
});

afterAll(async () => {
  await admin?.close();
});

/** Runs `fn` on a channel of its own: a broker error (404, 406) closes only that channel. */
async function withChannel<T>(fn: (ch: Channel) => Promise<T>): Promise<T> {
  const ch = await admin.createChannel();
  ch.on('error', () => undefined);
  try {
    return await fn(ch);
  } finally {
    await ch.close().catch(() => undefined);
  }
}

async function withConfirmChannel<T>(fn: (ch: ConfirmChannel) => Promise<T>): Promise<T> {
  const ch = await admin.createConfirmChannel();
  ch.on('error', () => undefined);
  try {
    return await fn(ch);
  } finally {
    await ch.close().catch(() => undefined);
  }
}

const queueDepth = (queue: string) => withChannel(async (ch) => (await ch.checkQueue(queue)).messageCount);
const queueExists = (queue: string) =>
  withChannel(async (ch) => {
    try {
      await ch.checkQueue(queue);
      return true;
    } catch (error) {
      if ((error as { code?: number }).code === 404) return false;
      throw error;
    }
  });

/**
 * An exchange and queue names of their own (the broker is shared), the buses made on them, what
 * those buses settled, and the clean-up that deletes every queue they declared and the exchange.
 */
class Topology {
  readonly id = randomBytes(4).toString('hex');
  readonly exchange = `kontor.test.${this.id}`;
  readonly queuePrefix = `kontor.test.${this.id}`;
  readonly settled: RabbitMqSettled[] = [];
  readonly extraQueues: string[] = [];
  private readonly buses: RabbitMqBus[] = [];

  options(extra: Partial<Omit<RabbitMqBusOptions, 'url'>> = {}): Omit<RabbitMqBusOptions, 'url'> {
    return {
      exchange: this.exchange,
      queuePrefix: this.queuePrefix,
      connectionName: `kontor-test-${this.id}`,
      onSettled: (s) => this.settled.push(s),
      ...extra,
    };
  }

  bus(db: Database, options: { url?: string; retry?: Partial<RetryPolicy>; rabbitmq?: Partial<Omit<RabbitMqBusOptions, 'url'>> } = {}): RabbitMqBus {
    const bus = createEventBus({
      db,
      rabbitmqUrl: options.url ?? RABBITMQ_URL,
      retry: options.retry,
      retryPollMs: 50,
      retryLeaseMs: 5_000,
      rabbitmq: this.options(options.rabbitmq),
    });
    expect(bus).toBeInstanceOf(RabbitMqBus);
    this.buses.push(bus as RabbitMqBus);
    return bus as RabbitMqBus;
  }

  track(bus: EventBus): EventBus {
    this.buses.push(bus as RabbitMqBus);
    return bus;
  }

  settledFor(consumer: string, eventId: string): RabbitMqSettled[] {
    return this.settled.filter((s) => s.consumer === consumer && s.eventId === eventId);
  }

  async cleanup(): Promise<void> {
    for (const bus of this.buses) await bus.close().catch(() => undefined);
    const queues = new Set([...this.extraQueues, ...this.buses.flatMap((b) => b.declaredQueues())]);
    await withChannel(async (ch) => {
      for (const queue of queues) await ch.deleteQueue(queue);
      await ch.deleteExchange(this.exchange);
    });
  }
}

/**
 * A TCP relay between a bus and the broker, so a test can cut the connection (as a network fault or
 * a killed process would) and take the "broker" away and back without touching the shared server.
 */
class Proxy {
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(private readonly target: URL) {}

  get url(): string {
    const url = new URL(this.target);
    url.hostname = '127.0.0.1';
    url.port = String(this.port);
    return url.toString();
  }

  async up(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(Number(this.target.port || 5672), this.target.hostname);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream);
      upstream.pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  /** Cuts every connection and stops listening: to the bus, the broker is gone. */
  async down(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    const closed = server ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
    for (const s of this.sockets) s.destroy();
    await closed;
  }
}

/** An event that is not in any outbox, for publishing straight to the bus. */
function freshEvent(tenantId: string, type = 'test.thing_happened', data: unknown = { n: 1 }): EventEnvelope {
  return { id: newId(), type, tenantId, occurredAt: new Date().toISOString(), actor: systemActor('test'), data, schemaVersion: 1 };
}

describeEventBusContract('RabbitMQ', async () => {
  const topology = new Topology();
  return {
    makeBus: (db, { retry }) =>
      topology.track(createEventBus({ db, rabbitmqUrl: RABBITMQ_URL, retry, retryPollMs: 50, retryLeaseMs: 5_000, rabbitmq: topology.options() })),
    async redeliver(bus, event, consumer) {
      // Straight into the consumer's queue under a fresh message id, as a redelivery after a lost
      // connection would arrive; only the inbox stands between it and a second effect.
      const messageId = newId();
      await withConfirmChannel(async (ch) => {
        ch.sendToQueue((bus as RabbitMqBus).queueName(consumer), Buffer.from(JSON.stringify(event)), { messageId, persistent: true });
        await ch.waitForConfirms();
      });
      await eventually(() => topology.settled.some((s) => s.messageId === messageId && s.outcome === 'acked'), `consumer ${consumer} to ack message ${messageId}`);
    },
    cleanup: () => topology.cleanup(),
  };
});

describe('RabbitMQ specifics', () => {
  let testDb: TestDatabase;
  let topology: Topology;
  const tenantId = newId();

  beforeAll(async () => {
    testDb = await createTestDatabase();
    await createEffectsTable(testDb.ownerUrl);
  });
  afterAll(async () => {
    await testDb?.drop();
  });
  beforeEach(() => {
    topology = new Topology();
  });
  afterEach(async () => {
    await topology.cleanup();
    // Relays in later tests must not find events a failed test left unpublished.
    await adminQuery(testDb.ownerUrl, 'update platform.outbox set published_at = now() where published_at is null');
  });

  /** Publishes through a bus of its own, as another process's relay would. */
  async function publishElsewhere(events: EventEnvelope[]): Promise<void> {
    const publisher = topology.bus(testDb.db);
    try {
      await publisher.publish(events);
    } finally {
      await publisher.close();
    }
  }

  it('publishes persistent messages (messageId = event id) to a durable topic exchange under the event type, resolving once the broker confirmed them', async () => {
    // A worker declares its queue and goes away, so published messages stay in the queue to inspect.
    const worker = topology.bus(testDb.db);
    worker.subscribe(recorder('test.inspect', ['test.thing_happened']));
    await worker.start();
    await worker.close();
    const queue = worker.queueName('test.inspect');
    expect(queue).toBe(`${topology.queuePrefix}.test.inspect`);

    const bus = topology.bus(testDb.db);
    const event = freshEvent(tenantId, 'test.thing_happened', { amount: '12.50' });
    const other = freshEvent(tenantId, 'test.other_happened');
    await bus.publish([event, other]);
    // Confirmed means routed and stored: no waiting needed. The other type reaches no queue.
    expect(await queueDepth(queue)).toBe(1);

    const message = await withChannel((ch) => ch.get(queue, { noAck: true }));
    expect(message).not.toBe(false);
    if (message === false) return;
    expect(message.fields.exchange).toBe(topology.exchange);
    expect(message.fields.routingKey).toBe('test.thing_happened');
    expect(message.properties).toMatchObject({ messageId: event.id, deliveryMode: 2, contentType: 'application/json', type: 'test.thing_happened', appId: 'kontor' });
    expect(JSON.parse(message.content.toString('utf8'))).toEqual(event);

    // Durable topic exchange and durable queue: redeclaring them otherwise is refused (406).
    await withChannel((ch) => ch.assertExchange(topology.exchange, 'topic', { durable: true }));
    await expect(withChannel((ch) => ch.assertExchange(topology.exchange, 'topic', { durable: false }))).rejects.toMatchObject({ code: 406 });
    await expect(withChannel((ch) => ch.assertExchange(topology.exchange, 'direct', { durable: true }))).rejects.toMatchObject({ code: 406 });
    await expect(withChannel((ch) => ch.assertQueue(queue, { durable: false }))).rejects.toMatchObject({ code: 406 });
    await bus.close();
  });

  it('rejects publish when the broker nacks, so the relay keeps the event', async () => {
    const bus = topology.bus(testDb.db);
    await bus.start();
    // A queue that refuses messages once it holds one: RabbitMQ then nacks the publish.
    const full = `${topology.queuePrefix}.full`;
    topology.extraQueues.push(full);
    await withChannel(async (ch) => {
      await ch.assertQueue(full, { durable: true, arguments: { 'x-max-length': 1, 'x-overflow': 'reject-publish' } });
      await ch.bindQueue(full, topology.exchange, 'test.full_happened');
    });

    await bus.publish([freshEvent(tenantId, 'test.full_happened')]);
    await expect(bus.publish([freshEvent(tenantId, 'test.full_happened')])).rejects.toThrow(/nack/);

    const relay = new OutboxRelay({ db: testDb.db, bus, errorBackoffMs: 50 });
    const stuck = await commitEvent(testDb.db, tenantId, 'test.full_happened');
    expect(await relay.drain(500)).toBe(false);
    const { rows } = await adminQuery(testDb.ownerUrl, 'select published_at from platform.outbox where id = $1', [stuck.id]);
    expect(rows).toEqual([{ published_at: null }]);
    // Room again: the relay publishes what it kept.
    await withChannel((ch) => ch.purgeQueue(full));
    expect(await relay.drain(5_000)).toBe(true);
    await relay.stop();
    expect(await queueDepth(full)).toBe(1);
  });

  it('keeps a consumer queue across workers: a delivery unacked when its worker died and events published while none ran reach the next worker', async () => {
    const proxy = new Proxy(new URL(RABBITMQ_URL));
    await proxy.up();
    let release!: (error: Error) => void;
    const released = new Promise<never>((_, reject) => {
      release = reject;
    });
    released.catch(() => undefined); // it is awaited in the handler, perhaps only after it rejected
    const dying = recorder('test.durable', ['test.durable_happened']);
    const handle = dying.handle.bind(dying);
    dying.handle = async (tx, event) => {
      await handle(tx, event);
      await released; // hangs mid-transaction until the "process" is gone
    };
    const first = topology.bus(testDb.db, { url: proxy.url });
    first.subscribe(dying);
    await first.start();

    const inFlight = freshEvent(tenantId, 'test.durable_happened', { n: 1 });
    await publishElsewhere([inFlight]);
    await eventually(() => dying.calls.length === 1, 'the first worker to take the delivery');

    // The worker's process dies: its connection drops, its transaction rolls back.
    await proxy.down();
    release(new Error('process killed'));
    await eventually(() => first.ping().then(() => false, () => true), 'the dead worker to notice');

    const whileDown = freshEvent(tenantId, 'test.durable_happened', { n: 2 });
    await publishElsewhere([whileDown]);

    const next = recorder('test.durable', ['test.durable_happened']);
    const second = topology.bus(testDb.db);
    second.subscribe(next);
    await second.start();
    await eventually(() => next.calls.length === 2, 'both deliveries to the next worker');
    await eventually(() => topology.settled.filter((s) => s.consumer === 'test.durable').length === 2, 'both deliveries to be acked');
    expect(next.calls.map((e) => e.id).sort()).toEqual([inFlight.id, whileDown.id].sort());
    expect(await effectsOf(testDb, 'test.durable', inFlight.id)).toBe(1);
    expect(await effectsOf(testDb, 'test.durable', whileDown.id)).toBe(1);
    const redelivery = topology.settledFor('test.durable', inFlight.id);
    expect(redelivery).toEqual([expect.objectContaining({ outcome: 'acked', redelivered: true, attempts: 0 })]);
    expect(topology.settledFor('test.durable', whileDown.id)).toEqual([expect.objectContaining({ outcome: 'acked', redelivered: false })]);
    // Acked, not just delivered: after the worker stops nothing returns to the queue.
    await second.close();
    await sleep(100);
    expect(await queueDepth(second.queueName('test.durable'))).toBe(0);
  });

  it('backs off through one retry queue per attempt, dead-letters after the last, and an admin retry then delivers', async () => {
    const retry = { maxAttempts: 3, baseDelayMs: 300, maxDelayMs: 5_000, jitter: 0 };
    const broken = recorder('test.broken', ['test.thing_happened'], Infinity);
    const times: number[] = [];
    const handle = broken.handle.bind(broken);
    broken.handle = (tx, event) => {
      times.push(Date.now());
      return handle(tx, event);
    };
    const steady = recorder('test.steady', ['test.thing_happened']);
    const bus = topology.bus(testDb.db, { retry });
    bus.subscribe(broken);
    bus.subscribe(steady);
    await bus.start();
    const relay = new OutboxRelay({ db: testDb.db, bus, pollIntervalMs: 100 });
    await relay.start();
    try {
      const event = await commitEvent(testDb.db, tenantId);
      const dead = await eventually(async () => {
        const f = await failureOf(testDb, 'test.broken', event.id);
        return f?.status === 'dead' ? f : undefined;
      }, 'a dead letter');
      expect(dead).toMatchObject({ attempts: 3 });
      expect(dead.last_error).toContain('test.broken refuses test.thing_happened');

      // Attempt 2 waited 300 ms and attempt 3 600 ms in the broker (the TTL never fires early).
      expect(times).toHaveLength(3);
      await eventually(() => topology.settledFor('test.broken', event.id).length === 3, 'the dead delivery to be acked');
      const [gap1, gap2] = [times[1]! - times[0]!, times[2]! - times[1]!];
      expect(gap1).toBeGreaterThanOrEqual(290);
      expect(gap1).toBeLessThan(2_300);
      expect(gap2).toBeGreaterThanOrEqual(590);
      expect(gap2).toBeLessThan(2_600);
      expect(topology.settledFor('test.broken', event.id).map((s) => [s.outcome, s.attempts])).toEqual([
        ['retry', 1],
        ['retry', 2],
        ['dead', 3],
      ]);
      expect(steady.calls).toHaveLength(1);
      await sleep(300);
      expect(times).toHaveLength(3); // no more attempts once dead

      broken.failuresLeft = 0;
      expect(await bus.retryDeadLetter(tenantId, 'test.broken', event.id)).toEqual({ outcome: 'delivered', attempts: 3 });
      expect(await effectsOf(testDb, 'test.broken', event.id)).toBe(1);
      expect(await failureOf(testDb, 'test.broken', event.id)).toBeUndefined();
      expect(steady.calls).toHaveLength(1);
    } finally {
      await relay.stop();
      await bus.close();
    }
    // Every delivery was acked and every parked copy consumed: once the worker is gone nothing is
    // left in the consumer's queue or its retry queues, and no retry queue exists beyond attempt 2.
    await sleep(100);
    expect(await queueDepth(bus.queueName('test.broken'))).toBe(0);
    expect(await queueDepth(bus.queueName('test.steady'))).toBe(0);
    expect(await queueDepth(bus.retryQueueName('test.broken', 1))).toBe(0);
    expect(await queueDepth(bus.retryQueueName('test.broken', 2))).toBe(0);
    expect(await queueExists(bus.retryQueueName('test.broken', 3))).toBe(false);
    expect(await queueExists(bus.retryQueueName('test.steady', 1))).toBe(false);
  });

  it('reconnects after losing the broker: ping and publish fail meanwhile, then publishing and consuming resume', async () => {
    const proxy = new Proxy(new URL(RABBITMQ_URL));
    await proxy.up();
    const handler = recorder('test.reconnect', ['test.thing_happened']);
    const bus = topology.bus(testDb.db, { url: proxy.url, rabbitmq: { reconnectDelayMs: 100, maxReconnectDelayMs: 400, pingTimeoutMs: 1_000 } });
    bus.subscribe(handler);
    await bus.start();
    await bus.ping();
    const before = freshEvent(tenantId);
    await bus.publish([before]);
    await eventually(() => handler.calls.length === 1, 'delivery before the outage');

    await proxy.down();
    await eventually(() => bus.ping().then(() => false, () => true), 'ping to fail');
    await expect(bus.publish([freshEvent(tenantId)])).rejects.toThrow();
    const during = freshEvent(tenantId);
    await publishElsewhere([during]); // waits in the durable queue
    await sleep(500); // several reconnect attempts fail meanwhile
    await expect(bus.ping()).rejects.toThrow();

    await proxy.up();
    // Nothing calls the bus here: its own reconnect timer brings the consumer back.
    await eventually(() => handler.calls.some((e) => e.id === during.id), 'the consumer to resume');
    await bus.ping();
    const after = freshEvent(tenantId);
    await bus.publish([after]);
    await eventually(() => handler.calls.some((e) => e.id === after.id), 'delivery after the outage');
    expect(await effectsOf(testDb, 'test.reconnect', during.id)).toBe(1);
    await bus.close();
    await proxy.down();
  });

  it('reopens the consumers as soon as anything reconnects, however far the reconnect timer has backed off', async () => {
    const proxy = new Proxy(new URL(RABBITMQ_URL));
    await proxy.up();
    const handler = recorder('test.eager', ['test.thing_happened']);
    const bus = topology.bus(testDb.db, { url: proxy.url, rabbitmq: { reconnectDelayMs: 60_000, pingTimeoutMs: 1_000 } });
    bus.subscribe(handler);
    await bus.start();
    await proxy.down();
    await eventually(() => bus.ping().then(() => false, () => true), 'ping to fail');
    const during = freshEvent(tenantId);
    await publishElsewhere([during]);

    await proxy.up();
    await sleep(300);
    expect(handler.calls).toHaveLength(0); // the timer waits a minute
    await eventually(() => bus.ping().then(() => true, () => false), 'ping to reconnect'); // as /readyz would
    await eventually(() => handler.calls.length === 1, 'the consumer to resume');
    expect(handler.calls[0]!.id).toBe(during.id);
    await bus.close();
    await proxy.down();
  });

  it('reopens a consumer whose queue was deleted under it, declaring the queue and its bindings again', async () => {
    const handler = recorder('test.phoenix', ['test.thing_happened']);
    const bus = topology.bus(testDb.db, { rabbitmq: { reconnectDelayMs: 500 } });
    bus.subscribe(handler);
    await bus.start();
    const queue = bus.queueName('test.phoenix');
    await withChannel((ch) => ch.deleteQueue(queue)); // the broker cancels the consumer
    // Until it is reopened the worker is not ready, though the broker answers.
    await eventually(() => bus.ping().then(() => false, (error: Error) => /consumers not running: test\.phoenix/.test(error.message)), 'ping to fail');
    await eventually(() => queueExists(queue), 'the queue to be declared again');
    await eventually(() => bus.ping().then(() => true, () => false), 'ping to succeed again');

    const event = freshEvent(tenantId);
    await eventually(async () => {
      await bus.publish([event]); // the event id makes repeats harmless
      await sleep(100);
      return handler.calls.length > 0;
    }, 'delivery through the new queue and binding');
    expect(handler.calls.map((e) => e.id)).toEqual([event.id]);
  });

  it('close stops consuming and waits for the running handler; deliveries it had not started go back to the queue', async () => {
    const slow = recorder('test.slow', ['test.thing_happened']);
    let finished = 0;
    const handle = slow.handle.bind(slow);
    slow.handle = async (tx, event) => {
      await handle(tx, event);
      await sleep(400);
      finished += 1;
    };
    const bus = topology.bus(testDb.db);
    bus.subscribe(slow);
    await bus.start();
    const events = [freshEvent(tenantId), freshEvent(tenantId), freshEvent(tenantId)];
    await bus.publish(events);
    await eventually(() => slow.calls.length === 1, 'the first handler to start');

    await bus.close();
    expect(finished).toBe(1);
    expect(slow.calls).toHaveLength(1);
    expect(await effectsOf(testDb, 'test.slow', slow.calls[0]!.id)).toBe(1);
    await eventually(async () => (await queueDepth(bus.queueName('test.slow'))) === 2, 'the two unstarted deliveries back in the queue');

    const next = recorder('test.slow', ['test.thing_happened']);
    const again = topology.bus(testDb.db);
    again.subscribe(next);
    await again.start();
    await eventually(() => next.calls.length === 2, 'the rest after restart');
    expect([...slow.calls, ...next.calls].map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
  });

  it('drops undecodable messages and events of types the consumer no longer handles, and keeps going', async () => {
    // An earlier version of the consumer also took test.other_happened; its binding is still there.
    const old = topology.bus(testDb.db);
    old.subscribe(recorder('test.evolving', ['test.thing_happened', 'test.other_happened']));
    await old.start();
    await old.close();

    const handler = recorder('test.evolving', ['test.thing_happened']);
    const bus = topology.bus(testDb.db);
    bus.subscribe(handler);
    await bus.start();
    await withConfirmChannel(async (ch) => {
      ch.sendToQueue(bus.queueName('test.evolving'), Buffer.from('{not json'), { messageId: 'garbage' });
      await ch.waitForConfirms();
    });
    const stale = freshEvent(tenantId, 'test.other_happened');
    const wanted = freshEvent(tenantId, 'test.thing_happened');
    await bus.publish([stale, wanted]);

    await eventually(() => topology.settled.some((s) => s.eventId === wanted.id), 'the wanted event to be acked');
    expect(handler.calls[0]!.id).toBe(wanted.id);
    expect(topology.settled.filter((s) => s.consumer === 'test.evolving').map((s) => [s.messageId, s.outcome])).toEqual([
      ['garbage', 'dropped'],
      [stale.id, 'dropped'],
      [wanted.id, 'acked'],
    ]);
    await bus.close();
    await sleep(100);
    expect(await queueDepth(bus.queueName('test.evolving'))).toBe(0);
  });

  it('fails to start, publish and ping when the broker cannot be reached', async () => {
    const bus = topology.bus(testDb.db, { url: 'amqp://guest:guest@127.0.0.1:1' });
    await expect(bus.start()).rejects.toThrow();
    await expect(bus.ping()).rejects.toThrow();
    await expect(bus.publish([freshEvent(tenantId, 'test.unreachable_happened')])).rejects.toThrow();
    await bus.close();
  });

  it('refuses to be configured with both NATS and RabbitMQ', () => {
    expect(() => createEventBus({ db: testDb.db, natsUrl: 'nats://127.0.0.1:4222', rabbitmqUrl: RABBITMQ_URL })).toThrow(/choose one event broker/);
  });
});
