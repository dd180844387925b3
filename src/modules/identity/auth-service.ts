import type { FastifyBaseLogger } from 'fastify';
import { now, type Actor } from '../../kernel/index.js';
import type { Database, Tx } from '../../platform/db/index.js';
import { decodeCursor, toPage } from '../../platform/http/pagination.js';
import {
  csrfFailed,
  invalidCredentials,
  invalidRefreshToken,
  notMember,
  refreshTokenReused,
  sessionNotFound,
  tooManyAttempts,
} from './domain/errors.js';
import { isRole, type Role } from './domain/roles.js';
import { burnPasswordCheck, verifyPassword } from './passwords.js';
import * as repo from './repo.js';
import type { BackgroundWork } from './background.js';
import { auditInTenant, auditInTenants, recordSecurityEvent, type SecurityEventType } from './security-log.js';
import * as sessionRepo from './session-repo.js';
import { csrfMatches, isLive, MAX_ACTIVE_SESSIONS, rotateRefreshToken, sha256, startSession, type ClientInfo, type SessionGuard } from './sessions.js';
import { accountKey, ipKey, type AuthThrottle } from './throttle.js';
import type { TokenService } from './tokens.js';
import type { SecondFactor, TwoFactorService } from './two-factor.js';

/** Where a request came from, as the auth use cases record it. */
export interface RequestMeta extends ClientInfo {
  requestId: string | null;
}

/** What a sign-in, a refresh or a tenant switch hands the client. */
export interface Grant {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  sessionId: string;
  /** Null when the refresh token travels in the httpOnly cookie, or was not renewed (switch). */
  refreshToken: string | null;
  refreshExpiresAt: Date | null;
  csrfToken: string | null;
  user: { id: string; email: string; name: string };
  tenant: { id: string; name: string; role: Role } | null;
}

/** The answer to a right password when the account has two-factor on: no tokens yet. */
export interface TwoFactorChallenge {
  mfaRequired: true;
  challenge: string;
  expiresAt: Date;
}

export type SignInMethod = 'password' | 'password+totp' | 'password+recovery_code';

/** Who "did" an attempt nobody has authenticated yet. */
const UNAUTHENTICATED: Actor = { type: 'system', id: 'unauthenticated' };

function pickMembership(memberships: repo.MembershipView[], tenantId: string | null | undefined) {
  const found = tenantId ? memberships.find((m) => m.tenant_id === tenantId) : memberships[0];
  return found && isRole(found.role) ? { id: found.tenant_id, name: found.tenant_name, role: found.role } : null;
}

/** Sign-in, refresh-token rotation, sign-out, tenant switching and the session list. */
export class AuthService {
  constructor(
    private readonly db: Database,
    private readonly tokens: TokenService,
    private readonly guard: SessionGuard,
    private readonly throttle: AuthThrottle,
    private readonly background: BackgroundWork,
    private readonly log: FastifyBaseLogger,
    private readonly twoFactor?: TwoFactorService,
  ) {}

  /** Email and password: a session, or (two-factor on) a challenge for `loginWithSecondFactor`. */
  async login(email: string, password: string, tenantId: string | undefined, meta: RequestMeta): Promise<Grant | TwoFactorChallenge> {
    const gate = await this.throttle.beginLogin(email, meta.ip);
    const user = await this.db.withoutTenant((tx) => repo.findUserByEmail(tx, email));
    if (!gate.allowed) {
      this.log.warn({ event: 'auth.sign_in_throttled', account: accountKey(email), ipKey: ipKey(meta.ip) }, 'sign-in throttled');
      if (user && gate.firstRefusal) {
        this.background.run('security event', () =>
          this.db.withoutTenant((tx) => this.securityEvent(tx, user.id, 'auth.sign_in_throttled', meta, null, { retryAfterSeconds: gate.retryAfterSeconds })),
        );
      }
      throw tooManyAttempts(gate.retryAfterSeconds);
    }
    if (!user) {
      await burnPasswordCheck(password);
      this.log.info({ event: 'auth.sign_in_failed', account: accountKey(email), ipKey: ipKey(meta.ip), reason: 'unknown_account' }, 'sign-in failed');
      throw invalidCredentials();
    }
    if (!(await verifyPassword(user.password_hash, password))) {
      // Recorded after the answer, so a known account's failure takes no longer than an unknown one's.
      this.background.run('failed sign-in records', () => this.signInFailed(user.id, meta));
      throw invalidCredentials();
    }
    if (this.twoFactor && (await this.twoFactor.isEnabled(user.id))) {
      // The account's throttle count stays until the second step succeeds: a known password
      // does not buy fresh guesses at the code.
      if (tenantId && !pickMembership(await this.memberships(user.id), tenantId)) throw notMember();
      const issued = await this.twoFactor.issueChallenge(user.id, tenantId ?? null);
      return { mfaRequired: true, ...issued };
    }
    await this.throttle.loginSucceeded(email, meta.ip);
    return this.signIn(user, tenantId, meta, 'password');
  }

  /** The second step of a sign-in with two-factor on: the challenge and a code give the session. */
  async loginWithSecondFactor(challenge: string, factor: SecondFactor, meta: RequestMeta): Promise<Grant> {
    if (!this.twoFactor) throw invalidCredentials();
    const passed = await this.twoFactor.passChallenge(challenge, factor, meta);
    return this.signIn(passed.user, passed.requestedTenantId ?? undefined, meta, passed.method === 'totp' ? 'password+totp' : 'password+recovery_code');
  }

  /** Starts a session for a user who has proved who they are, in the tenant asked for (or their first). */
  private async signIn(user: repo.UserRow, tenantId: string | undefined, meta: RequestMeta, method: SignInMethod): Promise<Grant> {
    const memberships = await this.memberships(user.id);
    const tenant = pickMembership(memberships, tenantId);
    if (tenantId && !tenant) throw notMember();
    const issued = await this.inTenant(tenant?.id ?? null, async (tx) => {
      const started = await startSession(tx, user.id, tenant?.id ?? null, meta);
      await this.securityEvent(tx, user.id, 'auth.signed_in', meta, started.session.id, { method }, tenant?.id ?? null);
      if (tenant) {
        await auditInTenant(tx, tenant.id, {
          actor: { type: 'user', id: user.id },
          action: 'user.signed_in',
          userId: user.id,
          after: { method, sessionId: started.session.id, userAgent: meta.userAgent },
          requestId: meta.requestId,
          ip: meta.ip,
        });
      }
      return started;
    });
    this.log.info({ event: 'auth.signed_in', userId: user.id, sessionId: issued.session.id, tenantId: tenant?.id ?? null, method }, 'signed in');
    const access = await this.tokens.issue({ userId: user.id, tenantId: tenant?.id ?? null, role: tenant?.role ?? null, sessionId: issued.session.id });
    return {
      accessToken: access.token,
      tokenType: 'Bearer',
      expiresIn: access.expiresIn,
      sessionId: issued.session.id,
      refreshToken: issued.refreshToken,
      refreshExpiresAt: issued.session.expires_at,
      csrfToken: issued.csrfToken,
      user: { id: user.id, email: user.email, name: user.name },
      tenant,
    };
  }

  /**
   * Exchanges a refresh token for a new access token and a new refresh token. Presenting a token
   * that was already used revokes its whole session. `csrf` is required for cookie clients.
   */
  async refresh(presented: string, meta: RequestMeta, csrf?: string): Promise<Grant> {
    const outcome = await this.db.withoutTenant(async (tx) => {
      const result = await rotateRefreshToken(tx, presented, meta, csrf);
      if (result.kind === 'unknown') throw invalidRefreshToken();
      if (result.kind === 'csrf_failed') throw csrfFailed();
      if (result.kind === 'reused' && result.revokedNow) {
        await this.securityEvent(tx, result.session.user_id, 'auth.refresh_token_reused', meta, result.session.id, {}, result.session.acting_tenant_id);
      }
      return result;
    });
    if (outcome.kind === 'reused') {
      this.guard.forget([outcome.session.id]);
      this.log.warn({ event: 'auth.refresh_token_reused', userId: outcome.session.user_id, sessionId: outcome.session.id }, 'refresh token reused');
      if (outcome.revokedNow) {
        const tenants = (await this.memberships(outcome.session.user_id)).map((m) => m.tenant_id);
        await auditInTenants(this.db, tenants, {
          actor: UNAUTHENTICATED,
          action: 'user.refresh_token_reused',
          userId: outcome.session.user_id,
          after: { sessionId: outcome.session.id, sessionRevoked: true, userAgent: meta.userAgent },
          requestId: meta.requestId,
          ip: meta.ip,
        });
      }
      throw refreshTokenReused();
    }
    if (outcome.kind !== 'rotated') throw invalidRefreshToken();
    const { session } = outcome.issued;
    const user = await this.db.withoutTenant((tx) => repo.findUserById(tx, session.user_id));
    if (!user) throw invalidRefreshToken();
    // The role is read afresh: a changed or removed membership takes effect at the next refresh.
    const tenant = session.acting_tenant_id ? pickMembership(await this.memberships(user.id), session.acting_tenant_id) : null;
    if (session.acting_tenant_id && !tenant) {
      await this.db.withoutTenant((tx) => sessionRepo.setActingTenant(tx, session.id, null));
    }
    const access = await this.tokens.issue({ userId: user.id, tenantId: tenant?.id ?? null, role: tenant?.role ?? null, sessionId: session.id });
    return {
      accessToken: access.token,
      tokenType: 'Bearer',
      expiresIn: access.expiresIn,
      sessionId: session.id,
      refreshToken: outcome.issued.refreshToken,
      refreshExpiresAt: session.expires_at,
      csrfToken: outcome.issued.csrfToken,
      user: { id: user.id, email: user.email, name: user.name },
      tenant,
    };
  }

  /** A new access token for another tenant of the same session; the refresh token stays. */
  async switchTenant(userId: string, sessionId: string, tenantId: string, meta: RequestMeta): Promise<Grant> {
    const user = await this.db.withoutTenant((tx) => repo.findUserById(tx, userId));
    if (!user) throw invalidCredentials();
    const tenant = pickMembership(await this.memberships(userId), tenantId);
    if (!tenant) throw notMember();
    await this.db.withTenant(tenant.id, async (tx) => {
      const session = await sessionRepo.lockSession(tx, sessionId);
      if (!session || session.user_id !== userId || !isLive(session, now())) throw invalidRefreshToken();
      await sessionRepo.setActingTenant(tx, sessionId, tenant.id);
      await this.securityEvent(tx, userId, 'auth.tenant_switched', meta, sessionId, {}, tenant.id);
      await auditInTenant(tx, tenant.id, {
        actor: { type: 'user', id: userId },
        action: 'user.signed_in',
        userId,
        after: { method: 'switch_tenant', sessionId, userAgent: meta.userAgent },
        requestId: meta.requestId,
        ip: meta.ip,
      });
    });
    const access = await this.tokens.issue({ userId, tenantId: tenant.id, role: tenant.role, sessionId });
    return {
      accessToken: access.token,
      tokenType: 'Bearer',
      expiresIn: access.expiresIn,
      sessionId,
      refreshToken: null,
      refreshExpiresAt: null,
      csrfToken: null,
      user: { id: user.id, email: user.email, name: user.name },
      tenant,
    };
  }

  /** Ends the session a refresh token belongs to (sign-out with a refresh token or the cookie). */
  async logoutWithRefreshToken(presented: string, meta: RequestMeta, csrf?: string): Promise<void> {
    const session = await this.db.withoutTenant(async (tx) => {
      const sessionId = await sessionRepo.sessionOfToken(tx, sha256(presented));
      return sessionId ? sessionRepo.findSession(tx, sessionId) : undefined;
    });
    if (!session) throw invalidRefreshToken();
    if (csrf !== undefined && !csrfMatches(session, csrf)) throw csrfFailed();
    await this.endSession(session.user_id, session.id, 'logout', meta);
  }

  /** Ends the caller's own session (sign-out with the access token). */
  async logout(userId: string, sessionId: string, meta: RequestMeta): Promise<void> {
    await this.endSession(userId, sessionId, 'logout', meta);
  }

  /** Ends one of the user's sessions (from the session list). */
  async revokeSession(userId: string, sessionId: string, meta: RequestMeta): Promise<void> {
    if (!(await this.endSession(userId, sessionId, 'revoked', meta))) throw sessionNotFound();
  }

  async listSessions(userId: string): Promise<sessionRepo.SessionRow[]> {
    return this.db.withoutTenant((tx) => sessionRepo.activeSessions(tx, userId, now(), MAX_ACTIVE_SESSIONS));
  }

  /** The user's security log, newest first, keyset-paginated. */
  async securityEvents(userId: string, page: { cursor?: string | undefined; limit: number }) {
    const after = decodeCursor(page.cursor);
    const rows = await this.db.withoutTenant((tx) => {
      let query = tx
        .selectFrom('identity.security_events')
        .select(['id', 'type', 'session_id', 'acting_tenant_id', 'ip', 'user_agent', 'detail', 'occurred_at'])
        .where('user_id', '=', userId);
      if (after && typeof after.k === 'string') {
        const k = new Date(after.k);
        query = query.where((eb) => eb.or([eb('occurred_at', '<', k), eb.and([eb('occurred_at', '=', k), eb('id', '<', after.id)])]));
      }
      return query.orderBy('occurred_at', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute();
    });
    return toPage(rows as SecurityEventRow[], page.limit, (r) => ({ k: new Date(r.occurred_at).toISOString(), id: r.id }));
  }

  private async endSession(userId: string, sessionId: string, reason: 'logout' | 'revoked', meta: RequestMeta): Promise<boolean> {
    const session = await this.db.withoutTenant((tx) => sessionRepo.findSession(tx, sessionId));
    if (!session || session.user_id !== userId || !isLive(session, now())) return false;
    const tenantId = session.acting_tenant_id;
    const ended = await this.inTenant(tenantId, async (tx) => {
      if (!(await sessionRepo.revokeSession(tx, sessionId, reason, now()))) return false;
      const type: SecurityEventType = reason === 'logout' ? 'auth.signed_out' : 'auth.session_revoked';
      await this.securityEvent(tx, userId, type, meta, sessionId, {}, tenantId);
      if (tenantId) {
        await auditInTenant(tx, tenantId, {
          actor: { type: 'user', id: userId },
          action: reason === 'logout' ? 'user.signed_out' : 'user.session_revoked',
          userId,
          after: { sessionId },
          requestId: meta.requestId,
          ip: meta.ip,
        });
      }
      return true;
    });
    this.guard.forget([sessionId]);
    return ended;
  }

  private async signInFailed(userId: string, meta: RequestMeta): Promise<void> {
    this.log.info({ event: 'auth.sign_in_failed', userId, ipKey: ipKey(meta.ip), reason: 'wrong_password' }, 'sign-in failed');
    await this.db.withoutTenant((tx) => this.securityEvent(tx, userId, 'auth.sign_in_failed', meta, null, { reason: 'wrong_password' }));
    const tenants = (await this.memberships(userId)).map((m) => m.tenant_id);
    await auditInTenants(this.db, tenants, {
      actor: UNAUTHENTICATED,
      action: 'user.sign_in_failed',
      userId,
      after: { reason: 'wrong_password', userAgent: meta.userAgent },
      requestId: meta.requestId,
      ip: meta.ip,
    });
  }

  private memberships(userId: string): Promise<repo.MembershipView[]> {
    return this.db.withoutTenant(async (tx) => {
      await repo.actAsUser(tx, userId);
      return repo.membershipsOfUser(tx, userId);
    });
  }

  /** A transaction in the tenant when there is one (audit needs it), otherwise tenant-free. */
  private inTenant<T>(tenantId: string | null, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return tenantId ? this.db.withTenant(tenantId, fn) : this.db.withoutTenant(fn);
  }

  private securityEvent(
    tx: Tx,
    userId: string,
    type: SecurityEventType,
    meta: RequestMeta,
    sessionId: string | null,
    detail: Record<string, string | number | boolean | null> = {},
    actingTenantId: string | null = null,
  ): Promise<void> {
    return recordSecurityEvent(tx, { userId, type, sessionId, actingTenantId, ip: meta.ip, userAgent: meta.userAgent, detail });
  }
}

export interface SecurityEventRow {
  id: string;
  type: string;
  session_id: string | null;
  acting_tenant_id: string | null;
  ip: string | null;
  user_agent: string | null;
  detail: Record<string, unknown>;
  occurred_at: Date;
}
