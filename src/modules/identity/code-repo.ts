import type { Tx } from '../../platform/db/index.js';
import type { CodePurpose } from './domain/codes.js';

export interface CodeRow {
  id: string;
  user_id: string;
  purpose: CodePurpose;
  code_hash: string;
  attempts: number;
  expires_at: Date;
}

/** Voids every open code of this purpose: only the newest one mailed works. */
export async function voidOpenCodes(tx: Tx, userId: string, purpose: CodePurpose, at: Date): Promise<void> {
  await tx
    .updateTable('identity.one_time_codes')
    .set({ voided_at: at })
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('consumed_at', 'is', null)
    .where('voided_at', 'is', null)
    .execute();
}

export async function insertCode(tx: Tx, row: Pick<CodeRow, 'id' | 'user_id' | 'purpose' | 'code_hash' | 'expires_at'> & { created_at: Date }): Promise<void> {
  await tx.insertInto('identity.one_time_codes').values(row).execute();
}

/** The newest usable code, locked until the transaction ends. */
export function lockOpenCode(tx: Tx, userId: string, purpose: CodePurpose, at: Date): Promise<CodeRow | undefined> {
  return tx
    .selectFrom('identity.one_time_codes')
    .select(['id', 'user_id', 'purpose', 'code_hash', 'attempts', 'expires_at'])
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('consumed_at', 'is', null)
    .where('voided_at', 'is', null)
    .where('expires_at', '>', at)
    .orderBy('created_at', 'desc')
    .limit(1)
    .forUpdate()
    .$castTo<CodeRow>()
    .executeTakeFirst();
}

export async function markAttempt(tx: Tx, id: string, attempts: number, voidedAt: Date | null): Promise<void> {
  await tx.updateTable('identity.one_time_codes').set({ attempts, voided_at: voidedAt }).where('id', '=', id).execute();
}

export async function markConsumed(tx: Tx, id: string, at: Date): Promise<void> {
  await tx.updateTable('identity.one_time_codes').set({ consumed_at: at }).where('id', '=', id).execute();
}
