/** An address as the form edits it (all strings) and as the API takes it. */
export interface AddressDraft {
  line1: string;
  line2: string;
  city: string;
  stateCode: string;
  postalCode: string;
  country: string;
}

export const EMPTY_ADDRESS: AddressDraft = { line1: '', line2: '', city: '', stateCode: '', postalCode: '', country: 'IN' };

export const isBlankAddress = (a: AddressDraft) => !a.line1.trim() && !a.line2.trim() && !a.city.trim() && !a.postalCode.trim();

/** An address for the API: null when left blank, optional parts as null. */
export function addressBody(a: AddressDraft) {
  if (isBlankAddress(a)) return null;
  return {
    line1: a.line1.trim(),
    line2: a.line2.trim() || null,
    city: a.city.trim(),
    stateCode: a.country === 'IN' && a.stateCode ? a.stateCode : null,
    postalCode: a.postalCode.trim() || null,
    country: a.country.trim().toUpperCase(),
  };
}
