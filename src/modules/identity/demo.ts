import type { IdentityService } from './service.js';
import type { Database } from '../../platform/db/index.js';
import { systemActor } from '../../kernel/index.js';
import * as repo from './repo.js';

export const DEMO_LOGIN = { email: 'demo@kontor.local', password: 'kontor-demo-2026' } as const;
export const DEMO_TENANT_NAME = 'Sharma Traders';

/** The demo owner and their business; does nothing if they already exist. */
export async function ensureDemoTenant(db: Database, service: IdentityService): Promise<{ tenantId: string; userId: string; created: boolean }> {
  const existing = await db.withoutTenant((tx) => repo.findUserByEmail(tx, DEMO_LOGIN.email));
  if (existing) {
    const { memberships } = await service.profile(existing.id);
    const first = memberships[0];
    if (first) return { tenantId: first.tenant_id, userId: existing.id, created: false };
  }
  const userId = existing?.id ?? (await service.registerUser({ email: DEMO_LOGIN.email, name: 'Priya Sharma', password: DEMO_LOGIN.password, emailVerified: true })).id;
  const tenant = await service.createTenant(
    userId,
    {
      name: DEMO_TENANT_NAME,
      legalName: 'Sharma Traders Private Limited',
      countryCode: 'IN',
      baseCurrency: 'INR',
      timezone: 'Asia/Kolkata',
      fiscalYearStartMonth: 4,
    },
    { actor: systemActor('demo'), requestId: null, ip: null },
  );
  return { tenantId: tenant.id, userId, created: true };
}
