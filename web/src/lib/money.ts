/**
 * Money display. Amounts arrive from the API as decimal strings ("1234.50") and are formatted
 * straight from the string: Intl.NumberFormat (ES2023) formats a numeric string exactly, so a
 * value never passes through a JS number (no float rounding, no 2^53 limit). Rounding to the
 * currency's minor unit is half-expand (0.005 → 0.01), for display only.
 */
const DECIMAL = /^[+-]?\d+(\.\d+)?$/;

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(currency: string, locale: string | undefined): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, found);
  }
  return found;
}

/** The locale whose grouping suits a currency when the user has no preference (INR → en-IN: ₹12,34,567.00). */
export function defaultLocaleFor(currency: string): string | undefined {
  return currency === 'INR' ? 'en-IN' : undefined;
}

/** `formatMoney("1234567", "INR", "en-IN")` → `₹12,34,567.00`. Throws on anything but a decimal string. */
export function formatMoney(amount: string, currency: string, locale: string | undefined = defaultLocaleFor(currency)): string {
  const value = amount.trim();
  if (!DECIMAL.test(value)) throw new TypeError(`Not a decimal amount: ${JSON.stringify(amount)}`);
  if (!/^[A-Z]{3}$/.test(currency)) throw new TypeError(`Not an ISO 4217 currency code: ${JSON.stringify(currency)}`);
  return formatter(currency, locale).format(value as `${number}`);
}
