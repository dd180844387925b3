import { parse } from 'csv-parse/sync';

/**
 * The ledger CSV import format: one row per journal line, with a header row.
 *
 *   date,entry,memo,account,debit,credit,currency,base_amount,line_memo
 *   2026-04-01,INV-1,Counter sale,1110,1180.00,,,,
 *   2026-04-01,INV-1,,4100,,1000.00,,,
 *   2026-04-01,INV-1,,2151,,180.00,,,GST
 *
 * Rows with the same `entry` make one entry (its id for re-imports). `account` is an account code
 * or a full account name (`Assets:Bank`). `currency` defaults to the account's; `base_amount` is the
 * base-currency value of a foreign-currency line. Amounts are written `1,234.50` (also Indian
 * `1,00,000.00`) or, with the comma format, `1.234,50` / `1 234,50`.
 */

export type NumberFormat = 'dot' | 'comma';

export interface CsvLine {
  row: number;
  account: string;
  currency: string | null;
  /** Plain decimal strings (`1234.50`), not yet in minor units (that needs the currency). */
  debit: string | null;
  credit: string | null;
  baseAmount: string | null;
  memo: string | null;
}

export interface CsvEntry {
  ref: string;
  row: number;
  date: string;
  memo: string | null;
  lines: CsvLine[];
}

export class CsvImportError extends Error {
  constructor(
    readonly row: number,
    readonly column: string | null,
    readonly reason: string,
  ) {
    super(`row ${row}${column ? `, ${column}` : ''}: ${reason}`);
    this.name = 'CsvImportError';
  }
}

const REQUIRED = ['date', 'entry', 'account', 'debit', 'credit'] as const;
const KNOWN = new Set([...REQUIRED, 'memo', 'currency', 'base_amount', 'line_memo']);

export function parseLedgerCsv(text: string, numberFormat: NumberFormat = 'dot'): CsvEntry[] {
  let records: string[][];
  try {
    const rows: string[][] = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false, trim: true });
    records = rows;
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    throw new CsvImportError(e.lines ?? 1, null, e.message ?? 'not valid CSV');
  }
  const header = (records[0] ?? []).map((h) => h.toLowerCase().replace(/[\s-]+/g, '_'));
  for (const column of REQUIRED) if (!header.includes(column)) throw new CsvImportError(1, column, `the header has no ${column} column`);
  const unknown = header.find((h) => !KNOWN.has(h));
  if (unknown) throw new CsvImportError(1, unknown, `unknown column; the columns are ${[...KNOWN].join(', ')}`);
  const col = (record: string[], name: string) => {
    const i = header.indexOf(name);
    const value = i < 0 ? '' : (record[i] ?? '');
    return value === '' ? null : value;
  };

  const entries = new Map<string, CsvEntry>();
  records.slice(1).forEach((record, i) => {
    const row = i + 2;
    const ref = col(record, 'entry');
    if (!ref) throw new CsvImportError(row, 'entry', 'every row names its entry');
    if (ref.length > 150) throw new CsvImportError(row, 'entry', 'at most 150 characters');
    const date = isoDate(col(record, 'date'), row);
    const account = col(record, 'account');
    if (!account) throw new CsvImportError(row, 'account', 'every row names an account');
    const currency = col(record, 'currency')?.toUpperCase() ?? null;
    if (currency !== null && !/^[A-Z]{3}$/.test(currency)) throw new CsvImportError(row, 'currency', 'an ISO 4217 code such as INR');
    const debit = amount(col(record, 'debit'), row, 'debit', numberFormat);
    const credit = amount(col(record, 'credit'), row, 'credit', numberFormat);
    if ((debit === null) === (credit === null)) throw new CsvImportError(row, 'debit', 'a row has a debit or a credit, not both and not neither');
    const line: CsvLine = { row, account, currency, debit, credit, baseAmount: amount(col(record, 'base_amount'), row, 'base_amount', numberFormat), memo: col(record, 'line_memo')?.slice(0, 500) ?? null };
    const entry = entries.get(ref);
    if (!entry) {
      entries.set(ref, { ref, row, date, memo: col(record, 'memo')?.slice(0, 1000) ?? null, lines: [line] });
      return;
    }
    if (entry.date !== date) throw new CsvImportError(row, 'date', `entry ${ref} is dated ${entry.date} on row ${entry.row}`);
    entry.memo ??= col(record, 'memo')?.slice(0, 1000) ?? null;
    entry.lines.push(line);
  });
  return [...entries.values()];
}

function isoDate(value: string | null, row: number): string {
  const m = value ? /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(value) : null;
  const iso = m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : '';
  const d = new Date(`${iso}T00:00:00Z`);
  if (!m || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) throw new CsvImportError(row, 'date', 'a date YYYY-MM-DD');
  return iso;
}

/** `1,234.50` (or `1.234,50` in the comma format) as a plain decimal string; amounts are never negative. */
export function amount(value: string | null, row: number, column: string, format: NumberFormat): string | null {
  if (value === null) return null;
  const [group, mark] = format === 'dot' ? [/[,\s]/g, '.'] : [/[.\s\u00a0]/g, ','];
  const plain = value.replace(group, '').replace(mark, '.');
  if (!/^(0|[1-9]\d{0,18})(\.\d{1,18})?$/.test(plain) && !/^0\d*(\.\d+)?$/.test(plain)) {
    throw new CsvImportError(row, column, `"${value.slice(0, 30)}" is not a positive amount`);
  }
  return plain.replace(/^0+(?=\d)/, '');
}
