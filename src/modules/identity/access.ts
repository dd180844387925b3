import { sql } from 'kysely';
import type { Database, Tx } from '../../platform/db/index.js';
import { isRole, permissionsOf, ROLE_PERMISSIONS, type Role } from './domain/roles.js';

/** What a member may do in a tenant: their role and the permissions it grants. */
export interface MemberAccess {
  role: Role;
  customRoleId: string | null;
  permissions: ReadonlySet<string>;
}

interface AccessRow {
  role: string;
  custom_role_id: string | null;
  custom_permissions: string[] | null;
}

/** Reads one member's role and permissions, in a transaction of that tenant. */
export async function readMemberAccess(tx: Tx, tenantId: string, userId: string): Promise<MemberAccess | undefined> {
  const row = await tx
    .selectFrom('identity.memberships as m')
    .leftJoin('identity.roles as r', (join) => join.onRef('r.tenant_id', '=', 'm.tenant_id').onRef('r.id', '=', 'm.custom_role_id'))
    .select(['m.role', 'm.custom_role_id', 'r.permissions as custom_permissions'])
    .where('m.tenant_id', '=', tenantId)
    .where('m.user_id', '=', userId)
    .$castTo<AccessRow>()
    .executeTakeFirst();
  if (!row || !isRole(row.role)) return undefined;
  const permissions = row.role === 'custom' ? new Set(row.custom_permissions ?? []) : permissionsOf(row.role);
  return { role: row.role, customRoleId: row.custom_role_id, permissions };
}

/**
 * Answers "what may this user do in this tenant right now?" for every bearer request, from the
 * membership row (not the token's role claim), so a role change, a custom role edit or a removal
 * takes effect at once in this process and within `cacheMs` in the others.
 */
export class AccessResolver {
  private readonly cache = new Map<string, { access: MemberAccess | undefined; until: number }>();

  constructor(
    private readonly db: Database,
    private readonly cacheMs = 5_000,
  ) {}

  async memberAccess(tenantId: string, userId: string): Promise<MemberAccess | undefined> {
    const key = `${tenantId}:${userId}`;
    const at = Date.now();
    const cached = this.cache.get(key);
    if (cached && cached.until > at) return cached.access;
    const access = await this.db.withTenant(tenantId, (tx) => readMemberAccess(tx, tenantId, userId));
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(key, { access, until: at + this.cacheMs });
    return access;
  }

  /** Call after changing memberships or custom roles: the next request reads afresh. */
  forget(): void {
    this.cache.clear();
  }
}

/**
 * The permission keys a custom role or an API key may name: every key a module declares (when
 * the platform hands them over), every key a route is guarded by, and the built-in roles' keys.
 */
export class PermissionCatalog {
  private readonly known = new Set<string>();

  constructor(initial: Iterable<string> = []) {
    this.add(initial);
    this.add(Object.values(ROLE_PERMISSIONS).flat().filter((k) => !k.includes('*')));
  }

  add(keys: Iterable<string>): void {
    for (const key of keys) if (/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/.test(key)) this.known.add(key);
  }

  has(key: string): boolean {
    return this.known.has(key);
  }

  unknown(keys: readonly string[]): string[] {
    return keys.filter((k) => !this.known.has(k));
  }

  list(): string[] {
    return [...this.known].sort();
  }
}

/** Locks the tenant row: use cases that count against plan limits serialise on it. */
export async function lockTenant(tx: Tx, tenantId: string): Promise<{ plan: string } | undefined> {
  const { rows } = await sql<{ plan: string }>`select plan from identity.tenants where id = ${tenantId} for update`.execute(tx);
  return rows[0];
}
