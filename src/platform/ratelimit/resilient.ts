import { MemoryRateLimiter } from './memory.js';
import type { RateLimiter, RateLimitRule, RateLimitState } from './port.js';

export type RateLimiterErrorHandler = (error: unknown, operation: string) => void;

/**
 * Uses the shared limiter and, while it fails (Redis down or slow), counts in this process's
 * memory instead: throttling gets per-process during an outage but never switches off, and a
 * Redis outage does not lock everyone out either.
 */
export class ResilientRateLimiter implements RateLimiter {
  readonly kind: RateLimiter['kind'];
  private readonly fallback = new MemoryRateLimiter();

  constructor(
    private readonly primary: RateLimiter,
    private readonly onError: RateLimiterErrorHandler,
  ) {
    this.kind = primary.kind;
  }

  consume(rule: RateLimitRule, key: string, cost?: number): Promise<RateLimitState> {
    return this.guard('consume', () => this.primary.consume(rule, key, cost), () => this.fallback.consume(rule, key, cost));
  }

  peek(rule: RateLimitRule, key: string): Promise<RateLimitState> {
    return this.guard('peek', () => this.primary.peek(rule, key), () => this.fallback.peek(rule, key));
  }

  refund(rule: RateLimitRule, key: string): Promise<void> {
    return this.guard('refund', () => this.primary.refund(rule, key), () => this.fallback.refund(rule, key));
  }

  async reset(rule: RateLimitRule, key: string): Promise<void> {
    await this.fallback.reset(rule, key);
    await this.guard('reset', () => this.primary.reset(rule, key), async () => undefined);
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.primary.close(), this.fallback.close()]);
  }

  private async guard<T>(operation: string, run: () => Promise<T>, fallback: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      this.onError(error, operation);
      return fallback();
    }
  }
}
