import { Decimal } from 'decimal.js';

/**
 * The cost a return takes back, in minor units: the delivered cost pro rata to the quantity
 * returned (half-up), and exactly what is left when the rest of the line comes back, so the
 * returns of a line always add up to the cost it left with.
 */
export function returnCost(line: { quantity: string; returned: string; cost: bigint; returnedCost: bigint }, quantity: string): bigint {
  const remaining = new Decimal(line.quantity).sub(line.returned);
  const q = new Decimal(quantity);
  if (q.gt(remaining)) throw new RangeError('return exceeds what is left of the line');
  if (q.eq(remaining)) return line.cost - line.returnedCost;
  const share = new Decimal(line.cost.toString()).mul(q).div(line.quantity).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  const value = BigInt(share.toFixed(0));
  return value > line.cost - line.returnedCost ? line.cost - line.returnedCost : value;
}

/** Allocates a quantity over lines with room, in order (e.g. invoicing delivered units note by note). */
export function allocate<T extends { room: Decimal }>(items: readonly T[], quantity: Decimal): { item: T; quantity: Decimal }[] {
  const out: { item: T; quantity: Decimal }[] = [];
  let left = quantity;
  for (const item of items) {
    if (left.lte(0)) break;
    const take = Decimal.min(item.room, left);
    if (take.gt(0)) {
      out.push({ item, quantity: take });
      left = left.sub(take);
    }
  }
  return out;
}
