import { sql } from 'kysely';
import { AppError, newId, now, type Invocation } from '../../kernel/index.js';
import { auditFromInvocation, recordAudit } from '../../platform/audit/index.js';
import type { Database, Tx } from '../../platform/db/index.js';
import { appendEvent } from '../../platform/events/index.js';
import { decodeCursor, staleVersion, toPage } from '../../platform/http/index.js';
import { lockTenant } from './access.js';
import { invalidGstin, planLimitReached, storeArchived, storeCodeTaken, storeNotFound, tenantNotFound } from './domain/errors.js';
import { gstinProblem, isStateCode } from '../../kernel/gstin.js';
import { fits, PLAN_LIMITS } from './domain/plans.js';
import { activeStores, planOf } from './plans.js';

export interface StoreRow {
  id: string;
  tenant_id: string;
  name: string;
  code: string | null;
  address: string | null;
  gstin: string | null;
  state_code: string | null;
  status: 'active' | 'archived';
  version: number;
  created_at: Date;
  updated_at: Date;
  archived_at: Date | null;
}

export interface StoreInput {
  name?: string | undefined;
  code?: string | null | undefined;
  address?: string | null | undefined;
  gstin?: string | null | undefined;
  stateCode?: string | null | undefined;
}

export function storeView(s: StoreRow) {
  return {
    id: s.id,
    name: s.name,
    code: s.code,
    address: s.address,
    gstin: s.gstin,
    stateCode: s.state_code,
    status: s.status,
    version: s.version,
    createdAt: new Date(s.created_at).toISOString(),
    updatedAt: new Date(s.updated_at).toISOString(),
    archivedAt: s.archived_at ? new Date(s.archived_at).toISOString() : null,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

/** The GSTIN must check out; the state code defaults to (and must agree with) the GSTIN's. */
export function gstFields(gstin: string | null | undefined, stateCode: string | null | undefined, path = 'body'): { gstin?: string | null; state_code?: string | null } {
  const out: { gstin?: string | null; state_code?: string | null } = {};
  if (gstin !== undefined) {
    const value = gstin === null ? null : gstin.trim().toUpperCase();
    if (value !== null) {
      const problem = gstinProblem(value);
      if (problem) throw invalidGstin(problem, `${path}.gstin`);
      if (stateCode && stateCode !== value.slice(0, 2)) throw invalidGstin('state code differs from the GSTIN', `${path}.stateCode`);
      out.state_code = value.slice(0, 2);
    }
    out.gstin = value;
  }
  if (stateCode && !isStateCode(stateCode)) throw invalidGstin('unknown GST state code', `${path}.stateCode`);
  if (stateCode !== undefined && out.state_code === undefined) out.state_code = stateCode;
  return out;
}

/** Stores / branches of a business; the plan limits how many are active. */
export class StoreService {
  constructor(private readonly db: Database) {}

  async list(tenantId: string, page: { cursor?: string | undefined; limit: number; status?: 'active' | 'archived' | undefined }) {
    const after = decodeCursor(page.cursor);
    if (after && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(after.id)) {
      throw new AppError('validation', 'REQUEST.INVALID_CURSOR', 'The cursor is not one this API issued', { errors: [{ path: 'querystring.cursor', message: 'invalid cursor' }] });
    }
    const rows = await this.db.withTenant(tenantId, (tx) => {
      let query = tx.selectFrom('identity.stores').selectAll().where('tenant_id', '=', tenantId);
      if (page.status) query = query.where('status', '=', page.status);
      // Ids are UUIDv7, so id order is creation order (and exact, unlike millisecond timestamps).
      if (after) query = query.where('id', '>', after.id);
      return query.orderBy('id').limit(page.limit + 1).$castTo<StoreRow>().execute();
    });
    return toPage(rows, page.limit, (r) => ({ k: null, id: r.id }));
  }

  async get(tenantId: string, id: string): Promise<StoreRow> {
    const row = await this.db.withTenant(tenantId, (tx) => find(tx, tenantId, id));
    if (!row) throw storeNotFound();
    return row;
  }

  async create(inv: Invocation, input: StoreInput & { name: string }): Promise<StoreRow> {
    const gst = gstFields(input.gstin, input.stateCode);
    try {
      return await this.db.withTenant(inv.tenantId, async (tx) => {
        const tenant = await lockTenant(tx, inv.tenantId);
        if (!tenant) throw tenantNotFound();
        const plan = planOf(tenant.plan);
        const limit = PLAN_LIMITS[plan].stores;
        if (!fits(limit, await activeStores(tx, inv.tenantId))) throw planLimitReached('stores', limit ?? 0, plan);
        const row = await tx
          .insertInto('identity.stores')
          .values({
            id: newId(),
            tenant_id: inv.tenantId,
            name: input.name.trim(),
            code: input.code?.trim() || null,
            address: input.address?.trim() || null,
            gstin: gst.gstin ?? null,
            state_code: gst.state_code ?? null,
          })
          .returningAll()
          .$castTo<StoreRow>()
          .executeTakeFirstOrThrow();
        await recordAudit(tx, auditFromInvocation(inv, 'store.created', 'store', row.id, null, storeView(row)));
        await appendEvent(tx, { type: 'store.created', tenantId: inv.tenantId, actor: inv.actor, data: storeView(row) });
        return row;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw storeCodeTaken();
      throw error;
    }
  }

  async update(inv: Invocation, id: string, expectedVersion: number, input: StoreInput): Promise<StoreRow> {
    const gst = gstFields(input.gstin, input.stateCode);
    try {
      return await this.db.withTenant(inv.tenantId, async (tx) => {
        const before = await find(tx, inv.tenantId, id, true);
        if (!before) throw storeNotFound();
        if (before.status === 'archived') throw storeArchived();
        if (before.version !== expectedVersion) throw staleVersion(before.version);
        const row = await tx
          .updateTable('identity.stores')
          .set({
            ...(input.name !== undefined && { name: input.name.trim() }),
            ...(input.code !== undefined && { code: input.code?.trim() || null }),
            ...(input.address !== undefined && { address: input.address?.trim() || null }),
            ...gst,
            version: sql`version + 1`,
            updated_at: now(),
          })
          .where('id', '=', id)
          .returningAll()
          .$castTo<StoreRow>()
          .executeTakeFirstOrThrow();
        await recordAudit(tx, auditFromInvocation(inv, 'store.updated', 'store', id, storeView(before), storeView(row)));
        await appendEvent(tx, { type: 'store.updated', tenantId: inv.tenantId, actor: inv.actor, data: storeView(row) });
        return row;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw storeCodeTaken();
      throw error;
    }
  }

  async archive(inv: Invocation, id: string): Promise<StoreRow> {
    return this.db.withTenant(inv.tenantId, async (tx) => {
      const before = await find(tx, inv.tenantId, id, true);
      if (!before) throw storeNotFound();
      if (before.status === 'archived') return before;
      const at = now();
      const row = await tx
        .updateTable('identity.stores')
        .set({ status: 'archived', archived_at: at, version: sql`version + 1`, updated_at: at })
        .where('id', '=', id)
        .returningAll()
        .$castTo<StoreRow>()
        .executeTakeFirstOrThrow();
      await recordAudit(tx, auditFromInvocation(inv, 'store.archived', 'store', id, storeView(before), storeView(row)));
      await appendEvent(tx, { type: 'store.archived', tenantId: inv.tenantId, actor: inv.actor, data: storeView(row) });
      return row;
    });
  }
}

function find(tx: Tx, tenantId: string, id: string, lock = false): Promise<StoreRow | undefined> {
  let query = tx.selectFrom('identity.stores').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.$castTo<StoreRow>().executeTakeFirst();
}
