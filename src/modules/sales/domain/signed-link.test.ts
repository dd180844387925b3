import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readLink, signLink, verifyLink } from './signed-link.js';

const secret = randomBytes(32);
const claims = { tenantId: '01900000-0000-7000-8000-000000000001', invoiceId: '01900000-0000-7000-8000-0000000000aa', expiresAt: 2_000_000_000 };
const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);

describe('signed invoice links', () => {
  it('round-trips the claims', () => {
    const token = signLink(secret, claims);
    expect(token).toMatch(/^[A-Za-z0-9_-]{55}\.[A-Za-z0-9_-]{43}$/);
    expect(readLink(token)).toMatchObject(claims);
    expect(verifyLink(token, secret, 1_999_999_999)).toEqual({ ok: true, claims });
  });

  it('expires at its expiry', () => {
    const token = signLink(secret, claims);
    expect(verifyLink(token, secret, 2_000_000_000)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a tampered payload (other invoice, other tenant, later expiry) and a tampered signature', () => {
    const token = signLink(secret, claims);
    const [payload, sig] = token.split('.') as [string, string];
    for (const other of [
      signLink(randomBytes(32), { ...claims, invoiceId: '01900000-0000-7000-8000-0000000000bb' }).split('.')[0]!,
      signLink(randomBytes(32), { ...claims, tenantId: '01900000-0000-7000-8000-000000000002' }).split('.')[0]!,
      signLink(randomBytes(32), { ...claims, expiresAt: 3_000_000_000 }).split('.')[0]!,
    ]) {
      expect(verifyLink(`${other}.${sig}`, secret, 0)).toEqual({ ok: false, reason: 'bad_signature' });
    }
    expect(verifyLink(`${payload}.${flip(sig, 5)}`, secret, 0)).toEqual({ ok: false, reason: 'bad_signature' });
    // A tampered expired token says "bad signature", never "expired".
    expect(verifyLink(`${payload}.${flip(sig, 5)}`, secret, 3_000_000_000)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a link signed with another (rotated) secret, or when the tenant has no secret', () => {
    const token = signLink(secret, claims);
    expect(verifyLink(token, randomBytes(32), 0)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifyLink(token, null, 0)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses malformed tokens', () => {
    const token = signLink(secret, claims);
    for (const bad of ['', 'x', `${token}.x`, token.replace('.', ''), `${token}A`, token.slice(1), '../../etc/passwd', `${'A'.repeat(55)}.${'A'.repeat(43)}`]) {
      expect(verifyLink(bad, secret, 0).ok).toBe(false);
    }
    expect(readLink(`${'A'.repeat(55)}.${'A'.repeat(43)}`)).toBeNull(); // version 0
  });
});
