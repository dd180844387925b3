import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, resetClock, setClock } from '../../src/kernel/index.js';
import {
  createRateLimiter,
  MemoryRateLimiter,
  ResilientRateLimiter,
  retryAfterSeconds,
  type RateLimiter,
} from '../../src/platform/ratelimit/index.js';
import { describeRateLimiterContract } from './rate-limiter-contract.js';

const clock = fixedClock('2026-05-01T09:00:00.000Z');
const limiter = new MemoryRateLimiter();

beforeAll(() => setClock(clock));
afterAll(async () => {
  resetClock();
  await limiter.close();
});

describeRateLimiterContract('memory', () => ({
  limiter,
  windowMs: 60_000,
  elapse: async (ms) => clock.advance(ms),
}));

describe('MemoryRateLimiter', () => {
  it('holds a bounded number of keys however many clients come', async () => {
    const small = new MemoryRateLimiter({ maxKeys: 100 });
    const rule = { name: 'flood', limit: 5, windowMs: 60_000 };
    for (let i = 0; i < 1_000; i += 1) await small.consume(rule, `198.51.100.${i}`);
    expect(small.size).toBeLessThanOrEqual(100);
    // The newest keys are still counted.
    expect((await small.peek(rule, '198.51.100.999')).count).toBe(1);
  });

  it('gives a Retry-After of at least one second while refused', () => {
    expect(retryAfterSeconds({ count: 9, allowed: false, remaining: 0, resetMs: 1 })).toBe(1);
    expect(retryAfterSeconds({ count: 9, allowed: false, remaining: 0, resetMs: 61_001 })).toBe(62);
  });

  it('is what createRateLimiter gives without a Redis URL', () => {
    expect(createRateLimiter({}).kind).toBe('memory');
  });
});

describe('ResilientRateLimiter', () => {
  const broken: RateLimiter = {
    kind: 'redis',
    consume: () => Promise.reject(new Error('connection refused')),
    peek: () => Promise.reject(new Error('connection refused')),
    refund: () => Promise.reject(new Error('connection refused')),
    reset: () => Promise.reject(new Error('connection refused')),
    close: async () => undefined,
  };

  it('keeps throttling in memory while the shared store fails, and reports each failure', async () => {
    const failures: string[] = [];
    const resilient = new ResilientRateLimiter(broken, (_error, operation) => failures.push(operation));
    const rule = { name: 'fallback', limit: 2, windowMs: 60_000 };
    const states = [await resilient.consume(rule, 'k'), await resilient.consume(rule, 'k'), await resilient.consume(rule, 'k')];
    expect(states.map((s) => s.allowed)).toEqual([true, true, false]);
    await resilient.reset(rule, 'k');
    expect((await resilient.consume(rule, 'k')).allowed).toBe(true);
    expect(failures).toEqual(['consume', 'consume', 'consume', 'reset', 'consume']);
  });

  it('falls back when a real Redis URL points at nothing listening', async () => {
    const failures: unknown[] = [];
    const resilient = createRateLimiter({ redisUrl: 'redis://127.0.0.1:1', onError: (error) => failures.push(error) });
    try {
      const rule = { name: 'unreachable', limit: 1, windowMs: 60_000 };
      expect((await resilient.consume(rule, 'k')).allowed).toBe(true);
      expect((await resilient.consume(rule, 'k')).allowed).toBe(false);
      expect(failures.length).toBeGreaterThanOrEqual(2);
    } finally {
      await resilient.close();
    }
  });
});
