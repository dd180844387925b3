import type { FieldIssue } from '../../../kernel/index.js';

/**
 * Number formats: a template of literal characters and tokens, e.g. `INV/{FY}/{SEQ:4}` →
 * `INV/2026-27/0001`. Pure rules, no I/O.
 *
 * Tokens (the year tokens name the fiscal year the document date falls in):
 * - `{FY}`   the fiscal year, India style `2026-27` (a January-start year prints `2026`)
 * - `{FY2}`  short fiscal year `26-27` (`26` for a January start)
 * - `{YYYY}` the year the fiscal year starts in, `2026`
 * - `{YY}`   its last two digits, `26`
 * - `{SEQ:n}` the sequence number, zero padded to n digits (1–12); `{SEQ}` is unpadded. Exactly one.
 *
 * GST (rule 46(b)) allows at most 16 characters of letters, digits, `-` and `/` in an invoice
 * number: literal characters are limited to those, and a format whose longest rendering of the
 * padded sequence could pass 16 characters is refused. The sequence may grow past its padding while
 * the whole number still fits in 16; the draw that would pass 16 fails (NUMBERING.SERIES_EXHAUSTED).
 */
export const MAX_NUMBER_LENGTH = 16;
export const MAX_PADDING = 12;

export type YearToken = 'FY' | 'FY2' | 'YYYY' | 'YY';
export type FormatPart = { kind: 'literal'; text: string } | { kind: 'year'; token: YearToken } | { kind: 'seq'; padding: number };

export interface ParsedFormat {
  parts: FormatPart[];
  /** Zero padding of the sequence (1 for `{SEQ}`). */
  padding: number;
  /** The longest the number can be with the sequence at its padded width. */
  maxLength: number;
  hasYear: boolean;
}

/** Longest rendering of each year token (a January-start `{FY}` is shorter, 4 characters). */
const YEAR_WIDTH: Record<YearToken, number> = { FY: 7, FY2: 5, YYYY: 4, YY: 2 };
const TOKEN_RE = /\{([A-Z0-9]+)(?::([0-9]{1,2}))?\}/g;
const LITERAL_RE = /^[A-Za-z0-9/-]*$/;

export type FormatResult = { ok: true; format: ParsedFormat } | { ok: false; issues: FieldIssue[]; code: string; message: string };

/** Parses and checks a template; `path` names the request field for the errors (e.g. `body.format`). */
export function parseFormat(template: string, path = 'format'): FormatResult {
  const fail = (code: string, message: string): FormatResult => ({ ok: false, code, message, issues: [{ path, message, code }] });
  const parts: FormatPart[] = [];
  let last = 0;
  let seqCount = 0;
  let padding = 1;
  for (const match of template.matchAll(TOKEN_RE)) {
    if (match.index > last) parts.push({ kind: 'literal', text: template.slice(last, match.index) });
    last = match.index + match[0].length;
    const [, name, width] = match;
    if (name === 'SEQ') {
      seqCount += 1;
      padding = width === undefined ? 1 : Number(width);
      if (padding < 1 || padding > MAX_PADDING) return fail('NUMBERING.INVALID_FORMAT', `{SEQ:n} pads to 1–${MAX_PADDING} digits`);
      parts.push({ kind: 'seq', padding });
    } else if (name === 'FY' || name === 'FY2' || name === 'YYYY' || name === 'YY') {
      if (width !== undefined) return fail('NUMBERING.INVALID_FORMAT', `{${name}} takes no width`);
      parts.push({ kind: 'year', token: name });
    } else {
      return fail('NUMBERING.INVALID_FORMAT', `unknown token {${name}}; use {FY}, {FY2}, {YYYY}, {YY} and {SEQ:n}`);
    }
  }
  if (last < template.length) parts.push({ kind: 'literal', text: template.slice(last) });
  for (const part of parts) {
    if (part.kind === 'literal' && !LITERAL_RE.test(part.text)) {
      return fail('NUMBERING.INVALID_FORMAT', 'only letters, digits, "-" and "/" may appear outside the tokens (GST invoice numbers allow no other characters)');
    }
  }
  if (seqCount !== 1) return fail('NUMBERING.INVALID_FORMAT', 'the format needs exactly one {SEQ:n} token, e.g. INV/{FY}/{SEQ:4}');
  const maxLength = parts.reduce((n, p) => n + (p.kind === 'literal' ? p.text.length : p.kind === 'year' ? YEAR_WIDTH[p.token] : p.padding), 0);
  if (maxLength > MAX_NUMBER_LENGTH) {
    return fail('NUMBERING.FORMAT_TOO_LONG', `numbers in this format can reach ${maxLength} characters; at most ${MAX_NUMBER_LENGTH} are allowed (GST)`);
  }
  return { ok: true, format: { parts, padding, maxLength, hasYear: parts.some((p) => p.kind === 'year') } };
}

/** The part of a format before its sequence token (what the settings screen calls the prefix). */
export function prefixOf(template: string): string {
  const at = template.search(/\{SEQ(?::[0-9]{1,2})?\}/);
  return at < 0 ? template : template.slice(0, at);
}

/** Replaces the sequence token's padding: `INV/{FY}/{SEQ:4}` with 5 → `INV/{FY}/{SEQ:5}`. */
export function withPadding(template: string, padding: number): string {
  return template.replace(/\{SEQ(?::[0-9]{1,2})?\}/, `{SEQ:${padding}}`);
}

export interface FiscalYear {
  /** Calendar year the fiscal year starts in. */
  startYear: number;
  startMonth: number;
  /** `2026-27`, or `2026` when the fiscal year is the calendar year. */
  label: string;
  /** First and last day, ISO. */
  from: string;
  to: string;
}

/** The fiscal year an ISO date falls in, for a fiscal year starting on the 1st of `startMonth` (1–12). */
export function fiscalYearOf(date: string, startMonth: number): FiscalYear {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) throw new RangeError(`fiscal year start month ${startMonth}`);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const startYear = month >= startMonth ? year : year - 1;
  const pad2 = (n: number) => String(n).padStart(2, '0');
  const endYear = startMonth === 1 ? startYear : startYear + 1;
  const endMonth = startMonth === 1 ? 12 : startMonth - 1;
  const lastDay = new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate();
  return {
    startYear,
    startMonth,
    label: startMonth === 1 ? String(startYear) : `${startYear}-${pad2((startYear + 1) % 100)}`,
    from: `${startYear}-${pad2(startMonth)}-01`,
    to: `${endYear}-${pad2(endMonth)}-${pad2(lastDay)}`,
  };
}

function yearText(token: YearToken, fy: FiscalYear): string {
  const yy = (n: number) => String(n % 100).padStart(2, '0');
  switch (token) {
    case 'FY':
      return fy.label;
    case 'FY2':
      return fy.startMonth === 1 ? yy(fy.startYear) : `${yy(fy.startYear)}-${yy(fy.startYear + 1)}`;
    case 'YYYY':
      return String(fy.startYear);
    case 'YY':
      return yy(fy.startYear);
  }
}

/** The number for sequence value `seq` (≥ 1) in fiscal year `fy`. May exceed 16 characters: check with `fits`. */
export function renderNumber(format: ParsedFormat, fy: FiscalYear, seq: bigint): string {
  return format.parts
    .map((p) => (p.kind === 'literal' ? p.text : p.kind === 'year' ? yearText(p.token, fy) : seq.toString().padStart(p.padding, '0')))
    .join('');
}

export const fits = (number: string) => number.length <= MAX_NUMBER_LENGTH;

/** Every document type that draws numbers from a series. */
export const NUMBERED_DOCUMENTS = [
  'quotation',
  'sales_order',
  'delivery_note',
  'invoice',
  'credit_note',
  'debit_note',
  'payment_received',
  'purchase_order',
  'goods_receipt',
  'bill',
  'vendor_debit_note',
  'vendor_payment',
] as const;
export type NumberedDocument = (typeof NUMBERED_DOCUMENTS)[number];

export function isNumberedDocument(value: string): value is NumberedDocument {
  return (NUMBERED_DOCUMENTS as readonly string[]).includes(value);
}

/** Default series per document type (each renders to at most 16 characters). */
export const DEFAULT_FORMATS: Record<NumberedDocument, string> = {
  quotation: 'QT/{FY}/{SEQ:4}',
  sales_order: 'SO/{FY}/{SEQ:4}',
  delivery_note: 'DC/{FY}/{SEQ:4}',
  invoice: 'INV/{FY}/{SEQ:4}',
  credit_note: 'CN/{FY}/{SEQ:4}',
  debit_note: 'DN/{FY}/{SEQ:4}',
  payment_received: 'RCT/{FY}/{SEQ:4}',
  purchase_order: 'PO/{FY}/{SEQ:4}',
  goods_receipt: 'GRN/{FY}/{SEQ:4}',
  bill: 'BILL/{FY2}/{SEQ:5}',
  vendor_debit_note: 'VDN/{FY}/{SEQ:4}',
  vendor_payment: 'PAY/{FY}/{SEQ:4}',
};
