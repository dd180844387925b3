import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../kernel/index.js';
import { assertBalanced, assertOpenPeriod, closingLines, normalizeLines, parseRawLines, reversalLines, totals, type LineDraft, type PostingAccount } from './entries.js';

const ACCOUNTS: PostingAccount[] = Array.from({ length: 6 }, (_, i) => ({
  id: `0190a000-0000-7000-8000-00000000000${i}`,
  type: i < 3 ? 'asset' : 'income',
  currency: 'INR',
  status: 'active',
  isGroup: false,
}));
const byId = new Map(ACCOUNTS.map((a) => [a.id, a]));

/** A random balanced entry: debits of random amounts, their total split into random credits. */
export const balancedEntry = fc
  .record({
    debits: fc.array(fc.record({ account: fc.nat(5), amount: fc.bigInt({ min: 1000n, max: 10n ** 12n }) }), { minLength: 1, maxLength: 4 }),
    weights: fc.array(fc.record({ account: fc.nat(5), weight: fc.integer({ min: 1, max: 1000 }) }), { minLength: 1, maxLength: 4 }),
  })
  .map(({ debits, weights }) => {
    const total = debits.reduce((s, d) => s + d.amount, 0n);
    const weightSum = BigInt(weights.reduce((s, w) => s + w.weight, 0));
    let left = total;
    const credits = weights.map((w, i) => {
      const part = i === weights.length - 1 ? left : (total * BigInt(w.weight)) / weightSum;
      left -= part;
      return { account: w.account, amount: part };
    });
    return [
      ...debits.map((d) => ({ accountId: ACCOUNTS[d.account]!.id, debit: d.amount })),
      ...credits.filter((c) => c.amount > 0n).map((c) => ({ accountId: ACCOUNTS[c.account]!.id, credit: c.amount })),
    ];
  });

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
  return 'no error';
}

describe('entry invariants (properties)', () => {
  it('random valid entries always balance, per currency and in base currency', () => {
    fc.assert(
      fc.property(balancedEntry, (lines) => {
        const drafts = normalizeLines(lines, byId, 'INR', { requirePostable: true });
        assertBalanced(drafts, 'INR');
        for (const t of totals(drafts).values()) expect(t.debit).toBe(t.credit);
      }),
      { numRuns: 500 },
    );
  });

  it('moving any one amount by one minor unit makes the entry unbalanced', () => {
    fc.assert(
      fc.property(balancedEntry, fc.nat(), fc.boolean(), (lines, pick, up) => {
        const drafts = normalizeLines(lines, byId, 'INR', { requirePostable: true });
        const i = pick % drafts.length;
        const l = drafts[i]!;
        const delta = up ? 1n : -1n;
        const changed: LineDraft[] = drafts.map((d, j) =>
          j !== i ? d : l.debit > 0n ? { ...l, debit: l.debit + delta, baseDebit: l.baseDebit + delta } : { ...l, credit: l.credit + delta, baseCredit: l.baseCredit + delta },
        );
        return codeOf(() => assertBalanced(changed, 'INR')) === 'LEDGER.UNBALANCED_ENTRY';
      }),
    );
  });

  it('a reversal nets every account to zero', () => {
    fc.assert(
      fc.property(balancedEntry, (lines) => {
        const drafts = normalizeLines(lines, byId, 'INR', { requirePostable: true });
        const reversal = reversalLines(drafts);
        assertBalanced(reversal, 'INR');
        const net = new Map<string, bigint>();
        for (const l of [...drafts, ...reversal]) net.set(l.accountId, (net.get(l.accountId) ?? 0n) + l.debit - l.credit + l.baseDebit - l.baseCredit);
        return [...net.values()].every((v) => v === 0n);
      }),
    );
  });
});

describe('entry rules', () => {
  const [cash, sales] = [ACCOUNTS[0]!.id, ACCOUNTS[3]!.id];
  it('needs two lines and one side per line', () => {
    expect(codeOf(() => assertBalanced([], 'INR'))).toBe('LEDGER.TOO_FEW_LINES');
    expect(codeOf(() => normalizeLines([{ accountId: cash, debit: 1n, credit: 1n }], byId, 'INR', { requirePostable: true }))).toBe('LEDGER.INVALID_LINE');
    expect(codeOf(() => normalizeLines([{ accountId: cash }], byId, 'INR', { requirePostable: true }))).toBe('LEDGER.INVALID_LINE');
  });

  it('refuses archived, group and unknown accounts when posting, but lets drafts keep archived ones', () => {
    const archived = new Map(byId).set(cash, { ...byId.get(cash)!, status: 'archived' });
    expect(codeOf(() => normalizeLines([{ accountId: cash, debit: 1n }], archived, 'INR', { requirePostable: true }))).toBe('LEDGER.ACCOUNT_NOT_POSTABLE');
    expect(codeOf(() => normalizeLines([{ accountId: cash, debit: 1n }], archived, 'INR', { requirePostable: false }))).toBe('no error');
    const group = new Map(byId).set(cash, { ...byId.get(cash)!, isGroup: true });
    expect(codeOf(() => normalizeLines([{ accountId: cash, debit: 1n }], group, 'INR', { requirePostable: true }))).toBe('LEDGER.ACCOUNT_NOT_POSTABLE');
    expect(codeOf(() => normalizeLines([{ accountId: '0190a000-0000-7000-8000-0000000000ff', debit: 1n }], byId, 'INR', { requirePostable: false }))).toBe('LEDGER.ACCOUNT_NOT_POSTABLE');
  });

  it('needs a base amount for foreign lines and forbids a different one for base lines', () => {
    expect(codeOf(() => normalizeLines([{ accountId: cash, debit: 100n, currency: 'USD' }], byId, 'INR', { requirePostable: true }))).toBe('LEDGER.INVALID_LINE');
    expect(codeOf(() => normalizeLines([{ accountId: cash, debit: 100n, baseAmount: 99n }], byId, 'INR', { requirePostable: true }))).toBe('LEDGER.INVALID_LINE');
    const [l] = normalizeLines([{ accountId: cash, credit: 100n, currency: 'USD', baseAmount: 8300n }], byId, 'INR', { requirePostable: true });
    expect(l).toMatchObject({ credit: 100n, baseCredit: 8300n, debit: 0n, baseDebit: 0n });
  });

  it('parses JSON amounts in the line currency, exactly', () => {
    const parsed = parseRawLines([{ accountId: cash, debit: '12.50' }, { accountId: sales, credit: '1250', currency: 'JPY', baseAmount: '12.50' }], byId, 'INR');
    expect(parsed.map((p) => [p.debit, p.credit, p.baseAmount])).toEqual([[1250n, null, null], [null, 1250n, 1250n]]);
    expect(codeOf(() => parseRawLines([{ accountId: cash, debit: '12.505' }], byId, 'INR'))).toBe('LEDGER.INVALID_AMOUNT');
    expect(codeOf(() => parseRawLines([{ accountId: cash, debit: '-1.00' }], byId, 'INR'))).toBe('LEDGER.INVALID_AMOUNT');
  });

  it('locks the period up to and including the lock date', () => {
    expect(codeOf(() => assertOpenPeriod('2026-03-31', '2026-03-31'))).toBe('LEDGER.PERIOD_LOCKED');
    expect(codeOf(() => assertOpenPeriod('2026-04-01', '2026-03-31'))).toBe('no error');
    expect(codeOf(() => assertOpenPeriod('1999-01-01', null))).toBe('no error');
  });
});

describe('period close (property)', () => {
  it('closing lines always balance and bring every income and expense account to zero', () => {
    const re = '0190a000-0000-7000-8000-0000000000aa';
    const withRe = new Map(byId).set(re, { id: re, type: 'equity', currency: 'INR', status: 'active', isGroup: false });
    fc.assert(
      fc.property(fc.array(fc.record({ account: fc.nat(5), net: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }) }), { maxLength: 8 }), (balances) => {
        const merged = new Map<string, bigint>();
        for (const b of balances) merged.set(ACCOUNTS[b.account]!.id, (merged.get(ACCOUNTS[b.account]!.id) ?? 0n) + b.net);
        const rows = [...merged].map(([accountId, net]) => ({ accountId, currency: 'INR', net, baseNet: net }));
        const lines = closingLines(rows, re, 'INR');
        if (rows.every((r) => r.net === 0n)) return lines.length === 0;
        const drafts = normalizeLines(lines, withRe, 'INR', { requirePostable: true });
        assertBalanced(drafts, 'INR');
        for (const r of rows) {
          const moved = drafts.filter((d) => d.accountId === r.accountId).reduce((s, d) => s + d.debit - d.credit, 0n);
          if (r.net + moved !== 0n) return false;
        }
        return true;
      }),
    );
  });
});
