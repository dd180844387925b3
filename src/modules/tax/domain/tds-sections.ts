/**
 * Indian TDS/TCS sections of the Income-tax Act, 1961: rates and thresholds as in force on each date
 * (each row cites the provision and the amending Finance Act). Amounts are rupees, percents are
 * decimal strings. Thresholds are "exceeds": a payment of exactly the threshold is below it.
 */
export interface TdsRateOption {
  key: string;
  label: string;
  percent: string;
}

/** Without a valid PAN: the higher of the rate × `times`, `floor`, and the rate itself; or a `fixed` rate. */
export interface NoPanRule {
  citation: string;
  floor?: string;
  times?: number;
  fixed?: string;
}

export interface TdsSection {
  section: string;
  kind: 'tds' | 'tcs';
  nature: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** The first option is the default; 194C picks by the party's PAN (individual/HUF or other). */
  rates: TdsRateOption[];
  /** One payment above it is taxed even below the yearly aggregate. */
  singleThreshold: string | null;
  /** Aggregate paid or credited to one party in a financial year (April–March). */
  aggregateThreshold: string | null;
  /**
   * `whole`: once the yearly aggregate is crossed, the whole year's amount is taxed, earlier
   * untaxed payments included. `excess`: only the amount above the aggregate threshold is taxed.
   */
  thresholdBasis: 'whole' | 'excess';
  noPan: NoPanRule;
  citation: string;
  note?: string;
}

const AA = (floor = '20'): NoPanRule => ({ citation: 'Section 206AA(1): higher of the rate in force and 20%', floor });

export const TDS_SECTIONS: readonly TdsSection[] = [
  {
    section: '194A',
    kind: 'tds',
    nature: 'Interest other than interest on securities (payer not a bank, co-operative bank or post office)',
    effectiveFrom: '2020-04-01',
    effectiveTo: '2025-03-31',
    rates: [{ key: 'default', label: 'Interest', percent: '10' }],
    singleThreshold: null,
    aggregateThreshold: '5000',
    thresholdBasis: 'whole',
    noPan: AA(),
    citation: 'Section 194A(3)(i)',
  },
  {
    section: '194A',
    kind: 'tds',
    nature: 'Interest other than interest on securities (payer not a bank, co-operative bank or post office)',
    effectiveFrom: '2025-04-01',
    effectiveTo: null,
    rates: [{ key: 'default', label: 'Interest', percent: '10' }],
    singleThreshold: null,
    aggregateThreshold: '10000',
    thresholdBasis: 'whole',
    noPan: AA(),
    citation: 'Section 194A(3)(i), threshold raised by the Finance Act, 2025',
  },
  {
    section: '194C',
    kind: 'tds',
    nature: 'Payments to contractors and sub-contractors',
    effectiveFrom: '2020-04-01',
    effectiveTo: null,
    rates: [
      { key: 'individual_huf', label: 'Contractor is an individual or HUF', percent: '1' },
      { key: 'other', label: 'Any other contractor', percent: '2' },
    ],
    singleThreshold: '30000',
    aggregateThreshold: '100000',
    thresholdBasis: 'whole',
    noPan: AA(),
    citation: 'Section 194C(1) and (5)',
  },
  {
    section: '194H',
    kind: 'tds',
    nature: 'Commission or brokerage',
    effectiveFrom: '2020-04-01',
    effectiveTo: '2024-09-30',
    rates: [{ key: 'default', label: 'Commission or brokerage', percent: '5' }],
    singleThreshold: null,
    aggregateThreshold: '15000',
    thresholdBasis: 'whole',
    noPan: AA(),
    citation: 'Section 194H',
  },
  {
    section: '194H',
    kind: 'tds',
    nature: 'Commission or brokerage',
    effectiveFrom: '2024-10-01',
    effectiveTo: '2025-03-31',
    rates: [{ key: 'default', label: 'Commission or brokerage', percent: '2' }],
    singleThreshold: null,
    aggregateThreshold: '15000',
    thresholdBasis: 'whole',
    noPan: AA(),
    citation: 'Section 194H, rate cut to 2% by the Finance (No. 2) Act, 2024',
  },
  {
    section: '194H',
    kind: 'tds',
    nature: 'Commission or brokerage',
    effectiveFrom: '2025-04-01',
    effectiveTo: null,
    rates: [{ key: 'default', label: 'Commission or brokerage', percent: '2' }],
    singleThreshold: null,
    aggregateThreshold: '20000',
    thresholdBasis: 'whole',
    noPan: AA(),
    citation: 'Section 194H, threshold raised by the Finance Act, 2025',
  },
  {
    section: '194I',
    kind: 'tds',
    nature: 'Rent',
    effectiveFrom: '2020-04-01',
    effectiveTo: '2025-03-31',
    rates: [
      { key: 'land_building', label: 'Land, building or furniture', percent: '10' },
      { key: 'plant_machinery', label: 'Plant, machinery or equipment', percent: '2' },
    ],
    singleThreshold: null,
    aggregateThreshold: '240000',
    thresholdBasis: 'whole',
    noPan: AA(),
    citation: 'Section 194-I',
  },
  {
    section: '194I',
    kind: 'tds',
    nature: 'Rent',
    effectiveFrom: '2025-04-01',
    effectiveTo: null,
    rates: [
      { key: 'land_building', label: 'Land, building or furniture', percent: '10' },
      { key: 'plant_machinery', label: 'Plant, machinery or equipment', percent: '2' },
    ],
    singleThreshold: '50000',
    aggregateThreshold: null,
    thresholdBasis: 'whole',
    noPan: AA(),
    citation: 'Section 194-I, threshold of ₹50,000 for a month or part of a month by the Finance Act, 2025',
    note: 'The amount is one month’s rent: the threshold applies per month, not per year.',
  },
  {
    section: '194J',
    kind: 'tds',
    nature: 'Fees for professional or technical services',
    effectiveFrom: '2020-04-01',
    effectiveTo: '2025-03-31',
    rates: [
      { key: 'professional', label: 'Professional services, royalty (other than films), non-compete fees', percent: '10' },
      { key: 'technical', label: 'Technical services, royalty for films, call centres', percent: '2' },
    ],
    singleThreshold: null,
    aggregateThreshold: '30000',
    thresholdBasis: 'whole',
    noPan: AA(),
    citation: 'Section 194J(1), 2% for technical services since the Finance Act, 2020',
  },
  {
    section: '194J',
    kind: 'tds',
    nature: 'Fees for professional or technical services',
    effectiveFrom: '2025-04-01',
    effectiveTo: null,
    rates: [
      { key: 'professional', label: 'Professional services, royalty (other than films), non-compete fees', percent: '10' },
      { key: 'technical', label: 'Technical services, royalty for films, call centres', percent: '2' },
    ],
    singleThreshold: null,
    aggregateThreshold: '50000',
    thresholdBasis: 'whole',
    noPan: AA(),
    citation: 'Section 194J(1), threshold raised by the Finance Act, 2025',
  },
  {
    section: '194Q',
    kind: 'tds',
    nature: 'Purchase of goods (buyer’s turnover above ₹10 crore)',
    effectiveFrom: '2021-07-01',
    effectiveTo: null,
    rates: [{ key: 'default', label: 'Purchase of goods', percent: '0.1' }],
    singleThreshold: null,
    aggregateThreshold: '5000000',
    thresholdBasis: 'excess',
    noPan: { citation: 'Section 206AA(1A): 5% for sections 194O and 194Q', floor: '5' },
    citation: 'Section 194Q: on the sum exceeding ₹50 lakh in a financial year',
  },
  {
    section: '194T',
    kind: 'tds',
    nature: 'Salary, remuneration, commission, bonus or interest paid by a firm to a partner',
    effectiveFrom: '2025-04-01',
    effectiveTo: null,
    rates: [{ key: 'default', label: 'Payment to a partner', percent: '10' }],
    singleThreshold: null,
    aggregateThreshold: '20000',
    thresholdBasis: 'whole',
    noPan: AA(),
    citation: 'Section 194T, inserted by the Finance Act, 2025',
  },
  {
    section: '206C(1)',
    kind: 'tcs',
    nature: 'Sale of scrap',
    effectiveFrom: '2020-04-01',
    effectiveTo: null,
    rates: [{ key: 'default', label: 'Scrap', percent: '1' }],
    singleThreshold: null,
    aggregateThreshold: null,
    thresholdBasis: 'whole',
    noPan: { citation: 'Section 206CC(1): higher of twice the rate and 5%', times: 2, floor: '5' },
    citation: 'Section 206C(1), table item (vi)',
  },
  {
    section: '206C(1H)',
    kind: 'tcs',
    nature: 'Sale of goods (seller’s turnover above ₹10 crore)',
    effectiveFrom: '2020-10-01',
    effectiveTo: '2025-03-31',
    rates: [{ key: 'default', label: 'Sale of goods', percent: '0.1' }],
    singleThreshold: null,
    aggregateThreshold: '5000000',
    thresholdBasis: 'excess',
    noPan: { citation: 'Section 206C(1H), second proviso: 1% without PAN', fixed: '1' },
    citation: 'Section 206C(1H): on the consideration exceeding ₹50 lakh; omitted from 1 April 2025 by the Finance Act, 2025',
  },
];

/** The version of `section` in force on `date`, if any. */
export function sectionOn(section: string, date: string): TdsSection | undefined {
  return TDS_SECTIONS.find((s) => s.section === section && s.effectiveFrom <= date && (s.effectiveTo === null || date <= s.effectiveTo));
}

export function isKnownSection(section: string): boolean {
  return TDS_SECTIONS.some((s) => s.section === section);
}
