import { exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT, type JWK, type CryptoKey } from 'jose';
import { newId, now } from '../../kernel/index.js';
import type { Db } from '../../platform/db/index.js';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ISSUER = 'kontor';
const AUDIENCE = 'kontor-api';

export interface AccessClaims {
  userId: string;
  tenantId: string | null;
  role: string | null;
}

interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

/**
 * EdDSA (Ed25519) access tokens. Keys live in the database so every process of a deployment
 * signs and verifies alike; each token names its key (`kid`) so keys can rotate.
 */
export class TokenService {
  private current: Promise<SigningKey> | undefined;
  private readonly verifying = new Map<string, Promise<CryptoKey | undefined>>();

  constructor(private readonly db: Db) {}

  async issue(claims: AccessClaims): Promise<{ token: string; expiresIn: number }> {
    const key = await this.signingKey();
    const issuedAt = Math.floor(now().getTime() / 1000);
    const token = await new SignJWT({ tid: claims.tenantId, role: claims.role })
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

  /** Returns the claims of a valid token, or null for anything else (bad signature, expired, unknown key). */
  async verify(token: string): Promise<AccessClaims | null> {
    try {
      const { payload } = await jwtVerify(
        token,
        async (header) => {
          const key = header.kid ? await this.publicKey(header.kid) : undefined;
          if (!key) throw new Error('unknown key');
          return key;
        },
        { issuer: ISSUER, audience: AUDIENCE, algorithms: ['EdDSA'], currentDate: now() },
      );
      if (typeof payload.sub !== 'string') return null;
      return {
        userId: payload.sub,
        tenantId: typeof payload.tid === 'string' ? payload.tid : null,
        role: typeof payload.role === 'string' ? payload.role : null,
      };
    } catch {
      return null;
    }
  }

  private signingKey(): Promise<SigningKey> {
    this.current ??= this.loadOrCreateKey().catch((error: unknown) => {
      this.current = undefined;
      throw error;
    });
    return this.current;
  }

  private async loadOrCreateKey(): Promise<SigningKey> {
    const existing = await this.db
      .selectFrom('identity.signing_keys')
      .select(['kid', 'private_jwk', 'public_jwk'])
      .where('retired_at', 'is', null)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    if (existing) {
      return {
        kid: existing.kid,
        privateKey: (await importJWK(existing.private_jwk as JWK, 'EdDSA')) as CryptoKey,
        publicKey: (await importJWK(existing.public_jwk as JWK, 'EdDSA')) as CryptoKey,
      };
    }
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const kid = newId();
    await this.db
      .insertInto('identity.signing_keys')
      .values({
        kid,
        private_jwk: JSON.stringify(await exportJWK(privateKey)),
        public_jwk: JSON.stringify(await exportJWK(publicKey)),
      })
      .execute();
    // Two processes racing on first start may both create a key; both stay valid for verification.
    return { kid, privateKey, publicKey };
  }

  private publicKey(kid: string): Promise<CryptoKey | undefined> {
    let pending = this.verifying.get(kid);
    if (!pending) {
      pending = this.db
        .selectFrom('identity.signing_keys')
        .select('public_jwk')
        .where('kid', '=', kid)
        .executeTakeFirst()
        .then(async (row) => (row ? ((await importJWK(row.public_jwk as JWK, 'EdDSA')) as CryptoKey) : undefined));
      this.verifying.set(kid, pending);
      pending.then((key) => {
        if (!key) this.verifying.delete(kid); // do not cache misses forever
      }, () => this.verifying.delete(kid));
    }
    return pending;
  }
}
