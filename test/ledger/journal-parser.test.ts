import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/kernel/money.js';
import { CONVERSION_ACCOUNT, resolveJournal } from '../../src/modules/ledger/domain/journal-resolve.js';
import { JournalError, parseAmount, parseJournal } from '../../src/modules/ledger/domain/journal-parser.js';
import { parseLedgerCsv } from '../../src/modules/ledger/domain/csv-import.js';
import { toHledger } from '../../src/modules/ledger/export.js';
import type { AccountRow, ExportLine } from '../../src/modules/ledger/repo.js';

const resolve = (text: string, baseCurrency = 'INR', commodities?: Record<string, string>) =>
  resolveJournal(parseJournal(text), { baseCurrency, ...(commodities && { commodities }) });

/** Net minor units per `account currency` over all entries. */
function totals(text: string, baseCurrency = 'INR'): Record<string, string> {
  const out = new Map<string, bigint>();
  for (const e of resolve(text, baseCurrency).entries) for (const l of e.lines) out.set(`${l.account} ${l.currency}`, (out.get(`${l.account} ${l.currency}`) ?? 0n) + l.amount);
  return Object.fromEntries([...out].map(([k, v]) => [k, formatMoney(v, k.split(' ').at(-1)!)]));
}

function failsAt(text: string, line: number, message: RegExp): void {
  try {
    resolve(text);
  } catch (error) {
    expect(error).toBeInstanceOf(JournalError);
    expect((error as JournalError).line).toBe(line);
    expect((error as JournalError).message).toMatch(message);
    return;
  }
  throw new Error('expected a JournalError');
}

describe('journal amounts', () => {
  it.each([
    ['$-1', '$', '-1'],
    ['-$10,000.00', '$', '-10000'],
    ['$ 12.50', '$', '12.5'],
    ['12.00 EUR', 'EUR', '12'],
    ['-0.350 VMMXX', 'VMMXX', '-0.35'],
    ['₹1,00,000.25', '₹', '100000.25'],
    ['1.234,56 EUR', 'EUR', '1234.56'],
    ['1,5 EUR', 'EUR', '1.5'],
    ['1,000', '', '1000'],
    ['10', '', '10'],
    ['"AB 1" 3', 'AB 1', '3'],
  ])('reads %s', (text, commodity, quantity) => {
    const amount = parseAmount(text, 1);
    expect(amount.commodity).toBe(commodity);
    expect(amount.quantity.toFixed()).toBe(quantity);
  });

  it('refuses what is not an amount', () => {
    expect(() => parseAmount('12..5 USD', 3)).toThrow(/line 3/);
    expect(() => parseAmount('USD', 3)).toThrow(JournalError);
  });
});

describe('journal parsing and resolution', () => {
  const journal = `; a comment
# another
account Assets:Bank Account
  ; subdirective
commodity ₹1,000.00
P 2026-01-01 USD ₹83.10

2026-04-01 * (INV-1) Counter sale | walk-in  ; client:walk-in, gst:
    Assets:Bank Account        ₹1,180.00
    Income:Sales              ₹-1,000.00   ; product:widget
    Liabilities:GST Output      -180 INR
2026/04/02 ! Rent
    Expenses:Rent               ₹25,000
    Assets:Bank Account          = ₹-23,820.00
2026-04-03 Dollar invoice
    Assets:Receivables          100.00 USD @ ₹83.10
    Income:Sales
`;

  it('reads dates, status, codes, descriptions, tags, elided amounts, assignments and costs', () => {
    const parsed = parseJournal(journal);
    expect(parsed.transactions).toHaveLength(3);
    const [sale] = parsed.transactions;
    expect(sale).toMatchObject({ line: 8, date: '2026-04-01', status: '*', code: 'INV-1', description: 'Counter sale | walk-in', tags: ['client:walk-in', 'gst'] });
    expect(sale!.postings[1]).toMatchObject({ account: 'Income:Sales', tags: ['product:widget'] });
    expect(parsed.skipped.map((s) => s.what)).toEqual(['account', 'commodity', 'P']);
    const resolved = resolve(journal);
    expect(resolved.entries.map((e) => [e.date, e.reference, e.memo])).toEqual([
      ['2026-04-01', 'INV-1', 'Counter sale | walk-in'],
      ['2026-04-02', null, 'Rent'],
      ['2026-04-03', null, 'Dollar invoice'],
    ]);
    expect(totals(journal)).toEqual({
      'Assets:Bank Account INR': '-23820.00',
      'Income:Sales INR': '-9310.00',
      'Liabilities:GST Output INR': '-180.00',
      'Expenses:Rent INR': '25000.00',
      'Assets:Receivables USD': '100.00',
      [`${CONVERSION_ACCOUNT} USD`]: '-100.00',
      [`${CONVERSION_ACCOUNT} INR`]: '8310.00',
    });
    const dollar = resolved.entries[2]!;
    expect(dollar.lines.find((l) => l.currency === 'USD' && l.account === 'Assets:Receivables')!.base).toBe(831000n);
  });

  it('keys entries by content, so the same transaction twice gets distinct, stable keys', () => {
    const twice = `2026-01-01 Tea\n  Expenses:Food  ₹10\n  Assets:Cash\n\n2026-01-01 Tea\n  Expenses:Food  ₹10\n  Assets:Cash\n`;
    const keys = resolve(twice).entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(2);
    expect(resolve(twice).entries.map((e) => e.key)).toEqual(keys);
  });

  it('checks balance assertions, in date order', () => {
    expect(() => resolve(`2026-01-02 b\n  Assets:Cash  ₹5 = ₹15\n  Equity:Open\n\n2026-01-01 a\n  Assets:Cash  ₹10\n  Equity:Open\n`)).not.toThrow();
    failsAt(`2026-01-01 a\n  Assets:Cash  ₹10\n  Equity:Open\n2026-01-02 b\n  Assets:Cash  ₹5 = ₹16\n  Equity:Open\n`, 5, /balance assertion failed: Assets:Cash is 15/);
    failsAt(`2026-01-01 a\n  Assets:Cash:Petty  ₹10\n  Equity:Open\n2026-01-02 b\n  Assets:Cash  ₹1 =* ₹10\n  Equity:Open\n`, 5, /is 11/);
  });

  it('gives clear errors with line numbers', () => {
    failsAt(`2026-01-01 x\n  Assets:Cash  ₹10\n  Equity:Open  ₹-9\n`, 1, /does not balance: 1 ₹ left over/);
    failsAt(`2026-01-01 x\n  Assets:Cash\n  Equity:Open\n`, 3, /only one posting/);
    failsAt(`2026-02-30 x\n  Assets:Cash  ₹1\n  Equity:Open\n`, 1, /not a calendar date/);
    failsAt(`include other.journal\n`, 1, /include directive is not supported/);
    failsAt(`2026-01-01 x\n  Assets:Cash  ₹1.005\n  Equity:Open\n`, 2, /more decimals than INR/);
    failsAt(`2026-01-01 x\n  Assets:Shares  3 ACME\n  Equity:Open\n`, 2, /ACME is not an ISO 4217 currency/);
    failsAt(`2026-01-01 x\n  Assets:Bank  $10\n  Equity:Open\n`, 1, /postings in USD need their value in the base currency INR/);
    failsAt(`2026-01-01 x\n  Assets:Cash  ₹1 {₹2}\n  Equity:Open\n`, 2, /lot prices/);
    failsAt(`what is this\n`, 1, /expected a transaction date or a directive/);
  });

  it('posts non-ISO commodities at their cost, and maps commodities to chosen currencies', () => {
    const shares = `2026-01-01 Buy\n  Assets:Shares  2 ACME @ ₹150.25\n  Assets:Bank\n`;
    expect(totals(shares)).toEqual({ 'Assets:Shares INR': '300.50', 'Assets:Bank INR': '-300.50' });
    expect(resolve(shares).notes[0]!.message).toMatch(/posted at cost/);
    const cad = resolve(`2026-01-01 x\n  Assets:Bank  $10\n  Equity:Open\n`, 'CAD', { $: 'CAD' });
    expect(cad.entries[0]!.lines.map((l) => [l.currency, l.amount])).toEqual([['CAD', 1000n], ['CAD', -1000n]]);
  });

  it('infers the base value of a single foreign posting, as hledger infers the price', () => {
    const lines = resolve(`2026-01-01 x\n  Expenses:Travel  50.00 EUR\n  Assets:Bank  ₹-4,500.00\n`).entries[0]!.lines;
    expect(lines.find((l) => l.currency === 'EUR' && l.account === 'Expenses:Travel')!.base).toBe(450000n);
  });

  it('skips transactions without amounts and unbalanced virtual postings, with notes', () => {
    const r = resolve(`2026-01-01 open\n  Assets:Cash  ₹100\n  (Budget:Food)  ₹-100\n  Equity\n2026-01-02 check\n  [Assets:Cash]  = ₹100\n`);
    expect(r.entries).toHaveLength(1);
    expect(r.notes.map((n) => n.message)).toEqual(['virtual posting (Budget:Food) not imported', 'transaction with no amounts not imported']);
  });
});

describe('ledger CSV', () => {
  it('groups rows into entries by the entry column and reads number formats', () => {
    const entries = parseLedgerCsv('date,entry,memo,account,debit,credit\n2026-04-01,A,Sale,1110,"1,00,000.50",\n2026-04-01,A,,4100,,"1,00,000.50"\n');
    expect(entries).toEqual([
      {
        ref: 'A',
        row: 2,
        date: '2026-04-01',
        memo: 'Sale',
        lines: [
          { row: 2, account: '1110', currency: null, debit: '100000.50', credit: null, baseAmount: null, memo: null },
          { row: 3, account: '4100', currency: null, debit: null, credit: '100000.50', baseAmount: null, memo: null },
        ],
      },
    ]);
    expect(parseLedgerCsv('date,entry,account,debit,credit\n2026-04-01,A,1110,"1.234,50",\n', 'comma')[0]!.lines[0]!.debit).toBe('1234.50');
  });

  it('names the row and column of bad input', () => {
    expect(() => parseLedgerCsv('date,entry,account,debit,credit\n2026-04-31,A,1110,1,\n')).toThrow('row 2, date');
    expect(() => parseLedgerCsv('date,entry,account,debit,credit\n2026-04-01,A,1110,1,2\n')).toThrow('row 2, debit');
    expect(() => parseLedgerCsv('date,entry,account,debit,credit\n2026-04-01,A,1110,-5,\n')).toThrow(/not a positive amount/);
    expect(() => parseLedgerCsv('date,entry,account,debit\n')).toThrow('no credit column');
  });
});

describe('round trip: Kontor export → journal parser', () => {
  const names = ['Bank', 'Cash', 'Sales', 'Rent', 'Capital', 'Loan'];
  const types = ['asset', 'asset', 'income', 'expense', 'equity', 'liability'] as const;
  const accounts: AccountRow[] = names.map((name, i) => ({
    tenant_id: 't',
    id: `00000000-0000-7000-8000-00000000000${i}`,
    code: `${i}`,
    name,
    type: types[i]!,
    subtype: null,
    parent_id: i === 0 || i === 1 ? '00000000-0000-7000-8000-000000000009' : null,
    is_group: false,
    currency: 'INR',
    description: null,
    status: 'active',
    version: 1,
    created_at: new Date(),
    updated_at: new Date(),
  }));
  accounts.push({ ...accounts[0]!, id: '00000000-0000-7000-8000-000000000009', name: 'Assets', parent_id: null, is_group: true, code: 'G' });
  const fullName = (id: string) => {
    const a = accounts.find((x) => x.id === id)!;
    return a.parent_id ? `Assets:${a.name}` : a.name;
  };

  const line = fc.record({
    account: fc.integer({ min: 0, max: 5 }),
    amount: fc.bigInt({ min: 1n, max: 10n ** 12n }),
    foreign: fc.option(fc.record({ currency: fc.constantFrom('USD', 'EUR', 'JPY', 'KWD'), amount: fc.bigInt({ min: 1n, max: 10n ** 9n }) }), { nil: undefined }),
  });
  const entry = fc.record({
    day: fc.integer({ min: 1, max: 28 }),
    memo: fc.string({ maxLength: 30 }),
    debits: fc.array(line, { minLength: 1, maxLength: 3 }),
    credits: fc.array(line, { minLength: 1, maxLength: 3 }),
  });

  it('parses what toHledger writes back into the same postings (base and foreign)', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 8 }), (generated) => {
        const exported: ExportLine[] = [];
        const expected: string[] = [];
        generated.forEach((g, n) => {
          // Credits in base currency take what the debits are worth; so every entry balances in base.
          const debitBase = g.debits.reduce((s, d) => s + d.amount, 0n);
          const creditTotal = g.credits.reduce((s, c) => s + c.amount, 0n);
          const credits = g.credits.map((c, i) => ({ ...c, foreign: undefined, amount: i === 0 ? c.amount + debitBase : c.amount }));
          const debits = [...g.debits, { account: 0, amount: creditTotal, foreign: undefined }];
          const entryId = `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;
          const push = (l: typeof line extends fc.Arbitrary<infer T> ? T : never, side: 'debit' | 'credit') => {
            const currency = l.foreign?.currency ?? 'INR';
            const amount = l.foreign?.amount ?? l.amount;
            exported.push({
              entry_id: entryId,
              entry_date: `2026-03-${String(g.day).padStart(2, '0')}`,
              entry_memo: g.memo,
              reference: null,
              source_module: 'ledger',
              source_id: null,
              account_id: accounts[l.account]!.id,
              currency,
              debit: side === 'debit' ? amount.toString() : '0',
              credit: side === 'credit' ? amount.toString() : '0',
              base_debit: side === 'debit' ? l.amount.toString() : '0',
              base_credit: side === 'credit' ? l.amount.toString() : '0',
              memo: null,
            });
            expected.push(`${n}|${fullName(accounts[l.account]!.id)}|${currency}|${side === 'debit' ? amount : -amount}|${side === 'debit' ? l.amount : -l.amount}`);
          };
          for (const d of debits) push(d, 'debit');
          for (const c of credits) push(c, 'credit');
        });
        const text = toHledger(exported, accounts, 'INR');
        const resolved = resolveJournal(parseJournal(text), { baseCurrency: 'INR' });
        const got = resolved.entries.flatMap((e) =>
          e.lines.filter((l) => l.account !== CONVERSION_ACCOUNT).map((l) => `${/entry:0+-0+-7000-8000-0*(\d+)/.exec(text.split('\n')[e.line - 1]!)?.[1] ?? '0'}|${l.account}|${l.currency}|${l.amount}|${l.base}`),
        );
        expect(got.sort()).toEqual(expected.sort());
      }),
      { numRuns: 150 },
    );
  });
});
