import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { newId, now } from '../../kernel/index.js';
import type { Db, Tx } from '../../platform/db/index.js';
import * as repo from './session-repo.js';
import type { SessionRow } from './session-repo.js';

/** A session lives 30 days past its last refresh, and never more than 90 days after sign-in. */
export const SESSION_IDLE_MS = 30 * 24 * 3_600_000;
export const SESSION_ABSOLUTE_MS = 90 * 24 * 3_600_000;
/** Signing in again past this many active sessions ends the oldest ones. */
export const MAX_ACTIVE_SESSIONS = 50;

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
  /** A browser using the cookie flow: it gets a CSRF token bound to the session. */
  web: boolean;
}

export interface IssuedRefresh {
  session: SessionRow;
  /** Opaque, shown once; only its sha256 is stored. */
  refreshToken: string;
  csrfToken: string | null;
}

export type RotateOutcome =
  | { kind: 'rotated'; issued: IssuedRefresh }
  | { kind: 'unknown' }
  | { kind: 'csrf_failed' }
  | { kind: 'reused'; session: SessionRow; revokedNow: boolean };

export const REFRESH_TOKEN_PREFIX = 'krt_';

/** 32 random bytes, base64url, with a prefix secret scanners can recognise. */
export function newRefreshToken(): string {
  return `${REFRESH_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

function newCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}

function clip(value: string | null, max: number): string | null {
  return value === null ? null : value.slice(0, max);
}

/** Starts a session (a new refresh-token family) inside the caller's transaction. */
export async function startSession(tx: Tx, userId: string, actingTenantId: string | null, client: ClientInfo): Promise<IssuedRefresh> {
  const at = now();
  const refreshToken = newRefreshToken();
  const csrfToken = client.web ? newCsrfToken() : null;
  const session: SessionRow = {
    id: newId(),
    user_id: userId,
    acting_tenant_id: actingTenantId,
    user_agent: clip(client.userAgent, 512),
    ip: clip(client.ip, 64),
    csrf_hash: csrfToken ? sha256(csrfToken) : null,
    created_at: at,
    last_used_at: at,
    expires_at: new Date(at.getTime() + SESSION_IDLE_MS),
    absolute_expires_at: new Date(at.getTime() + SESSION_ABSOLUTE_MS),
    revoked_at: null,
    revoked_reason: null,
  };
  await repo.insertSession(tx, session);
  await repo.insertRefreshToken(tx, sha256(refreshToken), session.id, at);
  const active = await repo.activeSessions(tx, userId, at, MAX_ACTIVE_SESSIONS + 10);
  for (const old of active.slice(MAX_ACTIVE_SESSIONS)) await repo.revokeSession(tx, old.id, 'revoked', at);
  return { session, refreshToken, csrfToken };
}

/**
 * Uses a refresh token: marks it used and issues the next one in the same family. A token that
 * was already used means it leaked (or two clients share it): the whole session is revoked.
 * `csrf`, for cookie clients, is the token they echoed; it must match the one bound to the session.
 */
export async function rotateRefreshToken(tx: Tx, presented: string, client: ClientInfo, csrf?: string): Promise<RotateOutcome> {
  const at = now();
  const hash = sha256(presented);
  const sessionId = await repo.useRefreshToken(tx, hash, at);
  if (!sessionId) {
    const owner = await repo.sessionOfToken(tx, hash);
    if (!owner) return { kind: 'unknown' };
    const session = await repo.lockSession(tx, owner);
    if (!session) return { kind: 'unknown' };
    const revokedNow = await repo.revokeSession(tx, owner, 'token_reuse', at);
    return { kind: 'reused', session, revokedNow };
  }
  const session = await repo.lockSession(tx, sessionId);
  if (!session || !isLive(session, at)) return { kind: 'unknown' };
  if (csrf !== undefined && !csrfMatches(session, csrf)) return { kind: 'csrf_failed' };
  const refreshToken = newRefreshToken();
  const csrfToken = client.web ? newCsrfToken() : null;
  const changes = {
    last_used_at: at,
    expires_at: new Date(Math.min(at.getTime() + SESSION_IDLE_MS, new Date(session.absolute_expires_at).getTime())),
    ip: clip(client.ip, 64),
    user_agent: clip(client.userAgent, 512),
    csrf_hash: csrfToken ? sha256(csrfToken) : null,
  };
  await repo.touchSession(tx, session.id, changes);
  await repo.insertRefreshToken(tx, sha256(refreshToken), session.id, at);
  return { kind: 'rotated', issued: { session: { ...session, ...changes }, refreshToken, csrfToken } };
}

export function isLive(session: SessionRow, at: Date): boolean {
  return session.revoked_at === null && new Date(session.expires_at).getTime() > at.getTime();
}

export function csrfMatches(session: SessionRow, presented: string): boolean {
  if (!session.csrf_hash) return false;
  const expected = Buffer.from(session.csrf_hash);
  const actual = sha256(presented);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/**
 * Answers "is this session still live?" for every request carrying an access token, so logging
 * out or revoking a session stops its access tokens at once in this process and within
 * `cacheMs` in the others.
 */
export class SessionGuard {
  private readonly cache = new Map<string, { live: boolean; userId: string; until: number }>();

  constructor(
    private readonly db: Db,
    private readonly cacheMs = 5_000,
  ) {}

  async isLive(sessionId: string, userId: string): Promise<boolean> {
    const at = now();
    const cached = this.cache.get(sessionId);
    if (cached && cached.until > at.getTime()) return cached.live && cached.userId === userId;
    const session = await repo.findSession(this.db, sessionId);
    const live = session !== undefined && isLive(session, at);
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(sessionId, { live, userId: session?.user_id ?? '', until: at.getTime() + this.cacheMs });
    return live && session.user_id === userId;
  }

  /** Call after revoking: the next request with these sessions' tokens is checked afresh. */
  forget(sessionIds: Iterable<string>): void {
    for (const id of sessionIds) this.cache.delete(id);
  }
}
