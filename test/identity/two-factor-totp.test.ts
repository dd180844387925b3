import { describe, expect, it } from 'vitest';
import {
  acceptedStep,
  newRecoveryCodes,
  normaliseRecoveryCode,
  otpauthUri,
  recoveryCodeHash,
  timeStep,
  totpCode,
} from '../../src/modules/identity/domain/totp.js';

/** RFC 6238 appendix B: the ASCII secret "12345678901234567890" (SHA-1), last six digits. */
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP (RFC 6238)', () => {
  it('matches the RFC test vectors', () => {
    expect(totpCode(RFC_SECRET, new Date(59_000))).toBe('287082');
    expect(totpCode(RFC_SECRET, new Date(1_111_111_109_000))).toBe('081804');
    expect(totpCode(RFC_SECRET, new Date(1_234_567_890_000))).toBe('005924');
    expect(totpCode(RFC_SECRET, new Date(2_000_000_000_000))).toBe('279037');
  });

  it('accepts one step either side of now, not two', () => {
    const at = new Date(1_700_000_000_000);
    const step = timeStep(at);
    for (const offset of [-1, 0, 1]) {
      expect(acceptedStep(RFC_SECRET, totpCode(RFC_SECRET, new Date(at.getTime() + offset * 30_000)), at, null)).toBe(step + offset);
    }
    for (const offset of [-2, 2]) {
      expect(acceptedStep(RFC_SECRET, totpCode(RFC_SECRET, new Date(at.getTime() + offset * 30_000)), at, null)).toBeNull();
    }
  });

  it('never accepts a code of a step already used, or an older one', () => {
    const at = new Date(1_700_000_000_000);
    const step = timeStep(at);
    const code = totpCode(RFC_SECRET, at);
    expect(acceptedStep(RFC_SECRET, code, at, step - 1)).toBe(step);
    expect(acceptedStep(RFC_SECRET, code, at, step)).toBeNull();
    expect(acceptedStep(RFC_SECRET, totpCode(RFC_SECRET, new Date(at.getTime() - 30_000)), at, step)).toBeNull();
    expect(acceptedStep(RFC_SECRET, totpCode(RFC_SECRET, new Date(at.getTime() + 30_000)), at, step)).toBe(step + 1);
  });

  it('rejects anything but six digits', () => {
    const at = new Date(59_000);
    for (const typed of ['28708', '2870820', '28708a', ' 287082', '']) expect(acceptedStep(RFC_SECRET, typed, at, null)).toBeNull();
  });

  it('builds the otpauth URI authenticator apps read', () => {
    const uri = new URL(otpauthUri(RFC_SECRET, 'asha@example.com'));
    expect(uri.protocol).toBe('otpauth:');
    expect(decodeURIComponent(uri.pathname)).toBe('/Kontor:asha@example.com');
    expect(Object.fromEntries(uri.searchParams)).toEqual({ issuer: 'Kontor', secret: RFC_SECRET, algorithm: 'SHA1', digits: '6', period: '30' });
  });
});

describe('recovery codes', () => {
  it('are ten distinct 60-bit codes in groups of four', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}$/);
  });

  it('read the same however they are typed, and reject what no code can be', () => {
    expect(normaliseRecoveryCode('ab1d-ef2h-jk3m')).toBe('ab1def2hjk3m');
    expect(normaliseRecoveryCode(' AB1D EF2H JK3M ')).toBe('ab1def2hjk3m');
    expect(normaliseRecoveryCode('abld-ef2h-jk3m')).toBe('ab1def2hjk3m'); // l read as 1
    expect(normaliseRecoveryCode('abOd-ef2h-jk3m')).toBe('ab0def2hjk3m'); // O read as 0
    expect(normaliseRecoveryCode('abud-ef2h-jk3m')).toBeNull(); // u is not in the alphabet
    expect(normaliseRecoveryCode('ab1d-ef2h')).toBeNull();
    expect(normaliseRecoveryCode('ab1d-ef2h-jk3m-x')).toBeNull();
  });

  it('hash per user: the same code of two users is stored differently', () => {
    const a = recoveryCodeHash('00000000-0000-7000-8000-000000000001', 'ab1def2hjk3m');
    const b = recoveryCodeHash('00000000-0000-7000-8000-000000000002', 'ab1def2hjk3m');
    expect(a).toHaveLength(32);
    expect(a.equals(b)).toBe(false);
  });
});
