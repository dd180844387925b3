import type { FastifyRequest, RouteOptions } from 'fastify';
import { AppError } from '../../kernel/index.js';
import type { Authenticator, KontorApp, Principal } from './types.js';

export function hasPermission(principal: Principal, permission: string): boolean {
  if (principal.permissions.has('*') || principal.permissions.has(permission)) return true;
  const moduleName = permission.split('.')[0];
  return principal.permissions.has(`${moduleName}.*`);
}

/** Every route must say who may call it; a route that forgets fails at start-up, not in production. */
export function assertRouteAccessDeclared(route: RouteOptions): void {
  const config = (route.config ?? {}) as { permission?: string; public?: boolean; authenticated?: boolean };
  const declared = [config.permission !== undefined, config.public === true, config.authenticated === true].filter(Boolean);
  if (declared.length !== 1) {
    throw new Error(
      `Route ${String(route.method)} ${route.url} must declare exactly one of config.permission, config.public or config.authenticated`,
    );
  }
}

async function authenticate(request: FastifyRequest, authenticators: readonly Authenticator[]): Promise<Principal | null> {
  for (const authenticator of authenticators) {
    const principal = await authenticator(request);
    if (principal) return principal;
  }
  return null;
}

/** Resolves the caller and enforces the route's declared access rule. */
export function registerAuthGuard(app: KontorApp, authenticators: readonly Authenticator[]): void {
  app.decorateRequest('principal', null);
  app.addHook('preHandler', async (request) => {
    const config = request.routeOptions.config as { permission?: string; public?: boolean; authenticated?: boolean } | undefined;
    if (!config || (!config.permission && !config.authenticated && !config.public)) return; // 404 handler, docs UI assets
    const principal = await authenticate(request, authenticators);
    request.principal = principal;
    if (config.public) return;
    if (!principal) throw new AppError('unauthenticated', 'AUTH.REQUIRED', 'Authentication is required');
    if (config.permission && !hasPermission(principal, config.permission)) {
      throw new AppError('forbidden', 'AUTH.FORBIDDEN', `Missing permission ${config.permission}`, {
        extra: { permission: config.permission },
      });
    }
  });
}

/** The tenant the caller acts in; routes that work on tenant data call this first. */
export function requireTenant(request: FastifyRequest): string {
  const tenantId = request.principal?.tenantId;
  if (!tenantId) throw new AppError('forbidden', 'AUTH.TENANT_REQUIRED', 'This request needs a tenant; sign in to one');
  return tenantId;
}

export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError('unauthenticated', 'AUTH.REQUIRED', 'Authentication is required');
  return request.principal;
}
