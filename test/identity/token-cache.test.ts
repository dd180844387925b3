import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixedClock, resetClock, setClock } from '../../src/kernel/index.js';
import { TokenService, VERIFIED_TOKEN_CACHE_SIZE } from '../../src/modules/identity/tokens.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { identityOf, login } from './helpers.js';

// Access tokens whose signature checked out are remembered by their sha256 for their lifetime, so
// a client's requests do not each pay for an Ed25519 verification. What a token's signature cannot
// say (is its session still live?) is still asked on every request.

let t: TestApp;
const clock = fixedClock(new Date());

beforeAll(async () => {
  setClock(clock);
  t = await createTestApp();
});
afterAll(async () => {
  resetClock();
  await t?.close();
});

const profile = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/v1/auth/profile', headers });
const tokens = (): TokenService => identityOf(t).tokens;
const signatureChecks = () => vi.spyOn(tokens() as unknown as { verifySignature: (token: string) => Promise<unknown> }, 'verifySignature');

describe('verified access tokens are cached', () => {
  it('checks a token signature once, then answers from the cache', async () => {
    const owner = await t.signUp();
    const session = await login(t, owner.email, owner.password, { tenantId: owner.tenantId });
    const spy = signatureChecks();
    try {
      for (let i = 0; i < 5; i++) expect((await profile(session.headers)).statusCode).toBe(200);
      expect(spy).toHaveBeenCalledTimes(1);
      // A token that differs in one character is a different token: checked, and refused.
      const bearer = session.headers.authorization;
      const at = bearer.length - 10; // inside the signature, away from base64's padding bits
      const tampered = bearer.slice(0, at) + (bearer[at] === 'A' ? 'B' : 'A') + bearer.slice(at + 1);
      expect((await profile({ authorization: tampered })).statusCode).toBe(401);
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });

  it('a cached token stops working the moment its session ends', async () => {
    const owner = await t.signUp();
    const session = await login(t, owner.email, owner.password, { tenantId: owner.tenantId });
    expect((await profile(session.headers)).statusCode).toBe(200);
    expect((await profile(session.headers)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session.headers })).statusCode).toBe(204);
    expect((await profile(session.headers)).statusCode).toBe(401);
  });

  it('a cached token expires with the token', async () => {
    const owner = await t.signUp();
    const session = await login(t, owner.email, owner.password, { tenantId: owner.tenantId });
    expect((await profile(session.headers)).statusCode).toBe(200);
    clock.advance(15 * 60_000 - 2_000);
    expect((await profile(session.headers)).statusCode).toBe(200);
    clock.advance(3_000);
    expect((await profile(session.headers)).statusCode).toBe(401);
  });

  it('holds a bounded number of tokens (VERIFIED_TOKEN_CACHE_SIZE in Kontor), forgetting the least recently used', async () => {
    expect(VERIFIED_TOKEN_CACHE_SIZE).toBe(10_000);
    const service = new TokenService(t.db.system, 3);
    const cache = (service as unknown as { verified: Map<string, unknown> }).verified;
    const owner = await t.signUp();
    const issue = (n: number) => service.issue({ userId: owner.userId, tenantId: owner.tenantId, role: 'owner', sessionId: `0190d000-0000-7000-8000-${String(n).padStart(12, '0')}` });
    const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map(issue));
    for (const token of [a!, b!, c!]) expect(await service.verify(token.token)).not.toBeNull();
    await service.verify(a!.token); // a is now the most recently used; b the least
    expect(await service.verify(d!.token)).not.toBeNull();
    expect(cache.size).toBe(3);
    const spy = vi.spyOn(service as unknown as { verifySignature: (token: string) => Promise<unknown> }, 'verifySignature');
    try {
      for (const token of [a!, c!, d!]) expect((await service.verify(token.token))?.sessionId).toMatch(/^0190d000/);
      expect(spy).toHaveBeenCalledTimes(0);
      expect(await service.verify(b!.token)).not.toBeNull(); // forgotten: checked again
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });
});
