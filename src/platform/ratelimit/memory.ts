import { now } from '../../kernel/index.js';
import { assertRule, stateOf, type RateLimiter, type RateLimitRule, type RateLimitState } from './port.js';

interface Counter {
  count: number;
  resetAt: number;
}

export interface MemoryRateLimiterOptions {
  /** Most keys kept at once; past it, expired keys are swept and then the oldest dropped. */
  maxKeys?: number;
}

/**
 * Counters in this process's memory, timed by the kernel clock (tests can move it). Right for a
 * single process; several processes each count on their own, so use Redis for those.
 */
export class MemoryRateLimiter implements RateLimiter {
  readonly kind = 'memory' as const;
  private readonly counters = new Map<string, Counter>();
  private readonly maxKeys: number;

  constructor(options: MemoryRateLimiterOptions = {}) {
    this.maxKeys = options.maxKeys ?? 100_000;
  }

  async consume(rule: RateLimitRule, key: string, cost = 1): Promise<RateLimitState> {
    assertRule(rule);
    const id = `${rule.name}:${key}`;
    const at = now().getTime();
    let counter = this.live(id, at);
    if (!counter) {
      this.makeRoom(at);
      counter = { count: 0, resetAt: at + rule.windowMs };
      this.counters.set(id, counter);
    }
    counter.count += cost;
    return stateOf(rule, counter.count, counter.resetAt - at);
  }

  async peek(rule: RateLimitRule, key: string): Promise<RateLimitState> {
    const at = now().getTime();
    const counter = this.live(`${rule.name}:${key}`, at);
    return counter ? stateOf(rule, counter.count, counter.resetAt - at) : stateOf(rule, 0, 0);
  }

  async refund(rule: RateLimitRule, key: string): Promise<void> {
    const counter = this.live(`${rule.name}:${key}`, now().getTime());
    if (counter && counter.count > 0) counter.count -= 1;
  }

  async reset(rule: RateLimitRule, key: string): Promise<void> {
    this.counters.delete(`${rule.name}:${key}`);
  }

  async close(): Promise<void> {
    this.counters.clear();
  }

  /** Number of keys held (for tests of the memory bound). */
  get size(): number {
    return this.counters.size;
  }

  private live(id: string, at: number): Counter | undefined {
    const counter = this.counters.get(id);
    if (counter && counter.resetAt <= at) {
      this.counters.delete(id);
      return undefined;
    }
    return counter;
  }

  /** A flood of distinct keys (rotating IPs) must not grow memory without bound. */
  private makeRoom(at: number): void {
    if (this.counters.size < this.maxKeys) return;
    for (const [id, counter] of this.counters) if (counter.resetAt <= at) this.counters.delete(id);
    for (const id of this.counters.keys()) {
      if (this.counters.size < this.maxKeys) break;
      this.counters.delete(id); // Map iterates in insertion order: oldest windows first
    }
  }
}
