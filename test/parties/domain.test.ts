import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { covers, permissionsOf } from '../../src/modules/identity/domain/roles.js';
import { checkCreditLimit } from '../../src/modules/parties/domain/credit.js';
import { checkTaxIdentity, contactKeys, isCountryCode, type TaxIdentity } from '../../src/modules/parties/domain/party.js';
import { withRunningBalance } from '../../src/modules/parties/domain/statement.js';

interface Vectors {
  python_stdnum_doctest: { gstin: string; expected: string; pan?: string }[];
  gstin_validator_mocha_tests: { valid: string[]; invalid: { gstin: string }[] };
}
const vectors = JSON.parse(readFileSync(new URL('../identity/fixtures/gstin_test_vectors.json', import.meta.url), 'utf8')) as Vectors;

const registered = (gstin: string | null, extra: Partial<TaxIdentity> = {}): TaxIdentity => ({
  registrationType: 'registered',
  gstin,
  pan: null,
  billingAddress: null,
  shippingAddress: null,
  contacts: [],
  ...extra,
});

describe('party GST rules', () => {
  it('accepts every valid vector GSTIN, deriving its state code and PAN', () => {
    for (const gstin of vectors.gstin_validator_mocha_tests.valid) {
      const result = checkTaxIdentity(registered(gstin));
      expect(result.issues, gstin).toEqual([]);
      expect(result.gstStateCode).toBe(gstin.slice(0, 2));
      expect(result.pan).toBe(gstin.slice(2, 12));
    }
    const stdnum = vectors.python_stdnum_doctest.find((v) => v.expected === 'valid')!;
    expect(checkTaxIdentity(registered(stdnum.gstin)).pan).toBe(stdnum.pan);
  });

  it('refuses every invalid vector GSTIN at body.gstin', () => {
    const invalid = [...vectors.python_stdnum_doctest.filter((v) => v.expected !== 'valid'), ...vectors.gstin_validator_mocha_tests.invalid].map((v) => v.gstin);
    expect(invalid.length).toBeGreaterThan(4);
    for (const gstin of invalid) expect(checkTaxIdentity(registered(gstin)).issues.map((i) => i.path), gstin).toContain('body.gstin');
  });

  it('requires the GSTIN for registered, composition and SEZ parties and refuses it for unregistered and overseas ones', () => {
    const gstin = '27AAPFU0939F1ZV';
    for (const registrationType of ['registered', 'composition', 'sez'] as const) {
      expect(checkTaxIdentity(registered(null, { registrationType })).issues.map((i) => i.path)).toEqual(['body.gstin']);
      expect(checkTaxIdentity(registered(gstin, { registrationType })).issues).toEqual([]);
    }
    for (const registrationType of ['unregistered', 'overseas'] as const) {
      expect(checkTaxIdentity(registered(gstin, { registrationType })).issues.map((i) => i.path)).toEqual(['body.gstin']);
      expect(checkTaxIdentity(registered(null, { registrationType })).issues).toEqual([]);
    }
  });

  it('matches the PAN against GSTIN characters 3–12', () => {
    expect(checkTaxIdentity(registered('27AAPFU0939F1ZV', { pan: 'AAPFU0939F' })).issues).toEqual([]);
    expect(checkTaxIdentity(registered('27AAPFU0939F1ZV', { pan: 'AAPFU0939G' })).issues.map((i) => i.path)).toEqual(['body.pan']);
    expect(checkTaxIdentity(registered(null, { registrationType: 'unregistered', pan: 'AAPF0939F' })).issues.map((i) => i.path)).toEqual(['body.pan']);
  });

  it('allows one primary contact and normalises emails and phones', () => {
    const two = [
      { name: 'a', primary: true },
      { name: 'b', primary: true },
    ];
    expect(checkTaxIdentity(registered(null, { registrationType: 'unregistered', contacts: two })).issues.map((i) => i.path)).toEqual(['body.contacts']);
    expect(contactKeys([{ name: 'a', email: ' A@X.Test ', phone: '+91 (98) 200-1' }, { name: 'b', email: 'a@x.test' }])).toEqual({ emails: ['a@x.test'], phones: ['91982001'] });
  });

  it('knows country codes', () => {
    expect(['IN', 'US', 'DE', 'AE'].every(isCountryCode)).toBe(true);
    expect(['XX', 'ZZ', 'EU', 'in', 'IND'].some(isCountryCode)).toBe(false);
  });
});

describe('statements and credit', () => {
  it('runs a receivable balance up with debits and a payable one with credits', () => {
    const lines = [
      { debit: 10000n, credit: 0n },
      { debit: 0n, credit: 2500n },
    ];
    expect(withRunningBalance('receivable', 500n, lines)).toEqual({ lines: [{ ...lines[0], balance: 10500n }, { ...lines[1], balance: 8000n }], closing: 8000n });
    expect(withRunningBalance('payable', 0n, lines).closing).toBe(-7500n);
  });

  it('exceeds the limit only past it, and never without a limit', () => {
    expect(checkCreditLimit(600n, 400n, 1000n)).toEqual({ ok: true, exposure: 1000n, limit: 1000n, exceededBy: 0n });
    expect(checkCreditLimit(600n, 401n, 1000n)).toEqual({ ok: false, exposure: 1001n, limit: 1000n, exceededBy: 1n });
    expect(checkCreditLimit(10n ** 15n, 1n, null)).toMatchObject({ ok: true, exceededBy: 0n });
  });
});

describe('built-in roles', () => {
  it('give accountants all of parties, sales the customer keys, viewers the read keys', () => {
    const accountant = permissionsOf('accountant');
    const sales = permissionsOf('sales');
    const viewer = permissionsOf('viewer');
    expect(['parties.customer.create', 'parties.vendor.suspend', 'parties.settings.update'].every((k) => covers(accountant, k))).toBe(true);
    expect(['parties.customer.read', 'parties.customer.create', 'parties.customer.update', 'parties.customer.suspend'].every((k) => covers(sales, k))).toBe(true);
    expect(['parties.vendor.read', 'parties.vendor.create', 'parties.settings.update'].some((k) => covers(sales, k))).toBe(false);
    expect(['parties.customer.read', 'parties.vendor.read'].every((k) => covers(viewer, k))).toBe(true);
    expect(['parties.customer.create', 'parties.vendor.update'].some((k) => covers(viewer, k))).toBe(false);
  });
});
