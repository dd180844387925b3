import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson, fixedClock, isUuid, newId, now, resetClock, resetIdGenerator, sequentialIds, setClock, setIdGenerator } from './index.js';

afterEach(() => {
  resetClock();
  resetIdGenerator();
});

describe('clock and ids for tests', () => {
  it('fixes and advances the clock', () => {
    const clock = fixedClock('2026-04-01T00:00:00Z');
    setClock(clock);
    expect(now().toISOString()).toBe('2026-04-01T00:00:00.000Z');
    clock.advance(1500);
    expect(now().toISOString()).toBe('2026-04-01T00:00:01.500Z');
  });

  it('hands out predictable UUID-shaped ids', () => {
    setIdGenerator(sequentialIds());
    expect([newId(), newId()]).toEqual(['01900000-0000-7000-8000-000000000001', '01900000-0000-7000-8000-000000000002']);
  });

  it('makes time-ordered UUIDv7 ids by default', () => {
    const ids = Array.from({ length: 50 }, () => newId());
    expect(ids.every(isUuid)).toBe(true);
    expect(ids.every((id) => id[14] === '7')).toBe(true);
    expect([...ids].sort()).toEqual(ids);
  });
});

describe('canonical JSON', () => {
  it('is the same for equal values whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [2, { e: 0, f: 1 }] }, b: 1 }));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('writes bigints as strings and drops undefined', () => {
    expect(canonicalJson({ amount: 12345678901234567890n, gone: undefined })).toBe('{"amount":"12345678901234567890"}');
  });
});
