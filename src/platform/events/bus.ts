import type { EventHandlerDefinition } from '../module.js';
import type { EventEnvelope } from './envelope.js';

/**
 * Where committed events go. The outbox relay publishes; subscriptions run module handlers.
 * Implementations: in-process (default), NATS JetStream. A RabbitMQ one plugs in here too —
 * modules only ever see `EventHandlerDefinition`.
 */
export interface EventBus {
  readonly kind: string;
  /** Resolves once the bus has durably accepted the event (or handed it to local delivery). */
  publish(events: EventEnvelope[]): Promise<void>;
  subscribe(handler: EventHandlerDefinition): void;
  start(): Promise<void>;
  /** Stops taking new deliveries and waits for running handlers. */
  close(): Promise<void>;
  ping(): Promise<void>;
}
