import { MemoryRateLimiter } from './memory.js';
import type { RateLimiter } from './port.js';
import { RedisRateLimiter } from './redis.js';
import { ResilientRateLimiter, type RateLimiterErrorHandler } from './resilient.js';

export { retryAfterSeconds, stateOf, type RateLimiter, type RateLimitRule, type RateLimitState } from './port.js';
export { MemoryRateLimiter, type MemoryRateLimiterOptions } from './memory.js';
export { RedisRateLimiter, type RedisRateLimiterOptions } from './redis.js';
export { ResilientRateLimiter, type RateLimiterErrorHandler } from './resilient.js';

export interface CreateRateLimiterOptions {
  /** When set, counters live in this Redis (shared by all processes); otherwise in memory. */
  redisUrl?: string | undefined;
  keyPrefix?: string;
  /** Called when Redis fails and a hit is counted in memory instead. */
  onError?: RateLimiterErrorHandler;
}

export function createRateLimiter(options: CreateRateLimiterOptions): RateLimiter {
  if (!options.redisUrl) return new MemoryRateLimiter();
  const redis = new RedisRateLimiter({ url: options.redisUrl, ...(options.keyPrefix !== undefined && { keyPrefix: options.keyPrefix }) });
  return new ResilientRateLimiter(redis, options.onError ?? (() => undefined));
}
