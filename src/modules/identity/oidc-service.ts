import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { isAppError, newId, now } from '../../kernel/index.js';
import type { OidcProviderSetting } from '../../platform/config.js';
import type { Database, Tx } from '../../platform/db/index.js';
import { appendEvent } from '../../platform/events/index.js';
import type { RequestMeta } from './auth-service.js';
import { isRole } from './domain/roles.js';
import { newChecks, OidcExchangeError, type OidcIdentity, type OidcProviders } from './oidc-client.js';
import {
  oidcEmailMissing,
  oidcEmailUnverified,
  oidcFailed,
  oidcLinkConflict,
  oidcProviderNotFound,
  oidcStateInvalid,
  oidcUnavailable,
} from './oidc-errors.js';
import * as oidcRepo from './oidc-repo.js';
import { hashSecret } from './passwords.js';
import * as repo from './repo.js';
import { auditInTenant, auditInTenants, recordSecurityEvent } from './security-log.js';
import * as sessionRepo from './session-repo.js';
import { sha256, startSession, type SessionGuard } from './sessions.js';
import { ipKey, type AuthThrottle } from './throttle.js';

/** A started sign-in lives this long: the person has that much time at the provider. */
export const OIDC_STATE_TTL_MS = 10 * 60_000;
const START_RULE = { name: 'oidc_start.ip', limit: 30, windowMs: 15 * 60_000 };

export interface OidcStart {
  /** The provider's authorization URL to send the browser to. */
  location: string;
  /**
   * For the browser's httpOnly cookie: the state (the callback's must match it) and the PKCE code
   * verifier, which so never rests on the server.
   */
  browserSecret: string;
}

/** `state.verifier`: both are base64url, so the dot cannot occur in either. */
function browserSecretOf(state: string, codeVerifier: string): string {
  return `${state}.${codeVerifier}`;
}

function parseBrowserSecret(value: string | undefined): { state: string; codeVerifier: string } | undefined {
  const [state, codeVerifier, ...rest] = (value ?? '').split('.');
  return state && codeVerifier && rest.length === 0 ? { state, codeVerifier } : undefined;
}

/** A signed-in browser session: the refresh and CSRF tokens go into the web cookies. */
export interface OidcSignIn {
  userId: string;
  sessionId: string;
  refreshToken: string;
  csrfToken: string;
  expiresAt: Date;
  returnTo: string;
  outcome: 'signed_in' | 'linked' | 'created';
}

/** The account has two-factor on: the provider proved the identity, the code step still follows. */
export interface OidcSecondFactorRequired {
  secondFactor: { challenge: string; expiresAt: Date };
  returnTo: string;
}

/** What the OIDC sign-in needs of two-factor authentication. */
export interface OidcTwoFactor {
  isEnabled(userId: string): Promise<boolean>;
  issueChallenge(userId: string, requestedTenantId: string | null): Promise<{ challenge: string; expiresAt: Date }>;
}

type Resolved = { userId: string; outcome: OidcSignIn['outcome']; scrubbedSessions: string[] };

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

/** A path on this site: `/x`, never `//host` or `/\host` (which browsers treat as another site). */
export function safeReturnPath(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || value.length > 512) return '/';
  return [...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f) ? '/' : value;
}

/**
 * Sign-in with an OpenID Connect provider (authorization code flow with PKCE). An account is found
 * by its link (provider + subject); without one, only an email address the provider has verified
 * links an existing account or creates a new one. The session is the same kind password sign-in
 * starts, for the web cookie flow.
 */
export class OidcService {
  constructor(
    private readonly db: Database,
    private readonly providers: OidcProviders,
    private readonly guard: SessionGuard,
    private readonly throttle: AuthThrottle,
    private readonly publicUrl: string,
    private readonly log: FastifyBaseLogger,
    private readonly twoFactor?: OidcTwoFactor,
  ) {}

  listProviders(): { id: string; name: string }[] {
    return this.providers.list().map((p) => ({ id: p.id, name: p.name }));
  }

  redirectUri(providerId: string): string {
    return new URL(`/api/v1/auth/oidc/${providerId}/callback`, this.publicUrl).toString();
  }

  async start(providerId: string, returnTo: string | undefined, meta: RequestMeta): Promise<OidcStart> {
    const provider = this.provider(providerId);
    await this.throttle.enforce([START_RULE, ipKey(meta.ip)]);
    const checks = newChecks();
    let url: URL;
    try {
      url = await this.providers.authorizationUrl(provider, this.redirectUri(provider.id), checks);
    } catch (error) {
      this.log.warn({ err: error, event: 'auth.oidc_unavailable', provider: provider.id }, 'OIDC provider unavailable');
      throw oidcUnavailable(provider.name);
    }
    const at = now();
    await this.db.withoutTenant(async (tx) => {
      await oidcRepo.pruneLoginStates(tx, at);
      await oidcRepo.insertLoginState(tx, {
        state_hash: sha256(checks.state),
        provider: provider.id,
        nonce: checks.nonce,
        return_to: safeReturnPath(returnTo),
        created_at: at,
        expires_at: new Date(at.getTime() + OIDC_STATE_TTL_MS),
      });
    });
    return { location: url.toString(), browserSecret: browserSecretOf(checks.state, checks.codeVerifier) };
  }

  /**
   * Completes a sign-in. `search` is the callback's raw query string; `browserSecret` what the
   * browser kept from the start. The started sign-in is used up whatever happens next.
   */
  async complete(providerId: string, search: string, browserSecret: string | undefined, meta: RequestMeta): Promise<OidcSignIn | OidcSecondFactorRequired> {
    const provider = this.provider(providerId);
    const state = new URLSearchParams(search).get('state');
    const kept = parseBrowserSecret(browserSecret);
    if (!state || !kept || state !== kept.state) throw oidcStateInvalid();
    const started = await this.db.withoutTenant((tx) => oidcRepo.takeLoginState(tx, sha256(state)));
    if (!started || started.provider !== provider.id || new Date(started.expires_at).getTime() <= now().getTime()) throw oidcStateInvalid();

    const identity = await this.exchange(provider, search, { state, nonce: started.nonce, codeVerifier: kept.codeVerifier });
    const resolved = await this.resolveAccount(provider, identity, meta);
    this.guard.forget(resolved.scrubbedSessions);
    // A provider sign-in replaces the password, never the second factor the account has turned on.
    if (this.twoFactor && (await this.twoFactor.isEnabled(resolved.userId))) {
      return { secondFactor: await this.twoFactor.issueChallenge(resolved.userId, null), returnTo: started.return_to };
    }
    return { ...(await this.signIn(provider, resolved, meta)), returnTo: started.return_to };
  }

  private provider(id: string): OidcProviderSetting {
    const provider = this.providers.get(id);
    if (!provider) throw oidcProviderNotFound();
    return provider;
  }

  private async exchange(provider: OidcProviderSetting, search: string, checks: { state: string; nonce: string; codeVerifier: string }): Promise<OidcIdentity> {
    const callbackUrl = new URL(this.redirectUri(provider.id));
    callbackUrl.search = search;
    try {
      const identity = await this.providers.exchange(provider, callbackUrl, checks);
      if (identity.subject.length < 1 || identity.subject.length > 255) throw new OidcExchangeError('invalid_response', 'subject empty or longer than 255 characters');
      return identity;
    } catch (error) {
      if (!(error instanceof OidcExchangeError)) throw error;
      this.log.warn({ err: error, event: 'auth.oidc_failed', provider: provider.id, reason: error.reason }, 'OIDC sign-in failed');
      throw error.reason === 'unavailable' ? oidcUnavailable(provider.name) : oidcFailed(provider.name);
    }
  }

  /** Finds, links or creates the account, in one transaction. */
  private async resolveAccount(provider: OidcProviderSetting, identity: OidcIdentity, meta: RequestMeta): Promise<Resolved> {
    // For a new account, or one whose unproven password is cleared; hashed outside the transaction.
    const unusablePassword = await hashSecret(randomBytes(32).toString('base64url'));
    let resolved: Resolved;
    try {
      resolved = await this.db.withoutTenant(async (tx): Promise<Resolved> => {
        const at = now();
        const link = await oidcRepo.findExternalIdentity(tx, provider.id, identity.subject);
        if (link) {
          await oidcRepo.touchExternalIdentity(tx, provider.id, identity.subject, at);
          return { userId: link.user_id, outcome: 'signed_in', scrubbedSessions: [] };
        }
        if (!identity.email) throw oidcEmailMissing(provider.name);
        if (!identity.emailVerified) throw oidcEmailUnverified(provider.name);
        const newLink = { provider: provider.id, subject: identity.subject, email: identity.email, linked_at: at, last_signed_in_at: at };
        const detail = { method: 'oidc', provider: provider.id };

        const existing = await repo.findUserByEmail(tx, identity.email);
        if (existing) {
          let scrubbedSessions: string[] = [];
          if (existing.email_verified_at === null) {
            // Nobody proved this mailbox before: whoever set the password may not own it, so the
            // password stops working and its sessions end; the owner can reset it later.
            await repo.setPasswordHash(tx, existing.id, unusablePassword, at);
            await repo.markEmailVerified(tx, existing.id, at);
            scrubbedSessions = await sessionRepo.revokeUserSessions(tx, existing.id, 'revoked', at);
            await recordSecurityEvent(tx, { userId: existing.id, type: 'auth.email_verified', ip: meta.ip, userAgent: meta.userAgent, detail: { ...detail, passwordCleared: true, sessionsEnded: scrubbedSessions.length } });
          }
          await oidcRepo.insertExternalIdentity(tx, { ...newLink, user_id: existing.id });
          return { userId: existing.id, outcome: 'linked', scrubbedSessions };
        }

        const userId = newId();
        const name = identity.name ?? identity.email.split('@')[0]!.slice(0, 200);
        await repo.insertUser(tx, { id: userId, email: identity.email, name: name || 'New user', password_hash: unusablePassword, email_verified_at: at });
        await oidcRepo.insertExternalIdentity(tx, { ...newLink, user_id: userId });
        await recordSecurityEvent(tx, { userId, type: 'auth.registered', ip: meta.ip, userAgent: meta.userAgent, detail });
        await appendEvent(tx, { type: 'user.registered', tenantId: null, actor: { type: 'user', id: userId }, data: { userId } });
        return { userId, outcome: 'created', scrubbedSessions: [] };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw oidcLinkConflict(); // a concurrent sign-in linked or created first
      if (isAppError(error)) this.log.info({ event: 'auth.oidc_refused', provider: provider.id, code: error.code }, 'OIDC sign-in refused');
      throw error;
    }
    if (resolved.outcome === 'linked') await this.auditLink(provider, resolved.userId, meta);
    return resolved;
  }

  private async auditLink(provider: OidcProviderSetting, userId: string, meta: RequestMeta): Promise<void> {
    const tenants = await this.memberships(userId);
    await auditInTenants(
      this.db,
      tenants.map((m) => m.tenant_id),
      { actor: { type: 'user', id: userId }, action: 'user.identity_linked', userId, after: { provider: provider.id }, requestId: meta.requestId, ip: meta.ip },
    );
  }

  /** Starts the session as password sign-in does: in the first tenant, logged and audited there. */
  private async signIn(provider: OidcProviderSetting, resolved: Resolved, meta: RequestMeta): Promise<Omit<OidcSignIn, 'returnTo'>> {
    const { userId } = resolved;
    const membership = (await this.memberships(userId)).find((m) => isRole(m.role));
    const tenantId = membership?.tenant_id ?? null;
    const work = async (tx: Tx) => {
      const started = await startSession(tx, userId, tenantId, { ...meta, web: true });
      const detail = { method: 'oidc', provider: provider.id, ...(resolved.outcome === 'linked' && { linked: true }) };
      await recordSecurityEvent(tx, { userId, type: 'auth.signed_in', sessionId: started.session.id, actingTenantId: tenantId, ip: meta.ip, userAgent: meta.userAgent, detail });
      if (tenantId) {
        await auditInTenant(tx, tenantId, {
          actor: { type: 'user', id: userId },
          action: 'user.signed_in',
          userId,
          after: { method: 'oidc', provider: provider.id, sessionId: started.session.id, userAgent: meta.userAgent },
          requestId: meta.requestId,
          ip: meta.ip,
        });
      }
      return started;
    };
    const issued = await (tenantId ? this.db.withTenant(tenantId, work) : this.db.withoutTenant(work));
    this.log.info({ event: 'auth.signed_in', method: 'oidc', provider: provider.id, outcome: resolved.outcome, userId, sessionId: issued.session.id, tenantId }, 'signed in');
    return {
      userId,
      sessionId: issued.session.id,
      refreshToken: issued.refreshToken,
      csrfToken: issued.csrfToken!,
      expiresAt: new Date(issued.session.expires_at),
      outcome: resolved.outcome,
    };
  }

  private memberships(userId: string): Promise<repo.MembershipView[]> {
    return this.db.withoutTenant(async (tx) => {
      await repo.actAsUser(tx, userId);
      return repo.membershipsOfUser(tx, userId);
    });
  }
}
