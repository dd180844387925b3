import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { newId, now, type Invocation } from '../../kernel/index.js';
import { auditFromInvocation, recordAudit } from '../../platform/audit/index.js';
import type { Database, Tx } from '../../platform/db/index.js';
import { appendEvent } from '../../platform/events/index.js';
import type { MailMessage } from '../../platform/mail/port.js';
import { lockTenant, readMemberAccess, type AccessResolver } from './access.js';
import {
  alreadyMember,
  cannotGrant,
  invitationEmailMismatch,
  invitationInvalid,
  invitationNotFound,
  lastOwner,
  memberNotFound,
  planLimitReached,
  roleNotFound,
  tenantNotFound,
} from './domain/errors.js';
import { fits, isPlan, PLAN_LIMITS } from './domain/plans.js';
import { canGrant, permissionsOf, type BuiltInRole, type Role } from './domain/roles.js';
import { sha256 } from './sessions.js';

export const INVITATION_TTL_MS = 7 * 24 * 3_600_000;
export const INVITATION_TOKEN_PREFIX = 'kinv_';
export const INVITATION_TOKEN_RE = /^kinv_[A-Za-z0-9_-]{43}$/;

/** Who is acting: their permissions and, for users, their membership role. */
export interface Caller {
  inv: Invocation;
  permissions: ReadonlySet<string>;
  /** The caller's own membership role; null for API keys. */
  role: Role | null;
}

/** A role to give someone: built-in by name, or one of the tenant's custom roles. */
export type RoleChoice = { role: BuiltInRole; customRoleId?: undefined } | { role: 'custom'; customRoleId: string };

export interface MemberRow {
  user_id: string;
  email: string;
  name: string;
  role: Role;
  custom_role_id: string | null;
  custom_role_name: string | null;
  created_at: Date;
}

export interface InvitationRow {
  id: string;
  tenant_id: string;
  email: string;
  role: Role;
  custom_role_id: string | null;
  invited_by: string;
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  accepted_by: string | null;
  revoked_at: Date | null;
}

export function memberView(m: MemberRow) {
  return {
    userId: m.user_id,
    email: m.email,
    name: m.name,
    role: m.role,
    customRoleId: m.custom_role_id,
    customRoleName: m.custom_role_name,
    joinedAt: new Date(m.created_at).toISOString(),
  };
}

export function invitationView(i: InvitationRow, at = now()) {
  const status: 'accepted' | 'revoked' | 'expired' | 'open' = i.accepted_at ? 'accepted' : i.revoked_at ? 'revoked' : new Date(i.expires_at) <= at ? 'expired' : 'open';
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    customRoleId: i.custom_role_id,
    invitedBy: i.invited_by,
    status,
    createdAt: new Date(i.created_at).toISOString(),
    expiresAt: new Date(i.expires_at).toISOString(),
    acceptedAt: i.accepted_at ? new Date(i.accepted_at).toISOString() : null,
  };
}

function listMembers(tx: Tx, tenantId: string, userId?: string): Promise<MemberRow[]> {
  let query = tx
    .selectFrom('identity.memberships as m')
    .innerJoin('identity.users as u', 'u.id', 'm.user_id')
    .leftJoin('identity.roles as r', (join) => join.onRef('r.tenant_id', '=', 'm.tenant_id').onRef('r.id', '=', 'm.custom_role_id'))
    .select(['m.user_id', 'u.email', 'u.name', 'm.role', 'm.custom_role_id', 'r.name as custom_role_name', 'm.created_at'])
    .where('m.tenant_id', '=', tenantId);
  if (userId) query = query.where('m.user_id', '=', userId);
  return query.orderBy('m.created_at').orderBy('m.user_id').$castTo<MemberRow>().execute();
}

async function countOwners(tx: Tx, tenantId: string): Promise<number> {
  const row = await tx
    .selectFrom('identity.memberships')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('tenant_id', '=', tenantId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Members plus open invitations: what the plan's user limit counts. */
export async function seatsUsed(tx: Tx, tenantId: string, at: Date, includeInvitations = true): Promise<number> {
  const members = await tx.selectFrom('identity.memberships').select(sql<number>`count(*)::int`.as('n')).where('tenant_id', '=', tenantId).executeTakeFirstOrThrow();
  if (!includeInvitations) return members.n;
  const open = await tx
    .selectFrom('identity.invitations')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('tenant_id', '=', tenantId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirstOrThrow();
  return members.n + open.n;
}

async function permissionsOfChoice(tx: Tx, tenantId: string, choice: { role: Role; customRoleId?: string | null | undefined }): Promise<ReadonlySet<string>> {
  if (choice.role !== 'custom') return permissionsOf(choice.role);
  const row = await tx
    .selectFrom('identity.roles')
    .select(['permissions'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', choice.customRoleId ?? '')
    .$castTo<{ permissions: string[] }>()
    .executeTakeFirst();
  if (!row) throw roleNotFound();
  return new Set(row.permissions);
}

/** Owners are managed only by owners; everyone else only within what the caller holds. */
function assertMayGrant(caller: Caller, target: { role: Role }, targetPermissions: ReadonlySet<string>): void {
  if (target.role === 'owner' && caller.role !== 'owner') throw cannotGrant();
  if (!canGrant(caller.permissions, targetPermissions)) throw cannotGrant();
}

function assertPlanSeat(plan: string, used: number): void {
  const limit = isPlan(plan) ? PLAN_LIMITS[plan].users : PLAN_LIMITS.free.users;
  if (!fits(limit, used)) throw planLimitReached('users', limit ?? 0, plan);
}

export interface InvitationMailInput {
  to: string;
  tenantName: string;
  inviterName: string;
  role: string;
  token: string;
  publicUrl: string;
  expiresAt: Date;
}

export function invitationMail(input: InvitationMailInput): MailMessage {
  // The token travels in the fragment, which browsers never send to a server (so no access log holds it).
  const link = `${input.publicUrl.replace(/\/$/, '')}/invitations/accept#token=${input.token}`;
  return {
    to: input.to,
    tag: 'identity.invitation',
    subject: `${input.inviterName} invited you to ${input.tenantName} on Kontor`,
    text: [
      'Hello,',
      '',
      `${input.inviterName} invited you to join ${input.tenantName} on Kontor as ${input.role}.`,
      '',
      `Accept here (sign in, or create an account with this address, first): ${link}`,
      `API clients: POST /api/v1/invitations/accept with {"token": "${input.token}"}`,
      '',
      `The invitation works once and expires on ${input.expiresAt.toISOString().slice(0, 10)}. If you did not expect it, ignore this mail.`,
    ].join('\n'),
  };
}

/** Members of a tenant, invitations by email and their acceptance, role changes, removal. */
export class MembersService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessResolver,
    private readonly sendMail: (message: MailMessage) => void,
    private readonly publicUrl: string,
  ) {}

  list(tenantId: string): Promise<MemberRow[]> {
    return this.db.withTenant(tenantId, (tx) => listMembers(tx, tenantId));
  }

  listInvitations(tenantId: string): Promise<InvitationRow[]> {
    return this.db.withTenant(tenantId, (tx) =>
      tx.selectFrom('identity.invitations').selectAll().where('tenant_id', '=', tenantId).orderBy('created_at', 'desc').limit(500).$castTo<InvitationRow>().execute(),
    );
  }

  /** Invites `email`; the mail carries a one-time token, stored only as its sha256. */
  async invite(caller: Caller, inviterId: string, input: { email: string } & RoleChoice): Promise<InvitationRow> {
    const tenantId = caller.inv.tenantId;
    const at = now();
    const token = `${INVITATION_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const email = input.email.trim();
    const result = await this.db.withTenant(tenantId, async (tx) => {
      const tenant = await lockTenant(tx, tenantId);
      if (!tenant) throw tenantNotFound();
      assertMayGrant(caller, input, await permissionsOfChoice(tx, tenantId, input));
      const existing = await tx
        .selectFrom('identity.memberships as m')
        .innerJoin('identity.users as u', 'u.id', 'm.user_id')
        .select('m.user_id')
        .where('m.tenant_id', '=', tenantId)
        .where(sql<string>`lower(u.email)`, '=', email.toLowerCase())
        .executeTakeFirst();
      if (existing) throw alreadyMember();
      // A new invitation to the same address replaces the open one (its token stops working).
      await tx
        .updateTable('identity.invitations')
        .set({ revoked_at: at })
        .where('tenant_id', '=', tenantId)
        .where(sql<string>`lower(email)`, '=', email.toLowerCase())
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .execute();
      assertPlanSeat(tenant.plan, await seatsUsed(tx, tenantId, at));
      const row = await tx
        .insertInto('identity.invitations')
        .values({
          id: newId(),
          tenant_id: tenantId,
          email,
          role: input.role,
          custom_role_id: input.customRoleId ?? null,
          token_hash: sha256(token),
          invited_by: inviterId,
          created_at: at,
          expires_at: new Date(at.getTime() + INVITATION_TTL_MS),
        })
        .returningAll()
        .$castTo<InvitationRow>()
        .executeTakeFirstOrThrow();
      const names = await tx
        .selectFrom('identity.tenants as t')
        .select(['t.name as tenant_name', sql<string>`(select name from identity.users where id = ${inviterId})`.as('inviter_name')])
        .where('t.id', '=', tenantId)
        .$castTo<{ tenant_name: string; inviter_name: string | null }>()
        .executeTakeFirstOrThrow();
      const view = invitationView(row, at);
      await recordAudit(tx, auditFromInvocation(caller.inv, 'member.invited', 'invitation', row.id, null, view));
      await appendEvent(tx, { type: 'member.invited', tenantId, actor: caller.inv.actor, data: view });
      return { row, names };
    });
    this.sendMail(
      invitationMail({
        to: email,
        tenantName: result.names.tenant_name,
        inviterName: result.names.inviter_name ?? 'A colleague',
        role: input.role === 'custom' ? 'a custom role' : input.role,
        token,
        publicUrl: this.publicUrl,
        expiresAt: new Date(result.row.expires_at),
      }),
    );
    return result.row;
  }

  async revokeInvitation(caller: Caller, invitationId: string): Promise<void> {
    const tenantId = caller.inv.tenantId;
    await this.db.withTenant(tenantId, async (tx) => {
      const row = await tx
        .updateTable('identity.invitations')
        .set({ revoked_at: now() })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', invitationId)
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .returningAll()
        .$castTo<InvitationRow>()
        .executeTakeFirst();
      if (!row) throw invitationNotFound();
      await recordAudit(tx, auditFromInvocation(caller.inv, 'member.invitation_revoked', 'invitation', row.id, null, invitationView(row)));
    });
  }

  /** The signed-in user whose email the invitation was sent to joins the tenant. */
  async accept(userId: string, token: string, meta: { requestId: string | null; ip: string | null }): Promise<{ tenantId: string; member: MemberRow }> {
    const hash = sha256(token);
    const found = await this.db.withoutTenant(async (tx) => {
      const { rows } = await sql<{ id: string; tenant_id: string }>`select id, tenant_id from identity.invitation_by_token(${hash})`.execute(tx);
      return rows[0];
    });
    if (!found) throw invitationInvalid();
    const tenantId = found.tenant_id;
    const member = await this.db.withTenant(tenantId, async (tx) => {
      const tenant = await lockTenant(tx, tenantId);
      if (!tenant) throw invitationInvalid();
      const invitation = await tx
        .selectFrom('identity.invitations')
        .selectAll()
        .where('id', '=', found.id)
        .forUpdate()
        .$castTo<InvitationRow>()
        .executeTakeFirst();
      const at = now();
      if (!invitation || invitation.accepted_at || invitation.revoked_at || new Date(invitation.expires_at) <= at) throw invitationInvalid();
      const user = await tx.selectFrom('identity.users').select(['id', 'email']).where('id', '=', userId).$castTo<{ id: string; email: string }>().executeTakeFirst();
      if (!user || user.email.toLowerCase() !== invitation.email.toLowerCase()) throw invitationEmailMismatch();
      if (await readMemberAccess(tx, tenantId, userId)) throw alreadyMember();
      assertPlanSeat(tenant.plan, await seatsUsed(tx, tenantId, at, false));
      await tx
        .insertInto('identity.memberships')
        .values({ tenant_id: tenantId, user_id: userId, role: invitation.role, custom_role_id: invitation.custom_role_id })
        .execute();
      await tx.updateTable('identity.invitations').set({ accepted_at: at, accepted_by: userId }).where('id', '=', invitation.id).execute();
      const [row] = await listMembers(tx, tenantId, userId);
      const inv: Invocation = { actor: { type: 'user', id: userId }, tenantId, requestId: meta.requestId, ip: meta.ip };
      await recordAudit(tx, auditFromInvocation(inv, 'member.joined', 'member', userId, null, { ...memberView(row!), invitationId: invitation.id }));
      await appendEvent(tx, { type: 'member.joined', tenantId, actor: inv.actor, data: memberView(row!) });
      return row!;
    });
    this.access.forget();
    return { tenantId, member };
  }

  async changeRole(caller: Caller, userId: string, choice: RoleChoice): Promise<MemberRow> {
    const tenantId = caller.inv.tenantId;
    const after = await this.db.withTenant(tenantId, async (tx) => {
      await lockTenant(tx, tenantId);
      const [before] = await listMembers(tx, tenantId, userId);
      if (!before) throw memberNotFound();
      assertMayGrant(caller, before, await permissionsOfChoice(tx, tenantId, { role: before.role, customRoleId: before.custom_role_id }));
      assertMayGrant(caller, choice, await permissionsOfChoice(tx, tenantId, choice));
      if (before.role === 'owner' && choice.role !== 'owner' && (await countOwners(tx, tenantId)) <= 1) throw lastOwner();
      await tx
        .updateTable('identity.memberships')
        .set({ role: choice.role, custom_role_id: choice.customRoleId ?? null })
        .where('tenant_id', '=', tenantId)
        .where('user_id', '=', userId)
        .execute();
      const [row] = await listMembers(tx, tenantId, userId);
      await recordAudit(tx, auditFromInvocation(caller.inv, 'member.role_changed', 'member', userId, memberView(before), memberView(row!)));
      await appendEvent(tx, { type: 'member.role_changed', tenantId, actor: caller.inv.actor, data: memberView(row!) });
      return row!;
    });
    this.access.forget();
    return after;
  }

  async remove(caller: Caller, userId: string): Promise<void> {
    const tenantId = caller.inv.tenantId;
    await this.db.withTenant(tenantId, async (tx) => {
      await lockTenant(tx, tenantId);
      const [before] = await listMembers(tx, tenantId, userId);
      if (!before) throw memberNotFound();
      const leaving = caller.inv.actor.type === 'user' && caller.inv.actor.id === userId;
      if (!leaving) assertMayGrant(caller, before, await permissionsOfChoice(tx, tenantId, { role: before.role, customRoleId: before.custom_role_id }));
      if (before.role === 'owner' && (await countOwners(tx, tenantId)) <= 1) throw lastOwner();
      await tx.deleteFrom('identity.memberships').where('tenant_id', '=', tenantId).where('user_id', '=', userId).execute();
      await recordAudit(tx, auditFromInvocation(caller.inv, 'member.removed', 'member', userId, memberView(before), null));
      await appendEvent(tx, { type: 'member.removed', tenantId, actor: caller.inv.actor, data: { userId } });
    });
    this.access.forget();
  }
}
