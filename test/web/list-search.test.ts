import { describe, expect, it } from 'vitest';
import { apiQuery, listSearch, nextSort, parseSort, sortRows, withChanges } from '../../web/src/lib/list/search.js';
import { compareDecimals } from '../../web/src/lib/list/decimal.js';

const validate = listSearch({ type: ['income', 'expense', 'transfer'], from: 'date', accountId: 'uuid', note: 'text' }, { sortable: ['date', 'amount'] });
const UUID = '0192f3a4-5b6c-7d8e-9f01-23456789abcd';

describe('list search params (URL state)', () => {
  it('keeps valid values and drops malformed ones', () => {
    expect(validate({ q: '  rent ', cursor: 'eyJrIjoiMjAyNi0wNi0wMiJ9', sort: '-date', type: 'expense', from: '2026-04-01', accountId: UUID.toUpperCase(), note: 'x' })).toEqual({
      q: 'rent',
      cursor: 'eyJrIjoiMjAyNi0wNi0wMiJ9',
      sort: '-date',
      type: 'expense',
      from: '2026-04-01',
      accountId: UUID,
      note: 'x',
    });
    expect(validate({ q: '', cursor: 'not a cursor!', sort: '-name', type: 'gift', from: '01/04/2026', accountId: 'abc', extra: 'ignored' })).toEqual({});
    expect(validate({ q: 'x'.repeat(101) })).toEqual({});
    expect(validate({ q: 42 })).toEqual({ q: '42' });
  });

  it('parses and cycles the sort: ascending, descending, default', () => {
    expect(parseSort('-date')).toEqual({ key: 'date', direction: 'desc' });
    expect(parseSort(undefined)).toBeNull();
    expect(nextSort(undefined, 'date')).toBe('date');
    expect(nextSort('date', 'date')).toBe('-date');
    expect(nextSort('-date', 'date')).toBeUndefined();
    expect(nextSort('-date', 'amount')).toBe('amount');
  });

  it('goes back to page one when filters change and drops empty values', () => {
    expect(withChanges({ cursor: 'abc', q: 'rent', type: 'expense' }, { type: undefined })).toEqual({ q: 'rent' });
    expect(withChanges({ cursor: 'abc' } as { cursor?: string; q?: string }, { q: '' })).toEqual({});
  });

  it('builds the API query without UI-only keys', () => {
    expect(apiQuery({ cursor: 'c', sort: '-date', q: 'x', type: 'income' })).toEqual({ cursor: 'c', q: 'x', type: 'income' });
  });

  it('sorts the loaded page stably, decimals exactly, missing keys last', () => {
    const rows = [
      { id: 'a', amount: '10.00', ref: null },
      { id: 'b', amount: '9.50', ref: 'B' },
      { id: 'c', amount: '10.0', ref: 'A' },
      { id: 'd', amount: '100', ref: null },
    ];
    const accessors = { amount: (r: (typeof rows)[number]) => r.amount, ref: (r: (typeof rows)[number]) => r.ref };
    expect(sortRows(rows, 'amount', accessors, compareDecimals).map((r) => r.id)).toEqual(['b', 'a', 'c', 'd']);
    expect(sortRows(rows, '-amount', accessors, compareDecimals).map((r) => r.id)).toEqual(['d', 'a', 'c', 'b']);
    expect(sortRows(rows, 'ref', accessors).map((r) => r.id)).toEqual(['c', 'b', 'a', 'd']);
    expect(sortRows(rows, undefined, accessors).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(sortRows(rows, 'unknown', accessors).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
