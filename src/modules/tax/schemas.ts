import { z } from 'zod';
import { isoDate, money, pageOf, pageQuery } from '../../platform/http/index.js';

export { isoDate };
/** A decimal string, e.g. "1234.50" (negative allowed: credit notes). */
export const decimal = money;
export const nonNegative = z.string().max(40).regex(/^(0|[1-9][0-9]{0,17})(\.[0-9]{1,6})?$/, 'a non-negative decimal string like "1234.50"');
/** A percent from 0 to 100 with up to 4 decimals, e.g. "7.25", "10.6667". */
export const percent = z
  .string()
  .max(9)
  .regex(/^(0|[1-9][0-9]{0,2})(\.[0-9]{1,4})?$/, 'a percent like "19" or "10.6667"')
  .refine((v) => Number.parseFloat(v) <= 100, 'at most 100');
const cessPercent = z
  .string()
  .max(9)
  .regex(/^(0|[1-9][0-9]{0,2})(\.[0-9]{1,4})?$/, 'a percent like "12"')
  .refine((v) => Number.parseFloat(v) <= 400, 'at most 400');
const taxCode = z.string().regex(/^[A-Z0-9][A-Z0-9_.-]{0,39}$/, 'upper-case letters, digits, _ . -; up to 40');
const hsnCode = z.string().regex(/^[0-9]{2,8}$/, '2 to 8 digits');
const name = z.string().trim().min(1).max(200);
const flag = z.enum(['true', 'false']);

export const idParams = z.object({ id: z.uuid() });

// ---------- GSTIN ----------

export const gstinParams = z.object({ gstin: z.string().regex(/^[0-9A-Za-z]{1,20}$/, 'letters and digits, at most 20') });
export const gstinResponse = z.object({
  gstin: z.string(),
  valid: z.boolean(),
  problem: z.enum(['length', 'format', 'state', 'checksum']).nullable(),
  stateCode: z.string().nullable(),
  stateName: z.string().nullable(),
  pan: z.string().nullable(),
  entityType: z.string().nullable(),
  entityNumber: z.number().int().nullable(),
});

// ---------- HSN/SAC ----------

export const hsnSearchQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  kind: z.enum(['chapter', 'goods', 'services']).optional(),
  /** Rates in force on this date (default today). */
  date: isoDate.optional(),
});

export const hsnCodeResponse = z.object({
  code: z.string(),
  kind: z.enum(['chapter', 'goods', 'services']),
  description: z.string(),
  gstRate: z.string().nullable(),
  cessRate: z.string().nullable(),
  cessNote: z.string().nullable(),
  effectiveFrom: z.string().nullable(),
  /** `master`: the published schedule; `tenant`: the tenant's own code or rate. */
  source: z.enum(['master', 'tenant']),
  /** The tenant row's id (for PUT/DELETE /api/v1/tax/custom-hsn-codes/:id). */
  id: z.uuid().nullable(),
});

export const hsnCodeParams = z.object({ code: hsnCode });
export const hsnDetailResponse = hsnCodeResponse.extend({
  history: z.array(z.object({ effectiveFrom: z.string(), gstRate: z.string(), cessRate: z.string().nullable(), cessNote: z.string().nullable(), source: z.enum(['master', 'tenant']) })),
});

export const createHsnBody = z.strictObject({
  code: hsnCode,
  kind: z.enum(['goods', 'services']),
  description: z.string().trim().min(1).max(500),
  gstRate: percent,
  cessRate: cessPercent.nullable().optional(),
  effectiveFrom: isoDate,
});
export const updateHsnBody = z
  .strictObject({
    description: z.string().trim().min(1).max(500).optional(),
    gstRate: percent.optional(),
    cessRate: cessPercent.nullable().optional(),
    effectiveFrom: isoDate.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });
export const customHsnResponse = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: z.enum(['goods', 'services']),
  description: z.string(),
  gstRate: z.string(),
  cessRate: z.string().nullable(),
  effectiveFrom: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

// ---------- rates and groups ----------

const jurisdiction = z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,10}){0,2}$/, 'a country code, optionally with region and district: DE, US-CA, US-CA-LA');

export const createRateBody = z.strictObject({
  code: taxCode,
  name,
  percent,
  kind: z.enum(['tax', 'retention']).optional(),
  compound: z.boolean().optional(),
  inclusive: z.boolean().optional(),
  jurisdiction,
});
export const updateRateBody = z
  .strictObject({
    name: name.optional(),
    percent: percent.optional(),
    compound: z.boolean().optional(),
    inclusive: z.boolean().optional(),
    jurisdiction: jurisdiction.optional(),
    archived: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });
export const listRatesQuery = pageQuery.extend({ jurisdiction: z.string().max(30).optional(), archived: flag.optional() });
export const rateResponse = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  percent: z.string(),
  kind: z.enum(['tax', 'retention']),
  compound: z.boolean(),
  inclusive: z.boolean(),
  jurisdiction: z.string(),
  archived: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const seedDefaultsBody = z.strictObject({ country: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166 country code').optional() });
export const seedDefaultsResponse = z.object({ country: z.string(), note: z.string(), ratesCreated: z.number().int(), groupsCreated: z.number().int() });

export const createGroupBody = z.strictObject({ code: taxCode, name, rateIds: z.array(z.uuid()).min(1).max(10) });
export const updateGroupBody = z
  .strictObject({ name: name.optional(), rateIds: z.array(z.uuid()).min(1).max(10).optional() })
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });
export const groupResponse = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  /** The group's total percent when no component is compound (retentions subtract). */
  components: z.array(rateResponse),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

// ---------- exemptions ----------

export const createExemptionBody = z
  .strictObject({
    partyId: z.uuid().optional(),
    category: z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,59}$/, 'lower-case letters, digits, _ . -').optional(),
    reason: z.string().trim().min(1).max(500),
    certificate: z.string().trim().min(1).max(200).optional(),
    validFrom: isoDate,
    validTo: isoDate.optional(),
  })
  .refine((b) => b.partyId !== undefined || b.category !== undefined, { message: 'give a partyId, a category or both', path: ['partyId'] })
  .refine((b) => b.validTo === undefined || b.validTo >= b.validFrom, { message: 'must not be before validFrom', path: ['validTo'] });
export const exemptionResponse = z.object({
  id: z.uuid(),
  partyId: z.uuid().nullable(),
  category: z.string().nullable(),
  reason: z.string(),
  certificate: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
});

// ---------- TDS/TCS ----------

export const tdsSectionsQuery = z.object({ date: isoDate.optional() });
export const tdsSectionResponse = z.object({
  section: z.string(),
  kind: z.enum(['tds', 'tcs']),
  nature: z.string(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  rates: z.array(z.object({ key: z.string(), label: z.string(), percent: z.string() })),
  singleThreshold: z.string().nullable(),
  aggregateThreshold: z.string().nullable(),
  thresholdBasis: z.enum(['whole', 'excess']),
  noPan: z.object({ citation: z.string(), floor: z.string().optional(), times: z.number().optional(), fixed: z.string().optional() }),
  citation: z.string(),
  note: z.string().optional(),
});

const pan = z.string().regex(/^[A-Z]{5}[0-9]{4}[A-Z]$/, 'a PAN like ABCPK1234A');
const sectionName = z.string().min(3).max(12).regex(/^[0-9A-Z()]+$/, 'a section like 194C or 206C(1H)');

export const tdsComputeBody = z.strictObject({
  section: sectionName,
  date: isoDate,
  amount: nonNegative,
  pan: pan.nullable(),
  rateKey: z.string().min(1).max(40).optional(),
  yearToDate: z.strictObject({ amount: nonNegative, taxedAmount: nonNegative }).optional(),
});
export const tdsResultResponse = z.object({
  section: z.string(),
  kind: z.enum(['tds', 'tcs']),
  citation: z.string(),
  financialYear: z.string(),
  rateKey: z.string(),
  percent: z.string(),
  noPan: z.boolean(),
  noPanCitation: z.string().nullable(),
  thresholdCrossedNow: z.boolean(),
  base: z.string(),
  deduction: z.string(),
  dueDate: z.string(),
  reason: z.string(),
});

export const recordDeductionBody = z.strictObject({
  partyId: z.uuid(),
  section: sectionName,
  date: isoDate,
  amount: nonNegative,
  pan: pan.nullable(),
  rateKey: z.string().min(1).max(40).optional(),
  reference: z.string().trim().min(1).max(200).optional(),
});
export const deductionResponse = z.object({
  id: z.uuid(),
  partyId: z.uuid(),
  section: z.string(),
  kind: z.enum(['tds', 'tcs']),
  amount: z.string(),
  base: z.string(),
  percent: z.string(),
  deduction: z.string(),
  deductedOn: z.string(),
  dueDate: z.string(),
  financialYear: z.string(),
  reference: z.string().nullable(),
  createdAt: z.string(),
});
export const recordDeductionResponse = z.object({ deduction: deductionResponse, computation: tdsResultResponse });
export const listDeductionsQuery = pageQuery.extend({ partyId: z.uuid().optional(), section: sectionName.optional(), financialYear: z.string().regex(/^[0-9]{4}-[0-9]{2}$/).optional() });

// ---------- calculate ----------

const buyer = z.strictObject({
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  stateCode: z.string().regex(/^[0-9]{2}$/).optional(),
  registration: z.enum(['registered', 'unregistered', 'composition', 'sez', 'overseas']).optional(),
  gstin: z.string().max(15).optional(),
});

export const calculateLine = z.strictObject({
  item: z.string().max(200).optional(),
  unitPrice: decimal.optional(),
  quantity: nonNegative.optional(),
  /** GST: the line's value instead of quantity × unit price. */
  amount: decimal.optional(),
  discount: nonNegative.optional(),
  /** VAT/sales tax: one rate or a group of rates. */
  taxRateId: z.uuid().optional(),
  taxGroupId: z.uuid().optional(),
  /** VAT/sales tax: exemptions by category apply to this line. */
  category: z.string().max(60).optional(),
  /** GST: the HSN/SAC code and the kind of supply. */
  hsn: hsnCode.optional(),
  kind: z.enum(['goods', 'service']).optional(),
  /** GST: a rate overriding the HSN master ("18"). */
  rate: percent.optional(),
  gstCategory: z.enum(['taxable', 'nil_rated', 'exempt', 'non_gst']).optional(),
  reverseCharge: z.boolean().optional(),
  /** GST: this line's price includes the tax (overrides the document's pricesInclusive). */
  priceIncludesTax: z.boolean().optional(),
});

export const calculateBody = z.strictObject({
  date: isoDate.optional(),
  pricesInclusive: z.boolean().optional(),
  rounding: z.enum(['line', 'document']).optional(),
  /** VAT/sales tax: exemptions of this party apply to every line. */
  partyId: z.uuid().optional(),
  /** GST only. */
  documentType: z.enum(['invoice', 'credit_note', 'debit_note']).optional(),
  buyer: buyer.optional(),
  placeOfSupply: z.string().regex(/^[0-9]{2}$/).optional(),
  deliveryStateCode: z.string().regex(/^[0-9]{2}$/).optional(),
  reverseCharge: z.boolean().optional(),
  zeroRated: z.enum(['with_payment', 'lut']).optional(),
  roundOff: z.boolean().optional(),
  lines: z.array(calculateLine).min(1).max(500),
});

/** A single line in query parameters. */
export const calculateQuery = z.object({
  date: isoDate.optional(),
  unitPrice: decimal.optional(),
  quantity: nonNegative.optional(),
  amount: decimal.optional(),
  discount: nonNegative.optional(),
  inclusive: flag.optional(),
  taxRateId: z.uuid().optional(),
  taxGroupId: z.uuid().optional(),
  partyId: z.uuid().optional(),
  category: z.string().max(60).optional(),
  hsn: hsnCode.optional(),
  kind: z.enum(['goods', 'service']).optional(),
  rate: percent.optional(),
  buyerStateCode: z.string().regex(/^[0-9]{2}$/).optional(),
  buyerGstin: z.string().max(15).optional(),
  buyerCountry: z.string().regex(/^[A-Z]{2}$/).optional(),
});

const componentAmount = z.object({ code: z.string(), name: z.string(), rate: z.string(), compound: z.boolean(), retention: z.boolean(), base: z.string(), amount: z.string() });
const vatResult = z.object({
  rounding: z.enum(['line', 'document']),
  pricesInclusive: z.boolean(),
  lines: z.array(
    z.object({ index: z.number().int(), net: z.string(), tax: z.string(), retention: z.string(), gross: z.string(), payable: z.string(), exemptReason: z.string().nullable(), components: z.array(componentAmount) }),
  ),
  totals: z.object({ net: z.string(), tax: z.string(), retention: z.string(), gross: z.string(), payable: z.string(), components: z.array(componentAmount) }),
});

/** The GST engine's result (see the GST engine's GstResult: supply, lines, totals, categories) or the VAT calculator's, tagged by `engine`. */
export const calculateResponse = z.discriminatedUnion('engine', [
  z.object({ engine: z.literal('gst'), currency: z.literal('INR'), result: z.any() }),
  z.object({ engine: z.literal('vat'), currency: z.string(), result: vatResult }),
]);

export type CalculateBody = z.infer<typeof calculateBody>;
export type CalculateLine = z.infer<typeof calculateLine>;

export const dateQuery = z.object({ date: isoDate.optional() });
export const pageQueryOnly = pageQuery;
export const pageOfHsn = pageOf(hsnCodeResponse);
export const pageOfRates = pageOf(rateResponse);
export const pageOfGroups = pageOf(groupResponse);
export const listExemptionsQuery = pageQuery.extend({ partyId: z.uuid().optional() });
export const pageOfExemptions = pageOf(exemptionResponse);
export const tdsSectionsResponse = z.object({ items: z.array(tdsSectionResponse) });
export const pageOfDeductions = pageOf(deductionResponse);
