import { Decimal } from 'decimal.js';
import { formatMoney } from '../../../kernel/money.js';
import type { AllocationRow, PaymentRow, SettingsRow } from './repo.js';

const iso = (d: Date | string) => new Date(d).toISOString();

export function allocationView(a: AllocationRow, currency: string, baseCurrency: string) {
  return {
    id: a.id,
    invoiceId: a.invoice_id,
    invoiceNumber: a.invoice_number,
    amount: formatMoney(BigInt(a.amount), currency),
    writeOff: formatMoney(BigInt(a.write_off), currency),
    exchangeGainLoss: formatMoney(BigInt(a.gain_loss), baseCurrency),
    date: a.applied_date,
    applicationId: a.application_id,
    entryId: a.entry_id,
    status: a.status,
  };
}

export function paymentView(p: PaymentRow, allocations: readonly AllocationRow[], baseCurrency: string) {
  const own = allocations.filter((a) => a.payment_id === p.id);
  const sum = (f: (a: AllocationRow) => string, which: (a: AllocationRow) => boolean = () => true) => own.filter(which).reduce((s, a) => s + BigInt(f(a)), 0n);
  const fmt = (v: bigint | string) => formatMoney(BigInt(v), p.currency);
  return {
    id: p.id,
    number: p.number,
    customerId: p.customer_id,
    date: p.payment_date,
    currency: p.currency,
    amount: fmt(p.amount),
    bankCharges: fmt(p.bank_charges),
    exchangeRate: new Decimal(p.exchange_rate).toFixed(),
    baseCurrency,
    depositAccountId: p.deposit_account_id,
    mode: p.mode,
    reference: p.reference,
    memo: p.memo,
    // What the payment itself settled (its applications of the advance are in `allocations` too).
    allocated: fmt(sum((a) => a.amount, (a) => a.application_id === null)),
    writtenOff: fmt(sum((a) => a.write_off)),
    advance: fmt(p.advance),
    unapplied: fmt(p.unapplied),
    status: p.status,
    entryId: p.entry_id,
    reversal: p.reversal_entry_id && p.reversal_date ? { entryId: p.reversal_entry_id, date: p.reversal_date, reason: p.reversal_reason } : null,
    allocations: own.map((a) => allocationView(a, p.currency, baseCurrency)),
    version: p.version,
    createdAt: iso(p.created_at),
    updatedAt: iso(p.updated_at),
  };
}
export type PaymentView = ReturnType<typeof paymentView>;

export function advancesView(customerId: string, rows: readonly PaymentRow[]) {
  const totals = new Map<string, bigint>();
  for (const r of rows) totals.set(r.currency, (totals.get(r.currency) ?? 0n) + BigInt(r.unapplied));
  return {
    customerId,
    totals: [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => ({ currency, amount: formatMoney(amount, currency) })),
    items: rows.map((r) => ({
      paymentId: r.id,
      number: r.number,
      date: r.payment_date,
      currency: r.currency,
      advance: formatMoney(BigInt(r.advance), r.currency),
      unapplied: formatMoney(BigInt(r.unapplied), r.currency),
    })),
  };
}

export function settingsView(s: SettingsRow, baseCurrency: string) {
  return { writeOffLimit: new Decimal(s.write_off_limit).toFixed(), baseCurrency, version: s.version };
}
