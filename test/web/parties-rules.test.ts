import { describe, expect, it } from 'vitest';
import { checkTaxIdentity, REGISTRATION_TYPES as SERVER_TYPES } from '../../src/modules/parties/domain/party.js';
import { addressBody, EMPTY_ADDRESS, isBlankAddress } from '../../web/src/features/parties/address.js';
import { gstinRequired, REGISTRATION_LABELS, REGISTRATION_RULES, REGISTRATION_TYPES } from '../../web/src/features/parties/registration.js';

const identity = { pan: null, billingAddress: null, shippingAddress: null, contacts: [] } as const;

describe('party form rules match the server', () => {
  it('offers exactly the server registration types, each with a label and a rule', () => {
    expect([...REGISTRATION_TYPES].sort()).toEqual([...SERVER_TYPES].sort());
    for (const type of REGISTRATION_TYPES) {
      expect(REGISTRATION_LABELS[type]).toBeTruthy();
      expect(REGISTRATION_RULES[type]).toMatch(/GSTIN/);
    }
  });

  it('asks for a GSTIN exactly where the server requires one, and refuses one where the server does', () => {
    for (const registrationType of SERVER_TYPES) {
      const without = checkTaxIdentity({ ...identity, registrationType, gstin: null });
      const withOne = checkTaxIdentity({ ...identity, registrationType, gstin: '27AAPFU0939F1ZV' });
      const gstinIssue = (r: ReturnType<typeof checkTaxIdentity>) => r.issues.some((i) => i.path === 'body.gstin');
      expect(gstinIssue(without), registrationType).toBe(gstinRequired(registrationType));
      expect(gstinIssue(withOne), registrationType).toBe(!gstinRequired(registrationType));
    }
  });
});

describe('addressBody', () => {
  it('sends nothing for an untouched address (the default country alone is not an address)', () => {
    expect(isBlankAddress(EMPTY_ADDRESS)).toBe(true);
    expect(addressBody({ ...EMPTY_ADDRESS, stateCode: '27' })).toBeNull();
  });

  it('trims, nulls the optional parts and keeps a state code only in India', () => {
    expect(addressBody({ line1: ' 12 MG Road ', line2: '', city: 'Pune ', stateCode: '27', postalCode: '', country: 'in' })).toEqual({
      line1: '12 MG Road',
      line2: null,
      city: 'Pune',
      stateCode: null,
      postalCode: null,
      country: 'IN',
    });
    expect(addressBody({ line1: '12 MG Road', line2: 'Floor 2', city: 'Pune', stateCode: '27', postalCode: '411001', country: 'IN' })).toMatchObject({ stateCode: '27', line2: 'Floor 2', postalCode: '411001' });
    expect(addressBody({ line1: '1 High St', line2: '', city: 'Leeds', stateCode: '27', postalCode: 'LS1 1AA', country: 'GB' })).toMatchObject({ stateCode: null, country: 'GB' });
  });
});
