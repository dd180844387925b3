import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';

export type RateSource = 'manual' | 'csv' | 'provider';

export interface RateRow {
  id: string;
  currency: string;
  base_currency: string;
  rate_date: string;
  /** numeric as text, canonical (no trailing zeros). */
  rate: string;
  source: RateSource;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface NewRate {
  id: string;
  currency: string;
  date: string;
  rate: string;
  source: RateSource;
}

// numeric::text keeps every stored decimal; trim_scale drops the padding zeros of numeric(30,18).
const RATE_COLUMNS = sql`id, currency, base_currency, rate_date::text as rate_date, trim_scale(rate)::text as rate, source, version, created_at, updated_at`;

export interface RateFilter {
  currency?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  /** Keyset position: newest date first, then id. */
  after?: { date: string; id: string } | undefined;
}

export async function listRates(tx: Tx, f: RateFilter): Promise<RateRow[]> {
  const { rows } = await sql<RateRow>`
    select ${RATE_COLUMNS} from ledger.exchange_rates
    where true
      ${f.currency ? sql`and currency = ${f.currency}` : sql``}
      ${f.from ? sql`and rate_date >= ${f.from}::date` : sql``}
      ${f.to ? sql`and rate_date <= ${f.to}::date` : sql``}
      ${f.after ? sql`and (rate_date, id) < (${f.after.date}::date, ${f.after.id}::uuid)` : sql``}
    order by rate_date desc, id desc
    limit ${f.limit + 1}`.execute(tx);
  return rows;
}

export async function findRate(tx: Tx, id: string): Promise<RateRow | undefined> {
  const { rows } = await sql<RateRow>`select ${RATE_COLUMNS} from ledger.exchange_rates where id = ${id}`.execute(tx);
  return rows[0];
}

/** Inserts or replaces the rates of (currency, date); returns the rows as stored, with `created` telling new from replaced. */
export async function upsertRates(tx: Tx, tenantId: string, baseCurrency: string, rates: readonly NewRate[]): Promise<(RateRow & { created: boolean })[]> {
  if (rates.length === 0) return [];
  const { rows } = await sql<RateRow & { created: boolean }>`
    insert into ledger.exchange_rates as r (tenant_id, id, currency, base_currency, rate_date, rate, source)
    select ${tenantId}::uuid, x.id, x.currency, ${baseCurrency}, x.rate_date, x.rate, x.source
      from unnest(${rates.map((r) => r.id)}::uuid[], ${rates.map((r) => r.currency)}::text[], ${rates.map((r) => r.date)}::date[],
                  ${rates.map((r) => r.rate)}::numeric[], ${rates.map((r) => r.source)}::text[])
           as x(id, currency, rate_date, rate, source)
    on conflict (tenant_id, currency, base_currency, rate_date) do update
      set rate = excluded.rate, source = excluded.source, version = r.version + 1, updated_at = now()
    returning ${RATE_COLUMNS}, (xmax = 0) as created`.execute(tx);
  return rows;
}

export async function deleteRate(tx: Tx, id: string): Promise<RateRow | undefined> {
  const { rows } = await sql<RateRow>`delete from ledger.exchange_rates where id = ${id} returning ${RATE_COLUMNS}`.execute(tx);
  return rows[0];
}

/** The latest rate on or before `date` of each currency into `baseCurrency` (currencies without one are absent). */
export async function ratesOn(tx: Tx, baseCurrency: string, currencies: readonly string[], date: string): Promise<Map<string, { rate: string; date: string }>> {
  if (currencies.length === 0) return new Map();
  const { rows } = await sql<{ currency: string; rate: string; rate_date: string }>`
    select distinct on (currency) currency, trim_scale(rate)::text as rate, rate_date::text as rate_date
      from ledger.exchange_rates
     where base_currency = ${baseCurrency} and currency = any(${[...currencies]}::text[]) and rate_date <= ${date}::date
     order by currency, rate_date desc`.execute(tx);
  return new Map(rows.map((r) => [r.currency.trim(), { rate: r.rate, date: r.rate_date }]));
}

/** For each (currency, date) pair, the latest rate into `baseCurrency` on or before that date (pairs without one are absent). Key: `CUR|date`. */
export async function ratesOnDates(tx: Tx, baseCurrency: string, pairs: readonly { currency: string; date: string }[]): Promise<Map<string, { rate: string; date: string }>> {
  if (pairs.length === 0) return new Map();
  const { rows } = await sql<{ currency: string; day: string; rate: string; rate_date: string }>`
    select p.currency, p.day::text as day, r.rate, r.rate_date
      from unnest(${pairs.map((p) => p.currency)}::text[], ${pairs.map((p) => p.date)}::date[]) as p(currency, day)
      cross join lateral (
        select trim_scale(x.rate)::text as rate, x.rate_date::text as rate_date from ledger.exchange_rates x
         where x.base_currency = ${baseCurrency} and x.currency = p.currency and x.rate_date <= p.day
         order by x.rate_date desc limit 1) r`.execute(tx);
  return new Map(rows.map((r) => [`${r.currency}|${r.day}`, { rate: r.rate, date: r.rate_date }]));
}
