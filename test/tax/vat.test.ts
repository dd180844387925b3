import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeVat, type VatComponent, type VatInput, type VatLineInput } from '../../src/modules/tax/domain/vat.js';

const vat = (rate: string, extra: Partial<VatComponent> = {}): VatComponent => ({ code: `VAT${rate}`, name: `VAT ${rate}%`, rate, ...extra });
const DE19 = vat('19');
const DE7 = vat('7');
const GST5 = { code: 'GST', name: 'GST', rate: '5' };
const QST = { code: 'QST', name: 'QST', rate: '9.5', compound: true };
const IVA = { code: 'IVA', name: 'IVA', rate: '16' };
const ISR_RET = { code: 'ISR_RET', name: 'ISR retention', rate: '10', retention: true };
const IVA_RET = { code: 'IVA_RET', name: 'IVA retention (2/3)', rate: '10.6667', retention: true };

const line = (unitPrice: string, components: VatComponent[], extra: Partial<VatLineInput> = {}): VatLineInput => ({ unitPrice, components, ...extra });
const doc = (lines: VatLineInput[], extra: Partial<VatInput> = {}): VatInput => ({ lines, pricesInclusive: false, rounding: 'line', decimals: 2, ...extra });

interface Case {
  rule: string;
  input: VatInput;
  net: string;
  tax: string;
  retention?: string;
  gross: string;
  payable?: string;
  components?: [string, string][];
}

const cases: Case[] = [
  { rule: 'DE standard 19% exclusive', input: doc([line('100.00', [DE19])]), net: '100.00', tax: '19.00', gross: '119.00' },
  { rule: 'DE reduced 7% on 3 × 9.99: 2.0979 rounds half-up to 2.10', input: doc([line('9.99', [DE7], { quantity: '3' })]), net: '29.97', tax: '2.10', gross: '32.07' },
  { rule: 'DE 19% inclusive 119.00 backs out to 100.00', input: doc([line('119.00', [DE19])], { pricesInclusive: true }), net: '100.00', tax: '19.00', gross: '119.00' },
  { rule: 'DE 19% inclusive 10.00: net 8.40, tax 1.60, gross kept', input: doc([line('10.00', [DE19])], { pricesInclusive: true }), net: '8.40', tax: '1.60', gross: '10.00' },
  { rule: 'inclusive 0.99 at 19%: net 0.83 + tax 0.16 round-trips', input: doc([line('0.99', [DE19])], { pricesInclusive: true }), net: '0.83', tax: '0.16', gross: '0.99' },
  { rule: 'UK standard 20% on 49.99: 9.998 → 10.00', input: doc([line('49.99', [vat('20')])]), net: '49.99', tax: '10.00', gross: '59.99' },
  { rule: 'UK reduced 5% on 12.50: 0.625 half-up → 0.63', input: doc([line('12.50', [vat('5')])]), net: '12.50', tax: '0.63', gross: '13.13' },
  { rule: 'UK zero rate keeps a 0.00 component', input: doc([line('80.00', [vat('0')])]), net: '80.00', tax: '0.00', gross: '80.00', components: [['VAT0', '0.00']] },
  { rule: 'UK 20% inclusive 1.00: net 0.83, tax absorbs to 0.17', input: doc([line('1.00', [vat('20')])], { pricesInclusive: true }), net: '0.83', tax: '0.17', gross: '1.00' },
  {
    rule: 'per-line rounding: three 0.10 lines at 5% round 0.005 up on each line',
    input: doc([line('0.10', [vat('5')]), line('0.10', [vat('5')]), line('0.10', [vat('5')])]),
    net: '0.30',
    tax: '0.03',
    gross: '0.33',
  },
  {
    rule: 'per-document rounding: the same lines sum 0.015 once → 0.02',
    input: doc([line('0.10', [vat('5')]), line('0.10', [vat('5')]), line('0.10', [vat('5')])], { rounding: 'document' }),
    net: '0.30',
    tax: '0.02',
    gross: '0.32',
  },
  {
    rule: 'US California 7.25% state + 2.25% district on 100.00',
    input: doc([line('100.00', [{ code: 'CA', name: 'California', rate: '7.25' }, { code: 'CA-LA', name: 'Los Angeles district', rate: '2.25' }])]),
    net: '100.00',
    tax: '9.50',
    gross: '109.50',
    components: [['CA', '7.25'], ['CA-LA', '2.25']],
  },
  { rule: 'US 7.25% on 19.99: 1.449275 → 1.45', input: doc([line('19.99', [{ code: 'CA', name: 'California', rate: '7.25' }])]), net: '19.99', tax: '1.45', gross: '21.44' },
  { rule: 'Mexico IVA 16% on 10,000', input: doc([line('10000.00', [IVA])]), net: '10000.00', tax: '1600.00', retention: '0.00', gross: '11600.00', payable: '11600.00' },
  {
    rule: 'Mexico professional services by an individual: ISR 10% and 2/3 of IVA withheld',
    input: doc([line('10000.00', [IVA, ISR_RET, IVA_RET])]),
    net: '10000.00',
    tax: '1600.00',
    retention: '-2066.67',
    gross: '11600.00',
    payable: '9533.33',
    components: [['IVA', '1600.00'], ['ISR_RET', '-1000.00'], ['IVA_RET', '-1066.67']],
  },
  {
    rule: 'Mexico retentions on 1,234.56: 197.53 IVA, −123.46 ISR, −131.69 IVA (131.6868)',
    input: doc([line('1234.56', [IVA, ISR_RET, IVA_RET])]),
    net: '1234.56',
    tax: '197.53',
    retention: '-255.15',
    gross: '1432.09',
    payable: '1176.94',
  },
  {
    rule: 'Mexico freight: 4% IVA retention',
    input: doc([line('10000.00', [IVA, { code: 'IVA_RET4', name: 'IVA retention 4%', rate: '4', retention: true }])]),
    net: '10000.00',
    tax: '1600.00',
    retention: '-400.00',
    gross: '11600.00',
    payable: '11200.00',
  },
  {
    rule: 'Mexico inclusive: retentions are not inside the price; 1,160 → 1,000 net, payable 866.67',
    input: doc([line('1160.00', [IVA, ISR_RET, IVA_RET])], { pricesInclusive: true }),
    net: '1000.00',
    tax: '160.00',
    retention: '-206.67',
    gross: '1160.00',
    payable: '953.33',
  },
  {
    rule: 'compound: QST 9.5% on price + GST 5% (105.00 → 9.975 → 9.98)',
    input: doc([line('100.00', [GST5, QST])]),
    net: '100.00',
    tax: '14.98',
    gross: '114.98',
    components: [['GST', '5.00'], ['QST', '9.98']],
  },
  {
    rule: 'compound inclusive: 114.98 ÷ 1.14975 = 100.0043 → 100.00 and back',
    input: doc([line('114.98', [GST5, QST])], { pricesInclusive: true }),
    net: '100.00',
    tax: '14.98',
    gross: '114.98',
  },
  { rule: 'exempt line carries no tax', input: doc([line('100.00', [DE19], { exemptReason: 'medical services, §4 Nr. 14 UStG' })]), net: '100.00', tax: '0.00', gross: '100.00', components: [] },
  { rule: 'discount before tax: 2 × 50 − 10 = 90 at 19%', input: doc([line('50.00', [DE19], { quantity: '2', discount: '10.00' })]), net: '90.00', tax: '17.10', gross: '107.10' },
  {
    rule: 'mixed rates in one document keep one total per rate',
    input: doc([line('100.00', [DE19]), line('50.00', [DE7])]),
    net: '150.00',
    tax: '22.50',
    gross: '172.50',
    components: [['VAT19', '19.00'], ['VAT7', '3.50']],
  },
  {
    rule: 'inclusive per line: three 0.10 at 19% → 0.08 + 0.02 each',
    input: doc([line('0.10', [DE19]), line('0.10', [DE19]), line('0.10', [DE19])], { pricesInclusive: true }),
    net: '0.24',
    tax: '0.06',
    gross: '0.30',
  },
  {
    rule: 'inclusive per document: 0.30 − 0.30/1.19 = 0.0479 → 0.05 once',
    input: doc([line('0.10', [DE19]), line('0.10', [DE19]), line('0.10', [DE19])], { pricesInclusive: true, rounding: 'document' }),
    net: '0.25',
    tax: '0.05',
    gross: '0.30',
  },
  { rule: 'credit note: −100 at 20% is −20', input: doc([line('-100.00', [vat('20')])]), net: '-100.00', tax: '-20.00', gross: '-120.00' },
  { rule: 'credit note rounds half away from zero: −12.50 at 5% → −0.63', input: doc([line('-12.50', [vat('5')])]), net: '-12.50', tax: '-0.63', gross: '-13.13' },
  { rule: 'fractional quantity: 2.5 × 3.99 = 9.975 → net 9.98, tax 0.6986 → 0.70', input: doc([line('3.99', [DE7], { quantity: '2.5' })]), net: '9.98', tax: '0.70', gross: '10.68' },
  { rule: 'zero-decimal currency (JPY): 999 at 8% → 79.92 → 80', input: doc([line('999', [vat('8')])], { decimals: 0 }), net: '999', tax: '80', gross: '1079' },
  { rule: 'a line without components is untaxed', input: doc([line('42.00', [])]), net: '42.00', tax: '0.00', gross: '42.00' },
];

describe('VAT / sales tax calculator (hand-worked cases)', () => {
  it('has at least 20 cases', () => expect(cases.length).toBeGreaterThanOrEqual(20));

  it.each(cases)('$rule', (c) => {
    const result = computeVat(c.input);
    expect(result.totals.net, 'net').toBe(c.net);
    expect(result.totals.tax, 'tax').toBe(c.tax);
    expect(result.totals.gross, 'gross').toBe(c.gross);
    if (c.retention !== undefined) expect(result.totals.retention, 'retention').toBe(c.retention);
    if (c.payable !== undefined) expect(result.totals.payable, 'payable').toBe(c.payable);
    if (c.components) expect(result.totals.components.map((x) => [x.code, x.amount])).toEqual(c.components);
  });

  it('per line: the document totals are the sums of the rounded line amounts', () => {
    const input = doc([line('0.10', [vat('5')]), line('33.33', [vat('5')]), line('1.01', [vat('5')])]);
    const result = computeVat(input);
    const sum = result.lines.reduce((s, l) => s.add(l.tax), new Decimal(0));
    expect(result.totals.tax).toBe(sum.toFixed(2));
  });

  it('inclusive per line: every line keeps net + tax = the price given', () => {
    for (const price of ['0.01', '0.99', '1.00', '9.99', '19.99', '123.45', '999.99']) {
      const result = computeVat(doc([line(price, [GST5, QST])], { pricesInclusive: true }));
      expect(result.lines[0]!.gross, price).toBe(price);
    }
  });
});

describe('VAT properties', () => {
  const cents = fc.bigInt({ min: 0n, max: 10_000_000_00n }).map((c) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`);
  const rate = fc.constantFrom('0', '5', '7', '7.25', '8', '10', '16', '19', '20', '21', '27');

  it('exclusive → inclusive round-trips to the cent for one rate', () => {
    fc.assert(
      fc.property(cents, rate, (net, r) => {
        const exclusive = computeVat(doc([line(net, [vat(r)])]));
        const inclusive = computeVat(doc([line(exclusive.totals.gross, [vat(r)])], { pricesInclusive: true }));
        expect(inclusive.totals.net).toBe(net);
        expect(inclusive.totals.tax).toBe(exclusive.totals.tax);
      }),
    );
  });

  it('inclusive lines keep their price exactly, compound or not, and per-line totals are the sums of the lines', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cents, rate, fc.boolean()), { minLength: 1, maxLength: 8 }), (items) => {
        const lines = items.map(([price, r, compound]) => line(price, compound ? [GST5, { ...QST, rate: r }] : [vat(r)]));
        const result = computeVat(doc(lines, { pricesInclusive: true }));
        result.lines.forEach((l, i) => expect(l.gross).toBe(items[i]![0]));
        expect(result.totals.tax).toBe(result.lines.reduce((sum, l) => sum.add(l.tax), new Decimal(0)).toFixed(2));
        expect(result.totals.gross).toBe(items.reduce((sum, [price]) => sum.add(price), new Decimal(0)).toFixed(2));
      }),
    );
  });
});
