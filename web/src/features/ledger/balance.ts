/**
 * The journal entry form's live indicator: totals of the debit and credit columns, exactly, in
 * minor units. An entry is balanced when both totals are equal and not zero.
 */
// `.js`: this pure module is also compiled by the root (NodeNext) tsconfig for test/web.
import { fromMinor, parseAmountInput } from '../../lib/list/decimal.js';

export interface DraftLine {
  debit: string;
  credit: string;
}

export type EntryBalance =
  | { state: 'invalid'; /** indexes of lines whose amounts are not valid */ lines: number[] }
  | { state: 'empty' }
  | { state: 'balanced'; total: string }
  | { state: 'unbalanced'; debit: string; credit: string; /** always positive */ difference: string; heavier: 'debit' | 'credit' };

export function entryBalance(lines: readonly DraftLine[], currency: string): EntryBalance {
  let debit = 0n;
  let credit = 0n;
  const invalid: number[] = [];
  lines.forEach((line, index) => {
    const d = parseAmountInput(line.debit, currency);
    const c = parseAmountInput(line.credit, currency);
    if (!d.ok || !c.ok) {
      invalid.push(index);
      return;
    }
    debit += d.minor ?? 0n;
    credit += c.minor ?? 0n;
  });
  if (invalid.length > 0) return { state: 'invalid', lines: invalid };
  if (debit === 0n && credit === 0n) return { state: 'empty' };
  if (debit === credit) return { state: 'balanced', total: fromMinor(debit, currency) };
  return {
    state: 'unbalanced',
    debit: fromMinor(debit, currency),
    credit: fromMinor(credit, currency),
    difference: fromMinor(debit > credit ? debit - credit : credit - debit, currency),
    heavier: debit > credit ? 'debit' : 'credit',
  };
}

/** The request lines of a form: blank lines dropped, a line with an amount sends only its side. */
export function requestLines<L extends DraftLine & { accountId: string; memo: string }>(lines: readonly L[]): { index: number; line: { accountId: string; debit?: string; credit?: string; memo?: string } }[] {
  const out: { index: number; line: { accountId: string; debit?: string; credit?: string; memo?: string } }[] = [];
  lines.forEach((l, index) => {
    if (!l.accountId && !l.debit && !l.credit && !l.memo) return;
    out.push({
      index,
      line: {
        accountId: l.accountId,
        ...(l.debit && { debit: l.debit }),
        ...(l.credit && { credit: l.credit }),
        ...(l.memo.trim() && { memo: l.memo.trim() }),
      },
    });
  });
  return out;
}

/**
 * A problem's field paths refer to the lines sent (`lines[1].debit`); the form may have skipped
 * blank lines, so map them back to the form's line numbers.
 */
export function mapLineErrors(errors: Record<string, string>, sentIndexes: readonly number[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const match = /^lines\[(\d+)\](.*)$/.exec(path) ?? /^lines\.(\d+)(.*)$/.exec(path);
    if (!match) {
      out[path] = message;
      continue;
    }
    const formIndex = sentIndexes[Number(match[1])];
    out[formIndex === undefined ? path : `lines[${formIndex}]${match[2]}`] = message;
  }
  return out;
}
