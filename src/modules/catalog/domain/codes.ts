/**
 * Product codes: barcodes (GTIN check digits) and HSN/SAC codes. Each check returns a message
 * for the field, or null when the value is acceptable.
 */

/** GS1 mod-10: weights 3 and 1 alternate from the digit next to the check digit. */
export function gtinCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** Numeric barcodes of 12 (UPC-A) or 13 (EAN-13) digits must carry a valid check digit; others are free text. */
export function barcodeProblem(barcode: string): string | null {
  if (!/^[\x21-\x7e]{1,64}$/.test(barcode)) return 'printable ASCII without spaces, up to 64 characters';
  if (/^[0-9]{12,13}$/.test(barcode)) {
    const expected = gtinCheckDigit(barcode.slice(0, -1));
    if (Number(barcode.slice(-1)) !== expected) return `${barcode.length === 13 ? 'EAN-13' : 'UPC-A'} check digit should be ${expected}`;
  }
  return null;
}

/** HSN for goods and SAC for services: 4, 6 or 8 digits; SAC codes (and only they) start with 99. */
export function hsnSacProblem(code: string, type: 'goods' | 'service'): string | null {
  if (!/^([0-9]{4}|[0-9]{6}|[0-9]{8})$/.test(code)) return '4, 6 or 8 digits';
  if (type === 'service' && !code.startsWith('99')) return 'a SAC code for a service starts with 99';
  if (type === 'goods' && code.startsWith('99')) return 'codes starting with 99 are SAC codes for services; goods take an HSN code';
  return null;
}
