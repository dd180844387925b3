import { z } from 'zod';
import { GST_REGISTRATIONS } from './repo.js';
import { PLANS } from './domain/plans.js';
import { ROLES } from './domain/roles.js';

/** Any zone the runtime's ICU knows, canonical or alias (Asia/Kolkata is an alias of Asia/Calcutta in some ICU builds). */
function isTimeZone(tz: string): boolean {
  if (tz.length > 64 || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(tz)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const email = z.string().trim().max(254).email();
export const password = z.string().min(1).max(1024);

export const loginBody = z.strictObject({
  email,
  password,
  tenantId: z.uuid().optional(),
});

export const switchTenantBody = z.strictObject({ tenantId: z.uuid() });

export const profileResponse = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  emailVerified: z.boolean(),
  currentTenantId: z.uuid().nullable(),
  memberships: z.array(z.object({ tenantId: z.uuid(), tenantName: z.string(), role: z.enum(ROLES) })),
});

const tenantFields = {
  name: z.string().trim().min(1).max(200),
  legalName: z.string().trim().max(200).nullable().optional(),
  countryCode: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code, e.g. IN'),
  baseCurrency: z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code, e.g. INR'),
  timezone: z.string().max(64).refine(isTimeZone, 'an IANA time zone, e.g. Asia/Kolkata'),
  fiscalYearStartMonth: z.number().int().min(1).max(12).optional(),
  kind: z.enum(['business', 'household']).optional(),
  gstin: z.string().trim().toUpperCase().length(15).nullable().optional(),
  stateCode: z.string().regex(/^[0-9]{2}$/, 'two-digit GST state code, e.g. 27').max(2).nullable().optional(),
  gstRegistration: z
    .enum(GST_REGISTRATIONS)
    .nullable()
    .optional()
    .describe('GST registration type (India): regular, composition, sez or unregistered; null derives it from the GSTIN'),
};

export const createTenantBody = z.strictObject(tenantFields);

export const updateTenantBody = z
  .strictObject({
    name: tenantFields.name.optional(),
    legalName: tenantFields.legalName,
    timezone: tenantFields.timezone.optional(),
    fiscalYearStartMonth: tenantFields.fiscalYearStartMonth,
    kind: tenantFields.kind,
    gstin: tenantFields.gstin,
    stateCode: tenantFields.stateCode,
    gstRegistration: tenantFields.gstRegistration,
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'Send at least one field to change' });

export const tenantResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  legalName: z.string().nullable(),
  countryCode: z.string(),
  baseCurrency: z.string(),
  timezone: z.string(),
  fiscalYearStartMonth: z.number().int(),
  status: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  kind: z.enum(['business', 'household']),
  plan: z.enum(PLANS),
  gstin: z.string().nullable(),
  stateCode: z.string().nullable(),
  gstRegistration: z.enum(GST_REGISTRATIONS).describe('As set, or derived: regular with a GSTIN, unregistered without'),
  require2faRoles: z.array(z.enum(ROLES)).describe('Roles whose members must use two-factor authentication'),
});

export const tenantParams = z.object({ id: z.uuid() });
