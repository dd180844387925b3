import { newId, now, type Actor } from '../../kernel/index.js';
import { recordAudit } from '../../platform/audit/index.js';
import type { Database, Tx } from '../../platform/db/index.js';

/** Types of `identity.security_events` rows: what happened to an account. */
export type SecurityEventType =
  | 'auth.signed_in'
  | 'auth.sign_in_failed'
  | 'auth.sign_in_throttled'
  | 'auth.signed_out'
  | 'auth.session_revoked'
  | 'auth.refresh_token_reused'
  | 'auth.tenant_switched'
  | 'auth.registered'
  | 'auth.email_verified'
  | 'auth.password_reset_requested'
  | 'auth.password_reset'
  | 'auth.password_check_failed'
  | 'auth.two_factor_enabled'
  | 'auth.two_factor_disabled'
  | 'auth.two_factor_failed'
  | 'auth.recovery_codes_regenerated'
  | 'auth.recovery_code_used';

export interface SecurityEvent {
  userId: string;
  type: SecurityEventType;
  sessionId?: string | null;
  actingTenantId?: string | null;
  ip: string | null;
  userAgent: string | null;
  /** Non-secret facts only (a reason, a method); never passwords, codes or tokens. */
  detail?: Record<string, string | number | boolean | null>;
}

/** Appends to the user's own security log, in the caller's transaction. */
export async function recordSecurityEvent(tx: Tx, event: SecurityEvent): Promise<void> {
  await tx
    .insertInto('identity.security_events')
    .values({
      id: newId(),
      user_id: event.userId,
      type: event.type,
      session_id: event.sessionId ?? null,
      acting_tenant_id: event.actingTenantId ?? null,
      ip: event.ip?.slice(0, 64) ?? null,
      user_agent: event.userAgent?.slice(0, 512) ?? null,
      detail: JSON.stringify(event.detail ?? {}),
      occurred_at: now(),
    })
    .execute();
}

export interface AccountAudit {
  actor: Actor;
  action: string;
  userId: string;
  after: Record<string, unknown>;
  requestId: string | null;
  ip: string | null;
}

/**
 * The audit trail is a hash chain per tenant, and an account belongs to no single tenant. An
 * account-level event (a failed sign-in, a password reset, a reused refresh token) is therefore
 * appended to the chain of every tenant the user is a member of: each tenant's owners see what
 * happened to their members' accounts. One transaction per tenant, so a busy tenant's chain lock
 * never holds up the others.
 */
export async function auditInTenants(db: Database, tenantIds: readonly string[], entry: AccountAudit): Promise<void> {
  for (const tenantId of tenantIds) {
    await db.withTenant(tenantId, (tx) => auditInTenant(tx, tenantId, entry));
  }
}

/** Appends one account event to one tenant's chain, in the caller's tenant transaction. */
export async function auditInTenant(tx: Tx, tenantId: string, entry: AccountAudit): Promise<void> {
  await recordAudit(tx, {
    tenantId,
    actor: entry.actor,
    action: entry.action,
    entityType: 'user',
    entityId: entry.userId,
    before: null,
    after: entry.after,
    requestId: entry.requestId,
    ip: entry.ip,
  });
}
