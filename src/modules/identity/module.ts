import fastifyCookie from '@fastify/cookie';
import { fileURLToPath } from 'node:url';
import { now } from '../../kernel/index.js';
import { defineModule } from '../../platform/module.js';
import { createRateLimiter, type RateLimiter } from '../../platform/ratelimit/index.js';
import type { PermissionDefinition } from '../../platform/module.js';
import { AccessResolver, PermissionCatalog } from './access.js';
import { ACCESS_PERMISSIONS, accessRoutes } from './access-routes.js';
import { AccountMailer } from './account-mail.js';
import { ApiKeyService } from './api-keys.js';
import { CustomRolesService } from './custom-roles.js';
import { MembersService } from './members.js';
import { PlanService } from './plans.js';
import { StoreService } from './stores.js';
import { AccountService } from './account-service.js';
import { BackgroundWork } from './background.js';
import { bearerAuthenticator } from './authenticator.js';
import { authRoutes } from './auth-routes.js';
import { AuthService } from './auth-service.js';
import { cookiePolicy } from './cookies.js';
import { ensureDemoTenant } from './demo.js';
import { identityRoutes } from './routes.js';
import { IdentityService } from './service.js';
import { oidcRoutes } from './oidc-routes.js';
import { pruneIdentity } from './session-repo.js';
import { SessionGuard } from './sessions.js';
import { AuthThrottle, throttleRules } from './throttle.js';
import { TokenService } from './tokens.js';
import { TwoFactorService } from './two-factor.js';
import { TwoFactorPolicy } from './two-factor-policy.js';
import { pruneChallenges } from './two-factor-repo.js';
import { twoFactorRoutes } from './two-factor-routes.js';

export interface IdentityApi {
  service: IdentityService;
  auth: AuthService;
  accounts: AccountService;
  tokens: TokenService;
  sessions: SessionGuard;
  throttle: AuthThrottle;
  limiter: RateLimiter;
  /** Resolves when work started after answering (account mail, failed sign-in records) is done. */
  idle(): Promise<void>;
  ensureDemoTenant(): ReturnType<typeof ensureDemoTenant>;
  /** Each request's member permissions, read from the membership (cached briefly). */
  access: AccessResolver;
  /** Permission keys custom roles and API keys may hold. */
  catalog: PermissionCatalog;
  members: MembersService;
  roles: CustomRolesService;
  apiKeys: ApiKeyService;
  /** Plans and limits; `plans.consume(tx, tenantId, 'documents_per_month')` meters documents. */
  plans: PlanService;
  stores: StoreService;
  /** A tenant's base currency (it never changes after creation, so it is cached per process). */
  baseCurrencyOf(tenantId: string): Promise<string>;
  /** TOTP enrolment, recovery codes and the second sign-in step. */
  twoFactor: TwoFactorService;
  /** The tenant policy "these roles must use two-factor", as the authenticator asks it. */
  twoFactorPolicy: TwoFactorPolicy;
}

const IDENTITY_PERMISSIONS: PermissionDefinition[] = [
  { key: 'identity.tenant.read', description: 'See the tenant settings' },
  { key: 'identity.tenant.update', description: 'Change the tenant settings' },
  ...ACCESS_PERMISSIONS,
];

/** Ended sessions and spent codes are kept 30 days (for the session list and support), security events 180. */
const PRUNE_KEEP_MS = 30 * 24 * 3_600_000;
const SECURITY_EVENTS_KEEP_MS = 180 * 24 * 3_600_000;

export const identityModule = defineModule<IdentityApi>({
  name: 'identity',
  schema: 'identity',
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  permissions: IDENTITY_PERMISSIONS,
  api(ctx) {
    let lastWarning = 0;
    const limiter = createRateLimiter({
      redisUrl: ctx.config.redisUrl,
      onError(error, operation) {
        if (Date.now() - lastWarning < 60_000) return;
        lastWarning = Date.now();
        ctx.logger.warn({ err: error, operation }, 'rate limiter: Redis failed; counting in process memory meanwhile');
      },
    });
    const tokens = new TokenService(ctx.db.system);
    const sessions = new SessionGuard(ctx.db.app);
    const throttle = new AuthThrottle(limiter, throttleRules(ctx.config));
    const background = new BackgroundWork(ctx.logger);
    const mailer = new AccountMailer(ctx.mail, background);
    const service = new IdentityService(ctx.db);
    const access = new AccessResolver(ctx.db);
    const plans = new PlanService(ctx.db);
    const baseCurrencies = new Map<string, string>();
    const baseCurrencyOf = async (tenantId: string): Promise<string> => {
      const known = baseCurrencies.get(tenantId);
      if (known) return known;
      const tenant = await service.getTenant(tenantId);
      baseCurrencies.set(tenantId, tenant.base_currency);
      return tenant.base_currency;
    };
    const catalog = new PermissionCatalog([...IDENTITY_PERMISSIONS, ...ctx.permissions]);
    const twoFactorPolicy = new TwoFactorPolicy(ctx.db);
    const twoFactor = new TwoFactorService(ctx.db, throttle, twoFactorPolicy, background, ctx.logger);
    const accountMail = (message: Parameters<AccountMailer['dispatch']>[0]) => mailer.dispatch(message);
    return {
      access,
      catalog,
      members: new MembersService(ctx.db, access, accountMail, ctx.config.publicUrl),
      roles: new CustomRolesService(ctx.db, catalog, access),
      apiKeys: new ApiKeyService(ctx.db, catalog),
      plans,
      stores: new StoreService(ctx.db),
      service,
      auth: new AuthService(ctx.db, tokens, sessions, throttle, background, ctx.logger, twoFactor),
      twoFactor,
      twoFactorPolicy,
      accounts: new AccountService(ctx.db, throttle, mailer, sessions, ctx.logger),
      tokens,
      sessions,
      throttle,
      limiter,
      idle: () => background.idle(),
      baseCurrencyOf,
      ensureDemoTenant: () => ensureDemoTenant(ctx.db, service, plans),
    };
  },
  authenticator(ctx) {
    const identity = ctx.modules.get<IdentityApi>('identity');
    return bearerAuthenticator(identity.tokens, identity.sessions, identity.access, identity.apiKeys, identity.twoFactorPolicy);
  },
  async routes(app, ctx) {
    const identity = ctx.modules.get<IdentityApi>('identity');
    if (!app.hasRequestDecorator('cookies')) await app.register(fastifyCookie);
    app.addHook('onClose', async () => {
      await identity.idle();
      await identity.limiter.close();
    });
    // Permission keys guarding routes registered from here on (every module after identity) join the catalog.
    app.addHook('onRoute', (route) => {
      const permission = (route.config as { permission?: unknown } | undefined)?.permission;
      if (typeof permission === 'string') identity.catalog.add([permission]);
    });
    identityRoutes(app, identity.service);
    accessRoutes(app, identity);
    authRoutes(app, { auth: identity.auth, accounts: identity.accounts, cookies: cookiePolicy(ctx.config.publicUrl) });
    twoFactorRoutes(app, identity);
    oidcRoutes(app, ctx, { sessions: identity.sessions, throttle: identity.throttle, twoFactor: identity.twoFactor });
  },
  jobs: [
    {
      name: 'prune-sessions',
      intervalMs: 3_600_000,
      run: (ctx) => pruneIdentity(ctx.db.system, now(), PRUNE_KEEP_MS, SECURITY_EVENTS_KEEP_MS),
    },
    { name: 'prune-login-challenges', intervalMs: 3_600_000, run: (ctx) => pruneChallenges(ctx.db.system, now(), 24 * 3_600_000) },
  ],
});
