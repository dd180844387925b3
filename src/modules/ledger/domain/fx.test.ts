import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../kernel/index.js';
import { normalizeLines, reversalLines, totals, type PostingAccount } from './entries.js';
import { parseRatesCsv } from './fx-csv.js';
import { canonicalRate, crossRates, nextDay, realisedFxGainLoss, revaluationLines, revaluePositions, toBase, type FxPosition } from './fx.js';

const BASE = 'INR';
const GAIN_LOSS = '0190a000-0000-7000-8000-0000000000ff';
const accountIds = Array.from({ length: 4 }, (_, i) => `0190a000-0000-7000-8000-00000000000${i}`);
const accounts = new Map<string, PostingAccount>([
  ...accountIds.map((id, i) => [id, { id, type: i % 2 ? 'liability' : 'asset', currency: 'USD', status: 'active', isGroup: false }] as const),
  [GAIN_LOSS, { id: GAIN_LOSS, type: 'income', currency: BASE, status: 'active', isGroup: false }],
]);

const rateArb = fc.integer({ min: 1, max: 2_000_000_000 }).map((n) => new Decimal(n).div(10_000).toFixed()); // 0.0001 … 200000
const amountArb = fc.bigInt({ min: 1n, max: 10n ** 13n });
const currencyArb = fc.constantFrom('USD', 'EUR', 'JPY', 'KWD', 'CLF');

const positionArb: fc.Arbitrary<FxPosition> = fc.record({
  accountId: fc.constantFrom(...accountIds),
  currency: currencyArb,
  foreignNet: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
  carriedBaseNet: fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }),
});

describe('exchange-rate values', () => {
  it('keeps positive rates canonical and refuses zero, negatives, exponents and excess digits', () => {
    expect(canonicalRate('83.2500')).toBe('83.25');
    expect(canonicalRate('0.000000000000000001')).toBe('0.000000000000000001');
    for (const bad of ['0', '0.000', '-1', '1e3', '1.0000000000000000001', '1234567890123', '', ' 1']) expect([bad, canonicalRate(bad)]).toEqual([bad, null]);
  });

  it('converts minor units exactly, rounding half away from zero once', () => {
    expect(toBase(100n, 'USD', 'INR', '83.255')).toBe(8326n); // 1.00 USD = 83.255 → 83.26
    expect(toBase(-100n, 'USD', 'INR', '83.255')).toBe(-8326n);
    expect(toBase(1500n, 'JPY', 'INR', '0.5634')).toBe(84510n); // ¥1500 → ₹845.10
    expect(toBase(1234n, 'KWD', 'INR', '270.5')).toBe(33380n); // KWD 1.234 → ₹333.797 → 333.80
  });

  it('cross-rates ECB euro rates to any base currency with explicit rounding', () => {
    const ecb = new Map([
      ['USD', '1.0850'],
      ['INR', '90.4512'],
      ['JPY', '161.27'],
    ]);
    const inr = crossRates('EUR', ecb, 'INR')!;
    expect(inr.get('EUR')).toBe('90.4512');
    expect(inr.get('USD')).toBe(new Decimal('90.4512').div('1.0850').toSignificantDigits(12, Decimal.ROUND_HALF_EVEN).toFixed());
    expect(inr.get('USD')).toBe('83.3651612903');
    expect(inr.has('INR')).toBe(false);
    const eur = crossRates('EUR', ecb, 'EUR')!;
    expect(eur.get('USD')).toBe('0.921658986175');
    expect(crossRates('EUR', ecb, 'BRL')).toBeNull();
  });

  it('finds the day after, across month and leap-year ends', () => {
    expect(nextDay('2026-03-31')).toBe('2026-04-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});

describe('revaluation', () => {
  it('posts each change on its account and the net on the gain/loss account', () => {
    const revalued = revaluePositions(
      [
        { accountId: accountIds[0]!, currency: 'USD', foreignNet: 100_000n, carriedBaseNet: 8_200_000n }, // $1000 carried at 82
        { accountId: accountIds[1]!, currency: 'USD', foreignNet: -50_000n, carriedBaseNet: -4_150_000n }, // payable $500 at 83
      ],
      new Map([['USD', '83.5']]),
      BASE,
    );
    expect(revalued.map((p) => p.difference)).toEqual([150_000n, -25_000n]);
    const lines = revaluationLines(revalued, GAIN_LOSS, BASE);
    expect(lines).toEqual([
      expect.objectContaining({ accountId: accountIds[0], currency: BASE, debit: 150_000n, tags: ['fx-adjustment', 'fx-adjustment:USD'] }),
      expect.objectContaining({ accountId: accountIds[1], currency: BASE, credit: 25_000n, tags: ['fx-adjustment', 'fx-adjustment:USD'] }),
      expect.objectContaining({ accountId: GAIN_LOSS, currency: BASE, credit: 125_000n }),
    ]);
  });

  it('property: the entry balances, each account moves by its difference, and entry plus reversal nets to zero', () => {
    fc.assert(
      fc.property(fc.array(positionArb, { minLength: 1, maxLength: 6 }), fc.dictionary(currencyArb, rateArb, { minKeys: 5 }), (raw, rateObj) => {
        // one position per (account, currency), as the service builds them
        const positions = [...new Map(raw.map((p) => [`${p.accountId}|${p.currency}`, p])).values()];
        const rates = new Map(Object.entries(rateObj));
        const revalued = revaluePositions(positions, rates, BASE);
        const lines = revaluationLines(revalued, GAIN_LOSS, BASE);
        if (revalued.every((p) => p.difference === 0n)) return lines.length === 0;
        const drafts = normalizeLines(lines, accounts, BASE, { requirePostable: true });
        const t = totals(drafts).get('*')!;
        expect(t.debit).toBe(t.credit);
        const net = new Map<string, bigint>();
        for (const l of [...drafts, ...reversalLines(drafts)]) net.set(l.accountId, (net.get(l.accountId) ?? 0n) + l.baseDebit - l.baseCredit);
        for (const n of net.values()) expect(n).toBe(0n);
        const entryNet = new Map<string, bigint>();
        for (const l of drafts) entryNet.set(l.accountId, (entryNet.get(l.accountId) ?? 0n) + l.baseDebit - l.baseCredit);
        for (const id of accountIds) {
          const expected = revalued.filter((p) => p.accountId === id).reduce((s, p) => s + p.difference, 0n);
          expect(entryNet.get(id) ?? 0n).toBe(expected);
        }
        // carrying the revalued amounts forward, a second revaluation at the same rates changes nothing
        const again = revaluePositions(revalued.map((p) => ({ ...p, carriedBaseNet: p.revaluedBaseNet })), rates, BASE);
        expect(revaluationLines(again, GAIN_LOSS, BASE)).toEqual([]);
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('realised gain/loss', () => {
  it('books the difference between the invoice and payment rates', () => {
    // invoice $1,000 at 82, paid at 83.5: ₹1,500 gain on a receivable, a loss on a payable
    const r = realisedFxGainLoss({ invoiceAmount: 100_000n, invoiceRate: '82', paymentAmount: 100_000n, paymentRate: '83.5', currency: 'USD', baseCurrency: BASE });
    expect(r).toEqual({
      invoiceBase: 8_200_000n,
      settledBase: 8_200_000n,
      paymentBase: 8_350_000n,
      gainLoss: 150_000n,
      adjustment: { debit: 150_000n },
      line: { credit: 150_000n },
      tags: ['fx-adjustment', 'fx-adjustment:USD'],
    });
    const p = realisedFxGainLoss({ invoiceAmount: 100_000n, invoiceRate: '82', paymentAmount: 100_000n, paymentRate: '83.5', currency: 'USD', baseCurrency: BASE, side: 'payable' });
    expect(p).toMatchObject({ gainLoss: -150_000n, adjustment: { credit: 150_000n }, line: { debit: 150_000n } });
  });

  it('refuses overpayment and non-positive amounts or rates', () => {
    const base = { invoiceAmount: 1000n, invoiceRate: '82', paymentAmount: 600n, paymentRate: '83', currency: 'USD', baseCurrency: BASE };
    expect(() => realisedFxGainLoss({ ...base, previouslyPaid: 500n })).toThrow(AppError);
    expect(() => realisedFxGainLoss({ ...base, paymentAmount: 0n })).toThrow(/positive/);
    expect(() => realisedFxGainLoss({ ...base, paymentRate: '0' })).toThrow(/positive/);
  });

  it('property: a payment of the whole invoice at the invoice rate has no gain or loss', () => {
    fc.assert(
      fc.property(amountArb, rateArb, currencyArb, fc.constantFrom('receivable', 'payable') as fc.Arbitrary<'receivable' | 'payable'>, (amount, rate, currency, side) => {
        const r = realisedFxGainLoss({ invoiceAmount: amount, invoiceRate: rate, paymentAmount: amount, paymentRate: rate, currency, baseCurrency: BASE, side });
        return r.gainLoss === 0n && r.line === null && r.adjustment === null && r.settledBase === r.invoiceBase;
      }),
      { numRuns: 300 },
    );
  });

  it('property: the first of several payments at the invoice rate has no gain or loss', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 2n, max: 10n ** 12n }), rateArb, currencyArb, fc.double({ min: 0.01, max: 0.99, noNaN: true }), (amount, rate, currency, share) => {
        const part = BigInt(Math.max(1, Math.floor(Number(amount) * share)));
        fc.pre(part < amount);
        const r = realisedFxGainLoss({ invoiceAmount: amount, invoiceRate: rate, paymentAmount: part, paymentRate: rate, currency, baseCurrency: BASE });
        return r.gainLoss === 0n;
      }),
      { numRuns: 300 },
    );
  });

  it('property: the payments of an invoice clear its base amount to the minor unit, and each payment entry balances', () => {
    fc.assert(
      fc.property(
        amountArb,
        rateArb,
        currencyArb,
        fc.array(fc.record({ weight: fc.integer({ min: 1, max: 100 }), rate: rateArb }), { minLength: 1, maxLength: 6 }),
        fc.option(fc.bigInt({ min: 1n, max: 10n ** 15n }), { nil: undefined }),
        (amount, invoiceRate, currency, payments, invoiceBase) => {
          const weightSum = BigInt(payments.reduce((s, p) => s + p.weight, 0));
          let paid = 0n;
          let cleared = 0n;
          let first: bigint | undefined;
          payments.forEach((p, i) => {
            const part = i === payments.length - 1 ? amount - paid : (amount * BigInt(p.weight)) / weightSum;
            if (part <= 0n) return;
            const r = realisedFxGainLoss({ invoiceAmount: amount, invoiceRate, paymentAmount: part, paymentRate: p.rate, currency, baseCurrency: BASE, previouslyPaid: paid, ...(invoiceBase !== undefined && { invoiceBase }) });
            first ??= r.invoiceBase;
            // the payment entry balances in base currency, and the receivable's base value drops by exactly settledBase
            const adjustmentNet = r.adjustment === null ? 0n : (r.adjustment.debit ?? 0n) - (r.adjustment.credit ?? 0n);
            const lineNet = r.line === null ? 0n : (r.line.debit ?? 0n) - (r.line.credit ?? 0n);
            expect(adjustmentNet + lineNet).toBe(0n);
            expect(-r.paymentBase + adjustmentNet).toBe(-r.settledBase);
            expect(r.gainLoss).toBe(r.paymentBase - r.settledBase);
            paid += part;
            cleared += r.settledBase;
          });
          expect(paid).toBe(amount);
          expect(cleared).toBe(first);
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('rates CSV', () => {
  it('reads rows in any column order, with a BOM and quoted values', () => {
    const rows = parseRatesCsv('\uFEFFcurrency,Date,rate\r\nusd,2026-03-31,"83.2500"\r\n\r\nEUR,2026-03-31,90.1\r\n', BASE);
    expect(rows).toEqual([
      { line: 2, date: '2026-03-31', currency: 'USD', rate: '83.25' },
      { line: 4, date: '2026-03-31', currency: 'EUR', rate: '90.1' },
    ]);
  });

  it('names every bad row by its line and refuses the whole file', () => {
    const csv = ['date,currency,rate', '2026-03-31,USD,83.25', '2026-02-30,USD,83', '2026-03-31,XYZ,1', '2026-03-31,INR,1', '2026-03-30,EUR,-2', '2026-03-31,USD,84', '2026-03-31,GBP'].join('\n');
    try {
      parseRatesCsv(csv, BASE);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const e = error as AppError;
      expect(e.code).toBe('LEDGER.INVALID_RATES_CSV');
      expect(e.errors.map((i) => i.path)).toEqual(['body.csv[3].date', 'body.csv[4].currency', 'body.csv[5].currency', 'body.csv[6].rate', 'body.csv[7].currency', 'body.csv[8]']);
    }
    const issueOf = (csv: string) => {
      try {
        parseRatesCsv(csv, BASE);
      } catch (error) {
        return (error as AppError).errors[0];
      }
      return undefined;
    };
    expect(issueOf('when,currency,rate\n2026-03-31,USD,1')).toMatchObject({ path: 'body.csv[1]', message: expect.stringMatching(/header/) });
    expect(issueOf('')).toMatchObject({ path: 'body.csv', message: expect.stringMatching(/empty/) });
    expect(issueOf('date,currency,rate\n')).toMatchObject({ message: expect.stringMatching(/no rows/) });
  });

  it('refuses more than 5,000 rows as too large', () => {
    const rows = Array.from({ length: 5001 }, (_, i) => `${nextDayN('2000-01-01', i)},USD,83`);
    expect(() => parseRatesCsv(['date,currency,rate', ...rows].join('\n'), BASE)).toThrow(expect.objectContaining({ code: 'LEDGER.RATES_CSV_TOO_LARGE', kind: 'payload_too_large' }));
  });
});

function nextDayN(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
