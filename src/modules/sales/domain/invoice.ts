import { Decimal } from 'decimal.js';
import { formatMoney } from '../../../kernel/money.js';
import { negativeSettlement, overpayment } from './invoice-errors.js';

/** Stored status of an invoice (as in contracts.ts). */
export type InvoiceStatus = 'draft' | 'issued' | 'partly_paid' | 'paid' | 'void';

/** One tax component of a line or a document: CGST, SGST, UTGST, IGST, cess, or a VAT/sales-tax rate. */
export interface TaxComponent {
  /** cgst | sgst | utgst | igst | cess for GST; the tax rate's code for VAT. */
  code: string;
  /** As printed: "CGST 9%". */
  label: string;
  rate: string;
  amount: string;
}

/** A document's tax row: one per (code, rate), with the taxable value it was charged on. */
export interface TaxRow extends TaxComponent {
  taxableValue: string;
}

export const GST_CODES = ['cgst', 'sgst', 'utgst', 'igst', 'cess'] as const;

/** Stored status after a settlement: nothing settled → issued; some → partly paid; all → paid. */
export function statusFor(totalMinor: bigint, paidMinor: bigint): Exclude<InvoiceStatus, 'draft' | 'void'> {
  if (paidMinor <= 0n) return 'issued';
  return paidMinor >= totalMinor ? 'paid' : 'partly_paid';
}

/**
 * The amount settled after adding `delta` (minor units; negative takes a settlement back):
 * refuses to go above the total or below zero.
 */
export function settle(totalMinor: bigint, paidMinor: bigint, delta: bigint, currency: string): { paidMinor: bigint; status: Exclude<InvoiceStatus, 'draft' | 'void'> } {
  const after = paidMinor + delta;
  if (after > totalMinor) throw overpayment(formatMoney(totalMinor - paidMinor, currency));
  if (after < 0n) throw negativeSettlement(formatMoney(paidMinor, currency));
  return { paidMinor: after, status: statusFor(totalMinor, after) };
}

/** An open invoice is overdue the day after its due date. */
export function isOverdue(status: InvoiceStatus, dueDate: string, today: string): boolean {
  return (status === 'issued' || status === 'partly_paid') && dueDate < today;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `amount × part ÷ whole`, rounded half-up to `decimals`. */
export function share(amount: Decimal.Value, part: Decimal.Value, whole: Decimal.Value, decimals: number): Decimal {
  return new Decimal(amount).mul(part).div(whole).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/** Sums tax components into document rows by (code, rate), in first-seen order. */
export function taxRows(lines: readonly { taxableValue: string; components: readonly TaxComponent[] }[]): TaxRow[] {
  const rows = new Map<string, { code: string; label: string; rate: string; amount: Decimal; taxable: Decimal }>();
  for (const line of lines) {
    for (const c of line.components) {
      if (new Decimal(c.amount).isZero()) continue;
      const key = `${c.code}|${new Decimal(c.rate).toFixed()}`;
      const row = rows.get(key) ?? { code: c.code, label: c.label, rate: c.rate, amount: new Decimal(0), taxable: new Decimal(0) };
      row.amount = row.amount.add(c.amount);
      row.taxable = row.taxable.add(line.taxableValue);
      rows.set(key, row);
    }
  }
  return [...rows.values()].map((r) => ({ code: r.code, label: r.label, rate: r.rate, amount: r.amount.toFixed(2), taxableValue: r.taxable.toFixed(2) }));
}

/** "CGST 9%" from a code and a rate ("9.000" → "9"). */
export function componentLabel(code: string, rate: string, name?: string): string {
  const shown = new Decimal(rate).toFixed();
  return `${name ?? code.toUpperCase()} ${shown}%`;
}

/**
 * What a credit of `quantity` of an invoice line takes back: its share of the line's taxable value
 * and of each tax component. Shares are cumulative — after crediting k of n units, exactly
 * round(whole × k ÷ n) has been taken — so credit notes never add up to more than the line, and
 * crediting the last units takes exactly what is left (rounding included).
 */
export function creditShare(
  line: { quantity: string; taxableValue: string; components: readonly TaxComponent[] },
  credited: { quantity: string; taxableValue: string; components: ReadonlyMap<string, string> },
  quantity: string,
  decimals: number,
): { taxableValue: string; components: TaxComponent[]; tax: string; total: string } {
  const after = new Decimal(credited.quantity).add(quantity);
  const part = (whole: string, already: string) => Decimal.max(0, share(whole, after, line.quantity, decimals).sub(already));
  const taxableValue = part(line.taxableValue, credited.taxableValue);
  const components = line.components.map((c) => ({ ...c, amount: part(c.amount, credited.components.get(c.code) ?? '0').toFixed(decimals) }));
  const tax = components.reduce((s, c) => s.add(c.amount), new Decimal(0));
  return { taxableValue: taxableValue.toFixed(decimals), components, tax: tax.toFixed(decimals), total: taxableValue.add(tax).toFixed(decimals) };
}

/** The cumulative share of a minor-unit value (stock cost) for `quantity` more of `of` units, as creditShare. */
export function minorShare(value: bigint, quantity: string, of: string, alreadyValue: bigint, alreadyQuantity: string): bigint {
  const target = BigInt(new Decimal(value.toString()).mul(new Decimal(alreadyQuantity).add(quantity)).div(of).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));
  return target > alreadyValue ? target - alreadyValue : 0n;
}
