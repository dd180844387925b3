import { Decimal } from 'decimal.js';
import { currencyExponent, formatMoney } from '../../kernel/money.js';
import type { LotBalanceRow, MoveAllocation } from './lots.js';
import type * as repo from './repo.js';

export const moneyOf = (minor: bigint | string, currency: string) => formatMoney(BigInt(minor), currency);

/** Value ÷ quantity in major units (6 decimals); 0 when there is no quantity. */
export function averageCost(value: bigint | string, quantity: string, currency: string): string {
  const q = new Decimal(quantity);
  if (q.isZero()) return '0';
  return new Decimal(value.toString()).div(q).div(new Decimal(10).pow(currencyExponent(currency))).toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toFixed();
}

const qty = (s: string) => new Decimal(s).toFixed();

export function moveView(m: repo.NewMove | repo.MoveRow, currency: string) {
  return {
    id: m.id,
    kind: m.kind,
    storeId: m.store_id,
    productId: m.product_id,
    quantity: qty(m.quantity),
    value: moneyOf(m.value, currency),
    unitCost: new Decimal(m.unit_cost).toFixed(),
    correction: moneyOf(m.correction, currency),
    documentType: m.document_type,
    documentId: m.document_id,
    date: typeof m.move_date === 'string' ? m.move_date : String(m.move_date),
    memo: m.memo,
    reason: m.reason,
    entryId: m.entry_id,
  };
}

export function ledgerLineView(m: repo.LedgerLineRow, currency: string) {
  return { ...moveView(m, currency), runningQuantity: qty(m.running_quantity), runningValue: moneyOf(m.running_value, currency) };
}

export function balanceView(b: repo.BalanceRow, currency: string) {
  return { storeId: b.store_id, productId: b.product_id, quantity: qty(b.quantity), value: moneyOf(b.value, currency), unitCost: averageCost(b.value, b.quantity, currency) };
}

export function transferView(t: repo.TransferRow, currency: string) {
  return {
    id: t.id,
    fromStoreId: t.from_store_id,
    toStoreId: t.to_store_id,
    status: t.status,
    lines: t.lines.map((l) => ({ productId: l.productId, quantity: l.quantity, value: moneyOf(l.value, currency), ...(l.lots && { lots: l.lots }), ...(l.serials && { serials: l.serials }) })),
    value: moneyOf(t.value, currency),
    dispatchDate: t.dispatch_date,
    receiveDate: t.receive_date,
    memo: t.memo,
    version: t.version,
  };
}

export function countView(c: repo.CountRow) {
  return {
    id: c.id,
    storeId: c.store_id,
    status: c.status,
    date: c.count_date,
    memo: c.memo,
    lines: c.lines.map((l) => ({ ...l, difference: l.counted === null ? null : new Decimal(l.counted).sub(l.expected).toFixed() })),
    version: c.version,
  };
}

/** What a move carried of a lot- or serial-tracked product (nothing for untracked ones). */
export function allocationView(a: MoveAllocation | null | undefined) {
  if (!a) return {};
  return a.serials.length > 0
    ? { serials: a.serials.map((s) => s.serial) }
    : { lots: a.lots.map((l) => ({ lot: l.code, quantity: l.quantity.toFixed(), expiresOn: l.expiresOn })) };
}

export function lotBalanceView(r: LotBalanceRow) {
  return { lotId: r.lot_id, lot: r.code, expiresOn: r.expires_on, storeId: r.store_id, quantity: qty(r.quantity) };
}

export function settingsView(s: repo.SettingsRow) {
  return { valuation: s.valuation, allowNegative: s.allow_negative, version: s.version };
}

export function countSummaryView(c: repo.CountSummaryRow) {
  return { id: c.id, storeId: c.store_id, status: c.status, date: c.count_date, memo: c.memo, lineCount: c.line_count, countedCount: c.counted_count, version: c.version };
}
