import { Decimal } from 'decimal.js';

/**
 * A parser for the plain-text accounting journal subset that real hledger and ledger-cli files use:
 * transactions (date, status, code, description, comments and tags) with postings (amounts with the
 * commodity before or after, thousands separators, `@`/`@@` costs, balance assertions and
 * assignments, at most one elided amount), plus the directives that do not change meaning
 * (`account`, `commodity`, `P`, `D`, `Y`/`year`, `decimal-mark`, comment blocks). Directives that
 * would change account names or pull in other files (`include`, `alias`, `apply account`) are
 * refused, so nothing is imported under a wrong name. Quantities are exact decimals.
 */

export interface JournalAmount {
  /** The commodity as written (`$`, `EUR`, `AAA`), or `''` when the amount has none. */
  commodity: string;
  quantity: Decimal;
}

export interface JournalCost {
  /** `@` gives a per-unit price, `@@` the total. */
  kind: 'unit' | 'total';
  amount: JournalAmount;
}

export interface JournalAssertion {
  /** `=`/`==` check the account alone; `=*`/`==*` include its subaccounts. `==` also wants other commodities at zero. */
  total: boolean;
  inclusive: boolean;
  amount: JournalAmount;
}

export interface JournalPosting {
  line: number;
  account: string;
  /** `(account)` postings are unbalanced virtual ones; `[account]` balanced virtual. */
  virtual: 'real' | 'balanced' | 'unbalanced';
  amount: JournalAmount | null;
  cost: JournalCost | null;
  assertion: JournalAssertion | null;
  comment: string | null;
  tags: string[];
}

export interface JournalTransaction {
  line: number;
  date: string;
  status: '' | '*' | '!';
  code: string | null;
  description: string;
  comment: string | null;
  tags: string[];
  postings: JournalPosting[];
}

export interface ParsedJournal {
  transactions: JournalTransaction[];
  /** Directives and blocks that were read and deliberately ignored, with their line. */
  skipped: { line: number; what: string }[];
  /** The commodity of `D` (default commodity), for amounts written without one. */
  defaultCommodity: string | null;
}

export class JournalError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = 'JournalError';
  }
}

const DATE_RE = /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2})(?:=(\S+))?(?=\s|$)/;
const REFUSED = new Set(['include', 'alias', 'apply', 'bucket', 'A', '!include', '!alias']);
const SKIPPED_DIRECTIVES = new Set(['account', 'commodity', 'P', 'payee', 'tag', 'N', 'C', 'define', 'assert', 'check', 'expr', 'value', 'end']);

/** Parses a journal; throws JournalError with the line number of the first problem. */
export function parseJournal(text: string): ParsedJournal {
  const lines = text.split(/\r?\n/);
  const out: ParsedJournal = { transactions: [], skipped: [], defaultCommodity: null };
  let year: number | null = null;
  let decimalMark: '.' | ',' | null = null;
  let current: JournalTransaction | null = null;
  let skippingIndented = false;
  let inCommentBlock = false;

  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const raw = lines[i]!;
    if (inCommentBlock) {
      if (/^end\s+comment\b/.test(raw)) inCommentBlock = false;
      continue;
    }
    if (raw.trim() === '') {
      current = null;
      skippingIndented = false;
      continue;
    }
    const indented = /^[ \t]/.test(raw);
    if (indented) {
      if (skippingIndented) continue;
      const body = raw.trim();
      if (!current) {
        if (/^[;#*]/.test(body)) continue;
        throw new JournalError(n, 'an indented line outside a transaction');
      }
      if (body.startsWith(';')) {
        const comment = body.slice(1).trim();
        const target = current.postings.at(-1) ?? current;
        target.comment = target.comment ? `${target.comment}\n${comment}` : comment;
        target.tags.push(...tagsOf(comment));
        continue;
      }
      current.postings.push(parsePosting(body, n, decimalMark));
      continue;
    }
    current = null;
    skippingIndented = false;
    if (/^[;#*%|]/.test(raw)) continue;
    if (/^comment\s*$/.test(raw)) {
      inCommentBlock = true;
      continue;
    }
    const date = DATE_RE.exec(raw);
    if (date) {
      current = parseHeader(raw, date, n, year);
      out.transactions.push(current);
      continue;
    }
    const yearDirective = /^(?:Y|year)\s+(\d{4})\s*$/.exec(raw);
    if (yearDirective) {
      year = Number(yearDirective[1]);
      continue;
    }
    const mark = /^decimal-mark\s+([.,])\s*$/.exec(raw);
    if (mark) {
      decimalMark = mark[1] as '.' | ',';
      continue;
    }
    if (/^D\s/.test(raw)) {
      out.defaultCommodity = parseAmount(raw.slice(2).replace(/;.*$/, '').trim(), n, decimalMark).commodity;
      out.skipped.push({ line: n, what: 'D (default commodity)' });
      skippingIndented = true;
      continue;
    }
    if (/^[~=]/.test(raw)) {
      out.skipped.push({ line: n, what: raw.startsWith('~') ? 'periodic transaction' : 'automated transaction' });
      skippingIndented = true;
      continue;
    }
    const word = raw.split(/\s+/)[0]!;
    if (REFUSED.has(word)) throw new JournalError(n, `the ${word} directive is not supported; flatten the journal first (e.g. hledger print)`);
    if (SKIPPED_DIRECTIVES.has(word)) {
      out.skipped.push({ line: n, what: word });
      skippingIndented = true;
      continue;
    }
    throw new JournalError(n, `cannot read "${raw.slice(0, 60)}": expected a transaction date or a directive`);
  }
  return out;
}

function parseHeader(raw: string, date: RegExpExecArray, n: number, year: number | null): JournalTransaction {
  const [rest, comment] = splitComment(raw.slice(date[0].length));
  let text = rest.trim();
  let status: '' | '*' | '!' = '';
  if (text.startsWith('*') || text.startsWith('!')) {
    status = text[0] as '*' | '!';
    text = text.slice(1).trim();
  }
  let code: string | null = null;
  const codeMatch = /^\(([^)]*)\)\s*/.exec(text);
  if (codeMatch) {
    code = codeMatch[1]!.trim() || null;
    text = text.slice(codeMatch[0].length);
  }
  return {
    line: n,
    date: isoDate(date[1]!, n, year),
    status,
    code,
    description: text.trim(),
    comment,
    tags: comment ? tagsOf(comment) : [],
    postings: [],
  };
}

function isoDate(text: string, n: number, year: number | null): string {
  const parts = text.split(/[-/.]/).map(Number);
  const [y, m, d] = parts.length === 3 ? parts : [year, parts[0], parts[1]];
  if (y === null || y === undefined) throw new JournalError(n, `the date ${text} has no year and no Y directive gives one`);
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const check = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== iso) throw new JournalError(n, `${text} is not a calendar date`);
  return iso;
}

/** Splits off a `;` comment (hledger and ledger treat `;` as the start of a comment in headers and postings). */
function splitComment(text: string): [string, string | null] {
  const at = text.indexOf(';');
  return at < 0 ? [text, null] : [text.slice(0, at), text.slice(at + 1).trim()];
}

/** `key:value` tags in a comment (`; project:alpha, billable:`). */
function tagsOf(comment: string): string[] {
  const tags: string[] = [];
  for (const m of comment.matchAll(/(?:^|[\s,])([^\s,:]+):([^,]*)/g)) tags.push(m[2]!.trim() ? `${m[1]}:${m[2]!.trim()}` : m[1]!);
  return tags;
}

function parsePosting(body: string, n: number, decimalMark: '.' | ',' | null): JournalPosting {
  const [beforeComment, comment] = splitComment(body);
  let text = beforeComment.trimEnd();
  if (/^[*!]\s/.test(text)) text = text.slice(2).trimStart();
  // The account name ends at two spaces, a tab, or the end of the line.
  const sep = /( {2,}|\t)/.exec(text);
  let account = (sep ? text.slice(0, sep.index) : text).trim();
  const amountText = sep ? text.slice(sep.index).trim() : '';
  let virtual: JournalPosting['virtual'] = 'real';
  if (/^\(.*\)$/.test(account)) {
    virtual = 'unbalanced';
    account = account.slice(1, -1).trim();
  } else if (/^\[.*\]$/.test(account)) {
    virtual = 'balanced';
    account = account.slice(1, -1).trim();
  }
  if (account === '') throw new JournalError(n, 'a posting needs an account name');
  const posting: JournalPosting = { line: n, account, virtual, amount: null, cost: null, assertion: null, comment, tags: comment ? tagsOf(comment) : [] };
  if (amountText === '') return posting;
  if (/[{}]/.test(amountText)) throw new JournalError(n, 'lot prices ({…}) are not supported; use @ or @@ costs');

  let main = amountText;
  const eq = main.indexOf('=');
  if (eq >= 0) {
    const assertion = /^(==?)(\*?)\s*(\S.*)$/.exec(main.slice(eq));
    if (!assertion) throw new JournalError(n, 'a balance assertion (=) needs an amount');
    posting.assertion = { total: assertion[1] === '==', inclusive: assertion[2] === '*', amount: parseAmountExpression(assertion[3]!.trim(), n, decimalMark) };
    main = main.slice(0, eq).trim();
  }
  const cost = /(@@?)\s*(.*)$/.exec(main);
  if (cost) {
    const price = parseAmount(cost[2]!.trim(), n, decimalMark);
    if (price.quantity.isNegative()) throw new JournalError(n, 'a cost is never negative');
    posting.cost = { kind: cost[1] === '@@' ? 'total' : 'unit', amount: price };
    main = main.slice(0, cost.index).trim();
    if (main === '') throw new JournalError(n, 'a cost needs an amount before it');
  }
  if (main !== '') posting.amount = parseAmount(main, n, decimalMark);
  return posting;
}

/** `$4,000.00`, or a balance-assignment expression `($4,000.00 + $100.00)`. */
function parseAmountExpression(text: string, n: number, decimalMark: '.' | ',' | null): JournalAmount {
  if (!text.startsWith('(')) return parseAmount(text, n, decimalMark);
  if (!text.endsWith(')')) throw new JournalError(n, `unbalanced parentheses in ${text}`);
  const terms = text.slice(1, -1).trim().split(/\s+([+-])\s+/);
  let total = parseAmount(terms[0]!, n, decimalMark);
  for (let i = 1; i < terms.length; i += 2) {
    const next = parseAmount(terms[i + 1] ?? '', n, decimalMark);
    if (next.commodity !== total.commodity) throw new JournalError(n, 'an amount expression mixes commodities');
    total = { commodity: total.commodity, quantity: terms[i] === '+' ? total.quantity.plus(next.quantity) : total.quantity.minus(next.quantity) };
  }
  return total;
}

const COMMODITY = String.raw`"[^"]+"|[^\s\d.,+\-@;=()"]+`;
const NUMBER = String.raw`\d[\d.,]*|[.,]\d+`;
const LEFT = new RegExp(`^([+-]?)\\s*(${COMMODITY})\\s*([+-]?)\\s*(${NUMBER})$`, 'u');
const RIGHT = new RegExp(`^([+-]?)\\s*(${NUMBER})\\s*(${COMMODITY})?$`, 'u');

/** One amount: `$-1`, `-$10,000.00`, `12.00 EUR`, `₹1,00,000`, `0.350 VMMXX`, `10`. */
export function parseAmount(text: string, n: number, decimalMark: '.' | ',' | null = null): JournalAmount {
  const left = LEFT.exec(text);
  const right = left ? null : RIGHT.exec(text);
  if (!left && !right) throw new JournalError(n, `cannot read the amount "${text.slice(0, 40)}"`);
  const sign = left ? (left[1] || left[3]) === '-' : right![1] === '-';
  if (left && left[1] && left[3]) throw new JournalError(n, `two signs in "${text}"`);
  const commodity = (left ? left[2]! : (right![3] ?? '')).replace(/^"|"$/g, '');
  const quantity = parseNumber(left ? left[4]! : right![2]!, n, decimalMark);
  return { commodity, quantity: sign ? quantity.neg() : quantity };
}

/**
 * Digits with a decimal mark and digit-group marks. With both `.` and `,` the last one is the
 * decimal mark; one mark that repeats is a group mark; a single `,` followed by exactly three digits
 * is read as a thousands separator unless `decimal-mark ,` says otherwise.
 */
function parseNumber(text: string, n: number, decimalMark: '.' | ',' | null): Decimal {
  let mark: '.' | ',' | null = decimalMark;
  if (!mark) {
    const dot = text.lastIndexOf('.');
    const comma = text.lastIndexOf(',');
    if (dot >= 0 && comma >= 0) mark = dot > comma ? '.' : ',';
    else if (dot >= 0) mark = text.indexOf('.') === dot ? '.' : null;
    else if (comma >= 0) mark = text.indexOf(',') === comma && !/,\d{3}$/.test(text) ? ',' : null;
  }
  const group = mark === ',' ? '.' : ',';
  const [whole = '', fraction, extra] = (mark ? text.split(mark) : [text]) as [string, string | undefined, string | undefined];
  if (extra !== undefined || (fraction !== undefined && !/^\d*$/.test(fraction))) throw new JournalError(n, `cannot read the number "${text}"`);
  const groups = whole.split(group);
  if (groups.some((g, i) => g === '' && !(i === 0 && groups.length === 1)) || groups.some((g) => !/^\d*$/.test(g))) {
    throw new JournalError(n, `cannot read the number "${text}"`);
  }
  const digits = `${groups.join('') || '0'}${fraction ? `.${fraction}` : ''}`;
  return new Decimal(digits);
}
