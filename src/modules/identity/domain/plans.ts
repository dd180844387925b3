/** Plans and their limits. `null` means no limit. */
export const PLANS = ['free', 'standard', 'pro'] as const;
export type Plan = (typeof PLANS)[number];

export const METERS = ['users', 'stores', 'documents_per_month'] as const;
export type Meter = (typeof METERS)[number];

export type PlanLimits = Record<Meter, number | null>;

export const PLAN_LIMITS: Record<Plan, PlanLimits> = {
  free: { users: 2, stores: 1, documents_per_month: 50 },
  standard: { users: 10, stores: 5, documents_per_month: 1_000 },
  pro: { users: 100, stores: 50, documents_per_month: null },
};

export const PLAN_RANK: Record<Plan, number> = { free: 0, standard: 1, pro: 2 };

export function isPlan(value: string): value is Plan {
  return (PLANS as readonly string[]).includes(value);
}

/** True when one more unit fits: `used` is the count before adding. */
export function fits(limit: number | null, used: number, adding = 1): boolean {
  return limit === null || used + adding <= limit;
}

/** Calendar month `YYYY-MM` (UTC) a metered use counts towards. */
export function periodOf(at: Date): string {
  return at.toISOString().slice(0, 7);
}
