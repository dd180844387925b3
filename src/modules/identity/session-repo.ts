import { sql } from 'kysely';
import type { Db, Tx } from '../../platform/db/index.js';

export type RevokeReason = 'logout' | 'revoked' | 'password_reset' | 'token_reuse';

export interface SessionRow {
  id: string;
  user_id: string;
  acting_tenant_id: string | null;
  user_agent: string | null;
  ip: string | null;
  csrf_hash: Buffer | null;
  created_at: Date;
  last_used_at: Date;
  expires_at: Date;
  absolute_expires_at: Date;
  revoked_at: Date | null;
  revoked_reason: RevokeReason | null;
}

export async function insertSession(tx: Tx, row: Omit<SessionRow, 'revoked_at' | 'revoked_reason'>): Promise<void> {
  await tx.insertInto('identity.sessions').values(row).execute();
}

export function findSession(tx: Tx | Db, id: string): Promise<SessionRow | undefined> {
  return tx.selectFrom('identity.sessions').selectAll().where('id', '=', id).$castTo<SessionRow>().executeTakeFirst();
}

export function lockSession(tx: Tx, id: string): Promise<SessionRow | undefined> {
  return tx.selectFrom('identity.sessions').selectAll().where('id', '=', id).forUpdate().$castTo<SessionRow>().executeTakeFirst();
}

export async function touchSession(
  tx: Tx,
  id: string,
  changes: Pick<SessionRow, 'last_used_at' | 'expires_at' | 'ip' | 'user_agent' | 'csrf_hash'>,
): Promise<void> {
  await tx.updateTable('identity.sessions').set(changes).where('id', '=', id).execute();
}

export async function setActingTenant(tx: Tx, id: string, tenantId: string | null): Promise<void> {
  await tx.updateTable('identity.sessions').set({ acting_tenant_id: tenantId }).where('id', '=', id).execute();
}

/** Revokes one session if still active; returns whether it did. */
export async function revokeSession(tx: Tx, id: string, reason: RevokeReason, at: Date): Promise<boolean> {
  const result = await tx
    .updateTable('identity.sessions')
    .set({ revoked_at: at, revoked_reason: reason })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Revokes every active session of a user (optionally but one); returns the ids revoked. */
export async function revokeUserSessions(tx: Tx, userId: string, reason: RevokeReason, at: Date, except?: string): Promise<string[]> {
  let query = tx
    .updateTable('identity.sessions')
    .set({ revoked_at: at, revoked_reason: reason })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (except) query = query.where('id', '!=', except);
  const rows = await query.returning('id').execute();
  return rows.map((r: { id: string }) => r.id);
}

/** Active sessions of a user, newest first. */
export function activeSessions(tx: Tx, userId: string, at: Date, limit: number): Promise<SessionRow[]> {
  return tx
    .selectFrom('identity.sessions')
    .selectAll()
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', at)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .$castTo<SessionRow>()
    .execute();
}

export async function insertRefreshToken(tx: Tx, tokenHash: Buffer, sessionId: string, at: Date): Promise<void> {
  await tx.insertInto('identity.refresh_tokens').values({ token_hash: tokenHash, session_id: sessionId, created_at: at }).execute();
}

/** Marks an unused token used; returns its session, or undefined if it is unknown or already used. */
export async function useRefreshToken(tx: Tx, tokenHash: Buffer, at: Date): Promise<string | undefined> {
  const row = await tx
    .updateTable('identity.refresh_tokens')
    .set({ used_at: at })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .returning('session_id')
    .executeTakeFirst();
  return row?.session_id as string | undefined;
}

export async function sessionOfToken(tx: Tx, tokenHash: Buffer): Promise<string | undefined> {
  const row = await tx.selectFrom('identity.refresh_tokens').select('session_id').where('token_hash', '=', tokenHash).executeTakeFirst();
  return row?.session_id as string | undefined;
}

/**
 * Deletes what no longer matters, on the owner connection: sessions (and their tokens) that ended
 * more than `keepMs` ago, spent or expired one-time codes, and security events past `eventsKeepMs`.
 */
export async function pruneIdentity(db: Db, at: Date, keepMs: number, eventsKeepMs: number): Promise<void> {
  const before = new Date(at.getTime() - keepMs);
  await db.transaction().execute(async (tx) => {
    const ended = sql`select id from identity.sessions where expires_at < ${before} or revoked_at < ${before}`;
    await sql`delete from identity.refresh_tokens where session_id in (${ended})`.execute(tx);
    await sql`delete from identity.sessions where id in (${ended})`.execute(tx);
    await sql`delete from identity.one_time_codes where expires_at < ${before} or consumed_at < ${before} or voided_at < ${before}`.execute(tx);
    await sql`delete from identity.security_events where occurred_at < ${new Date(at.getTime() - eventsKeepMs)}`.execute(tx);
  });
}
