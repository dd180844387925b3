import type { Authenticator } from '../../platform/http/index.js';
import { invalidToken } from './domain/errors.js';
import { isRole, permissionsOf } from './domain/roles.js';
import type { TokenService } from './tokens.js';

/** `Authorization: Bearer <access token>` → the user, in the tenant and role the token names. */
export function bearerAuthenticator(tokens: TokenService): Authenticator {
  return async (request) => {
    const header = request.headers.authorization;
    if (!header) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw invalidToken();
    const claims = await tokens.verify(match[1]!);
    if (!claims) throw invalidToken();
    const role = claims.role && isRole(claims.role) ? claims.role : null;
    return {
      type: 'user',
      id: claims.userId,
      tenantId: role ? claims.tenantId : null,
      permissions: role ? permissionsOf(role) : new Set<string>(),
    };
  };
}
