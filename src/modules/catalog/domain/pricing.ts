import { Decimal } from 'decimal.js';
import { convertUnitPrice, toBase, type Factors } from './units.js';

export interface PriceRequest {
  quantity: Decimal.Value;
  unit: string;
  currency: string;
  customerGroup: string | null;
  /** ISO date the price applies on. */
  date: string;
}

export interface PriceListCandidate {
  id: string;
  name: string;
  currency: string;
  customerGroup: string | null;
  validFrom: string | null;
  validTo: string | null;
  taxInclusive: boolean;
  status: 'active' | 'archived';
  /** This product's items in the list. */
  items: readonly { unit: string; minQuantity: string; price: string }[];
}

export interface PricedProduct {
  factors: Factors;
  baseUnit: string;
  salePrice: string | null;
  currency: string;
}

export interface PriceChoice {
  /** Exact price of one requested unit (unrounded). */
  unitPrice: Decimal;
  taxInclusive: boolean;
  source:
    | { kind: 'price_list'; priceListId: string; priceListName: string; unit: string; minQuantity: string; price: string }
    | { kind: 'product' };
}

function applies(list: PriceListCandidate, request: PriceRequest): boolean {
  return (
    list.status === 'active' &&
    list.currency === request.currency &&
    (list.validFrom === null || list.validFrom <= request.date) &&
    (list.validTo === null || list.validTo >= request.date) &&
    (list.customerGroup === null || (request.customerGroup !== null && list.customerGroup.toLowerCase() === request.customerGroup.toLowerCase()))
  );
}

/**
 * Most specific first: a list for the customer's group before one for everyone; then the one that
 * started most recently (an open start is oldest); then the narrower window; then by id, so the
 * choice never depends on the order rows came back in.
 */
function bySpecificity(x: PriceListCandidate, y: PriceListCandidate): number {
  const group = Number(y.customerGroup !== null) - Number(x.customerGroup !== null);
  if (group !== 0) return group;
  const from = (y.validFrom ?? '') < (x.validFrom ?? '') ? -1 : (y.validFrom ?? '') > (x.validFrom ?? '') ? 1 : 0;
  if (from !== 0) return from;
  const to = (x.validTo ?? '9999-99-99') < (y.validTo ?? '9999-99-99') ? -1 : (x.validTo ?? '9999-99-99') > (y.validTo ?? '9999-99-99') ? 1 : 0;
  return to !== 0 ? to : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/**
 * The price for a quantity of a product: from the most specific applicable price list that has a
 * tier for it (the highest minimum quantity not above the requested one, compared in base units,
 * a tier in the requested unit winning a tie), else the product's sale price in its base unit.
 * Null when neither gives a price in the requested currency.
 */
export function choosePrice(product: PricedProduct, lists: readonly PriceListCandidate[], request: PriceRequest): PriceChoice | null {
  const wanted = toBase(request.quantity, product.factors, request.unit);
  for (const list of lists.filter((l) => applies(l, request)).sort(bySpecificity)) {
    let best: { item: PriceListCandidate['items'][number]; min: Decimal } | null = null;
    for (const item of list.items) {
      if (!product.factors.has(item.unit)) continue;
      const min = toBase(item.minQuantity, product.factors, item.unit);
      if (min.gt(wanted)) continue;
      const better = best === null || min.gt(best.min) || (min.eq(best.min) && item.unit === request.unit && best.item.unit !== request.unit);
      if (better) best = { item, min };
    }
    if (best) {
      const { item } = best;
      return {
        unitPrice: convertUnitPrice(item.price, product.factors, item.unit, request.unit),
        taxInclusive: list.taxInclusive,
        source: { kind: 'price_list', priceListId: list.id, priceListName: list.name, unit: item.unit, minQuantity: item.minQuantity, price: item.price },
      };
    }
  }
  if (product.salePrice === null || product.currency !== request.currency) return null;
  return { unitPrice: convertUnitPrice(product.salePrice, product.factors, product.baseUnit, request.unit), taxInclusive: false, source: { kind: 'product' } };
}

/** A unit price for display: at least the currency's decimals, at most 6 (rounded half-up). */
export function formatUnitPrice(price: Decimal, exponent: number): string {
  const rounded = price.toDecimalPlaces(6, Decimal.ROUND_HALF_UP);
  return rounded.decimalPlaces() < exponent ? rounded.toFixed(exponent) : rounded.toFixed();
}

/** The amount for the whole quantity, rounded half-up to the currency's minor unit. */
export function lineAmount(price: Decimal, quantity: Decimal.Value, exponent: number): string {
  return price.times(quantity).toFixed(exponent, Decimal.ROUND_HALF_UP);
}
