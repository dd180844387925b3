import { addAmounts, canonicalDecimal, isoDateOf, negate, StatementParseError, type ParseIssue, type ParsedFile, type ParsedLine } from './statement.js';

/**
 * CSV statements with a column mapping. Dates in DD/MM/YYYY, MM/DD/YYYY, YYYY-MM-DD or DD-MMM-YYYY
 * (any of / - . or space between the parts); amounts as Indian ("1,23,456.78"), European
 * ("1.234,56") and US ("1,234.56") banks write them, in parentheses for negatives ("(12.00)"),
 * with a Cr/Dr suffix or prefix ("12.00 Cr"), or split into debit and credit columns. Every
 * amount becomes an exact decimal string; nothing goes through a JS number.
 */

export const DATE_FORMATS = ['DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY-MM-DD', 'DD-MMM-YYYY'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];
export type ColumnRef = string | number;

export interface CsvMapping {
  delimiter?: ',' | ';' | '\t' | '|' | undefined;
  hasHeader?: boolean | undefined;
  /** Lines before the header (or before the first row) to skip: bank letterheads. */
  skipRows?: number | undefined;
  dateFormat: DateFormat;
  decimalSeparator?: '.' | ',' | undefined;
  columns: {
    date: ColumnRef;
    valueDate?: ColumnRef | undefined;
    description: ColumnRef | ColumnRef[];
    reference?: ColumnRef | undefined;
    /** The bank's own unique id of the transaction, when the export has one: duplicates are then found by it. */
    bankRef?: ColumnRef | undefined;
    /** One signed amount column … */
    amount?: ColumnRef | undefined;
    /** … or a debit (money out) and a credit (money in) column. */
    debit?: ColumnRef | undefined;
    credit?: ColumnRef | undefined;
    /** A column saying Cr/Dr (or C/D, Credit/Debit) for an unsigned amount column. */
    creditDebit?: ColumnRef | undefined;
    balance?: ColumnRef | undefined;
  };
}

/** RFC 4180 rows: quoted fields may hold delimiters, doubled quotes and newlines. */
export function csvRows(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i++;
      continue;
    }
    if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else field += c;
    i++;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function sniffDelimiter(text: string): ',' | ';' | '\t' | '|' {
  const first = text.split(/\r?\n/).slice(0, 5).join('\n').replace(/"[^"]*"/g, '');
  const counts = ([',', ';', '\t', '|'] as const).map((d) => [d, first.split(d).length - 1] as const);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![1] > 0 ? [...counts].sort((a, b) => b[1] - a[1])[0]![0] : ',';
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

export function parseCsvDate(value: string, format: DateFormat): string | null {
  const parts = value.trim().split(/[/\-. ]+/).filter(Boolean);
  if (parts.length < 3) return null;
  const yearOf = (y: string) => (/^\d{4}$/.test(y) ? Number(y) : /^\d{2}$/.test(y) ? 2000 + Number(y) : NaN);
  const num = (s: string) => (/^\d{1,2}$/.test(s) ? Number(s) : NaN);
  const [a = '', b = '', c = ''] = parts;
  // A time after the date ("2026-01-05 10:22:01") is ignored.
  switch (format) {
    case 'DD/MM/YYYY':
      return isoDateOf(yearOf(c), num(b), num(a));
    case 'MM/DD/YYYY':
      return isoDateOf(yearOf(c), num(a), num(b));
    case 'YYYY-MM-DD':
      return /^\d{4}$/.test(a) ? isoDateOf(Number(a), num(b), num(c.slice(0, 2))) : null;
    case 'DD-MMM-YYYY': {
      const month = MONTHS.indexOf(b.slice(0, 3).toUpperCase()) + 1;
      return month > 0 && /^[A-Za-z]{3,9}$/.test(b) ? isoDateOf(yearOf(c), month, num(a)) : null;
    }
  }
}

/**
 * A bank's amount text as a signed decimal string; null for an empty cell. Throws a message for
 * text that is not an amount.
 */
export function parseCsvAmount(value: string, decimalSeparator: '.' | ','): string | null {
  let s = value.trim().replace(/\u00a0/g, ' ');
  if (s === '' || s === '-') return null;
  let negative = false;
  const crdr = /^(cr|dr)\.?\s*(.*)$/i.exec(s) ?? /^(.*?)\s*(cr|dr)\.?$/i.exec(s);
  let suffix: string | null = null;
  if (crdr) {
    const [x = '', y = ''] = crdr.slice(1);
    if (/^(cr|dr)$/i.test(x)) {
      suffix = x;
      s = y;
    } else {
      suffix = y;
      s = x;
    }
  }
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  s = s.replace(/^[^\d\-+(.,]+/, '').replace(/[^\d\-+).,]+$/, '').trim(); // currency symbols and codes
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1).trim();
  } else if (s.endsWith('-')) {
    negative = !negative;
    s = s.slice(0, -1).trim();
  } else if (s.startsWith('+')) s = s.slice(1).trim();
  const group = decimalSeparator === '.' ? /[, ']/g : /[. ']/g;
  const grouped = decimalSeparator === '.' ? /^\d{1,3}([, ']?\d{2,3})*(\.\d+)?$|^\d+(\.\d+)?$|^\.\d+$/ : /^\d{1,3}([. ']?\d{2,3})*(,\d+)?$|^\d+(,\d+)?$|^,\d+$/;
  if (!grouped.test(s)) throw new Error(`"${value.slice(0, 40)}" is not an amount with "${decimalSeparator}" as the decimal separator`);
  let plain = s.replace(group, '');
  if (decimalSeparator === ',') plain = plain.replace(',', '.');
  let amount = canonicalDecimal(plain);
  if (suffix && /^dr$/i.test(suffix)) negative = !negative;
  if (negative) amount = negate(amount);
  return amount;
}

function columnIndex(ref: ColumnRef, header: string[] | null, path: string, issues: ParseIssue[]): number {
  if (typeof ref === 'number') {
    if (header && ref >= header.length) issues.push({ path, message: `column ${ref} does not exist (the file has ${header.length})` });
    return ref;
  }
  if (!header) {
    issues.push({ path, message: 'a column named by its header needs hasHeader: true' });
    return -1;
  }
  const want = ref.trim().toLowerCase();
  const i = header.findIndex((h) => h.trim().toLowerCase() === want);
  if (i < 0) issues.push({ path, message: `no column "${ref}" in the header (${header.map((h) => h.trim()).join(', ').slice(0, 300)})` });
  return i;
}

export interface CsvOptions {
  /** Field path of the mapping in the request, for issues about it. */
  mappingPath: string;
  /** At most this many bad rows are reported. */
  maxIssues?: number;
}

export function parseCsv(text: string, mapping: CsvMapping, options: CsvOptions = { mappingPath: 'body.mapping' }): ParsedFile {
  const mp = options.mappingPath;
  const delimiter = mapping.delimiter ?? sniffDelimiter(text);
  const decimal = mapping.decimalSeparator ?? '.';
  const all = csvRows(text.replace(/^\uFEFF/, ''), delimiter);
  const skip = mapping.skipRows ?? 0;
  const hasHeader = mapping.hasHeader ?? true;
  const header = hasHeader ? (all[skip] ?? null) : null;
  if (hasHeader && !header) throw new StatementParseError('the file has no header row', [{ path: 'body.content', message: 'no header row' }]);
  const firstRow = skip + (hasHeader ? 1 : 0);

  const issues: ParseIssue[] = [];
  const cols = mapping.columns;
  const idx = (ref: ColumnRef | undefined, name: string) => (ref === undefined ? undefined : columnIndex(ref, header, `${mp}.columns.${name}`, issues));
  const date = idx(cols.date, 'date')!;
  const valueDate = idx(cols.valueDate, 'valueDate');
  const descriptions = (Array.isArray(cols.description) ? cols.description : [cols.description]).map((r, i) =>
    columnIndex(r, header, Array.isArray(cols.description) ? `${mp}.columns.description[${i}]` : `${mp}.columns.description`, issues),
  );
  const reference = idx(cols.reference, 'reference');
  const bankRef = idx(cols.bankRef, 'bankRef');
  const amount = idx(cols.amount, 'amount');
  const debit = idx(cols.debit, 'debit');
  const credit = idx(cols.credit, 'credit');
  const creditDebit = idx(cols.creditDebit, 'creditDebit');
  const balance = idx(cols.balance, 'balance');
  if (amount === undefined && debit === undefined && credit === undefined) {
    issues.push({ path: `${mp}.columns.amount`, message: 'map an amount column, or debit and credit columns' });
  }
  if (amount !== undefined && (debit !== undefined || credit !== undefined)) {
    issues.push({ path: `${mp}.columns.amount`, message: 'map either one amount column or debit/credit columns, not both' });
  }
  if (issues.length > 0) throw new StatementParseError('The column mapping does not fit the file', issues);

  const max = options.maxIssues ?? 20;
  const lines: ParsedLine[] = [];
  const cell = (row: string[], i: number | undefined) => (i === undefined || i < 0 ? '' : (row[i] ?? '').trim());
  for (let r = firstRow; r < all.length; r++) {
    const row = all[r]!;
    if (row.every((c) => c.trim() === '')) continue;
    const path = `body.content.rows[${r + 1}]`;
    const problem = (field: string, message: string) => {
      if (issues.length < max) issues.push({ path: `${path}.${field}`, message });
    };
    const d = parseCsvDate(cell(row, date), mapping.dateFormat);
    if (!d) {
      problem('date', `"${cell(row, date).slice(0, 40)}" is not a ${mapping.dateFormat} date`);
      continue;
    }
    const amountOf = (i: number | undefined, field: string): string | null => {
      try {
        return parseCsvAmount(cell(row, i), decimal);
      } catch (error) {
        problem(field, (error as Error).message);
        return null;
      }
    };
    let value: string | null;
    const before = issues.length;
    if (amount !== undefined) {
      value = amountOf(amount, 'amount');
      if (value !== null && creditDebit !== undefined) {
        const flag = cell(row, creditDebit).toUpperCase();
        const abs = value.startsWith('-') ? value.slice(1) : value;
        if (/^(D|DR|DEBIT|W|WITHDRAWAL)$/.test(flag)) value = negate(abs);
        else if (/^(C|CR|CREDIT|DEP|DEPOSIT)$/.test(flag)) value = abs;
        else problem('creditDebit', `"${flag.slice(0, 20)}" is neither Cr nor Dr`);
      }
    } else {
      const out = amountOf(debit, 'debit');
      const into = amountOf(credit, 'credit');
      const abs = (v: string) => (v.startsWith('-') ? v.slice(1) : v);
      value = out !== null && abs(out) !== '0' ? negate(abs(out)) : into !== null ? abs(into) : out !== null ? '0' : null;
      if (out !== null && into !== null && abs(out) !== '0' && abs(into) !== '0') problem('credit', 'a row has both a debit and a credit');
    }
    if (issues.length > before) continue;
    if (value === null) {
      problem(amount !== undefined ? 'amount' : 'debit', 'no amount on this row');
      continue;
    }
    const bal = balance === undefined ? null : amountOf(balance, 'balance');
    const vd = valueDate === undefined || cell(row, valueDate) === '' ? null : parseCsvDate(cell(row, valueDate), mapping.dateFormat);
    lines.push({
      date: d,
      valueDate: vd,
      amount: value,
      description: descriptions.map((i) => cell(row, i)).filter(Boolean).join(' ').replace(/\s+/g, ' ').slice(0, 1000),
      reference: cell(row, reference) || null,
      bankRef: cell(row, bankRef) || null,
      counterparty: null,
      balance: bal,
    });
  }
  if (issues.length > 0) throw new StatementParseError('Some rows of the file could not be read', issues);

  // With a balance column the statement's own balances are known: the first row's balance less
  // its amount, and the last row's balance (files listed newest first are read the other way).
  let opening: string | null = null;
  let closing: string | null = null;
  const withBalance = lines.filter((l) => l.balance !== null);
  if (balance !== undefined && withBalance.length === lines.length && lines.length > 0) {
    const newestFirst = lines[0]!.date > lines[lines.length - 1]!.date;
    const first = newestFirst ? lines[lines.length - 1]! : lines[0]!;
    const last = newestFirst ? lines[0]! : lines[lines.length - 1]!;
    opening = addAmounts(first.balance!, negate(first.amount));
    closing = last.balance!;
  }
  const dates = lines.map((l) => l.date).sort();
  return {
    format: 'csv',
    statements: [
      {
        statementId: null,
        account: null,
        currency: null,
        openingBalance: opening,
        closingBalance: closing,
        openingDate: dates[0] ?? null,
        closingDate: dates[dates.length - 1] ?? null,
        availableBalance: null,
        lines,
      },
    ],
  };
}
