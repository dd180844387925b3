/**
 * Exact decimal arithmetic for money in the browser: amounts are decimal strings, converted to
 * `bigint` minor units of their currency for sums and comparisons, and back to strings. Nothing
 * here goes through a JS `number`.
 *
 * The exponent table mirrors the server's (src/kernel/money.ts, ISO 4217 list one);
 * test/web/list-decimal.test.ts fails if the two drift apart.
 */
const BY_EXPONENT: Record<number, string> = {
  0: 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF',
  2:
    'AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XAD XCD XCG YER ZAR ZMW ZWG',
  3: 'BHD IQD JOD KWD LYD OMR TND',
  4: 'CLF UYW',
};

const EXPONENTS: ReadonlyMap<string, number> = new Map(
  Object.entries(BY_EXPONENT).flatMap(([exp, codes]) => codes.split(' ').map((code) => [code, Number(exp)] as const)),
);

/** Every ISO 4217 code with minor units, sorted (the same list the server accepts). */
export const CURRENCY_CODES: readonly string[] = [...EXPONENTS.keys()].sort();

/** Minor-unit exponent (INR 2, JPY 0, KWD 3); undefined for a code Kontor does not accept. */
export function currencyExponent(code: string): number | undefined {
  return EXPONENTS.get(code);
}

const CANONICAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** `"12.5"` in INR → `1250n`. Throws on anything but a decimal string, or on more decimals than the currency has (unless zeros). */
export function toMinor(amount: string, currency: string): bigint {
  const exponent = currencyExponent(currency);
  if (exponent === undefined) throw new TypeError(`Not an ISO 4217 currency with minor units: ${currency}`);
  const match = CANONICAL.exec(amount.trim());
  if (!match) throw new TypeError(`Not a decimal amount: ${JSON.stringify(amount)}`);
  const [, sign, whole = '0', fraction = ''] = match;
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > exponent) throw new RangeError(`${currency} has ${exponent} decimal places`);
  const minor = BigInt(whole) * 10n ** BigInt(exponent) + BigInt(significant.padEnd(exponent, '0') || '0');
  return sign === '-' ? -minor : minor;
}

/** `1250n` in INR → `"12.50"`: always the currency's number of decimals. */
export function fromMinor(minor: bigint, currency: string): string {
  const exponent = currencyExponent(currency);
  if (exponent === undefined) throw new TypeError(`Not an ISO 4217 currency with minor units: ${currency}`);
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  return `${negative ? '-' : ''}${whole}${exponent > 0 ? `.${fraction}` : ''}`;
}

/** Sum of decimal strings in one currency, as a decimal string. */
export function sumAmounts(amounts: readonly string[], currency: string): string {
  return fromMinor(
    amounts.reduce((total, amount) => total + toMinor(amount, currency), 0n),
    currency,
  );
}

/** -1, 0 or 1, comparing two decimal strings exactly (any number of decimals). */
export function compareDecimals(a: string, b: string): number {
  const parse = (value: string): [bigint, number] => {
    const match = CANONICAL.exec(value.trim());
    if (!match) throw new TypeError(`Not a decimal amount: ${JSON.stringify(value)}`);
    const [, sign, whole = '0', fraction = ''] = match;
    return [BigInt(`${sign}${whole}${fraction}`), fraction.length];
  };
  const [x, xs] = parse(a);
  const [y, ys] = parse(b);
  const scale = Math.max(xs, ys);
  const left = x * 10n ** BigInt(scale - xs);
  const right = y * 10n ** BigInt(scale - ys);
  return left === right ? 0 : left < right ? -1 : 1;
}

export type AmountInput =
  | { ok: true; /** canonical, e.g. "1234.50" */ value: string; minor: bigint }
  | { ok: true; value: ''; minor: null }
  | { ok: false; error: string };

/**
 * What a person typed into a money field → a canonical decimal string, or why not. Accepts
 * grouping commas, spaces and apostrophes (`12,34,567.5`, `1 234.5`), a leading `.5`, and a
 * trailing `.`; the decimal separator is `.`. More decimals than the currency has are refused,
 * never rounded (as the server does). An empty field is valid and means "no amount".
 */
export function parseAmountInput(raw: string, currency: string, options: { allowNegative?: boolean } = {}): AmountInput {
  const exponent = currencyExponent(currency);
  if (exponent === undefined) return { ok: false, error: `${currency} is not a currency Kontor knows` };
  const compact = raw.trim().replace(/[\s,'’_]/g, '');
  if (compact === '') return { ok: true, value: '', minor: null };
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(compact);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return { ok: false, error: 'Enter an amount like 1234.50' };
  const [, sign, whole, fraction = ''] = match;
  if (sign === '-' && !options.allowNegative) return { ok: false, error: 'Enter a positive amount' };
  if (whole!.replace(/^0+/, '').length > 19) return { ok: false, error: 'The amount is too large' };
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > exponent) {
    return { ok: false, error: exponent === 0 ? `${currency} has no decimal places` : `${currency} has ${exponent} decimal place${exponent === 1 ? '' : 's'}` };
  }
  const minor = BigInt(whole || '0') * 10n ** BigInt(exponent) + BigInt(significant.padEnd(exponent, '0') || '0');
  const signed = sign === '-' ? -minor : minor;
  return { ok: true, value: fromMinor(signed, currency), minor: signed };
}
