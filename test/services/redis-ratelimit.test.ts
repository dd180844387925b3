import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisRateLimiter, createRateLimiter } from '../../src/platform/ratelimit/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { describeRateLimiterContract } from '../identity/rate-limiter-contract.js';

// This suite proves the Redis rate limiter against a real server; without one it must fail, not skip.
const redisUrl = process.env.REDIS_URL;
if (!redisUrl) throw new Error('REDIS_URL is not set: the services suite needs a running Redis server');
const REDIS_URL: string = redisUrl;

const prefix = `kontortest:${randomBytes(4).toString('hex')}:`;
let admin: Redis;
const limiter = new RedisRateLimiter({ url: REDIS_URL, keyPrefix: prefix });

beforeAll(async () => {
  admin = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 5_000 });
  admin.on('error', () => undefined);
  try {
    await admin.connect();
    expect(await admin.ping()).toBe('PONG');
  } catch (error) {
    throw new Error(`Redis at ${REDIS_URL} cannot be reached: ${(error as Error).message}`);
  }
});

afterAll(async () => {
  const keys = await admin.keys(`${prefix}*`);
  if (keys.length > 0) await admin.del(...keys);
  await limiter.close();
  admin.disconnect();
});

describeRateLimiterContract('redis', () => ({
  limiter,
  windowMs: 1_000,
  elapse: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}));

describe('RedisRateLimiter', () => {
  it('stores counters under its prefix with the window as expiry', async () => {
    const rule = { name: 'expiry', limit: 5, windowMs: 30_000 };
    await limiter.consume(rule, 'k');
    const ttl = await admin.pttl(`${prefix}expiry:k`);
    expect(ttl).toBeGreaterThan(25_000);
    expect(ttl).toBeLessThanOrEqual(30_000);
  });

  it('shares counts between limiters (processes) on the same server', async () => {
    const other = new RedisRateLimiter({ url: REDIS_URL, keyPrefix: prefix });
    try {
      const rule = { name: 'shared', limit: 3, windowMs: 30_000 };
      await limiter.consume(rule, 'k');
      await other.consume(rule, 'k');
      await limiter.consume(rule, 'k');
      expect((await other.consume(rule, 'k')).allowed).toBe(false);
    } finally {
      await other.close();
    }
  });

  it('is what createRateLimiter gives with a Redis URL', async () => {
    const made = createRateLimiter({ redisUrl: REDIS_URL, keyPrefix: prefix });
    try {
      expect(made.kind).toBe('redis');
      const rule = { name: 'factory', limit: 1, windowMs: 30_000 };
      await made.consume(rule, 'k');
      expect(await admin.get(`${prefix}factory:k`)).toBe('1');
    } finally {
      await made.close();
    }
  });
});

describe('login throttling through Redis', () => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    a = await createTestApp({ config: { redisUrl: REDIS_URL } });
    b = await createTestApp({ config: { redisUrl: REDIS_URL }, testDb: a.testDb });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('turns a brute force spread over two processes into 429 with Retry-After', async () => {
    const owner = await a.signUp();
    const remoteAddress = `203.0.113.${1 + Math.floor(Math.random() * 250)}`;
    const attempt = (app: TestApp, password: string) =>
      app.app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress, payload: { email: owner.email, password } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await attempt(i % 2 === 0 ? a : b, `wrong guess number ${i}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const refused = await attempt(b, owner.password); // even the right password, while throttled
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json()).toMatchObject({ code: 'AUTH.TOO_MANY_ATTEMPTS', status: 429 });
    expect((await attempt(a, owner.password)).statusCode).toBe(429);
  });
});
