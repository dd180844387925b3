import type { Invocation } from '../../kernel/index.js';
import type { Tx } from '../../platform/db/index.js';
import { ensureSystemAccounts, type SystemAccountSpec } from '../ledger/index.js';

/**
 * The accounts sales documents post to, found in the chart by role (or added the first time).
 * Every sales area uses these, so a receivable posted by an invoice is the one a payment clears.
 * Receivable lines always carry the customer as `partyId` and the document currency.
 */
export interface SalesAccounts {
  receivable: string;
  revenue: string;
  outputCgst: string;
  outputSgst: string;
  outputIgst: string;
  outputCess: string;
  /** Non-GST tenants: VAT / sales tax collected. */
  salesTax: string;
  roundOff: string;
  /** Over-payments and advances held for a customer until applied to an invoice. */
  customerAdvances: string;
  /** Small differences written off when a payment settles an invoice. */
  writeOff: string;
  /** The account inventory posts the cost of stock issued to (the same one inventory finds by subtype): returns and voids credit it back. */
  costOfGoodsSold: string;
}

const SPECS: Record<keyof SalesAccounts, SystemAccountSpec> = {
  receivable: { code: '1130', name: 'Accounts Receivable', type: 'asset', subtype: 'receivable', description: 'What customers owe the business', findBy: 'subtype' },
  revenue: { code: '4100', name: 'Sales', type: 'income', subtype: 'sales', description: 'Revenue from goods and services sold', findBy: 'subtype' },
  outputCgst: { code: '2151', name: 'Output CGST', type: 'liability', subtype: 'tax', description: 'Central GST charged on sales', findBy: 'name' },
  outputSgst: { code: '2152', name: 'Output SGST', type: 'liability', subtype: 'tax', description: 'State/UT GST charged on sales', findBy: 'name' },
  outputIgst: { code: '2153', name: 'Output IGST', type: 'liability', subtype: 'tax', description: 'Integrated GST charged on sales', findBy: 'name' },
  outputCess: { code: '2154', name: 'Output Cess', type: 'liability', subtype: 'tax', description: 'Compensation cess charged on sales', findBy: 'name' },
  salesTax: { code: '2120', name: 'Sales Tax Payable', type: 'liability', subtype: 'tax', description: 'VAT / sales tax collected on sales', findBy: 'name' },
  roundOff: { code: '5900', name: 'Round Off', type: 'expense', subtype: 'round_off', description: 'Rounding of document totals', findBy: 'subtype' },
  customerAdvances: {
    code: '2170',
    name: 'Customer Advances',
    type: 'liability',
    subtype: 'customer_wallet',
    description: 'Payments received before invoicing, and over-payments, held for customers',
    findBy: 'name',
  },
  costOfGoodsSold: { code: '5100', name: 'Cost of Goods Sold', type: 'expense', subtype: 'cost_of_goods_sold', description: 'Cost of stock issued', findBy: 'subtype' },
  writeOff: { code: '5950', name: 'Discounts and Write-offs', type: 'expense', subtype: 'operating_expense', description: 'Small payment differences written off', findBy: 'name' },
};

export async function resolveSalesAccounts(tx: Tx, inv: Invocation, baseCurrency: string): Promise<SalesAccounts> {
  const keys = Object.keys(SPECS) as (keyof SalesAccounts)[];
  const ids = await ensureSystemAccounts(tx, inv, keys.map((k) => SPECS[k]), baseCurrency);
  return Object.fromEntries(keys.map((k, i) => [k, ids[i]!])) as unknown as SalesAccounts;
}
