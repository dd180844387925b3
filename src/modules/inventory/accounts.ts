import type { Invocation } from '../../kernel/index.js';
import type { Tx } from '../../platform/db/index.js';
import { ensureSystemAccounts, type SystemAccountSpec } from '../ledger/index.js';

/** The accounts stock postings use, found in the chart (or added to it the first time). */
export interface Accounts {
  inventory: string;
  cogs: string;
  /** Stock received not billed (GRNI): a receipt's default credit until the bill arrives. */
  received: string;
  adjustment: string;
  opening: string;
}

const SPECS: Record<keyof Accounts, SystemAccountSpec> = {
  inventory: { code: '1140', name: 'Inventory', type: 'asset', subtype: 'inventory', description: 'Stock on hand, at cost', findBy: 'subtype' },
  cogs: { code: '5100', name: 'Cost of Goods Sold', type: 'expense', subtype: 'cost_of_goods_sold', description: 'Cost of stock issued', findBy: 'subtype' },
  received: {
    code: '2160',
    name: 'Stock Received Not Billed',
    type: 'liability',
    subtype: 'current_liability',
    description: 'Goods received whose bill has not been booked yet (GRNI)',
    findBy: 'name',
  },
  adjustment: { code: '5800', name: 'Stock Adjustment', type: 'expense', subtype: 'operating_expense', description: 'Stock written off or found on counts and adjustments', findBy: 'name' },
  opening: { code: '3400', name: 'Opening Balance Equity', type: 'equity', subtype: 'opening_balance', description: 'Balances brought in when the books started', findBy: 'subtype' },
};

export async function resolveAccounts(tx: Tx, inv: Invocation, baseCurrency: string): Promise<Accounts> {
  const keys = Object.keys(SPECS) as (keyof Accounts)[];
  const ids = await ensureSystemAccounts(tx, inv, keys.map((k) => SPECS[k]), baseCurrency);
  return Object.fromEntries(keys.map((k, i) => [k, ids[i]!])) as unknown as Accounts;
}
