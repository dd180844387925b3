import { describe, expect, it } from 'vitest';
import { entryBalance, mapLineErrors, requestLines } from '../../web/src/features/ledger/balance.js';

const line = (debit: string, credit: string) => ({ debit, credit });

describe('journal entry balance indicator', () => {
  it('is balanced when debits equal credits, exactly in decimal', () => {
    expect(entryBalance([line('0.10', ''), line('0.20', ''), line('', '0.30')], 'INR')).toEqual({ state: 'balanced', total: '0.30' });
    expect(entryBalance([line('1180', ''), line('', '1000'), line('', '90'), line('', '90.00')], 'INR')).toEqual({ state: 'balanced', total: '1180.00' });
  });

  it('says by how much and which side is heavier', () => {
    expect(entryBalance([line('1000', ''), line('', '999.99')], 'INR')).toEqual({ state: 'unbalanced', debit: '1000.00', credit: '999.99', difference: '0.01', heavier: 'debit' });
    expect(entryBalance([line('5', ''), line('', '7')], 'JPY')).toMatchObject({ state: 'unbalanced', difference: '2', heavier: 'credit' });
  });

  it('stays exact beyond 2^53 minor units', () => {
    expect(entryBalance([line('90071992547409.93', ''), line('', '90071992547409.92')], 'INR')).toMatchObject({ state: 'unbalanced', difference: '0.01' });
  });

  it('is empty with no amounts and invalid with a bad one', () => {
    expect(entryBalance([line('', ''), line('', '')], 'INR')).toEqual({ state: 'empty' });
    expect(entryBalance([line('12.505', ''), line('', '12.50'), line('abc', '')], 'INR')).toEqual({ state: 'invalid', lines: [0, 2] });
  });
});

describe('journal entry request lines', () => {
  const form = [
    { accountId: 'a', memo: ' rent ', debit: '100.00', credit: '' },
    { accountId: '', memo: '', debit: '', credit: '' },
    { accountId: 'b', memo: '', debit: '', credit: '100.00' },
  ];

  it('skips blank lines and sends one side per line', () => {
    expect(requestLines(form)).toEqual([
      { index: 0, line: { accountId: 'a', debit: '100.00', memo: 'rent' } },
      { index: 2, line: { accountId: 'b', credit: '100.00' } },
    ]);
  });

  it('maps problem paths on sent lines back to the form lines', () => {
    expect(mapLineErrors({ 'lines[1].accountId': 'no such account', 'lines[0]': 'a line has either a debit or a credit', date: 'not a date', lines: 'too few' }, [0, 2])).toEqual({
      'lines[2].accountId': 'no such account',
      'lines[0]': 'a line has either a debit or a credit',
      date: 'not a date',
      lines: 'too few',
    });
    expect(mapLineErrors({ 'lines[5].debit': 'x' }, [0, 2])).toEqual({ 'lines[5].debit': 'x' });
  });
});
