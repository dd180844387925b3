import { z } from 'zod';
import { pageQuery } from '../../platform/http/index.js';
import { currency, isoDate, money } from '../../platform/http/index.js';
import { REGISTRATION_TYPES } from './domain/party.js';

export const idParams = z.object({ id: z.uuid() });

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const tag = z.string().min(1).max(40).regex(/^[\p{L}\p{N}_:./-]+$/u, 'letters, digits and _ : . / -');

export const addressBody = z.strictObject({
  line1: text(200),
  line2: optionalText(200),
  city: text(100),
  stateCode: z.string().regex(/^[0-9]{2}$/, 'a two-digit GST state code, e.g. 27').nullable().optional(),
  postalCode: z.string().trim().max(20).regex(/^[A-Za-z0-9 -]*$/, 'letters, digits, spaces and -').nullable().optional(),
  country: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code, e.g. IN'),
});

export const contactBody = z.strictObject({
  name: text(200),
  email: z.email().max(254).nullable().optional(),
  phone: z.string().trim().max(30).regex(/^\+?[0-9 ()-]{3,30}$/, 'digits, spaces, ( ) - and an optional leading +').nullable().optional(),
  primary: z.boolean().optional(),
});

/** GSTIN and PAN are upper-cased before the rules check them. */
const gstin = z.string().trim().max(20).transform((s) => s.toUpperCase());
const pan = z.string().trim().max(20).transform((s) => s.toUpperCase());

export const openingBalanceBody = z.strictObject({
  /** Customers: what they owe (negative: an advance they paid). Vendors: what we owe them. */
  amount: money,
  date: isoDate,
});

const partyFields = {
  legalName: text(200),
  displayName: text(200).optional(),
  registrationType: z.enum(REGISTRATION_TYPES).optional(),
  gstin: gstin.nullable().optional(),
  pan: pan.nullable().optional(),
  billingAddress: addressBody.nullable().optional(),
  shippingAddress: addressBody.nullable().optional(),
  contacts: z.array(contactBody).max(20).optional(),
  paymentTermsDays: z.number().int().min(0).max(3650).nullable().optional(),
  currency: currency.optional(),
  creditLimit: money.nullable().optional(),
  openingBalance: openingBalanceBody.nullable().optional(),
  tags: z.array(tag).max(20).optional(),
  notes: z.string().max(2000).nullable().optional(),
};

/** On /customers a party is a customer (and a vendor too with `isVendor`); on /vendors the other way round. */
export const createPartyBody = z.strictObject({ ...partyFields, isCustomer: z.boolean().optional(), isVendor: z.boolean().optional() });
export type CreatePartyBody = z.infer<typeof createPartyBody>;

export const updatePartyBody = z
  .strictObject({ ...partyFields, legalName: text(200).optional(), isCustomer: z.boolean().optional(), isVendor: z.boolean().optional() })
  .refine((body) => Object.keys(body).length > 0, { message: 'Send at least one field to change' });
export type UpdatePartyBody = z.infer<typeof updatePartyBody>;

export const listPartiesQuery = pageQuery.extend({
  q: z.string().trim().min(1).max(100).optional(),
  status: z.enum(['active', 'suspended', 'archived']).optional(),
  tag: tag.optional(),
  registrationType: z.enum(REGISTRATION_TYPES).optional(),
  sort: z.enum(['name', '-name', 'createdAt', '-createdAt']).default('name'),
});
export type ListPartiesQuery = z.infer<typeof listPartiesQuery>;

export const statementQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });

export const settingsBody = z.strictObject({ creditLimitMode: z.enum(['warn', 'block']) });

const addressResponse = z.object({
  line1: z.string(),
  line2: z.string().nullable().optional(),
  city: z.string(),
  stateCode: z.string().nullable().optional(),
  postalCode: z.string().nullable().optional(),
  country: z.string(),
});

export const partyResponse = z.object({
  id: z.uuid(),
  isCustomer: z.boolean(),
  isVendor: z.boolean(),
  legalName: z.string(),
  displayName: z.string(),
  registrationType: z.enum(REGISTRATION_TYPES),
  gstin: z.string().nullable(),
  gstStateCode: z.string().nullable(),
  pan: z.string().nullable(),
  billingAddress: addressResponse.nullable(),
  shippingAddress: addressResponse.nullable(),
  contacts: z.array(z.object({ name: z.string(), email: z.string().nullable().optional(), phone: z.string().nullable().optional(), primary: z.boolean().optional() })),
  paymentTermsDays: z.number().int().nullable(),
  currency: z.string(),
  creditLimit: z.string().nullable(),
  openingBalance: z.object({ amount: z.string(), date: z.string(), entryId: z.uuid().nullable() }).nullable(),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  status: z.enum(['active', 'suspended', 'archived']),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const warningResponse = z.object({ code: z.literal('PARTIES.POSSIBLE_DUPLICATE'), partyId: z.uuid(), field: z.enum(['gstin', 'email']), message: z.string() });

export const partyWithWarnings = partyResponse.extend({ warnings: z.array(warningResponse) });

export const statementResponse = z.object({
  partyId: z.uuid(),
  side: z.enum(['receivable', 'payable']),
  currency: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  openingBalance: z.string(),
  lines: z.array(
    z.object({
      date: z.string(),
      entryId: z.uuid(),
      lineNo: z.number().int(),
      accountId: z.uuid(),
      memo: z.string().nullable(),
      reference: z.string().nullable(),
      source: z.string(),
      debit: z.string(),
      credit: z.string(),
      balance: z.string(),
    }),
  ),
  closingBalance: z.string(),
  truncated: z.boolean(),
});

export const settingsResponse = z.object({ creditLimitMode: z.enum(['warn', 'block']), version: z.number().int() });
