import { Decimal } from 'decimal.js';
import { currencyExponent, formatMoney } from '../../../kernel/money.js';

/** A decimal string (any scale) as minor units of `currency`, rounded half-up once. */
export function toMinor(value: Decimal.Value, currency: string): bigint {
  return BigInt(new Decimal(value).mul(new Decimal(10).pow(currencyExponent(currency))).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));
}

/** Minor units as the decimal string JSON carries ("1234.50"). */
export function fromMinor(minor: bigint, currency: string): string {
  return formatMoney(minor, currency);
}

/** A decimal string re-formatted with the currency's decimals ("1000.000" → "1000.00"). */
export function money(value: Decimal.Value, currency: string): string {
  return fromMinor(toMinor(value, currency), currency);
}

/** quantity × unit price, rounded half-up to the currency's minor unit. */
export function lineAmount(quantity: Decimal.Value, unitPrice: Decimal.Value, currency: string): bigint {
  return toMinor(new Decimal(quantity).mul(unitPrice), currency);
}

/** Quantities as canonical decimal strings ("2.500" → "2.5"). */
export const qty = (value: Decimal.Value) => new Decimal(value).toFixed();

/**
 * The part of `total` that `part` of `whole` carries, after `taken` of it already carried
 * `alreadyTaken`. Rounds the running total (half-up), not each part, so the parts of a whole are
 * never negative and add up to the total exactly: taking everything left takes exactly what is left.
 */
export function prorate(total: bigint, whole: Decimal.Value, taken: Decimal.Value, part: Decimal.Value, alreadyTaken: bigint): bigint {
  const w = new Decimal(whole);
  const upTo = new Decimal(taken).add(part);
  if (upTo.gte(w)) return total - alreadyTaken;
  const cumulative = BigInt(new Decimal(total.toString()).mul(upTo).div(w).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));
  const share = cumulative - alreadyTaken;
  const left = total - alreadyTaken;
  return share < 0n ? 0n : share > left ? left : share;
}

/** Component of a taxable amount at a percent, half-up to the minor unit. */
export function percentOf(taxable: bigint, percent: Decimal.Value): bigint {
  return BigInt(new Decimal(taxable.toString()).mul(percent).div(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));
}

export type BillStatus = 'draft' | 'posted' | 'partly_paid' | 'paid' | 'void';

/** A posted bill's status from what is left to pay. */
export function settledStatus(payable: bigint, settled: bigint): BillStatus {
  if (settled <= 0n) return 'posted';
  return settled >= payable ? 'paid' : 'partly_paid';
}

/** Adds `days` to an ISO date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The order's status from its lines' received quantities. */
export function receivedStatus(lines: readonly { stocked: boolean; quantity: Decimal.Value; received: Decimal.Value }[]): 'confirmed' | 'partly_received' | 'received' {
  const stocked = lines.filter((l) => l.stocked);
  if (stocked.length === 0 || stocked.every((l) => new Decimal(l.received).isZero())) return 'confirmed';
  return stocked.every((l) => new Decimal(l.received).gte(l.quantity)) ? 'received' : 'partly_received';
}
