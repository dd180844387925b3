import type { FastifyRequest } from 'fastify';
import type { Authenticator } from '../../platform/http/index.js';
import { invalidToken } from './domain/errors.js';
import { isRole, permissionsOf } from './domain/roles.js';
import type { SessionGuard } from './sessions.js';
import type { AccessClaims, TokenService } from './tokens.js';

const claimsByRequest = new WeakMap<FastifyRequest, AccessClaims>();

/** The verified access-token claims of a bearer-authenticated request (its session id, mainly). */
export function accessClaimsOf(request: FastifyRequest): AccessClaims | undefined {
  return claimsByRequest.get(request);
}

/**
 * `Authorization: Bearer <access token>` → the user, in the tenant and role the token names,
 * provided the token's session has not been ended (logout, revocation, password reset).
 */
export function bearerAuthenticator(tokens: TokenService, sessions: SessionGuard): Authenticator {
  return async (request) => {
    const header = request.headers.authorization;
    if (!header) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw invalidToken();
    const claims = await tokens.verify(match[1]!);
    if (!claims || !(await sessions.isLive(claims.sessionId, claims.userId))) throw invalidToken();
    claimsByRequest.set(request, claims);
    const role = claims.role && isRole(claims.role) ? claims.role : null;
    return {
      type: 'user',
      id: claims.userId,
      tenantId: role ? claims.tenantId : null,
      permissions: role ? permissionsOf(role) : new Set<string>(),
    };
  };
}
