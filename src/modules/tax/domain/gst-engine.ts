import { Decimal } from 'decimal.js';
import type { FieldIssue } from '../../../kernel/index.js';
import { invalidTaxInput, rateNotFound } from './gst-errors.js';
import { determineSupply } from './gst-supply.js';
import type {
  CompositionCategory,
  GstCessRate,
  GstComponents,
  GstCompositionLiability,
  GstInput,
  GstLineCategory,
  GstLineInput,
  GstLineResult,
  GstRateResolver,
  GstRegime,
  GstResult,
  GstSupply,
} from './gst-types.js';
import { rateInfoIssues, validateGstInput } from './gst-validate.js';

export * from './gst-types.js';
export { inMemoryRateResolver, type GstRateEntry } from './gst-resolver.js';
export { UTGST_STATE_CODES } from './gst-supply.js';

/** Decimal with room for every intermediate product; rounding is always explicit. */
const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
type Dec = Decimal;
const ZERO = new D(0);
const PAISA = new D('0.01');
const round2 = (value: Dec): Dec => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

export const DEFAULT_COMPOSITION_RATES: Readonly<Record<CompositionCategory, string>> = { goods: '1', restaurant: '5', services: '6' };

/** Tax components of one line or group, as decimals (unrounded or rounded). */
interface Parts {
  cgst: Dec;
  sgst: Dec;
  utgst: Dec;
  igst: Dec;
  cessAdValorem: Dec;
  cessSpecific: Dec;
}
const PART_KEYS = ['cgst', 'sgst', 'utgst', 'igst', 'cessAdValorem', 'cessSpecific'] as const;
const zeroParts = (): Parts => ({ cgst: ZERO, sgst: ZERO, utgst: ZERO, igst: ZERO, cessAdValorem: ZERO, cessSpecific: ZERO });
/** Most components of most lines are zero; skipping them halves the cost of a document. */
const add = (a: Dec, b: Dec): Dec => (b.isZero() ? a : a.isZero() ? b : a.plus(b));
const addParts = (a: Parts, b: Parts): Parts => mapParts((key) => add(a[key], b[key]));
const roundParts = (p: Parts): Parts => mapParts((key) => (p[key].isZero() ? ZERO : round2(p[key])));
const partsTax = (p: Parts): Dec => PART_KEYS.reduce((sum, key) => add(sum, p[key]), ZERO);
function mapParts(fn: (key: (typeof PART_KEYS)[number]) => Dec): Parts {
  return { cgst: fn('cgst'), sgst: fn('sgst'), utgst: fn('utgst'), igst: fn('igst'), cessAdValorem: fn('cessAdValorem'), cessSpecific: fn('cessSpecific') };
}

/** Unrounded tax on a taxable value. `specificCess` is already an amount (quantity × rate per unit). */
function taxOn(taxable: Dec, regime: GstRegime, rate: Dec, cessPercent: Dec, specificCess: Dec): Parts {
  const parts = zeroParts();
  if (regime === 'igst') parts.igst = taxable.times(rate).dividedBy(100);
  else if (regime !== 'none') {
    const half = taxable.times(rate).dividedBy(200);
    parts.cgst = half;
    if (regime === 'cgst_sgst') parts.sgst = half;
    else parts.utgst = half;
  }
  if (!cessPercent.isZero()) parts.cessAdValorem = taxable.times(cessPercent).dividedBy(100);
  parts.cessSpecific = specificCess;
  return parts;
}

/** How a line's tax is summed into the document: fixed by an inclusive price, collected, or payable by the recipient. */
type Group = 'inclusive' | 'collected' | 'reverse_charge' | 'untaxed';

interface LineWork {
  index: number;
  line: GstLineInput;
  category: GstLineCategory;
  group: Group;
  inclusive: boolean;
  gross: Dec;
  discount: Dec;
  taxable: Dec;
  adjustment: Dec;
  itemRate: Dec;
  regime: GstRegime;
  cessPercent: Dec;
  raw: Parts;
  rounded: Parts;
}

/**
 * Computes GST for one document. Pure: no I/O. Works on magnitudes and gives a credit note the
 * mirror image of the same invoice (every amount negated), so rounding is symmetric.
 * Throws `TAX.INVALID_INPUT` (400) or `TAX.RATE_NOT_FOUND` (422) with field paths like `lines[2].hsn`.
 */
export function computeTax(input: GstInput, resolver: GstRateResolver): GstResult {
  const issues = validateGstInput(input);
  if (issues.length > 0) throw invalidTaxInput(issues);

  const supply = determineSupply(input);
  const mode = input.options?.rounding ?? 'per_line';
  const missing: FieldIssue[] = [];
  const works: LineWork[] = [];
  input.lines.forEach((line, index) => {
    const work = computeLine(input, supply, line, index, resolver, issues, missing);
    if (work) works.push(work);
  });
  if (issues.length > 0) throw invalidTaxInput(issues);
  if (missing.length > 0) throw rateNotFound(missing);

  // Document components: Σ rounded line components, except that under per-document rounding the
  // lines whose tax is not fixed by an inclusive price are summed unrounded and rounded once per group.
  const byGroup = (group: Group, pick: (w: LineWork) => Parts): Parts =>
    works.filter((w) => w.group === group).reduce((sum, w) => addParts(sum, pick(w)), zeroParts());
  const groupTax = (group: Group): Parts => (mode === 'per_document' ? roundParts(byGroup(group, (w) => w.raw)) : byGroup(group, (w) => w.rounded));
  const inclusive = byGroup('inclusive', (w) => w.rounded);
  const collected = addParts(inclusive, groupTax('collected'));
  const reverseCharge = groupTax('reverse_charge');
  const document = addParts(collected, reverseCharge);
  const lineSum = works.reduce((sum, w) => addParts(sum, w.rounded), zeroParts());

  const sum = (pick: (w: LineWork) => Dec) => works.reduce((total, w) => add(total, pick(w)), ZERO);
  const taxableValue = sum((w) => w.taxable);
  const taxCollected = partsTax(collected);
  const invoiceTotal = taxableValue.plus(taxCollected);
  const grandTotal = input.options?.roundOff === false ? invoiceTotal : invoiceTotal.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  const categoryTotal = (category: GstLineCategory) => sum((w) => (w.category === category ? w.taxable : ZERO));

  const sign = input.documentType === 'credit_note' ? -1 : 1;
  const money = (value: Dec): string => (value.isZero() ? '0.00' : sign === 1 ? value.toFixed(2) : value.negated().toFixed(2));
  const components = (p: Parts): GstComponents => ({
    cgst: money(p.cgst),
    sgst: money(p.sgst),
    utgst: money(p.utgst),
    igst: money(p.igst),
    cess: money(p.cessAdValorem.plus(p.cessSpecific)),
    totalTax: money(partsTax(p)),
  });

  return {
    documentType: input.documentType,
    date: input.date,
    currency: 'INR',
    supply: { ...supply, reverseCharge: works.some((w) => w.group === 'reverse_charge') },
    lines: works.map((w) => lineResult(w, money, components)),
    totals: {
      ...components(document),
      gross: money(sum((w) => w.gross)),
      discount: money(sum((w) => w.discount)),
      taxableValue: money(taxableValue),
      taxCollected: money(taxCollected),
      reverseChargeTax: money(partsTax(reverseCharge)),
      invoiceTotal: money(invoiceTotal),
      roundOff: money(grandTotal.minus(invoiceTotal)),
      grandTotal: money(grandTotal),
    },
    categories: {
      taxable: money(categoryTotal('taxable')),
      zeroRated: money(categoryTotal('zero_rated')),
      nilRated: money(categoryTotal('nil_rated')),
      exempt: money(categoryTotal('exempt')),
      nonGst: money(categoryTotal('non_gst')),
    },
    compositionLiability: supply.composition ? compositionLiability(input, categoryTotal('taxable'), money) : null,
    rounding: {
      mode,
      documentDifference: components(mapParts((key) => document[key].minus(lineSum[key]))),
    },
  };
}

function computeLine(
  input: GstInput,
  supply: GstSupply,
  line: GstLineInput,
  index: number,
  resolver: GstRateResolver,
  issues: FieldIssue[],
  missing: FieldIssue[],
): LineWork | null {
  const at = `lines[${index}]`;
  const resolved = resolver(line.hsn, input.date);
  if (resolved !== undefined) {
    const bad = rateInfoIssues(resolved, `${at}.hsn`);
    if (bad.length > 0) {
      issues.push(...bad);
      return null;
    }
  }
  const baseCategory = line.category ?? resolved?.category ?? 'taxable';
  const rateText = line.rate ?? resolved?.rate;
  if (baseCategory === 'taxable' && rateText === undefined) {
    missing.push({ path: `${at}.hsn`, message: `no GST rate for ${line.hsn} on ${input.date}` });
    return null;
  }

  const quantity = new D(line.quantity);
  const gross = line.amount !== undefined ? new D(line.amount) : round2(quantity.times(line.unitPrice!));
  const discount = !line.discount ? ZERO
    : 'percent' in line.discount ? round2(gross.times(line.discount.percent).dividedBy(100))
    : new D(line.discount.amount);
  if (discount.greaterThan(gross)) {
    issues.push({ path: `${at}.discount.amount`, message: `exceeds the line value ${gross.toFixed(2)}` });
    return null;
  }
  const net = gross.minus(discount);

  const taxableCategory = baseCategory === 'taxable';
  const itemRate = taxableCategory ? new D(rateText!) : ZERO;
  const cess: GstCessRate = (taxableCategory ? (line.cess ?? resolved?.cess) : undefined) ?? {};
  const cessPercent = new D(cess.percent ?? 0);
  const cessPerUnit = new D(cess.perUnit ?? 0);
  const category: GstLineCategory =
    !taxableCategory ? baseCategory
    : itemRate.isZero() && cessPercent.isZero() && cessPerUnit.isZero() ? 'nil_rated'
    : supply.zeroRated !== null ? 'zero_rated'
    : 'taxable';

  const sellerCharges = input.seller.registration === 'regular' || input.seller.registration === 'sez';
  const lineReverseCharge = line.reverseCharge ?? input.reverseCharge ?? false;
  const taxed = (category === 'taxable' || category === 'zero_rated') && supply.regime !== 'none' && (sellerCharges || lineReverseCharge);
  const regime: GstRegime = taxed ? supply.regime : 'none';
  const group: Group = !taxed ? 'untaxed' : lineReverseCharge ? 'reverse_charge' : 'collected';
  const inclusive = line.priceIncludesTax ?? input.pricesIncludeTax ?? false;

  const specificCess = taxed ? new D(line.cessQuantity ?? line.quantity).times(cessPerUnit).dividedBy(cess.per ?? 1) : ZERO;
  const effectiveCessPercent = taxed ? cessPercent : ZERO;
  const base = { index, line, category, inclusive, gross, discount, itemRate, regime, cessPercent: effectiveCessPercent };

  if (inclusive && group === 'collected') {
    const back = backCalculate(net, regime, itemRate, effectiveCessPercent, specificCess);
    if (back === null) {
      issues.push({ path: `${at}.${line.amount !== undefined ? 'amount' : 'unitPrice'}`, message: 'the tax-inclusive price is less than the specific cess' });
      return null;
    }
    return { ...base, group: 'inclusive', taxable: back.taxable, adjustment: back.adjustment, raw: back.parts, rounded: back.parts };
  }
  const raw = taxed ? taxOn(net, regime, itemRate, effectiveCessPercent, specificCess) : zeroParts();
  return { ...base, group, taxable: net, adjustment: ZERO, raw, rounded: roundParts(raw) };
}

/**
 * Splits a tax-inclusive amount A into taxable value and per-line rounded tax so that
 * taxable + tax == A exactly. T is the largest taxable value (in paisa) with T + tax(T) ≤ A, found
 * from the estimate (A − specific cess) / (1 + rate + cess rate) by stepping a paisa at a time
 * (T + tax(T) rises by at least a paisa per paisa of T, so this is a step or two). Where rounding
 * skips A (T + tax(T) jumps from below A to above it), the difference A − (T + tax(T)) — at most a
 * few paisa — is put on the taxable value and the tax stays tax(T).
 */
function backCalculate(amount: Dec, regime: GstRegime, rate: Dec, cessPercent: Dec, specificCess: Dec): { taxable: Dec; adjustment: Dec; parts: Parts } | null {
  const taxAt = (taxable: Dec) => roundParts(taxOn(taxable, regime, rate, cessPercent, specificCess));
  const totalAt = (taxable: Dec) => taxable.plus(partsTax(taxAt(taxable)));
  if (totalAt(ZERO).greaterThan(amount)) return null;
  const divisor = new D(1).plus(rate.dividedBy(100)).plus(cessPercent.dividedBy(100));
  let taxable = D.max(ZERO, round2(amount.minus(round2(specificCess)).dividedBy(divisor)));
  while (taxable.greaterThan(ZERO) && totalAt(taxable).greaterThan(amount)) taxable = taxable.minus(PAISA);
  while (totalAt(taxable.plus(PAISA)).lessThanOrEqualTo(amount)) taxable = taxable.plus(PAISA);
  const parts = taxAt(taxable);
  const adjustment = amount.minus(taxable.plus(partsTax(parts)));
  return { taxable: taxable.plus(adjustment), adjustment, parts };
}

function lineResult(w: LineWork, money: (value: Dec) => string, components: (p: Parts) => GstComponents): GstLineResult {
  const tax = partsTax(w.rounded);
  const halfRate = w.itemRate.dividedBy(2).toFixed();
  const reverseCharge = w.group === 'reverse_charge';
  return {
    index: w.index,
    item: w.line.item ?? null,
    hsn: w.line.hsn,
    kind: w.line.kind,
    category: w.category,
    quantity: w.line.quantity,
    gross: money(w.gross),
    discount: money(w.discount),
    taxableValue: money(w.taxable),
    ...components(w.rounded),
    rate: w.itemRate.toFixed(),
    cgstRate: w.regime === 'cgst_sgst' || w.regime === 'cgst_utgst' ? halfRate : '0',
    sgstRate: w.regime === 'cgst_sgst' ? halfRate : '0',
    utgstRate: w.regime === 'cgst_utgst' ? halfRate : '0',
    igstRate: w.regime === 'igst' ? w.itemRate.toFixed() : '0',
    cessPercent: w.cessPercent.toFixed(),
    cessAdValorem: money(w.rounded.cessAdValorem),
    cessSpecific: money(w.rounded.cessSpecific),
    reverseCharge,
    priceIncludesTax: w.inclusive,
    inclusiveAdjustment: money(w.adjustment),
    lineTotal: money(reverseCharge ? w.taxable : w.taxable.plus(tax)),
  };
}

function compositionLiability(input: GstInput, turnover: Dec, money: (value: Dec) => string): GstCompositionLiability {
  const category = input.seller.compositionCategory ?? 'goods';
  const rate = new D(input.options?.compositionRates?.[category] ?? DEFAULT_COMPOSITION_RATES[category]);
  const half = round2(turnover.times(rate).dividedBy(200));
  return { category, rate: rate.toFixed(), turnover: money(turnover), cgst: money(half), sgst: money(half), tax: money(half.times(2)) };
}
