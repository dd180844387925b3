import type { FieldIssue } from '../../../kernel/index.js';

export const ACCOUNT_TYPES = ['asset', 'liability', 'equity', 'income', 'expense'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

/** Subtypes and the account types each may belong to. */
export const SUBTYPES = {
  bank: ['asset'],
  cash: ['asset'],
  receivable: ['asset'],
  inventory: ['asset'],
  fixed_asset: ['asset'],
  current_asset: ['asset'],
  prepaid: ['asset'],
  investment: ['asset'],
  payable: ['liability'],
  credit_card: ['liability'],
  loan: ['liability'],
  current_liability: ['liability'],
  customer_wallet: ['liability'],
  tax: ['asset', 'liability'],
  capital: ['equity'],
  drawings: ['equity'],
  retained_earnings: ['equity'],
  opening_balance: ['equity'],
  sales: ['income'],
  other_income: ['income'],
  cost_of_goods_sold: ['expense'],
  operating_expense: ['expense'],
  round_off: ['expense', 'income'],
  other: ['asset', 'liability', 'equity', 'income', 'expense'],
} as const satisfies Record<string, readonly AccountType[]>;
export type AccountSubtype = keyof typeof SUBTYPES;
export const ACCOUNT_SUBTYPES = Object.keys(SUBTYPES) as AccountSubtype[];

/** Assets and expenses grow with debits; the others with credits. */
export function normalSide(type: AccountType): 'debit' | 'credit' {
  return type === 'asset' || type === 'expense' ? 'debit' : 'credit';
}

export interface AccountShape {
  id: string;
  type: AccountType;
  subtype: AccountSubtype | null;
  parentId: string | null;
  isGroup: boolean;
  status: 'active' | 'archived';
}

/**
 * Rules of the chart: a subtype fits its type; a parent is a group of the same type; no account is
 * its own ancestor. `ancestorsOfParent` lists the parent chain (parent first).
 */
export function accountIssues(account: Omit<AccountShape, 'id' | 'status'> & { id?: string }, parent: AccountShape | null, ancestorsOfParent: string[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (account.subtype && !(SUBTYPES[account.subtype] as readonly string[]).includes(account.type)) {
    issues.push({ path: 'body.subtype', message: `${account.subtype} is not a subtype of ${account.type} accounts` });
  }
  if (account.parentId !== null) {
    if (!parent) issues.push({ path: 'body.parentId', message: 'no such account' });
    else {
      if (!parent.isGroup) issues.push({ path: 'body.parentId', message: 'the parent must be a group account' });
      if (parent.type !== account.type) issues.push({ path: 'body.parentId', message: `the parent is a ${parent.type} group, not ${account.type}` });
      if (parent.status !== 'active') issues.push({ path: 'body.parentId', message: 'the parent is archived' });
      if (account.id !== undefined && (parent.id === account.id || ancestorsOfParent.includes(account.id))) {
        issues.push({ path: 'body.parentId', message: 'an account cannot be placed under itself' });
      }
    }
  }
  return issues;
}
