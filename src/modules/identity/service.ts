import { newId, now, type Invocation } from '../../kernel/index.js';
import { recordAudit, auditFromInvocation } from '../../platform/audit/index.js';
import type { Database, Tx } from '../../platform/db/index.js';
import { appendEvent } from '../../platform/events/index.js';
import { staleVersion } from '../../platform/http/index.js';
import { emailTaken, invalidCredentials, invalidGstin, invalidGstRegistration, tenantNotFound, weakPassword } from './domain/errors.js';
import { isStateCode } from '../../kernel/gstin.js';
import { isPlan } from './domain/plans.js';
import { isRole } from './domain/roles.js';
import { gstFields } from './stores.js';
import { passwordIssues } from './password-policy.js';
import { hashPassword } from './passwords.js';
import * as repo from './repo.js';
import type { GstRegistration, TenantChanges, TenantRow } from './repo.js';

export interface TenantInput {
  name: string;
  legalName?: string | null;
  countryCode: string;
  baseCurrency: string;
  timezone: string;
  fiscalYearStartMonth?: number;
  kind?: 'business' | 'household' | undefined;
  gstin?: string | null | undefined;
  stateCode?: string | null | undefined;
  gstRegistration?: GstRegistration | null | undefined;
}

/** GSTIN and state code are Indian registrations: only for tenants in India. */
export function tenantGstFields(countryCode: string, gstin: string | null | undefined, stateCode: string | null | undefined) {
  if (countryCode !== 'IN' && (gstin || stateCode)) throw invalidGstin('GSTIN and state code apply to tenants in India (countryCode IN)', gstin ? 'body.gstin' : 'body.stateCode');
  if (stateCode && !isStateCode(stateCode)) throw invalidGstin('unknown GST state code', 'body.stateCode');
  return gstFields(gstin, stateCode);
}

/**
 * The GST registration type as it stands after a change: only in India, and a regular,
 * composition or SEZ registration needs a GSTIN.
 */
export function checkGstRegistration(countryCode: string, registration: GstRegistration | null, gstin: string | null): void {
  if (registration === null) return;
  if (countryCode !== 'IN') throw invalidGstRegistration('GST registration applies to tenants in India (countryCode IN)');
  if (registration !== 'unregistered' && !gstin) throw invalidGstRegistration(`A ${registration} GST registration needs the business's GSTIN`);
  if (registration === 'unregistered' && gstin) throw invalidGstRegistration('A business with a GSTIN is registered: clear the GSTIN or choose its registration type');
}

/** What the tax engine uses: the registration as set, else derived from the GSTIN. */
export function effectiveGstRegistration(t: Pick<TenantRow, 'gst_registration' | 'gstin'>): GstRegistration {
  return t.gst_registration ?? (t.gstin ? 'regular' : 'unregistered');
}

export class IdentityService {
  constructor(private readonly db: Database) {}

  async profile(userId: string) {
    return this.db.withoutTenant(async (tx) => {
      await repo.actAsUser(tx, userId);
      const user = await repo.findUserById(tx, userId);
      if (!user) throw invalidCredentials();
      const memberships = await repo.membershipsOfUser(tx, userId);
      return { user, memberships };
    });
  }

  /** The tenants a user belongs to, with their role in each. */
  async memberships(userId: string): Promise<repo.MembershipView[]> {
    return this.db.withoutTenant(async (tx) => {
      await repo.actAsUser(tx, userId);
      return repo.membershipsOfUser(tx, userId);
    });
  }

  /**
   * Creates an account directly (demo data, tests, administration). The HTTP sign-up goes through
   * AccountService.register, which also mails a verification code and hides whether the address
   * is taken. Both enforce the password policy.
   */
  async registerUser(input: { email: string; name: string; password: string; emailVerified?: boolean }): Promise<{ id: string }> {
    const issues = passwordIssues(input.password, { email: input.email, name: input.name });
    if (issues.length > 0) throw weakPassword(issues);
    const passwordHash = await hashPassword(input.password);
    return this.db.withoutTenant(async (tx) => {
      if (await repo.findUserByEmail(tx, input.email)) throw emailTaken();
      const id = newId();
      await repo.insertUser(tx, {
        id,
        email: input.email.trim(),
        name: input.name.trim(),
        password_hash: passwordHash,
        email_verified_at: input.emailVerified ? now() : null,
      });
      return { id };
    });
  }

  /** Creates a business and makes the creator its owner, in one transaction. */
  async createTenant(userId: string, input: TenantInput, meta: Omit<Invocation, 'tenantId'>): Promise<TenantRow> {
    const tenantId = newId();
    const gst = tenantGstFields(input.countryCode, input.gstin, input.stateCode);
    checkGstRegistration(input.countryCode, input.gstRegistration ?? null, gst.gstin ?? null);
    return this.db.withTenant(tenantId, async (tx) => {
      const tenant = await repo.insertTenant(tx, {
        id: tenantId,
        name: input.name.trim(),
        legal_name: input.legalName?.trim() || null,
        country_code: input.countryCode,
        base_currency: input.baseCurrency,
        timezone: input.timezone,
        fiscal_year_start_month: input.fiscalYearStartMonth ?? 4,
        kind: input.kind ?? 'business',
        ...gst,
        gst_registration: input.gstRegistration ?? null,
      });
      await repo.insertMembership(tx, tenantId, userId, 'owner');
      const inv: Invocation = { ...meta, tenantId };
      await recordAudit(tx, auditFromInvocation(inv, 'tenant.created', 'tenant', tenantId, null, tenantView(tenant)));
      await appendEvent(tx, { type: 'tenant.created', tenantId, actor: inv.actor, data: tenantView(tenant) });
      return tenant;
    });
  }

  async getTenant(tenantId: string): Promise<TenantRow> {
    return this.db.withTenant(tenantId, (tx) => this.getTenantIn(tx, tenantId));
  }

  /** The tenant, read in the caller's transaction (which must be scoped to that tenant). */
  async getTenantIn(tx: Tx, tenantId: string): Promise<TenantRow> {
    const tenant = await repo.findTenant(tx, tenantId);
    if (!tenant) throw tenantNotFound();
    return tenant;
  }

  async updateTenant(
    inv: Invocation,
    expectedVersion: number,
    changes: TenantChanges,
    gst: { gstin?: string | null | undefined; stateCode?: string | null | undefined; gstRegistration?: GstRegistration | null | undefined } = {},
  ): Promise<TenantRow> {
    return this.db.withTenant(inv.tenantId, async (tx) => {
      const before = await repo.findTenant(tx, inv.tenantId);
      if (!before) throw tenantNotFound();
      if (before.version !== expectedVersion) throw staleVersion(before.version);
      const gstChanges: TenantChanges = gst.gstin !== undefined || gst.stateCode !== undefined ? tenantGstFields(before.country_code, gst.gstin, gst.stateCode) : {};
      if (gst.gstRegistration !== undefined) gstChanges.gst_registration = gst.gstRegistration;
      checkGstRegistration(
        before.country_code,
        gstChanges.gst_registration !== undefined ? gstChanges.gst_registration : before.gst_registration,
        gstChanges.gstin !== undefined ? gstChanges.gstin : before.gstin,
      );
      const after = await repo.updateTenant(tx, inv.tenantId, expectedVersion, { ...changes, ...gstChanges }, now());
      if (!after) throw staleVersion(before.version + 1);
      await recordAudit(tx, auditFromInvocation(inv, 'tenant.updated', 'tenant', inv.tenantId, tenantView(before), tenantView(after)));
      await appendEvent(tx, { type: 'tenant.updated', tenantId: inv.tenantId, actor: inv.actor, data: tenantView(after) });
      return after;
    });
  }
}

/** The tenant as events, audit records and API responses show it. */
export function tenantView(t: TenantRow) {
  return {
    id: t.id,
    name: t.name,
    legalName: t.legal_name,
    countryCode: t.country_code,
    baseCurrency: t.base_currency,
    timezone: t.timezone,
    fiscalYearStartMonth: t.fiscal_year_start_month,
    status: t.status,
    version: t.version,
    createdAt: new Date(t.created_at).toISOString(),
    updatedAt: new Date(t.updated_at).toISOString(),
    kind: t.kind,
    plan: isPlan(t.plan) ? t.plan : ('free' as const),
    gstin: t.gstin,
    stateCode: t.state_code,
    gstRegistration: effectiveGstRegistration(t),
    require2faRoles: (t.require_2fa_roles ?? []).filter(isRole),
  };
}
