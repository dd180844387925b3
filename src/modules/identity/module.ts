import { fileURLToPath } from 'node:url';
import { defineModule } from '../../platform/module.js';
import { bearerAuthenticator } from './authenticator.js';
import { ensureDemoTenant } from './demo.js';
import { identityRoutes } from './routes.js';
import { IdentityService } from './service.js';
import { TokenService } from './tokens.js';

export interface IdentityApi {
  service: IdentityService;
  tokens: TokenService;
  ensureDemoTenant(): ReturnType<typeof ensureDemoTenant>;
}

export const identityModule = defineModule<IdentityApi>({
  name: 'identity',
  schema: 'identity',
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  permissions: [
    { key: 'identity.tenant.read', description: 'See the tenant settings' },
    { key: 'identity.tenant.update', description: 'Change the tenant settings' },
  ],
  api(ctx) {
    const tokens = new TokenService(ctx.db.system);
    const service = new IdentityService(ctx.db, tokens);
    return { service, tokens, ensureDemoTenant: () => ensureDemoTenant(ctx.db, service) };
  },
  authenticator(ctx) {
    return bearerAuthenticator(ctx.modules.get<IdentityApi>('identity').tokens);
  },
  routes(app, ctx) {
    identityRoutes(app, ctx.modules.get<IdentityApi>('identity').service);
  },
});
