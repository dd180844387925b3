import type { EventHandlerDefinition } from '../module.js';
import type { DeadLetterRetry, EventBus } from './bus.js';
import type { Dispatcher } from './dispatcher.js';
import type { EventEnvelope } from './envelope.js';

/**
 * In-process delivery: `publish` runs every local handler of each event (in order) before it
 * resolves, so the relay stamps an event published only once each consumer has handled it or holds a
 * durable failure row that the retry loop will work off.
 */
export class MemoryBus implements EventBus {
  readonly kind = 'memory';
  private closed = false;

  constructor(private readonly dispatcher: Dispatcher) {}

  subscribe(handler: EventHandlerDefinition): void {
    this.dispatcher.add(handler);
  }

  async publish(events: EventEnvelope[]): Promise<void> {
    if (this.closed) throw new Error('The event bus is closed');
    for (const event of events) {
      for (const handler of this.dispatcher.handlersFor(event.type)) {
        await this.dispatcher.dispatch(handler, event);
      }
    }
  }

  async start(): Promise<void> {
    this.closed = false;
    this.dispatcher.start();
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.dispatcher.stop();
  }

  async ping(): Promise<void> {
    if (this.closed) throw new Error('The event bus is closed');
  }

  retryDeadLetter(tenantId: string, consumer: string, eventId: string): Promise<DeadLetterRetry> {
    return this.dispatcher.retryDeadLetter(tenantId, consumer, eventId);
  }
}
