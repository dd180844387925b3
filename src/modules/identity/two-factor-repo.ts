import { sql } from 'kysely';
import type { Db, Tx } from '../../platform/db/index.js';

export interface TwoFactorRow {
  user_id: string;
  secret_ciphertext: Buffer;
  key_id: string;
  enabled_at: Date | null;
  last_used_step: number | null;
  created_at: Date;
  updated_at: Date;
}

export interface ChallengeRow {
  id: string;
  user_id: string;
  requested_tenant_id: string | null;
  attempts: number;
  expires_at: Date;
  consumed_at: Date | null;
}

/** pg returns bigint as a string; steps fit a JS number for the next few billion years. */
function withStep<T extends { last_used_step: unknown }>(row: T | undefined): (Omit<T, 'last_used_step'> & { last_used_step: number | null }) | undefined {
  return row && { ...row, last_used_step: row.last_used_step === null ? null : Number(row.last_used_step) };
}

export async function findTwoFactor(tx: Tx, userId: string, forUpdate = false): Promise<TwoFactorRow | undefined> {
  let query = tx.selectFrom('identity.two_factor').selectAll().where('user_id', '=', userId);
  if (forUpdate) query = query.forUpdate();
  return withStep((await query.executeTakeFirst()) as (Omit<TwoFactorRow, 'last_used_step'> & { last_used_step: string | null }) | undefined);
}

/** Starts (or restarts) an enrolment that is not yet confirmed. */
export async function savePendingSecret(tx: Tx, userId: string, keyId: string, ciphertext: Buffer, at: Date): Promise<void> {
  await tx
    .insertInto('identity.two_factor')
    .values({ user_id: userId, secret_ciphertext: ciphertext, key_id: keyId, enabled_at: null, last_used_step: null, created_at: at, updated_at: at })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ secret_ciphertext: ciphertext, key_id: keyId, enabled_at: null, last_used_step: null, created_at: at, updated_at: at }))
    .execute();
}

export async function markEnabled(tx: Tx, userId: string, step: number, at: Date): Promise<void> {
  await tx.updateTable('identity.two_factor').set({ enabled_at: at, last_used_step: step, updated_at: at }).where('user_id', '=', userId).execute();
}

export async function markStepUsed(tx: Tx, userId: string, step: number, at: Date): Promise<void> {
  await tx.updateTable('identity.two_factor').set({ last_used_step: step, updated_at: at }).where('user_id', '=', userId).execute();
}

export async function deleteTwoFactor(tx: Tx, userId: string): Promise<void> {
  await tx.deleteFrom('identity.recovery_codes').where('user_id', '=', userId).execute();
  await tx.deleteFrom('identity.two_factor').where('user_id', '=', userId).execute();
}

/** Replaces every recovery code of the user. */
export async function replaceRecoveryCodes(tx: Tx, userId: string, hashes: Buffer[], at: Date): Promise<void> {
  await tx.deleteFrom('identity.recovery_codes').where('user_id', '=', userId).execute();
  await tx
    .insertInto('identity.recovery_codes')
    .values(hashes.map((code_hash) => ({ user_id: userId, code_hash, created_at: at })))
    .execute();
}

/** Marks an unused code used; returns whether it was one. */
export async function useRecoveryCode(tx: Tx, userId: string, hash: Buffer, at: Date): Promise<boolean> {
  const result = await tx
    .updateTable('identity.recovery_codes')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function unusedRecoveryCodes(tx: Tx, userId: string): Promise<number> {
  const row = await tx
    .selectFrom('identity.recovery_codes')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertChallenge(
  tx: Tx,
  row: { id: string; token_hash: Buffer; user_id: string; requested_tenant_id: string | null; created_at: Date; expires_at: Date },
): Promise<void> {
  await tx.insertInto('identity.login_challenges').values(row).execute();
}

export function lockChallenge(tx: Tx, tokenHash: Buffer): Promise<ChallengeRow | undefined> {
  return tx
    .selectFrom('identity.login_challenges')
    .select(['id', 'user_id', 'requested_tenant_id', 'attempts', 'expires_at', 'consumed_at'])
    .where('token_hash', '=', tokenHash)
    .forUpdate()
    .$castTo<ChallengeRow>()
    .executeTakeFirst();
}

export function findChallenge(tx: Tx, tokenHash: Buffer): Promise<ChallengeRow | undefined> {
  return tx
    .selectFrom('identity.login_challenges')
    .select(['id', 'user_id', 'requested_tenant_id', 'attempts', 'expires_at', 'consumed_at'])
    .where('token_hash', '=', tokenHash)
    .$castTo<ChallengeRow>()
    .executeTakeFirst();
}

export async function recordChallengeAttempt(tx: Tx, id: string, attempts: number, consumedAt: Date | null): Promise<void> {
  await tx.updateTable('identity.login_challenges').set({ attempts, consumed_at: consumedAt }).where('id', '=', id).execute();
}

/** What the two-factor policy needs to know about a member: the tenant's required roles, and whether the user has 2FA on. */
export async function policyFacts(tx: Tx, tenantId: string, userId: string): Promise<{ requiredRoles: string[]; enabled: boolean }> {
  const { rows } = await sql<{ require_2fa_roles: string[]; enabled: boolean }>`
    select t.require_2fa_roles,
           exists (select 1 from identity.two_factor f where f.user_id = ${userId} and f.enabled_at is not null) as enabled
      from identity.tenants t where t.id = ${tenantId}`.execute(tx);
  const row = rows[0];
  return { requiredRoles: row?.require_2fa_roles ?? [], enabled: row?.enabled ?? false };
}

/** Deletes challenges that ended more than `keepMs` ago (owner connection). */
export async function pruneChallenges(db: Db, at: Date, keepMs: number): Promise<void> {
  await sql`delete from identity.login_challenges where expires_at < ${new Date(at.getTime() - keepMs)}`.execute(db);
}

/** The user's tenants whose policy names the user's role there (needs `actAsUser` first). */
export async function tenantsRequiring(tx: Tx, userId: string): Promise<{ tenant_id: string; tenant_name: string; role: string }[]> {
  const { rows } = await sql<{ tenant_id: string; tenant_name: string; role: string }>`
    select m.tenant_id, t.name as tenant_name, m.role
      from identity.memberships m join identity.tenants t on t.id = m.tenant_id
     where m.user_id = ${userId} and m.role = any (t.require_2fa_roles)
     order by m.created_at, m.tenant_id`.execute(tx);
  return rows;
}
