import { currencyExponent, parseMoney } from './money.js';

/**
 * An amount spelled out as invoices print it under the total:
 *
 * - INR in the Indian system (thousand, lakh, crore):
 *   `amountInWords('123456.78', 'INR')` → "Indian Rupees One Lakh Twenty-Three Thousand Four Hundred
 *   Fifty-Six and Seventy-Eight Paise Only".
 * - Every other currency in the international system (thousand, million, billion, …) with the
 *   currency's name and its minor unit's name: "US Dollars One Thousand and Five Cents Only".
 *   A currency this table does not name prints its ISO code and the fraction as "and 25/100".
 *
 * Pure: the amount is a decimal string, parsed exactly (no JS numbers); digits beyond the currency's
 * minor units are refused (MONEY.EXCESS_PRECISION), never rounded. A negative amount prints with
 * "Minus" in front (a refund or a credit balance); "-0" is zero.
 */
export function amountInWords(amount: string, currency: string): string {
  const minor = parseMoney(amount, currency, { path: 'amount' });
  const exponent = currencyExponent(currency);
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  const scale = 10n ** BigInt(exponent);
  const major = abs / scale;
  const fraction = abs % scale;
  const name = CURRENCY_NAMES[currency];
  const spell = currency === 'INR' ? indianWords : internationalWords;

  let text = `${name ? name.major : currency} ${spell(major)}`;
  if (fraction > 0n) {
    text += name?.minor ? ` and ${spell(fraction)} ${name.minor}` : ` and ${fraction.toString().padStart(exponent, '0')}/${scale.toString()}`;
  }
  return `${negative ? 'Minus ' : ''}${text} Only`;
}

const ONES = [
  'Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine',
  'Ten', 'Eleven', 'Twelve', 'Thirteen', 'Fourteen', 'Fifteen', 'Sixteen', 'Seventeen', 'Eighteen', 'Nineteen',
];
const TENS = ['', '', 'Twenty', 'Thirty', 'Forty', 'Fifty', 'Sixty', 'Seventy', 'Eighty', 'Ninety'];

/** 0 < n < 100: "Seven", "Nineteen", "Forty", "Fifty-Six". */
function belowHundred(n: number): string {
  if (n < 20) return ONES[n]!;
  const tens = TENS[Math.floor(n / 10)]!;
  return n % 10 === 0 ? tens : `${tens}-${ONES[n % 10]!}`;
}

/** 0 < n < 1000: "Four Hundred Fifty-Six" (no "and", as Indian and US invoices print it). */
function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (hundreds > 0) parts.push(`${ONES[hundreds]!} Hundred`);
  if (rest > 0) parts.push(belowHundred(rest));
  return parts.join(' ');
}

/** Indian system: crore (10^7), lakh (10^5), thousand, hundred; above a crore the crores count recursively ("One Lakh Crore"). */
export function indianWords(n: bigint): string {
  if (n < 0n) throw new RangeError('indianWords takes a non-negative integer');
  if (n === 0n) return 'Zero';
  const parts: string[] = [];
  const crores = n / 10_000_000n;
  let rest = n % 10_000_000n;
  if (crores > 0n) parts.push(`${indianWords(crores)} Crore`);
  const lakhs = Number(rest / 100_000n);
  rest %= 100_000n;
  if (lakhs > 0) parts.push(`${belowHundred(lakhs)} Lakh`);
  const thousands = Number(rest / 1000n);
  rest %= 1000n;
  if (thousands > 0) parts.push(`${belowHundred(thousands)} Thousand`);
  if (rest > 0n) parts.push(belowThousand(Number(rest)));
  return parts.join(' ');
}

const SCALES = ['', 'Thousand', 'Million', 'Billion', 'Trillion', 'Quadrillion', 'Quintillion', 'Sextillion'];

/** International (short scale) system: thousand, million, billion, … */
export function internationalWords(n: bigint): string {
  if (n < 0n) throw new RangeError('internationalWords takes a non-negative integer');
  if (n === 0n) return 'Zero';
  const groups: number[] = [];
  for (let rest = n; rest > 0n; rest /= 1000n) groups.push(Number(rest % 1000n));
  const parts: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i]!;
    if (group > 0) parts.push(i > 0 ? `${belowThousand(group)} ${SCALES[i]!}` : belowThousand(group));
  }
  return parts.join(' ');
}

/** Names as they print in words (plural, as invoices print them); `minor` is absent for currencies with no minor unit in use. */
const CURRENCY_NAMES: Record<string, { major: string; minor?: string }> = {
  INR: { major: 'Indian Rupees', minor: 'Paise' },
  USD: { major: 'US Dollars', minor: 'Cents' },
  EUR: { major: 'Euros', minor: 'Cents' },
  GBP: { major: 'Pounds Sterling', minor: 'Pence' },
  AUD: { major: 'Australian Dollars', minor: 'Cents' },
  CAD: { major: 'Canadian Dollars', minor: 'Cents' },
  NZD: { major: 'New Zealand Dollars', minor: 'Cents' },
  SGD: { major: 'Singapore Dollars', minor: 'Cents' },
  HKD: { major: 'Hong Kong Dollars', minor: 'Cents' },
  CHF: { major: 'Swiss Francs', minor: 'Centimes' },
  JPY: { major: 'Japanese Yen' },
  CNY: { major: 'Chinese Yuan', minor: 'Fen' },
  AED: { major: 'UAE Dirhams', minor: 'Fils' },
  SAR: { major: 'Saudi Riyals', minor: 'Halalas' },
  QAR: { major: 'Qatari Riyals', minor: 'Dirhams' },
  OMR: { major: 'Omani Rials', minor: 'Baisa' },
  KWD: { major: 'Kuwaiti Dinars', minor: 'Fils' },
  BHD: { major: 'Bahraini Dinars', minor: 'Fils' },
  NPR: { major: 'Nepalese Rupees', minor: 'Paisa' },
  LKR: { major: 'Sri Lankan Rupees', minor: 'Cents' },
  PKR: { major: 'Pakistani Rupees', minor: 'Paisa' },
  BDT: { major: 'Bangladeshi Taka', minor: 'Poisha' },
  MYR: { major: 'Malaysian Ringgit', minor: 'Sen' },
  THB: { major: 'Thai Baht', minor: 'Satang' },
  IDR: { major: 'Indonesian Rupiah', minor: 'Sen' },
  PHP: { major: 'Philippine Pesos', minor: 'Centavos' },
  MXN: { major: 'Mexican Pesos', minor: 'Centavos' },
  BRL: { major: 'Brazilian Reais', minor: 'Centavos' },
  ZAR: { major: 'South African Rand', minor: 'Cents' },
  KES: { major: 'Kenyan Shillings', minor: 'Cents' },
  SEK: { major: 'Swedish Kronor', minor: 'Öre' },
  NOK: { major: 'Norwegian Kroner', minor: 'Øre' },
  DKK: { major: 'Danish Kroner', minor: 'Øre' },
  KRW: { major: 'South Korean Won' },
};
