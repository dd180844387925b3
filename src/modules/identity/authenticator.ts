import type { FastifyRequest } from 'fastify';
import type { Authenticator, Principal } from '../../platform/http/index.js';
import type { AccessResolver } from './access.js';
import { API_KEY_PREFIX, type ApiKeyService } from './api-keys.js';
import { invalidApiKey, invalidToken } from './domain/errors.js';
import { isRole, permissionsOf } from './domain/roles.js';
import type { SessionGuard } from './sessions.js';
import { twoFactorRequired } from './domain/totp-errors.js';
import type { TwoFactorPolicy } from './two-factor-policy.js';
import type { AccessClaims, TokenService } from './tokens.js';

const claimsByRequest = new WeakMap<FastifyRequest, AccessClaims>();

/** The verified access-token claims of a bearer-authenticated request (its session id, mainly). */
export function accessClaimsOf(request: FastifyRequest): AccessClaims | undefined {
  return claimsByRequest.get(request);
}

function routePermission(request: FastifyRequest): string | undefined {
  return (request.routeOptions.config as { permission?: string } | undefined)?.permission;
}

/** The API key a request presents: `X-API-Key: kontor_…`, or `Authorization: Bearer kontor_…`. */
function presentedApiKey(request: FastifyRequest, bearer: string | undefined): string | undefined {
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header.length > 0) return header.trim();
  if (Array.isArray(header)) throw invalidApiKey();
  return bearer?.startsWith(API_KEY_PREFIX) ? bearer : undefined;
}

/**
 * `Authorization: Bearer <access token>` → the user, in the tenant the token names, with the
 * permissions of their membership as it is now (role changes and removals apply at once, not at
 * the next refresh), provided the token's session has not been ended. A member whose role the
 * tenant's policy requires two-factor for, without it, gets 403 IDENTITY.TWO_FACTOR_REQUIRED on
 * every route that needs a permission until they turn it on. API keys (`X-API-Key` or a
 * `kontor_` bearer) → the key, in its tenant, with the permissions chosen for it.
 */
export function bearerAuthenticator(
  tokens: TokenService,
  sessions: SessionGuard,
  access?: AccessResolver,
  apiKeys?: ApiKeyService,
  twoFactor?: TwoFactorPolicy,
): Authenticator {
  return async (request) => {
    const header = request.headers.authorization;
    let bearer: string | undefined;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw invalidToken();
      bearer = match[1]!;
    }
    const apiKey = apiKeys ? presentedApiKey(request, bearer) : undefined;
    if (apiKey !== undefined && apiKeys) {
      const principal = await apiKeys.authenticate(apiKey);
      if (!principal) throw invalidApiKey();
      return principal;
    }
    if (bearer === undefined) return null;
    const claims = await tokens.verify(bearer);
    if (!claims || !(await sessions.isLive(claims.sessionId, claims.userId))) throw invalidToken();
    claimsByRequest.set(request, claims);
    const role = claims.role && isRole(claims.role) ? claims.role : null;
    const none: Principal = { type: 'user', id: claims.userId, tenantId: null, permissions: new Set<string>() };
    if (!role || !claims.tenantId) return none;
    if (!access) return { type: 'user', id: claims.userId, tenantId: claims.tenantId, permissions: permissionsOf(role) };
    const member = await access.memberAccess(claims.tenantId, claims.userId);
    // Removed from the tenant since the token was issued: signed in, but acting in no tenant.
    if (!member) return none;
    if (twoFactor && (await twoFactor.blocks(claims.tenantId, claims.userId, member.role))) {
      // The tenant requires two-factor for this role and the user has none yet: routes that need
      // a permission answer why; the rest (profile, 2FA set-up, sign-out) see a user in no tenant.
      if (routePermission(request)) throw twoFactorRequired(member.role);
      return none;
    }
    return { type: 'user', id: claims.userId, tenantId: claims.tenantId, permissions: member.permissions };
  };
}
