import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeTax, type GstCessRate, type GstInput, type GstLineInput } from '../../src/modules/tax/domain/gst-engine.js';
import { b2b, b2c, doc, seller } from './gst-engine.cases.js';

/** Rates come on the lines (`rate`, `cess`), so the resolver is never asked. */
const noRates = () => undefined;
const paisa = (value: string): bigint => BigInt(value.replace('.', ''));
const money = (p: bigint): string => {
  const sign = p < 0n ? '-' : '';
  const abs = p < 0n ? -p : p;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
};

const amountArb = fc.bigInt({ min: 0n, max: 10_000_000_00n }).map(money);
const rateArb = fc.constantFrom('0.25', '1.5', '3', '5', '12', '18', '28', '40');
const cessArb: fc.Arbitrary<GstCessRate | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record({ percent: fc.constantFrom('1', '12', '15', '22') }),
  fc.record({ perUnit: fc.constantFrom('0.5', '1.235', '400', '2076'), per: fc.constantFrom('1', '1000') }),
  fc.record({ percent: fc.constantFrom('5', '36'), perUnit: fc.constantFrom('2076', '4170'), per: fc.constant('1000') }),
);
/** Intra-state (27 → 27), UT intra-state (04 → 04) and inter-state (27 → 29). */
const partiesArb = fc.constantFrom(
  { seller: seller('27'), buyer: b2b('27') },
  { seller: seller('04'), buyer: b2b('04') },
  { seller: seller('27'), buyer: b2b('29') },
  { seller: seller('27'), buyer: b2c() },
);

const lineArb: fc.Arbitrary<GstLineInput> = fc.record({
  amount: amountArb,
  quantity: fc.integer({ min: 1, max: 50 }).map(String),
  rate: rateArb,
  cess: cessArb,
  priceIncludesTax: fc.boolean(),
  discountPercent: fc.option(fc.constantFrom('2.5', '10', '12.5', '33.3333'), { nil: undefined }),
}).map(({ amount, quantity, rate, cess, priceIncludesTax, discountPercent }) => ({
  hsn: '8471',
  kind: 'goods' as const,
  quantity,
  amount,
  rate,
  // An inclusive price below its specific cess is an input error (a case in the table), not a property.
  priceIncludesTax: priceIncludesTax && cess?.perUnit === undefined,
  ...(cess ? { cess } : {}),
  ...(discountPercent ? { discount: { percent: discountPercent } } : {}),
}));

const documentArb: fc.Arbitrary<GstInput> = fc.record({
  parties: partiesArb,
  lines: fc.array(lineArb, { minLength: 1, maxLength: 12 }),
  documentType: fc.constantFrom('invoice' as const, 'credit_note' as const, 'debit_note' as const),
  rounding: fc.constantFrom('per_line' as const, 'per_document' as const),
}).map(({ parties, lines, documentType, rounding }) => doc({ ...parties, documentType, lines, options: { rounding } }));

const RUNS = { numRuns: 300 };

describe('GST engine properties', () => {
  it('inclusive → exclusive → inclusive round-trips to the paisa', () => {
    fc.assert(
      fc.property(partiesArb, amountArb, fc.integer({ min: 1, max: 50 }), rateArb, cessArb, (parties, taxable, qty, rate, cess) => {
        const line = { hsn: '8471', kind: 'goods' as const, quantity: String(qty), rate, ...(cess ? { cess } : {}) };
        // Exclusive: taxable T gives the inclusive amount A = T + tax(T)…
        const exclusive = computeTax(doc({ ...parties, lines: [{ ...line, amount: taxable }] }), noRates).lines[0]!;
        const amount = exclusive.lineTotal;
        // …and A, priced inclusive, gives back T and the same tax, to the paisa.
        const inclusive = computeTax(doc({ ...parties, lines: [{ ...line, amount, priceIncludesTax: true }] }), noRates).lines[0]!;
        expect(inclusive.taxableValue).toBe(taxable);
        expect(inclusive.inclusiveAdjustment).toBe('0.00');
        for (const key of ['cgst', 'sgst', 'utgst', 'igst', 'cess', 'totalTax'] as const) expect(inclusive[key]).toBe(exclusive[key]);
        // Inclusive again from the exclusive result of the back-calculated value: still A.
        const again = computeTax(doc({ ...parties, lines: [{ ...line, amount: inclusive.taxableValue }] }), noRates).lines[0]!;
        expect(again.lineTotal).toBe(amount);
      }),
      RUNS,
    );
  });

  it('any inclusive amount splits into taxable + tax == amount exactly, with at most a few paisa on the taxable value', () => {
    fc.assert(
      fc.property(partiesArb, amountArb, rateArb, fc.option(fc.record({ percent: fc.constantFrom('1', '12', '22') }), { nil: undefined }), (parties, amount, rate, cess) => {
        const line = { hsn: '8471', kind: 'goods' as const, quantity: '1', amount, rate, priceIncludesTax: true, ...(cess ? { cess } : {}) };
        const result = computeTax(doc({ ...parties, lines: [line] }), noRates).lines[0]!;
        expect(paisa(result.taxableValue) + paisa(result.totalTax)).toBe(paisa(amount));
        expect(result.lineTotal).toBe(amount);
        const adjustment = paisa(result.inclusiveAdjustment);
        expect(adjustment >= 0n && adjustment <= 3n).toBe(true);
        // Without an adjustment the split is exactly what the exclusive computation of that taxable value gives.
        if (adjustment === 0n) {
          const exclusive = computeTax(doc({ ...parties, lines: [{ ...line, amount: result.taxableValue, priceIncludesTax: false }] }), noRates).lines[0]!;
          expect(exclusive.totalTax).toBe(result.totalTax);
        }
      }),
      RUNS,
    );
  });

  it('under the per-line rule the document tax equals the sum of the line taxes, component by component', () => {
    fc.assert(
      fc.property(documentArb, (input) => {
        const result = computeTax({ ...input, options: { rounding: 'per_line' } }, noRates);
        for (const key of ['cgst', 'sgst', 'utgst', 'igst', 'cess', 'totalTax'] as const) {
          expect(paisa(result.totals[key])).toBe(result.lines.reduce((sum, line) => sum + paisa(line[key]), 0n));
        }
        expect(result.rounding.documentDifference.totalTax).toBe('0.00');
      }),
      RUNS,
    );
  });

  it('CGST == SGST (or UTGST) on every line and in total for intra-state supplies; IGST only inter-state', () => {
    fc.assert(
      fc.property(documentArb, (input) => {
        const result = computeTax(input, noRates);
        const { regime } = result.supply;
        const pairs = [result.totals, ...result.lines];
        for (const p of pairs) {
          if (regime === 'cgst_sgst') expect([p.sgst, p.utgst, p.igst]).toEqual([p.cgst, '0.00', '0.00']);
          if (regime === 'cgst_utgst') expect([p.utgst, p.sgst, p.igst]).toEqual([p.cgst, '0.00', '0.00']);
          if (regime === 'igst') expect([p.cgst, p.sgst, p.utgst]).toEqual(['0.00', '0.00', '0.00']);
        }
      }),
      RUNS,
    );
  });

  it('totals are the sums of their components, and round-off stays within half a rupee', () => {
    fc.assert(
      fc.property(documentArb, (input) => {
        const { totals, lines, categories } = computeTax(input, noRates);
        const t = (key: keyof typeof totals) => paisa(totals[key]);
        expect(t('totalTax')).toBe(t('cgst') + t('sgst') + t('utgst') + t('igst') + t('cess'));
        expect(t('totalTax')).toBe(t('taxCollected') + t('reverseChargeTax'));
        expect(t('invoiceTotal')).toBe(t('taxableValue') + t('taxCollected'));
        expect(t('grandTotal')).toBe(t('invoiceTotal') + t('roundOff'));
        expect(t('grandTotal') % 100n).toBe(0n);
        expect(t('roundOff') >= -50n && t('roundOff') <= 50n).toBe(true);
        expect(t('taxableValue')).toBe(lines.reduce((sum, l) => sum + paisa(l.taxableValue), 0n));
        expect(t('taxableValue')).toBe(Object.values(categories).reduce((sum, v) => sum + paisa(v), 0n));
        for (const line of lines) expect(paisa(line.totalTax)).toBe(paisa(line.cgst) + paisa(line.sgst) + paisa(line.utgst) + paisa(line.igst) + paisa(line.cess));
        const sign = input.documentType === 'credit_note' ? -1n : 1n;
        for (const line of lines) expect(paisa(line.taxableValue) * sign >= 0n).toBe(true);
      }),
      RUNS,
    );
  });

  it('per-document rounding differs from per-line by at most half a paisa per line and component', () => {
    fc.assert(
      fc.property(documentArb, (input) => {
        const result = computeTax({ ...input, options: { rounding: 'per_document' } }, noRates);
        const bound = BigInt(result.lines.length);
        for (const key of ['cgst', 'sgst', 'utgst', 'igst'] as const) {
          const diff = paisa(result.rounding.documentDifference[key]);
          expect(diff * 2n <= bound + 1n && -diff * 2n <= bound + 1n).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('a credit note is the mirror image of the invoice', () => {
    fc.assert(
      fc.property(documentArb, (input) => {
        const invoice = computeTax({ ...input, documentType: 'invoice' }, noRates);
        const credit = computeTax({ ...input, documentType: 'credit_note' }, noRates);
        for (const [key, value] of Object.entries(invoice.totals)) {
          expect(paisa(credit.totals[key as keyof typeof credit.totals])).toBe(-paisa(value));
        }
      }),
      RUNS,
    );
  });
});
