import { parse } from 'csv-parse/sync';
import { isRealDate, type FieldIssue } from '../../../kernel/index.js';
import { isCurrencyCode } from '../../../kernel/money.js';
import { canonicalRate } from './fx.js';
import { invalidRatesCsv, ratesCsvTooLarge } from './fx-errors.js';

export const MAX_CSV_RATES = 5000;
const COLUMNS = ['date', 'currency', 'rate'] as const;

export interface CsvRate {
  /** Line of the file (the header is line 1). */
  line: number;
  date: string;
  currency: string;
  rate: string;
}

/**
 * Reads `date,currency,rate` rows (header first, columns in any order, `rate` in base currency per
 * unit of `currency`). All or nothing: any bad row fails the whole file with one issue per problem,
 * at path `body.csv[<line>].<column>`.
 */
export function parseRatesCsv(text: string, baseCurrency: string): CsvRate[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as typeof records;
  } catch (error) {
    throw invalidRatesCsv([{ path: 'body.csv', message: `not readable as CSV: ${(error as Error).message.slice(0, 200)}` }]);
  }
  const [header, ...rows] = records;
  if (!header) throw invalidRatesCsv([{ path: 'body.csv', message: 'empty: expected a header date,currency,rate and rows' }]);
  const names = header.record.map((h) => h.toLowerCase());
  const index = Object.fromEntries(COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<(typeof COLUMNS)[number], number>;
  const absent = COLUMNS.filter((c) => index[c] < 0);
  if (absent.length > 0 || names.length !== COLUMNS.length) {
    throw invalidRatesCsv([{ path: 'body.csv[1]', message: `the header must name the columns date, currency and rate${absent.length ? ` (missing: ${absent.join(', ')})` : ''}` }]);
  }
  if (rows.length === 0) throw invalidRatesCsv([{ path: 'body.csv', message: 'no rows after the header' }]);
  if (rows.length > MAX_CSV_RATES) throw ratesCsvTooLarge(rows.length, MAX_CSV_RATES);

  const issues: FieldIssue[] = [];
  const seen = new Map<string, number>();
  const out: CsvRate[] = [];
  for (const { record, info } of rows) {
    const line = info.lines;
    const at = (column: string) => `body.csv[${line}].${column}`;
    if (record.length !== COLUMNS.length) {
      issues.push({ path: `body.csv[${line}]`, message: `line ${line}: expected 3 values, found ${record.length}` });
      continue;
    }
    const date = record[index.date] ?? '';
    const currency = (record[index.currency] ?? '').toUpperCase();
    const rate = canonicalRate(record[index.rate] ?? '');
    let ok = true;
    if (!isRealDate(date)) {
      issues.push({ path: at('date'), message: `line ${line}: not a date YYYY-MM-DD` });
      ok = false;
    }
    if (!isCurrencyCode(currency)) {
      issues.push({ path: at('currency'), message: `line ${line}: not an ISO 4217 currency` });
      ok = false;
    } else if (currency === baseCurrency) {
      issues.push({ path: at('currency'), message: `line ${line}: ${baseCurrency} is the base currency` });
      ok = false;
    }
    if (rate === null) {
      issues.push({ path: at('rate'), message: `line ${line}: not a positive decimal rate (at most 12 digits before and 18 after the point)` });
      ok = false;
    }
    if (!ok || rate === null) continue;
    const key = `${currency}|${date}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      issues.push({ path: at('currency'), message: `line ${line}: ${currency} on ${date} is already on line ${earlier}` });
      continue;
    }
    seen.set(key, line);
    out.push({ line, date, currency, rate });
  }
  if (issues.length > 0) throw invalidRatesCsv(issues.slice(0, 100));
  return out;
}
