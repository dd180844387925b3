import { Decimal } from 'decimal.js';
import { convertMinor, formatMoney } from '../../../kernel/money.js';
import type { LineInput } from './entries.js';
import { invalidSettlement } from './fx-errors.js';

/**
 * Exchange rates are decimal strings: units of the base currency one unit of the foreign currency
 * is worth ("83.25" for USD→INR). Stored as numeric(30,18): up to 12 integer digits, 18 decimals.
 */
export const RATE_RE = /^(0|[1-9][0-9]{0,11})(\.[0-9]{1,18})?$/;

/** A rate in canonical form (no trailing zeros), or null when it is not a positive rate the table holds. */
export function canonicalRate(value: string): string | null {
  if (!RATE_RE.test(value)) return null;
  const rate = new Decimal(value);
  return rate.isZero() ? null : rate.toFixed();
}

/** Minor units of a foreign currency in minor units of the base currency, rounded half away from zero once. */
export function toBase(amount: bigint, currency: string, baseCurrency: string, rate: Decimal.Value): bigint {
  return convertMinor(amount, currency, baseCurrency, rate, 'half_up');
}

/** Significant digits kept of a cross rate; more than any published reference rate carries. */
export const CROSS_RATE_DIGITS = 12;

/**
 * Cross rates to `baseCurrency` from rates quoted against one pivot currency (ECB: units of each
 * currency per 1 EUR). The result says how much base currency one unit of each other currency is
 * worth: pivotRates[base] / pivotRates[currency], rounded half-even to 12 significant digits and
 * then to the table's 18 decimals. Returns null when the pivot list has no rate for the base.
 */
export function crossRates(pivot: string, pivotRates: ReadonlyMap<string, string>, baseCurrency: string): Map<string, string> | null {
  const all = new Map<string, Decimal>([[pivot, new Decimal(1)], ...[...pivotRates].map(([c, r]) => [c, new Decimal(r)] as const)]);
  const base = all.get(baseCurrency);
  if (!base) return null;
  const out = new Map<string, string>();
  for (const [currency, perPivot] of [...all].sort(([a], [b]) => a.localeCompare(b))) {
    if (currency === baseCurrency || perPivot.lte(0)) continue;
    const cross = base
      .div(perPivot)
      .toSignificantDigits(CROSS_RATE_DIGITS, Decimal.ROUND_HALF_EVEN)
      .toDecimalPlaces(18, Decimal.ROUND_HALF_EVEN);
    if (cross.gt(0)) out.set(currency, cross.toFixed());
  }
  return out;
}

/** The day after an ISO date (where the revaluation's reversal goes). */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

// ---------------- revaluation ----------------

/**
 * Base-currency-only changes to the value of a foreign balance (revaluation, realised gain/loss)
 * are base-currency lines on the account, tagged `fx-adjustment:<currency>`: the tag says which
 * foreign balance they belong to, so the next revaluation knows what that balance carries.
 */
export const FX_ADJUSTMENT_TAG = 'fx-adjustment';
export const fxAdjustmentTag = (currency: string) => `${FX_ADJUSTMENT_TAG}:${currency}`;

/** An open foreign-currency balance of one account, debit-positive. */
export interface FxPosition {
  accountId: string;
  currency: string;
  /** Debit minus credit, in the foreign currency. */
  foreignNet: bigint;
  /** Debit minus credit in base currency, as carried (including earlier revaluations up to the date). */
  carriedBaseNet: bigint;
}

export interface RevaluedPosition extends FxPosition {
  rate: string;
  /** What the foreign balance is worth at the closing rate, debit-positive. */
  revaluedBaseNet: bigint;
  /** revalued − carried: positive raises the account's debit balance in base currency. */
  difference: bigint;
}

export function revaluePositions(positions: readonly FxPosition[], rates: ReadonlyMap<string, string>, baseCurrency: string): RevaluedPosition[] {
  return positions.map((p) => {
    const rate = rates.get(p.currency);
    if (rate === undefined) throw new Error(`revaluePositions: no rate for ${p.currency}`);
    const revaluedBaseNet = toBase(p.foreignNet, p.currency, baseCurrency, rate);
    return { ...p, rate, revaluedBaseNet, difference: revaluedBaseNet - p.carriedBaseNet };
  });
}

/** Net unrealised gain (positive) or loss (negative) in base currency of revalued positions. */
export function unrealisedTotal(revalued: readonly RevaluedPosition[]): bigint {
  return revalued.reduce((sum, p) => sum + p.difference, 0n);
}

/**
 * The revaluation entry: one base-currency line per position whose value changed (tagged with its
 * foreign balance), and one line on the
 * gain/loss account for the net. Empty when nothing changed.
 */
export function revaluationLines(revalued: readonly RevaluedPosition[], gainLossAccountId: string, baseCurrency: string): LineInput[] {
  const lines: LineInput[] = [];
  for (const p of revalued) {
    if (p.difference === 0n) continue;
    const amount = p.difference > 0n ? p.difference : -p.difference;
    lines.push({
      accountId: p.accountId,
      currency: baseCurrency,
      ...(p.difference > 0n ? { debit: amount } : { credit: amount }),
      memo: `${p.currency} ${formatMoney(p.foreignNet, p.currency)} at ${p.rate}`,
      tags: [FX_ADJUSTMENT_TAG, fxAdjustmentTag(p.currency)],
    });
  }
  const total = unrealisedTotal(revalued);
  if (total !== 0n) {
    lines.push({
      accountId: gainLossAccountId,
      currency: baseCurrency,
      ...(total > 0n ? { credit: total } : { debit: -total }),
      memo: total > 0n ? 'Unrealised exchange gain' : 'Unrealised exchange loss',
      tags: [FX_ADJUSTMENT_TAG],
    });
  }
  return lines;
}

// ---------------- realised gain/loss ----------------

export interface SettlementInput {
  /** The whole invoice (or bill) in its currency, minor units. */
  invoiceAmount: bigint;
  /** The rate the invoice was booked at (base per unit of `currency`). */
  invoiceRate: Decimal.Value;
  /** What this payment settles, in the invoice currency, minor units. */
  paymentAmount: bigint;
  /** The rate of the payment date. */
  paymentRate: Decimal.Value;
  currency: string;
  baseCurrency: string;
  /** `receivable` (a customer pays us, default) or `payable` (we pay a supplier). */
  side?: 'receivable' | 'payable';
  /** What earlier payments settled of this invoice, in its currency (default 0). */
  previouslyPaid?: bigint;
  /** The invoice's base amount as posted, when it was not amount × rate (default: that product, rounded). */
  invoiceBase?: bigint;
}

export interface SettlementResult {
  /** The invoice's value in base currency as booked. */
  invoiceBase: bigint;
  /** The part of `invoiceBase` this payment clears from the receivable/payable. */
  settledBase: bigint;
  /** The payment's value in base currency at the payment rate. */
  paymentBase: bigint;
  /** Realised gain (positive) or loss (negative) in base currency. */
  gainLoss: bigint;
  /** Base-currency line on the receivable/payable (tagged `tags`), null when there is no gain or loss. */
  adjustment: { debit: bigint; credit?: undefined } | { credit: bigint; debit?: undefined } | null;
  /** Base-currency line on the exchange gain/loss account, null when there is nothing to post. */
  line: { debit: bigint; credit?: undefined } | { credit: bigint; debit?: undefined } | null;
  /** Tags of the adjustment line, so revaluation counts it as part of the foreign balance. */
  tags: string[];
}

/**
 * Realised exchange gain or loss of a payment against a foreign-currency invoice. The carried base
 * cleared by a payment is the cumulative carried value after it minus before it, where the
 * cumulative value of `c` paid is `c × invoiceRate` (rounded) until the invoice is fully paid and
 * exactly `invoiceBase` then, so the payments of an invoice clear its base amount to the minor
 * unit, and a payment at the invoice rate (of the whole invoice, or the first of several) has no
 * gain or loss.
 *
 * The payment entry (the ledger balances each currency on its own): the bank and the
 * receivable/payable lines of `paymentAmount` both carry `paymentBase`; then `adjustment` on the
 * receivable/payable and `line` on the gain/loss account, both in base currency, move the
 * difference, so the receivable/payable's base value drops by exactly `settledBase`.
 */
export function realisedFxGainLoss(input: SettlementInput): SettlementResult {
  const { invoiceAmount, paymentAmount, currency, baseCurrency } = input;
  const previouslyPaid = input.previouslyPaid ?? 0n;
  if (invoiceAmount <= 0n || paymentAmount <= 0n || previouslyPaid < 0n) throw invalidSettlement('Invoice and payment amounts must be positive');
  if (previouslyPaid + paymentAmount > invoiceAmount) throw invalidSettlement('The payment settles more than is left of the invoice');
  if (!new Decimal(input.invoiceRate).gt(0) || !new Decimal(input.paymentRate).gt(0)) throw invalidSettlement('Exchange rates must be positive');
  const invoiceBase = input.invoiceBase ?? toBase(invoiceAmount, currency, baseCurrency, input.invoiceRate);
  const carriedAt = (paid: bigint) => (paid === invoiceAmount ? invoiceBase : toBase(paid, currency, baseCurrency, input.invoiceRate));
  const settledBase = carriedAt(previouslyPaid + paymentAmount) - carriedAt(previouslyPaid);
  const paymentBase = toBase(paymentAmount, currency, baseCurrency, input.paymentRate);
  const gainLoss = (input.side ?? 'receivable') === 'receivable' ? paymentBase - settledBase : settledBase - paymentBase;
  // A gain raises a receivable's (or lowers a payable's) base value by as much as the payment line over-clears.
  const adjustment = gainLoss > 0n ? { debit: gainLoss } : gainLoss < 0n ? { credit: -gainLoss } : null;
  const line = gainLoss > 0n ? { credit: gainLoss } : gainLoss < 0n ? { debit: -gainLoss } : null;
  return { invoiceBase, settledBase, paymentBase, gainLoss, adjustment, line, tags: [FX_ADJUSTMENT_TAG, fxAdjustmentTag(currency)] };
}
