import { createHash, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/** RFC 6238 as every authenticator app reads it: SHA-1, 6 digits, 30-second steps. */
export const TOTP_ISSUER = 'Kontor';
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Codes one step either side of now are accepted (clock drift, typing time). */
export const TOTP_WINDOW = 1;
export const TOTP_CODE_RE = /^\d{6}$/;

export const RECOVERY_CODE_COUNT = 10;
/** Crockford base32 without I, L, O, U: nothing to misread. 12 characters = 60 bits. */
const RECOVERY_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const RECOVERY_LENGTH = 12;
const RECOVERY_RE = /^[0-9a-z]{12}$/;

/** A new random secret (160 bits, as RFC 4226 recommends), base32 as apps and QR codes carry it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secretBase32: string, account: string): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label: account,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** `otpauth://totp/Kontor:<email>?issuer=Kontor&secret=…`: what the QR code holds. */
export function otpauthUri(secretBase32: string, account: string): string {
  return totp(secretBase32, account).toString();
}

/** The time step a moment falls in. */
export function timeStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code for a moment (tests and tools; the server never hands codes out). */
export function totpCode(secretBase32: string, at: Date): string {
  return totp(secretBase32, 'x').generate({ timestamp: at.getTime() });
}

/**
 * The time step a typed code belongs to, if it is right within the window and newer than
 * `lastUsedStep` (so a code, or one from before it, never works twice); otherwise null.
 */
export function acceptedStep(secretBase32: string, code: string, at: Date, lastUsedStep: number | null): number | null {
  if (!TOTP_CODE_RE.test(code)) return null;
  const delta = totp(secretBase32, 'x').validate({ token: code, timestamp: at.getTime(), window: TOTP_WINDOW });
  if (delta === null) return null;
  const step = timeStep(at) + delta;
  return lastUsedStep !== null && step <= lastUsedStep ? null : step;
}

/** Ten new recovery codes, shown as `xxxx-xxxx-xxxx`. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    let raw = '';
    for (let i = 0; i < RECOVERY_LENGTH; i += 1) raw += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
    return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
  });
}

/** What a typed recovery code means: case, spaces and dashes do not matter; i/l → 1, o → 0. */
export function normaliseRecoveryCode(typed: string): string | null {
  const clean = typed.toLowerCase().replace(/[\s-]/g, '').replace(/[il]/g, '1').replace(/o/g, '0');
  return RECOVERY_RE.test(clean) && [...clean].every((c) => RECOVERY_ALPHABET.includes(c)) ? clean : null;
}

/**
 * The stored form of a recovery code: sha256 over the user id and the normalised code. 60 random
 * bits make a slow hash unnecessary, and the user id keeps equal codes of two users apart.
 */
export function recoveryCodeHash(userId: string, normalised: string): Buffer {
  return createHash('sha256').update(`${userId}:${normalised}`, 'utf8').digest();
}
