import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/kernel/errors.js';
import { computeTax, inMemoryRateResolver } from '../../src/modules/tax/domain/gst-engine.js';
import { CASES, RATES } from './gst-engine.cases.js';

const resolver = inMemoryRateResolver(RATES);

describe('GST engine: hand-worked cases', () => {
  it('has at least 60 cases, each naming its rule once', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map((c) => c.rule)).size).toBe(CASES.length);
    for (const c of CASES) expect(Boolean(c.expect) !== Boolean(c.error), c.rule).toBe(true);
  });

  it.each(CASES.map((c) => [c.rule, c] as const))('%s', (_rule, c) => {
    if (c.error) {
      let thrown: unknown;
      try {
        computeTax(c.input, resolver);
      } catch (error) {
        thrown = error;
      }
      expect(isAppError(thrown), 'a typed AppError').toBe(true);
      if (!isAppError(thrown)) return;
      expect(thrown.code).toBe(c.error.code);
      expect(thrown.errors.map((issue) => issue.path)).toEqual(expect.arrayContaining(c.error.paths));
      return;
    }
    const result = computeTax(c.input, resolver);
    const want = c.expect!;
    if (want.supply) expect(result.supply).toMatchObject(want.supply);
    if (want.lines) {
      expect(result.lines.length).toBeGreaterThanOrEqual(want.lines.length);
      want.lines.forEach((line, index) => expect(result.lines[index], `lines[${index}]`).toMatchObject(line));
    }
    if (want.totals) expect(result.totals).toMatchObject(want.totals);
    if (want.categories) expect(result.categories).toMatchObject(want.categories);
    if (want.composition !== undefined) {
      if (want.composition === null) expect(result.compositionLiability).toBeNull();
      else expect(result.compositionLiability).toMatchObject(want.composition);
    }
    if (want.documentDifference) expect(result.rounding.documentDifference).toMatchObject(want.documentDifference);
  });
});

describe('GST engine: invariants on every valid case', () => {
  const valid = CASES.filter((c) => c.expect);
  const cents = (value: string) => BigInt(value.replace('.', ''));

  it.each(valid.map((c) => [c.rule, c] as const))('%s: totals are the sums of their parts', (_rule, c) => {
    const { totals, lines, categories, supply } = computeTax(c.input, resolver);
    expect(cents(totals.totalTax)).toBe(cents(totals.cgst) + cents(totals.sgst) + cents(totals.utgst) + cents(totals.igst) + cents(totals.cess));
    expect(cents(totals.totalTax)).toBe(cents(totals.taxCollected) + cents(totals.reverseChargeTax));
    expect(cents(totals.invoiceTotal)).toBe(cents(totals.taxableValue) + cents(totals.taxCollected));
    expect(cents(totals.grandTotal)).toBe(cents(totals.invoiceTotal) + cents(totals.roundOff));
    expect(cents(totals.taxableValue)).toBe(lines.reduce((s, l) => s + cents(l.taxableValue), 0n));
    expect(cents(totals.gross)).toBe(lines.reduce((s, l) => s + cents(l.gross), 0n));
    expect(cents(totals.taxableValue)).toBe(Object.values(categories).reduce((s, v) => s + cents(v), 0n));
    if (supply.regime === 'cgst_sgst') expect(totals.cgst).toBe(totals.sgst);
    if (supply.regime === 'cgst_utgst') expect(totals.cgst).toBe(totals.utgst);
    for (const line of lines) {
      expect(cents(line.totalTax)).toBe(cents(line.cgst) + cents(line.sgst) + cents(line.utgst) + cents(line.igst) + cents(line.cess));
      expect(cents(line.cess)).toBe(cents(line.cessAdValorem) + cents(line.cessSpecific));
    }
  });

  it('a credit note is the exact mirror image of the invoice', () => {
    for (const c of valid.filter((v) => v.input.documentType === 'invoice')) {
      const invoice = computeTax(c.input, resolver);
      const credit = computeTax({ ...c.input, documentType: 'credit_note' }, resolver);
      const negate = (v: string) => (v === '0.00' ? v : v.startsWith('-') ? v.slice(1) : `-${v}`);
      for (const [key, value] of Object.entries(invoice.totals)) expect(credit.totals[key as keyof typeof credit.totals], `${c.rule}: ${key}`).toBe(negate(value));
    }
  });

  it('does not mutate its input', () => {
    const input = structuredClone(CASES[0]!.input);
    const before = JSON.stringify(input);
    computeTax(input, resolver);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('in-memory rate resolver', () => {
  it('picks the most specific code and the row in force on the date', () => {
    const r = inMemoryRateResolver([
      { hsn: '22', rate: '12', effectiveFrom: '2017-07-01' },
      { hsn: '2202', rate: '28', effectiveFrom: '2017-07-01', effectiveTo: '2019-12-31' },
      { hsn: '2202', rate: '40', effectiveFrom: '2020-01-01' },
    ]);
    expect(r('22029910', '2018-05-01')?.rate).toBe('28');
    expect(r('22029910', '2020-01-01')?.rate).toBe('40');
    expect(r('22011010', '2020-01-01')?.rate).toBe('12');
    expect(r('22011010', '2017-06-30')).toBeUndefined();
    expect(r('8471', '2020-01-01')).toBeUndefined();
  });

  it('a bad row from a resolver is reported against the line, never computed with', () => {
    const bad = () => ({ rate: '18%' });
    expect(() => computeTax(CASES[0]!.input, bad)).toThrow(expect.objectContaining({ code: 'TAX.INVALID_INPUT', errors: [expect.objectContaining({ path: 'lines[0].hsn.rate' })] }));
  });
});
