import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultLocaleFor, formatMoney } from '../../web/src/lib/money.js';

describe('formatMoney (web)', () => {
  it('groups INR the Indian way by default', () => {
    expect(formatMoney('1234567', 'INR')).toBe('₹12,34,567.00');
    expect(formatMoney('1234567.5', 'INR', 'en-IN')).toBe('₹12,34,567.50');
    expect(formatMoney('100000', 'INR')).toBe('₹1,00,000.00');
    expect(defaultLocaleFor('INR')).toBe('en-IN');
  });

  it('formats other currencies with their minor units and the locale', () => {
    expect(formatMoney('1234.5', 'USD', 'en-US')).toBe('$1,234.50');
    expect(formatMoney('1234.5', 'JPY', 'en-US')).toBe('¥1,235');
    expect(formatMoney('1234567.891', 'EUR', 'de-DE')).toBe('1.234.567,89\u00a0€');
    expect(formatMoney('-0.5', 'INR')).toBe('-₹0.50');
  });

  it('never goes through a JS number: digits beyond 2^53 survive, halves round exactly', () => {
    expect(formatMoney('9007199254740993.01', 'USD', 'en-US')).toBe('$9,007,199,254,740,993.01');
    expect(formatMoney('12345678901234567.89', 'INR')).toBe('₹12,34,56,78,90,12,34,567.89');
    // As a double 1.005 is 1.00499999…; as a decimal it is a half that rounds up.
    expect(formatMoney('1.005', 'USD', 'en-US')).toBe('$1.01');
    expect(formatMoney('0.125', 'INR')).toBe('₹0.13');
  });

  it('keeps every integer digit of any decimal string', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 99 }), (units, cents) => {
        const text = `${units}.${String(cents).padStart(2, '0')}`;
        const shown = formatMoney(text, 'USD', 'en-US');
        expect(shown.replace(/[$,]/g, '')).toBe(text);
      }),
    );
  });

  it('rejects anything that is not a decimal string', () => {
    for (const bad of ['', 'abc', '1e5', '1,000', 'NaN', 'Infinity', '0x10', '1.2.3']) {
      expect(() => formatMoney(bad, 'INR')).toThrow(TypeError);
    }
    expect(() => formatMoney('1', 'rupees')).toThrow(TypeError);
  });
});
