import { gstinCheckChar } from '../../src/kernel/gstin.js';
import type {
  GstBuyer,
  GstCategoryTotals,
  GstComponents,
  GstCompositionLiability,
  GstInput,
  GstLineInput,
  GstLineResult,
  GstRateEntry,
  GstSeller,
  GstSupply,
  GstTotals,
} from '../../src/modules/tax/domain/gst-engine.js';

/**
 * The GST engine's table of hand-worked cases. Every expected figure is worked in the comment above
 * it: CGST/SGST/UTGST are half the GST rate each, every component is rounded half-up to the paisa
 * on each line (unless the case says per-document), and the invoice total is rounded half-up to the
 * rupee with the difference as `roundOff`.
 *
 * The rates below are the fixture resolver's, not a statement of current law (GST 2.0 moved some of
 * them on 2025-09-22; the soap and car rows model that change).
 */
export const RATES: GstRateEntry[] = [
  { hsn: '8471', rate: '18', effectiveFrom: '2017-07-01' }, // computers
  { hsn: '8517', rate: '18', effectiveFrom: '2017-07-01' }, // phones
  { hsn: '3401', rate: '18', effectiveFrom: '2017-07-01', effectiveTo: '2025-09-21' }, // soap…
  { hsn: '3401', rate: '5', effectiveFrom: '2025-09-22' }, // …cut to 5%
  { hsn: '8703', rate: '28', cess: { percent: '22' }, effectiveFrom: '2017-07-01', effectiveTo: '2025-09-21' }, // cars…
  { hsn: '8703', rate: '18', effectiveFrom: '2025-09-22' }, // …18%, cess abolished
  { hsn: '2202', rate: '28', cess: { percent: '12' }, effectiveFrom: '2017-07-01' }, // aerated drinks
  { hsn: '2701', rate: '5', cess: { perUnit: '400' }, effectiveFrom: '2017-07-01' }, // coal, ₹400 per tonne
  { hsn: '2402', rate: '28', cess: { percent: '5', perUnit: '2076', per: '1000' }, effectiveFrom: '2017-07-01' }, // cigarettes
  { hsn: '6109', rate: '5', effectiveFrom: '2017-07-01' }, // T-shirts
  { hsn: '3004', rate: '12', effectiveFrom: '2017-07-01' }, // medicines
  { hsn: '0401', rate: '0', category: 'nil_rated', effectiveFrom: '2017-07-01' }, // fresh milk
  { hsn: '1006', rate: '0', effectiveFrom: '2017-07-01' }, // rice, unbranded (0% → nil-rated)
  { hsn: '4901', rate: '0', category: 'exempt', effectiveFrom: '2017-07-01' }, // printed books
  { hsn: '2710', rate: '0', category: 'non_gst', effectiveFrom: '2017-07-01' }, // petrol
  { hsn: '9983', rate: '18', effectiveFrom: '2017-07-01' }, // professional services
  { hsn: '9963', rate: '5', effectiveFrom: '2017-07-01' }, // restaurant services
  { hsn: '9965', rate: '5', effectiveFrom: '2017-07-01' }, // goods transport agency
  { hsn: '9982', rate: '18', effectiveFrom: '2017-07-01' }, // legal services
  { hsn: '9954', rate: '12', effectiveFrom: '2017-07-01' }, // construction services
];

/** A valid GSTIN registered in `state` (check character computed). */
export function gstin(state: string, pan = 'AAPFU0939F'): string {
  const first14 = `${state}${pan}1Z`;
  return first14 + gstinCheckChar(first14);
}

export const seller = (stateCode = '27', registration: GstSeller['registration'] = 'regular', extra: Partial<GstSeller> = {}): GstSeller => ({
  country: 'IN',
  stateCode,
  registration,
  ...extra,
});
export const b2b = (state: string, extra: Partial<GstBuyer> = {}): GstBuyer => ({ country: 'IN', registration: 'registered', gstin: gstin(state, 'BBBBB1234B'), ...extra });
export const b2c = (stateCode?: string): GstBuyer => ({ country: 'IN', registration: 'unregistered', ...(stateCode ? { stateCode } : {}) });
export const sez = (state: string): GstBuyer => ({ country: 'IN', registration: 'sez', gstin: gstin(state, 'CCCCC1234C') });
export const overseas: GstBuyer = { country: 'US', registration: 'overseas' };

export const goods = (hsn: string, quantity: string, unitPrice: string, extra: Partial<GstLineInput> = {}): GstLineInput => ({ hsn, kind: 'goods', quantity, unitPrice, ...extra });
export const service = (sac: string, amount: string, extra: Partial<GstLineInput> = {}): GstLineInput => ({ hsn: sac, kind: 'service', quantity: '1', amount, ...extra });

/** An invoice dated 2025-06-15 from a regular seller in Maharashtra (27) to a registered buyer in Maharashtra. */
export const doc = (partial: Partial<GstInput> & { lines: GstLineInput[] }): GstInput => ({
  documentType: 'invoice',
  date: '2025-06-15',
  seller: seller(),
  buyer: b2b('27'),
  ...partial,
});

export interface GstCase {
  rule: string;
  input: GstInput;
  expect?: {
    supply?: Partial<GstSupply>;
    lines?: Partial<GstLineResult>[];
    totals?: Partial<GstTotals>;
    categories?: Partial<GstCategoryTotals>;
    composition?: Partial<GstCompositionLiability> | null;
    documentDifference?: Partial<GstComponents>;
  };
  error?: { code: string; paths: string[] };
}

const noRoundOff = { roundOff: false } as const;

export const CASES: GstCase[] = [
  // ── intra-state vs inter-state ──────────────────────────────────────────────────────────────
  {
    rule: 'intra-state B2B goods: CGST + SGST at half the rate each',
    // 1 × 1000 = 1000; CGST 9% = 90; SGST 9% = 90; total 1180
    input: doc({ lines: [goods('8471', '1', '1000')] }),
    expect: {
      supply: { placeOfSupply: '27', placeOfSupplySource: 'buyer_gstin', supplyType: 'intra_state', regime: 'cgst_sgst' },
      lines: [{ taxableValue: '1000.00', cgst: '90.00', sgst: '90.00', igst: '0.00', cgstRate: '9', sgstRate: '9', lineTotal: '1180.00' }],
      totals: { cgst: '90.00', sgst: '90.00', igst: '0.00', totalTax: '180.00', invoiceTotal: '1180.00', roundOff: '0.00', grandTotal: '1180.00' },
    },
  },
  {
    rule: 'inter-state B2B goods: IGST at the full rate',
    // 2 × 499.50 = 999.00; IGST 18% = 179.82; total 1178.82 → 1179 (round-off +0.18)
    input: doc({ buyer: b2b('29'), lines: [goods('8471', '2', '499.50')] }),
    expect: {
      supply: { placeOfSupply: '29', supplyType: 'inter_state', regime: 'igst' },
      lines: [{ taxableValue: '999.00', igst: '179.82', igstRate: '18', cgst: '0.00', sgst: '0.00' }],
      totals: { igst: '179.82', invoiceTotal: '1178.82', roundOff: '0.18', grandTotal: '1179.00' },
    },
  },
  {
    rule: 'B2C goods over the counter (no buyer state, no delivery): place of supply is the seller’s state',
    // 15000; CGST 9% = 1350; SGST 1350; total 17700
    input: doc({ buyer: b2c(), lines: [goods('8517', '1', '15000')] }),
    expect: {
      supply: { placeOfSupply: '27', placeOfSupplySource: 'seller_state', supplyType: 'intra_state' },
      totals: { cgst: '1350.00', sgst: '1350.00', grandTotal: '17700.00' },
    },
  },
  {
    rule: 'goods delivered to another state: place of supply is the delivery state → IGST',
    // 3 × 499 = 1497; IGST 5% = 74.85; total 1571.85 → 1572 (+0.15)
    input: doc({ buyer: b2c(), deliveryStateCode: '29', lines: [goods('6109', '3', '499')] }),
    expect: {
      supply: { placeOfSupply: '29', placeOfSupplySource: 'delivery', supplyType: 'inter_state' },
      totals: { igst: '74.85', invoiceTotal: '1571.85', roundOff: '0.15', grandTotal: '1572.00' },
    },
  },
  {
    rule: 'goods for a registered buyer delivered elsewhere: the delivery state wins over the buyer’s GSTIN state',
    // 10 × 125.50 = 1255.00; IGST 12% = 150.60; total 1405.60 → 1406 (+0.40)
    input: doc({ deliveryStateCode: '24', lines: [goods('3004', '10', '125.50')] }),
    expect: {
      supply: { placeOfSupply: '24', placeOfSupplySource: 'delivery', supplyType: 'inter_state' },
      totals: { igst: '150.60', invoiceTotal: '1405.60', roundOff: '0.40', grandTotal: '1406.00' },
    },
  },
  {
    rule: 'B2B services: place of supply is the recipient’s registered state (GSTIN), not its stated address',
    // 25000; IGST 18% = 4500
    input: doc({ buyer: b2b('29', { stateCode: '27' }), lines: [service('998311', '25000')] }),
    expect: {
      supply: { placeOfSupply: '29', placeOfSupplySource: 'buyer_gstin', supplyType: 'inter_state' },
      totals: { igst: '4500.00', grandTotal: '29500.00' },
    },
  },
  {
    rule: 'B2C services with the buyer’s address known: place of supply is the buyer’s state',
    // 10000; IGST 18% = 1800
    input: doc({ buyer: b2c('33'), lines: [service('998311', '10000')] }),
    expect: { supply: { placeOfSupply: '33', placeOfSupplySource: 'buyer_state', supplyType: 'inter_state' }, totals: { igst: '1800.00' } },
  },
  {
    rule: 'B2C services without the buyer’s address: place of supply is the supplier’s location',
    // 5000; CGST 9% = 450; SGST 450
    input: doc({ buyer: b2c(), lines: [service('998311', '5000')] }),
    expect: { supply: { placeOfSupply: '27', placeOfSupplySource: 'seller_state' }, totals: { cgst: '450.00', sgst: '450.00', grandTotal: '5900.00' } },
  },
  {
    rule: 'explicit place of supply (services on immovable property in Karnataka) overrides the derived one',
    // 100000; IGST 12% = 12000
    input: doc({ placeOfSupply: '29', lines: [service('995411', '100000')] }),
    expect: { supply: { placeOfSupply: '29', placeOfSupplySource: 'explicit', supplyType: 'inter_state' }, totals: { igst: '12000.00', cgst: '0.00' } },
  },
  {
    rule: 'explicit place of supply in the seller’s state makes a supply to an out-of-state buyer intra-state',
    // restaurant 840; CGST 2.5% = 21; SGST 21; total 882
    input: doc({ buyer: b2b('29'), placeOfSupply: '27', lines: [service('996331', '840')] }),
    expect: { supply: { supplyType: 'intra_state', regime: 'cgst_sgst' }, totals: { cgst: '21.00', sgst: '21.00', igst: '0.00', grandTotal: '882.00' } },
  },

  // ── union territories ───────────────────────────────────────────────────────────────────────
  {
    rule: 'UT without legislature (04 Chandigarh) intra-state: CGST + UTGST, no SGST',
    // 2500; CGST 9% = 225; UTGST 9% = 225; total 2950
    input: doc({ seller: seller('04'), buyer: b2b('04'), lines: [goods('8471', '1', '2500')] }),
    expect: {
      supply: { regime: 'cgst_utgst', supplyType: 'intra_state' },
      lines: [{ cgst: '225.00', utgst: '225.00', sgst: '0.00', utgstRate: '9', sgstRate: '0' }],
      totals: { cgst: '225.00', utgst: '225.00', sgst: '0.00', igst: '0.00', grandTotal: '2950.00' },
    },
  },
  {
    rule: 'UT without legislature (38 Ladakh) intra-state services, B2C with address',
    // 1999.99; 9% = 179.9991 → 180.00 each; total 2359.99 → 2360 (+0.01)
    input: doc({ seller: seller('38'), buyer: b2c('38'), lines: [service('998311', '1999.99')] }),
    expect: { totals: { cgst: '180.00', utgst: '180.00', sgst: '0.00', invoiceTotal: '2359.99', roundOff: '0.01', grandTotal: '2360.00' } },
  },
  {
    rule: 'UT without legislature (31 Lakshadweep) intra-state at 5%',
    // 2 × 150 = 300; 2.5% = 7.50 each; total 315
    input: doc({ seller: seller('31'), buyer: b2b('31'), lines: [goods('6109', '2', '150')] }),
    expect: { totals: { cgst: '7.50', utgst: '7.50', sgst: '0.00', grandTotal: '315.00' } },
  },
  {
    rule: 'UT without legislature (35 Andaman & Nicobar) intra-state at 12%',
    // 99.99; 6% = 5.9994 → 6.00 each; total 111.99 → 112 (+0.01)
    input: doc({ seller: seller('35'), buyer: b2c(), lines: [goods('3004', '1', '99.99')] }),
    expect: { totals: { cgst: '6.00', utgst: '6.00', invoiceTotal: '111.99', roundOff: '0.01' } },
  },
  {
    rule: 'UT without legislature (26 Dadra & Nagar Haveli and Daman & Diu) intra-state',
    // 10000; 9% = 900 each
    input: doc({ seller: seller('26'), buyer: b2b('26'), lines: [goods('8517', '1', '10000')] }),
    expect: { supply: { regime: 'cgst_utgst' }, totals: { cgst: '900.00', utgst: '900.00', sgst: '0.00' } },
  },
  {
    rule: 'Delhi (07) has a legislature: intra-state is CGST + SGST',
    // 1000; 9% = 90 each
    input: doc({ seller: seller('07'), buyer: b2b('07'), lines: [goods('8471', '1', '1000')] }),
    expect: { supply: { regime: 'cgst_sgst' }, totals: { cgst: '90.00', sgst: '90.00', utgst: '0.00' } },
  },
  {
    rule: 'Puducherry (34) has a legislature: intra-state is CGST + SGST',
    // 200; 2.5% = 5 each
    input: doc({ seller: seller('34'), buyer: b2c('34'), lines: [goods('6109', '1', '200')] }),
    expect: { supply: { regime: 'cgst_sgst' }, totals: { cgst: '5.00', sgst: '5.00', utgst: '0.00' } },
  },
  {
    rule: 'from a UT (04) to a state (03 Punjab): inter-state IGST, no UTGST',
    // 1000; IGST 18% = 180
    input: doc({ seller: seller('04'), buyer: b2b('03'), lines: [goods('8471', '1', '1000')] }),
    expect: { supply: { regime: 'igst' }, totals: { igst: '180.00', utgst: '0.00', cgst: '0.00' } },
  },

  // ── half-up rounding to the paisa ───────────────────────────────────────────────────────────
  {
    rule: 'half-up rounding of a tiny amount; round-off takes the total down to zero rupees',
    // 0.25 at 28% (rate override): 14% = 0.035 → 0.04 each; total 0.33 → 0 (−0.33)
    input: doc({ lines: [goods('8471', '1', '0.25', { rate: '28' })] }),
    expect: { totals: { cgst: '0.04', sgst: '0.04', invoiceTotal: '0.33', roundOff: '-0.33', grandTotal: '0.00' } },
  },
  {
    rule: 'half-up at exactly half a paisa',
    // 1.10 at 5%: 2.5% = 0.0275 → 0.03 each; total 1.16 → 1 (−0.16)
    input: doc({ lines: [goods('6109', '1', '1.10')] }),
    expect: { totals: { cgst: '0.03', sgst: '0.03', invoiceTotal: '1.16', roundOff: '-0.16', grandTotal: '1.00' } },
  },
  {
    rule: 'half-up, not banker’s rounding: half a paisa after an even digit still rounds up',
    // 1.00 at 5%: 2.5% = 0.025 → 0.03 each (half-even would give 0.02); total 1.06 → 1 (−0.06)
    input: doc({ lines: [goods('6109', '1', '1.00')] }),
    expect: { totals: { cgst: '0.03', sgst: '0.03', invoiceTotal: '1.06', roundOff: '-0.06', grandTotal: '1.00' } },
  },
  {
    rule: 'half-up on a credit note rounds away from zero, mirroring the invoice',
    // −1.00 at 5%: −0.025 → −0.03 each
    input: doc({ documentType: 'credit_note', lines: [goods('6109', '1', '1.00')] }),
    expect: { totals: { cgst: '-0.03', sgst: '-0.03', invoiceTotal: '-1.06', roundOff: '0.06', grandTotal: '-1.00' } },
  },
  {
    rule: 'inter-state 12% rounding up to the rupee of tax',
    // 99.99 × 12% = 11.9988 → 12.00; total 111.99 → 112
    input: doc({ buyer: b2b('29'), lines: [goods('3004', '1', '99.99')] }),
    expect: { totals: { igst: '12.00', invoiceTotal: '111.99', grandTotal: '112.00' } },
  },
  {
    rule: 'fractional quantity × 6-decimal unit price rounded half-up to the paisa before tax',
    // 2.5 × 19.999 = 49.9975 → 50.00; 2.5% = 1.25 each; total 52.50 → 53 (+0.50)
    input: doc({ lines: [goods('6109', '2.5', '19.999')] }),
    expect: { lines: [{ gross: '50.00', taxableValue: '50.00' }], totals: { cgst: '1.25', sgst: '1.25', invoiceTotal: '52.50', roundOff: '0.50', grandTotal: '53.00' } },
  },

  // ── exports and SEZ ─────────────────────────────────────────────────────────────────────────
  {
    rule: 'export of goods under LUT: zero-rated, no tax, flagged',
    // 10 × 500 = 5000; no tax; zero-rated 5000
    input: doc({ buyer: overseas, zeroRated: 'lut', lines: [goods('8471', '10', '500')] }),
    expect: {
      supply: { placeOfSupply: null, placeOfSupplySource: 'outside_india', supplyType: 'export', zeroRated: 'lut', regime: 'none' },
      lines: [{ category: 'zero_rated', rate: '18', igstRate: '0', igst: '0.00' }],
      totals: { totalTax: '0.00', grandTotal: '5000.00' },
      categories: { zeroRated: '5000.00', taxable: '0.00' },
    },
  },
  {
    rule: 'export of goods with payment of IGST (refundable): IGST charged, zero-rated',
    // 5000; IGST 18% = 900; total 5900
    input: doc({ buyer: overseas, zeroRated: 'with_payment', lines: [goods('8471', '10', '500')] }),
    expect: {
      supply: { supplyType: 'export', zeroRated: 'with_payment', regime: 'igst' },
      lines: [{ category: 'zero_rated', igstRate: '18', igst: '900.00' }],
      totals: { igst: '900.00', taxCollected: '900.00', grandTotal: '5900.00' },
      categories: { zeroRated: '5000.00' },
    },
  },
  {
    rule: 'export of services defaults to LUT when no option is given',
    // 120000.50; no tax; total 120000.50 → 120001 (+0.50)
    input: doc({ buyer: overseas, lines: [service('998311', '120000.50')] }),
    expect: { supply: { zeroRated: 'lut' }, totals: { totalTax: '0.00', roundOff: '0.50', grandTotal: '120001.00' }, categories: { zeroRated: '120000.50' } },
  },
  {
    rule: 'supply to an SEZ unit in the same state under LUT: zero-rated, no CGST/SGST',
    // 2000; no tax
    input: doc({ buyer: sez('27'), zeroRated: 'lut', lines: [goods('8471', '1', '2000')] }),
    expect: { supply: { supplyType: 'sez', regime: 'none', zeroRated: 'lut' }, totals: { totalTax: '0.00', grandTotal: '2000.00' }, categories: { zeroRated: '2000.00' } },
  },
  {
    rule: 'supply to an SEZ unit in the same state with payment: IGST, never CGST/SGST',
    // 2000; IGST 18% = 360
    input: doc({ buyer: sez('27'), zeroRated: 'with_payment', lines: [goods('8471', '1', '2000')] }),
    expect: { supply: { supplyType: 'sez', regime: 'igst' }, totals: { igst: '360.00', cgst: '0.00', sgst: '0.00', grandTotal: '2360.00' } },
  },
  {
    rule: 'supply by an SEZ unit to a buyer in the same state is inter-state: IGST',
    // 1000; IGST 18% = 180
    input: doc({ seller: seller('27', 'sez'), lines: [goods('8471', '1', '1000')] }),
    expect: { supply: { supplyType: 'inter_state', regime: 'igst', zeroRated: null }, totals: { igst: '180.00', cgst: '0.00' } },
  },
  {
    rule: 'export with payment charges compensation cess too',
    // 10 × 100 = 1000; IGST 28% = 280; cess 12% = 120; total 1400
    input: doc({ buyer: overseas, zeroRated: 'with_payment', lines: [goods('2202', '10', '100')] }),
    expect: { totals: { igst: '280.00', cess: '120.00', totalTax: '400.00', grandTotal: '1400.00' } },
  },
  {
    rule: 'export under LUT charges no cess either',
    // 1000; no IGST, no cess
    input: doc({ buyer: overseas, zeroRated: 'lut', lines: [goods('2202', '10', '100')] }),
    expect: { lines: [{ cess: '0.00', cessAdValorem: '0.00', cessPercent: '0' }], totals: { cess: '0.00', totalTax: '0.00', grandTotal: '1000.00' } },
  },
  {
    rule: 'a nil-rated line on an export stays nil-rated (not zero-rated)',
    // milk 2 × 50 = 100 nil; computers 1000 zero-rated; no tax
    input: doc({ buyer: overseas, lines: [goods('0401', '2', '50'), goods('8471', '1', '1000')] }),
    expect: { lines: [{ category: 'nil_rated' }, { category: 'zero_rated' }], categories: { nilRated: '100.00', zeroRated: '1000.00' }, totals: { grandTotal: '1100.00' } },
  },

  // ── reverse charge ──────────────────────────────────────────────────────────────────────────
  {
    rule: 'reverse charge (GTA) intra-state: tax computed and flagged, payable by the recipient, not in the total',
    // 10000 at 5%: CGST 250, SGST 250 under RCM; invoice total 10000
    input: doc({ reverseCharge: true, lines: [service('996511', '10000')] }),
    expect: {
      supply: { reverseCharge: true },
      lines: [{ reverseCharge: true, cgst: '250.00', sgst: '250.00', lineTotal: '10000.00' }],
      totals: { cgst: '250.00', sgst: '250.00', totalTax: '500.00', taxCollected: '0.00', reverseChargeTax: '500.00', invoiceTotal: '10000.00' },
    },
  },
  {
    rule: 'reverse charge (legal services) inter-state: IGST payable by the recipient',
    // 50000 × 18% = 9000 IGST under RCM; total 50000
    input: doc({ buyer: b2b('29'), reverseCharge: true, lines: [service('998211', '50000')] }),
    expect: { totals: { igst: '9000.00', reverseChargeTax: '9000.00', taxCollected: '0.00', grandTotal: '50000.00' } },
  },
  {
    rule: 'reverse charge on one line only: collected and RCM tax reported apart',
    // GTA 4000 RCM: 100 + 100; computers 1000: 90 + 90 collected; total 5000 + 180 = 5180
    input: doc({ lines: [service('996511', '4000', { reverseCharge: true }), goods('8471', '1', '1000')] }),
    expect: {
      lines: [{ reverseCharge: true, lineTotal: '4000.00' }, { reverseCharge: false, lineTotal: '1180.00' }],
      totals: { cgst: '190.00', sgst: '190.00', totalTax: '380.00', taxCollected: '180.00', reverseChargeTax: '200.00', invoiceTotal: '5180.00' },
    },
  },
  {
    rule: 'reverse charge on an exempt line computes nothing and flags nothing',
    // books 500 exempt with an RCM flag: no tax; the document is not a reverse-charge document
    input: doc({ lines: [goods('4901', '1', '500', { reverseCharge: true })] }),
    expect: { supply: { reverseCharge: false }, lines: [{ reverseCharge: false, totalTax: '0.00' }], totals: { reverseChargeTax: '0.00', grandTotal: '500.00' } },
  },
  {
    rule: 'unregistered seller without reverse charge collects no tax',
    // 1000; no tax
    input: doc({ seller: seller('27', 'unregistered'), lines: [goods('8471', '1', '1000')] }),
    expect: { supply: { regime: 'none', reverseCharge: false }, lines: [{ category: 'taxable', cgst: '0.00' }], totals: { totalTax: '0.00', grandTotal: '1000.00' } },
  },
  {
    rule: 'unregistered seller under reverse charge (s.9(4)): the registered recipient pays the tax',
    // 20000 at 12%: CGST 6% = 1200; SGST 1200; RCM 2400; total 20000
    input: doc({ seller: seller('27', 'unregistered'), reverseCharge: true, lines: [service('995411', '20000')] }),
    expect: { supply: { regime: 'cgst_sgst', reverseCharge: true }, totals: { cgst: '1200.00', sgst: '1200.00', reverseChargeTax: '2400.00', grandTotal: '20000.00' } },
  },
  {
    rule: 'reverse charge ignores a tax-inclusive flag: nothing is collected, so nothing is backed out',
    // 1050 taxable; 2.5% = 26.25 each under RCM; total 1050
    input: doc({ reverseCharge: true, lines: [service('996511', '1050', { priceIncludesTax: true })] }),
    expect: { lines: [{ taxableValue: '1050.00', cgst: '26.25', sgst: '26.25', lineTotal: '1050.00' }], totals: { reverseChargeTax: '52.50', grandTotal: '1050.00' } },
  },

  // ── composition ─────────────────────────────────────────────────────────────────────────────
  {
    rule: 'composition trader: bill of supply without tax; 1% liability on turnover, half CGST half SGST',
    // 10 × 1000 = 10000; no tax; liability 1% = 100 → 50 + 50
    input: doc({ seller: seller('27', 'composition'), buyer: b2c(), lines: [goods('8471', '10', '1000')] }),
    expect: {
      supply: { composition: true, regime: 'none' },
      totals: { totalTax: '0.00', grandTotal: '10000.00' },
      composition: { category: 'goods', rate: '1', turnover: '10000.00', cgst: '50.00', sgst: '50.00', tax: '100.00' },
    },
  },
  {
    rule: 'composition restaurant: 5% liability',
    // 2000; 5% = 100 → 50 + 50
    input: doc({ seller: seller('27', 'composition', { compositionCategory: 'restaurant' }), buyer: b2c(), lines: [service('996331', '2000')] }),
    expect: { composition: { category: 'restaurant', rate: '5', cgst: '50.00', sgst: '50.00', tax: '100.00' }, totals: { totalTax: '0.00' } },
  },
  {
    rule: 'composition services: 6% liability, each half rounded to the paisa',
    // 1234.56 × 3% = 37.0368 → 37.04 each; 74.08; invoice 1234.56 → 1235 (+0.44)
    input: doc({ seller: seller('27', 'composition', { compositionCategory: 'services' }), buyer: b2c(), lines: [service('998311', '1234.56')] }),
    expect: { composition: { rate: '6', cgst: '37.04', sgst: '37.04', tax: '74.08' }, totals: { roundOff: '0.44', grandTotal: '1235.00' } },
  },
  {
    rule: 'composition rates are configurable',
    // 5000 at a configured 2%: 1% each = 50 + 50
    input: doc({ seller: seller('27', 'composition'), buyer: b2c(), options: { compositionRates: { goods: '2' } }, lines: [goods('8471', '5', '1000')] }),
    expect: { composition: { rate: '2', cgst: '50.00', sgst: '50.00', tax: '100.00' } },
  },
  {
    rule: 'composition liability is on taxable turnover only: exempt supplies are left out',
    // computers 3000 (0.5% = 15 each); books 700 exempt; invoice 3700
    input: doc({ seller: seller('27', 'composition'), buyer: b2c(), lines: [goods('8471', '3', '1000'), goods('4901', '1', '700')] }),
    expect: { composition: { turnover: '3000.00', cgst: '15.00', sgst: '15.00', tax: '30.00' }, categories: { taxable: '3000.00', exempt: '700.00' }, totals: { grandTotal: '3700.00' } },
  },
  {
    rule: 'composition credit note reduces the liability (negative)',
    // −1000; 0.5% = −5 each
    input: doc({ documentType: 'credit_note', seller: seller('27', 'composition'), buyer: b2c(), lines: [goods('8471', '1', '1000')] }),
    expect: { composition: { turnover: '-1000.00', cgst: '-5.00', sgst: '-5.00', tax: '-10.00' }, totals: { grandTotal: '-1000.00' } },
  },
  {
    rule: 'a composition seller never collects tax, even when reverse charge is asked for',
    // 1000; no tax, no RCM
    input: doc({ seller: seller('27', 'composition'), reverseCharge: true, lines: [goods('8471', '1', '1000')] }),
    expect: { supply: { reverseCharge: false, regime: 'none' }, totals: { totalTax: '0.00', reverseChargeTax: '0.00' } },
  },

  // ── compensation cess ───────────────────────────────────────────────────────────────────────
  {
    rule: 'cess ad valorem (aerated drinks) intra-state',
    // 24 × 40 = 960; CGST 14% = 134.40; SGST 134.40; cess 12% = 115.20; tax 384; total 1344
    input: doc({ lines: [goods('2202', '24', '40')] }),
    expect: {
      lines: [{ cessPercent: '12', cessAdValorem: '115.20', cessSpecific: '0.00', cess: '115.20' }],
      totals: { cgst: '134.40', sgst: '134.40', cess: '115.20', totalTax: '384.00', grandTotal: '1344.00' },
    },
  },
  {
    rule: 'cess ad valorem (motor cars, before 2025-09-22) inter-state',
    // 800000; IGST 28% = 224000; cess 22% = 176000; total 1200000
    input: doc({ buyer: b2b('29'), lines: [goods('8703', '1', '800000')] }),
    expect: { totals: { igst: '224000.00', cess: '176000.00', totalTax: '400000.00', grandTotal: '1200000.00' } },
  },
  {
    rule: 'cess specific (coal, ₹400 per tonne)',
    // 10 t × 2000 = 20000; IGST 5% = 1000; cess 10 × 400 = 4000; total 25000
    input: doc({ buyer: b2b('29'), lines: [goods('2701', '10', '2000')] }),
    expect: { lines: [{ cessSpecific: '4000.00', cessAdValorem: '0.00', cess: '4000.00' }], totals: { igst: '1000.00', cess: '4000.00', grandTotal: '25000.00' } },
  },
  {
    rule: 'cess ad valorem and specific combined (cigarettes, per 1000 sticks; cess quantity in sticks)',
    // 10 packs × 300 = 3000; CGST 14% = 420; SGST 420; cess 5% = 150 + 200 sticks × 2076/1000 = 415.20 → 565.20;
    // tax 1405.20; total 4405.20 → 4405 (−0.20)
    input: doc({ lines: [goods('2402', '10', '300', { cessQuantity: '200' })] }),
    expect: {
      lines: [{ cessAdValorem: '150.00', cessSpecific: '415.20', cess: '565.20', totalTax: '1405.20' }],
      totals: { cgst: '420.00', sgst: '420.00', cess: '565.20', invoiceTotal: '4405.20', roundOff: '-0.20', grandTotal: '4405.00' },
    },
  },
  {
    rule: 'line cess override: specific cess per unit rounded half-up to the paisa',
    // 3 × 100 = 300; CGST 27; SGST 27; cess 3 × 1.235 = 3.705 → 3.71; total 357.71 → 358 (+0.29)
    input: doc({ lines: [goods('8471', '3', '100', { cess: { perUnit: '1.235' } })] }),
    expect: { lines: [{ cessSpecific: '3.71' }], totals: { cess: '3.71', totalTax: '57.71', roundOff: '0.29', grandTotal: '358.00' } },
  },

  // ── tax-inclusive prices ────────────────────────────────────────────────────────────────────
  {
    rule: 'inclusive price back-calculated exactly: 1180 at 18% intra',
    // 1180 / 1.18 = 1000; 90 + 90; 1000 + 180 = 1180
    input: doc({ lines: [goods('8471', '1', '1180', { priceIncludesTax: true })] }),
    expect: { lines: [{ taxableValue: '1000.00', cgst: '90.00', sgst: '90.00', inclusiveAdjustment: '0.00', lineTotal: '1180.00', priceIncludesTax: true }], totals: { grandTotal: '1180.00' } },
  },
  {
    rule: 'inclusive price round-trips: estimate one paisa too high is stepped down',
    // 100 / 1.18 = 84.7457 → 84.75; 9% = 7.6275 → 7.63 ×2 = 15.26 → 100.01 > 100;
    // 84.74: 7.6266 → 7.63 ×2 = 15.26 → 100.00 exactly
    input: doc({ lines: [goods('8471', '1', '100', { priceIncludesTax: true })] }),
    expect: { lines: [{ taxableValue: '84.74', cgst: '7.63', sgst: '7.63', inclusiveAdjustment: '0.00', lineTotal: '100.00' }], totals: { invoiceTotal: '100.00' } },
  },
  {
    rule: 'inclusive price no taxable value reaches: the paisa difference goes on the taxable value',
    // A = 1.12 at 18% intra. T = 0.94: 9% = 0.0846 → 0.08 ×2 → 1.10; T = 0.95: 0.0855 → 0.09 ×2 → 1.13 > 1.12.
    // Largest T with T + tax ≤ A is 0.94, tax 0.16; difference 0.02 → taxable 0.96; 0.96 + 0.16 = 1.12
    input: doc({ lines: [goods('8471', '1', '1.12', { priceIncludesTax: true })] }),
    expect: { lines: [{ taxableValue: '0.96', cgst: '0.08', sgst: '0.08', inclusiveAdjustment: '0.02', lineTotal: '1.12' }] },
  },
  {
    rule: 'document-level inclusive prices, inter-state 12%',
    // 2 × 56 = 112; 112 / 1.12 = 100; IGST 12; total 112
    input: doc({ buyer: b2b('29'), pricesIncludeTax: true, lines: [goods('3004', '2', '56')] }),
    expect: { lines: [{ gross: '112.00', taxableValue: '100.00', igst: '12.00', lineTotal: '112.00' }] },
  },
  {
    rule: 'inclusive price with a discount: discount taken off the inclusive amount first',
    // 2 × 590 = 1180; 10% = 118 → 1062; 1062 / 1.18 = 900; IGST 162
    input: doc({ buyer: b2b('29'), lines: [goods('8471', '2', '590', { priceIncludesTax: true, discount: { percent: '10' } })] }),
    expect: { lines: [{ gross: '1180.00', discount: '118.00', taxableValue: '900.00', igst: '162.00', lineTotal: '1062.00' }] },
  },
  {
    rule: 'inclusive price with ad valorem and specific cess',
    // A = 5000; specific 200 × 2076/1000 = 415.20; (5000 − 415.20) / 1.33 = 3447.218… → 3447.22;
    // CGST 14% = 482.6108 → 482.61; SGST 482.61; cess 5% = 172.361 → 172.36; tax 1552.78; 3447.22 + 1552.78 = 5000
    input: doc({ lines: [goods('2402', '10', '500', { cessQuantity: '200', priceIncludesTax: true })] }),
    expect: { lines: [{ taxableValue: '3447.22', cgst: '482.61', sgst: '482.61', cessAdValorem: '172.36', cessSpecific: '415.20', inclusiveAdjustment: '0.00', lineTotal: '5000.00' }] },
  },
  {
    rule: 'inclusive credit note: the mirror image of the inclusive invoice',
    // −1180 → taxable −1000; CGST −90; SGST −90
    input: doc({ documentType: 'credit_note', lines: [goods('8471', '1', '1180', { priceIncludesTax: true })] }),
    expect: { lines: [{ taxableValue: '-1000.00', cgst: '-90.00', sgst: '-90.00', lineTotal: '-1180.00' }], totals: { grandTotal: '-1180.00' } },
  },
  {
    rule: 'inclusive price on an exempt line: nothing to back out',
    // books 500 inclusive → 500 exempt
    input: doc({ lines: [goods('4901', '1', '500', { priceIncludesTax: true })] }),
    expect: { lines: [{ taxableValue: '500.00', category: 'exempt', totalTax: '0.00' }], categories: { exempt: '500.00' } },
  },

  // ── per-line vs per-document rounding ───────────────────────────────────────────────────────
  {
    rule: 'per-line rounding: each line’s half paisa rounds up; document = sum of lines',
    // 3 × 0.30 at 5%: 2.5% = 0.0075 → 0.01 per line each; CGST 0.03; SGST 0.03; total 0.96
    input: doc({ options: noRoundOff, lines: [goods('6109', '1', '0.30'), goods('6109', '1', '0.30'), goods('6109', '1', '0.30')] }),
    expect: { totals: { cgst: '0.03', sgst: '0.03', totalTax: '0.06', invoiceTotal: '0.96', roundOff: '0.00', grandTotal: '0.96' }, documentDifference: { cgst: '0.00' } },
  },
  {
    rule: 'per-document rounding: the same lines rounded once on the total',
    // Σ CGST 3 × 0.0075 = 0.0225 → 0.02; SGST 0.02; total 0.94; lines still show 0.01 each; difference −0.01 each
    input: doc({ options: { ...noRoundOff, rounding: 'per_document' }, lines: [goods('6109', '1', '0.30'), goods('6109', '1', '0.30'), goods('6109', '1', '0.30')] }),
    expect: {
      lines: [{ cgst: '0.01' }, { cgst: '0.01' }, { cgst: '0.01' }],
      totals: { cgst: '0.02', sgst: '0.02', totalTax: '0.04', invoiceTotal: '0.94' },
      documentDifference: { cgst: '-0.01', sgst: '-0.01', totalTax: '-0.02' },
    },
  },
  {
    rule: 'per-document rounding across rates rounds each component once',
    // CGST 10.05 × 9% = 0.9045 and 10.05 × 2.5% = 0.25125; per line 0.90 + 0.25 = 1.15; per document 1.15575 → 1.16
    input: doc({ options: { ...noRoundOff, rounding: 'per_document' }, lines: [goods('8471', '1', '10.05'), goods('6109', '1', '10.05')] }),
    expect: { totals: { cgst: '1.16', sgst: '1.16', totalTax: '2.32', taxableValue: '20.10', invoiceTotal: '22.42' }, documentDifference: { cgst: '0.01', sgst: '0.01' } },
  },
  {
    rule: 'per-line rounding of the same mixed-rate lines, for contrast',
    // 0.90 + 0.25 = 1.15 each; tax 2.30; total 22.40
    input: doc({ options: noRoundOff, lines: [goods('8471', '1', '10.05'), goods('6109', '1', '10.05')] }),
    expect: { totals: { cgst: '1.15', sgst: '1.15', totalTax: '2.30', invoiceTotal: '22.40' } },
  },
  {
    rule: 'per-document rounding keeps an inclusive line’s tax fixed by its price',
    // inclusive 100 → 84.74 with 7.63 + 7.63 (fixed); 3 × 0.30 exclusive: Σ 0.0225 → 0.02;
    // CGST 7.65; SGST 7.65; taxable 85.64; total 100.94 → 101 (+0.06)
    input: doc({
      options: { rounding: 'per_document' },
      lines: [goods('8471', '1', '100', { priceIncludesTax: true }), goods('6109', '1', '0.30'), goods('6109', '1', '0.30'), goods('6109', '1', '0.30')],
    }),
    expect: { totals: { cgst: '7.65', sgst: '7.65', taxableValue: '85.64', invoiceTotal: '100.94', roundOff: '0.06', grandTotal: '101.00' }, documentDifference: { cgst: '-0.01' } },
  },
  {
    rule: 'per-document rounding keeps reverse-charge tax apart from collected tax',
    // GTA RCM 3 × 0.30: Σ 0.0225 → 0.02 each; collected 3 × 0.30 (6109): 0.02 each; CGST 0.04; RCM 0.04; collected 0.04
    input: doc({
      options: { ...noRoundOff, rounding: 'per_document' },
      lines: [
        service('996511', '0.30', { reverseCharge: true }), service('996511', '0.30', { reverseCharge: true }), service('996511', '0.30', { reverseCharge: true }),
        goods('6109', '1', '0.30'), goods('6109', '1', '0.30'), goods('6109', '1', '0.30'),
      ],
    }),
    expect: { totals: { cgst: '0.04', sgst: '0.04', reverseChargeTax: '0.04', taxCollected: '0.04', invoiceTotal: '1.84' } },
  },

  // ── invoice round-off to the rupee ──────────────────────────────────────────────────────────
  {
    rule: 'round-off up at exactly 50 paise',
    // 900.42; IGST 18% = 162.0756 → 162.08; 1062.50 → 1063 (+0.50)
    input: doc({ buyer: b2b('29'), lines: [goods('8471', '1', '900.42')] }),
    expect: { totals: { igst: '162.08', invoiceTotal: '1062.50', roundOff: '0.50', grandTotal: '1063.00' } },
  },
  {
    rule: 'round-off down below 50 paise',
    // 900.41; 162.0738 → 162.07; 1062.48 → 1062 (−0.48)
    input: doc({ buyer: b2b('29'), lines: [goods('8471', '1', '900.41')] }),
    expect: { totals: { igst: '162.07', invoiceTotal: '1062.48', roundOff: '-0.48', grandTotal: '1062.00' } },
  },
  {
    rule: 'round-off can be switched off',
    // 1062.50 stays; round-off 0.00
    input: doc({ buyer: b2b('29'), options: noRoundOff, lines: [goods('8471', '1', '900.42')] }),
    expect: { totals: { invoiceTotal: '1062.50', roundOff: '0.00', grandTotal: '1062.50' } },
  },
  {
    rule: 'credit note round-off is the mirror image of the invoice’s',
    // −1062.50 → −1063 (−0.50)
    input: doc({ documentType: 'credit_note', buyer: b2b('29'), lines: [goods('8471', '1', '900.42')] }),
    expect: { totals: { igst: '-162.08', invoiceTotal: '-1062.50', roundOff: '-0.50', grandTotal: '-1063.00' } },
  },

  // ── discounts ───────────────────────────────────────────────────────────────────────────────
  {
    rule: 'percent discount rounded half-up to the paisa before tax',
    // 3 × 33.33 = 99.99; 12.5% = 12.49875 → 12.50; taxable 87.49; 2.5% = 2.18725 → 2.19 each; 91.87 → 92 (+0.13)
    input: doc({ lines: [goods('6109', '3', '33.33', { discount: { percent: '12.5' } })] }),
    expect: { lines: [{ gross: '99.99', discount: '12.50', taxableValue: '87.49', cgst: '2.19', sgst: '2.19' }], totals: { discount: '12.50', invoiceTotal: '91.87', roundOff: '0.13' } },
  },
  {
    rule: 'amount discount',
    // 5 × 200 = 1000 − 150.50 = 849.50; IGST 18% = 152.91; 1002.41 → 1002 (−0.41)
    input: doc({ buyer: b2b('29'), lines: [goods('8471', '5', '200', { discount: { amount: '150.50' } })] }),
    expect: { lines: [{ taxableValue: '849.50', igst: '152.91' }], totals: { gross: '1000.00', discount: '150.50', invoiceTotal: '1002.41', roundOff: '-0.41' } },
  },
  {
    rule: 'a 100% discount (free sample) leaves nothing to tax',
    // 500 − 500 = 0; no tax
    input: doc({ lines: [goods('8471', '1', '500', { discount: { percent: '100' } })] }),
    expect: { lines: [{ taxableValue: '0.00', totalTax: '0.00' }], totals: { grandTotal: '0.00' } },
  },

  // ── credit and debit notes ──────────────────────────────────────────────────────────────────
  {
    rule: 'credit note intra-state: every amount negative',
    // 2 × 1000 = −2000; CGST −180; SGST −180; total −2360
    input: doc({ documentType: 'credit_note', lines: [goods('8471', '2', '1000')] }),
    expect: {
      lines: [{ quantity: '2', gross: '-2000.00', taxableValue: '-2000.00', cgst: '-180.00', sgst: '-180.00', lineTotal: '-2360.00' }],
      totals: { taxableValue: '-2000.00', cgst: '-180.00', sgst: '-180.00', totalTax: '-360.00', taxCollected: '-360.00', grandTotal: '-2360.00' },
      categories: { taxable: '-2000.00' },
    },
  },
  {
    rule: 'credit note inter-state with cess',
    // 10 × 50 = −500; IGST 28% = −140; cess 12% = −60; total −700
    input: doc({ documentType: 'credit_note', buyer: b2b('29'), lines: [goods('2202', '10', '50')] }),
    expect: { totals: { igst: '-140.00', cess: '-60.00', totalTax: '-200.00', grandTotal: '-700.00' } },
  },
  {
    rule: 'credit note under reverse charge: negative RCM tax',
    // −10000; CGST −250; SGST −250; RCM −500
    input: doc({ documentType: 'credit_note', reverseCharge: true, lines: [service('996511', '10000')] }),
    expect: { totals: { cgst: '-250.00', sgst: '-250.00', reverseChargeTax: '-500.00', taxCollected: '0.00', grandTotal: '-10000.00' } },
  },
  {
    rule: 'debit note: positive like an invoice',
    // 200 at 5%: 5 + 5; total 210
    input: doc({ documentType: 'debit_note', lines: [service('996331', '200')] }),
    expect: { totals: { cgst: '5.00', sgst: '5.00', grandTotal: '210.00' } },
  },

  // ── rates by effective date ─────────────────────────────────────────────────────────────────
  {
    rule: 'rate change: the day before the change uses the old rate (soap 18%)',
    // 10 × 50 = 500; 9% = 45 each; total 590
    input: doc({ date: '2025-09-21', lines: [goods('3401', '10', '50')] }),
    expect: { lines: [{ rate: '18' }], totals: { cgst: '45.00', sgst: '45.00', grandTotal: '590.00' } },
  },
  {
    rule: 'rate change: on the effective date the new rate applies (soap 5%)',
    // 500; 2.5% = 12.50 each; total 525
    input: doc({ date: '2025-09-22', lines: [goods('3401', '10', '50')] }),
    expect: { lines: [{ rate: '5' }], totals: { cgst: '12.50', sgst: '12.50', grandTotal: '525.00' } },
  },
  {
    rule: 'rate change removes the cess too (car after 2025-09-22: 18%, no cess)',
    // 800000; IGST 18% = 144000; no cess
    input: doc({ date: '2025-09-22', buyer: b2b('29'), lines: [goods('8703', '1', '800000')] }),
    expect: { totals: { igst: '144000.00', cess: '0.00', grandTotal: '944000.00' } },
  },
  {
    rule: 'no rate in force before the first effective date: typed error on the line’s HSN',
    input: doc({ date: '2017-06-30', lines: [goods('8471', '1', '1000')] }),
    error: { code: 'TAX.RATE_NOT_FOUND', paths: ['lines[0].hsn'] },
  },

  // ── nil-rated, exempt and non-GST kept apart ────────────────────────────────────────────────
  {
    rule: 'nil-rated, exempt and non-GST supplies totalled apart from taxable ones',
    // computers 1000 (90 + 90); milk 2 × 50 = 100 nil; books 3 × 200 = 600 exempt; petrol 10 × 100 = 1000 non-GST;
    // value 2700; tax 180; total 2880
    input: doc({ lines: [goods('8471', '1', '1000'), goods('0401', '2', '50'), goods('4901', '3', '200'), goods('2710', '10', '100')] }),
    expect: {
      lines: [{ category: 'taxable' }, { category: 'nil_rated', totalTax: '0.00' }, { category: 'exempt', totalTax: '0.00' }, { category: 'non_gst', totalTax: '0.00' }],
      categories: { taxable: '1000.00', nilRated: '100.00', exempt: '600.00', nonGst: '1000.00', zeroRated: '0.00' },
      totals: { taxableValue: '2700.00', totalTax: '180.00', grandTotal: '2880.00' },
    },
  },
  {
    rule: 'a line’s category overrides the resolver (exempt by notification)',
    // 1000 exempt; no tax
    input: doc({ lines: [goods('8471', '1', '1000', { category: 'exempt' })] }),
    expect: { lines: [{ category: 'exempt', rate: '0', cgst: '0.00' }], categories: { exempt: '1000.00', taxable: '0.00' } },
  },
  {
    rule: 'a taxable item at 0% without cess is reported as nil-rated',
    // rice 5 × 40 = 200 nil-rated
    input: doc({ lines: [goods('1006', '5', '40')] }),
    expect: { lines: [{ category: 'nil_rated' }], categories: { nilRated: '200.00' }, totals: { grandTotal: '200.00' } },
  },
  {
    rule: 'non-GST supply on an inter-state invoice carries no IGST',
    // petrol 50 × 100 = 5000 non-GST
    input: doc({ buyer: b2b('29'), lines: [goods('2710', '50', '100')] }),
    expect: { categories: { nonGst: '5000.00' }, totals: { igst: '0.00', grandTotal: '5000.00' } },
  },
  {
    rule: 'an exempt line needs no rate: unknown HSN with an explicit category is fine',
    // 300 exempt
    input: doc({ lines: [goods('9999', '1', '300', { category: 'exempt' })] }),
    expect: { categories: { exempt: '300.00' } },
  },

  // ── invalid input: typed errors with codes and field paths ──────────────────────────────────
  {
    rule: 'zero quantity is refused',
    input: doc({ lines: [goods('8471', '0', '100')] }),
    error: { code: 'TAX.INVALID_INPUT', paths: ['lines[0].quantity'] },
  },
  {
    rule: 'a malformed HSN on the third line is reported at lines[2].hsn',
    input: doc({ lines: [goods('8471', '1', '1'), goods('8471', '1', '1'), goods('84A1', '1', '1')] }),
    error: { code: 'TAX.INVALID_INPUT', paths: ['lines[2].hsn'] },
  },
  {
    rule: 'a registered buyer needs a GSTIN',
    input: doc({ buyer: { country: 'IN', registration: 'registered' }, lines: [goods('8471', '1', '1')] }),
    error: { code: 'TAX.INVALID_INPUT', paths: ['buyer.gstin'] },
  },
  {
    rule: 'a GSTIN with a wrong check character is refused',
    input: doc({ buyer: { country: 'IN', registration: 'registered', gstin: `${gstin('27').slice(0, 14)}${gstin('27').endsWith('A') ? 'B' : 'A'}` }, lines: [goods('8471', '1', '1')] }),
    error: { code: 'TAX.INVALID_INPUT', paths: ['buyer.gstin'] },
  },
  {
    rule: 'negative prices are refused (credit notes take positive values)',
    input: doc({ documentType: 'credit_note', lines: [goods('8471', '1', '-100')] }),
    error: { code: 'TAX.INVALID_INPUT', paths: ['lines[0].unitPrice'] },
  },
  {
    rule: 'a line gives exactly one of unitPrice and amount',
    input: doc({ lines: [goods('8471', '1', '100', { amount: '100' })] }),
    error: { code: 'TAX.INVALID_INPUT', paths: ['lines[0].unitPrice'] },
  },
  {
    rule: 'a document needs lines',
    input: doc({ lines: [] }),
    error: { code: 'TAX.INVALID_INPUT', paths: ['lines'] },
  },
  {
    rule: 'an impossible date is refused',
    input: doc({ date: '2025-02-30', lines: [goods('8471', '1', '1')] }),
    error: { code: 'TAX.INVALID_INPUT', paths: ['date'] },
  },
  {
    rule: 'an HSN with no rate is a typed 422 on that line',
    input: doc({ lines: [goods('8471', '1', '1'), goods('7113', '1', '1')] }),
    error: { code: 'TAX.RATE_NOT_FOUND', paths: ['lines[1].hsn'] },
  },
  {
    rule: 'the seller must be in India',
    input: doc({ seller: { country: 'AE', stateCode: '27', registration: 'regular' }, lines: [goods('8471', '1', '1')] }),
    error: { code: 'TAX.INVALID_INPUT', paths: ['seller.country'] },
  },
  {
    rule: 'an overseas buyer cannot be in India',
    input: doc({ buyer: { country: 'IN', registration: 'overseas' }, lines: [goods('8471', '1', '1')] }),
    error: { code: 'TAX.INVALID_INPUT', paths: ['buyer.registration'] },
  },
  {
    rule: 'an inclusive price below its specific cess cannot be split',
    // specific cess 10 × 400 = 4000 > 100
    input: doc({ lines: [{ hsn: '2701', kind: 'goods', quantity: '10', amount: '100', priceIncludesTax: true }] }),
    error: { code: 'TAX.INVALID_INPUT', paths: ['lines[0].amount'] },
  },
  {
    rule: 'amounts carry at most two decimals',
    input: doc({ lines: [service('998311', '100.005')] }),
    error: { code: 'TAX.INVALID_INPUT', paths: ['lines[0].amount'] },
  },
  {
    rule: 'a discount larger than the line is refused',
    input: doc({ lines: [goods('8471', '1', '100', { discount: { amount: '100.01' } })] }),
    error: { code: 'TAX.INVALID_INPUT', paths: ['lines[0].discount.amount'] },
  },
  {
    rule: 'every problem is reported at once, each with its path',
    input: doc({ date: 'tomorrow', lines: [goods('8471', '0', '1'), goods('8471', '1', '1', { rate: '101' }), goods('8471', '1', '1', { discount: { percent: '5', amount: '1' } as never })] }),
    error: { code: 'TAX.INVALID_INPUT', paths: ['date', 'lines[0].quantity', 'lines[1].rate', 'lines[2].discount'] },
  },
  {
    rule: 'an unknown place-of-supply state code is refused',
    input: doc({ placeOfSupply: '99', lines: [goods('8471', '1', '1')] }),
    error: { code: 'TAX.INVALID_INPUT', paths: ['placeOfSupply'] },
  },
];
