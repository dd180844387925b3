import type { EventHandlerDefinition } from '../module.js';
import type { EventEnvelope } from './envelope.js';

/**
 * Where committed events go. The outbox relay publishes; subscriptions run module handlers.
 * Implementations: in-process (default), NATS JetStream, RabbitMQ. Each reuses `Dispatcher` for
 * the inbox, backoff and dead letters — modules only ever see `EventHandlerDefinition`.
 */
export interface EventBus {
  readonly kind: string;
  /**
   * Resolves once the bus has durably accepted every event: stored by the broker, or (in-process)
   * handled or recorded as a failure by every local consumer. Rejects otherwise; the relay then
   * keeps the events and tries again.
   */
  publish(events: EventEnvelope[]): Promise<void>;
  subscribe(handler: EventHandlerDefinition): void;
  start(): Promise<void>;
  /** Stops taking new deliveries and waits for running handlers. */
  close(): Promise<void>;
  ping(): Promise<void>;
  /** One more attempt at a dead-lettered delivery of `tenantId`'s event to `consumer`. */
  retryDeadLetter(tenantId: string, consumer: string, eventId: string): Promise<DeadLetterRetry>;
}

export type DeadLetterRetry =
  | { outcome: 'delivered'; attempts: number }
  /** The consumer does not run in this process; its worker picks the delivery up. */
  | { outcome: 'queued'; attempts: number }
  | { outcome: 'failed'; attempts: number; lastError: string }
  | { outcome: 'not_found' };
