import { AppError, type FieldIssue } from '../../../kernel/index.js';
import { formatMoney, isCurrencyCode, parseMoney } from '../../../kernel/money.js';
import type { AccountType } from './accounts.js';
import { accountNotPostable, invalidLine, periodLocked, tooFewLines, unbalancedEntry } from './errors.js';

/** A journal line as the ledger stores it: one side positive, amounts in minor units. */
export interface LineDraft {
  accountId: string;
  currency: string;
  debit: bigint;
  credit: bigint;
  baseDebit: bigint;
  baseCredit: bigint;
  memo: string | null;
  partyId: string | null;
  storeId: string | null;
  tags: string[];
}

/** A line as callers give it: debit or credit in minor units; `baseAmount` for foreign-currency lines. */
export interface LineInput {
  accountId: string;
  debit?: bigint | null;
  credit?: bigint | null;
  currency?: string | null;
  baseAmount?: bigint | null;
  memo?: string | null;
  partyId?: string | null;
  storeId?: string | null;
  tags?: string[] | null;
}

export interface PostingAccount {
  id: string;
  type: AccountType;
  currency: string;
  status: 'active' | 'archived';
  isGroup: boolean;
}

/**
 * Turns caller lines into stored lines: the currency defaults to the account's, a base-currency line
 * carries its own amount as base amount, a foreign line must say what it is worth in base currency.
 * Unknown accounts (including other tenants') are refused here; `requirePostable` also refuses
 * archived and group accounts.
 */
export function normalizeLines(
  lines: LineInput[],
  accounts: ReadonlyMap<string, PostingAccount>,
  baseCurrency: string,
  options: { path?: string; requirePostable: boolean },
): LineDraft[] {
  const path = options.path ?? 'body.lines';
  const issues: FieldIssue[] = [];
  const notPostable: FieldIssue[] = [];
  const out: LineDraft[] = [];
  lines.forEach((line, i) => {
    const at = `${path}[${i}]`;
    const account = accounts.get(line.accountId);
    if (!account) {
      notPostable.push({ path: `${at}.accountId`, message: 'no such account' });
      return;
    }
    if (options.requirePostable && account.status !== 'active') notPostable.push({ path: `${at}.accountId`, message: 'the account is archived' });
    if (options.requirePostable && account.isGroup) notPostable.push({ path: `${at}.accountId`, message: 'a group account takes no lines; use one of its children' });
    const debit = line.debit ?? 0n;
    const credit = line.credit ?? 0n;
    if (debit < 0n || credit < 0n) issues.push({ path: at, message: 'amounts are positive; put a negative amount on the other side' });
    if ((debit > 0n) === (credit > 0n)) issues.push({ path: at, message: 'a line has either a debit or a credit, not both and not neither' });
    const currency = line.currency ?? account.currency;
    if (!isCurrencyCode(currency)) issues.push({ path: `${at}.currency`, message: 'not an ISO 4217 currency' });
    const amount = debit > 0n ? debit : credit;
    let base = amount;
    if (currency !== baseCurrency) {
      if (line.baseAmount === undefined || line.baseAmount === null || line.baseAmount <= 0n) {
        issues.push({ path: `${at}.baseAmount`, message: `a ${currency} line needs its positive value in ${baseCurrency}` });
      } else base = line.baseAmount;
    } else if (line.baseAmount !== undefined && line.baseAmount !== null && line.baseAmount !== amount) {
      issues.push({ path: `${at}.baseAmount`, message: 'a base-currency line is worth its own amount' });
    }
    const tags = [...new Set(line.tags ?? [])].sort();
    out.push({
      accountId: account.id,
      currency,
      debit: debit > 0n ? debit : 0n,
      credit: debit > 0n ? 0n : credit,
      baseDebit: debit > 0n ? base : 0n,
      baseCredit: debit > 0n ? 0n : base,
      memo: line.memo ?? null,
      partyId: line.partyId ?? null,
      storeId: line.storeId ?? null,
      tags,
    });
  });
  if (notPostable.length > 0) throw accountNotPostable(notPostable);
  if (issues.length > 0) throw invalidLine(issues);
  return out;
}

/** Totals per currency (and `*` for the base currency). */
export function totals(lines: readonly LineDraft[]): Map<string, { debit: bigint; credit: bigint }> {
  const out = new Map<string, { debit: bigint; credit: bigint }>();
  const add = (key: string, debit: bigint, credit: bigint) => {
    const t = out.get(key) ?? { debit: 0n, credit: 0n };
    out.set(key, { debit: t.debit + debit, credit: t.credit + credit });
  };
  for (const l of lines) {
    add(l.currency, l.debit, l.credit);
    add('*', l.baseDebit, l.baseCredit);
  }
  return out;
}

/** A posted entry has two or more lines and balances in each currency and in the base currency. */
export function assertBalanced(lines: readonly LineDraft[], baseCurrency: string): void {
  if (lines.length < 2) throw tooFewLines();
  const issues: FieldIssue[] = [];
  for (const [currency, t] of totals(lines)) {
    if (t.debit === t.credit) continue;
    const shown = currency === '*' ? baseCurrency : currency;
    issues.push({
      path: 'body.lines',
      message:
        currency === '*'
          ? `base-currency values do not balance: debits ${formatMoney(t.debit, shown)}, credits ${formatMoney(t.credit, shown)} ${shown}`
          : `${currency} debits ${formatMoney(t.debit, currency)} and credits ${formatMoney(t.credit, currency)} differ`,
    });
  }
  if (issues.length > 0) throw unbalancedEntry('Debits and credits of the entry are not equal', issues);
}

/** Nothing posts on or before the lock date. Dates are ISO `YYYY-MM-DD`, so they compare as strings. */
export function assertOpenPeriod(date: string, lockDate: string | null): void {
  if (lockDate !== null && date <= lockDate) throw periodLocked(date, lockDate);
}

/** The lines that undo an entry: the same lines with debit and credit swapped. */
export function reversalLines(lines: readonly LineDraft[]): LineDraft[] {
  return lines.map((l) => ({ ...l, debit: l.credit, credit: l.debit, baseDebit: l.baseCredit, baseCredit: l.baseDebit }));
}

/** A line as JSON carries it: amounts as decimal strings. */
export interface RawLine {
  accountId: string;
  debit?: string | undefined;
  credit?: string | undefined;
  currency?: string | undefined;
  baseAmount?: string | undefined;
  memo?: string | null | undefined;
  partyId?: string | null | undefined;
  storeId?: string | null | undefined;
  tags?: string[] | undefined;
}

/** Parses JSON amounts exactly into minor units of the line's currency (default: the account's). */
export function parseRawLines(raw: readonly RawLine[], accounts: ReadonlyMap<string, PostingAccount>, baseCurrency: string, path = 'body.lines'): LineInput[] {
  const issues: FieldIssue[] = [];
  const out = raw.map((line, i): LineInput => {
    const currency = line.currency ?? accounts.get(line.accountId)?.currency ?? baseCurrency;
    const parse = (value: string | undefined, field: string, cur: string): bigint | null => {
      if (value === undefined) return null;
      try {
        return parseMoney(value, cur, { path: `${path}[${i}].${field}`, nonNegative: true });
      } catch (error) {
        if (error instanceof AppError) issues.push(...error.errors);
        else throw error;
        return null;
      }
    };
    return {
      accountId: line.accountId,
      debit: parse(line.debit, 'debit', currency),
      credit: parse(line.credit, 'credit', currency),
      currency,
      baseAmount: parse(line.baseAmount, 'baseAmount', baseCurrency),
      memo: line.memo ?? null,
      partyId: line.partyId ?? null,
      storeId: line.storeId ?? null,
      tags: line.tags ?? [],
    };
  });
  if (issues.length > 0) throw new AppError('validation', 'LEDGER.INVALID_AMOUNT', 'Some amounts are not valid', { errors: issues });
  return out;
}

/** Net per (account, currency) of the income and expense accounts, as the rollups give them. */
export interface ProfitAndLossBalance {
  accountId: string;
  currency: string;
  /** Debit minus credit, in the currency. */
  net: bigint;
  /** Debit minus credit, in base currency. */
  baseNet: bigint;
}

/**
 * The closing entry of a period: every income and expense balance moved to retained earnings, one
 * retained-earnings line per currency so the entry balances in each currency and in base currency.
 */
export function closingLines(balances: readonly ProfitAndLossBalance[], retainedEarningsId: string, baseCurrency: string): LineInput[] {
  const lines: LineInput[] = [];
  const perCurrency = new Map<string, { net: bigint; baseNet: bigint }>();
  for (const b of balances) {
    if (b.net === 0n && b.baseNet === 0n) continue;
    if (b.currency === baseCurrency ? b.net !== b.baseNet : b.net === 0n || b.baseNet === 0n || b.net > 0n !== b.baseNet > 0n) {
      throw cannotCloseBalance(b);
    }
    const amount = b.net > 0n ? b.net : -b.net;
    const base = b.baseNet > 0n ? b.baseNet : -b.baseNet;
    lines.push({ accountId: b.accountId, currency: b.currency, ...(b.net > 0n ? { credit: amount } : { debit: amount }), ...(b.currency !== baseCurrency && { baseAmount: base }) });
    const t = perCurrency.get(b.currency) ?? { net: 0n, baseNet: 0n };
    perCurrency.set(b.currency, { net: t.net + b.net, baseNet: t.baseNet + b.baseNet });
  }
  for (const [currency, t] of [...perCurrency].sort(([a], [b]) => a.localeCompare(b))) {
    if (t.net === 0n && t.baseNet === 0n) continue;
    if (currency === baseCurrency ? false : t.net === 0n || t.baseNet === 0n || t.net > 0n !== t.baseNet > 0n) {
      throw cannotCloseBalance({ accountId: retainedEarningsId, currency, ...t });
    }
    const amount = t.net > 0n ? t.net : -t.net;
    const base = t.baseNet > 0n ? t.baseNet : -t.baseNet;
    lines.push({ accountId: retainedEarningsId, currency, ...(t.net > 0n ? { debit: amount } : { credit: amount }), ...(currency !== baseCurrency && { baseAmount: base }) });
  }
  return lines;
}

function cannotCloseBalance(b: { accountId: string; currency: string }): AppError {
  return new AppError('unprocessable', 'LEDGER.CANNOT_CLOSE', `The ${b.currency} balance of account ${b.accountId} has no single direction in base currency; post a revaluation first`);
}
