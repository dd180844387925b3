import { Redis, type RedisOptions } from 'ioredis';
import { assertRule, stateOf, type RateLimiter, type RateLimitRule, type RateLimitState } from './port.js';

// INCRBY, and start the window on the first hit; PTTL tells how much of it is left.
const CONSUME = `
local n = redis.call('INCRBY', KEYS[1], ARGV[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  ttl = tonumber(ARGV[2])
end
return {n, ttl}`;

const PEEK = `
local n = redis.call('GET', KEYS[1])
if not n then return {0, 0} end
return {tonumber(n), redis.call('PTTL', KEYS[1])}`;

// DECRBY keeps the key's expiry; never below zero.
const REFUND = `
local n = tonumber(redis.call('GET', KEYS[1]) or '0')
if n > 0 then redis.call('DECRBY', KEYS[1], 1) end
return 0`;

export interface RedisRateLimiterOptions {
  url: string;
  /** Prefix of every key (default `kontor:rl:`); lets several deployments or test runs share a server. */
  keyPrefix?: string;
  /** A command that takes longer fails (and a resilient limiter falls back). Default 1000 ms. */
  commandTimeoutMs?: number;
}

/**
 * Counters in Redis, shared by every process. Each operation is one Lua script, so concurrent
 * hits on one key are counted exactly; windows are timed by the Redis server's clock.
 */
export class RedisRateLimiter implements RateLimiter {
  readonly kind = 'redis' as const;
  readonly client: Redis;
  private readonly prefix: string;

  constructor(options: RedisRateLimiterOptions) {
    this.prefix = options.keyPrefix ?? 'kontor:rl:';
    const redisOptions: RedisOptions = {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      connectTimeout: 2_000,
      commandTimeout: options.commandTimeoutMs ?? 1_000,
      enableOfflineQueue: true,
    };
    this.client = new Redis(options.url, redisOptions);
    this.client.on('error', () => undefined); // reported through failed commands, not as a crash
  }

  async consume(rule: RateLimitRule, key: string, cost = 1): Promise<RateLimitState> {
    assertRule(rule);
    const [count, ttl] = (await this.client.eval(CONSUME, 1, this.keyOf(rule, key), cost, rule.windowMs)) as [number, number];
    return stateOf(rule, Number(count), Number(ttl));
  }

  async peek(rule: RateLimitRule, key: string): Promise<RateLimitState> {
    const [count, ttl] = (await this.client.eval(PEEK, 1, this.keyOf(rule, key))) as [number, number];
    return stateOf(rule, Number(count), Number(ttl));
  }

  async refund(rule: RateLimitRule, key: string): Promise<void> {
    await this.client.eval(REFUND, 1, this.keyOf(rule, key));
  }

  async reset(rule: RateLimitRule, key: string): Promise<void> {
    await this.client.del(this.keyOf(rule, key));
  }

  async close(): Promise<void> {
    if (this.client.status === 'end') return;
    await this.client.quit().catch(() => this.client.disconnect());
  }

  keyOf(rule: RateLimitRule, key: string): string {
    return `${this.prefix}${rule.name}:${key}`;
  }
}
