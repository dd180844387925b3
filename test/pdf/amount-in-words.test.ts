import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError, amountInWords, indianWords, internationalWords } from '../../src/kernel/index.js';

const inr = (amount: string) => amountInWords(amount, 'INR');

describe('amountInWords: INR in the Indian system', () => {
  it.each([
    ['0', 'Indian Rupees Zero Only'],
    ['0.00', 'Indian Rupees Zero Only'],
    ['1', 'Indian Rupees One Only'],
    ['15', 'Indian Rupees Fifteen Only'],
    ['20', 'Indian Rupees Twenty Only'],
    ['21', 'Indian Rupees Twenty-One Only'],
    ['99', 'Indian Rupees Ninety-Nine Only'],
    ['100', 'Indian Rupees One Hundred Only'],
    ['101', 'Indian Rupees One Hundred One Only'],
    ['110', 'Indian Rupees One Hundred Ten Only'],
    ['999', 'Indian Rupees Nine Hundred Ninety-Nine Only'],
    ['1000', 'Indian Rupees One Thousand Only'],
    ['1001', 'Indian Rupees One Thousand One Only'],
    ['10000', 'Indian Rupees Ten Thousand Only'],
    ['99999', 'Indian Rupees Ninety-Nine Thousand Nine Hundred Ninety-Nine Only'],
    ['100000', 'Indian Rupees One Lakh Only'],
    ['100001', 'Indian Rupees One Lakh One Only'],
    ['250000', 'Indian Rupees Two Lakh Fifty Thousand Only'],
    ['1000000', 'Indian Rupees Ten Lakh Only'],
    ['9999999', 'Indian Rupees Ninety-Nine Lakh Ninety-Nine Thousand Nine Hundred Ninety-Nine Only'],
    ['10000000', 'Indian Rupees One Crore Only'],
    ['0.50', 'Indian Rupees Zero and Fifty Paise Only'],
    ['0.05', 'Indian Rupees Zero and Five Paise Only'],
    ['0.5', 'Indian Rupees Zero and Fifty Paise Only'],
    ['1.01', 'Indian Rupees One and One Paise Only'],
    ['123456.78', 'Indian Rupees One Lakh Twenty-Three Thousand Four Hundred Fifty-Six and Seventy-Eight Paise Only'],
    ['12345678.90', 'Indian Rupees One Crore Twenty-Three Lakh Forty-Five Thousand Six Hundred Seventy-Eight and Ninety Paise Only'],
    ['1000000000', 'Indian Rupees One Hundred Crore Only'],
    ['1000000000000', 'Indian Rupees One Lakh Crore Only'],
    ['123456789012', 'Indian Rupees Twelve Thousand Three Hundred Forty-Five Crore Sixty-Seven Lakh Eighty-Nine Thousand Twelve Only'],
    ['-250.00', 'Minus Indian Rupees Two Hundred Fifty Only'],
    ['-0.00', 'Indian Rupees Zero Only'],
  ])('%s → %s', (amount, words) => {
    expect(inr(amount)).toBe(words);
  });

  it('refuses what is not an exact amount in the currency instead of rounding it', () => {
    for (const bad of ['12.345', '1e5', '', ' 1', '1,000', 'abc', '+5']) {
      expect(() => inr(bad), bad).toThrow(AppError);
    }
    expect(() => amountInWords('1.5', 'JPY')).toThrow(/decimal place/);
    expect(() => amountInWords('1', 'XXX')).toThrow(AppError);
  });
});

describe('amountInWords: other currencies in the international system', () => {
  it.each([
    ['1234.05', 'USD', 'US Dollars One Thousand Two Hundred Thirty-Four and Five Cents Only'],
    ['100000', 'USD', 'US Dollars One Hundred Thousand Only'],
    ['12345678.90', 'EUR', 'Euros Twelve Million Three Hundred Forty-Five Thousand Six Hundred Seventy-Eight and Ninety Cents Only'],
    ['1000000000', 'GBP', 'Pounds Sterling One Billion Only'],
    ['0.99', 'GBP', 'Pounds Sterling Zero and Ninety-Nine Pence Only'],
    ['1500', 'JPY', 'Japanese Yen One Thousand Five Hundred Only'],
    ['1.250', 'KWD', 'Kuwaiti Dinars One and Two Hundred Fifty Fils Only'],
    ['12.5', 'AED', 'UAE Dirhams Twelve and Fifty Fils Only'],
    // No name in the table: the ISO code and the fraction as a cheque writes it.
    ['42.07', 'TTD', 'TTD Forty-Two and 07/100 Only'],
    ['42', 'TTD', 'TTD Forty-Two Only'],
  ])('%s %s → %s', (amount, currency, words) => {
    expect(amountInWords(amount, currency)).toBe(words);
  });
});

/** Reads the words back into a number (both systems), to check the spelling on random amounts. */
function parseWords(text: string): bigint {
  const small: Record<string, number> = {};
  ['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', 'Thirteen', 'Fourteen', 'Fifteen', 'Sixteen', 'Seventeen', 'Eighteen', 'Nineteen'].forEach(
    (w, i) => (small[w] = i),
  );
  ['Twenty', 'Thirty', 'Forty', 'Fifty', 'Sixty', 'Seventy', 'Eighty', 'Ninety'].forEach((w, i) => (small[w] = (i + 2) * 10));
  const scales: Record<string, bigint> = { Thousand: 1000n, Lakh: 100_000n, Crore: 10_000_000n, Million: 10n ** 6n, Billion: 10n ** 9n, Trillion: 10n ** 12n, Quadrillion: 10n ** 15n, Quintillion: 10n ** 18n };
  // Evaluate right to left: a scale word multiplies everything collected since the previous larger scale.
  const words = text.split(' ').flatMap((w) => w.split('-'));
  const stack: { scale: bigint; value: bigint }[] = [];
  let group = 0n;
  const total = (): bigint => {
    let result = group;
    for (const s of stack) result += s.value;
    return result;
  };
  for (const w of words) {
    if (w === 'Hundred') group *= 100n;
    else if (scales[w] !== undefined) {
      const scale = scales[w]!;
      // Everything accumulated below this scale (smaller scales + the current group) is multiplied.
      let below = group;
      while (stack.length > 0 && stack[stack.length - 1]!.scale <= scale) below += stack.pop()!.value;
      stack.push({ scale, value: below * scale });
      group = 0n;
    } else if (small[w] !== undefined) group += BigInt(small[w]!);
    else throw new Error(`unknown word ${w}`);
  }
  return total();
}

describe('spelling agrees with the number (property)', () => {
  it('Indian words read back to the amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), (n) => {
        expect(parseWords(indianWords(n))).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  it('international words read back to the amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 9_223_372_036_854_775_807n }), (n) => {
        expect(parseWords(internationalWords(n))).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  it('never uses "Lakh" or "Crore" outside INR, and never "Million" for INR', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 99 }), (n, paise) => {
        const amount = `${n}.${String(paise).padStart(2, '0')}`;
        expect(amountInWords(amount, 'INR')).not.toMatch(/Million|Billion/);
        expect(amountInWords(amount, 'USD')).not.toMatch(/Lakh|Crore/);
      }),
      { numRuns: 200 },
    );
  });
});
