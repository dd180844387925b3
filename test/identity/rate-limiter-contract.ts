import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { RateLimiter, RateLimitRule } from '../../src/platform/ratelimit/index.js';

export interface RateLimiterHarness {
  limiter: RateLimiter;
  /** Lets a window pass: moves a fixed clock, or really waits for a server-timed window. */
  elapse(ms: number): Promise<void>;
  /** Window length the tests use; short for real-time backends. */
  windowMs: number;
}

/** Behaviour every RateLimiter must show, run against the memory and the Redis implementation. */
export function describeRateLimiterContract(name: string, harness: () => RateLimiterHarness): void {
  const rule = (limit: number): RateLimitRule => ({ name: `contract.${randomBytes(4).toString('hex')}`, limit, windowMs: harness().windowMs });

  describe(`RateLimiter contract: ${name}`, () => {
    it('allows `limit` hits in a window and refuses the next, with the time left', async () => {
      const { limiter, windowMs } = harness();
      const r = rule(3);
      const states = [];
      for (let i = 0; i < 4; i += 1) states.push(await limiter.consume(r, 'k'));
      expect(states.map((s) => [s.count, s.allowed, s.remaining])).toEqual([
        [1, true, 2],
        [2, true, 1],
        [3, true, 0],
        [4, false, 0],
      ]);
      expect(states[3]!.resetMs).toBeGreaterThan(0);
      expect(states[3]!.resetMs).toBeLessThanOrEqual(windowMs);
    });

    it('starts a fresh window once the old one has passed, and refused hits do not extend it', async () => {
      const { limiter, windowMs, elapse } = harness();
      const r = rule(1);
      expect((await limiter.consume(r, 'k')).allowed).toBe(true);
      await elapse(Math.floor(windowMs / 2));
      expect((await limiter.consume(r, 'k')).allowed).toBe(false); // refused, counted, window unchanged
      await elapse(Math.ceil(windowMs / 2) + 50);
      const fresh = await limiter.consume(r, 'k');
      expect(fresh).toMatchObject({ count: 1, allowed: true });
    });

    it('keeps keys and rules apart', async () => {
      const { limiter } = harness();
      const a = rule(1);
      const b = rule(1);
      await limiter.consume(a, 'x');
      expect((await limiter.consume(a, 'y')).allowed).toBe(true);
      expect((await limiter.consume(b, 'x')).allowed).toBe(true);
      expect((await limiter.consume(a, 'x')).allowed).toBe(false);
    });

    it('peeks without counting', async () => {
      const { limiter } = harness();
      const r = rule(2);
      expect(await limiter.peek(r, 'k')).toMatchObject({ count: 0, allowed: true, resetMs: 0 });
      await limiter.consume(r, 'k');
      await limiter.peek(r, 'k');
      expect(await limiter.peek(r, 'k')).toMatchObject({ count: 1, allowed: true, remaining: 1 });
    });

    it('refunds one hit (never below zero) and resets a key', async () => {
      const { limiter } = harness();
      const r = rule(2);
      await limiter.consume(r, 'k');
      await limiter.consume(r, 'k');
      await limiter.refund(r, 'k');
      expect((await limiter.peek(r, 'k')).count).toBe(1);
      await limiter.refund(r, 'k');
      await limiter.refund(r, 'k');
      expect((await limiter.peek(r, 'k')).count).toBe(0);
      await limiter.consume(r, 'k', 5);
      expect((await limiter.peek(r, 'k')).allowed).toBe(false);
      await limiter.reset(r, 'k');
      expect((await limiter.consume(r, 'k')).count).toBe(1);
    });

    it('counts concurrent hits exactly: exactly `limit` of a burst get through', async () => {
      const { limiter } = harness();
      const r = rule(10);
      const states = await Promise.all(Array.from({ length: 50 }, () => limiter.consume(r, 'burst')));
      expect(states.filter((s) => s.allowed)).toHaveLength(10);
      expect(new Set(states.map((s) => s.count)).size).toBe(50);
    });

    it('rejects malformed rules', async () => {
      const { limiter } = harness();
      await expect(limiter.consume({ name: 'Bad Name', limit: 1, windowMs: 1000 }, 'k')).rejects.toThrow(/rule name/);
      await expect(limiter.consume({ name: 'ok', limit: 0, windowMs: 1000 }, 'k')).rejects.toThrow(/limit/);
    });
  });
}
