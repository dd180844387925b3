import { convertMinor, formatMoney } from '../../../kernel/money.js';
import * as errors from './payment-errors.js';

/**
 * Payments received: pure rules. Amounts are bigint minor units; a payment is in one currency and
 * settles invoices in that currency. The ledger entry is planned here by account role; the service
 * maps roles to accounts and the realised exchange difference comes from the ledger's helper
 * (passed in as `settledBaseOf`), so this file needs nothing but the kernel.
 */

export const PAYMENT_MODES = ['cash', 'bank_transfer', 'upi', 'cheque', 'card'] as const;
export type PaymentMode = (typeof PAYMENT_MODES)[number];

/** An open invoice as a payment sees it (minor units of the invoice currency). */
export interface InvoiceForPayment {
  id: string;
  number: string | null;
  customerId: string;
  currency: string;
  total: bigint;
  paid: bigint;
  due: bigint;
  /** Base-currency value of one unit of the invoice currency, as the invoice was booked. */
  rate: string;
}

export interface AllocationInput {
  invoiceId: string;
  amount: bigint;
  writeOff: bigint;
  /** Where a problem with this allocation is reported, e.g. `body.allocations[1]`. */
  path: string;
}

export interface AllocationCheck {
  customerId: string;
  currency: string;
  baseCurrency: string;
  /** What there is to allocate: the payment's amount, or a payment's unapplied advance. */
  available: bigint;
  /** `payment`: allocations above the amount are bad input (422); `advance`: the advance ran out (409). */
  source: 'payment' | 'advance';
  availablePath: string;
  allocations: readonly AllocationInput[];
  invoices: ReadonlyMap<string, InvoiceForPayment>;
  /** Largest write-off per allocation, in base-currency minor units. */
  writeOffLimit: bigint;
  /** Payment currency minor units → base-currency minor units at the payment's rate. */
  toBase: (minor: bigint) => bigint;
}

/** Paths of invoices listed twice (the first occurrence is fine). */
export function duplicateAllocations(allocations: readonly { invoiceId: string; path: string }[]): void {
  const seen = new Set<string>();
  for (const a of allocations) {
    if (seen.has(a.invoiceId)) throw errors.duplicateInvoice(`${a.path}.invoiceId`);
    seen.add(a.invoiceId);
  }
}

/**
 * Refuses what may not be allocated: invoices of another customer or currency, more than an
 * invoice's amount due (409: it changed under us or was asked wrongly), write-offs over the limit,
 * allocations (cash part, write-offs excluded) above what is available. Returns the totals.
 */
export function checkAllocations(c: AllocationCheck): { allocated: bigint; writtenOff: bigint; rest: bigint } {
  duplicateAllocations(c.allocations);
  let allocated = 0n;
  let writtenOff = 0n;
  for (const a of c.allocations) {
    if (a.amount <= 0n) throw errors.notPositive(`${a.path}.amount`);
    if (a.writeOff < 0n) throw errors.notPositive(`${a.path}.writeOff`);
    const invoice = c.invoices.get(a.invoiceId);
    if (!invoice) throw errors.invoiceUnknown(`${a.path}.invoiceId`);
    if (invoice.customerId !== c.customerId) throw errors.otherCustomer(`${a.path}.invoiceId`);
    if (invoice.currency !== c.currency) throw errors.currencyMismatch(`${a.path}.invoiceId`, invoice.currency, c.currency);
    if (a.amount + a.writeOff > invoice.due) throw errors.exceedsDue(`${a.path}.amount`, formatMoney(invoice.due, invoice.currency));
    if (a.writeOff > 0n && c.toBase(a.writeOff) > c.writeOffLimit) {
      throw errors.writeOffTooLarge(`${a.path}.writeOff`, formatMoney(c.writeOffLimit, c.baseCurrency), c.baseCurrency);
    }
    allocated += a.amount;
    writtenOff += a.writeOff;
  }
  if (allocated > c.available) {
    const fmt = (v: bigint) => formatMoney(v, c.currency);
    throw c.source === 'payment' ? errors.allocationsExceedPayment(c.availablePath, fmt(c.available), fmt(allocated)) : errors.exceedsAdvance(c.availablePath, fmt(c.available));
  }
  return { allocated, writtenOff, rest: c.available - allocated };
}

// ---------------- the ledger entry ----------------

export type AccountRole = 'deposit' | 'bankCharges' | 'receivable' | 'writeOff' | 'advances' | 'fxGainLoss';

/** One planned journal line; `baseAmount` is its value in base currency (equal to the amount for base-currency lines). */
export interface PlannedLine {
  role: AccountRole;
  currency: string;
  debit?: bigint;
  credit?: bigint;
  baseAmount: bigint;
  partyId: string | null;
  memo: string | null;
  tags: string[];
}

export interface PlannedAllocation {
  invoiceId: string;
  amount: bigint;
  writeOff: bigint;
  /** What the settlement is worth at the payment's (or the advance's) rate. */
  valueBase: bigint;
  /** What it clears of the invoice's receivable as carried at the invoice rate. */
  settledBase: bigint;
  /** valueBase − settledBase: realised exchange gain (positive) or loss (negative). */
  gainLoss: bigint;
}

export interface Plan {
  lines: PlannedLine[];
  allocations: PlannedAllocation[];
}

export interface PaymentPlan extends Plan {
  /** Kept as a customer advance. */
  advance: bigint;
  advanceBase: bigint;
}

/** `settledBaseOf(invoice, settled)`: the part of the invoice's booked base value that `settled` (invoice currency) clears. */
export type SettledBaseOf = (invoice: InvoiceForPayment, settled: bigint) => bigint;

interface PlanContext {
  currency: string;
  baseCurrency: string;
  customerId: string;
  settledBaseOf: SettledBaseOf;
  /** Tags of base-only exchange-difference lines on the receivable (the ledger's fx-adjustment tags). */
  fxTags: (currency: string) => string[];
}

function fxLines(ctx: PlanContext, gainLoss: bigint, invoice: InvoiceForPayment): PlannedLine[] {
  if (gainLoss === 0n || ctx.currency === ctx.baseCurrency) return [];
  const amount = gainLoss > 0n ? gainLoss : -gainLoss;
  const memo = `${gainLoss > 0n ? 'Exchange gain' : 'Exchange loss'} on ${invoice.number ?? invoice.id}`;
  return [
    { role: 'receivable', currency: ctx.baseCurrency, ...(gainLoss > 0n ? { debit: amount } : { credit: amount }), baseAmount: amount, partyId: ctx.customerId, memo, tags: ctx.fxTags(ctx.currency) },
    { role: 'fxGainLoss', currency: ctx.baseCurrency, ...(gainLoss > 0n ? { credit: amount } : { debit: amount }), baseAmount: amount, partyId: null, memo, tags: [] },
  ];
}

/**
 * The entry of a payment received: Dr deposit (amount − bank charges), Dr bank charges, and per
 * allocation Cr receivable (amount + write-off, customer as party) with Dr write-off; the rest
 * Cr customer advances. Every foreign line carries its value at the payment rate, each part
 * converted once; the deposit line takes what balances them, so the entry balances to the minor
 * unit. A foreign invoice's receivable then moves by what it carried (`settledBaseOf`): the
 * difference is a base-currency line on the receivable against exchange gain/loss.
 */
export function planPayment(
  input: PlanContext & { rate: string; amount: bigint; bankCharges: bigint; allocations: readonly { invoice: InvoiceForPayment; amount: bigint; writeOff: bigint }[] },
): PaymentPlan {
  const toBase = (minor: bigint) => (minor === 0n ? 0n : convertMinor(minor, input.currency, input.baseCurrency, input.rate, 'half_up'));
  const party = input.customerId;
  const lines: PlannedLine[] = [];
  const fx: PlannedLine[] = [];
  const allocations: PlannedAllocation[] = [];
  let cashBase = 0n;
  let allocated = 0n;
  for (const a of input.allocations) {
    const settled = a.amount + a.writeOff;
    const valueBase = toBase(settled);
    const writeOffBase = toBase(a.writeOff);
    const settledBase = input.settledBaseOf(a.invoice, settled);
    const gainLoss = input.currency === input.baseCurrency ? 0n : valueBase - settledBase;
    const ref = a.invoice.number ?? a.invoice.id;
    lines.push({ role: 'receivable', currency: input.currency, credit: settled, baseAmount: valueBase, partyId: party, memo: `Payment for ${ref}`, tags: [] });
    if (a.writeOff > 0n) lines.push({ role: 'writeOff', currency: input.currency, debit: a.writeOff, baseAmount: writeOffBase, partyId: null, memo: `Written off on ${ref}`, tags: [] });
    fx.push(...fxLines(input, gainLoss, a.invoice));
    cashBase += valueBase - writeOffBase;
    allocated += a.amount;
    allocations.push({ invoiceId: a.invoice.id, amount: a.amount, writeOff: a.writeOff, valueBase, settledBase, gainLoss });
  }
  const advance = input.amount - allocated;
  const advanceBase = toBase(advance);
  if (advance > 0n) lines.push({ role: 'advances', currency: input.currency, credit: advance, baseAmount: advanceBase, partyId: party, memo: 'Customer advance', tags: [] });
  const chargesBase = toBase(input.bankCharges);
  if (input.bankCharges > 0n) lines.push({ role: 'bankCharges', currency: input.currency, debit: input.bankCharges, baseAmount: chargesBase, partyId: null, memo: 'Bank charges', tags: [] });
  const deposit: PlannedLine = {
    role: 'deposit',
    currency: input.currency,
    debit: input.amount - input.bankCharges,
    baseAmount: cashBase + advanceBase - chargesBase,
    partyId: null,
    memo: null,
    tags: [],
  };
  return { lines: [deposit, ...lines, ...fx], allocations, advance, advanceBase };
}

/**
 * Applying (part of) a payment's advance to invoices: Dr customer advances / Cr receivable for each
 * allocation. The advance is worth what it was booked at: the cumulative value of `c` used is
 * `c` at the payment rate, and exactly the booked advance base once all of it is used, so the
 * advances account clears to the minor unit. Exchange differences as for a payment.
 */
export function planApplication(
  input: PlanContext & { rate: string; advance: bigint; advanceBase: bigint; unapplied: bigint; allocations: readonly { invoice: InvoiceForPayment; amount: bigint }[] },
): Plan {
  const carried = (used: bigint) => (used === input.advance ? input.advanceBase : used === 0n ? 0n : convertMinor(used, input.currency, input.baseCurrency, input.rate, 'half_up'));
  let used = input.advance - input.unapplied;
  const lines: PlannedLine[] = [];
  const fx: PlannedLine[] = [];
  const allocations: PlannedAllocation[] = [];
  for (const a of input.allocations) {
    const valueBase = carried(used + a.amount) - carried(used);
    used += a.amount;
    const settledBase = input.settledBaseOf(a.invoice, a.amount);
    const gainLoss = input.currency === input.baseCurrency ? 0n : valueBase - settledBase;
    const ref = a.invoice.number ?? a.invoice.id;
    lines.push({ role: 'advances', currency: input.currency, debit: a.amount, baseAmount: valueBase, partyId: input.customerId, memo: `Advance applied to ${ref}`, tags: [] });
    lines.push({ role: 'receivable', currency: input.currency, credit: a.amount, baseAmount: valueBase, partyId: input.customerId, memo: `Advance applied to ${ref}`, tags: [] });
    fx.push(...fxLines(input, gainLoss, a.invoice));
    allocations.push({ invoiceId: a.invoice.id, amount: a.amount, writeOff: 0n, valueBase, settledBase, gainLoss });
  }
  return { lines: [...lines, ...fx], allocations };
}

/**
 * Spreads allocations over a customer's advances oldest first (FIFO): each advance pays invoices
 * in the order given until it is used up. Returns, per advance used, what it pays; throws (409)
 * when the advances together do not cover the allocations.
 */
export function spreadOverAdvances<T extends { id: string; unapplied: bigint }>(
  advances: readonly T[],
  allocations: readonly { invoiceId: string; amount: bigint }[],
  format: (minor: bigint) => string,
): { advance: T; allocations: { invoiceId: string; amount: bigint }[] }[] {
  const total = advances.reduce((s, a) => s + a.unapplied, 0n);
  const wanted = allocations.reduce((s, a) => s + a.amount, 0n);
  if (wanted > total) throw errors.exceedsAdvance('body.allocations', format(total));
  const out: { advance: T; allocations: { invoiceId: string; amount: bigint }[] }[] = [];
  let i = 0;
  let left = advances[0]?.unapplied ?? 0n;
  let current: { advance: T; allocations: { invoiceId: string; amount: bigint }[] } | null = null;
  for (const a of allocations) {
    let need = a.amount;
    while (need > 0n) {
      while (left === 0n) {
        i += 1;
        left = advances[i]!.unapplied;
      }
      if (!current || current.advance !== advances[i]) {
        current = { advance: advances[i]!, allocations: [] };
        out.push(current);
      }
      const take = left < need ? left : need;
      const last = current.allocations[current.allocations.length - 1];
      if (last && last.invoiceId === a.invoiceId) last.amount += take;
      else current.allocations.push({ invoiceId: a.invoiceId, amount: take });
      left -= take;
      need -= take;
    }
  }
  return out;
}
