import { AppError, isRealDate, now, type Invocation } from '../../kernel/index.js';
import { auditFromInvocation, recordAudit } from '../../platform/audit/record.js';
import type { Database, Tx } from '../../platform/db/index.js';
import { staleVersion } from '../../platform/http/index.js';
import * as errors from './domain/errors.js';
import {
  fiscalYearOf,
  fits,
  isNumberedDocument,
  MAX_NUMBER_LENGTH,
  NUMBERED_DOCUMENTS,
  parseFormat,
  prefixOf,
  renderNumber,
  withPadding,
  type FiscalYear,
  type NumberedDocument,
  type ParsedFormat,
} from './domain/format.js';
import * as repo from './repo.js';

/** What numbering needs to know about the tenant; identity owns it. */
export interface TenantFacts {
  fiscalYearStartMonth: number;
  timezone: string;
}

export interface NumberingDeps {
  /** Reads the facts through identity's public API, in the given transaction (scoped to the tenant). */
  tenantFacts(tx: Tx, tenantId: string): Promise<TenantFacts>;
}

export interface SeriesView {
  documentType: NumberedDocument;
  format: string;
  prefix: string;
  padding: number;
  resetYearly: boolean;
  version: number;
  /** The fiscal year the figures below are for (today's, or the preview date's). */
  fiscalYear: string;
  /** The next sequence value of that fiscal year's counter. */
  nextNumber: number;
  /** How many numbers that counter has given out. */
  drawn: number;
  /** The number the next draw in that fiscal year gets; null when the series is full. */
  preview: string | null;
  updatedAt: string;
}

export interface UpdateSeriesInput {
  format?: string | undefined;
  prefix?: string | undefined;
  padding?: number | undefined;
  resetYearly?: boolean | undefined;
  nextNumber?: number | undefined;
  /** Any date in the fiscal year whose next number `nextNumber` sets (default: today). */
  date?: string | undefined;
}

const parsed = (format: string): ParsedFormat => {
  const result = parseFormat(format);
  if (!result.ok) throw new Error(`stored numbering format "${format}" is invalid: ${result.message}`);
  return result.format;
};

/** Largest sequence value whose number still fits in 16 characters in fiscal year `fy`. */
function capacity(format: ParsedFormat, fy: FiscalYear): bigint {
  const fixed = renderNumber(format, fy, 0n).length - format.padding;
  return 10n ** BigInt(Math.max(0, MAX_NUMBER_LENGTH - fixed)) - 1n;
}

const periodOf = (series: Pick<repo.SeriesRow, 'reset_yearly'>, fy: FiscalYear) => (series.reset_yearly ? fy.startYear : 0);

function todayIn(timezone: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now());
  } catch {
    return now().toISOString().slice(0, 10);
  }
}

function documentType(value: string): NumberedDocument {
  if (!isNumberedDocument(value)) throw errors.unknownDocumentType(value);
  return value;
}

export class NumberingService {
  constructor(
    private readonly db: Database,
    private readonly deps: NumberingDeps,
  ) {}

  // ---------------- tenant facts ----------------

  /**
   * The tenant's fiscal-year start month and time zone, from numbering's own copy (kept by the
   * tenant.created / tenant.updated events) inside `tx`. A tenant never seen before is looked up
   * through identity once and the copy written in `tx`.
   */
  private async factsIn(tx: Tx, tenantId: string): Promise<TenantFacts> {
    const row = await repo.tenantSettings(tx, tenantId);
    if (row) return { fiscalYearStartMonth: row.fiscal_year_start_month, timezone: row.timezone };
    const facts = await this.deps.tenantFacts(tx, tenantId);
    await repo.rememberTenantSettings(tx, tenantId, { fiscal_year_start_month: facts.fiscalYearStartMonth, timezone: facts.timezone });
    return facts;
  }

  /** As `factsIn`, for use cases that run their own transaction. */
  private async facts(tenantId: string): Promise<TenantFacts> {
    return this.db.withTenant(tenantId, (tx) => this.factsIn(tx, tenantId));
  }

  /** The event handler's half: identity changed the tenant. */
  async rememberTenant(tx: Tx, tenantId: string, facts: TenantFacts): Promise<void> {
    await repo.saveTenantSettings(tx, tenantId, { fiscal_year_start_month: facts.fiscalYearStartMonth, timezone: facts.timezone });
  }

  // ---------------- drawing ----------------

  /**
   * Draws the next number in the caller's transaction. The series row is share-locked (a settings
   * change waits) and the counter row stays locked until the caller commits or rolls back.
   */
  async next(tx: Tx, tenantId: string, type: string, date: string): Promise<string> {
    const doc = documentType(type);
    if (typeof date !== 'string' || !isRealDate(date)) {
      throw new AppError('validation', 'NUMBERING.INVALID_DATE', 'The document date must be a calendar date YYYY-MM-DD', { errors: [{ path: 'date', message: 'not a calendar date' }] });
    }
    const facts = await this.factsIn(tx, tenantId);
    const fy = fiscalYearOf(date, facts.fiscalYearStartMonth);
    const series = await repo.lockSeries(tx, tenantId, doc, 'share');
    const format = parsed(series.format);
    const max = capacity(format, fy);
    const value = await repo.drawValue(tx, tenantId, doc, periodOf(series, fy), max);
    if (value === undefined) throw errors.seriesExhausted(doc, renderNumber(format, fy, max + 1n));
    return renderNumber(format, fy, value);
  }

  // ---------------- reading ----------------

  async list(tenantId: string): Promise<SeriesView[]> {
    const facts = await this.facts(tenantId);
    const fy = fiscalYearOf(todayIn(facts.timezone), facts.fiscalYearStartMonth);
    return this.db.withTenant(tenantId, async (tx) => {
      await repo.ensureSeries(tx, tenantId);
      const rows = await repo.listSeries(tx, tenantId);
      const found = await repo.counters(tx, tenantId, rows.map((r) => ({ type: r.document_type, period: periodOf(r, fy) })));
      const byType = new Map(rows.map((r) => [r.document_type, r]));
      return NUMBERED_DOCUMENTS.map((type) => {
        const row = byType.get(type)!;
        return view(row, fy, found.find((c) => c.document_type === type && c.period === periodOf(row, fy)));
      });
    });
  }

  async get(tenantId: string, type: string, date?: string): Promise<SeriesView> {
    const doc = documentType(type);
    const facts = await this.facts(tenantId);
    const fy = fiscalYearOf(date ?? todayIn(facts.timezone), facts.fiscalYearStartMonth);
    return this.db.withTenant(tenantId, async (tx) => {
      const row = await repo.lockSeries(tx, tenantId, doc, 'none');
      return view(row, fy, await repo.counter(tx, tenantId, doc, periodOf(row, fy)));
    });
  }

  /** The number a document of this type dated `date` (default today) would get now, drawing nothing. */
  async preview(tenantId: string, type: string, date?: string) {
    const doc = documentType(type);
    const facts = await this.facts(tenantId);
    const day = date ?? todayIn(facts.timezone);
    const v = await this.get(tenantId, doc, day);
    return { documentType: doc, date: day, fiscalYear: v.fiscalYear, nextNumber: v.nextNumber, number: v.preview };
  }

  // ---------------- settings ----------------

  async update(inv: Invocation, type: string, expected: number, input: UpdateSeriesInput): Promise<SeriesView> {
    const doc = documentType(type);
    if (input.format !== undefined && input.prefix !== undefined) throw errors.formatAndPrefix();
    const facts = await this.facts(inv.tenantId);
    const fy = fiscalYearOf(input.date ?? todayIn(facts.timezone), facts.fiscalYearStartMonth);
    return this.db.withTenant(inv.tenantId, async (tx) => {
      const before = await repo.lockSeries(tx, inv.tenantId, doc, 'update');
      if (before.version !== expected) throw staleVersion(before.version);
      const beforeCounter = await repo.counter(tx, inv.tenantId, doc, periodOf(before, fy), true);

      // The new format: a whole template, or a prefix with the (current or given) padding, or just a new padding.
      const currentPadding = parsed(before.format).padding;
      let format = before.format;
      let path = 'body.format';
      if (input.format !== undefined) format = input.padding !== undefined ? withPadding(input.format, input.padding) : input.format;
      else if (input.prefix !== undefined) {
        format = `${input.prefix}{SEQ:${input.padding ?? currentPadding}}`;
        path = 'body.prefix';
      } else if (input.padding !== undefined) {
        format = withPadding(before.format, input.padding);
        path = 'body.padding';
      }
      const checked = parseFormat(format, path);
      if (!checked.ok) throw errors.invalidFormat(checked.code, checked.message, checked.issues);
      const resetYearly = input.resetYearly ?? before.reset_yearly;
      if (resetYearly && !checked.format.hasYear) throw errors.resetNeedsYear(input.resetYearly !== undefined ? 'body.resetYearly' : path);
      if (resetYearly !== before.reset_yearly && (await repo.anyDrawn(tx, inv.tenantId, doc))) throw errors.resetLocked();

      const period = resetYearly ? fy.startYear : 0;
      if (input.nextNumber !== undefined) {
        const current = period === periodOf(before, fy) ? beforeCounter : await repo.counter(tx, inv.tenantId, doc, period, true);
        const wanted = BigInt(input.nextNumber);
        if (current && BigInt(current.drawn) > 0n && wanted < BigInt(current.next_value)) throw errors.nextNumberBackwards(current.next_value);
        const number = renderNumber(checked.format, fy, wanted);
        if (!fits(number)) throw errors.nextNumberTooLong(number);
        await repo.setNextValue(tx, inv.tenantId, doc, period, wanted);
      }

      const after = await repo.updateSeries(tx, inv.tenantId, doc, expected, { format, reset_yearly: resetYearly });
      if (!after) throw staleVersion(before.version + 1);
      const afterCounter = await repo.counter(tx, inv.tenantId, doc, period);
      const beforeView = view(before, fy, beforeCounter);
      const afterView = view(after, fy, afterCounter);
      await recordAudit(tx, auditFromInvocation(inv, 'numbering.series_updated', 'numbering_series', doc, auditShape(beforeView), auditShape(afterView)));
      return afterView;
    });
  }
}

function view(row: repo.SeriesRow, fy: FiscalYear, counter: repo.CounterRow | undefined): SeriesView {
  const format = parsed(row.format);
  const next = counter ? BigInt(counter.next_value) : 1n;
  const number = renderNumber(format, fy, next);
  return {
    documentType: row.document_type,
    format: row.format,
    prefix: prefixOf(row.format),
    padding: format.padding,
    resetYearly: row.reset_yearly,
    version: row.version,
    fiscalYear: fy.label,
    nextNumber: Number(next),
    drawn: counter ? Number(counter.drawn) : 0,
    preview: fits(number) ? number : null,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

const auditShape = (v: SeriesView) => ({ format: v.format, resetYearly: v.resetYearly, fiscalYear: v.fiscalYear, nextNumber: v.nextNumber });
