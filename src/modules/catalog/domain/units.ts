import { Decimal } from 'decimal.js';

/** The units every tenant starts with: code and name. */
export const DEFAULT_UNITS: readonly (readonly [code: string, name: string])[] = [
  ['pcs', 'Pieces'],
  ['nos', 'Numbers'],
  ['box', 'Box'],
  ['kg', 'Kilogram'],
  ['g', 'Gram'],
  ['l', 'Litre'],
  ['ml', 'Millilitre'],
  ['m', 'Metre'],
  ['cm', 'Centimetre'],
  ['dozen', 'Dozen'],
  ['pack', 'Pack'],
  ['hour', 'Hour'],
  ['day', 'Day'],
  ['month', 'Month'],
];

/** Enough significant digits that no factor or quantity Kontor stores loses precision in a product. */
const Exact = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });

/** How many base units one of a unit holds: `1` for the base unit itself, `12` for a box of 12. */
export type Factors = ReadonlyMap<string, Decimal.Value>;

export class UnknownUnitError extends Error {
  constructor(readonly unit: string) {
    super(`The product has no unit ${unit}`);
  }
}

export function factorOf(factors: Factors, unit: string): Decimal {
  const f = factors.get(unit);
  if (f === undefined) throw new UnknownUnitError(unit);
  return new Exact(f);
}

/** A quantity in `unit` expressed in base units: exact (a product of two decimals). */
export function toBase(quantity: Decimal.Value, factors: Factors, unit: string): Decimal {
  return new Exact(quantity).times(factorOf(factors, unit));
}

export interface Converted {
  quantity: Decimal;
  /** False when the quotient did not terminate within `scale` decimals and was rounded half-up. */
  exact: boolean;
}

/**
 * Converts a quantity between two units of one product: `quantity × from ÷ to`, rounded half-up to
 * `scale` decimals only when the exact result has more (3 pcs in dozens is 0.25; 1 pcs is 0.083333).
 */
export function convert(quantity: Decimal.Value, factors: Factors, from: string, to: string, scale = 6): Converted {
  const numerator = toBase(quantity, factors, from);
  const denominator = factorOf(factors, to);
  const rounded = numerator.div(denominator).toDecimalPlaces(scale, Decimal.ROUND_HALF_UP);
  return { quantity: new Decimal(rounded.toFixed()), exact: rounded.times(denominator).eq(numerator) };
}

/** The price of one `to` unit given the price of one `from` unit (a box of 12 at 120 → 10 per pcs), unrounded. */
export function convertUnitPrice(price: Decimal.Value, factors: Factors, from: string, to: string): Decimal {
  return new Exact(price).times(factorOf(factors, to)).div(factorOf(factors, from));
}

/** The factor map of a product: its base unit at 1 and each alternate unit at its factor. */
export function factorsOf(baseUnit: string, alternates: readonly { unit: string; factor: Decimal.Value }[]): Map<string, Decimal.Value> {
  const out = new Map<string, Decimal.Value>(alternates.map((a) => [a.unit, a.factor]));
  out.set(baseUnit, 1);
  return out;
}
