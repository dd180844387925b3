import { sql } from 'kysely';
import { AppError } from '../../kernel/index.js';
import type { Database, Tx } from '../../platform/db/index.js';
import { PERMISSION_ALIAS_RE, type PermissionDefinition } from '../../platform/module.js';
import { unknownPermissions } from './domain/errors.js';
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

const KEY_RE = /^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/;

export const unknownPermissionAliases = (found: { index: number; alias: string }[], known: readonly string[]) =>
  new AppError('unprocessable', 'IDENTITY.UNKNOWN_PERMISSION_ALIAS', `Unknown permission aliases: ${found.map((f) => f.alias).join(', ')}`, {
    errors: found.map((f) => ({ path: `body.permissions[${f.index}]`, message: `no module declares the alias ${f.alias}; known: ${known.join(', ')}` })),
    extra: { aliases: found.map((f) => f.alias) },
  });

export interface PermissionAlias {
  alias: string;
  keys: string[];
}

/**
 * What a custom role or an API key may name: every key a module declares (when the platform hands
 * the definitions over), every key a route is guarded by, the built-in roles' keys, module
 * wildcards (`ledger.*`) and the capability aliases modules declare (`accounts:read`).
 */
export class PermissionCatalog {
  private readonly known = new Set<string>();
  private readonly descriptions = new Map<string, string>();
  private readonly aliasKeys = new Map<string, Set<string>>();

  constructor(initial: Iterable<string | PermissionDefinition> = []) {
    this.add(initial);
    this.add(Object.values(ROLE_PERMISSIONS).flat().filter((k) => !k.includes('*')));
  }

  add(entries: Iterable<string | PermissionDefinition>): void {
    for (const entry of entries) {
      const key = typeof entry === 'string' ? entry : entry.key;
      if (!KEY_RE.test(key)) throw new Error(`Permission "${key}" is not <module>.<resource>.<action> (lower case)`);
      this.known.add(key);
      if (typeof entry === 'string') continue;
      this.descriptions.set(key, entry.description);
      for (const alias of entry.aliases ?? []) {
        if (!PERMISSION_ALIAS_RE.test(alias)) throw new Error(`Permission ${key} declares the alias "${alias}", which is not <resource>:read or <resource>:write`);
        const keys = this.aliasKeys.get(alias) ?? new Set<string>();
        keys.add(key);
        this.aliasKeys.set(alias, keys);
      }
    }
  }

  has(key: string): boolean {
    return this.known.has(key);
  }

  list(): string[] {
    return [...this.known].sort();
  }

  /** Every key with its description (null for keys only a route or a built-in role names). */
  definitions(): { key: string; description: string | null }[] {
    return this.list().map((key) => ({ key, description: this.descriptions.get(key) ?? null }));
  }

  /** The keys an alias stands for; `<resource>:write` includes `<resource>:read`. Undefined when no module declares it. */
  keysOf(alias: string): string[] | undefined {
    const own = this.aliasKeys.get(alias);
    if (!own) return undefined;
    const read = alias.endsWith(':write') ? this.aliasKeys.get(alias.replace(/:write$/, ':read')) : undefined;
    return [...new Set([...(read ?? []), ...own])].sort();
  }

  aliases(): PermissionAlias[] {
    return [...this.aliasKeys.keys()].sort().map((alias) => ({ alias, keys: this.keysOf(alias)! }));
  }

  /**
   * Turns what a role or key names into the permissions stored for it: exact keys as they are,
   * module wildcards as they are (they follow the module as it grows), aliases expanded to their
   * keys now (a saved role never widens because a module later adds a key to an alias).
   * Unknown keys and wildcards: 400 IDENTITY.UNKNOWN_PERMISSION; unknown aliases: 422.
   */
  expand(requested: readonly string[]): string[] {
    const out = new Set<string>();
    const unknownKeys: string[] = [];
    const unknownAliases: { index: number; alias: string }[] = [];
    requested.forEach((entry, index) => {
      if (entry.includes(':')) {
        const keys = this.keysOf(entry);
        if (keys) for (const key of keys) out.add(key);
        else unknownAliases.push({ index, alias: entry });
      } else if (entry.endsWith('.*')) {
        const prefix = entry.slice(0, -1);
        if ([...this.known].some((k) => k.startsWith(prefix))) out.add(entry);
        else unknownKeys.push(entry);
      } else if (this.known.has(entry)) {
        out.add(entry);
      } else {
        unknownKeys.push(entry);
      }
    });
    if (unknownAliases.length > 0) throw unknownPermissionAliases(unknownAliases, [...this.aliasKeys.keys()].sort());
    if (unknownKeys.length > 0) throw unknownPermissions(unknownKeys);
    return [...out];
  }
}

/** Locks the tenant row: use cases that count against plan limits serialise on it. */
export async function lockTenant(tx: Tx, tenantId: string): Promise<{ plan: string } | undefined> {
  const { rows } = await sql<{ plan: string }>`select plan from identity.tenants where id = ${tenantId} for update`.execute(tx);
  return rows[0];
}
