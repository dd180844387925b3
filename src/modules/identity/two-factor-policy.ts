import type { Database } from '../../platform/db/index.js';
import type { Role } from './domain/roles.js';
import { policyFacts } from './two-factor-repo.js';

interface Facts {
  requiredRoles: string[];
  enabled: boolean;
}

/**
 * The tenant policy "members with these roles must use two-factor authentication". Asked on every
 * bearer request acting in a tenant, so it reads the tenant's list and the user's 2FA state
 * together and keeps the answer for `cacheMs`; enabling or disabling 2FA and changing the policy
 * forget it in this process at once.
 */
export class TwoFactorPolicy {
  private readonly cache = new Map<string, { facts: Facts; until: number }>();

  constructor(
    private readonly db: Database,
    private readonly cacheMs = 5_000,
  ) {}

  /** True when the member's role requires 2FA in the tenant and the user has not turned it on. */
  async blocks(tenantId: string, userId: string, role: Role): Promise<boolean> {
    const facts = await this.facts(tenantId, userId);
    return !facts.enabled && facts.requiredRoles.includes(role);
  }

  private async facts(tenantId: string, userId: string): Promise<Facts> {
    const key = `${tenantId}:${userId}`;
    const at = Date.now();
    const cached = this.cache.get(key);
    if (cached && cached.until > at) return cached.facts;
    const facts = await this.db.withTenant(tenantId, (tx) => policyFacts(tx, tenantId, userId));
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(key, { facts, until: at + this.cacheMs });
    return facts;
  }

  forget(): void {
    this.cache.clear();
  }
}
