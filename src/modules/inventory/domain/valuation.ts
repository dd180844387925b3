import { Decimal } from 'decimal.js';

/**
 * Stock valuation, pure. Quantities are exact decimals in the product's base unit; values are
 * integers in base-currency minor units (bigint). Whenever a share of a value is taken it is
 * rounded half-up, and taking the whole of a layer or position takes its whole value, so values
 * are conserved exactly: what goes out plus what stays equals what came in.
 */
export type ValuationMethod = 'fifo' | 'moving_average';

export interface Layer {
  id: string;
  remaining: Decimal;
  /** Value of the remaining quantity. */
  value: bigint;
}

export interface Position {
  quantity: Decimal;
  value: bigint;
  /** Minor units per base unit: the last receipt's (FIFO) or the running average (moving average). */
  lastUnitCost: Decimal;
  /** FIFO: open layers, oldest first. Empty under moving average. */
  layers: Layer[];
}

export const EMPTY_POSITION: Position = { quantity: new Decimal(0), value: 0n, lastUnitCost: new Decimal(0), layers: [] };

const ZERO = new Decimal(0);

/** round_half_up(value × part / whole) — `part` of `whole` units worth `value` in total. */
export function share(value: bigint, part: Decimal, whole: Decimal): bigint {
  if (part.eq(whole)) return value;
  const exact = new Decimal(value.toString()).mul(part).div(whole);
  return BigInt(exact.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));
}

/** round_half_up(quantity × unit cost) in minor units. */
export function valueAt(quantity: Decimal, unitCost: Decimal): bigint {
  return BigInt(quantity.mul(unitCost).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));
}

export interface ReceiptResult {
  position: Position;
  /** The new FIFO layer, when any quantity is left after covering a shortfall. */
  layer: Layer | null;
  /**
   * When stock was below zero (issued at the last cost), the part of this receipt that covers the
   * shortfall is worth `covered`; it had been issued at `carried`. `correction = covered − carried`
   * is cost of goods sold put right: positive → Dr COGS / Cr Inventory, negative → the reverse.
   */
  correction: bigint;
}

/** Stock comes in: `quantity` > 0 worth `value` minor units in total. */
export function receive(pos: Position, method: ValuationMethod, quantity: Decimal, value: bigint, layerId: string): ReceiptResult {
  if (quantity.lte(0)) throw new Error('receive: quantity must be positive');
  let correction = 0n;
  let layerQty = quantity;
  let layerValue = value;
  if (pos.quantity.lt(0)) {
    const shortfall = pos.quantity.neg();
    const covered = Decimal.min(quantity, shortfall);
    const coveredValue = share(value, covered, quantity);
    const carried = share(-pos.value, covered, shortfall);
    correction = coveredValue - carried;
    layerQty = quantity.sub(covered);
    layerValue = value - coveredValue;
  }
  const newQty = pos.quantity.add(quantity);
  const newValue = pos.value + value - correction;
  const receiptCost = new Decimal(value.toString()).div(quantity);
  if (method === 'moving_average') {
    const avg = newQty.gt(0) ? new Decimal(newValue.toString()).div(newQty) : receiptCost;
    return { position: { quantity: newQty, value: newValue, lastUnitCost: avg, layers: [] }, layer: null, correction };
  }
  const layer = layerQty.gt(0) ? { id: layerId, remaining: layerQty, value: layerValue } : null;
  return {
    position: { quantity: newQty, value: newValue, lastUnitCost: receiptCost, layers: layer ? [...pos.layers, layer] : pos.layers },
    layer,
    correction,
  };
}

export interface Consumption {
  layerId: string;
  quantity: Decimal;
  value: bigint;
}

export interface IssueResult {
  position: Position;
  /** Cost of what went out (positive minor units). */
  value: bigint;
  /** FIFO: what was taken from each layer, oldest first. */
  consumed: Consumption[];
}

export class InsufficientStock extends Error {
  constructor(readonly available: Decimal) {
    super(`insufficient stock: ${available.toString()} available`);
  }
}

/**
 * Stock goes out: `quantity` > 0. Beyond what is on hand it is refused (InsufficientStock) unless
 * `allowNegative`, when the excess is valued at the last unit cost (corrected by the next receipt).
 */
export function issue(pos: Position, method: ValuationMethod, quantity: Decimal, allowNegative: boolean): IssueResult {
  if (quantity.lte(0)) throw new Error('issue: quantity must be positive');
  const onHand = Decimal.max(pos.quantity, ZERO);
  if (quantity.gt(onHand) && !allowNegative) throw new InsufficientStock(pos.quantity);
  const fromStock = Decimal.min(quantity, onHand);
  const excess = quantity.sub(fromStock);
  const excessValue = excess.gt(0) ? valueAt(excess, pos.lastUnitCost) : 0n;
  const newQty = pos.quantity.sub(quantity);

  if (method === 'moving_average') {
    const stockValue = fromStock.gt(0) ? share(pos.value, fromStock, pos.quantity) : 0n;
    const value = stockValue + excessValue;
    return { position: { ...pos, quantity: newQty, value: pos.value - value, layers: [] }, value, consumed: [] };
  }

  const consumed: Consumption[] = [];
  const layers: Layer[] = [];
  let need = fromStock;
  for (const layer of pos.layers) {
    if (need.lte(0)) {
      layers.push(layer);
      continue;
    }
    const take = Decimal.min(need, layer.remaining);
    const taken = share(layer.value, take, layer.remaining);
    consumed.push({ layerId: layer.id, quantity: take, value: taken });
    need = need.sub(take);
    const left = layer.remaining.sub(take);
    if (left.gt(0)) layers.push({ id: layer.id, remaining: left, value: layer.value - taken });
  }
  if (need.gt(0)) throw new Error('issue: FIFO layers do not cover the quantity on hand');
  const value = consumed.reduce((sum, c) => sum + c.value, 0n) + excessValue;
  return { position: { ...pos, quantity: newQty, value: pos.value - value, layers }, value, consumed };
}
