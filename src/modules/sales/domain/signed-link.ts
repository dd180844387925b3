/**
 * Signed public invoice links. A token carries (tenant, invoice, expiry) in the clear and an
 * HMAC-SHA256 over them with the tenant's link secret:
 *
 *   base64url(version ‖ tenant uuid (16 B) ‖ invoice uuid (16 B) ‖ expiry seconds (8 B)) "." base64url(hmac)
 *
 * Nothing else identifies the invoice, so a valid signature is the whole authority; rotating the
 * tenant's secret revokes every link it signed. Signatures are compared in constant time.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const VERSION = 1;
const PAYLOAD_BYTES = 1 + 16 + 16 + 8;
const MAC_BYTES = 32;
const TOKEN_RE = /^[A-Za-z0-9_-]{55}\.[A-Za-z0-9_-]{43}$/;

export interface LinkClaims {
  tenantId: string;
  invoiceId: string;
  /** Seconds since the epoch after which the link no longer works. */
  expiresAt: number;
}

function uuidBytes(uuid: string): Buffer {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`not a uuid: ${uuid}`);
  return Buffer.from(hex, 'hex');
}

function uuidOf(bytes: Buffer): string {
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function mac(secret: Buffer, payload: Buffer): Buffer {
  return createHmac('sha256', secret).update('kontor.invoice-link\0').update(payload).digest();
}

export function signLink(secret: Buffer, claims: LinkClaims): string {
  const payload = Buffer.alloc(PAYLOAD_BYTES);
  payload.writeUInt8(VERSION, 0);
  uuidBytes(claims.tenantId).copy(payload, 1);
  uuidBytes(claims.invoiceId).copy(payload, 17);
  payload.writeBigUInt64BE(BigInt(Math.floor(claims.expiresAt)), 33);
  return `${payload.toString('base64url')}.${mac(secret, payload).toString('base64url')}`;
}

/** The claims of a well-formed token, unverified (to find the tenant whose secret checks it); null when malformed. */
export function readLink(token: string): (LinkClaims & { payload: Buffer; signature: Buffer }) | null {
  if (!TOKEN_RE.test(token)) return null;
  const [p, s] = token.split('.') as [string, string];
  const payload = Buffer.from(p, 'base64url');
  const signature = Buffer.from(s, 'base64url');
  if (payload.length !== PAYLOAD_BYTES || signature.length !== MAC_BYTES || payload.readUInt8(0) !== VERSION) return null;
  // Re-encoding must give the same text: no second spelling of one token.
  if (payload.toString('base64url') !== p || signature.toString('base64url') !== s) return null;
  const expiresAt = payload.readBigUInt64BE(33);
  if (expiresAt > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return { tenantId: uuidOf(payload.subarray(1, 17)), invoiceId: uuidOf(payload.subarray(17, 33)), expiresAt: Number(expiresAt), payload, signature };
}

export type LinkCheck = { ok: true; claims: LinkClaims } | { ok: false; reason: 'malformed' | 'bad_signature' | 'expired' };

/**
 * Verifies a token against the tenant's secret (null: the tenant has none, so nothing it signed is
 * valid). The signature is checked before the expiry, so an expired answer proves a real link.
 */
export function verifyLink(token: string, secret: Buffer | null, nowSeconds: number): LinkCheck {
  const read = readLink(token);
  if (!read) return { ok: false, reason: 'malformed' };
  // Compare against a MAC even without a secret, so the time taken says nothing about the tenant.
  const expected = mac(secret ?? Buffer.alloc(32), read.payload);
  const same = timingSafeEqual(expected, read.signature);
  if (!same || secret === null) return { ok: false, reason: 'bad_signature' };
  if (nowSeconds >= read.expiresAt) return { ok: false, reason: 'expired' };
  return { ok: true, claims: { tenantId: read.tenantId, invoiceId: read.invoiceId, expiresAt: read.expiresAt } };
}
