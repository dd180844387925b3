import type { Database } from '../db/index.js';
import type { EventHandlerDefinition } from '../module.js';
import { backoffDelay, type RetryPolicy } from './backoff.js';
import type { DeadLetterRetry } from './bus.js';
import type { EventEnvelope } from './envelope.js';
import { FailureStore } from './failures.js';
import { deliverOnce } from './inbox.js';
import type { EventLogger } from './logger.js';

const CONSUMER_RE = /^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)*$/;

export interface DispatcherOptions {
  db: Database;
  logger: EventLogger;
  retry: RetryPolicy;
  /** How often due retries are looked for. */
  retryPollMs: number;
  /** How long a claimed retry is hidden from other processes. */
  retryLeaseMs: number;
}

export type DispatchOutcome = 'handled' | 'duplicate' | 'failed';

/**
 * The transport-independent half of every bus: the local handlers, the inbox-guarded run, the
 * durable failure record with backoff, and the loop that retries due failures. A bus only decides
 * how events reach `dispatch` (directly, or through a broker).
 */
export class Dispatcher {
  readonly failures: FailureStore;
  private readonly handlers = new Map<string, EventHandlerDefinition>();
  private timer: NodeJS.Timeout | undefined;
  private retrying: Promise<unknown> | undefined;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(private readonly options: DispatcherOptions) {
    this.failures = new FailureStore(options.db.system);
  }

  add(handler: EventHandlerDefinition): void {
    if (!CONSUMER_RE.test(handler.consumer)) throw new Error(`Event consumer name "${handler.consumer}" must look like module.reaction`);
    if (this.handlers.has(handler.consumer)) throw new Error(`Event consumer "${handler.consumer}" is subscribed twice`);
    if (handler.eventTypes.length === 0) throw new Error(`Event consumer "${handler.consumer}" lists no event types`);
    this.handlers.set(handler.consumer, handler);
  }

  all(): EventHandlerDefinition[] {
    return [...this.handlers.values()];
  }

  handlersFor(type: string): EventHandlerDefinition[] {
    return this.all().filter((h) => h.eventTypes.includes(type));
  }

  get(consumer: string): EventHandlerDefinition | undefined {
    return this.handlers.get(consumer);
  }

  /** Runs the handler once (inbox-guarded). Throws what the handler throws. */
  run(handler: EventHandlerDefinition, event: EventEnvelope) {
    return this.track(deliverOnce(this.options.db, handler, event));
  }

  /**
   * Delivers with the retry policy: a failure becomes a durable `retrying` (or `dead`) row and is not
   * thrown. Throws only when the failure itself cannot be recorded, so the caller must try again.
   */
  async dispatch(handler: EventHandlerDefinition, event: EventEnvelope): Promise<DispatchOutcome> {
    try {
      return await this.run(handler, event);
    } catch (error) {
      const row = await this.failures.record(handler.consumer, event, error, { delayFor: (n) => this.delayAfter(n) });
      this.options.logger.warn(
        { err: error, consumer: handler.consumer, eventId: event.id, eventType: event.type, attempts: row.attempts, status: row.status },
        row.status === 'dead' ? 'event handler failed; dead-lettered' : 'event handler failed; will retry',
      );
      return 'failed';
    }
  }

  /** Delay before the next attempt after `attempts` failures, or null when they are used up. */
  delayAfter(attempts: number): number | null {
    return attempts >= this.options.retry.maxAttempts ? null : backoffDelay(attempts, this.options.retry);
  }

  /** Retries due failures of the consumers subscribed here; returns how many were tried. */
  async retryDue(limit = 50): Promise<number> {
    const due = await this.failures.claimDue([...this.handlers.keys()], limit, this.options.retryLeaseMs);
    for (const row of due) {
      const handler = this.handlers.get(row.consumer);
      if (!handler) continue;
      await this.retryRow(handler, row.event);
    }
    return due.length;
  }

  /** One more attempt at a dead delivery: here when the consumer runs here, otherwise by its worker. */
  async retryDeadLetter(tenantId: string, consumer: string, eventId: string): Promise<DeadLetterRetry> {
    const handler = this.handlers.get(consumer);
    const row = await this.failures.reviveDead(tenantId, consumer, eventId, handler ? this.options.retryLeaseMs : 0);
    if (!row) return { outcome: 'not_found' };
    if (!handler) return { outcome: 'queued', attempts: row.attempts };
    const outcome = await this.retryRow(handler, row.event);
    if (outcome === 'failed') {
      const after = await this.failures.find(consumer, eventId);
      return { outcome: 'failed', attempts: after?.attempts ?? row.attempts, lastError: after?.last_error ?? row.last_error };
    }
    return { outcome: 'delivered', attempts: row.attempts };
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.retrying) return;
      this.retrying = this.retryDue()
        .catch((error: unknown) => this.options.logger.error({ err: error }, 'event retry sweep failed'))
        .finally(() => {
          this.retrying = undefined;
        });
    }, this.options.retryPollMs);
    this.timer.unref();
  }

  /** Stops the retry loop and waits for deliveries already running. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.retrying;
    await Promise.allSettled([...this.inFlight]);
  }

  private async retryRow(handler: EventHandlerDefinition, event: EventEnvelope): Promise<DispatchOutcome> {
    const outcome = await this.dispatch(handler, event);
    if (outcome !== 'failed') await this.failures.clear(handler.consumer, event.id);
    return outcome;
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.inFlight.add(promise);
    void promise.finally(() => this.inFlight.delete(promise)).catch(() => undefined);
    return promise;
  }
}

