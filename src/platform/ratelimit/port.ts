/**
 * Counting attempts per key in a time window: login failures per account and per IP, reset mails
 * per address, and whatever else a module needs to slow down. One port, two implementations:
 * in process memory (one process) and Redis (shared by every process of a deployment).
 *
 * The window is fixed and starts at the first hit on a key: `limit` hits fit in it, the next is
 * refused until `windowMs` after that first hit. Refused hits still count but never extend the
 * window, so a client that keeps hammering is let in again on time, and no sooner.
 */
export interface RateLimitRule {
  /** Names the counter family (e.g. `login.account`); part of the storage key. */
  name: string;
  /** Hits allowed in one window. */
  limit: number;
  windowMs: number;
}

export interface RateLimitState {
  /** Hits counted in the current window (including this one, for `consume`). */
  count: number;
  /** `count <= limit`: the hit that produced this state may go ahead. */
  allowed: boolean;
  remaining: number;
  /** Milliseconds until the window ends and the counter starts from zero; 0 when nothing is counted. */
  resetMs: number;
}

export interface RateLimiter {
  readonly kind: 'memory' | 'redis';
  /** Counts `cost` hits (default 1) on `key` and says whether they fit. Atomic per key. */
  consume(rule: RateLimitRule, key: string, cost?: number): Promise<RateLimitState>;
  /** The current state without counting anything. */
  peek(rule: RateLimitRule, key: string): Promise<RateLimitState>;
  /** Takes back one hit (an attempt that turned out not to count, e.g. a successful login). */
  refund(rule: RateLimitRule, key: string): Promise<void>;
  /** Forgets the key: the next hit starts a new window. */
  reset(rule: RateLimitRule, key: string): Promise<void>;
  close(): Promise<void>;
}

/** The state for `count` hits in a window with `resetMs` left. */
export function stateOf(rule: RateLimitRule, count: number, resetMs: number): RateLimitState {
  return {
    count,
    allowed: count <= rule.limit,
    remaining: Math.max(0, rule.limit - count),
    resetMs: count > 0 ? Math.max(0, resetMs) : 0,
  };
}

/** Whole seconds for a `Retry-After` header: never 0 while still refused. */
export function retryAfterSeconds(state: RateLimitState): number {
  return Math.max(1, Math.ceil(state.resetMs / 1000));
}

export function assertRule(rule: RateLimitRule): void {
  if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(rule.name)) throw new Error(`Rate limit rule name "${rule.name}" must be lowercase letters, digits, . _ -`);
  if (!Number.isInteger(rule.limit) || rule.limit < 1) throw new Error(`Rate limit rule ${rule.name}: limit must be a positive integer`);
  if (!Number.isInteger(rule.windowMs) || rule.windowMs < 1) throw new Error(`Rate limit rule ${rule.name}: windowMs must be a positive integer`);
}
