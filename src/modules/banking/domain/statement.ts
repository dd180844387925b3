import { createHash } from 'node:crypto';
import { Decimal } from 'decimal.js';

/**
 * A bank statement as the parsers hand it over: one or more statement blocks (a camt file or an
 * MT940 file may hold several), each with its lines. Amounts are exact decimal strings ("-6.60"),
 * never JS numbers: credits positive, debits negative.
 */
export const STATEMENT_FORMATS = ['csv', 'ofx', 'camt053', 'camt054', 'mt940'] as const;
export type StatementFormat = (typeof STATEMENT_FORMATS)[number];

export interface ParsedLine {
  /** Booking date `YYYY-MM-DD`. */
  date: string;
  valueDate: string | null;
  /** Signed decimal string: credit positive, debit negative. */
  amount: string;
  description: string;
  /** The customer-side reference (cheque number, end-to-end id, customer reference). */
  reference: string | null;
  /** The bank's own id for the line (OFX FITID, camt AcctSvcrRef, MT940 bank reference). */
  bankRef: string | null;
  counterparty: string | null;
  /** Running balance after this line, when the file states one. */
  balance: string | null;
}

export interface ParsedStatement {
  /** The statement's own id (camt Stmt/Id, MT940 :20:, OFX TRNUID). */
  statementId: string | null;
  /** The account as the bank names it (IBAN, ACCTID, :25:). */
  account: string | null;
  currency: string | null;
  openingBalance: string | null;
  closingBalance: string | null;
  openingDate: string | null;
  closingDate: string | null;
  /** Other balances read from the file, for display (OFX AVAILBAL, MT940 :64:). */
  availableBalance: string | null;
  lines: ParsedLine[];
}

export interface ParsedFile {
  format: StatementFormat;
  statements: ParsedStatement[];
}

/** A parse problem: where in the file and what is wrong (becomes a field issue of the request). */
export interface ParseIssue {
  path: string;
  message: string;
}

export class StatementParseError extends Error {
  constructor(
    message: string,
    readonly issues: ParseIssue[],
  ) {
    super(message);
    this.name = 'StatementParseError';
  }
}

export function parseFail(message: string, path = 'body.content'): never {
  throw new StatementParseError(message, [{ path, message }]);
}

const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });

/**
 * A decimal string in canonical form ("0012.50" → "12.5", "+3" → "3", "-0" → "0"); refuses
 * anything that is not digits with an optional sign and fraction.
 */
export function canonicalDecimal(value: string, path = 'body.content'): string {
  const s = value.trim();
  const m = /^([+-]?)(\d+)(?:\.(\d*))?$/.exec(s) ?? /^([+-]?)()\.(\d+)$/.exec(s);
  if (!m) parseFail(`"${value.slice(0, 40)}" is not an amount`, path);
  const whole = (m[2] ?? '').replace(/^0+(?=\d)/, '') || '0';
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  const body = fraction ? `${whole}.${fraction}` : whole;
  return m[1] === '-' && body !== '0' ? `-${body}` : body;
}

export const negate = (amount: string): string => (amount === '0' ? '0' : amount.startsWith('-') ? amount.slice(1) : `-${amount}`);

export function sumAmounts(amounts: readonly string[]): string {
  let total = new D(0);
  for (const a of amounts) total = total.plus(a);
  return total.toFixed();
}

export function addAmounts(a: string, b: string): string {
  return new D(a).plus(b).toFixed();
}

export function sameAmount(a: string, b: string): boolean {
  return new D(a).eq(b);
}

export interface BalanceCheck {
  /** 'ok': opening + lines = closing; 'mismatch': it does not; 'unchecked': the file lacks a balance. */
  status: 'ok' | 'mismatch' | 'unchecked';
  opening: string | null;
  closing: string | null;
  sum: string;
  /** closing − (opening + sum), when both balances are known. */
  difference: string | null;
}

export function checkBalance(statement: ParsedStatement): BalanceCheck {
  const sum = sumAmounts(statement.lines.map((l) => l.amount));
  const { openingBalance: opening, closingBalance: closing } = statement;
  if (opening === null || closing === null) return { status: 'unchecked', opening, closing, sum, difference: null };
  const difference = new D(closing).minus(new D(opening).plus(sum)).toFixed();
  return { status: new D(difference).isZero() ? 'ok' : 'mismatch', opening, closing, sum, difference };
}

/** Upper-cased, single-spaced text for duplicate detection. */
const normalText = (s: string) => s.replace(/\s+/g, ' ').trim().toUpperCase();

/**
 * Duplicate keys for a statement's lines. A line with the bank's own id (FITID, AcctSvcrRef, MT940
 * bank reference) is keyed by that id with its date and amount (some banks repeat one reference on
 * several lines); a line without is keyed by a hash of date, amount, description and its occurrence
 * among identical lines of that day, so two identical coffees on one day stay two lines while an
 * overlapping re-import finds both again.
 */
export function dedupeKeys(lines: readonly ParsedLine[]): string[] {
  const seen = new Map<string, number>();
  return lines.map((l) => {
    const amount = canonicalDecimal(l.amount);
    if (l.bankRef && l.bankRef.trim() && l.bankRef.trim().toUpperCase() !== 'NONREF') {
      return createHash('sha256').update(`R\u0000${l.bankRef.trim()}\u0000${l.date}\u0000${amount}`).digest('hex');
    }
    const content = `${l.date}\u0000${amount}\u0000${normalText(l.description)}`;
    const n = (seen.get(content) ?? 0) + 1;
    seen.set(content, n);
    return createHash('sha256').update(`H\u0000${content}\u0000${n}`).digest('hex');
  });
}

/** What a file looks like it is, from its first bytes and its name. Null: unknown. */
export function detectFormat(text: string, fileName: string): StatementFormat | null {
  const head = text.slice(0, 4000);
  if (/^\s*OFXHEADER\s*:/i.test(head) || /<\?OFX\b/i.test(head) || /<OFX>/i.test(head)) return 'ofx';
  if (/camt\.053\./.test(head) || /<BkToCstmrStmt>/.test(head)) return 'camt053';
  if (/camt\.054\./.test(head) || /<BkToCstmrDbtCdtNtfctn>/.test(head)) return 'camt054';
  if (/(^|\n|\{4:\s*\r?\n?):20:/.test(head) && /:6[01][FM]?:|:61:/.test(text.slice(0, 20000))) return 'mt940';
  if (/\.(csv|tsv)$/i.test(fileName)) return 'csv';
  return null;
}

/** `YYYY-MM-DD` when it is a real calendar date. */
export function isoDateOf(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
