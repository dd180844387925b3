import { createHash } from 'node:crypto';
import { Decimal } from 'decimal.js';
import { currencyExponent, isCurrencyCode, roundToMinor } from '../../../kernel/money.js';
import { JournalError, type JournalAmount, type JournalPosting, type JournalTransaction, type ParsedJournal } from './journal-parser.js';

/**
 * Turns a parsed journal into Kontor entries: elided amounts and balance assignments filled in,
 * balance assertions checked, commodities mapped to ISO currencies, costs turned into base-currency
 * values, and postings that convert between currencies balanced per currency through a conversion
 * account (as hledger's equity conversion postings do), so every entry balances in each currency
 * and in base currency.
 */

/** Commodity symbols read as currencies; three-letter ISO codes are read as themselves. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { $: 'USD', '₹': 'INR', Rs: 'INR', '€': 'EUR', '£': 'GBP' };

export const CONVERSION_ACCOUNT = 'Equity:Currency Conversion';

export interface ResolveOptions {
  baseCurrency: string;
  /** Overrides or additions to CURRENCY_SYMBOLS, e.g. `{ $: 'CAD' }`. */
  commodities?: Record<string, string>;
}

export interface ResolvedLine {
  account: string;
  currency: string;
  /** Minor units of `currency`; positive is a debit. */
  amount: bigint;
  /** Minor units of the base currency, same sign as `amount`. */
  base: bigint;
  memo: string | null;
}

export interface ResolvedEntry {
  /** Line of the transaction in the journal. */
  line: number;
  date: string;
  memo: string;
  reference: string | null;
  /** Stable identity of the transaction's content (with a counter for identical ones): re-imports skip it. */
  key: string;
  lines: ResolvedLine[];
}

export interface ResolvedJournal {
  entries: ResolvedEntry[];
  notes: { line: number; message: string }[];
}

type Balances = Map<string, Map<string, Decimal>>;

export function resolveJournal(journal: ParsedJournal, options: ResolveOptions): ResolvedJournal {
  const symbols = { ...CURRENCY_SYMBOLS, ...options.commodities };
  const defaultCommodity = journal.defaultCommodity ?? '';
  const currencyOf = (commodity: string): string | null => {
    const c = commodity === '' ? defaultCommodity : commodity;
    if (c === '') return options.baseCurrency;
    const mapped = symbols[c] ?? c;
    return isCurrencyCode(mapped) ? mapped : null;
  };
  const norm = (a: JournalAmount): JournalAmount => (a.commodity === '' && defaultCommodity !== '' ? { ...a, commodity: defaultCommodity } : a);
  const balances: Balances = new Map();
  const notes: ResolvedJournal['notes'] = [];
  const entries: ResolvedEntry[] = [];
  const seen = new Map<string, number>();
  const ordered = journal.transactions.map((t, i) => [t, i] as const).sort(([a, i], [b, j]) => (a.date < b.date ? -1 : a.date > b.date ? 1 : i - j));
  // Running balances are needed only for balance assertions and assignments.
  const tracked = journal.transactions.some((t) => t.postings.some((p) => p.assertion));

  for (const [txn] of ordered) {
    const postings: { p: JournalPosting; amount: JournalAmount | null }[] = [];
    for (const p of txn.postings) {
      if (p.virtual === 'unbalanced') {
        notes.push({ line: p.line, message: `virtual posting (${p.account}) not imported` });
        continue;
      }
      postings.push({ p, amount: p.amount ? norm(p.amount) : null });
    }
    // Balance assignments: a posting without an amount whose assertion says what the balance becomes.
    for (const x of postings) {
      if (x.amount || !x.p.assertion) continue;
      if (x.p.assertion.inclusive) throw new JournalError(x.p.line, 'a balance assignment with =* is not supported');
      const target = norm(x.p.assertion.amount);
      x.amount = { commodity: target.commodity, quantity: target.quantity.minus(balanceOf(balances, x.p.account, target.commodity, false)) };
    }
    const elided = postings.filter((x) => !x.amount);
    if (elided.length > 1) throw new JournalError(elided[1]!.p.line, 'only one posting of a transaction may leave out its amount');

    const valued = postings.filter((x) => x.amount).map((x) => ({ ...x, amount: x.amount!, value: valueOf(x.amount!, x.p) }));
    const residual = new Map<string, Decimal>();
    for (const v of valued) residual.set(v.value.commodity, (residual.get(v.value.commodity) ?? new Decimal(0)).plus(v.value.quantity));
    const open = [...residual].filter(([, q]) => !q.isZero());
    if (elided.length === 1) {
      for (const [commodity, q] of open) {
        const amount = { commodity, quantity: q.neg() };
        valued.push({ p: elided[0]!.p, amount, value: amount });
      }
    } else if (open.length > 0 && !(open.length === 2 && valued.every((v) => !v.p.cost))) {
      throw new JournalError(txn.line, `the transaction does not balance: ${open.map(([c, q]) => `${q.toFixed()} ${c}`.trim()).join(', ')} left over`);
    }

    if (tracked) {
      for (const v of valued) add(balances, v.p.account, v.amount.commodity, v.amount.quantity);
      for (const x of postings) if (x.p.assertion) checkAssertion(balances, x.p, norm(x.p.assertion.amount));
    }

    const lines = toLines(valued, txn, currencyOf, options.baseCurrency, notes);
    if (lines.filter((l) => l.amount !== 0n).length === 0) {
      notes.push({ line: txn.line, message: 'transaction with no amounts not imported' });
      continue;
    }
    const nonZero = balanceByCurrency(lines.filter((l) => l.amount !== 0n), txn.line, options.baseCurrency);
    const memo = clip(txn.description || txn.code || 'Imported transaction', 1000);
    const fingerprint = [txn.date, memo, txn.code ?? '', ...nonZero.map((l) => `${l.account}|${l.currency}|${l.amount}|${l.base}`)].join('\n');
    const hash = createHash('sha256').update(fingerprint).digest('base64url').slice(0, 32);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    entries.push({ line: txn.line, date: txn.date, memo, reference: txn.code ? clip(txn.code, 200) : null, key: n === 1 ? hash : `${hash}#${n}`, lines: nonZero });
  }
  return { entries, notes };
}

/** What a posting is worth for balancing: its cost when it has one, else its amount. */
function valueOf(amount: JournalAmount, p: JournalPosting): JournalAmount {
  if (!p.cost) return amount;
  const price = p.cost.amount;
  const total = p.cost.kind === 'unit' ? price.quantity.times(amount.quantity.abs()) : price.quantity;
  return { commodity: price.commodity, quantity: amount.quantity.isNegative() ? total.neg() : total };
}

function toLines(
  valued: { p: JournalPosting; amount: JournalAmount; value: JournalAmount }[],
  txn: JournalTransaction,
  currencyOf: (commodity: string) => string | null,
  base: string,
  notes: ResolvedJournal['notes'],
): ResolvedLine[] {
  const lines: (ResolvedLine & { known: boolean })[] = [];
  for (const v of valued) {
    const memo = v.p.comment ? clip(v.p.comment.replace(/\s+/g, ' '), 500) : null;
    const currency = currencyOf(v.amount.commodity);
    const costCurrency = v.p.cost ? currencyOf(v.value.commodity) : null;
    if (v.p.cost && !costCurrency) throw new JournalError(v.p.line, `the cost's commodity ${v.value.commodity} is not a currency`);
    if (currency) {
      const amount = exactMinor(v.amount.quantity, currency, v.p.line);
      if (currency === base) lines.push({ account: v.p.account, currency, amount, base: amount, memo, known: true });
      else if (costCurrency === base) lines.push({ account: v.p.account, currency, amount, base: rounded(v.value.quantity, base, v.p.line, notes), memo, known: true });
      else if (costCurrency) throw new JournalError(v.p.line, `a ${currency} posting needs its cost in the base currency ${base}, not ${costCurrency}`);
      else lines.push({ account: v.p.account, currency, amount, base: 0n, memo, known: false });
      continue;
    }
    if (!costCurrency) {
      throw new JournalError(v.p.line, `${v.amount.commodity} is not an ISO 4217 currency; give it a cost (@ or @@) in a currency, or map the commodity`);
    }
    notes.push({ line: v.p.line, message: `${v.amount.quantity.toFixed()} ${v.amount.commodity} posted at cost in ${costCurrency}` });
    const amount = rounded(v.value.quantity, costCurrency, v.p.line, notes);
    if (costCurrency !== base) throw new JournalError(v.p.line, `${v.amount.commodity} is valued in ${costCurrency}; only costs in the base currency ${base} can be imported`);
    lines.push({ account: v.p.account, currency: costCurrency, amount, base: amount, memo, known: true });
  }
  // A conversion without a cost (hledger infers the price): the one foreign posting is worth what the rest balances to.
  const unknown = lines.filter((l) => !l.known);
  if (unknown.length > 0) {
    const rest = lines.filter((l) => l.known);
    const value = -rest.reduce((s, l) => s + l.base, 0n);
    const only = unknown[0]!;
    if (unknown.length > 1 || rest.length === 0 || value === 0n || value > 0n !== only.amount > 0n) {
      throw new JournalError(txn.line, `postings in ${only.currency} need their value in the base currency ${base}: add a cost (@@ … ${base})`);
    }
    only.base = value;
    only.known = true;
  }
  return lines.map(({ known: _known, ...l }) => l);
}

/** Adds conversion lines so the entry balances in each currency, its base values unchanged. */
function balanceByCurrency(lines: ResolvedLine[], at: number, base: string): ResolvedLine[] {
  const net = new Map<string, { amount: bigint; base: bigint }>();
  for (const l of lines) {
    const t = net.get(l.currency) ?? { amount: 0n, base: 0n };
    net.set(l.currency, { amount: t.amount + l.amount, base: t.base + l.base });
  }
  const out = [...lines];
  let totalBase = lines.reduce((s, l) => s + l.base, 0n);
  // Amounts balanced exactly before costs were rounded to minor units; only that rounding can be left.
  const roundingSlack = BigInt(lines.length);
  if (totalBase > roundingSlack || totalBase < -roundingSlack) throw new JournalError(at, 'the transaction does not balance in the base currency');
  const foreign = [...net].filter(([c, t]) => c !== base && t.amount !== 0n).sort(([a], [b]) => a.localeCompare(b));
  for (const [currency, t] of foreign) {
    if (t.base === 0n || t.amount > 0n !== t.base > 0n) throw new JournalError(at, `the ${currency} postings cannot be balanced through a conversion account`);
    out.push({ account: CONVERSION_ACCOUNT, currency, amount: -t.amount, base: -t.base, memo: null });
    totalBase -= t.base;
  }
  if (totalBase !== 0n) out.push({ account: CONVERSION_ACCOUNT, currency: base, amount: -totalBase, base: -totalBase, memo: null });
  return out;
}

/** Minor units of an amount in an ISO currency; more decimals than the currency has are refused, never rounded. */
function exactMinor(quantity: Decimal, currency: string, line: number): bigint {
  const scaled = quantity.times(scaleOf(currency));
  if (!scaled.isInteger()) throw new JournalError(line, `${quantity.toFixed()} has more decimals than ${currency} allows`);
  return BigInt(scaled.toFixed(0));
}

/** A cost value (unit price × quantity) in minor units, rounded half up once when it does not come out exact. */
function rounded(quantity: Decimal, currency: string, line: number, notes: ResolvedJournal['notes']): bigint {
  const minor = roundToMinor(quantity, currency, 'half_up');
  if (!new Decimal(minor.toString()).equals(quantity.times(scaleOf(currency)))) {
    notes.push({ line, message: `cost ${quantity.toFixed()} ${currency} rounded to the ${currency} minor unit` });
  }
  return minor;
}

const scales = new Map<string, Decimal>();
function scaleOf(currency: string): Decimal {
  let scale = scales.get(currency);
  if (!scale) scales.set(currency, (scale = new Decimal(10).pow(currencyExponent(currency))));
  return scale;
}

function add(balances: Balances, account: string, commodity: string, quantity: Decimal): void {
  const own = balances.get(account) ?? new Map<string, Decimal>();
  own.set(commodity, (own.get(commodity) ?? new Decimal(0)).plus(quantity));
  balances.set(account, own);
}

function balanceOf(balances: Balances, account: string, commodity: string, inclusive: boolean): Decimal {
  let total = balances.get(account)?.get(commodity) ?? new Decimal(0);
  if (inclusive) {
    for (const [name, own] of balances) if (name.startsWith(`${account}:`)) total = total.plus(own.get(commodity) ?? 0);
  }
  return total;
}

function checkAssertion(balances: Balances, p: JournalPosting, expected: JournalAmount): void {
  const a = p.assertion!;
  const actual = balanceOf(balances, p.account, expected.commodity, a.inclusive);
  if (!actual.equals(expected.quantity)) {
    throw new JournalError(p.line, `balance assertion failed: ${p.account} is ${actual.toFixed()} ${expected.commodity}, the journal says ${expected.quantity.toFixed()}`.trim());
  }
  if (a.total) {
    const others = [...(balances.get(p.account) ?? new Map<string, Decimal>())].filter(([c, q]) => c !== expected.commodity && !q.isZero());
    if (others.length > 0) throw new JournalError(p.line, `balance assertion failed: ${p.account} also holds ${others.map(([c, q]) => `${q.toFixed()} ${c}`).join(', ')}`);
  }
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max);
}
