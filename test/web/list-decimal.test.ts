import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENCY_CODES as SERVER_CODES, currencyExponent as serverExponent, formatMoney as serverFormat, parseMoney } from '../../src/kernel/money.js';
import { compareDecimals, CURRENCY_CODES, currencyExponent, fromMinor, parseAmountInput, sumAmounts, toMinor } from '../../web/src/lib/list/decimal.js';

describe('web decimal money helpers', () => {
  it('knows exactly the currencies and exponents the server knows', () => {
    expect(CURRENCY_CODES).toEqual(SERVER_CODES);
    for (const code of SERVER_CODES) expect(currencyExponent(code), code).toBe(serverExponent(code));
    expect(currencyExponent('XAU')).toBeUndefined();
  });

  it('converts decimal strings to minor units and back like the server', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.constantFrom('INR', 'JPY', 'KWD', 'CLF', 'USD'), (minor, currency) => {
        const text = fromMinor(minor, currency);
        expect(text).toBe(serverFormat(minor, currency));
        expect(toMinor(text, currency)).toBe(minor);
        expect(toMinor(text, currency)).toBe(parseMoney(text, currency));
      }),
    );
  });

  it('refuses excess precision instead of rounding', () => {
    expect(() => toMinor('12.505', 'INR')).toThrow(RangeError);
    expect(toMinor('12.500', 'INR')).toBe(1250n);
    expect(() => toMinor('1.5', 'JPY')).toThrow(RangeError);
    expect(() => toMinor('1e3', 'INR')).toThrow(TypeError);
  });

  it('sums beyond 2^53 exactly', () => {
    expect(sumAmounts(['9007199254740993.01', '0.02'], 'USD')).toBe('9007199254740993.03');
    expect(sumAmounts(['0.1', '0.2'], 'INR')).toBe('0.30');
    expect(sumAmounts([], 'INR')).toBe('0.00');
  });

  it('compares decimals with any number of places', () => {
    expect(compareDecimals('10.5', '10.50')).toBe(0);
    expect(compareDecimals('9.99', '10')).toBe(-1);
    expect(compareDecimals('-1', '-2')).toBe(1);
    expect(compareDecimals('9007199254740993', '9007199254740992')).toBe(1);
  });

  describe('parseAmountInput (what a person types)', () => {
    it('accepts grouping and canonicalises to the currency exponent', () => {
      expect(parseAmountInput('12,34,567.5', 'INR')).toEqual({ ok: true, value: '1234567.50', minor: 123456750n });
      expect(parseAmountInput(' 1 234.5 ', 'USD')).toMatchObject({ ok: true, value: '1234.50' });
      expect(parseAmountInput('.5', 'INR')).toMatchObject({ ok: true, value: '0.50' });
      expect(parseAmountInput('7.', 'INR')).toMatchObject({ ok: true, value: '7.00' });
      expect(parseAmountInput('1000', 'JPY')).toMatchObject({ ok: true, value: '1000' });
      expect(parseAmountInput('1.250', 'KWD')).toMatchObject({ ok: true, value: '1.250' });
    });

    it('treats an empty field as no amount', () => {
      expect(parseAmountInput('  ', 'INR')).toEqual({ ok: true, value: '', minor: null });
    });

    it('explains what is wrong', () => {
      expect(parseAmountInput('12.505', 'INR')).toEqual({ ok: false, error: 'INR has 2 decimal places' });
      expect(parseAmountInput('1.5', 'JPY')).toEqual({ ok: false, error: 'JPY has no decimal places' });
      expect(parseAmountInput('-5', 'INR')).toEqual({ ok: false, error: 'Enter a positive amount' });
      expect(parseAmountInput('-5', 'INR', { allowNegative: true })).toMatchObject({ ok: true, value: '-5.00' });
      expect(parseAmountInput('abc', 'INR')).toMatchObject({ ok: false });
      expect(parseAmountInput('1.2.3', 'INR')).toMatchObject({ ok: false });
      expect(parseAmountInput('.', 'INR')).toMatchObject({ ok: false });
      expect(parseAmountInput('1e5', 'INR')).toMatchObject({ ok: false });
      expect(parseAmountInput('12345678901234567890', 'INR')).toEqual({ ok: false, error: 'The amount is too large' });
      expect(parseAmountInput('5', 'XXX')).toMatchObject({ ok: false });
    });

    it('never loses a digit (no JS number on the way)', () => {
      fc.assert(
        fc.property(fc.bigInt({ min: 0n, max: 10n ** 17n }), (minor) => {
          const text = fromMinor(minor, 'INR');
          const parsed = parseAmountInput(text, 'INR');
          expect(parsed).toEqual({ ok: true, value: text, minor });
        }),
      );
    });
  });
});
