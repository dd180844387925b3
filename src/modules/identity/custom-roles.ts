import { sql } from 'kysely';
import { newId, now } from '../../kernel/index.js';
import { auditFromInvocation, recordAudit } from '../../platform/audit/index.js';
import type { Database, Tx } from '../../platform/db/index.js';
import { appendEvent } from '../../platform/events/index.js';
import { staleVersion } from '../../platform/http/index.js';
import type { AccessResolver, PermissionCatalog } from './access.js';
import { cannotGrant, roleInUse, roleNameTaken, roleNotFound } from './domain/errors.js';
import { BUILT_IN_ROLES, canGrant, ROLE_PERMISSIONS } from './domain/roles.js';
import type { Caller } from './members.js';

export interface CustomRoleRow {
  id: string;
  tenant_id: string;
  name: string;
  description: string | null;
  permissions: string[];
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface CustomRoleInput {
  name: string;
  description?: string | null | undefined;
  permissions: string[];
}

export function customRoleView(r: CustomRoleRow) {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    builtIn: false,
    permissions: [...r.permissions].sort(),
    version: r.version,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

export function builtInRoleViews() {
  return BUILT_IN_ROLES.map((name) => ({ id: null, name, description: null, builtIn: true, permissions: [...ROLE_PERMISSIONS[name]], version: null, createdAt: null, updatedAt: null }));
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

/** Tenant-defined roles: a name and a set of declared permission keys. */
export class CustomRolesService {
  constructor(
    private readonly db: Database,
    private readonly catalog: PermissionCatalog,
    private readonly access: AccessResolver,
  ) {}

  list(tenantId: string): Promise<CustomRoleRow[]> {
    return this.db.withTenant(tenantId, (tx) =>
      tx.selectFrom('identity.roles').selectAll().where('tenant_id', '=', tenantId).orderBy(sql`lower(name)`).$castTo<CustomRoleRow>().execute(),
    );
  }

  async get(tenantId: string, id: string): Promise<CustomRoleRow> {
    const row = await this.db.withTenant(tenantId, (tx) => find(tx, tenantId, id));
    if (!row) throw roleNotFound();
    return row;
  }

  private check(caller: Caller, input: CustomRoleInput): string[] {
    const permissions = this.catalog.expand(input.permissions);
    if (!canGrant(caller.permissions, new Set(permissions))) throw cannotGrant();
    if ((BUILT_IN_ROLES as readonly string[]).includes(input.name.trim().toLowerCase()) || input.name.trim().toLowerCase() === 'custom') throw roleNameTaken();
    return permissions;
  }

  async create(caller: Caller, input: CustomRoleInput): Promise<CustomRoleRow> {
    const permissions = this.check(caller, input);
    const tenantId = caller.inv.tenantId;
    try {
      return await this.db.withTenant(tenantId, async (tx) => {
        const row = await tx
          .insertInto('identity.roles')
          .values({ tenant_id: tenantId, id: newId(), name: input.name.trim(), description: input.description?.trim() || null, permissions })
          .returningAll()
          .$castTo<CustomRoleRow>()
          .executeTakeFirstOrThrow();
        await recordAudit(tx, auditFromInvocation(caller.inv, 'role.created', 'role', row.id, null, customRoleView(row)));
        await appendEvent(tx, { type: 'role.created', tenantId, actor: caller.inv.actor, data: customRoleView(row) });
        return row;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw roleNameTaken();
      throw error;
    }
  }

  async update(caller: Caller, id: string, expectedVersion: number, input: CustomRoleInput): Promise<CustomRoleRow> {
    const permissions = this.check(caller, input);
    const tenantId = caller.inv.tenantId;
    try {
      const after = await this.db.withTenant(tenantId, async (tx) => {
        const before = await find(tx, tenantId, id, true);
        if (!before) throw roleNotFound();
        // Changing a role changes what its holders may do: the caller must hold what it had too.
        if (!canGrant(caller.permissions, new Set(before.permissions))) throw cannotGrant();
        if (before.version !== expectedVersion) throw staleVersion(before.version);
        const row = await tx
          .updateTable('identity.roles')
          .set({ name: input.name.trim(), description: input.description?.trim() || null, permissions, version: sql`version + 1`, updated_at: now() })
          .where('tenant_id', '=', tenantId)
          .where('id', '=', id)
          .returningAll()
          .$castTo<CustomRoleRow>()
          .executeTakeFirstOrThrow();
        await recordAudit(tx, auditFromInvocation(caller.inv, 'role.updated', 'role', id, customRoleView(before), customRoleView(row)));
        await appendEvent(tx, { type: 'role.updated', tenantId, actor: caller.inv.actor, data: customRoleView(row) });
        return row;
      });
      this.access.forget();
      return after;
    } catch (error) {
      if (isUniqueViolation(error)) throw roleNameTaken();
      throw error;
    }
  }

  async delete(caller: Caller, id: string): Promise<void> {
    const tenantId = caller.inv.tenantId;
    await this.db.withTenant(tenantId, async (tx) => {
      const before = await find(tx, tenantId, id, true);
      if (!before) throw roleNotFound();
      if (!canGrant(caller.permissions, new Set(before.permissions))) throw cannotGrant();
      const { rows } = await sql<{ n: number }>`
        select (select count(*) from identity.memberships where tenant_id = ${tenantId} and custom_role_id = ${id})::int
             + (select count(*) from identity.invitations where tenant_id = ${tenantId} and custom_role_id = ${id}
                  and accepted_at is null and revoked_at is null and expires_at > now())::int as n`.execute(tx);
      const inUse = rows[0]?.n ?? 0;
      if (inUse > 0) throw roleInUse(inUse);
      // Spent invitations keep pointing at the role; detach them so the row can go.
      await tx.updateTable('identity.invitations').set({ revoked_at: sql`coalesce(revoked_at, now())`, custom_role_id: null, role: 'viewer' }).where('tenant_id', '=', tenantId).where('custom_role_id', '=', id).execute();
      await tx.deleteFrom('identity.roles').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
      await recordAudit(tx, auditFromInvocation(caller.inv, 'role.deleted', 'role', id, customRoleView(before), null));
      await appendEvent(tx, { type: 'role.deleted', tenantId, actor: caller.inv.actor, data: { id } });
    });
    this.access.forget();
  }
}

function find(tx: Tx, tenantId: string, id: string, lock = false): Promise<CustomRoleRow | undefined> {
  let query = tx.selectFrom('identity.roles').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.$castTo<CustomRoleRow>().executeTakeFirst();
}
