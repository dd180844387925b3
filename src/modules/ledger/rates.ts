import { newId, type FieldIssue, type Invocation } from '../../kernel/index.js';
import { auditFromInvocation, recordAudits } from '../../platform/audit/index.js';
import type { Database, Tx } from '../../platform/db/index.js';
import { appendEvent } from '../../platform/events/index.js';
import { canonicalRate, crossRates } from './domain/fx.js';
import { parseRatesCsv } from './domain/fx-csv.js';
import { invalidRate, rateMissing, rateNotFound, rateProviderUnsupported } from './domain/fx-errors.js';
import type { RateProvider } from './fx-provider.js';
import * as repo from './rates-repo.js';
import type { BaseCurrencyOf } from './service.js';

const AUDIT_CHUNK = 1000;

/** An exchange rate as the API shows it: `rate` units of `baseCurrency` per unit of `currency` on `date`. */
export interface RateView {
  id: string;
  currency: string;
  baseCurrency: string;
  date: string;
  rate: string;
  source: repo.RateSource;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export function rateView(r: repo.RateRow): RateView {
  return {
    id: r.id,
    currency: r.currency.trim(),
    baseCurrency: r.base_currency.trim(),
    date: r.rate_date,
    rate: r.rate,
    source: r.source,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export interface RateInput {
  currency: string;
  date: string;
  rate: string;
}

/** Exchange rates of a tenant into its base currency: kept by hand, imported from CSV, or fetched from a provider. */
export class RatesService {
  constructor(
    private readonly db: Database,
    private readonly baseCurrencyOf: BaseCurrencyOf,
    private readonly provider: RateProvider,
  ) {}

  async list(tenantId: string, filter: repo.RateFilter): Promise<repo.RateRow[]> {
    return this.db.withTenant(tenantId, (tx) => repo.listRates(tx, filter));
  }

  async get(tenantId: string, id: string): Promise<RateView> {
    const row = await this.db.withTenant(tenantId, (tx) => repo.findRate(tx, id));
    if (!row) throw rateNotFound();
    return rateView(row);
  }

  /** The rate of `currency` into the base currency on `date` (the latest on or before it), for other modules. */
  async rateOn(tx: Tx, tenantId: string, currency: string, date: string): Promise<{ rate: string; date: string }> {
    const baseCurrency = await this.baseCurrencyOf(tenantId);
    if (currency === baseCurrency) return { rate: '1', date };
    const found = (await repo.ratesOn(tx, baseCurrency, [currency], date)).get(currency);
    if (!found) throw rateMissing([{ currency, baseCurrency, date, path: 'currency' }]);
    return found;
  }

  /** Adds or replaces the rates of (currency, date), all or nothing. */
  async upsert(inv: Invocation, rates: readonly RateInput[], path = 'body.rates'): Promise<RateView[]> {
    const baseCurrency = await this.baseCurrencyOf(inv.tenantId);
    const issues: FieldIssue[] = [];
    const seen = new Set<string>();
    const clean = rates.map((r, i) => {
      const rate = canonicalRate(r.rate);
      if (rate === null) issues.push({ path: `${path}[${i}].rate`, message: 'must be a positive decimal' });
      if (r.currency === baseCurrency) issues.push({ path: `${path}[${i}].currency`, message: `${baseCurrency} is the base currency` });
      if (seen.has(`${r.currency}|${r.date}`)) issues.push({ path: `${path}[${i}]`, message: `${r.currency} on ${r.date} is given twice` });
      seen.add(`${r.currency}|${r.date}`);
      return { id: newId(), currency: r.currency, date: r.date, rate: rate ?? '0', source: 'manual' as const };
    });
    if (issues.length > 0) throw invalidRate(issues);
    return this.write(inv, baseCurrency, clean, 'manual');
  }

  /** A CSV of `date,currency,rate` rows, all or nothing. */
  async importCsv(inv: Invocation, text: string): Promise<RateView[]> {
    const baseCurrency = await this.baseCurrencyOf(inv.tenantId);
    const rows = parseRatesCsv(text, baseCurrency);
    return this.write(
      inv,
      baseCurrency,
      rows.map((r) => ({ id: newId(), currency: r.currency, date: r.date, rate: r.rate, source: 'csv' as const })),
      'csv',
    );
  }

  /** Fetches the provider's latest rates, cross-rated to the base currency, and stores them (optionally only some currencies). */
  async fetch(inv: Invocation, options: { currencies?: string[] | undefined } = {}): Promise<{ provider: string; date: string; items: RateView[] }> {
    const baseCurrency = await this.baseCurrencyOf(inv.tenantId);
    const published = await this.provider.latest();
    const crossed = crossRates(published.pivot, published.rates, baseCurrency);
    if (!crossed) throw rateProviderUnsupported(this.provider.name, baseCurrency);
    const wanted = options.currencies ? new Set(options.currencies) : null;
    if (wanted) {
      const absent = [...wanted].filter((c) => c !== baseCurrency && !crossed.has(c));
      if (absent.length > 0) {
        throw invalidRate(absent.map((c) => ({ path: 'body.currencies', message: `${this.provider.name} publishes no ${c} rate` })));
      }
    }
    const rates = [...crossed]
      .filter(([currency]) => !wanted || wanted.has(currency))
      .map(([currency, rate]) => ({ id: newId(), currency, date: published.date, rate, source: 'provider' as const }));
    const items = await this.write(inv, baseCurrency, rates, 'provider');
    return { provider: this.provider.name, date: published.date, items };
  }

  async delete(inv: Invocation, id: string): Promise<void> {
    await this.db.withTenant(inv.tenantId, async (tx) => {
      const row = await repo.deleteRate(tx, id);
      if (!row) throw rateNotFound();
      const view = rateView(row);
      await recordAudits(tx, [auditFromInvocation(inv, 'exchange_rate.deleted', 'exchange_rate', id, view, null)]);
      await appendEvent(tx, { type: 'exchange_rate.deleted', tenantId: inv.tenantId, actor: inv.actor, data: view });
    });
  }

  private async write(inv: Invocation, baseCurrency: string, rates: repo.NewRate[], source: repo.RateSource): Promise<RateView[]> {
    return this.db.withTenant(inv.tenantId, async (tx) => {
      const rows = await repo.upsertRates(tx, inv.tenantId, baseCurrency, rates);
      const views = rows.map(rateView);
      const dates = views.map((v) => v.date).sort();
      const audits = views.map((v, i) => auditFromInvocation(inv, rows[i]!.created ? 'exchange_rate.created' : 'exchange_rate.updated', 'exchange_rate', v.id, null, v));
      // One record per rate, in statements small enough for PostgreSQL's 65,535 bind parameters.
      for (let i = 0; i < audits.length; i += AUDIT_CHUNK) await recordAudits(tx, audits.slice(i, i + AUDIT_CHUNK));
      await appendEvent(tx, {
        type: 'exchange_rates.updated',
        tenantId: inv.tenantId,
        actor: inv.actor,
        // A summary: a CSV can carry thousands of rates; each one is in the audit trail.
        data: { source, baseCurrency, count: views.length, currencies: [...new Set(views.map((v) => v.currency))].sort(), from: dates[0], to: dates[dates.length - 1] },
      });
      return views;
    });
  }
}
