import { Decimal } from 'decimal.js';
import { AppError } from './errors.js';

/**
 * Money in Kontor: integer minor units (`bigint`) in a currency whose ISO 4217 exponent says how
 * many minor units make one major unit. JSON carries money as decimal strings ("1234.50"); these
 * helpers convert between the two exactly. Never route money through a JS `number`.
 *
 * The exponent table is ISO 4217 list one (current codes) as redistributed by datasets/currency-codes
 * (see /work/shared/oracles/currency/PROVENANCE.md); money.test.ts checks it against that file.
 * Codes whose minor unit is "N.A." (metals, funds, XXX, XTS) are deliberately absent: they carry no money here.
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

/** Every ISO 4217 code Kontor accepts for money, sorted. */
export const CURRENCY_CODES: readonly string[] = [...EXPONENTS.keys()].sort();

export function isCurrencyCode(code: string): boolean {
  return EXPONENTS.has(code);
}

/** Minor-unit exponent of an ISO 4217 currency (INR 2, JPY 0, KWD 3, CLF 4). */
export function currencyExponent(code: string): number {
  const exponent = EXPONENTS.get(code);
  if (exponent === undefined) {
    throw new AppError('validation', 'MONEY.UNKNOWN_CURRENCY', `${code.slice(0, 8)} is not an ISO 4217 currency with minor units`);
  }
  return exponent;
}

/** A decimal amount as JSON carries it: optional minus, digits, optional fraction. No exponents, no "+", no spaces. */
export const DECIMAL_AMOUNT_RE = /^-?(0|[1-9][0-9]{0,18})(\.[0-9]{1,18})?$/;

/** Largest absolute amount in minor units a ledger column holds (PostgreSQL bigint). */
export const MAX_MINOR = 9_223_372_036_854_775_807n;

export interface MoneyParseOptions {
  /** Field path for the error (e.g. `body.lines[0].debit`). */
  path?: string;
  /** Refuse negative amounts. */
  nonNegative?: boolean;
}

/**
 * Parses a decimal string into integer minor units of `currency`, exactly. Digits beyond the
 * currency's exponent are refused unless they are zeros ("12.50" and "12.500" are INR 1250;
 * "12.505" is an error, never rounded).
 */
export function parseMoney(value: string, currency: string, options: MoneyParseOptions = {}): bigint {
  const exponent = currencyExponent(currency);
  const path = options.path ?? 'amount';
  const fail = (code: string, message: string) => new AppError('validation', code, message, { errors: [{ path, message, code }] });
  if (typeof value !== 'string' || !DECIMAL_AMOUNT_RE.test(value)) {
    throw fail('MONEY.INVALID_AMOUNT', 'must be a decimal string like "1234.50"');
  }
  const negative = value.startsWith('-');
  const unsigned = negative ? value.slice(1) : value;
  const [whole = '0', fraction = ''] = unsigned.split('.');
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > exponent) {
    throw fail('MONEY.EXCESS_PRECISION', `${currency} has ${exponent} decimal place${exponent === 1 ? '' : 's'}`);
  }
  const minor = BigInt(whole) * 10n ** BigInt(exponent) + BigInt(significant.padEnd(exponent, '0') || '0');
  if (minor > MAX_MINOR) throw fail('MONEY.OUT_OF_RANGE', 'is too large');
  if (negative && minor !== 0n && options.nonNegative) throw fail('MONEY.NEGATIVE', 'must not be negative');
  return negative ? -minor : minor;
}

/** Formats minor units as the decimal string JSON carries: always the currency's exponent of decimals. */
export function formatMoney(minor: bigint, currency: string): string {
  const exponent = currencyExponent(currency);
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  return `${negative ? '-' : ''}${whole}${exponent > 0 ? `.${fraction}` : ''}`;
}

/** Minor units as a decimal.js value in major units (for rates, percentages, display maths). */
export function toDecimal(minor: bigint, currency: string): Decimal {
  return new Decimal(minor.toString()).div(new Decimal(10).pow(currencyExponent(currency)));
}

export type RoundingRule = 'half_up' | 'half_even' | 'down' | 'up';

const ROUNDING: Record<RoundingRule, Decimal.Rounding> = {
  half_up: Decimal.ROUND_HALF_UP,
  half_even: Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
};

/**
 * Rounds a decimal amount (string or decimal.js, in major units) to minor units of `currency`:
 * the one explicit place where rounding happens (e.g. converting with an exchange rate).
 */
export function roundToMinor(amount: Decimal.Value, currency: string, rule: RoundingRule = 'half_up'): bigint {
  const exponent = currencyExponent(currency);
  const scaled = new Decimal(amount).mul(new Decimal(10).pow(exponent)).toDecimalPlaces(0, ROUNDING[rule]);
  return BigInt(scaled.toFixed(0));
}

/** Converts minor units of one currency into another at `rate` (units of `to` per unit of `from`), rounded once. */
export function convertMinor(minor: bigint, from: string, to: string, rate: Decimal.Value, rule: RoundingRule = 'half_up'): bigint {
  return roundToMinor(toDecimal(minor, from).mul(rate), to, rule);
}
