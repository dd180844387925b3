/**
 * Indian GST registrations, checked in the browser for shape only (a friendly message before
 * the round trip); the server checks the state code and the check character.
 */
const FORMAT = /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/;

/** GST state codes and names (`25` merged into `26` in 2020 but stays valid for old GSTINs). */
export const GST_STATES: { code: string; name: string }[] = [
  ['01', 'Jammu and Kashmir'], ['02', 'Himachal Pradesh'], ['03', 'Punjab'], ['04', 'Chandigarh'], ['05', 'Uttarakhand'],
  ['06', 'Haryana'], ['07', 'Delhi'], ['08', 'Rajasthan'], ['09', 'Uttar Pradesh'], ['10', 'Bihar'], ['11', 'Sikkim'],
  ['12', 'Arunachal Pradesh'], ['13', 'Nagaland'], ['14', 'Manipur'], ['15', 'Mizoram'], ['16', 'Tripura'], ['17', 'Meghalaya'],
  ['18', 'Assam'], ['19', 'West Bengal'], ['20', 'Jharkhand'], ['21', 'Odisha'], ['22', 'Chhattisgarh'], ['23', 'Madhya Pradesh'],
  ['24', 'Gujarat'], ['25', 'Daman and Diu (before 2020)'], ['26', 'Dadra and Nagar Haveli and Daman and Diu'], ['27', 'Maharashtra'],
  ['28', 'Andhra Pradesh (before 2014)'], ['29', 'Karnataka'], ['30', 'Goa'], ['31', 'Lakshadweep'], ['32', 'Kerala'], ['33', 'Tamil Nadu'],
  ['34', 'Puducherry'], ['35', 'Andaman and Nicobar Islands'], ['36', 'Telangana'], ['37', 'Andhra Pradesh'], ['38', 'Ladakh'],
].map(([code, name]) => ({ code: code!, name: name! }));

/** Null when `gstin` has the shape of a GSTIN, otherwise a sentence saying what to fix. */
export function gstinMessage(gstin: string, stateCode?: string | null): string | null {
  const value = gstin.trim().toUpperCase();
  if (value.length !== 15) return `A GSTIN has 15 characters; this one has ${value.length}.`;
  if (!FORMAT.test(value)) return 'That does not look like a GSTIN: 2-digit state code, 10-character PAN, entity number, “Z”, check character (e.g. 27AAPFU0939F1ZV).';
  if (!GST_STATES.some((s) => s.code === value.slice(0, 2))) return `${value.slice(0, 2)} is not a GST state code.`;
  if (stateCode && stateCode !== value.slice(0, 2)) return `This GSTIN is registered in state ${value.slice(0, 2)}, not ${stateCode}.`;
  return null;
}
