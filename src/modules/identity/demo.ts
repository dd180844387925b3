import type { IdentityService } from './service.js';
import type { Database } from '../../platform/db/index.js';
import { systemActor } from '../../kernel/index.js';
import { auditFromInvocation, recordAudit } from '../../platform/audit/index.js';
import type { BuiltInRole } from './domain/roles.js';
import type { PlanService } from './plans.js';
import * as repo from './repo.js';

export const DEMO_LOGIN = { email: 'demo@kontor.local', password: 'kontor-demo-2026' } as const;
export const DEMO_TENANT_NAME = 'Sharma Traders';

/** One demo user per built-in role besides the owner; all share the demo password. */
export const DEMO_MEMBERS: readonly { email: string; name: string; role: Exclude<BuiltInRole, 'owner'> }[] = [
  { email: 'admin@kontor.local', name: 'Arjun Mehta', role: 'admin' },
  { email: 'accountant@kontor.local', name: 'Kavita Iyer', role: 'accountant' },
  { email: 'sales@kontor.local', name: 'Rohan Das', role: 'sales' },
  { email: 'viewer@kontor.local', name: 'Meera Nair', role: 'viewer' },
];

/** The demo owner, their business, and one member per role; does nothing that already exists. */
export async function ensureDemoTenant(
  db: Database,
  service: IdentityService,
  plans?: PlanService,
): Promise<{ tenantId: string; userId: string; created: boolean }> {
  const result = await ensureOwnerAndTenant(db, service);
  if (plans) await ensureDemoMembers(db, service, plans, result.tenantId);
  return result;
}

async function ensureOwnerAndTenant(db: Database, service: IdentityService): Promise<{ tenantId: string; userId: string; created: boolean }> {
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

/** The demo team needs more seats than the free plan has: the demo tenant runs on standard. */
async function ensureDemoMembers(db: Database, service: IdentityService, plans: PlanService, tenantId: string): Promise<void> {
  const { plan } = await plans.subscription(tenantId);
  if (plan === 'free') await plans.changePlan({ actor: systemActor('demo'), tenantId, requestId: null, ip: null }, 'standard');
  for (const member of DEMO_MEMBERS) {
    const found = await db.withoutTenant((tx) => repo.findUserByEmail(tx, member.email));
    const userId = found?.id ?? (await service.registerUser({ email: member.email, name: member.name, password: DEMO_LOGIN.password, emailVerified: true })).id;
    await db.withTenant(tenantId, async (tx) => {
      const current = await tx.selectFrom('identity.memberships').select('user_id').where('tenant_id', '=', tenantId).where('user_id', '=', userId).executeTakeFirst();
      if (current) return;
      await repo.insertMembership(tx, tenantId, userId, member.role);
      const inv = { actor: systemActor('demo'), tenantId, requestId: null, ip: null };
      await recordAudit(tx, auditFromInvocation(inv, 'member.joined', 'member', userId, null, { userId, email: member.email, role: member.role }));
    });
  }
}
