import type { Database } from '../db/index.js';
import { retryPolicy, type RetryPolicy } from './backoff.js';
import type { EventBus } from './bus.js';
import { Dispatcher } from './dispatcher.js';
import { silentLogger, type EventLogger } from './logger.js';
import { MemoryBus } from './memory-bus.js';
import { NatsBus, type NatsBusOptions } from './nats-bus.js';
import { RabbitMqBus, type RabbitMqBusOptions } from './rabbitmq-bus.js';

export type { EventBus, DeadLetterRetry } from './bus.js';
export type { EventEnvelope, NewEvent } from './envelope.js';
export { EVENT_TYPE_RE, isEventType } from './envelope.js';
export { appendEvent, appendEvents, outboxLag, type OutboxLag } from './outbox.js';
export { OutboxRelay, OUTBOX_CHANNEL, type OutboxRelayOptions } from './relay.js';
export { Dispatcher, type DispatcherOptions, type DispatchOutcome } from './dispatcher.js';
export { deliverOnce, type DeliveryResult } from './inbox.js';
export { FailureStore, type FailureRow, type FailureStatus } from './failures.js';
export { DEFAULT_RETRY_POLICY, backoffDelay, retryPolicy, type RetryPolicy } from './backoff.js';
export { MemoryBus } from './memory-bus.js';
export { NatsBus, DEFAULT_NATS_STREAM, DEFAULT_NATS_SUBJECT_PREFIX, type NatsBusOptions } from './nats-bus.js';
export {
  RabbitMqBus,
  DEFAULT_RABBITMQ_EXCHANGE,
  DEFAULT_RABBITMQ_QUEUE_PREFIX,
  RABBITMQ_ATTEMPTS_HEADER,
  type RabbitMqBusOptions,
  type RabbitMqSettled,
} from './rabbitmq-bus.js';
export { registerEventMetrics } from './metrics.js';
export type { EventLogger } from './logger.js';

export interface CreateEventBusOptions {
  db: Database;
  /**
   * When set, events travel through NATS JetStream. Set at most one of `natsUrl` and `rabbitmqUrl`;
   * with neither, events are delivered in-process.
   */
  natsUrl?: string;
  /** When set, events travel through RabbitMQ (`amqp://…`). Setting it together with `natsUrl` is an error. */
  rabbitmqUrl?: string;
  logger?: EventLogger;
  retry?: Partial<RetryPolicy>;
  /** How often due retries are looked for (default 1 s). */
  retryPollMs?: number;
  /** How long a claimed retry is hidden from other processes (default 60 s). */
  retryLeaseMs?: number;
  nats?: Omit<NatsBusOptions, 'url'>;
  rabbitmq?: Omit<RabbitMqBusOptions, 'url'>;
}

export function createEventBus(options: CreateEventBusOptions): EventBus {
  if (options.natsUrl && options.rabbitmqUrl) {
    // Two brokers would split the events between them: some consumers would never see some events.
    throw new Error('Both NATS_URL and RABBITMQ_URL are set; choose one event broker');
  }
  const logger = options.logger ?? silentLogger;
  const dispatcher = new Dispatcher({
    db: options.db,
    logger,
    retry: retryPolicy(options.retry),
    retryPollMs: options.retryPollMs ?? 1_000,
    retryLeaseMs: options.retryLeaseMs ?? 60_000,
  });
  if (options.natsUrl) return new NatsBus(dispatcher, logger, { ...options.nats, url: options.natsUrl });
  if (options.rabbitmqUrl) return new RabbitMqBus(dispatcher, logger, { ...options.rabbitmq, url: options.rabbitmqUrl });
  return new MemoryBus(dispatcher);
}
