import { formatMoney } from '../../kernel/money.js';
import type { AccountRow, ExportLine } from './repo.js';


const clean = (text: string) => text.replace(/[\r\n\t;]+/g, ' ').replace(/ {2,}/g, ' ').trim();

/** `Assets:Current Assets:Bank Account`: the names from the top group down, as hledger account names. */
export function hledgerAccountNames(accounts: AccountRow[]): Map<string, string> {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const names = new Map<string, string>();
  const nameOf = (a: AccountRow, depth = 0): string => {
    const own = clean(a.name).replace(/:/g, '-') || a.code;
    const parent = a.parent_id ? byId.get(a.parent_id) : undefined;
    return parent && depth < 32 ? `${nameOf(parent, depth + 1)}:${own}` : own;
  };
  for (const a of accounts) names.set(a.id, nameOf(a));
  return names;
}

/**
 * Posted entries as an hledger journal (plain text accounting). Foreign-currency postings carry
 * their base-currency value as a total cost (`@@`), so `hledger bal -B` reproduces the trial balance.
 */
export function toHledger(lines: ExportLine[], accounts: AccountRow[], baseCurrency: string): string {
  const names = hledgerAccountNames(accounts);
  const out: string[] = [`; Kontor ledger export, base currency ${baseCurrency}`, ''];
  let current: string | null = null;
  for (const l of lines) {
    if (l.entry_id !== current) {
      if (current !== null) out.push('');
      current = l.entry_id;
      const tags = [l.reference ? `ref:${clean(l.reference)}` : null, `entry:${l.entry_id}`, l.source_id ? `source:${l.source_module}/${clean(l.source_id)}` : null].filter(Boolean);
      out.push(`${l.entry_date} * ${clean(l.entry_memo ?? l.reference ?? 'Journal entry')}  ; ${tags.join(', ')}`);
    }
    const debit = BigInt(l.debit);
    const amount = debit > 0n ? debit : -BigInt(l.credit);
    const base = debit > 0n ? BigInt(l.base_debit) : BigInt(l.base_credit);
    const cost = l.currency === baseCurrency ? '' : ` @@ ${formatMoney(base, baseCurrency)} ${baseCurrency}`;
    const memo = l.memo ? `  ; ${clean(l.memo)}` : '';
    out.push(`    ${names.get(l.account_id) ?? l.account_id}  ${formatMoney(amount, l.currency)} ${l.currency}${cost}${memo}`);
  }
  out.push('');
  return out.join('\n');
}
