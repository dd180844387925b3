import { formatMoney } from '../../kernel/money.js';
import type { AccountRow, EntryRow, LineRow, TransactionRow } from './repo.js';

const iso = (d: Date | string) => new Date(d).toISOString();

export function accountView(a: AccountRow) {
  return {
    id: a.id,
    code: a.code,
    name: a.name,
    type: a.type,
    subtype: a.subtype,
    parentId: a.parent_id,
    isGroup: a.is_group,
    currency: a.currency,
    description: a.description,
    status: a.status,
    version: a.version,
    createdAt: iso(a.created_at),
    updatedAt: iso(a.updated_at),
  };
}
export type AccountView = ReturnType<typeof accountView>;

export function lineView(l: LineRow, baseCurrency: string) {
  return {
    lineNo: l.line_no,
    accountId: l.account_id,
    currency: l.currency,
    debit: formatMoney(BigInt(l.debit), l.currency),
    credit: formatMoney(BigInt(l.credit), l.currency),
    baseDebit: formatMoney(BigInt(l.base_debit), baseCurrency),
    baseCredit: formatMoney(BigInt(l.base_credit), baseCurrency),
    memo: l.memo,
    partyId: l.party_id,
    storeId: l.store_id,
    tags: l.tags,
  };
}

export function entryView(e: EntryRow, lines: LineRow[]) {
  return {
    id: e.id,
    date: e.entry_date,
    memo: e.memo,
    reference: e.reference,
    source: { module: e.source_module, id: e.source_id, revision: e.source_revision },
    status: e.status,
    baseCurrency: e.base_currency,
    reversesId: e.reverses_id,
    reversedById: e.reversed_by_id ?? null,
    postedAt: e.posted_at ? iso(e.posted_at) : null,
    lines: lines.map((l) => lineView(l, e.base_currency)),
    version: e.version,
    createdAt: iso(e.created_at),
    updatedAt: iso(e.updated_at),
  };
}
export type EntryView = ReturnType<typeof entryView>;

export function transactionView(t: TransactionRow) {
  return {
    id: t.id,
    type: t.kind,
    date: t.txn_date,
    amount: formatMoney(BigInt(t.amount), t.currency),
    currency: t.currency,
    accountId: t.account_id,
    counterAccountId: t.counter_account_id,
    description: t.description,
    reference: t.reference,
    partyId: t.party_id,
    storeId: t.store_id,
    tags: t.tags,
    status: t.status,
    entryId: t.entry_id,
    revision: t.revision,
    version: t.version,
    createdAt: iso(t.created_at),
    updatedAt: iso(t.updated_at),
  };
}
export type TransactionView = ReturnType<typeof transactionView>;
