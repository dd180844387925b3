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

/**
 * Names of the GST state codes (India Compliance's names; 25 and 28 from python-stdnum, as those
 * codes are no longer issued: 25 merged into 26 in 2020, 28 is Andhra Pradesh before 2014).
 */
export const GST_STATE_NAMES: Readonly<Record<string, string>> = {
  '01': 'Jammu and Kashmir',
  '02': 'Himachal Pradesh',
  '03': 'Punjab',
  '04': 'Chandigarh',
  '05': 'Uttarakhand',
  '06': 'Haryana',
  '07': 'Delhi',
  '08': 'Rajasthan',
  '09': 'Uttar Pradesh',
  '10': 'Bihar',
  '11': 'Sikkim',
  '12': 'Arunachal Pradesh',
  '13': 'Nagaland',
  '14': 'Manipur',
  '15': 'Mizoram',
  '16': 'Tripura',
  '17': 'Meghalaya',
  '18': 'Assam',
  '19': 'West Bengal',
  '20': 'Jharkhand',
  '21': 'Odisha',
  '22': 'Chhattisgarh',
  '23': 'Madhya Pradesh',
  '24': 'Gujarat',
  '25': 'Daman and Diu',
  '26': 'Dadra and Nagar Haveli and Daman and Diu',
  '27': 'Maharashtra',
  '28': 'Andhra Pradesh (before 2014)',
  '29': 'Karnataka',
  '30': 'Goa',
  '31': 'Lakshadweep Islands',
  '32': 'Kerala',
  '33': 'Tamil Nadu',
  '34': 'Puducherry',
  '35': 'Andaman and Nicobar Islands',
  '36': 'Telangana',
  '37': 'Andhra Pradesh',
  '38': 'Ladakh',
};
