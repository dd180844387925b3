import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FORMATS, fiscalYearOf, NUMBERED_DOCUMENTS, parseFormat, prefixOf, renderNumber, withPadding } from '../../src/modules/numbering/domain/format.js';

const ok = (template: string) => {
  const r = parseFormat(template, 'body.format');
  if (!r.ok) throw new Error(`${template}: ${r.message}`);
  return r.format;
};

describe('fiscal years', () => {
  it('April start: 31 March belongs to the year before, 1 April starts the next', () => {
    expect(fiscalYearOf('2026-03-31', 4)).toMatchObject({ startYear: 2025, label: '2025-26', from: '2025-04-01', to: '2026-03-31' });
    expect(fiscalYearOf('2026-04-01', 4)).toMatchObject({ startYear: 2026, label: '2026-27', from: '2026-04-01', to: '2027-03-31' });
    expect(fiscalYearOf('2099-12-31', 4).label).toBe('2099-00');
  });

  it('January start is the calendar year, labelled with one year', () => {
    expect(fiscalYearOf('2026-01-01', 1)).toMatchObject({ startYear: 2026, label: '2026', from: '2026-01-01', to: '2026-12-31' });
    expect(fiscalYearOf('2025-12-31', 1).label).toBe('2025');
  });

  it('other start months, leap years included', () => {
    expect(fiscalYearOf('2024-02-29', 3)).toMatchObject({ startYear: 2023, to: '2024-02-29' });
    expect(fiscalYearOf('2026-07-01', 7)).toMatchObject({ startYear: 2026, label: '2026-27', to: '2027-06-30' });
    expect(() => fiscalYearOf('2026-01-01', 13)).toThrow(RangeError);
  });

  it('every date lies between its fiscal year from and to (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1901-01-01'), max: new Date('9998-12-31'), noInvalidDate: true }), fc.integer({ min: 1, max: 12 }), (d, m) => {
        const date = d.toISOString().slice(0, 10);
        const fy = fiscalYearOf(date, m);
        expect(fy.from <= date && date <= fy.to).toBe(true);
      }),
    );
  });
});

describe('formats', () => {
  const fy = fiscalYearOf('2026-05-10', 4);
  const jan = fiscalYearOf('2026-05-10', 1);

  it('renders the tokens', () => {
    expect(renderNumber(ok('INV/{FY}/{SEQ:4}'), fy, 1n)).toBe('INV/2026-27/0001');
    expect(renderNumber(ok('INV/{FY}/{SEQ:4}'), jan, 1n)).toBe('INV/2026/0001');
    expect(renderNumber(ok('S{FY2}-{SEQ:5}'), fy, 42n)).toBe('S26-27-00042');
    expect(renderNumber(ok('{YYYY}{YY}/{SEQ}'), fy, 7n)).toBe('202626/7');
    expect(renderNumber(ok('A{SEQ:2}'), fy, 12345n)).toBe('A12345');
  });

  it('every default format fits 16 characters and names the fiscal year', () => {
    for (const type of NUMBERED_DOCUMENTS) {
      const format = ok(DEFAULT_FORMATS[type]);
      expect(format.maxLength, type).toBeLessThanOrEqual(16);
      expect(format.hasYear, type).toBe(true);
      expect(renderNumber(format, fy, 1n).length).toBeLessThanOrEqual(16);
    }
    expect(renderNumber(ok(DEFAULT_FORMATS.invoice), fy, 1n)).toBe('INV/2026-27/0001');
    expect(renderNumber(ok(DEFAULT_FORMATS.bill), fy, 1n)).toBe('BILL/26-27/00001');
  });

  it('refuses a format that could pass 16 characters, naming the field', () => {
    const r = parseFormat('INVOICE/{FY}/{SEQ:4}', 'body.format');
    expect(r).toMatchObject({ ok: false, code: 'NUMBERING.FORMAT_TOO_LONG', issues: [{ path: 'body.format' }] });
    expect(parseFormat('INV/{FY}/{SEQ:5}').ok).toBe(false); // 17
    expect(parseFormat('INV/{FY}/{SEQ:4}').ok).toBe(true); // exactly 16
    expect(parseFormat('ABCDEFGHIJKLMNO{SEQ}').ok).toBe(true); // 15 + 1
    expect(parseFormat('ABCDEFGHIJKLMNOP{SEQ}').ok).toBe(false); // 16 + 1
  });

  it('refuses characters GST does not allow, unknown tokens and a missing or repeated {SEQ}', () => {
    for (const bad of ['INV {SEQ:4}', 'INV_{SEQ:4}', 'INV#{SEQ}', 'INV/{FY}', '{SEQ}{SEQ}', 'X{MONTH}{SEQ}', 'X{FY:2}{SEQ}', 'X{SEQ:0}', 'X{SEQ:13}', 'ÄB{SEQ}']) {
      const r = parseFormat(bad, 'body.format');
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.code).toBe('NUMBERING.INVALID_FORMAT');
    }
  });

  it('splits the prefix and changes the padding', () => {
    expect(prefixOf('INV/{FY}/{SEQ:4}')).toBe('INV/{FY}/');
    expect(withPadding('INV/{FY}/{SEQ:4}', 3)).toBe('INV/{FY}/{SEQ:3}');
    expect(withPadding('INV-{SEQ}', 6)).toBe('INV-{SEQ:6}');
  });

  it('never renders longer than maxLength while the sequence stays within its padding (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z/-]{0,6}$/),
        fc.constantFrom('{FY}', '{FY2}', '{YYYY}', '{YY}', ''),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 12 }),
        (lit, year, pad, month) => {
          const r = parseFormat(`${lit}${year}{SEQ:${pad}}`);
          if (!r.ok) return;
          const max = 10n ** BigInt(pad) - 1n;
          expect(renderNumber(r.format, fiscalYearOf('2026-08-15', month), max).length).toBeLessThanOrEqual(r.format.maxLength);
        },
      ),
    );
  });
});
