import { sql } from 'kysely';
import { newId, now, type Invocation } from '../../kernel/index.js';
import { auditFromInvocation, recordAudit } from '../../platform/audit/index.js';
import type { Database, Tx } from '../../platform/db/index.js';
import { appendEvent } from '../../platform/events/index.js';
import { decodeCursor, encodeCursor, staleVersion } from '../../platform/http/index.js';
import { AppError } from '../../kernel/index.js';
import type { GstRateEntry } from './domain/gst-engine.js';
import { codeTaken, hsnCodeNotFound } from './errors.js';

export interface HsnSearchRow {
  code: string;
  kind: 'chapter' | 'goods' | 'services';
  description: string;
  gst_rate: string | null;
  cess_rate: string | null;
  cess_note: string | null;
  effective_from: string | null;
  source: 'master' | 'tenant';
  id: string | null;
}

export interface CustomHsnRow {
  id: string;
  code: string;
  kind: 'goods' | 'services';
  description: string;
  gst_rate: string;
  cess_rate: string | null;
  effective_from: string;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export function hsnView(r: HsnSearchRow) {
  return {
    code: r.code,
    kind: r.kind,
    description: r.description,
    gstRate: r.gst_rate,
    cessRate: r.cess_rate,
    cessNote: r.cess_note,
    effectiveFrom: r.effective_from,
    source: r.source,
    id: r.id,
  };
}

export function customHsnView(r: CustomHsnRow) {
  return {
    id: r.id,
    code: r.code,
    kind: r.kind,
    description: r.description,
    gstRate: r.gst_rate,
    cessRate: r.cess_rate,
    effectiveFrom: r.effective_from,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

const CUSTOM_COLUMNS = sql`id, code, kind, description, trim_scale(gst_rate)::text as gst_rate, trim_scale(cess_rate)::text as cess_rate,
  effective_from::text as effective_from, version, created_at, updated_at`;

export function today(): string {
  return now().toISOString().slice(0, 10);
}

/** Words of a search as a prefix tsquery (`comput:* & part:*`); null when nothing searchable is left. */
function prefixQuery(q: string): string | null {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length === 0 ? null : words.slice(0, 8).map((w) => `${w}:*`).join(' & ');
}

function offsetOf(cursor: string | undefined): number {
  const position = decodeCursor(cursor);
  if (!position) return 0;
  if (typeof position.k !== 'number' || !Number.isInteger(position.k) || position.k < 0 || position.k > 100_000) {
    throw new AppError('validation', 'REQUEST.INVALID_CURSOR', 'The cursor is not one this API issued', { errors: [{ path: 'querystring.cursor', message: 'invalid cursor' }] });
  }
  return position.k;
}

/** The published HSN/SAC schedule merged with the tenant's own codes and rates. */
export class HsnService {
  constructor(private readonly db: Database) {}

  /**
   * A code prefix ("84", "9983") lists codes under it, shortest first; words match descriptions
   * (prefixes of every word), best match first. Tenant rows replace the master row of their code
   * from their effective date.
   */
  async search(tenantId: string, query: { q?: string | undefined; kind?: string | undefined; date?: string | undefined; limit: number; cursor?: string | undefined }) {
    const date = query.date ?? today();
    const offset = offsetOf(query.cursor);
    const q = query.q?.trim() ?? '';
    const digits = /^[0-9]+$/.test(q);
    const words = digits ? null : prefixQuery(q);
    const rows = await this.db.withTenant(tenantId, async (tx) => {
      const { rows } = await sql<HsnSearchRow & { rank: number }>`
        with own as (select * from tax.tenant_hsn_codes),
        merged as (
          select c.code, c.kind, c.description, trim_scale(r.gst_rate)::text as gst_rate, trim_scale(r.cess_rate)::text as cess_rate, r.cess_note,
                 r.effective_from::text as effective_from, 'master' as source, null::uuid as id, c.search
            from tax.hsn_codes c
            left join lateral (select * from tax.hsn_rates x where x.code = c.code and x.effective_from <= ${date}::date order by x.effective_from desc limit 1) r on true
           where not exists (select 1 from own o where o.code = c.code and o.effective_from <= ${date}::date)
          union all
          select o.code, o.kind, o.description, trim_scale(o.gst_rate)::text, trim_scale(o.cess_rate)::text, null,
                 o.effective_from::text, 'tenant', o.id, to_tsvector('simple', o.description)
            from own o
           where o.effective_from <= ${date}::date or not exists (select 1 from tax.hsn_codes c where c.code = o.code))
        select code, kind, description, gst_rate, cess_rate, cess_note, effective_from, source, id,
               ${words ? sql`ts_rank(search, to_tsquery('simple', ${words}))` : sql`0`}::float4 as rank
          from merged
         where true
           ${query.kind ? sql`and kind = ${query.kind}` : sql``}
           ${digits ? sql`and code like ${`${q}%`}` : sql``}
           ${words ? sql`and search @@ to_tsquery('simple', ${words})` : sql``}
         order by ${digits ? sql`length(code), code` : words ? sql`rank desc, length(code), code` : sql`code`}
         limit ${query.limit + 1} offset ${offset}`.execute(tx);
      return rows;
    });
    const items = rows.slice(0, query.limit).map(({ rank: _rank, ...row }) => row);
    return { items, nextCursor: rows.length > query.limit ? encodeCursor({ k: offset + query.limit, id: 'offset' }) : null };
  }

  /** One code as in force on `date`, with its rate history (master and tenant). */
  async get(tenantId: string, code: string, date = today()) {
    const found = (await this.search(tenantId, { q: code, date, limit: 200 })).items.find((r) => r.code === code);
    if (!found) throw new AppError('not_found', 'TAX.HSN_CODE_NOT_FOUND', `No HSN/SAC code ${code}`);
    return this.db.withTenant(tenantId, async (tx) => {
      const { rows } = await sql<{ effective_from: string; gst_rate: string; cess_rate: string | null; cess_note: string | null; source: 'master' | 'tenant' }>`
        select effective_from::text as effective_from, trim_scale(gst_rate)::text as gst_rate, trim_scale(cess_rate)::text as cess_rate, cess_note, 'master' as source
          from tax.hsn_rates where code = ${code}
        union all
        select effective_from::text, trim_scale(gst_rate)::text, trim_scale(cess_rate)::text, null, 'tenant' from tax.tenant_hsn_codes where code = ${code}
        order by 1, 5`.execute(tx);
      return { ...hsnView(found), history: rows.map((r) => ({ effectiveFrom: r.effective_from, gstRate: r.gst_rate, cessRate: r.cess_rate, cessNote: r.cess_note, source: r.source })) };
    });
  }

  async getCustom(tenantId: string, id: string): Promise<CustomHsnRow> {
    const row = await this.db.withTenant(tenantId, (tx) => findCustom(tx, id));
    if (!row) throw hsnCodeNotFound();
    return row;
  }

  async create(inv: Invocation, input: { code: string; kind: 'goods' | 'services'; description: string; gstRate: string; cessRate?: string | null | undefined; effectiveFrom: string }) {
    try {
      return await this.db.withTenant(inv.tenantId, async (tx) => {
        const { rows } = await sql<CustomHsnRow>`
          insert into tax.tenant_hsn_codes (tenant_id, id, code, kind, description, gst_rate, cess_rate, effective_from)
          values (${inv.tenantId}, ${newId()}, ${input.code}, ${input.kind}, ${input.description}, ${input.gstRate}::numeric, ${input.cessRate ?? null}::numeric, ${input.effectiveFrom}::date)
          returning ${CUSTOM_COLUMNS}`.execute(tx);
        const row = rows[0]!;
        await recordAudit(tx, auditFromInvocation(inv, 'hsn_code.created', 'hsn_code', row.id, null, customHsnView(row)));
        await appendEvent(tx, { type: 'hsn_code.created', tenantId: inv.tenantId, actor: inv.actor, data: customHsnView(row) });
        return row;
      });
    } catch (error) {
      if ((error as { code?: unknown }).code === '23505') throw codeTaken('tenant HSN/SAC code', 'body.code');
      throw error;
    }
  }

  async update(inv: Invocation, id: string, expectedVersion: number, input: { description?: string | undefined; gstRate?: string | undefined; cessRate?: string | null | undefined; effectiveFrom?: string | undefined }) {
    return this.db.withTenant(inv.tenantId, async (tx) => {
      const before = await findCustom(tx, id, true);
      if (!before) throw hsnCodeNotFound();
      if (before.version !== expectedVersion) throw staleVersion(before.version);
      const { rows } = await sql<CustomHsnRow>`
        update tax.tenant_hsn_codes set
          description = ${input.description ?? before.description},
          gst_rate = ${input.gstRate ?? before.gst_rate}::numeric,
          cess_rate = ${input.cessRate === undefined ? before.cess_rate : input.cessRate}::numeric,
          effective_from = ${input.effectiveFrom ?? before.effective_from}::date,
          version = version + 1, updated_at = now()
        where id = ${id} returning ${CUSTOM_COLUMNS}`.execute(tx);
      const row = rows[0]!;
      await recordAudit(tx, auditFromInvocation(inv, 'hsn_code.updated', 'hsn_code', id, customHsnView(before), customHsnView(row)));
      await appendEvent(tx, { type: 'hsn_code.updated', tenantId: inv.tenantId, actor: inv.actor, data: customHsnView(row) });
      return row;
    });
  }

  async delete(inv: Invocation, id: string): Promise<void> {
    await this.db.withTenant(inv.tenantId, async (tx) => {
      const { rows } = await sql<CustomHsnRow>`delete from tax.tenant_hsn_codes where id = ${id} returning ${CUSTOM_COLUMNS}`.execute(tx);
      const row = rows[0];
      if (!row) throw hsnCodeNotFound();
      await recordAudit(tx, auditFromInvocation(inv, 'hsn_code.deleted', 'hsn_code', id, customHsnView(row), null));
      await appendEvent(tx, { type: 'hsn_code.deleted', tenantId: inv.tenantId, actor: inv.actor, data: customHsnView(row) });
    });
  }

  /**
   * Rate rows for the GST engine's in-memory resolver: every master rate of the codes and their
   * prefixes, with the tenant's own rows taking over from their effective date.
   */
  async rateEntries(tx: Tx, codes: readonly string[]): Promise<GstRateEntry[]> {
    const prefixes = [...new Set(codes.flatMap((c) => Array.from({ length: Math.max(0, c.length - 1) }, (_, i) => c.slice(0, i + 2))))];
    if (prefixes.length === 0) return [];
    const { rows: own } = await sql<{ code: string; gst_rate: string; cess_rate: string | null; effective_from: string }>`
      select code, trim_scale(gst_rate)::text as gst_rate, trim_scale(cess_rate)::text as cess_rate, effective_from::text as effective_from
        from tax.tenant_hsn_codes where code = any(${prefixes}::text[])`.execute(tx);
    const { rows: master } = await sql<{ code: string; gst_rate: string; cess_rate: string | null; effective_from: string }>`
      select code, trim_scale(gst_rate)::text as gst_rate, trim_scale(cess_rate)::text as cess_rate, effective_from::text as effective_from
        from tax.hsn_rates where code = any(${prefixes}::text[])`.execute(tx);
    const takeover = new Map(own.map((o) => [o.code, o.effective_from]));
    const entry = (r: { code: string; gst_rate: string; cess_rate: string | null; effective_from: string }, effectiveTo?: string): GstRateEntry => ({
      hsn: r.code,
      rate: r.gst_rate,
      effectiveFrom: r.effective_from,
      ...(effectiveTo !== undefined && { effectiveTo }),
      ...(r.cess_rate !== null && { cess: { percent: r.cess_rate } }),
    });
    const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    return [
      ...master.filter((m) => !takeover.has(m.code) || m.effective_from < takeover.get(m.code)!).map((m) => entry(m, takeover.has(m.code) ? dayBefore(takeover.get(m.code)!) : undefined)),
      ...own.map((o) => entry(o)),
    ];
  }
}

function findCustom(tx: Tx, id: string, lock = false): Promise<CustomHsnRow | undefined> {
  return sql<CustomHsnRow>`select ${CUSTOM_COLUMNS} from tax.tenant_hsn_codes where id = ${id} ${lock ? sql`for update` : sql``}`.execute(tx).then((r) => r.rows[0]);
}
