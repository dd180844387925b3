import { Algorithm, hash, verify } from '@node-rs/argon2';

/**
 * argon2id with OWASP's baseline parameters (19 MiB, 2 passes, 1 lane); about 30-60 ms per hash
 * on a 2-core machine. The parameters are stored in each hash, so raising them later only
 * affects new hashes.
 */
export const HASH_PARAMETERS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Passwords are NFKC-normalised before hashing, so the same text typed on any device matches. */
export function hashSecret(secret: string): Promise<string> {
  return hash(secret.normalize('NFKC'), HASH_PARAMETERS);
}

export async function verifySecret(secretHash: string, secret: string): Promise<boolean> {
  try {
    return await verify(secretHash, secret.normalize('NFKC'));
  } catch {
    return false;
  }
}

export const hashPassword = hashSecret;
export const verifyPassword = verifySecret;

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check when the account does not exist (no user enumeration by timing). */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashSecret('kontor-timing-equaliser');
  await verifySecret(await dummyHash, password);
}
