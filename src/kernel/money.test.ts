import fc from 'fast-check';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { CURRENCY_CODES, convertMinor, currencyExponent, formatMoney, isCurrencyCode, parseMoney, roundToMinor } from './money.js';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
  return 'no error';
}

describe('ISO 4217 exponents', () => {
  it('match the ISO 4217 list one oracle for every current code', () => {
    const csv = fs.readFileSync(new URL('../../test/ledger/fixtures/iso4217_codes-all.csv', import.meta.url), 'utf8');
    const expected = new Map<string, number>();
    for (const line of csv.split('\n').slice(1)) {
      if (!line.trim()) continue;
      // Entity names may be quoted and contain commas; the last four fields never do.
      const fields = line.split(',');
      const [code, , minor, withdrawn] = fields.slice(-4);
      if (!code || withdrawn || minor === '-' || minor === undefined || minor === '') continue;
      expected.set(code, Number(minor));
    }
    expect(expected.size).toBeGreaterThan(160);
    for (const [code, minor] of expected) expect([code, currencyExponent(code)]).toEqual([code, minor]);
    expect([...expected.keys()].sort()).toEqual(CURRENCY_CODES);
  });

  it('knows the well-known exponents and refuses codes without minor units', () => {
    expect(['INR', 'USD', 'EUR', 'JPY', 'KRW', 'KWD', 'BHD', 'CLF'].map(currencyExponent)).toEqual([2, 2, 2, 0, 0, 3, 3, 4]);
    expect(isCurrencyCode('XAU')).toBe(false);
    expect(codeOf(() => currencyExponent('XXX'))).toBe('MONEY.UNKNOWN_CURRENCY');
    expect(codeOf(() => currencyExponent('inr'))).toBe('MONEY.UNKNOWN_CURRENCY');
  });
});

describe('parseMoney', () => {
  it('parses decimal strings to exact minor units', () => {
    expect(parseMoney('1234.50', 'INR')).toBe(123450n);
    expect(parseMoney('1234.5', 'INR')).toBe(123450n);
    expect(parseMoney('1234', 'INR')).toBe(123400n);
    expect(parseMoney('0.01', 'INR')).toBe(1n);
    expect(parseMoney('-0.01', 'INR')).toBe(-1n);
    expect(parseMoney('1234.500', 'INR')).toBe(123450n);
    expect(parseMoney('500', 'JPY')).toBe(500n);
    expect(parseMoney('1.234', 'KWD')).toBe(1234n);
    expect(parseMoney('92233720368547758.07', 'USD')).toBe(9_223_372_036_854_775_807n);
    // 0.1 + 0.2 would not survive a float; it does as minor units
    expect(parseMoney('0.1', 'USD') + parseMoney('0.2', 'USD')).toBe(parseMoney('0.3', 'USD'));
  });

  it('refuses excess precision instead of rounding', () => {
    expect(codeOf(() => parseMoney('12.505', 'INR'))).toBe('MONEY.EXCESS_PRECISION');
    expect(codeOf(() => parseMoney('1.5', 'JPY'))).toBe('MONEY.EXCESS_PRECISION');
    expect(codeOf(() => parseMoney('1.2345', 'KWD'))).toBe('MONEY.EXCESS_PRECISION');
  });

  it('refuses malformed and out-of-range input with the field path', () => {
    for (const bad of ['', ' 1', '1 ', '+1', '1e3', '1.', '.5', '01', '1,000.00', 'NaN', 'Infinity', '--1', '0x10', '1.2.3']) {
      expect([bad, codeOf(() => parseMoney(bad, 'INR'))]).toEqual([bad, 'MONEY.INVALID_AMOUNT']);
    }
    expect(codeOf(() => parseMoney('92233720368547758.08', 'USD'))).toBe('MONEY.OUT_OF_RANGE');
    expect(codeOf(() => parseMoney('-1', 'INR', { nonNegative: true }))).toBe('MONEY.NEGATIVE');
    try {
      parseMoney('1.001', 'INR', { path: 'body.lines[1].debit' });
    } catch (error) {
      expect((error as AppError).errors[0]?.path).toBe('body.lines[1].debit');
    }
  });
});

describe('formatMoney', () => {
  it('always prints the currency exponent of decimals', () => {
    expect(formatMoney(123450n, 'INR')).toBe('1234.50');
    expect(formatMoney(5n, 'INR')).toBe('0.05');
    expect(formatMoney(-5n, 'INR')).toBe('-0.05');
    expect(formatMoney(0n, 'INR')).toBe('0.00');
    expect(formatMoney(500n, 'JPY')).toBe('500');
    expect(formatMoney(1234n, 'KWD')).toBe('1.234');
  });
});

describe('properties', () => {
  const currency = fc.constantFrom(...CURRENCY_CODES);
  const minor = fc.bigInt({ min: -(2n ** 62n), max: 2n ** 62n });

  it('format then parse is the identity on minor units, for every currency', () => {
    fc.assert(fc.property(currency, minor, (c, m) => parseMoney(formatMoney(m, c), c) === m), { numRuns: 2000 });
  });

  it('parse then format is canonical for in-precision decimal strings', () => {
    fc.assert(
      fc.property(currency, fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.boolean(), (c, m, neg) => {
        const s = formatMoney(neg ? -m : m, c);
        return formatMoney(parseMoney(s, c), c) === s;
      }),
    );
  });

  it('refuses every amount with a non-zero digit beyond the exponent', () => {
    fc.assert(
      fc.property(currency, fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 1, max: 9 }), (c, m, extra) => {
        const base = formatMoney(m, c);
        const s = `${base}${base.includes('.') ? '' : '.'}${extra}`;
        return codeOf(() => parseMoney(s, c)) === 'MONEY.EXCESS_PRECISION';
      }),
    );
  });

  it('sums of parsed amounts equal the parsed sum (no float drift)', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { maxLength: 50 }), (parts) => {
        const strings = parts.map((p) => formatMoney(p, 'INR'));
        const total = strings.reduce((acc, s) => acc + parseMoney(s, 'INR'), 0n);
        return formatMoney(total, 'INR') === formatMoney(parts.reduce((a, b) => a + b, 0n), 'INR');
      }),
    );
  });
});

describe('rounding and conversion', () => {
  it('rounds once, explicitly', () => {
    expect(roundToMinor('2.345', 'INR')).toBe(235n);
    expect(roundToMinor('2.345', 'INR', 'half_even')).toBe(234n);
    expect(roundToMinor('-2.345', 'INR')).toBe(-235n);
    expect(roundToMinor('2.349', 'INR', 'down')).toBe(234n);
    expect(convertMinor(10000n, 'USD', 'INR', '83.1234')).toBe(831234n);
    expect(convertMinor(199n, 'USD', 'JPY', '151.5')).toBe(301n);
  });
});
