import { describe, expect, it } from 'vitest';
import { calculationBody, explainTds, moveItem } from '../../web/src/features/tax/model.js';

describe('tax screens: group component order', () => {
  it('moves a component up and down and ignores moves off the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 3)).toEqual(['a', 'b', 'c']);
  });
});

describe('tax screens: the calculator request', () => {
  it('sends GST lines with HSN and the amount as typed, and the buyer state only when chosen', () => {
    const body = calculationBody({ engine: 'gst', inclusive: false, buyerState: '29', date: '', lines: [{ key: '1', hsn: '8471', amount: ' 1000.10 ', tax: '' }] });
    expect(body).toEqual({ pricesInclusive: false, buyer: { stateCode: '29' }, lines: [{ hsn: '8471', amount: '1000.10' }] });
    const own = calculationBody({ engine: 'gst', inclusive: true, buyerState: '', date: '2026-04-01', lines: [{ key: '1', hsn: '', amount: '5', tax: '' }] });
    expect(own).toEqual({ pricesInclusive: true, date: '2026-04-01', lines: [{ amount: '5' }] });
  });

  it('sends VAT lines with a rate or a group and never GST fields', () => {
    const body = calculationBody({
      engine: 'vat',
      inclusive: false,
      buyerState: '27',
      date: '',
      lines: [
        { key: '1', hsn: '1006', amount: '100', tax: 'rate:r1' },
        { key: '2', hsn: '', amount: '200', tax: 'group:g1' },
      ],
    });
    expect(body).toEqual({ pricesInclusive: false, lines: [{ amount: '100', taxRateId: 'r1' }, { amount: '200', taxGroupId: 'g1' }] });
  });
});

describe('tax screens: TDS explanation', () => {
  const base = { section: '194C', kind: 'tds' as const, citation: 's. 194C', financialYear: '2026-27', rateKey: 'other', noPan: false, noPanCitation: null, thresholdCrossedNow: true, dueDate: '2026-08-07', reason: 'the yearly total crossed ₹1,00,000' };
  it('states the deduction, the rate and the base', () => {
    expect(explainTds({ ...base, percent: '2', base: '110000.00', deduction: '2200.00' })).toBe('Deduct ₹2200.00 = 2% of ₹110000.00 under 194C (s. 194C), due by 2026-08-07. The yearly total crossed ₹1,00,000.');
    expect(explainTds({ ...base, percent: '2', base: '110000.00', deduction: '2200.00' }, (a) => `INR ${a}`)).toContain('Deduct INR 2200.00 = 2% of INR 110000.00');
  });
  it('says when nothing is deducted, and names the no-PAN rate', () => {
    expect(explainTds({ ...base, percent: '2', base: '0.00', deduction: '0.00', reason: 'below the threshold' })).toBe('Nothing to deduct under 194C. Below the threshold.');
    expect(explainTds({ ...base, percent: '20', noPan: true, noPanCitation: 's. 206AA', base: '50000.00', deduction: '10000.00' })).toContain('higher rate: no PAN, s. 206AA');
  });
});
