import { createHash } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT, type JWK, type CryptoKey } from 'jose';
import { newId, now } from '../../kernel/index.js';
import type { Db } from '../../platform/db/index.js';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
/** How often a process re-reads which key signs, so a rotation reaches every process. */
export const SIGNING_KEY_RELOAD_MS = 5 * 60_000;
/** A retired key still verifies for this long: its last tokens expire, and slow processes catch up. */
export const RETIRED_KEY_GRACE_MS = ACCESS_TOKEN_TTL_SECONDS * 1000 + SIGNING_KEY_RELOAD_MS;
/** Verified tokens remembered (by their sha256) so a client's every request does not re-check the signature. */
export const VERIFIED_TOKEN_CACHE_SIZE = 10_000;
const ISSUER = 'kontor';
const AUDIENCE = 'kontor-api';

export interface AccessClaims {
  userId: string;
  tenantId: string | null;
  role: string | null;
  /** The session (refresh-token family) the token belongs to; revoking it stops the token. */
  sessionId: string;
}

interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  loadedAt: number;
}

interface VerifyingKey {
  key: CryptoKey;
  retiredAt: number | null;
}

/**
 * EdDSA (Ed25519) access tokens. Keys live in the database (readable by the owner connection
 * only) so every process of a deployment signs and verifies alike; each token names its key
 * (`kid`), so keys can rotate: `rotateSigningKey()` makes a new key the signer and retires the
 * old ones, which keep verifying for RETIRED_KEY_GRACE_MS.
 */
export class TokenService {
  private current: Promise<SigningKey> | undefined;
  private readonly verifying = new Map<string, Promise<VerifyingKey | undefined>>();
  /**
   * Claims of tokens whose signature checked out, by the token's sha256, with the token's expiry
   * (epoch seconds), least recently used first. Only what the signature proves is kept: whether the
   * token's session is still live is asked on every request (SessionGuard), so logging out or
   * revoking a session stops a cached token exactly as it stops an uncached one.
   */
  private readonly verified = new Map<string, { claims: AccessClaims; exp: number }>();

  constructor(
    private readonly db: Db,
    private readonly cacheSize = VERIFIED_TOKEN_CACHE_SIZE,
  ) {}

  async issue(claims: AccessClaims): Promise<{ token: string; expiresIn: number }> {
    const key = await this.signingKey();
    const issuedAt = Math.floor(now().getTime() / 1000);
    const token = await new SignJWT({ tid: claims.tenantId, role: claims.role, sid: claims.sessionId })
      .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + ACCESS_TOKEN_TTL_SECONDS)
      .setJti(newId())
      .sign(key.privateKey);
    return { token, expiresIn: ACCESS_TOKEN_TTL_SECONDS };
  }

  /** Returns the claims of a valid token, or null for anything else (bad signature, expired, unknown or long-retired key). */
  async verify(token: string): Promise<AccessClaims | null> {
    const digest = createHash('sha256').update(token).digest('base64');
    const known = this.verified.get(digest);
    if (known) {
      // A token signed by a key retired since was issued before the retirement, so it expires
      // within the key's grace (RETIRED_KEY_GRACE_MS): its expiry is all that is left to check.
      if (Math.floor(now().getTime() / 1000) < known.exp) {
        this.verified.delete(digest);
        this.verified.set(digest, known);
        return known.claims;
      }
      this.verified.delete(digest);
      return null;
    }
    const claims = await this.verifySignature(token);
    if (claims) {
      this.verified.set(digest, claims);
      if (this.verified.size > this.cacheSize) this.verified.delete(this.verified.keys().next().value!);
    }
    return claims?.claims ?? null;
  }

  private async verifySignature(token: string): Promise<{ claims: AccessClaims; exp: number } | null> {
    try {
      const { payload } = await jwtVerify(
        token,
        async (header) => {
          const found = header.kid ? await this.verifyingKey(header.kid) : undefined;
          if (!found) throw new Error('unknown key');
          if (found.retiredAt !== null && now().getTime() - found.retiredAt > RETIRED_KEY_GRACE_MS) throw new Error('retired key');
          return found.key;
        },
        { issuer: ISSUER, audience: AUDIENCE, algorithms: ['EdDSA'], currentDate: now() },
      );
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || typeof payload.exp !== 'number') return null;
      return {
        claims: {
          userId: payload.sub,
          tenantId: typeof payload.tid === 'string' ? payload.tid : null,
          role: typeof payload.role === 'string' ? payload.role : null,
          sessionId: payload.sid,
        },
        exp: payload.exp,
      };
    } catch {
      return null;
    }
  }

  /** Makes a fresh key the signer and retires every other; returns the new key id. */
  async rotateSigningKey(): Promise<string> {
    const created = await this.createKey();
    await this.db.updateTable('identity.signing_keys').set({ retired_at: now() }).where('kid', '!=', created.kid).where('retired_at', 'is', null).execute();
    this.current = Promise.resolve(created);
    this.verifying.clear();
    this.verified.clear();
    return created.kid;
  }

  private signingKey(): Promise<SigningKey> {
    const loaded = this.current;
    if (loaded) {
      return loaded.then((key) => {
        if (now().getTime() - key.loadedAt < SIGNING_KEY_RELOAD_MS) return key;
        if (this.current === loaded) this.current = undefined;
        return this.signingKey();
      });
    }
    const loading = this.loadOrCreateKey().catch((error: unknown) => {
      if (this.current === loading) this.current = undefined;
      throw error;
    });
    this.current = loading;
    return loading;
  }

  private async loadOrCreateKey(): Promise<SigningKey> {
    const existing = await this.db
      .selectFrom('identity.signing_keys')
      .select(['kid', 'private_jwk'])
      .where('retired_at', 'is', null)
      .orderBy('created_at', 'desc')
      .orderBy('kid', 'desc')
      .executeTakeFirst();
    if (existing) {
      return { kid: existing.kid, privateKey: (await importJWK(existing.private_jwk as JWK, 'EdDSA')) as CryptoKey, loadedAt: now().getTime() };
    }
    // Two processes racing on first start may both create a key; both stay valid for verification.
    return this.createKey();
  }

  private async createKey(): Promise<SigningKey> {
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const kid = newId();
    await this.db
      .insertInto('identity.signing_keys')
      .values({
        kid,
        private_jwk: JSON.stringify(await exportJWK(privateKey)),
        public_jwk: JSON.stringify(await exportJWK(publicKey)),
        created_at: now(),
      })
      .execute();
    return { kid, privateKey, loadedAt: now().getTime() };
  }

  private verifyingKey(kid: string): Promise<VerifyingKey | undefined> {
    let pending = this.verifying.get(kid);
    if (!pending) {
      pending = this.db
        .selectFrom('identity.signing_keys')
        .select(['public_jwk', 'retired_at'])
        .where('kid', '=', kid)
        .executeTakeFirst()
        .then(async (row) =>
          row
            ? { key: (await importJWK(row.public_jwk as JWK, 'EdDSA')) as CryptoKey, retiredAt: row.retired_at ? new Date(row.retired_at).getTime() : null }
            : undefined,
        );
      this.verifying.set(kid, pending);
      const cached = pending;
      // Misses are not cached (a key created by another process appears later), and neither is a
      // key's retirement for long: re-read it after a reload period.
      cached.then(
        (found) => {
          if (!found) this.verifying.delete(kid);
          else setTimeout(() => this.verifying.get(kid) === cached && this.verifying.delete(kid), SIGNING_KEY_RELOAD_MS).unref();
        },
        () => this.verifying.delete(kid),
      );
    }
    return pending;
  }
}
