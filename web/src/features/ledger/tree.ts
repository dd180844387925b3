/** The chart of accounts as a tree: by type, then parent/child, each level ordered by code. */
// `.js`: this pure module is also compiled by the root (NodeNext) tsconfig for test/web.
import { fromMinor, toMinor } from '../../lib/list/decimal.js';

type AccountType = 'asset' | 'liability' | 'equity' | 'income' | 'expense';

/** The fields of an API account the tree needs. */
export interface TreeAccount {
  id: string;
  code: string;
  type: AccountType;
  parentId: string | null;
  isGroup: boolean;
  status: 'active' | 'archived';
}

export interface TreeRow<Account extends TreeAccount = TreeAccount> {
  account: Account;
  depth: number;
}

const TYPE_ORDER: readonly AccountType[] = ['asset', 'liability', 'equity', 'income', 'expense'];

/**
 * Depth-first rows per account type. An account whose parent is missing (archived and filtered
 * out, or of another type) starts its own branch at depth 0, so nothing disappears.
 */
export function accountTree<Account extends TreeAccount>(accounts: readonly Account[]): { type: AccountType; rows: TreeRow<Account>[] }[] {
  const ids = new Set(accounts.map((a) => a.id));
  const children = new Map<string | null, Account[]>();
  for (const account of accounts) {
    const parent = account.parentId && ids.has(account.parentId) ? account.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(account);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true }));

  const groups: { type: AccountType; rows: TreeRow<Account>[] }[] = [];
  for (const type of TYPE_ORDER) {
    const rows: TreeRow<Account>[] = [];
    const visit = (account: Account, depth: number, seen: Set<string>) => {
      if (seen.has(account.id)) return;
      seen.add(account.id);
      rows.push({ account, depth });
      for (const child of children.get(account.id) ?? []) visit(child, depth + 1, seen);
    };
    const seen = new Set<string>();
    for (const root of children.get(null) ?? []) if (root.type === type) visit(root, 0, seen);
    if (rows.length > 0) groups.push({ type, rows });
  }
  return groups;
}

/** Accounts that can take lines: active, not groups. Sorted by code. */
export function postableAccounts<Account extends TreeAccount>(accounts: readonly Account[]): Account[] {
  return accounts.filter((a) => a.status === 'active' && !a.isGroup).sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true }));
}

/**
 * Balances in base currency in each account's normal direction (positive = the usual side: debit
 * for assets and expenses, credit for the rest), from the trial balance's debit/credit columns; a
 * group's balance is the sum of the accounts under it. Exact, in minor units.
 */
export function normalBalances(accounts: readonly TreeAccount[], trial: readonly { accountId: string; debit: string; credit: string }[], currency: string): Map<string, string> {
  const net = new Map<string, bigint>();
  for (const row of trial) net.set(row.accountId, toMinor(row.debit, currency) - toMinor(row.credit, currency));
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const totals = new Map<string, bigint>();
  for (const account of accounts) {
    const own = net.get(account.id) ?? 0n;
    if (own === 0n) continue;
    // Add to the account and every group above it (guarding against a cycle in bad data).
    const seen = new Set<string>();
    for (let at: TreeAccount | undefined = account; at && !seen.has(at.id); at = at.parentId ? byId.get(at.parentId) : undefined) {
      seen.add(at.id);
      totals.set(at.id, (totals.get(at.id) ?? 0n) + own);
    }
  }
  const out = new Map<string, string>();
  for (const account of accounts) {
    const sign = account.type === 'asset' || account.type === 'expense' ? 1n : -1n;
    out.set(account.id, fromMinor((totals.get(account.id) ?? 0n) * sign, currency));
  }
  return out;
}
