import { describe, expect, it } from 'vitest';
import { formatDate, monthEnds, monthLabel, today } from '../../web/src/features/ledger/dates.js';
import { accountTree, normalBalances, postableAccounts, type TreeAccount } from '../../web/src/features/ledger/tree.js';

type Account = TreeAccount & { name: string };
import { compactTick, plotRows, plotValue } from '../../web/src/lib/chart/series.js';

let n = 0;
function account(code: string, type: Account['type'], extra: Partial<Account> = {}): Account {
  n += 1;
  return {
    id: extra.id ?? `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    code,
    name: `Account ${code}`,
    type,
    parentId: null,
    isGroup: false,
    status: 'active',
    ...extra,
  };
}

describe('chart of accounts tree', () => {
  const assets = account('1000', 'asset', { isGroup: true });
  const bank = account('1120', 'asset', { parentId: assets.id });
  const cash = account('1110', 'asset', { parentId: assets.id });
  const orphan = account('1900', 'asset', { parentId: '00000000-0000-7000-8000-999999999999' });
  const rent = account('5200', 'expense');
  const sales = account('4000', 'income', { status: 'archived' });
  const accounts = [rent, bank, sales, orphan, cash, assets];

  it('groups by type in ledger order, children under parents, by code', () => {
    const tree = accountTree(accounts);
    expect(tree.map((g) => g.type)).toEqual(['asset', 'income', 'expense']);
    expect(tree[0]!.rows.map((r) => [r.account.code, r.depth])).toEqual([
      ['1000', 0],
      ['1110', 1],
      ['1120', 1],
      ['1900', 0],
    ]);
  });

  it('offers only active, non-group accounts for lines', () => {
    expect(postableAccounts(accounts).map((a) => a.code)).toEqual(['1110', '1120', '1900', '5200']);
  });

  it('turns trial balance columns into normal-direction balances, groups summing their children', () => {
    const trial = [
      { accountId: bank.id, debit: '1000.00', credit: '0.00' },
      { accountId: cash.id, debit: '0.00', credit: '200.50' },
      { accountId: rent.id, debit: '800.50', credit: '0.00' },
      { accountId: sales.id, debit: '0.00', credit: '1600.00' },
    ];
    const balances = normalBalances(accounts, trial, 'INR');
    expect(balances.get(bank.id)).toBe('1000.00');
    expect(balances.get(cash.id)).toBe('-200.50');
    expect(balances.get(assets.id)).toBe('799.50');
    expect(balances.get(rent.id)).toBe('800.50');
    expect(balances.get(sales.id)).toBe('1600.00');
    expect(balances.get(orphan.id)).toBe('0.00');
  });
});

describe('ledger dates', () => {
  it('lists month ends, the current month ending today', () => {
    expect(monthEnds('2026-06-15', 3)).toEqual(['2026-04-30', '2026-05-31', '2026-06-15']);
    expect(monthEnds('2026-03-10', 14)[0]).toBe('2025-02-28');
    expect(monthEnds('2024-03-01', 2)).toEqual(['2024-02-29', '2024-03-01']);
    expect(monthEnds('2026-01-31', 2)).toEqual(['2025-12-31', '2026-01-31']);
  });

  it('formats calendar dates without shifting the day', () => {
    expect(formatDate('2026-04-05', 'en-GB')).toBe('5 Apr 2026');
    expect(formatDate('2026-12-31', 'en-US')).toBe('Dec 31, 2026');
    expect(monthLabel('2026-04-30', 'en-US')).toBe('Apr 2026');
    expect(today(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
  });
});

describe('chart series', () => {
  it('plots from decimal strings but keeps the strings for labels', () => {
    const rows = plotRows([{ label: 'Apr 2026', values: { balance: '1234567.89', other: null } }], [
      { key: 'balance', label: 'Balance', kind: 'bar' },
      { key: 'other', label: 'Other', kind: 'line' },
    ]);
    expect(rows).toEqual([{ label: 'Apr 2026', raw: { balance: '1234567.89', other: null }, balance: 1234567.89, other: null }]);
    expect(plotValue('not a number')).toBeNull();
    expect(compactTick(1_250_000, 'INR', 'en-IN')).toBe('₹12.5L');
    expect(compactTick(3400, 'USD', 'en-US')).toBe('$3.4K');
  });
});
