import { randomInt } from 'node:crypto';
import { newId, now } from '../../kernel/index.js';
import type { Tx } from '../../platform/db/index.js';
import * as codes from './code-repo.js';
import { CODE_DIGITS, CODE_RE, CODE_RULES, type CodePurpose } from './domain/codes.js';
import { burnPasswordCheck, hashSecret, verifySecret } from './passwords.js';

export type CodeCheck = 'ok' | 'wrong' | 'none';

/** A uniformly random code of CODE_DIGITS digits, from the OS CSPRNG. */
export function generateCode(): string {
  return randomInt(0, 10 ** CODE_DIGITS).toString().padStart(CODE_DIGITS, '0');
}

/**
 * Issues a new code for `purpose`, voiding older ones; returns the plain code for the mail. Only
 * its argon2id hash is stored, so a database read does not hand out working codes.
 */
export async function issueCode(tx: Tx, userId: string, purpose: CodePurpose): Promise<{ code: string; expiresAt: Date }> {
  const at = now();
  const code = generateCode();
  const expiresAt = new Date(at.getTime() + CODE_RULES[purpose].ttlMs);
  await codes.voidOpenCodes(tx, userId, purpose, at);
  await codes.insertCode(tx, { id: newId(), user_id: userId, purpose, code_hash: await hashSecret(code), created_at: at, expires_at: expiresAt });
  return { code, expiresAt };
}

/**
 * Checks a code the user typed. Every check counts as an attempt; the code is voided after
 * `maxAttempts` wrong ones. With `consume` a right code can never be used again. The caller's
 * transaction must commit even for a wrong code, so the attempt is remembered: this returns a
 * verdict instead of throwing.
 */
export async function checkCode(tx: Tx, userId: string | undefined, purpose: CodePurpose, code: string, consume: boolean): Promise<CodeCheck> {
  const at = now();
  const row = userId !== undefined && CODE_RE.test(code) ? await codes.lockOpenCode(tx, userId, purpose, at) : undefined;
  if (!row) {
    await burnPasswordCheck(code); // same time whether or not the account or a code exists
    return 'none';
  }
  const attempts = row.attempts + 1;
  if (await verifySecret(row.code_hash, code)) {
    await codes.markAttempt(tx, row.id, attempts, null);
    if (consume) await codes.markConsumed(tx, row.id, at);
    return 'ok';
  }
  await codes.markAttempt(tx, row.id, attempts, attempts >= CODE_RULES[purpose].maxAttempts ? at : null);
  return 'wrong';
}
