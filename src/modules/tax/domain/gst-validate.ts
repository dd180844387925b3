import type { FieldIssue } from '../../../kernel/index.js';
import { gstinProblem, isStateCode } from '../../../kernel/gstin.js';
import type { GstInput, GstLineInput } from './gst-types.js';

/** Non-negative decimals; up to 15 integer digits keeps every product well inside numeric/bigint. */
const AMOUNT_RE = /^(0|[1-9][0-9]{0,14})(\.[0-9]{1,2})?$/;
const PRICE_RE = /^(0|[1-9][0-9]{0,14})(\.[0-9]{1,6})?$/;
const RATE_RE = /^(0|[1-9][0-9]{0,2})(\.[0-9]{1,4})?$/;
const HSN_RE = /^[0-9]{4,8}$/;
const DATE_RE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const COUNTRY_RE = /^[A-Z]{2}$/;

const DOCUMENT_TYPES = new Set(['invoice', 'credit_note', 'debit_note']);
const SELLER_REGISTRATIONS = new Set(['regular', 'composition', 'unregistered', 'sez']);
const BUYER_REGISTRATIONS = new Set(['registered', 'unregistered', 'composition', 'sez', 'overseas']);
const KINDS = new Set(['goods', 'service']);
const CATEGORIES = new Set(['taxable', 'nil_rated', 'exempt', 'non_gst']);
const COMPOSITION_CATEGORIES = new Set(['goods', 'restaurant', 'services']);

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_RE.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every problem of the input at once, with field paths (`lines[2].quantity`). Empty when valid. */
export function validateGstInput(input: GstInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const issue = (path: string, message: string) => issues.push({ path, message });
  const decimal = (path: string, value: unknown, re: RegExp, what: string) => {
    if (typeof value !== 'string' || !re.test(value)) issue(path, `must be ${what}`);
  };
  const stateCode = (path: string, value: unknown) => {
    if (typeof value !== 'string' || !isStateCode(value)) issue(path, 'must be a GST state code (01–38)');
  };

  if (!isObject(input)) return [{ path: '', message: 'must be an object' }];
  if (!DOCUMENT_TYPES.has(input.documentType)) issue('documentType', 'must be invoice, credit_note or debit_note');
  if (!isIsoDate(input.date)) issue('date', 'must be a date (YYYY-MM-DD)');

  const seller = input.seller as unknown;
  if (!isObject(seller)) issue('seller', 'is required');
  else {
    if (seller.country !== 'IN') issue('seller.country', 'must be IN: the GST engine computes Indian GST');
    stateCode('seller.stateCode', seller.stateCode);
    if (typeof seller.registration !== 'string' || !SELLER_REGISTRATIONS.has(seller.registration)) {
      issue('seller.registration', 'must be regular, composition, unregistered or sez');
    }
    if (seller.gstin !== undefined) {
      const problem = typeof seller.gstin === 'string' ? gstinProblem(seller.gstin) : 'format';
      if (problem) issue('seller.gstin', `is not a valid GSTIN (${problem})`);
      else if ((seller.gstin as string).slice(0, 2) !== seller.stateCode) issue('seller.gstin', 'is registered in another state than seller.stateCode');
    }
    if (seller.compositionCategory !== undefined && !COMPOSITION_CATEGORIES.has(seller.compositionCategory as string)) {
      issue('seller.compositionCategory', 'must be goods, restaurant or services');
    }
  }

  const buyer = input.buyer as unknown;
  if (!isObject(buyer)) issue('buyer', 'is required');
  else {
    const registration = buyer.registration;
    if (typeof registration !== 'string' || !BUYER_REGISTRATIONS.has(registration)) {
      issue('buyer.registration', 'must be registered, unregistered, composition, sez or overseas');
    }
    if (typeof buyer.country !== 'string' || !COUNTRY_RE.test(buyer.country)) issue('buyer.country', 'must be an ISO 3166 alpha-2 country code');
    else if ((buyer.country === 'IN') === (registration === 'overseas')) {
      issue('buyer.registration', registration === 'overseas' ? 'an overseas buyer is outside India (country ≠ IN)' : 'a buyer outside India must be overseas');
    }
    if (buyer.stateCode !== undefined) stateCode('buyer.stateCode', buyer.stateCode);
    if (buyer.gstin !== undefined) {
      const problem = typeof buyer.gstin === 'string' ? gstinProblem(buyer.gstin) : 'format';
      if (problem) issue('buyer.gstin', `is not a valid GSTIN (${problem})`);
    } else if (registration === 'registered' || registration === 'composition' || registration === 'sez') {
      issue('buyer.gstin', `is required for a ${registration} buyer`);
    }
  }

  if (input.placeOfSupply !== undefined) stateCode('placeOfSupply', input.placeOfSupply);
  if (input.deliveryStateCode !== undefined) stateCode('deliveryStateCode', input.deliveryStateCode);
  if (input.zeroRated !== undefined && input.zeroRated !== 'with_payment' && input.zeroRated !== 'lut') {
    issue('zeroRated', 'must be with_payment or lut');
  }
  for (const flag of ['pricesIncludeTax', 'reverseCharge'] as const) {
    if (input[flag] !== undefined && typeof input[flag] !== 'boolean') issue(flag, 'must be true or false');
  }

  const options = input.options as unknown;
  if (options !== undefined) {
    if (!isObject(options)) issue('options', 'must be an object');
    else {
      if (options.rounding !== undefined && options.rounding !== 'per_line' && options.rounding !== 'per_document') {
        issue('options.rounding', 'must be per_line or per_document');
      }
      if (options.roundOff !== undefined && typeof options.roundOff !== 'boolean') issue('options.roundOff', 'must be true or false');
      if (options.compositionRates !== undefined) {
        if (!isObject(options.compositionRates)) issue('options.compositionRates', 'must be an object');
        else {
          for (const [key, value] of Object.entries(options.compositionRates)) {
            if (!COMPOSITION_CATEGORIES.has(key)) issue(`options.compositionRates.${key}`, 'is not a composition category');
            else decimal(`options.compositionRates.${key}`, value, RATE_RE, 'a percentage');
          }
        }
      }
    }
  }

  if (!Array.isArray(input.lines) || input.lines.length === 0) issue('lines', 'at least one line is required');
  else input.lines.forEach((line, index) => validateLine(line, `lines[${index}]`, issue, decimal));
  return issues;
}

function validateLine(
  line: GstLineInput,
  at: string,
  issue: (path: string, message: string) => void,
  decimal: (path: string, value: unknown, re: RegExp, what: string) => void,
): void {
  if (!isObject(line)) {
    issue(at, 'must be an object');
    return;
  }
  if (typeof line.hsn !== 'string' || !HSN_RE.test(line.hsn)) issue(`${at}.hsn`, 'must be an HSN/SAC code of 4 to 8 digits');
  if (!KINDS.has(line.kind)) issue(`${at}.kind`, 'must be goods or service');
  if (line.item !== undefined && typeof line.item !== 'string') issue(`${at}.item`, 'must be text');
  decimal(`${at}.quantity`, line.quantity, PRICE_RE, 'a positive quantity (up to 6 decimals)');
  if (typeof line.quantity === 'string' && PRICE_RE.test(line.quantity) && /^[0.]+$/.test(line.quantity)) issue(`${at}.quantity`, 'must be more than zero');
  if ((line.unitPrice === undefined) === (line.amount === undefined)) issue(`${at}.unitPrice`, 'give exactly one of unitPrice and amount');
  if (line.unitPrice !== undefined) decimal(`${at}.unitPrice`, line.unitPrice, PRICE_RE, 'a non-negative price (up to 6 decimals); credit notes take positive values');
  if (line.amount !== undefined) decimal(`${at}.amount`, line.amount, AMOUNT_RE, 'a non-negative amount (up to 2 decimals); credit notes take positive values');
  if (line.priceIncludesTax !== undefined && typeof line.priceIncludesTax !== 'boolean') issue(`${at}.priceIncludesTax`, 'must be true or false');
  if (line.reverseCharge !== undefined && typeof line.reverseCharge !== 'boolean') issue(`${at}.reverseCharge`, 'must be true or false');
  if (line.category !== undefined && !CATEGORIES.has(line.category)) issue(`${at}.category`, 'must be taxable, nil_rated, exempt or non_gst');
  if (line.rate !== undefined) {
    decimal(`${at}.rate`, line.rate, RATE_RE, 'a percentage');
    if (typeof line.rate === 'string' && Number(line.rate) > 100) issue(`${at}.rate`, 'must be at most 100');
  }
  const discount = line.discount as unknown;
  if (discount !== undefined) {
    if (!isObject(discount) || ('percent' in discount) === ('amount' in discount)) issue(`${at}.discount`, 'must be { percent } or { amount }');
    else if ('percent' in discount) {
      decimal(`${at}.discount.percent`, discount.percent, RATE_RE, 'a percentage');
      if (typeof discount.percent === 'string' && Number(discount.percent) > 100) issue(`${at}.discount.percent`, 'must be at most 100');
    } else decimal(`${at}.discount.amount`, discount.amount, AMOUNT_RE, 'a non-negative amount (up to 2 decimals)');
  }
  const cess = line.cess as unknown;
  if (cess !== undefined) {
    if (!isObject(cess)) issue(`${at}.cess`, 'must be an object');
    else validateCess(cess, `${at}.cess`, decimal, issue);
  }
  if (line.cessQuantity !== undefined) decimal(`${at}.cessQuantity`, line.cessQuantity, PRICE_RE, 'a non-negative quantity');
}

export function validateCess(
  cess: Record<string, unknown>,
  at: string,
  decimal: (path: string, value: unknown, re: RegExp, what: string) => void,
  issue: (path: string, message: string) => void,
): void {
  if (cess.percent !== undefined) decimal(`${at}.percent`, cess.percent, RATE_RE, 'a percentage');
  if (cess.perUnit !== undefined) decimal(`${at}.perUnit`, cess.perUnit, PRICE_RE, 'a non-negative amount per unit');
  if (cess.per !== undefined) {
    decimal(`${at}.per`, cess.per, PRICE_RE, 'a positive number of units');
    if (typeof cess.per === 'string' && /^[0.]+$/.test(cess.per)) issue(`${at}.per`, 'must be more than zero');
  }
}

/** Checks what a resolver returned, so a bad rate row is reported against the line, never computed with. */
export function rateInfoIssues(info: unknown, at: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const issue = (path: string, message: string) => issues.push({ path, message: `resolved rate ${message}` });
  const decimal = (path: string, value: unknown, re: RegExp, what: string) => {
    if (typeof value !== 'string' || !re.test(value)) issue(path, `must be ${what}`);
  };
  if (!isObject(info)) return [{ path: at, message: 'the rate resolver returned no rate object' }];
  decimal(`${at}.rate`, info.rate, RATE_RE, 'a percentage');
  if (info.category !== undefined && !CATEGORIES.has(info.category as string)) issue(`${at}.category`, 'has an unknown category');
  if (info.cess !== undefined) {
    if (!isObject(info.cess)) issue(`${at}.cess`, 'must be an object');
    else validateCess(info.cess, `${at}.cess`, decimal, issue);
  }
  return issues;
}
