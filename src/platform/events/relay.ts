import type pg from 'pg';
import type { Database } from '../db/index.js';
import { pruneInbox } from './inbox.js';
import type { EventBus } from './bus.js';
import { silentLogger, type EventLogger } from './logger.js';
import { claimUnpublished, envelopeOf, hasUnpublished, markPublished, prunePublished } from './outbox.js';

export const OUTBOX_CHANNEL = 'kontor_outbox';

export interface OutboxRelayOptions {
  db: Database;
  bus: EventBus;
  logger?: EventLogger;
  /** Fallback poll when no NOTIFY arrives (lost listener connection, another database session). */
  pollIntervalMs?: number;
  batchSize?: number;
  /** First pause after the bus refused a batch; doubles up to `maxErrorBackoffMs`. */
  errorBackoffMs?: number;
  maxErrorBackoffMs?: number;
  /** Published outbox rows are deleted after this long. */
  outboxRetentionMs?: number;
  /** Inbox rows (duplicate guards) are deleted after this long; keep it above the broker's retention. */
  inboxRetentionMs?: number;
  pruneIntervalMs?: number;
}

const DAY = 86_400_000;

/**
 * Moves committed outbox rows to the bus. Rows are claimed with `FOR UPDATE SKIP LOCKED` in seq order
 * inside one transaction that stamps them published after the bus accepted them, so several relays
 * can run at once, and a crash (the lock dies with the connection) leaves them for the next relay.
 */
export class OutboxRelay {
  private readonly db: Database;
  private readonly bus: EventBus;
  private readonly log: EventLogger;
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly errorBackoffMs: number;
  private readonly maxErrorBackoffMs: number;
  private readonly outboxRetentionMs: number;
  private readonly inboxRetentionMs: number;
  private readonly pruneIntervalMs: number;

  private running = false;
  private stopped = false;
  private pumping: Promise<void> | undefined;
  private wakeAgain = false;
  private failures = 0;
  private pausedUntil = 0;
  private pollTimer: NodeJS.Timeout | undefined;
  private pruneTimer: NodeJS.Timeout | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private listener: { client: pg.PoolClient; drop: () => void } | undefined;
  private listening: Promise<void> | undefined;

  constructor(options: OutboxRelayOptions) {
    this.db = options.db;
    this.bus = options.bus;
    this.log = options.logger ?? silentLogger;
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.batchSize = options.batchSize ?? 100;
    this.errorBackoffMs = options.errorBackoffMs ?? 500;
    this.maxErrorBackoffMs = options.maxErrorBackoffMs ?? 30_000;
    this.outboxRetentionMs = options.outboxRetentionMs ?? 7 * DAY;
    this.inboxRetentionMs = options.inboxRetentionMs ?? 30 * DAY;
    this.pruneIntervalMs = options.pruneIntervalMs ?? 3_600_000;
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.stopped = false;
    this.listening = this.listen();
    await this.listening;
    this.pollTimer = setInterval(() => this.wake(), this.pollIntervalMs);
    this.pollTimer.unref();
    this.pruneTimer = setInterval(() => void this.prune(), this.pruneIntervalMs);
    this.pruneTimer.unref();
    this.wake();
  }

  /** Publishes until nothing is unpublished; false when `timeoutMs` passed first. */
  async drain(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    this.stopped = false;
    for (;;) {
      this.pausedUntil = 0;
      await this.pumpNow();
      if (!(await hasUnpublished(this.db.system))) return true;
      if (Date.now() >= deadline) return false;
      await sleep(Math.min(50, Math.max(0, deadline - Date.now())));
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopped = true;
    for (const timer of [this.pollTimer, this.pruneTimer, this.retryTimer]) if (timer) clearTimeout(timer);
    this.pollTimer = this.pruneTimer = this.retryTimer = undefined;
    await this.listening?.catch(() => undefined);
    this.listener?.drop();
    await this.pumping;
  }

  /** Deletes old published events and inbox guards; runs hourly by itself. */
  async prune(): Promise<void> {
    try {
      const events = await prunePublished(this.db.system, this.outboxRetentionMs);
      const guards = await pruneInbox(this.db.system, this.inboxRetentionMs);
      if (events + guards > 0) this.log.info({ events, guards }, 'pruned outbox and inbox');
    } catch (error) {
      this.log.error({ err: error }, 'outbox prune failed');
    }
  }

  private wake(): void {
    if (!this.running || Date.now() < this.pausedUntil) return;
    void this.pumpNow();
  }

  /** One pump at a time; a wake during a pump makes it go round once more. */
  private pumpNow(): Promise<void> {
    if (this.pumping) {
      this.wakeAgain = true;
      return this.pumping;
    }
    this.pumping = (async () => {
      try {
        do {
          this.wakeAgain = false;
          while (!this.stopped && (await this.publishBatch())) {
            // keep going while full batches come back
          }
        } while (this.wakeAgain && !this.stopped && Date.now() >= this.pausedUntil);
      } finally {
        this.pumping = undefined;
      }
    })();
    return this.pumping;
  }

  /** Publishes one batch; true when it was full (more may be waiting). */
  private async publishBatch(): Promise<boolean> {
    try {
      const count = await this.db.system.transaction().execute(async (tx) => {
        const rows = await claimUnpublished(tx, this.batchSize);
        if (rows.length === 0) return 0;
        await this.bus.publish(rows.map(envelopeOf));
        await markPublished(tx, rows.map((r) => r.seq));
        return rows.length;
      });
      if (count > 0) this.log.debug({ count }, 'published outbox events');
      this.failures = 0;
      return count === this.batchSize;
    } catch (error) {
      this.failures += 1;
      const pause = Math.min(this.maxErrorBackoffMs, this.errorBackoffMs * 2 ** (this.failures - 1));
      this.pausedUntil = Date.now() + pause;
      this.log.error({ err: error, retryInMs: pause }, 'outbox relay could not publish');
      return false;
    }
  }

  private async listen(): Promise<void> {
    let client: pg.PoolClient;
    try {
      client = await this.db.systemPool.connect();
    } catch (error) {
      this.log.warn({ err: error }, 'outbox listener could not connect; polling until it can');
      this.scheduleRelisten();
      return;
    }
    let released = false;
    const drop = (error?: Error) => {
      if (released) return;
      released = true;
      if (this.listener?.client === client) this.listener = undefined;
      client.removeAllListeners('notification');
      client.release(error ?? true); // never back to the pool: it still LISTENs
    };
    client.on('notification', (message) => {
      if (message.channel === OUTBOX_CHANNEL) this.wake();
    });
    client.on('error', (error) => {
      this.log.warn({ err: error }, 'outbox listener connection lost; polling until it is back');
      drop(error);
      this.scheduleRelisten();
    });
    try {
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (error) {
      drop(error as Error);
      this.scheduleRelisten();
      return;
    }
    if (this.running && !released) this.listener = { client, drop };
    else drop();
  }

  private scheduleRelisten(): void {
    if (!this.running || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.running && !this.listener) this.listening = this.listen();
    }, Math.max(this.pollIntervalMs, 1_000));
    this.retryTimer.unref();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
