import { currencyExponent } from '../../kernel/money.js';

/**
 * Display formatting for printed documents. Amounts arrive as decimal strings and are only laid
 * out here: grouped and padded to the currency's minor units, never rounded (extra digits, e.g.
 * of a unit rate, print as they are).
 */

/** `1234567` → `12,34,567` (Indian) or `1,234,567` (international). */
export function groupDigits(digits: string, indian: boolean): string {
  if (digits.length <= 3) return digits;
  const last3 = digits.slice(-3);
  const rest = digits.slice(0, -3);
  const size = indian ? 2 : 3;
  const groups: string[] = [];
  for (let end = rest.length; end > 0; end -= size) groups.unshift(rest.slice(Math.max(0, end - size), end));
  return `${groups.join(',')},${last3}`;
}

const DECIMAL_RE = /^(-?)([0-9]+)(?:\.([0-9]+))?$/;

/**
 * A decimal string grouped for `currency` (Indian grouping for INR), with at least the currency's
 * minor-unit digits: `formatAmount('123456.7', 'INR')` → `1,23,456.70`. Text that is not a decimal
 * prints unchanged.
 */
export function formatAmount(value: string, currency: string): string {
  const match = DECIMAL_RE.exec(value.trim());
  if (!match) return value;
  const [, sign, whole, fraction = ''] = match;
  let exponent = 2;
  try {
    exponent = currencyExponent(currency);
  } catch {
    // an unknown code prints with two decimals
  }
  const digits = fraction.length >= exponent ? fraction : fraction.padEnd(exponent, '0');
  const grouped = groupDigits(whole!.replace(/^0+(?=[0-9])/, ''), currency === 'INR');
  const isZero = /^0*$/.test(whole!) && /^0*$/.test(digits);
  return `${isZero ? '' : sign}${grouped}${digits ? `.${digits}` : ''}`;
}

/** An amount with its currency: `₹1,23,456.78` for INR, `USD 1,234.50` for others. */
export function formatMoneyText(value: string, currency: string): string {
  const text = formatAmount(value, currency);
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  return `${negative ? '-' : ''}${currency === 'INR' ? '₹' : `${currency} `}${body}`;
}

/** A quantity or rate as given, with its whole part grouped (`1500.5` → `1,500.5`). */
export function formatNumber(value: string, currency = 'INR'): string {
  const match = DECIMAL_RE.exec(value.trim());
  if (!match) return value;
  const [, sign, whole, fraction] = match;
  return `${sign}${groupDigits(whole!, currency === 'INR')}${fraction ? `.${fraction}` : ''}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-06-15` → `15 Jun 2026` (unambiguous in every locale); other text unchanged. */
export function formatDate(iso: string): string {
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(iso);
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}
