/**
 * Indian GST identifiers and state codes — pure, shared by identity (tenants, stores), tax and parties.
 * GSTIN: 2-digit state code, 10-character PAN, entity number, `Z`, check character
 * ("Luhn mod 36", as python-stdnum and the GSTN validators compute it).
 */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const FORMAT = /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/;

/** GST state codes (01–38, as in force since 2020; 25 merged into 26 but stays valid for old GSTINs). */
export const GST_STATE_CODES: ReadonlySet<string> = new Set(
  Array.from({ length: 38 }, (_, i) => String(i + 1).padStart(2, '0')),
);

export type GstinProblem = 'length' | 'format' | 'state' | 'checksum';

export function gstinCheckChar(first14: string): string {
  let sum = 0;
  for (let i = 0; i < 14; i += 1) {
    const value = ALPHABET.indexOf(first14[i]!);
    const p = value * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(p / 36) + (p % 36);
  }
  return ALPHABET[(36 - (sum % 36)) % 36]!;
}

/** Null when the GSTIN is valid, otherwise what is wrong with it. */
export function gstinProblem(gstin: string): GstinProblem | null {
  if (gstin.length !== 15) return 'length';
  if (!FORMAT.test(gstin)) return 'format';
  if (!GST_STATE_CODES.has(gstin.slice(0, 2))) return 'state';
  if (gstinCheckChar(gstin.slice(0, 14)) !== gstin[14]) return 'checksum';
  return null;
}

export function isStateCode(code: string): boolean {
  return GST_STATE_CODES.has(code);
}
