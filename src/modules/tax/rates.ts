import { sql } from 'kysely';
import { AppError, newId, type Invocation } from '../../kernel/index.js';
import { auditFromInvocation, recordAudit } from '../../platform/audit/index.js';
import type { Database, Tx } from '../../platform/db/index.js';
import { appendEvent } from '../../platform/events/index.js';
import { decodeCursor, staleVersion, toPage } from '../../platform/http/index.js';
import { COUNTRY_DEFAULTS } from './domain/rates-defaults.js';
import { codeTaken, exemptionNotFound, invalidGroup, noDefaults, rateInUse, taxGroupNotFound, taxRateNotFound } from './errors.js';

export interface TaxRateRow {
  id: string;
  code: string;
  name: string;
  percent: string;
  kind: 'tax' | 'retention';
  compound: boolean;
  inclusive: boolean;
  jurisdiction: string;
  archived: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface TaxGroupRow {
  id: string;
  code: string;
  name: string;
  version: number;
  created_at: Date;
  updated_at: Date;
  components: TaxRateRow[];
}

export interface ExemptionRow {
  id: string;
  party_id: string | null;
  category: string | null;
  reason: string;
  certificate: string | null;
  valid_from: string;
  valid_to: string | null;
  version: number;
  created_at: Date;
}

export function rateView(r: TaxRateRow) {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    percent: r.percent,
    kind: r.kind,
    compound: r.compound,
    inclusive: r.inclusive,
    jurisdiction: r.jurisdiction,
    archived: r.archived,
    version: r.version,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

export function groupView(g: TaxGroupRow) {
  return { id: g.id, code: g.code, name: g.name, components: g.components.map(rateView), version: g.version, createdAt: g.created_at.toISOString(), updatedAt: g.updated_at.toISOString() };
}

export function exemptionView(e: ExemptionRow) {
  return {
    id: e.id,
    partyId: e.party_id,
    category: e.category,
    reason: e.reason,
    certificate: e.certificate,
    validFrom: e.valid_from,
    validTo: e.valid_to,
    version: e.version,
    createdAt: e.created_at.toISOString(),
  };
}

const RATE_COLUMNS = sql`id, code, name, trim_scale(percent)::text as percent, kind, compound, inclusive, jurisdiction, archived, version, created_at, updated_at`;
const EXEMPTION_COLUMNS = sql`id, party_id, category, reason, certificate, valid_from::text as valid_from, valid_to::text as valid_to, version, created_at`;

const isUnique = (error: unknown) => (error as { code?: unknown } | null)?.code === '23505';

function afterId(cursor: string | undefined): string | undefined {
  const position = decodeCursor(cursor);
  if (!position) return undefined;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(position.id)) {
    throw new AppError('validation', 'REQUEST.INVALID_CURSOR', 'The cursor is not one this API issued', { errors: [{ path: 'querystring.cursor', message: 'invalid cursor' }] });
  }
  return position.id;
}

export interface RateInput {
  code: string;
  name: string;
  percent: string;
  kind?: 'tax' | 'retention' | undefined;
  compound?: boolean | undefined;
  inclusive?: boolean | undefined;
  jurisdiction: string;
}

/** Tax rates, tax groups and exemptions of a tenant (VAT, sales tax, retentions). */
export class TaxRatesService {
  constructor(private readonly db: Database) {}

  // ---------- rates ----------

  async listRates(tenantId: string, q: { limit: number; cursor?: string | undefined; jurisdiction?: string | undefined; archived?: 'true' | 'false' | undefined }) {
    const after = afterId(q.cursor);
    const rows = await this.db.withTenant(tenantId, async (tx) => {
      const { rows } = await sql<TaxRateRow>`
        select ${RATE_COLUMNS} from tax.rates
         where true
           ${q.jurisdiction ? sql`and (jurisdiction = ${q.jurisdiction} or jurisdiction like ${`${q.jurisdiction}-%`})` : sql``}
           ${q.archived ? sql`and archived = ${q.archived === 'true'}` : sql``}
           ${after ? sql`and id > ${after}::uuid` : sql``}
         order by id limit ${q.limit + 1}`.execute(tx);
      return rows;
    });
    return toPage(rows, q.limit, (r) => ({ k: null, id: r.id }));
  }

  async getRate(tenantId: string, id: string): Promise<TaxRateRow> {
    const row = await this.db.withTenant(tenantId, (tx) => findRate(tx, id));
    if (!row) throw taxRateNotFound();
    return row;
  }

  async createRate(inv: Invocation, input: RateInput): Promise<TaxRateRow> {
    if (input.compound && input.kind === 'retention') throw invalidRetention();
    try {
      return await this.db.withTenant(inv.tenantId, async (tx) => {
        const row = await insertRate(tx, inv.tenantId, input);
        await recordAudit(tx, auditFromInvocation(inv, 'tax_rate.created', 'tax_rate', row.id, null, rateView(row)));
        await appendEvent(tx, { type: 'tax_rate.created', tenantId: inv.tenantId, actor: inv.actor, data: rateView(row) });
        return row;
      });
    } catch (error) {
      if (isUnique(error)) throw codeTaken('tax rate', 'body.code');
      throw error;
    }
  }

  async updateRate(
    inv: Invocation,
    id: string,
    expectedVersion: number,
    input: { name?: string | undefined; percent?: string | undefined; compound?: boolean | undefined; inclusive?: boolean | undefined; jurisdiction?: string | undefined; archived?: boolean | undefined },
  ): Promise<TaxRateRow> {
    return this.db.withTenant(inv.tenantId, async (tx) => {
      const before = await findRate(tx, id, true);
      if (!before) throw taxRateNotFound();
      if (before.version !== expectedVersion) throw staleVersion(before.version);
      if ((input.compound ?? before.compound) && before.kind === 'retention') throw invalidRetention();
      const { rows } = await sql<TaxRateRow>`
        update tax.rates set
          name = ${input.name ?? before.name},
          percent = ${input.percent ?? before.percent}::numeric,
          compound = ${input.compound ?? before.compound},
          inclusive = ${input.inclusive ?? before.inclusive},
          jurisdiction = ${input.jurisdiction ?? before.jurisdiction},
          archived = ${input.archived ?? before.archived},
          version = version + 1, updated_at = now()
        where id = ${id} returning ${RATE_COLUMNS}`.execute(tx);
      const row = rows[0]!;
      await recordAudit(tx, auditFromInvocation(inv, 'tax_rate.updated', 'tax_rate', id, rateView(before), rateView(row)));
      await appendEvent(tx, { type: 'tax_rate.updated', tenantId: inv.tenantId, actor: inv.actor, data: rateView(row) });
      return row;
    });
  }

  /** Deletes a rate no group uses (archive it otherwise: documents may refer to it). */
  async deleteRate(inv: Invocation, id: string): Promise<void> {
    await this.db.withTenant(inv.tenantId, async (tx) => {
      const before = await findRate(tx, id, true);
      if (!before) throw taxRateNotFound();
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from tax.group_components where rate_id = ${id}`.execute(tx);
      if (rows[0]!.n > 0) throw rateInUse();
      await sql`delete from tax.rates where id = ${id}`.execute(tx);
      await recordAudit(tx, auditFromInvocation(inv, 'tax_rate.deleted', 'tax_rate', id, rateView(before), null));
      await appendEvent(tx, { type: 'tax_rate.deleted', tenantId: inv.tenantId, actor: inv.actor, data: rateView(before) });
    });
  }

  // ---------- groups ----------

  async listGroups(tenantId: string, q: { limit: number; cursor?: string | undefined }) {
    const after = afterId(q.cursor);
    const rows = await this.db.withTenant(tenantId, async (tx) => {
      const { rows } = await sql<Omit<TaxGroupRow, 'components'>>`
        select id, code, name, version, created_at, updated_at from tax.groups
         where true ${after ? sql`and id > ${after}::uuid` : sql``} order by id limit ${q.limit + 1}`.execute(tx);
      const components = await componentsOf(tx, rows.map((r) => r.id));
      return rows.map((r) => ({ ...r, components: components.get(r.id) ?? [] }));
    });
    return toPage(rows, q.limit, (r) => ({ k: null, id: r.id }));
  }

  async getGroup(tenantId: string, id: string): Promise<TaxGroupRow> {
    const row = await this.db.withTenant(tenantId, (tx) => findGroup(tx, id));
    if (!row) throw taxGroupNotFound();
    return row;
  }

  async createGroup(inv: Invocation, input: { code: string; name: string; rateIds: string[] }): Promise<TaxGroupRow> {
    try {
      return await this.db.withTenant(inv.tenantId, async (tx) => {
        await checkComponents(tx, input.rateIds, 'body.rateIds');
        const id = newId();
        await sql`insert into tax.groups (tenant_id, id, code, name) values (${inv.tenantId}, ${id}, ${input.code}, ${input.name})`.execute(tx);
        await setComponents(tx, inv.tenantId, id, input.rateIds);
        const row = (await findGroup(tx, id))!;
        await recordAudit(tx, auditFromInvocation(inv, 'tax_group.created', 'tax_group', id, null, groupView(row)));
        await appendEvent(tx, { type: 'tax_group.created', tenantId: inv.tenantId, actor: inv.actor, data: groupView(row) });
        return row;
      });
    } catch (error) {
      if (isUnique(error)) throw codeTaken('tax group', 'body.code');
      throw error;
    }
  }

  async updateGroup(inv: Invocation, id: string, expectedVersion: number, input: { name?: string | undefined; rateIds?: string[] | undefined }): Promise<TaxGroupRow> {
    return this.db.withTenant(inv.tenantId, async (tx) => {
      const before = await findGroup(tx, id, true);
      if (!before) throw taxGroupNotFound();
      if (before.version !== expectedVersion) throw staleVersion(before.version);
      if (input.rateIds) {
        await checkComponents(tx, input.rateIds, 'body.rateIds');
        await sql`delete from tax.group_components where group_id = ${id}`.execute(tx);
        await setComponents(tx, inv.tenantId, id, input.rateIds);
      }
      await sql`update tax.groups set name = ${input.name ?? before.name}, version = version + 1, updated_at = now() where id = ${id}`.execute(tx);
      const row = (await findGroup(tx, id))!;
      await recordAudit(tx, auditFromInvocation(inv, 'tax_group.updated', 'tax_group', id, groupView(before), groupView(row)));
      await appendEvent(tx, { type: 'tax_group.updated', tenantId: inv.tenantId, actor: inv.actor, data: groupView(row) });
      return row;
    });
  }

  async deleteGroup(inv: Invocation, id: string): Promise<void> {
    await this.db.withTenant(inv.tenantId, async (tx) => {
      const before = await findGroup(tx, id, true);
      if (!before) throw taxGroupNotFound();
      await sql`delete from tax.groups where id = ${id}`.execute(tx);
      await recordAudit(tx, auditFromInvocation(inv, 'tax_group.deleted', 'tax_group', id, groupView(before), null));
      await appendEvent(tx, { type: 'tax_group.deleted', tenantId: inv.tenantId, actor: inv.actor, data: groupView(before) });
    });
  }

  /** Rates and groups by id, in the caller's transaction (for the calculator). */
  async resolve(tx: Tx, rateIds: readonly string[], groupIds: readonly string[]): Promise<{ rates: Map<string, TaxRateRow>; groups: Map<string, TaxRateRow[]> }> {
    const rates = new Map<string, TaxRateRow>();
    if (rateIds.length > 0) {
      const { rows } = await sql<TaxRateRow>`select ${RATE_COLUMNS} from tax.rates where id = any(${[...new Set(rateIds)]}::uuid[])`.execute(tx);
      for (const r of rows) rates.set(r.id, r);
    }
    return { rates, groups: groupIds.length > 0 ? await componentsOf(tx, [...new Set(groupIds)]) : new Map() };
  }

  // ---------- defaults ----------

  /** Adds the country's default rates and groups; codes the tenant already has are left alone. */
  async seedDefaults(inv: Invocation, country: string): Promise<{ country: string; note: string; ratesCreated: number; groupsCreated: number }> {
    const defaults = COUNTRY_DEFAULTS[country];
    if (!defaults) throw noDefaults(country);
    return this.db.withTenant(inv.tenantId, async (tx) => {
      let ratesCreated = 0;
      let groupsCreated = 0;
      for (const rate of defaults.rates) {
        const { rows } = await sql<{ id: string }>`
          insert into tax.rates (tenant_id, id, code, name, percent, kind, compound, inclusive, jurisdiction)
          values (${inv.tenantId}, ${newId()}, ${rate.code}, ${rate.name}, ${rate.percent}::numeric, ${rate.kind}, ${rate.compound ?? false}, ${rate.inclusive ?? false}, ${rate.jurisdiction})
          on conflict (tenant_id, code) do nothing returning id`.execute(tx);
        ratesCreated += rows.length;
      }
      const { rows: known } = await sql<{ id: string; code: string }>`select id, code from tax.rates where code = any(${defaults.rates.map((r) => r.code)}::text[])`.execute(tx);
      const idOf = new Map(known.map((r) => [r.code, r.id]));
      for (const group of defaults.groups) {
        const id = newId();
        const { rows } = await sql<{ id: string }>`
          insert into tax.groups (tenant_id, id, code, name) values (${inv.tenantId}, ${id}, ${group.code}, ${group.name})
          on conflict (tenant_id, code) do nothing returning id`.execute(tx);
        if (rows.length === 0) continue;
        await setComponents(tx, inv.tenantId, id, group.rates.map((code) => idOf.get(code)!));
        groupsCreated += 1;
      }
      const summary = { country, note: defaults.note, ratesCreated, groupsCreated };
      if (ratesCreated + groupsCreated === 0) return summary;
      await recordAudit(tx, auditFromInvocation(inv, 'tax_rates.defaults_applied', 'tenant', inv.tenantId, null, summary));
      await appendEvent(tx, { type: 'tax_rates.defaults_applied', tenantId: inv.tenantId, actor: inv.actor, data: summary });
      return summary;
    });
  }

  // ---------- exemptions ----------

  async listExemptions(tenantId: string, q: { limit: number; cursor?: string | undefined; partyId?: string | undefined }) {
    const after = afterId(q.cursor);
    const rows = await this.db.withTenant(tenantId, async (tx) => {
      const { rows } = await sql<ExemptionRow>`
        select ${EXEMPTION_COLUMNS} from tax.exemptions
         where true ${q.partyId ? sql`and party_id = ${q.partyId}::uuid` : sql``} ${after ? sql`and id > ${after}::uuid` : sql``}
         order by id limit ${q.limit + 1}`.execute(tx);
      return rows;
    });
    return toPage(rows, q.limit, (r) => ({ k: null, id: r.id }));
  }

  async getExemption(tenantId: string, id: string): Promise<ExemptionRow> {
    const row = await this.db.withTenant(tenantId, async (tx) => (await sql<ExemptionRow>`select ${EXEMPTION_COLUMNS} from tax.exemptions where id = ${id}`.execute(tx)).rows[0]);
    if (!row) throw exemptionNotFound();
    return row;
  }

  async createExemption(
    inv: Invocation,
    input: { partyId?: string | undefined; category?: string | undefined; reason: string; certificate?: string | undefined; validFrom: string; validTo?: string | undefined },
  ): Promise<ExemptionRow> {
    return this.db.withTenant(inv.tenantId, async (tx) => {
      const { rows } = await sql<ExemptionRow>`
        insert into tax.exemptions (tenant_id, id, party_id, category, reason, certificate, valid_from, valid_to)
        values (${inv.tenantId}, ${newId()}, ${input.partyId ?? null}::uuid, ${input.category ?? null}, ${input.reason}, ${input.certificate ?? null},
                ${input.validFrom}::date, ${input.validTo ?? null}::date)
        returning ${EXEMPTION_COLUMNS}`.execute(tx);
      const row = rows[0]!;
      await recordAudit(tx, auditFromInvocation(inv, 'tax_exemption.created', 'tax_exemption', row.id, null, exemptionView(row)));
      await appendEvent(tx, { type: 'tax_exemption.created', tenantId: inv.tenantId, actor: inv.actor, data: exemptionView(row) });
      return row;
    });
  }

  async deleteExemption(inv: Invocation, id: string): Promise<void> {
    await this.db.withTenant(inv.tenantId, async (tx) => {
      const { rows } = await sql<ExemptionRow>`delete from tax.exemptions where id = ${id} returning ${EXEMPTION_COLUMNS}`.execute(tx);
      const row = rows[0];
      if (!row) throw exemptionNotFound();
      await recordAudit(tx, auditFromInvocation(inv, 'tax_exemption.deleted', 'tax_exemption', id, exemptionView(row), null));
      await appendEvent(tx, { type: 'tax_exemption.deleted', tenantId: inv.tenantId, actor: inv.actor, data: exemptionView(row) });
    });
  }

  /** The exemption in force on `date` for the party or any of the categories, if any. */
  async exemptionFor(tx: Tx, date: string, partyId: string | null, categories: readonly string[]): Promise<Map<string, string>> {
    const { rows } = await sql<{ party_id: string | null; category: string | null; reason: string }>`
      select party_id, category, reason from tax.exemptions
       where valid_from <= ${date}::date and (valid_to is null or valid_to >= ${date}::date)
         and ((party_id = ${partyId}::uuid and category is null) or (category = any(${[...categories]}::text[]) and (party_id is null or party_id = ${partyId}::uuid)))`.execute(tx);
    // Key '' is a party-wide exemption; other keys are categories.
    return new Map(rows.map((r) => [r.category ?? '', r.reason]));
  }
}

const invalidRetention = () =>
  new AppError('unprocessable', 'TAX.INVALID_RATE', 'A retention is computed on the net amount and cannot be compound', { errors: [{ path: 'body.compound', message: 'retentions cannot be compound' }] });

async function insertRate(tx: Tx, tenantId: string, input: RateInput): Promise<TaxRateRow> {
  const { rows } = await sql<TaxRateRow>`
    insert into tax.rates (tenant_id, id, code, name, percent, kind, compound, inclusive, jurisdiction)
    values (${tenantId}, ${newId()}, ${input.code}, ${input.name}, ${input.percent}::numeric, ${input.kind ?? 'tax'}, ${input.compound ?? false}, ${input.inclusive ?? false}, ${input.jurisdiction})
    returning ${RATE_COLUMNS}`.execute(tx);
  return rows[0]!;
}

async function findRate(tx: Tx, id: string, lock = false): Promise<TaxRateRow | undefined> {
  return (await sql<TaxRateRow>`select ${RATE_COLUMNS} from tax.rates where id = ${id} ${lock ? sql`for update` : sql``}`.execute(tx)).rows[0];
}

async function findGroup(tx: Tx, id: string, lock = false): Promise<TaxGroupRow | undefined> {
  const { rows } = await sql<Omit<TaxGroupRow, 'components'>>`select id, code, name, version, created_at, updated_at from tax.groups where id = ${id} ${lock ? sql`for update` : sql``}`.execute(tx);
  const row = rows[0];
  if (!row) return undefined;
  return { ...row, components: (await componentsOf(tx, [id])).get(id) ?? [] };
}

async function componentsOf(tx: Tx, groupIds: readonly string[]): Promise<Map<string, TaxRateRow[]>> {
  const out = new Map<string, TaxRateRow[]>();
  if (groupIds.length === 0) return out;
  const { rows } = await sql<TaxRateRow & { group_id: string }>`
    select c.group_id, r.id, r.code, r.name, trim_scale(r.percent)::text as percent, r.kind, r.compound, r.inclusive, r.jurisdiction, r.archived, r.version, r.created_at, r.updated_at
      from tax.group_components c join tax.rates r on r.tenant_id = c.tenant_id and r.id = c.rate_id
     where c.group_id = any(${[...groupIds]}::uuid[]) order by c.group_id, c.position`.execute(tx);
  for (const { group_id, ...rate } of rows) out.set(group_id, [...(out.get(group_id) ?? []), rate]);
  return out;
}

async function checkComponents(tx: Tx, rateIds: readonly string[], path: string): Promise<void> {
  const issues = rateIds.flatMap((id, i) => (rateIds.indexOf(id) !== i ? [{ path: `${path}[${i}]`, message: 'given twice' }] : []));
  const { rows } = await sql<{ id: string; archived: boolean }>`select id, archived from tax.rates where id = any(${[...rateIds]}::uuid[])`.execute(tx);
  const found = new Map(rows.map((r) => [r.id, r]));
  rateIds.forEach((id, i) => {
    const rate = found.get(id);
    if (!rate) issues.push({ path: `${path}[${i}]`, message: 'no such tax rate' });
    else if (rate.archived) issues.push({ path: `${path}[${i}]`, message: 'the rate is archived' });
  });
  if (issues.length > 0) throw invalidGroup(issues);
}

async function setComponents(tx: Tx, tenantId: string, groupId: string, rateIds: readonly string[]): Promise<void> {
  await sql`
    insert into tax.group_components (tenant_id, group_id, position, rate_id)
    select ${tenantId}::uuid, ${groupId}::uuid, p.position - 1, p.rate_id
      from unnest(${[...rateIds]}::uuid[]) with ordinality as p(rate_id, position)`.execute(tx);
}
