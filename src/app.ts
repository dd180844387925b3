import Fastify, { LogController, type FastifyServerOptions, type RouteOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { IncomingMessage } from 'node:http';
import { fileURLToPath } from 'node:url';
import { newId } from './kernel/index.js';
import type { KontorConfig } from './platform/config.js';
import type { Database } from './platform/db/index.js';
import type { EventBus } from './platform/events/bus.js';
import { registerEventMetrics } from './platform/events/index.js';
import { registerAuthGuard, assertRouteAccessDeclared } from './platform/http/auth.js';
import { registerHealthRoutes } from './platform/http/health.js';
import { registerIdempotency } from './platform/http/idempotency.js';
import { registerOpenApi } from './platform/http/openapi.js';
import { registerProblemHandlers } from './platform/http/problem.js';
import { registerSecurityHeaders } from './platform/http/security.js';
import { registerWebApp } from './platform/http/web.js';
import { assertStrictBody } from './platform/http/strict-body.js';
import type { Authenticator, KontorApp } from './platform/http/types.js';
import type { MailPort } from './platform/mail/port.js';
import type { ModuleContext, ModuleDefinition, ModuleRegistryView, PermissionDefinition } from './platform/module.js';
import { loggerOptions } from './platform/observability/logger.js';
import { Metrics } from './platform/observability/metrics.js';
import { platformRoutes } from './platform/routes.js';
import { KONTOR_VERSION } from './version.js';

export interface BuildAppOptions {
  config: KontorConfig;
  db: Database;
  modules: ModuleDefinition[];
  bus: EventBus;
  mail: MailPort;
  /** `api` serves requests only; `worker` runs event handlers and jobs; `all` does both. */
  role?: 'all' | 'api' | 'worker';
}

export interface BuiltApp {
  app: KontorApp;
  context: ModuleContext;
  metrics: Metrics;
  /** Every route registered, as Fastify saw it (for the route fuzzer and the API inventory). */
  routes: RouteOptions[];
}

const REQUEST_ID_RE = /^[A-Za-z0-9._:-]{1,128}$/;

/** Builds the HTTP app: platform conventions first, then every selected module's routes and handlers. */
export async function buildApp(options: BuildAppOptions): Promise<BuiltApp> {
  const { config, db, modules, bus, mail } = options;
  const role = options.role ?? 'all';
  const fastifyOptions: FastifyServerOptions = {
    logger: loggerOptions(config.logLevel),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    requestIdHeader: false,
    genReqId: (req: IncomingMessage) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID_RE.test(incoming) ? incoming : newId();
    },
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  };
  const app = Fastify(fastifyOptions).withTypeProvider() as unknown as KontorApp;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    routes.push(route);
    if (route.url.startsWith('/docs')) {
      route.config = { ...(route.config ?? {}), public: true };
    }
    assertRouteAccessDeclared(route);
    assertStrictBody(route);
  });

  registerProblemHandlers(app);
  await registerSecurityHeaders(app);
  await registerOpenApi(app, KONTOR_VERSION);

  const metrics = new Metrics();
  metrics.register(app);
  metrics.watchPools(db);
  registerEventMetrics(metrics, db);

  const apis = new Map<string, unknown>();
  const registry: ModuleRegistryView = {
    get<T>(name: string): T {
      if (!apis.has(name)) throw new Error(`Module ${name} is not loaded`);
      return apis.get(name) as T;
    },
    has: (name) => apis.has(name),
  };
  const permissions = [...PLATFORM_PERMISSIONS, ...modules.flatMap((m) => m.permissions)];
  const context: ModuleContext = { config, db, mail, logger: app.log, modules: registry, permissions };

  for (const module of modules) {
    if (module.api) apis.set(module.name, module.api(context));
  }

  const authenticators: Authenticator[] = modules.flatMap((m) => (m.authenticator ? [m.authenticator(context)] : []));
  registerAuthGuard(app, authenticators);
  registerIdempotency(app, db.system, { ttlHours: config.idempotencyTtlHours });
  registerHealthRoutes(app, { db, bus, metrics });
  await platformRoutes(app, { db, bus, mail, config, metrics });

  for (const module of modules) {
    if (module.routes && role !== 'worker') await module.routes(app, context);
    if (role !== 'api') for (const handler of module.eventHandlers?.(context) ?? []) bus.subscribe(handler);
  }

  if (role !== 'worker') await registerWebApp(app, { root: fileURLToPath(new URL('../dist/web/', import.meta.url)) });
  assertPermissionsDeclared(routes, permissions);
  await app.ready();
  return { app, context, metrics, routes };
}

/** Permissions the platform's own routes use; modules declare theirs in their definition. */
export const PLATFORM_PERMISSIONS = [
  { key: 'platform.audit.read', description: 'Read the audit trail' },
  { key: 'platform.audit.verify', description: 'Verify the audit hash chain' },
  { key: 'platform.events.manage', description: 'List and retry dead-lettered events' },
] as const;

/** A route guarded by a permission no module declares could never be granted: fail at start-up. */
function assertPermissionsDeclared(routes: RouteOptions[], permissions: readonly PermissionDefinition[]): void {
  const declared = new Set(permissions.map((p) => p.key));
  for (const route of routes) {
    const permission = (route.config)?.permission;
    if (permission !== undefined && !declared.has(permission)) {
      throw new Error(`Route ${String(route.method)} ${route.url} requires permission "${permission}", which no module declares`);
    }
  }
}
