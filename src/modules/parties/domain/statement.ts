/** A party's side of the books: receivables grow with debits (they owe us), payables with credits (we owe them). */
export type StatementSide = 'receivable' | 'payable';

export interface StatementLineInput {
  debit: bigint;
  credit: bigint;
}

/** Signed movement of one line from the party's point of view: positive means more is owed on that side. */
export function movement(side: StatementSide, line: StatementLineInput): bigint {
  return side === 'receivable' ? line.debit - line.credit : line.credit - line.debit;
}

/** Lines with their running balance after each, starting from `opening`; the last running balance is the closing. */
export function withRunningBalance<T extends StatementLineInput>(side: StatementSide, opening: bigint, lines: readonly T[]): { lines: (T & { balance: bigint })[]; closing: bigint } {
  let balance = opening;
  const out = lines.map((line) => {
    balance += movement(side, line);
    return { ...line, balance };
  });
  return { lines: out, closing: balance };
}
