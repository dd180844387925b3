import { formatMoney, isCurrencyCode, parseMoney } from '../../kernel/money.js';
import type { Tx } from '../../platform/db/index.js';
import type { LineInput, PostingAccount, RawLine } from './domain/entries.js';
import { toBase } from './domain/fx.js';
import { rateMissing } from './domain/fx-errors.js';
import { ratesOnDates } from './rates-repo.js';

/** Fills missing base amounts of foreign-currency lines from the rates loaded for them (see loadBaseAmountFiller). */
export interface BaseAmountFiller {
  /** Lines as other modules post them (bigint minor units). Throws LEDGER.RATE_MISSING. */
  lines(date: string, lines: LineInput[], path?: string): LineInput[];
  /** Lines as JSON carries them (decimal strings). Throws LEDGER.RATE_MISSING. */
  raw(date: string, lines: RawLine[], path?: string): RawLine[];
}

interface AnyLine {
  accountId: string;
  currency?: string | null | undefined;
  baseAmount?: unknown;
}

const NOTHING_TO_FILL: BaseAmountFiller = { lines: (_d, lines) => lines, raw: (_d, lines) => lines };

/**
 * Loads, in one query, the rates that the entries' foreign-currency lines without a base amount
 * need: the latest rate on or before each entry's date. No query runs when every line is in base
 * currency or carries its base amount. Explicit base amounts are always kept; lines on unknown
 * accounts and lines with bad amounts are left for normalizeLines/parseRawLines to refuse.
 */
export async function loadBaseAmountFiller(
  tx: Tx,
  entries: readonly { date: string; lines: readonly AnyLine[] }[],
  accounts: ReadonlyMap<string, PostingAccount>,
  baseCurrency: string,
): Promise<BaseAmountFiller> {
  const currencyOf = (line: AnyLine) => line.currency ?? accounts.get(line.accountId)?.currency;
  const needs = (line: AnyLine) => {
    const currency = currencyOf(line);
    return (line.baseAmount === undefined || line.baseAmount === null) && currency !== undefined && currency !== baseCurrency && isCurrencyCode(currency);
  };
  const pairs = new Map<string, { currency: string; date: string }>();
  for (const e of entries) for (const l of e.lines) if (needs(l)) pairs.set(`${currencyOf(l)}|${e.date}`, { currency: currencyOf(l)!, date: e.date });
  if (pairs.size === 0) return NOTHING_TO_FILL;
  const rates = await ratesOnDates(tx, baseCurrency, [...pairs.values()]);

  function fill<L extends AnyLine>(date: string, lines: L[], path: string, amountOf: (line: L, currency: string) => bigint | null, withBase: (line: L, currency: string, base: bigint) => L): L[] {
    const missing: { currency: string; baseCurrency: string; date: string; path: string }[] = [];
    const out = lines.map((line, i) => {
      if (!needs(line)) return line;
      const currency = currencyOf(line)!;
      const rate = rates.get(`${currency}|${date}`);
      if (!rate) {
        missing.push({ currency, baseCurrency, date, path: `${path}[${i}].baseAmount` });
        return line;
      }
      const amount = amountOf(line, currency);
      const base = amount === null ? 0n : toBase(amount, currency, baseCurrency, rate.rate);
      // A value too small to show in base currency is refused by normalizeLines, not invented here.
      return amount !== null && amount > 0n && base > 0n ? withBase(line, currency, base) : line;
    });
    if (missing.length > 0) throw rateMissing(missing);
    return out;
  }

  return {
    lines: (date, lines, path = 'lines') =>
      fill(
        date,
        lines,
        path,
        (l) => ((l.debit ?? 0n) > 0n && (l.credit ?? 0n) === 0n ? l.debit! : (l.credit ?? 0n) > 0n && (l.debit ?? 0n) === 0n ? l.credit! : null),
        (l, currency, base) => ({ ...l, currency, baseAmount: base }),
      ),
    raw: (date, lines, path = 'body.lines') =>
      fill(
        date,
        lines,
        path,
        (l, currency) => {
          const given = l.debit !== undefined && l.credit === undefined ? l.debit : l.credit !== undefined && l.debit === undefined ? l.credit : undefined;
          if (given === undefined) return null;
          try {
            return parseMoney(given, currency, { nonNegative: true });
          } catch {
            return null;
          }
        },
        (l, currency, base) => ({ ...l, currency, baseAmount: formatMoney(base, baseCurrency) }),
      ),
  };
}
