import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import type { Role } from './domain/roles.js';

export interface TenantRow {
  id: string;
  name: string;
  legal_name: string | null;
  country_code: string;
  base_currency: string;
  timezone: string;
  fiscal_year_start_month: number;
  status: string;
  version: number;
  created_at: Date;
  updated_at: Date;
  plan: string;
  kind: 'business' | 'household';
  gstin: string | null;
  state_code: string | null;
  /** regular | composition | sez | unregistered; null: derived from the GSTIN. */
  gst_registration: GstRegistration | null;
  /** Roles whose members must use two-factor authentication. */
  require_2fa_roles: string[];
}

export const GST_REGISTRATIONS = ['regular', 'composition', 'sez', 'unregistered'] as const;
export type GstRegistration = (typeof GST_REGISTRATIONS)[number];

export interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  email_verified_at: Date | null;
  created_at: Date;
}

export type NewTenantRow = Pick<TenantRow, 'id' | 'name' | 'legal_name' | 'country_code' | 'base_currency' | 'timezone' | 'fiscal_year_start_month'> &
  Partial<Pick<TenantRow, 'kind' | 'gstin' | 'state_code' | 'gst_registration' | 'plan' | 'require_2fa_roles'>>;
export type TenantChanges = Partial<Omit<NewTenantRow, 'id'>>;

/** Lets RLS policies see the signed-in user for the rest of the transaction. */
export async function actAsUser(tx: Tx, userId: string): Promise<void> {
  await sql`select set_config('app.user_id', ${userId}, true)`.execute(tx);
}

export function findUserByEmail(tx: Tx, email: string): Promise<UserRow | undefined> {
  return tx
    .selectFrom('identity.users')
    .selectAll()
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .$castTo<UserRow>()
    .executeTakeFirst();
}

export function findUserById(tx: Tx, id: string): Promise<UserRow | undefined> {
  return tx.selectFrom('identity.users').selectAll().where('id', '=', id).$castTo<UserRow>().executeTakeFirst();
}

export async function insertUser(tx: Tx, user: Pick<UserRow, 'id' | 'email' | 'name' | 'password_hash'> & { email_verified_at?: Date | null }): Promise<void> {
  await tx.insertInto('identity.users').values(user).execute();
}

export async function markEmailVerified(tx: Tx, userId: string, at: Date): Promise<void> {
  await tx.updateTable('identity.users').set({ email_verified_at: at, updated_at: at }).where('id', '=', userId).where('email_verified_at', 'is', null).execute();
}

export async function setPasswordHash(tx: Tx, userId: string, passwordHash: string, at: Date): Promise<void> {
  await tx.updateTable('identity.users').set({ password_hash: passwordHash, updated_at: at }).where('id', '=', userId).execute();
}

export async function insertTenant(tx: Tx, tenant: NewTenantRow): Promise<TenantRow> {
  return tx.insertInto('identity.tenants').values(tenant).returningAll().$castTo<TenantRow>().executeTakeFirstOrThrow();
}

export function findTenant(tx: Tx, id: string): Promise<TenantRow | undefined> {
  return tx.selectFrom('identity.tenants').selectAll().where('id', '=', id).$castTo<TenantRow>().executeTakeFirst();
}

/** Applies changes only if the row is still at `expectedVersion`; undefined means it moved on. */
export function updateTenant(tx: Tx, id: string, expectedVersion: number, changes: TenantChanges, at: Date): Promise<TenantRow | undefined> {
  return tx
    .updateTable('identity.tenants')
    .set({ ...changes, version: sql`version + 1`, updated_at: at })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .$castTo<TenantRow>()
    .executeTakeFirst();
}

export async function insertMembership(tx: Tx, tenantId: string, userId: string, role: Role, customRoleId: string | null = null): Promise<void> {
  await tx.insertInto('identity.memberships').values({ tenant_id: tenantId, user_id: userId, role, custom_role_id: customRoleId }).execute();
}

export interface MembershipView {
  tenant_id: string;
  tenant_name: string;
  role: Role;
}

/** The signed-in user's memberships (needs `actAsUser` first). */
export function membershipsOfUser(tx: Tx, userId: string): Promise<MembershipView[]> {
  return tx
    .selectFrom('identity.memberships as m')
    .innerJoin('identity.tenants as t', 't.id', 'm.tenant_id')
    .select(['m.tenant_id', 't.name as tenant_name', 'm.role'])
    .where('m.user_id', '=', userId)
    .orderBy('m.created_at')
    .orderBy('m.tenant_id')
    .execute();
}
