import { sql } from 'kysely';
import { AppError, newId, type Invocation } from '../../kernel/index.js';
import { auditFromInvocation, recordAudit } from '../../platform/audit/index.js';
import type { Database, Db, Tx } from '../../platform/db/index.js';
import { appendEvent } from '../../platform/events/index.js';
import { decodeCursor, toPage } from '../../platform/http/index.js';
import { computeTds, financialYearOf, type TdsInput, type TdsResult } from './domain/tds.js';
import { sectionOn, TDS_SECTIONS, type TdsSection } from './domain/tds-sections.js';
import { bodyPaths, deductionNotFound } from './errors.js';
import type { TdsPostingInput } from './tds-posting.js';

export interface TdsRecordInput {
  partyId: string;
  section: string;
  date: string;
  amount: string;
  pan: string | null;
  rateKey?: string | undefined;
  reference?: string | undefined;
}

export interface DeductionRow {
  id: string;
  party_id: string;
  section: string;
  kind: 'tds' | 'tcs';
  amount: string;
  base: string;
  percent: string;
  deduction: string;
  deducted_on: string;
  due_date: string;
  financial_year: string;
  reference: string | null;
  created_at: Date;
}

export function deductionView(d: DeductionRow) {
  return {
    id: d.id,
    partyId: d.party_id,
    section: d.section,
    kind: d.kind,
    amount: d.amount,
    base: d.base,
    percent: d.percent,
    deduction: d.deduction,
    deductedOn: d.deducted_on,
    dueDate: d.due_date,
    financialYear: d.financial_year,
    reference: d.reference,
    createdAt: d.created_at.toISOString(),
  };
}

const COLUMNS = sql`id, party_id, section, kind, amount::text as amount, base::text as base, trim_scale(percent)::text as percent, deduction::text as deduction,
  deducted_on::text as deducted_on, due_date::text as due_date, financial_year, reference, created_at`;

/** Payment data of `tds.payment_due`: what one tenant must deposit by one date. */
export interface TdsPaymentDue {
  dueDate: string;
  total: string;
  deductions: { id: string; partyId: string; section: string; kind: 'tds' | 'tcs'; deduction: string; deductedOn: string }[];
}

/** Posts a recorded deduction to the ledger in the same transaction; returns the entry id (null when nothing to post). */
export type TdsPoster = (tx: Tx, inv: Invocation, input: TdsPostingInput) => Promise<string | null>;

export class TdsService {
  constructor(
    private readonly db: Database,
    private readonly poster?: TdsPoster,
  ) {}

  sections(date?: string): readonly TdsSection[] {
    return date ? TDS_SECTIONS.filter((s) => sectionOn(s.section, date) === s) : TDS_SECTIONS;
  }

  compute(input: TdsInput): TdsResult {
    return computeTds(input);
  }

  /**
   * Records a payment or credit to a party under a section, with the tax deducted on it computed
   * from the party's year-to-date payments under that section (recorded here), all in one transaction.
   */
  async record(inv: Invocation, input: TdsRecordInput) {
    return this.db.withTenant(inv.tenantId, (tx) => this.recordIn(tx, inv, input));
  }

  /** As `record`, in the caller's transaction (a vendor bill records its deduction with its own posting). */
  async recordIn(tx: Tx, inv: Invocation, input: TdsRecordInput) {
    // One party's payments are recorded one at a time, so two concurrent payments cannot both miss the threshold.
    await sql`select pg_advisory_xact_lock(hashtext(${`tds|${input.partyId}|${input.section}`}))`.execute(tx);
    const fy = financialYearOf(input.date);
    const { rows: ytd } = await sql<{ amount: string; taxed: string }>`
      select coalesce(sum(amount), 0)::text as amount, coalesce(sum(base), 0)::text as taxed from tax.tds_deductions
       where party_id = ${input.partyId}::uuid and section = ${input.section} and financial_year = ${fy} and deducted_on <= ${input.date}::date`.execute(tx);
    let computation: TdsResult;
    try {
      computation = computeTds({ ...input, yearToDate: { amount: ytd[0]!.amount, taxedAmount: ytd[0]!.taxed } });
    } catch (error) {
      throw bodyPaths(error);
    }
    const { rows } = await sql<DeductionRow>`
      insert into tax.tds_deductions (tenant_id, id, party_id, section, kind, amount, base, percent, deduction, deducted_on, due_date, financial_year, reference)
      values (${inv.tenantId}, ${newId()}, ${input.partyId}::uuid, ${computation.section}, ${computation.kind}, ${input.amount}::numeric, ${computation.base}::numeric,
              ${computation.percent}::numeric, ${computation.deduction}::numeric, ${input.date}::date, ${computation.dueDate}::date, ${fy}, ${input.reference ?? null})
      returning ${COLUMNS}`.execute(tx);
    const row = rows[0]!;
    if (this.poster) {
      await this.poster(tx, inv, { deductionId: row.id, partyId: row.party_id, kind: row.kind, section: row.section, deduction: row.deduction, date: input.date, reference: input.reference ?? null });
    }
    await recordAudit(tx, auditFromInvocation(inv, 'tds_deduction.recorded', 'tds_deduction', row.id, null, deductionView(row)));
    await appendEvent(tx, { type: 'tds_deduction.recorded', tenantId: inv.tenantId, actor: inv.actor, data: deductionView(row) });
    return { row, computation };
  }

  async list(tenantId: string, q: { limit: number; cursor?: string | undefined; partyId?: string | undefined; section?: string | undefined; financialYear?: string | undefined }) {
    const position = decodeCursor(q.cursor);
    if (position && !/^[0-9a-f-]{36}$/i.test(position.id)) {
      throw new AppError('validation', 'REQUEST.INVALID_CURSOR', 'The cursor is not one this API issued', { errors: [{ path: 'querystring.cursor', message: 'invalid cursor' }] });
    }
    const rows = await this.db.withTenant(tenantId, async (tx) => {
      const { rows } = await sql<DeductionRow>`
        select ${COLUMNS} from tax.tds_deductions
         where true
           ${q.partyId ? sql`and party_id = ${q.partyId}::uuid` : sql``}
           ${q.section ? sql`and section = ${q.section}` : sql``}
           ${q.financialYear ? sql`and financial_year = ${q.financialYear}` : sql``}
           ${position ? sql`and id > ${position.id}::uuid` : sql``}
         order by id limit ${q.limit + 1}`.execute(tx);
      return rows;
    });
    return toPage(rows, q.limit, (r) => ({ k: null, id: r.id }));
  }

  async get(tenantId: string, id: string): Promise<DeductionRow> {
    const row = await this.db.withTenant(tenantId, async (tx) => (await sql<DeductionRow>`select ${COLUMNS} from tax.tds_deductions where id = ${id}`.execute(tx)).rows[0]);
    if (!row) throw deductionNotFound();
    return row;
  }
}

/**
 * Emits `tds.payment_due` once per tenant and due date for deductions due within `withinDays` of
 * `today` that were not announced yet, marking them in the same transaction (so each is announced
 * once, even with several workers). Runs on the owner connection: it looks across tenants.
 */
export async function announceDueTds(system: Db, today: string, withinDays: number): Promise<number> {
  return system.transaction().execute(async (tx) => {
    const { rows } = await sql<{ id: string; tenant_id: string; party_id: string; section: string; kind: 'tds' | 'tcs'; deduction: string; deducted_on: string; due_date: string }>`
      select id, tenant_id, party_id, section, kind, deduction::text as deduction, deducted_on::text as deducted_on, due_date::text as due_date
        from tax.tds_deductions
       where notified_at is null and deduction > 0 and due_date <= ${today}::date + ${withinDays}::int
       order by tenant_id, due_date, id
       for update skip locked
       limit 5000`.execute(tx);
    const batches = new Map<string, typeof rows>();
    for (const r of rows) batches.set(`${r.tenant_id}|${r.due_date}`, [...(batches.get(`${r.tenant_id}|${r.due_date}`) ?? []), r]);
    for (const batch of batches.values()) {
      const first = batch[0]!;
      const total = batch.reduce((sum, r) => sum + BigInt(r.deduction.replace('.', '')), 0n);
      const data: TdsPaymentDue = {
        dueDate: first.due_date,
        total: `${total / 100n}.${String(total % 100n).padStart(2, '0')}`,
        deductions: batch.map((r) => ({ id: r.id, partyId: r.party_id, section: r.section, kind: r.kind, deduction: r.deduction, deductedOn: r.deducted_on })),
      };
      await appendEvent(tx, { type: 'tds.payment_due', tenantId: first.tenant_id, actor: null, data });
    }
    if (rows.length > 0) await sql`update tax.tds_deductions set notified_at = now() where id = any(${rows.map((r) => r.id)}::uuid[])`.execute(tx);
    return batches.size;
  });
}
