import { Decimal } from 'decimal.js';

/**
 * VAT / sales tax for everyone who is not computed by the GST engine: a pure calculator.
 *
 * Rules (each one exercised by test/tax/vat.test.ts):
 * - A line's net is `unitPrice × quantity − discount`. With exclusive prices the net is taxed; with
 *   inclusive prices `unitPrice` already contains every tax component (never the retentions), and the
 *   net is backed out of it.
 * - Components apply in order. A simple component is `net × rate`; a compound one is
 *   `(net + every earlier tax component) × rate` (Québec-style tax on tax).
 * - A retention (Mexico's ISR and IVA withholdings) is computed on the net and shown as a negative
 *   amount: the buyer withholds it, so it lowers what is payable but never the invoice total.
 * - Rounding is half-up to `decimals`. Per line: every component is rounded on each line and the
 *   document totals are the sums of the rounded line amounts. Per document: the exact line amounts
 *   are summed per component and each sum is rounded once.
 * - An inclusive line keeps its gross exactly: net is `gross ÷ (1 + effective rate)` rounded, the
 *   components are computed from that net, and the last tax component absorbs the rounding
 *   difference so that `net + taxes = gross` to the minor unit.
 */
export interface VatComponent {
  code: string;
  name: string;
  /** Percent as a decimal string, e.g. "19", "7.25", "10.6667". */
  rate: string;
  compound?: boolean;
  /** Withheld by the buyer: computed on the net and shown negative. */
  retention?: boolean;
}

export interface VatLineInput {
  unitPrice: string;
  quantity?: string;
  /** Amount off the line, in the same terms (inclusive or exclusive) as the price. */
  discount?: string;
  components: readonly VatComponent[];
  /** An exempt line carries no tax; the reason is kept for the document. */
  exemptReason?: string | null;
}

export type RoundingRule = 'line' | 'document';

export interface VatInput {
  lines: readonly VatLineInput[];
  pricesInclusive: boolean;
  rounding: RoundingRule;
  /** Minor-unit digits of the currency (2 for EUR/USD/GBP/MXN). */
  decimals: number;
}

export interface ComponentAmount {
  code: string;
  name: string;
  rate: string;
  compound: boolean;
  retention: boolean;
  base: string;
  amount: string;
}

export interface VatLineResult {
  index: number;
  net: string;
  tax: string;
  retention: string;
  /** net + tax. */
  gross: string;
  /** gross + retention (retention is negative): what the buyer pays. */
  payable: string;
  exemptReason: string | null;
  components: ComponentAmount[];
}

export interface VatResult {
  rounding: RoundingRule;
  pricesInclusive: boolean;
  lines: VatLineResult[];
  totals: { net: string; tax: string; retention: string; gross: string; payable: string; components: ComponentAmount[] };
}

const HUNDRED = new Decimal(100);

function round(value: Decimal, decimals: number): Decimal {
  return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

function fixed(value: Decimal, decimals: number): string {
  const text = value.toFixed(decimals);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

interface ExactLine {
  net: Decimal;
  gross: Decimal | null;
  exemptReason: string | null;
  amounts: { component: VatComponent; base: Decimal; amount: Decimal }[];
}

/** Tax factors per unit of net: each component's share, compound ones on net plus earlier taxes. */
function factors(components: readonly VatComponent[]): { factor: Decimal; baseFactor: Decimal }[] {
  let cumulative = new Decimal(1);
  return components.map((c) => {
    const rate = new Decimal(c.rate).div(HUNDRED);
    const baseFactor = c.compound && !c.retention ? cumulative : new Decimal(1);
    const factor = baseFactor.mul(rate);
    if (!c.retention) cumulative = cumulative.add(factor);
    return { factor, baseFactor };
  });
}

/** Amounts of a line from its net; `roundEach` rounds every base and amount (per-line rule). */
function componentsFrom(net: Decimal, components: readonly VatComponent[], decimals: number, roundEach: boolean): ExactLine['amounts'] {
  let taxesSoFar = new Decimal(0);
  return components.map((component) => {
    const rate = new Decimal(component.rate).div(HUNDRED);
    let base = component.compound && !component.retention ? net.add(taxesSoFar) : net;
    if (roundEach) base = round(base, decimals);
    let amount = base.mul(rate);
    if (roundEach) amount = round(amount, decimals);
    if (component.retention) amount = amount.neg();
    else taxesSoFar = taxesSoFar.add(amount);
    return { component, base, amount };
  });
}

function exactLine(line: VatLineInput, input: VatInput): ExactLine {
  const price = new Decimal(line.unitPrice).mul(new Decimal(line.quantity ?? '1')).sub(new Decimal(line.discount ?? '0'));
  const exemptReason = line.exemptReason ?? null;
  const components = exemptReason ? [] : line.components;
  const perLine = input.rounding === 'line';
  if (!input.pricesInclusive) {
    const net = perLine ? round(price, input.decimals) : price;
    return { net, gross: null, exemptReason, amounts: componentsFrom(net, components, input.decimals, perLine) };
  }
  const multiplier = factors(components).reduce((sum, f, i) => (components[i]!.retention ? sum : sum.add(f.factor)), new Decimal(1));
  const gross = perLine ? round(price, input.decimals) : price;
  const net = perLine ? round(gross.div(multiplier), input.decimals) : gross.div(multiplier);
  const amounts = componentsFrom(net, components, input.decimals, perLine);
  if (perLine) {
    // The last tax component absorbs the rounding so that net + taxes is the price the customer saw.
    const lastTax = amounts.map((a) => !a.component.retention).lastIndexOf(true);
    if (lastTax >= 0) {
      const taxes = amounts.filter((a) => !a.component.retention).reduce((s, a) => s.add(a.amount), new Decimal(0));
      const diff = gross.sub(net).sub(taxes);
      amounts[lastTax] = { ...amounts[lastTax]!, amount: amounts[lastTax]!.amount.add(diff) };
    }
  }
  return { net, gross, exemptReason, amounts };
}

function sumOf(values: Decimal[]): Decimal {
  return values.reduce((s, v) => s.add(v), new Decimal(0));
}

export function computeVat(input: VatInput): VatResult {
  const d = input.decimals;
  const exact = input.lines.map((line) => exactLine(line, input));

  const lines: VatLineResult[] = exact.map((line, index) => {
    const net = round(line.net, d);
    const components = line.amounts.map((a) => ({
      code: a.component.code,
      name: a.component.name,
      rate: new Decimal(a.component.rate).toString(),
      compound: Boolean(a.component.compound),
      retention: Boolean(a.component.retention),
      base: fixed(round(a.base, d), d),
      amount: fixed(round(a.amount, d), d),
    }));
    const tax = sumOf(components.filter((c) => !c.retention).map((c) => new Decimal(c.amount)));
    const retention = sumOf(components.filter((c) => c.retention).map((c) => new Decimal(c.amount)));
    return {
      index,
      net: fixed(net, d),
      tax: fixed(tax, d),
      retention: fixed(retention, d),
      gross: fixed(net.add(tax), d),
      payable: fixed(net.add(tax).add(retention), d),
      exemptReason: line.exemptReason,
      components,
    };
  });

  // Totals per component (code + rate + kind), in order of first appearance.
  const groups = new Map<string, { first: ComponentAmount; bases: Decimal[]; amounts: Decimal[] }>();
  exact.forEach((line, li) => {
    line.amounts.forEach((a, ci) => {
      const shown = lines[li]!.components[ci]!;
      const key = `${shown.code}|${shown.rate}|${shown.retention}|${shown.compound}`;
      const group = groups.get(key) ?? { first: shown, bases: [], amounts: [] };
      group.bases.push(input.rounding === 'line' ? new Decimal(shown.base) : a.base);
      group.amounts.push(input.rounding === 'line' ? new Decimal(shown.amount) : a.amount);
      groups.set(key, group);
    });
  });
  const components = [...groups.values()].map((g) => ({
    ...g.first,
    base: fixed(round(sumOf(g.bases), d), d),
    amount: fixed(round(sumOf(g.amounts), d), d),
  }));
  const tax = sumOf(components.filter((c) => !c.retention).map((c) => new Decimal(c.amount)));
  const retention = sumOf(components.filter((c) => c.retention).map((c) => new Decimal(c.amount)));
  let net: Decimal;
  if (input.rounding === 'line') net = sumOf(lines.map((l) => new Decimal(l.net)));
  else if (input.pricesInclusive) net = round(sumOf(exact.map((l) => l.gross!)), d).sub(tax);
  else net = round(sumOf(exact.map((l) => l.net)), d);
  return {
    rounding: input.rounding,
    pricesInclusive: input.pricesInclusive,
    lines,
    totals: {
      net: fixed(net, d),
      tax: fixed(tax, d),
      retention: fixed(retention, d),
      gross: fixed(net.add(tax), d),
      payable: fixed(net.add(tax).add(retention), d),
      components,
    },
  };
}
