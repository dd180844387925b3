import { sql } from 'kysely';
import { now, type Invocation } from '../../kernel/index.js';
import { auditFromInvocation, recordAudit } from '../../platform/audit/index.js';
import type { Database, Tx } from '../../platform/db/index.js';
import { appendEvent } from '../../platform/events/index.js';
import { lockTenant } from './access.js';
import { planLimitReached, planTooSmall, tenantNotFound } from './domain/errors.js';
import { fits, isPlan, METERS, PLAN_LIMITS, periodOf, type Meter, type Plan } from './domain/plans.js';
import { seatsUsed } from './members.js';

export type Usage = Record<Meter, number>;

export async function activeStores(tx: Tx, tenantId: string): Promise<number> {
  const row = await tx
    .selectFrom('identity.stores')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('tenant_id', '=', tenantId)
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return row.n;
}

async function meteredThisMonth(tx: Tx, tenantId: string, metric: string, at: Date): Promise<number> {
  const row = await tx
    .selectFrom('identity.usage_counters')
    .select('used')
    .where('tenant_id', '=', tenantId)
    .where('metric', '=', metric)
    .where('period', '=', periodOf(at))
    .$castTo<{ used: number }>()
    .executeTakeFirst();
  return row?.used ?? 0;
}

export async function usageOf(tx: Tx, tenantId: string, at = now()): Promise<Usage> {
  return {
    users: await seatsUsed(tx, tenantId, at),
    stores: await activeStores(tx, tenantId),
    documents_per_month: await meteredThisMonth(tx, tenantId, 'documents', at),
  };
}

export function planOf(value: string): Plan {
  return isPlan(value) ? value : 'free';
}

/** Plans, their limits and current usage; plan changes. */
export class PlanService {
  constructor(private readonly db: Database) {}

  async subscription(tenantId: string) {
    return this.db.withTenant(tenantId, async (tx) => {
      const tenant = await tx.selectFrom('identity.tenants').select(['plan']).where('id', '=', tenantId).$castTo<{ plan: string }>().executeTakeFirst();
      if (!tenant) throw tenantNotFound();
      const at = now();
      return { plan: planOf(tenant.plan), limits: PLAN_LIMITS[planOf(tenant.plan)], usage: await usageOf(tx, tenantId, at), period: periodOf(at) };
    });
  }

  /** Moves the tenant to `plan`; refused when current usage would not fit its limits. */
  async changePlan(inv: Invocation, plan: Plan) {
    await this.db.withTenant(inv.tenantId, async (tx) => {
      const tenant = await lockTenant(tx, inv.tenantId);
      if (!tenant) throw tenantNotFound();
      const from = planOf(tenant.plan);
      if (from === plan) return;
      const usage = await usageOf(tx, inv.tenantId);
      for (const meter of METERS) {
        const limit = PLAN_LIMITS[plan][meter];
        if (limit !== null && usage[meter] > limit) throw planTooSmall(meter, usage[meter], limit);
      }
      await tx.updateTable('identity.tenants').set({ plan, version: sql`version + 1`, updated_at: now() }).where('id', '=', inv.tenantId).execute();
      const change = { from, to: plan, limits: PLAN_LIMITS[plan] };
      await recordAudit(tx, auditFromInvocation(inv, 'subscription.changed', 'tenant', inv.tenantId, { plan: from }, change));
      await appendEvent(tx, { type: 'subscription.changed', tenantId: inv.tenantId, actor: inv.actor, data: change });
    });
    return this.subscription(inv.tenantId);
  }

  /**
   * Counts `count` metered uses (e.g. documents) for this month in the caller's tenant
   * transaction, or throws `PLAN.DOCUMENTS_PER_MONTH_LIMIT_REACHED` without counting.
   */
  async consume(tx: Tx, tenantId: string, meter: 'documents_per_month', count = 1): Promise<void> {
    const tenant = await tx.selectFrom('identity.tenants').select(['plan']).where('id', '=', tenantId).$castTo<{ plan: string }>().executeTakeFirst();
    if (!tenant) throw tenantNotFound();
    const plan = planOf(tenant.plan);
    const limit = PLAN_LIMITS[plan][meter];
    const period = periodOf(now());
    const { rows } = await sql<{ used: number }>`
      insert into identity.usage_counters as c (tenant_id, metric, period, used) values (${tenantId}, 'documents', ${period}, ${count})
      on conflict (tenant_id, metric, period) do update set used = c.used + excluded.used
      returning used`.execute(tx);
    const used = rows[0]?.used ?? count;
    if (!fits(limit, used - count, count)) throw planLimitReached(meter, limit ?? 0, plan);
  }
}
