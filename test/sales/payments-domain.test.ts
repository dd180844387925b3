import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/kernel/index.js';
import { convertMinor } from '../../src/kernel/money.js';
import { realisedFxGainLoss } from '../../src/modules/ledger/index.js';
import {
  checkAllocations,
  planApplication,
  planPayment,
  spreadOverAdvances,
  type InvoiceForPayment,
  type PlannedLine,
  type SettledBaseOf,
} from '../../src/modules/sales/domain/payment.js';

const CUSTOMER = 'c1';
const fxTags = (currency: string) => realisedFxGainLoss({ invoiceAmount: 1n, invoiceRate: '1', paymentAmount: 1n, paymentRate: '1', currency, baseCurrency: currency }).tags;

function invoice(id: string, total: bigint, extra: Partial<InvoiceForPayment> = {}): InvoiceForPayment {
  return { id, number: `INV-${id}`, customerId: CUSTOMER, currency: 'INR', total, paid: 0n, due: total, rate: '1', ...extra };
}

/** The settled-base rule the service uses: the ledger's realised-FX helper. */
const settledBaseOf =
  (paymentRate: string, baseCurrency = 'INR'): SettledBaseOf =>
  (inv, settled) =>
    inv.currency === baseCurrency
      ? settled
      : realisedFxGainLoss({ invoiceAmount: inv.total, invoiceRate: inv.rate, paymentAmount: settled, paymentRate, currency: inv.currency, baseCurrency, previouslyPaid: inv.paid }).settledBase;

/** Debit minus credit per currency, and of base values. */
function net(lines: readonly PlannedLine[], role?: PlannedLine['role']) {
  const out = new Map<string, bigint>();
  let base = 0n;
  for (const l of lines) {
    if (role && l.role !== role) continue;
    const signed = (l.debit ?? 0n) - (l.credit ?? 0n);
    out.set(l.currency, (out.get(l.currency) ?? 0n) + signed);
    base += signed > 0n ? l.baseAmount : -l.baseAmount;
  }
  return { perCurrency: out, base };
}

function expectBalanced(lines: readonly PlannedLine[]) {
  const { perCurrency, base } = net(lines);
  for (const [currency, v] of perCurrency) expect(v, currency).toBe(0n);
  expect(base).toBe(0n);
  for (const l of lines) {
    expect((l.debit ?? 0n) > 0n !== (l.credit ?? 0n) > 0n, JSON.stringify(l, (_, v) => (typeof v === 'bigint' ? v.toString() : v))).toBe(true);
    expect(l.baseAmount > 0n).toBe(true);
  }
}

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, status: error.status, paths: error.errors.map((e) => e.path) };
    throw error;
  }
  throw new Error('did not throw');
};

describe('planPayment in the base currency', () => {
  it('splits a payment over invoices, a write-off, bank charges and an advance; the entry balances', () => {
    const a = invoice('a', 60000n);
    const b = invoice('b', 30500n);
    const plan = planPayment({
      currency: 'INR',
      baseCurrency: 'INR',
      customerId: CUSTOMER,
      settledBaseOf: settledBaseOf('1'),
      fxTags,
      rate: '1',
      amount: 100000n,
      bankCharges: 1000n,
      allocations: [
        { invoice: a, amount: 60000n, writeOff: 0n },
        { invoice: b, amount: 30000n, writeOff: 500n },
      ],
    });
    expectBalanced(plan.lines);
    expect(plan.advance).toBe(10000n);
    expect(net(plan.lines, 'deposit').perCurrency.get('INR')).toBe(99000n);
    expect(net(plan.lines, 'bankCharges').perCurrency.get('INR')).toBe(1000n);
    expect(net(plan.lines, 'receivable').perCurrency.get('INR')).toBe(-90500n);
    expect(net(plan.lines, 'writeOff').perCurrency.get('INR')).toBe(500n);
    expect(net(plan.lines, 'advances').perCurrency.get('INR')).toBe(-10000n);
    expect(plan.lines.filter((l) => l.role === 'fxGainLoss')).toEqual([]);
    expect(plan.lines.filter((l) => l.role === 'receivable' || l.role === 'advances').every((l) => l.partyId === CUSTOMER)).toBe(true);
  });
});

describe('planPayment for a foreign-currency invoice', () => {
  it('a USD invoice booked at 83 and paid at 84: a gain of exactly 1 INR per USD', () => {
    const usd = invoice('u', 100000n, { currency: 'USD', rate: '83' });
    const plan = planPayment({
      currency: 'USD',
      baseCurrency: 'INR',
      customerId: CUSTOMER,
      settledBaseOf: settledBaseOf('84'),
      fxTags,
      rate: '84',
      amount: 100000n,
      bankCharges: 0n,
      allocations: [{ invoice: usd, amount: 100000n, writeOff: 0n }],
    });
    expectBalanced(plan.lines);
    expect(plan.allocations[0]).toMatchObject({ valueBase: 8400000n, settledBase: 8300000n, gainLoss: 100000n });
    // The receivable's base value falls by what the invoice booked; the gain is credited.
    expect(net(plan.lines, 'receivable').base).toBe(-8300000n);
    expect(net(plan.lines, 'fxGainLoss').base).toBe(-100000n);
    const adjustment = plan.lines.find((l) => l.role === 'receivable' && l.currency === 'INR')!;
    expect(adjustment.tags).toEqual(fxTags('USD'));
  });

  it('a loss when paid at a lower rate, with bank charges in USD', () => {
    const usd = invoice('u', 50000n, { currency: 'USD', rate: '83.5' });
    const plan = planPayment({
      currency: 'USD',
      baseCurrency: 'INR',
      customerId: CUSTOMER,
      settledBaseOf: settledBaseOf('82.25'),
      fxTags,
      rate: '82.25',
      amount: 50000n,
      bankCharges: 1500n,
      allocations: [{ invoice: usd, amount: 50000n, writeOff: 0n }],
    });
    expectBalanced(plan.lines);
    expect(plan.allocations[0]!.gainLoss).toBe(-62500n); // 500 USD × (82.25 − 83.5) = −625.00 INR
    expect(net(plan.lines, 'fxGainLoss').base).toBe(62500n);
    expect(net(plan.lines, 'deposit').perCurrency.get('USD')).toBe(48500n);
  });

  it('property: any split of any invoice into partial payments at any rates balances each entry and clears the booked base exactly', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10_000_000n }),
        fc.integer({ min: 1, max: 999_999 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 999_999 })), { minLength: 1, maxLength: 5 }),
        (total, invoiceRateMilli, parts) => {
          const invoiceRate = (invoiceRateMilli / 1000).toFixed(3);
          const invoiceBase = convertMinor(total, 'USD', 'INR', invoiceRate, 'half_up');
          const weights = parts.map(([w]) => BigInt(w));
          const sum = weights.reduce((s, w) => s + w, 0n);
          let paid = 0n;
          let cleared = 0n;
          let gains = 0n;
          let received = 0n;
          parts.forEach(([, rateMilli], i) => {
            const amount = i === parts.length - 1 ? total - paid : (total * weights[i]!) / sum;
            if (amount <= 0n) return;
            const rate = (rateMilli / 1000).toFixed(3);
            const inv = invoice('u', total, { currency: 'USD', rate: invoiceRate, paid, due: total - paid });
            const plan = planPayment({ currency: 'USD', baseCurrency: 'INR', customerId: CUSTOMER, settledBaseOf: settledBaseOf(rate), fxTags, rate, amount, bankCharges: 0n, allocations: [{ invoice: inv, amount, writeOff: 0n }] });
            const { perCurrency } = net(plan.lines);
            for (const v of perCurrency.values()) expect(v).toBe(0n);
            expect(net(plan.lines).base).toBe(0n);
            cleared += -net(plan.lines, 'receivable').base;
            gains += plan.allocations[0]!.gainLoss;
            received += plan.allocations[0]!.valueBase;
            paid += amount;
          });
          expect(paid).toBe(total);
          expect(cleared).toBe(invoiceBase);
          expect(received - invoiceBase).toBe(gains);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('planApplication', () => {
  it('applies an advance in parts: the advances account clears to exactly what it was booked at', () => {
    // 500.00 USD booked as an advance at 84.337 → 42168.50 INR.
    const advanceBase = convertMinor(50000n, 'USD', 'INR', '84.337', 'half_up');
    const inv1 = invoice('1', 20001n, { currency: 'USD', rate: '84.337' });
    const first = planApplication({
      currency: 'USD',
      baseCurrency: 'INR',
      customerId: CUSTOMER,
      settledBaseOf: settledBaseOf('84.337'),
      fxTags,
      rate: '84.337',
      advance: 50000n,
      advanceBase,
      unapplied: 50000n,
      allocations: [{ invoice: inv1, amount: 20001n }],
    });
    expectBalanced(first.lines);
    const inv2 = invoice('2', 29999n, { currency: 'USD', rate: '80' });
    const second = planApplication({
      currency: 'USD',
      baseCurrency: 'INR',
      customerId: CUSTOMER,
      settledBaseOf: settledBaseOf('84.337'),
      fxTags,
      rate: '84.337',
      advance: 50000n,
      advanceBase,
      unapplied: 29999n,
      allocations: [{ invoice: inv2, amount: 29999n }],
    });
    expectBalanced(second.lines);
    expect(net(first.lines, 'advances').base + net(second.lines, 'advances').base).toBe(advanceBase);
    // The second invoice was booked at 80: applying an advance worth 84.337 realises a gain.
    expect(second.allocations[0]!.gainLoss).toBe(second.allocations[0]!.valueBase - convertMinor(29999n, 'USD', 'INR', '80', 'half_up'));
    expect(second.allocations[0]!.gainLoss > 0n).toBe(true);
  });
});

describe('checkAllocations', () => {
  const a = invoice('a', 10000n, { due: 4000n, paid: 6000n });
  const other = invoice('o', 10000n, { customerId: 'someone-else' });
  const usd = invoice('u', 10000n, { currency: 'USD' });
  const invoices = new Map([a, other, usd].map((x) => [x.id, x]));
  const base = {
    customerId: CUSTOMER,
    currency: 'INR',
    baseCurrency: 'INR',
    available: 5000n,
    source: 'payment' as const,
    availablePath: 'body.allocations',
    invoices,
    writeOffLimit: 1000n,
    toBase: (m: bigint) => m,
  };
  const one = (x: Partial<{ invoiceId: string; amount: bigint; writeOff: bigint }>) => [{ invoiceId: 'a', amount: 1000n, writeOff: 0n, path: 'body.allocations[0]', ...x }];

  it('returns what is allocated, written off and left', () => {
    expect(checkAllocations({ ...base, allocations: one({ amount: 3500n, writeOff: 500n }) })).toEqual({ allocated: 3500n, writtenOff: 500n, rest: 1500n });
  });

  it('refuses with field paths', () => {
    expect(codeOf(() => checkAllocations({ ...base, allocations: one({ invoiceId: 'o' }) }))).toEqual({ code: 'SALES.INVOICE_OTHER_CUSTOMER', status: 422, paths: ['body.allocations[0].invoiceId'] });
    expect(codeOf(() => checkAllocations({ ...base, allocations: one({ invoiceId: 'u' }) }))).toMatchObject({ code: 'SALES.CURRENCY_MISMATCH', status: 422 });
    expect(codeOf(() => checkAllocations({ ...base, allocations: one({ invoiceId: 'x' }) }))).toMatchObject({ code: 'SALES.INVOICE_NOT_FOUND', status: 422 });
    expect(codeOf(() => checkAllocations({ ...base, allocations: one({ amount: 3600n, writeOff: 500n }) }))).toEqual({ code: 'SALES.ALLOCATION_EXCEEDS_DUE', status: 409, paths: ['body.allocations[0].amount'] });
    expect(codeOf(() => checkAllocations({ ...base, allocations: one({ amount: 1000n, writeOff: 1001n }) }))).toEqual({ code: 'SALES.WRITE_OFF_TOO_LARGE', status: 422, paths: ['body.allocations[0].writeOff'] });
    expect(codeOf(() => checkAllocations({ ...base, available: 999n, allocations: one({}) }))).toEqual({ code: 'SALES.ALLOCATIONS_EXCEED_PAYMENT', status: 422, paths: ['body.allocations'] });
    expect(codeOf(() => checkAllocations({ ...base, source: 'advance', available: 999n, allocations: one({}) }))).toMatchObject({ code: 'SALES.ADVANCE_EXCEEDED', status: 409 });
    expect(codeOf(() => checkAllocations({ ...base, allocations: [...one({}), { ...one({})[0]!, path: 'body.allocations[1]' }] }))).toEqual({
      code: 'SALES.DUPLICATE_ALLOCATION',
      status: 422,
      paths: ['body.allocations[1].invoiceId'],
    });
  });
});

describe('spreadOverAdvances', () => {
  it('uses the oldest advances first and splits an invoice across them', () => {
    const advances = [
      { id: 'p1', unapplied: 300n },
      { id: 'p2', unapplied: 500n },
      { id: 'p3', unapplied: 900n },
    ];
    const spread = spreadOverAdvances(advances, [
      { invoiceId: 'i1', amount: 200n },
      { invoiceId: 'i2', amount: 400n },
    ], String);
    expect(spread.map((s) => [s.advance.id, s.allocations])).toEqual([
      ['p1', [{ invoiceId: 'i1', amount: 200n }, { invoiceId: 'i2', amount: 100n }]],
      ['p2', [{ invoiceId: 'i2', amount: 300n }]],
    ]);
    expect(codeOf(() => spreadOverAdvances(advances, [{ invoiceId: 'i1', amount: 1701n }], String))).toMatchObject({ code: 'SALES.ADVANCE_EXCEEDED', status: 409 });
  });
});
