import { createHash } from 'node:crypto';
import {
  AckPolicy,
  DeliverPolicy,
  RetentionPolicy,
  StorageType,
  connect,
  nanos,
  type ConsumerMessages,
  type JetStreamManager,
  type JsMsg,
  type NatsConnection,
} from 'nats';
import type { EventHandlerDefinition } from '../module.js';
import type { DeadLetterRetry, EventBus } from './bus.js';
import type { Dispatcher } from './dispatcher.js';
import type { EventEnvelope } from './envelope.js';
import type { EventLogger } from './logger.js';

export interface NatsBusOptions {
  url: string;
  /** JetStream stream holding every event; created with file storage when missing. */
  stream?: string;
  /** Events go to `<subjectPrefix>.<event type>`. */
  subjectPrefix?: string;
  /** How long the stream keeps events (when Kontor creates it). */
  maxAgeMs?: number;
  /** Window in which JetStream drops a re-published event id. */
  duplicateWindowMs?: number;
  /** A delivery not acknowledged within this time is redelivered. */
  ackWaitMs?: number;
  /** Messages each durable consumer pulls ahead. */
  maxMessages?: number;
  pingTimeoutMs?: number;
}

export const DEFAULT_NATS_STREAM = 'KONTOR_EVENTS';
export const DEFAULT_NATS_SUBJECT_PREFIX = 'kontor.events';
const SUBJECT_PREFIX_RE = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;

interface Subscription {
  messages: ConsumerMessages;
  loop: Promise<void>;
}

/**
 * NATS JetStream transport. One stream for all events, a subject per event type, and one durable
 * pull consumer per (handler, event type), because a consumer with several filter subjects needs
 * NATS 2.10 and Debian ships 2.9. Publishing sets the event id as `Nats-Msg-Id`, so a relay that
 * re-publishes after a crash is deduplicated by the broker; the inbox catches the rest.
 * Failures are NAKed with the backoff delay; once the attempts are used up the delivery is recorded
 * dead and terminated.
 */
export class NatsBus implements EventBus {
  readonly kind = 'nats';
  readonly stream: string;
  readonly subjectPrefix: string;
  private connecting: Promise<NatsConnection> | undefined;
  private streamReady: Promise<void> | undefined;
  private started = false;
  private closed = false;
  private readonly subscriptions: Subscription[] = [];

  constructor(
    private readonly dispatcher: Dispatcher,
    private readonly log: EventLogger,
    private readonly options: NatsBusOptions,
  ) {
    this.stream = options.stream ?? DEFAULT_NATS_STREAM;
    this.subjectPrefix = options.subjectPrefix ?? DEFAULT_NATS_SUBJECT_PREFIX;
    if (!SUBJECT_PREFIX_RE.test(this.subjectPrefix)) throw new Error(`NATS subject prefix "${this.subjectPrefix}" is not a valid subject`);
  }

  subjectOf(type: string): string {
    return `${this.subjectPrefix}.${type}`;
  }

  subscribe(handler: EventHandlerDefinition): void {
    this.dispatcher.add(handler);
    if (this.started) void this.consumeFor(handler).catch((error: unknown) => this.log.error({ err: error, consumer: handler.consumer }, 'NATS consumer could not start'));
  }

  async publish(events: EventEnvelope[]): Promise<void> {
    if (this.closed) throw new Error('The event bus is closed');
    if (events.length === 0) return;
    const nc = await this.connection();
    await this.ensureStream(nc);
    const js = nc.jetstream();
    try {
      await Promise.all(
        events.map((event) =>
          js.publish(this.subjectOf(event.type), JSON.stringify(event), { msgID: event.id, expect: { streamName: this.stream } }),
        ),
      );
    } catch (error) {
      this.streamReady = undefined; // the stream may have been removed; look again next time
      throw error;
    }
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.closed = false;
    const nc = await this.connection();
    await this.ensureStream(nc);
    this.started = true;
    for (const handler of this.dispatcher.all()) await this.consumeFor(handler);
    this.dispatcher.start();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.started = false;
    const subscriptions = this.subscriptions.splice(0);
    await Promise.allSettled(subscriptions.map((s) => s.messages.close()));
    await Promise.allSettled(subscriptions.map((s) => s.loop));
    await this.dispatcher.stop();
    const connecting = this.connecting;
    this.connecting = undefined;
    this.streamReady = undefined;
    const nc = await connecting?.catch(() => undefined);
    if (nc && !nc.isClosed()) await nc.drain().catch(() => nc.close());
  }

  async ping(): Promise<void> {
    const nc = await this.connection();
    const timeoutMs = this.options.pingTimeoutMs ?? 2_000;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        nc.flush(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`NATS did not answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  retryDeadLetter(tenantId: string, consumer: string, eventId: string): Promise<DeadLetterRetry> {
    return this.dispatcher.retryDeadLetter(tenantId, consumer, eventId);
  }

  /** The durable consumer name for one handler and event type (NATS forbids `.` in names). */
  durableName(consumer: string, type: string): string {
    const readable = `${consumer}__${type}`.replace(/[^A-Za-z0-9_-]/g, '_');
    const hash = createHash('sha256').update(`${consumer}\u0000${type}`).digest('hex').slice(0, 8);
    return `${readable}_${hash}`;
  }

  private connection(): Promise<NatsConnection> {
    if (this.closed && !this.connecting) return Promise.reject(new Error('The event bus is closed'));
    if (!this.connecting) {
      const attempt = connect({ servers: this.options.url, name: 'kontor', maxReconnectAttempts: -1, reconnectTimeWait: 1_000 });
      attempt.catch(() => {
        if (this.connecting === attempt) this.connecting = undefined;
      });
      this.connecting = attempt;
    }
    return this.connecting.then((nc) => {
      if (nc.isClosed()) {
        this.connecting = undefined;
        this.streamReady = undefined;
        return this.connection();
      }
      return nc;
    });
  }

  private ensureStream(nc: NatsConnection): Promise<void> {
    this.streamReady ??= (async () => {
      const jsm = await nc.jetstreamManager();
      try {
        await jsm.streams.info(this.stream);
      } catch (error) {
        if (!isNotFound(error)) throw error;
        await jsm.streams.add({
          name: this.stream,
          subjects: [`${this.subjectPrefix}.>`],
          retention: RetentionPolicy.Limits,
          storage: StorageType.File,
          max_age: nanos(this.options.maxAgeMs ?? 7 * 86_400_000),
          duplicate_window: nanos(this.options.duplicateWindowMs ?? 120_000),
        });
      }
    })().catch((error: unknown) => {
      this.streamReady = undefined;
      throw error;
    });
    return this.streamReady;
  }

  private async consumeFor(handler: EventHandlerDefinition): Promise<void> {
    const nc = await this.connection();
    const jsm = await nc.jetstreamManager();
    for (const type of handler.eventTypes) {
      const durable = this.durableName(handler.consumer, type);
      await this.ensureConsumer(jsm, durable, this.subjectOf(type));
      const consumer = await nc.jetstream().consumers.get(this.stream, durable);
      const messages = await consumer.consume({ max_messages: this.options.maxMessages ?? 32 });
      const loop = (async () => {
        for await (const message of messages) await this.handleMessage(handler, message);
      })().catch((error: unknown) => this.log.error({ err: error, consumer: handler.consumer, durable }, 'NATS consumer loop ended'));
      this.subscriptions.push({ messages, loop });
    }
  }

  private async ensureConsumer(jsm: JetStreamManager, durable: string, subject: string): Promise<void> {
    try {
      await jsm.consumers.info(this.stream, durable);
      return;
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    await jsm.consumers.add(this.stream, {
      durable_name: durable,
      filter_subject: subject,
      ack_policy: AckPolicy.Explicit,
      // A consumer starts with the events published after it first exists, like an in-process
      // subscriber; it never replays the stream's history.
      deliver_policy: DeliverPolicy.New,
      ack_wait: nanos(this.options.ackWaitMs ?? 30_000),
      max_deliver: -1,
    });
  }

  private async handleMessage(handler: EventHandlerDefinition, message: JsMsg): Promise<void> {
    let event: EventEnvelope;
    try {
      event = message.json<EventEnvelope>();
    } catch (error) {
      this.log.error({ err: error, consumer: handler.consumer, subject: message.subject }, 'undecodable event terminated');
      message.term('undecodable');
      return;
    }
    try {
      await this.dispatcher.run(handler, event);
      message.ack();
    } catch (error) {
      const attempts = message.info.deliveryCount;
      const delay = this.dispatcher.delayAfter(attempts);
      if (delay !== null) {
        this.log.warn({ err: error, consumer: handler.consumer, eventId: event.id, attempts, retryInMs: delay }, 'event handler failed; will retry');
        message.nak(delay);
        return;
      }
      try {
        await this.dispatcher.failures.record(handler.consumer, event, error, { attempts, delayFor: () => null });
        this.log.warn({ err: error, consumer: handler.consumer, eventId: event.id, attempts }, 'event handler failed; dead-lettered');
        message.term('dead-lettered');
      } catch (recordError) {
        this.log.error({ err: recordError, consumer: handler.consumer, eventId: event.id }, 'could not record a dead letter; will retry');
        message.nak(this.dispatcher.delayAfter(1) ?? 1_000);
      }
    }
  }
}

function isNotFound(error: unknown): boolean {
  const e = error as { code?: string; api_error?: { code?: number; err_code?: number } } | undefined;
  return e?.api_error?.code === 404 || e?.code === '404' || /not found/i.test((error as Error | undefined)?.message ?? '');
}
