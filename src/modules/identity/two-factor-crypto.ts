import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { newId, now } from '../../kernel/index.js';
import type { Db } from '../../platform/db/index.js';

const IV_BYTES = 12;
const TAG_BYTES = 16;

interface SealingKey {
  id: string;
  key: Buffer;
}

/**
 * Encrypts TOTP secrets at rest with AES-256-GCM. The key lives in `identity.encryption_keys`,
 * which only the owner connection can read (like the token signing keys): a leak through the
 * application role, a copy of the user tables or a log of rows shows ciphertext only. Each
 * ciphertext is bound to its user (AAD), so it cannot be moved to another account.
 */
export class TotpSecretBox {
  private current: Promise<SealingKey> | undefined;
  private readonly byId = new Map<string, Promise<Buffer | undefined>>();

  constructor(private readonly db: Db) {}

  async seal(userId: string, secret: string): Promise<{ keyId: string; ciphertext: Buffer }> {
    const { id, key } = await this.sealingKey();
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(userId, 'utf8'));
    const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return { keyId: id, ciphertext: Buffer.concat([iv, cipher.getAuthTag(), body]) };
  }

  async open(userId: string, keyId: string, sealed: Buffer): Promise<string> {
    const key = await this.key(keyId);
    if (!key) throw new Error(`TOTP encryption key ${keyId} is missing`);
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(userId, 'utf8'));
    decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  private sealingKey(): Promise<SealingKey> {
    const loading = (this.current ??= this.loadOrCreate().catch((error: unknown) => {
      this.current = undefined;
      throw error;
    }));
    return loading;
  }

  private async loadOrCreate(): Promise<SealingKey> {
    const existing = await this.db
      .selectFrom('identity.encryption_keys')
      .select(['id', 'key'])
      .where('purpose', '=', 'totp_secret')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    if (existing) return { id: existing.id as string, key: existing.key as Buffer };
    // Two processes racing on first use may both create a key; each ciphertext names its own.
    const created = { id: newId(), key: randomBytes(32) };
    await this.db.insertInto('identity.encryption_keys').values({ id: created.id, purpose: 'totp_secret', key: created.key, created_at: now() }).execute();
    return created;
  }

  private key(id: string): Promise<Buffer | undefined> {
    let pending = this.byId.get(id);
    if (!pending) {
      pending = this.db
        .selectFrom('identity.encryption_keys')
        .select('key')
        .where('id', '=', id)
        .executeTakeFirst()
        .then((row) => row?.key as Buffer | undefined);
      const cached = pending;
      this.byId.set(id, cached);
      cached.then(
        (found) => !found && this.byId.delete(id),
        () => this.byId.delete(id),
      );
    }
    return pending;
  }
}
