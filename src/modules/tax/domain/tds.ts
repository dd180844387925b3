import { Decimal } from 'decimal.js';
import { AppError } from '../../../kernel/index.js';
import { sectionOn, type TdsSection } from './tds-sections.js';

/**
 * TDS/TCS on one payment or credit to a party.
 *
 * The rule implemented (Income-tax Act; thresholds are "exceeds"):
 * - `yearToDate.amount` is what was already paid or credited to this party under this section in the
 *   same financial year (April–March), `yearToDate.taxedAmount` the part of it already subjected to
 *   deduction.
 * - `whole` sections (194C, 194J, 194H, 194I, …): the payment is taxed when it exceeds the single
 *   threshold, or when the year's aggregate including it exceeds the aggregate threshold. The
 *   payment that takes the aggregate over the threshold also carries the deduction on the year's
 *   earlier untaxed payments (`base = amount + yearToDate.amount − yearToDate.taxedAmount`): from then
 *   on the whole year's amount has been taxed. A section without thresholds taxes every payment.
 * - `excess` sections (194Q, 206C(1H)): only the part of the year's aggregate above the threshold is
 *   taxed.
 * - Without a valid PAN the rate is the section's no-PAN rate (206AA: the higher of the rate and 20%,
 *   5% for 194Q; 206CC for TCS: the higher of twice the rate and 5%; 1% for 206C(1H)).
 * - The deduction is rounded half-up to the rupee.
 */
export interface TdsInput {
  section: string;
  /** Date of payment or credit, whichever is earlier (YYYY-MM-DD): picks the rates in force. */
  date: string;
  amount: string;
  /** The party's PAN, or null when none was furnished. */
  pan: string | null;
  /** Which of the section's rates applies (194C: derived from the PAN when omitted). */
  rateKey?: string | undefined;
  yearToDate?: { amount: string; taxedAmount: string } | undefined;
}

export interface TdsResult {
  section: string;
  kind: 'tds' | 'tcs';
  citation: string;
  financialYear: string;
  rateKey: string;
  /** The percent applied: the section's, or the no-PAN rate. */
  percent: string;
  noPan: boolean;
  noPanCitation: string | null;
  /** Whether this payment took the year's aggregate over the aggregate threshold. */
  thresholdCrossedNow: boolean;
  /** The amount the rate is applied to: 0 below the thresholds. */
  base: string;
  deduction: string;
  /** The date the deduction must be deposited by. */
  dueDate: string;
  reason: string;
}

const PAN_RE = /^[A-Z]{5}[0-9]{4}[A-Z]$/;

export function isPan(value: string): boolean {
  return PAN_RE.test(value);
}

/** `2025-26` for any date from 1 April 2025 to 31 March 2026. */
export function financialYearOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const start = Number(date.slice(5, 7)) >= 4 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * Deposit due date of tax deducted or collected on `date` (Rules 30 and 37CA, non-government
 * deductors): the 7th of the next month; TDS deducted in March is due on 30 April.
 */
export function depositDueDate(date: string, kind: 'tds' | 'tcs' = 'tds'): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (month === 3 && kind === 'tds') return `${year}-04-30`;
  const nextYear = month === 12 ? year + 1 : year;
  const nextMonth = month === 12 ? 1 : month + 1;
  return `${nextYear}-${String(nextMonth).padStart(2, '0')}-07`;
}

const invalid = (path: string, message: string) => new AppError('unprocessable', 'TAX.TDS_INVALID', message, { errors: [{ path, message }] });

function pickRate(section: TdsSection, input: TdsInput): { key: string; percent: string } {
  if (input.rateKey !== undefined) {
    const found = section.rates.find((r) => r.key === input.rateKey);
    if (!found) throw invalid('rateKey', `section ${section.section} has the rates ${section.rates.map((r) => r.key).join(', ')}`);
    return found;
  }
  if (section.section === '194C' && input.pan && isPan(input.pan)) {
    // The fourth character of a PAN is the holder's status: P individual, H Hindu undivided family.
    return section.rates.find((r) => r.key === (['P', 'H'].includes(input.pan![3]!) ? 'individual_huf' : 'other'))!;
  }
  return section.rates[0]!;
}

function noPanPercent(section: TdsSection, percent: Decimal): Decimal {
  const rule = section.noPan;
  if (rule.fixed !== undefined) return new Decimal(rule.fixed);
  return Decimal.max(percent, percent.mul(rule.times ?? 1), new Decimal(rule.floor ?? 0));
}

export function computeTds(input: TdsInput): TdsResult {
  const section = sectionOn(input.section, input.date);
  if (!section) throw invalid('section', `section ${input.section} is not in force on ${input.date}`);
  const amount = new Decimal(input.amount);
  if (amount.isNegative()) throw invalid('amount', 'must not be negative');
  const ytd = new Decimal(input.yearToDate?.amount ?? '0');
  const ytdTaxed = new Decimal(input.yearToDate?.taxedAmount ?? '0');
  if (ytd.isNegative() || ytdTaxed.isNegative() || ytdTaxed.gt(ytd)) {
    throw invalid('yearToDate', 'year-to-date amounts must not be negative, and the taxed part cannot exceed the total');
  }

  const rate = pickRate(section, input);
  const noPan = input.pan === null || !isPan(input.pan);
  const percent = noPan ? noPanPercent(section, new Decimal(rate.percent)) : new Decimal(rate.percent);

  const aggregate = section.aggregateThreshold === null ? null : new Decimal(section.aggregateThreshold);
  const single = section.singleThreshold === null ? null : new Decimal(section.singleThreshold);
  const total = ytd.add(amount);
  const thresholdCrossedNow = aggregate !== null && ytd.lte(aggregate) && total.gt(aggregate);

  let base: Decimal;
  let reason: string;
  if (aggregate === null && single === null) {
    base = amount;
    reason = 'no threshold: every payment is taxed';
  } else if (section.thresholdBasis === 'excess') {
    base = aggregate !== null && total.gt(aggregate) ? Decimal.min(amount, total.sub(aggregate)) : new Decimal(0);
    reason = base.isZero() ? `the year's aggregate ${total.toFixed()} does not exceed ${aggregate?.toFixed()}` : `the part of the year's aggregate above ${aggregate?.toFixed()}`;
  } else if (aggregate !== null && total.gt(aggregate)) {
    base = amount.add(ytd.sub(ytdTaxed));
    reason = thresholdCrossedNow
      ? `the year's aggregate ${total.toFixed()} now exceeds ${aggregate.toFixed()}: this payment and the year's earlier untaxed payments are taxed`
      : `the year's aggregate already exceeds ${aggregate.toFixed()}`;
  } else if (single !== null && amount.gt(single)) {
    base = amount;
    reason = `the payment exceeds the single threshold of ${single.toFixed()}`;
  } else {
    base = new Decimal(0);
    reason = 'below the thresholds';
  }

  const deduction = base.mul(percent).div(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  return {
    section: section.section,
    kind: section.kind,
    citation: section.citation,
    financialYear: financialYearOf(input.date),
    rateKey: rate.key,
    percent: percent.toString(),
    noPan,
    noPanCitation: noPan ? section.noPan.citation : null,
    thresholdCrossedNow,
    base: base.toFixed(2),
    deduction: deduction.toFixed(2),
    dueDate: depositDueDate(input.date, section.kind),
    reason,
  };
}
