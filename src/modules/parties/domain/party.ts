import type { FieldIssue } from '../../../kernel/index.js';
import { gstinProblem, isStateCode, type GstinProblem } from '../../../kernel/gstin.js';

export const REGISTRATION_TYPES = ['registered', 'unregistered', 'composition', 'sez', 'overseas'] as const;
export type RegistrationType = (typeof REGISTRATION_TYPES)[number];

/** Registration types under which a party has a GSTIN, and under which it cannot have one. */
const GSTIN_REQUIRED: ReadonlySet<RegistrationType> = new Set(['registered', 'composition', 'sez']);
const GSTIN_FORBIDDEN: ReadonlySet<RegistrationType> = new Set(['unregistered', 'overseas']);

export const PAN_RE = /^[A-Z]{5}[0-9]{4}[A-Z]$/;

export interface Address {
  line1: string;
  line2?: string | null | undefined;
  city: string;
  stateCode?: string | null | undefined;
  postalCode?: string | null | undefined;
  country: string;
}

export interface Contact {
  name: string;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  primary?: boolean | undefined;
}

/** The tax identity of a party as the caller gives it (after merging a change into the stored party). */
export interface TaxIdentity {
  registrationType: RegistrationType;
  gstin: string | null;
  pan: string | null;
  billingAddress: Address | null;
  shippingAddress: Address | null;
  contacts: readonly Contact[];
}

const GSTIN_MESSAGES: Record<GstinProblem, string> = {
  length: 'a GSTIN has 15 characters',
  format: 'a GSTIN is 2 digits (state), 10 PAN characters, an entity number, Z and a check character',
  state: 'the first two digits are not a GST state code',
  checksum: 'the check character does not match: a typing mistake?',
};

/** Region codes Intl knows that are not countries. */
const NOT_COUNTRIES: ReadonlySet<string> = new Set(['ZZ', 'EU', 'EZ', 'UN', 'QO']);
const regions = new Intl.DisplayNames(['en'], { type: 'region' });

export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return false;
  try {
    return regions.of(code) !== code;
  } catch {
    return false;
  }
}

function addressIssues(address: Address | null, path: string): FieldIssue[] {
  if (!address) return [];
  const issues: FieldIssue[] = [];
  if (!isCountryCode(address.country)) issues.push({ path: `${path}.country`, message: 'not an ISO 3166-1 alpha-2 country code' });
  const state = address.stateCode ?? null;
  if (state !== null) {
    if (address.country !== 'IN') issues.push({ path: `${path}.stateCode`, message: 'GST state codes apply to addresses in India only' });
    else if (!isStateCode(state)) issues.push({ path: `${path}.stateCode`, message: 'not a GST state code (01–38)' });
  }
  return issues;
}

/**
 * Checks the GST rules of a party and derives what follows from the GSTIN: its state code and, when
 * no PAN was given, the PAN it embeds (characters 3–12).
 */
export function checkTaxIdentity(t: TaxIdentity): { issues: FieldIssue[]; gstStateCode: string | null; pan: string | null } {
  const issues: FieldIssue[] = [];
  const gstin = t.gstin;
  let gstStateCode: string | null = null;
  let pan = t.pan;
  if (gstin !== null) {
    const problem = gstinProblem(gstin);
    if (problem) issues.push({ path: 'body.gstin', message: GSTIN_MESSAGES[problem], code: `GSTIN.${problem.toUpperCase()}` });
    else {
      gstStateCode = gstin.slice(0, 2);
      const embedded = gstin.slice(2, 12);
      if (pan === null) pan = embedded;
      else if (pan !== embedded) issues.push({ path: 'body.pan', message: `the PAN does not match the GSTIN (which carries ${embedded})` });
    }
    if (GSTIN_FORBIDDEN.has(t.registrationType)) {
      issues.push({ path: 'body.gstin', message: `a party registered as ${t.registrationType} has no GSTIN` });
    }
  } else if (GSTIN_REQUIRED.has(t.registrationType)) {
    issues.push({ path: 'body.gstin', message: `a ${t.registrationType} party needs its GSTIN` });
  }
  if (pan !== null && !PAN_RE.test(pan)) issues.push({ path: 'body.pan', message: 'a PAN looks like AAAAA9999A' });
  issues.push(...addressIssues(t.billingAddress, 'body.billingAddress'), ...addressIssues(t.shippingAddress, 'body.shippingAddress'));
  if (t.contacts.filter((c) => c.primary === true).length > 1) issues.push({ path: 'body.contacts', message: 'at most one contact is primary' });
  return { issues, gstStateCode, pan };
}

/** The registration type when the caller gives none: registered with a GSTIN, unregistered without. */
export function defaultRegistrationType(gstin: string | null | undefined): RegistrationType {
  return gstin ? 'registered' : 'unregistered';
}

/** Normalised emails and phones of the contacts, for search and duplicate checks. */
export function contactKeys(contacts: readonly Contact[]): { emails: string[]; phones: string[] } {
  const emails = new Set<string>();
  const phones = new Set<string>();
  for (const c of contacts) {
    if (c.email) emails.add(c.email.trim().toLowerCase());
    if (c.phone) {
      const digits = normalPhone(c.phone);
      if (digits) phones.add(digits);
    }
  }
  return { emails: [...emails].sort(), phones: [...phones].sort() };
}

/** A phone number as searched: its digits only. */
export function normalPhone(phone: string): string {
  return phone.replace(/\D/g, '');
}

/** The text `q` searches: names, GSTIN, PAN, emails and phone digits, lower-cased. */
export function searchText(p: { legalName: string; displayName: string; gstin: string | null; pan: string | null; emails: readonly string[]; phones: readonly string[] }): string {
  return [p.legalName, p.displayName, p.gstin ?? '', p.pan ?? '', ...p.emails, ...p.phones].filter((s) => s.length > 0).join(' ').toLowerCase();
}
