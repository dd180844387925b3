import { connect, type ChannelModel, type ConfirmChannel, type ConsumeMessage, type Options } from 'amqplib';
import type { EventHandlerDefinition } from '../module.js';
import type { DeadLetterRetry, EventBus } from './bus.js';
import type { Dispatcher } from './dispatcher.js';
import type { EventEnvelope } from './envelope.js';
import type { EventLogger } from './logger.js';

export interface RabbitMqBusOptions {
  /** `amqp://user:pass@host:5672/vhost`; a `heartbeat` query parameter in it wins over `heartbeatSeconds`. */
  url: string;
  /** Durable topic exchange every event is published to, with the event type as routing key. */
  exchange?: string;
  /** A consumer's queue is `<queuePrefix>.<consumer>`; its retry queues `<queue>:retry:<n>`. */
  queuePrefix?: string;
  /** Unacknowledged deliveries each consumer holds at once (they are handled one after another). */
  prefetch?: number;
  /** AMQP heartbeat, so a dead TCP connection is noticed (default 10 s). */
  heartbeatSeconds?: number;
  connectTimeoutMs?: number;
  /** How long `publish` waits for the broker's confirms before it rejects (default 10 s). */
  publishTimeoutMs?: number;
  pingTimeoutMs?: number;
  /** First pause before reopening a lost connection or consumer; doubles up to `maxReconnectDelayMs`. */
  reconnectDelayMs?: number;
  maxReconnectDelayMs?: number;
  /** Shown in the broker's connection list. */
  connectionName?: string;
  /** Called after each delivery is settled with the broker (for metrics and tests). */
  onSettled?: (settled: RabbitMqSettled) => void;
}

export interface RabbitMqSettled {
  consumer: string;
  /** The AMQP message id: the event id, unless someone published the event under another id. */
  messageId: string | undefined;
  eventId: string | undefined;
  /**
   * `acked`: handled (or already handled); `retry`: moved to a retry queue; `dead`: recorded dead and
   * acked; `dropped`: undecodable, or of a type the consumer no longer handles.
   */
  outcome: 'acked' | 'retry' | 'dead' | 'dropped';
  /** Failed attempts so far (the broker message's attempt header). */
  attempts: number;
  /** The broker had handed this message out before (to a consumer that died or closed without acking). */
  redelivered: boolean;
}

export const DEFAULT_RABBITMQ_EXCHANGE = 'kontor.events';
export const DEFAULT_RABBITMQ_QUEUE_PREFIX = 'kontor.events';
/** Failed attempts of a delivery so far; set on the copies parked in retry queues. */
export const RABBITMQ_ATTEMPTS_HEADER = 'x-kontor-failed-attempts';

interface ConsumerState {
  readonly handler: EventHandlerDefinition;
  /** The open channel this consumer receives on; undefined while it is (re)opened. */
  channel: ConfirmChannel | undefined;
  consumerTag: string | undefined;
  /** Deliveries are handled one at a time, in arrival order. */
  chain: Promise<void>;
  /** Retry queues declared on the current channel. */
  retryQueues: Set<string>;
}

/**
 * RabbitMQ transport. Events go to one durable topic exchange with the event type as routing key,
 * as persistent messages whose `messageId` is the event id; `publish` resolves once the broker has
 * confirmed every message (publisher confirms). Each handler has one durable queue bound to its
 * event types, consumed with manual acks.
 *
 * A failed delivery is not requeued. A copy with the failed-attempt count in a header is put, with
 * a per-message TTL of the backoff delay, on the consumer's retry queue for that attempt
 * (`<queue>:retry:<n>`); when the TTL runs out the broker dead-letters it through the default
 * exchange straight back to that consumer's queue (so the other consumers of the event never see it
 * again), and only then is the original acked. After the last attempt the delivery is recorded dead
 * in `platform.event_failures` and acked. One retry queue per attempt keeps the delays within a
 * queue alike, so RabbitMQ expiring messages only at the head of a queue never holds one back beyond
 * its backoff ceiling.
 *
 * A lost connection fails `ping` and `publish` until the broker is back; the bus reconnects on its
 * own and reopens its consumers. The inbox (`Dispatcher.run`) makes redeliveries harmless.
 */
export class RabbitMqBus implements EventBus {
  readonly kind = 'rabbitmq';
  readonly exchange: string;
  readonly queuePrefix: string;
  private readonly consumers = new Map<string, ConsumerState>();
  /** Every queue this bus declared, for operators' tooling and tests. */
  private readonly declared = new Set<string>();
  private connecting: Promise<ChannelModel> | undefined;
  private live: ChannelModel | undefined;
  private publishing: Promise<ConfirmChannel> | undefined;
  private started = false;
  private closed = false;
  private restoring: Promise<void> | undefined;
  private restoreAgain = false;
  private restoreTimer: NodeJS.Timeout | undefined;
  private restoreDelayMs: number;

  constructor(
    private readonly dispatcher: Dispatcher,
    private readonly log: EventLogger,
    private readonly options: RabbitMqBusOptions,
  ) {
    this.exchange = options.exchange ?? DEFAULT_RABBITMQ_EXCHANGE;
    this.queuePrefix = options.queuePrefix ?? DEFAULT_RABBITMQ_QUEUE_PREFIX;
    if (this.exchange === '' || this.exchange.startsWith('amq.')) throw new Error(`RabbitMQ exchange "${this.exchange}" must be named, and not amq.*`);
    if (this.queuePrefix === '' || this.queuePrefix.startsWith('amq.')) throw new Error(`RabbitMQ queue prefix "${this.queuePrefix}" must be set, and not amq.*`);
    this.restoreDelayMs = options.reconnectDelayMs ?? 1_000;
  }

  queueName(consumer: string): string {
    return `${this.queuePrefix}.${consumer}`;
  }

  /** Where a delivery waits after its `attempt`-th failure. `:` cannot occur in consumer names. */
  retryQueueName(consumer: string, attempt: number): string {
    return `${this.queueName(consumer)}:retry:${attempt}`;
  }

  declaredQueues(): string[] {
    return [...this.declared];
  }

  subscribe(handler: EventHandlerDefinition): void {
    this.dispatcher.add(handler);
    this.consumers.set(handler.consumer, { handler, channel: undefined, consumerTag: undefined, chain: Promise.resolve(), retryQueues: new Set() });
    if (this.started) void this.restoreConsumers();
  }

  async publish(events: EventEnvelope[]): Promise<void> {
    if (this.closed) throw new Error('The event bus is closed');
    if (events.length === 0) return;
    const channel = await this.publishChannel();
    const confirmed = events.map(
      (event) =>
        new Promise<void>((resolve, reject) => {
          try {
            channel.publish(this.exchange, event.type, Buffer.from(JSON.stringify(event)), this.messageOptions(event), (error: unknown) =>
              error ? reject(asError(error, 'RabbitMQ refused the event')) : resolve(),
            );
          } catch (error) {
            reject(asError(error, 'RabbitMQ publish failed')); // the channel closed under us
          }
        }),
    );
    await withTimeout(Promise.all(confirmed), this.options.publishTimeoutMs ?? 10_000, 'RabbitMQ did not confirm the events');
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.closed = false;
    await this.publishChannel(); // connects and declares the exchange: a worker does not start without its broker
    for (const state of this.consumers.values()) if (!state.channel) await this.consume(state);
    this.started = true;
    if (this.idleConsumers().length > 0) this.scheduleRestore(); // a channel closed while starting
    this.dispatcher.start();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.started = false;
    clearTimeout(this.restoreTimer);
    this.restoreTimer = undefined;
    const states = [...this.consumers.values()];
    // Stop new deliveries first; what is already buffered stays unacked and goes back to the queue.
    // (Bounded: on a connection that died silently the answer would only come with the heartbeat.)
    const cancelTimeoutMs = this.options.pingTimeoutMs ?? 2_000;
    await Promise.allSettled(
      states.map((s) => (s.channel && s.consumerTag ? withTimeout(s.channel.cancel(s.consumerTag), cancelTimeoutMs, 'RabbitMQ did not confirm the cancel') : Promise.resolve())),
    );
    await Promise.allSettled(states.map((s) => s.chain));
    await this.restoring?.catch(() => undefined);
    await this.dispatcher.stop();
    for (const state of states) {
      const channel = state.channel;
      state.channel = undefined;
      state.consumerTag = undefined;
      await channel?.close().catch(() => undefined);
    }
    const publishing = this.publishing;
    this.publishing = undefined;
    await (await publishing?.catch(() => undefined))?.close().catch(() => undefined);
    const connecting = this.connecting;
    this.connecting = undefined;
    this.live = undefined;
    const connection = await connecting?.catch(() => undefined);
    await connection?.close().catch(() => undefined);
  }

  /**
   * A round trip to the broker that also checks the exchange is still there; once started, also
   * that every consumer is consuming (not waiting to be reopened after a lost connection).
   */
  async ping(): Promise<void> {
    const timeoutMs = this.options.pingTimeoutMs ?? 2_000;
    await withTimeout(
      (async () => {
        const channel = await this.publishChannel();
        await channel.checkExchange(this.exchange);
      })(),
      timeoutMs,
      `RabbitMQ did not answer within ${timeoutMs} ms`,
    );
    const idle = this.started ? this.idleConsumers() : [];
    if (idle.length > 0) throw new Error(`RabbitMQ consumers not running: ${idle.join(', ')}`);
  }

  retryDeadLetter(tenantId: string, consumer: string, eventId: string): Promise<DeadLetterRetry> {
    return this.dispatcher.retryDeadLetter(tenantId, consumer, eventId);
  }

  private messageOptions(event: EventEnvelope): Options.Publish {
    const occurredAt = Date.parse(event.occurredAt);
    return {
      persistent: true,
      messageId: event.id,
      type: event.type,
      contentType: 'application/json',
      appId: 'kontor',
      ...(Number.isFinite(occurredAt) ? { timestamp: Math.floor(occurredAt / 1000) } : {}),
    };
  }

  private connection(): Promise<ChannelModel> {
    if (this.closed) return Promise.reject(new Error('The event bus is closed'));
    if (!this.connecting) {
      const attempt = this.open();
      attempt.catch(() => {
        if (this.connecting === attempt) this.connecting = undefined;
      });
      this.connecting = attempt;
    }
    return this.connecting;
  }

  private async open(): Promise<ChannelModel> {
    const connection = await connect(withHeartbeat(this.options.url, this.options.heartbeatSeconds ?? 10), {
      timeout: this.options.connectTimeoutMs ?? 5_000,
      clientProperties: { connection_name: this.options.connectionName ?? 'kontor' },
    });
    connection.on('error', (error: Error) => this.log.warn({ err: error }, 'RabbitMQ connection error'));
    connection.on('blocked', (reason: string) => this.log.warn({ reason }, 'RabbitMQ blocks publishing'));
    connection.on('unblocked', () => this.log.info({}, 'RabbitMQ accepts publishing again'));
    connection.on('close', (error?: Error) => this.lost(connection, error));
    if (this.closed) {
      await connection.close().catch(() => undefined);
      throw new Error('The event bus is closed');
    }
    this.live = connection;
    // Whoever reconnected (publish, ping, the restore timer), reopen the consumers now rather than
    // when the restore timer, which may have backed off to half a minute, fires.
    if (this.started && this.idleConsumers().length > 0) {
      clearTimeout(this.restoreTimer);
      this.restoreTimer = undefined;
      queueMicrotask(() => void this.restoreConsumers());
    }
    return connection;
  }

  private idleConsumers(): string[] {
    return [...this.consumers.values()].filter((s) => !s.channel).map((s) => s.handler.consumer);
  }

  private lost(connection: ChannelModel, error: Error | undefined): void {
    if (this.live !== connection) return;
    this.live = undefined;
    this.connecting = undefined;
    this.publishing = undefined;
    for (const state of this.consumers.values()) {
      state.channel = undefined;
      state.consumerTag = undefined;
    }
    if (this.closed) return;
    this.log.warn({ err: error }, 'RabbitMQ connection lost; reconnecting');
    this.scheduleRestore();
  }

  private publishChannel(): Promise<ConfirmChannel> {
    if (this.closed) return Promise.reject(new Error('The event bus is closed'));
    if (!this.publishing) {
      const attempt = (async () => {
        const connection = await this.connection();
        const channel = await connection.createConfirmChannel();
        channel.on('error', (error: Error) => this.log.warn({ err: error }, 'RabbitMQ publishing channel closed by the broker'));
        channel.on('close', () => {
          if (this.publishing === attempt) this.publishing = undefined;
        });
        await channel.assertExchange(this.exchange, 'topic', { durable: true });
        return channel;
      })();
      attempt.catch(() => {
        if (this.publishing === attempt) this.publishing = undefined;
      });
      this.publishing = attempt;
    }
    return this.publishing;
  }

  /** Opens one consumer's channel: its durable queue, bindings, prefetch, and the consumer. */
  private async consume(state: ConsumerState): Promise<void> {
    const { handler } = state;
    const connection = await this.connection();
    const channel = await connection.createConfirmChannel();
    channel.on('error', (error: Error) => this.log.warn({ err: error, consumer: handler.consumer }, 'RabbitMQ consumer channel closed by the broker'));
    channel.on('close', () => this.consumerChannelClosed(state, channel));
    try {
      const queue = this.queueName(handler.consumer);
      await channel.assertExchange(this.exchange, 'topic', { durable: true });
      await channel.assertQueue(queue, { durable: true });
      this.declared.add(queue);
      for (const type of handler.eventTypes) await channel.bindQueue(queue, this.exchange, type);
      await channel.prefetch(this.options.prefetch ?? 32);
      state.channel = channel;
      state.retryQueues = new Set();
      const { consumerTag } = await channel.consume(queue, (message) => this.receive(state, channel, message), { noAck: false });
      state.consumerTag = consumerTag;
    } catch (error) {
      if (state.channel === channel) state.channel = undefined;
      await channel.close().catch(() => undefined);
      throw error;
    }
  }

  private consumerChannelClosed(state: ConsumerState, channel: ConfirmChannel): void {
    if (state.channel !== channel) return;
    state.channel = undefined;
    state.consumerTag = undefined;
    if (this.closed || !this.started) return;
    this.log.warn({ consumer: state.handler.consumer }, 'RabbitMQ consumer channel closed; reopening it');
    this.scheduleRestore();
  }

  /** Reopens every consumer without a channel, after the current backoff delay. */
  private scheduleRestore(): void {
    if (this.closed || !this.started || this.restoreTimer) return;
    const delay = this.restoreDelayMs;
    this.restoreDelayMs = Math.min(delay * 2, this.options.maxReconnectDelayMs ?? 30_000);
    this.restoreTimer = setTimeout(() => {
      this.restoreTimer = undefined;
      void this.restoreConsumers();
    }, delay);
    this.restoreTimer.unref();
  }

  private restoreConsumers(): Promise<void> {
    if (this.restoring) {
      this.restoreAgain = true;
      return this.restoring;
    }
    const run = (async () => {
      try {
        do {
          this.restoreAgain = false;
          if (!this.live) await this.publishChannel(); // reconnect and redeclare the exchange
          for (const state of this.consumers.values()) {
            if (this.closed) return;
            if (!state.channel) await this.consume(state);
          }
        } while (this.restoreAgain && !this.closed);
        this.restoreDelayMs = this.options.reconnectDelayMs ?? 1_000;
        if (!this.closed) this.log.info({ consumers: this.consumers.size }, 'RabbitMQ consumers running');
      } catch (error) {
        if (this.closed) return;
        this.log.warn({ err: error, retryInMs: this.restoreDelayMs }, 'RabbitMQ consumers could not be reopened; will try again');
        this.scheduleRestore();
      }
    })();
    this.restoring = run;
    void run.finally(() => {
      if (this.restoring === run) this.restoring = undefined;
    });
    return run;
  }

  private receive(state: ConsumerState, channel: ConfirmChannel, message: ConsumeMessage | null): void {
    if (message === null) {
      // The broker cancelled the consumer (its queue was deleted): reopen it, which redeclares the queue.
      this.log.warn({ consumer: state.handler.consumer }, 'RabbitMQ cancelled the consumer; reopening it');
      if (state.channel === channel) void channel.close().catch(() => undefined);
      return;
    }
    state.chain = state.chain
      .then(() => this.handle(state, channel, message))
      .catch((error: unknown) => this.log.error({ err: error, consumer: state.handler.consumer }, 'RabbitMQ delivery could not be settled'));
  }

  private async handle(state: ConsumerState, channel: ConfirmChannel, message: ConsumeMessage): Promise<void> {
    // Closing, or the channel died: leave the delivery unacked so the broker hands it out again.
    if (this.closed || state.channel !== channel) return;
    const { handler } = state;
    const attempts = failedAttempts(message);
    const event = decode(message);
    if (!event) {
      this.log.error({ consumer: handler.consumer, messageId: message.properties.messageId, routingKey: message.fields.routingKey }, 'undecodable event dropped');
      if (settleQuietly(() => channel.nack(message, false, false))) this.settled(handler, message, undefined, 'dropped', attempts);
      return;
    }
    if (!handler.eventTypes.includes(event.type)) {
      // A binding left over from when the consumer handled this type (bindings are only ever added).
      this.log.debug({ consumer: handler.consumer, eventId: event.id, eventType: event.type }, 'event of a type the consumer no longer handles dropped');
      if (ackQuietly(channel, message)) this.settled(handler, message, event, 'dropped', attempts);
      return;
    }
    try {
      await this.dispatcher.run(handler, event);
    } catch (error) {
      await this.failed(state, channel, message, event, attempts + 1, error);
      return;
    }
    if (ackQuietly(channel, message)) this.settled(handler, message, event, 'acked', attempts);
  }

  private async failed(state: ConsumerState, channel: ConfirmChannel, message: ConsumeMessage, event: EventEnvelope, attempts: number, error: unknown): Promise<void> {
    const { handler } = state;
    const delay = this.dispatcher.delayAfter(attempts);
    if (delay !== null) {
      this.log.warn({ err: error, consumer: handler.consumer, eventId: event.id, attempts, retryInMs: delay }, 'event handler failed; will retry');
      await this.parkForRetry(state, channel, message, event, attempts, delay);
      return;
    }
    try {
      await this.dispatcher.failures.record(handler.consumer, event, error, { attempts, delayFor: () => null });
    } catch (recordError) {
      // Without the dead-letter row the delivery must not be lost: park it once more as the last attempt.
      this.log.error({ err: recordError, consumer: handler.consumer, eventId: event.id }, 'could not record a dead letter; will retry');
      const previous = Math.max(0, attempts - 1);
      await this.parkForRetry(state, channel, message, event, previous, this.dispatcher.delayAfter(Math.max(1, previous)) ?? 1_000);
      return;
    }
    this.log.warn({ err: error, consumer: handler.consumer, eventId: event.id, attempts }, 'event handler failed; dead-lettered');
    if (ackQuietly(channel, message)) this.settled(handler, message, event, 'dead', attempts);
  }

  /**
   * Puts a copy carrying `attempts` on the retry queue with the delay as TTL, waits for the broker to
   * confirm it, then acks the original. If that fails the channel is closed, which returns the
   * original to the queue, and reopened after the reconnect delay.
   */
  private async parkForRetry(state: ConsumerState, channel: ConfirmChannel, message: ConsumeMessage, event: EventEnvelope, attempts: number, delayMs: number): Promise<void> {
    const { handler } = state;
    const queue = this.retryQueueName(handler.consumer, Math.max(1, attempts));
    try {
      if (!state.retryQueues.has(queue)) {
        await channel.assertQueue(queue, {
          durable: true,
          deadLetterExchange: '',
          deadLetterRoutingKey: this.queueName(handler.consumer),
        });
        state.retryQueues.add(queue);
        this.declared.add(queue);
      }
      const options: Options.Publish = {
        ...this.messageOptions(event),
        messageId: message.properties.messageId ?? event.id,
        expiration: String(Math.max(0, Math.round(delayMs))),
        headers: { [RABBITMQ_ATTEMPTS_HEADER]: attempts },
      };
      await withTimeout(
        new Promise<void>((resolve, reject) => {
          try {
            channel.sendToQueue(queue, message.content, options, (error: unknown) => (error ? reject(asError(error, 'RabbitMQ refused the retry')) : resolve()));
          } catch (error) {
            reject(asError(error, 'RabbitMQ retry publish failed'));
          }
        }),
        this.options.publishTimeoutMs ?? 10_000,
        'RabbitMQ did not confirm the retry',
      );
      channel.ack(message);
      this.settled(handler, message, event, 'retry', attempts);
    } catch (error) {
      this.log.error({ err: error, consumer: handler.consumer, eventId: event.id }, 'could not park a failed delivery for retry; it goes back to its queue');
      await channel.close().catch(() => undefined);
    }
  }

  private settled(handler: EventHandlerDefinition, message: ConsumeMessage, event: EventEnvelope | undefined, outcome: RabbitMqSettled['outcome'], attempts: number): void {
    const hook = this.options.onSettled;
    if (!hook) return;
    try {
      hook({
        consumer: handler.consumer,
        messageId: message.properties.messageId as string | undefined,
        eventId: event?.id,
        outcome,
        attempts,
        redelivered: message.fields.redelivered,
      });
    } catch (error) {
      this.log.warn({ err: error }, 'RabbitMQ onSettled hook threw');
    }
  }
}

function decode(message: ConsumeMessage): EventEnvelope | undefined {
  try {
    const value = JSON.parse(message.content.toString('utf8')) as Partial<EventEnvelope> | null;
    if (!value || typeof value !== 'object' || typeof value.id !== 'string' || typeof value.type !== 'string') return undefined;
    return value as EventEnvelope;
  } catch {
    return undefined;
  }
}

function failedAttempts(message: ConsumeMessage): number {
  const raw: unknown = message.properties.headers?.[RABBITMQ_ATTEMPTS_HEADER];
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' || typeof raw === 'bigint' ? Number(raw) : 0;
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
}

/** Acks unless the channel is gone (then the broker redelivers, and the inbox skips the repeat). */
function ackQuietly(channel: ConfirmChannel, message: ConsumeMessage): boolean {
  return settleQuietly(() => channel.ack(message));
}

function settleQuietly(settle: () => void): boolean {
  try {
    settle();
    return true;
  } catch {
    return false;
  }
}

function withHeartbeat(url: string, seconds: number): string {
  try {
    const parsed = new URL(url);
    if (parsed.searchParams.has('heartbeat')) return url;
    parsed.searchParams.set('heartbeat', String(seconds));
    return parsed.toString();
  } catch {
    return url; // amqplib reports the malformed URL itself
  }
}

function asError(error: unknown, fallback: string): Error {
  return error instanceof Error ? error : new Error(`${fallback}: ${String(error)}`);
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(message)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
