import type { Invocation } from '../../kernel/index.js';
import type { Tx } from '../../platform/db/index.js';
import { ensureSystemAccounts, type SystemAccountSpec } from '../ledger/index.js';

/**
 * The accounts purchase documents post to, found in the chart by role (or added the first time).
 * Payable lines always carry the vendor as `partyId` and the document currency. The payable, GRNI
 * and TDS accounts are the ones the tax and inventory modules find by the same rules, so a TDS
 * deduction and a goods receipt meet the bill on the same accounts.
 */
export interface PurchaseAccounts {
  payable: string;
  /** Stock received not billed: credited by goods receipts (inventory), debited by bills. */
  received: string;
  /** Default debit of service / non-stock lines and expense bills without an account. */
  purchases: string;
  /** Bill price minus receipt cost, and price reductions on debit notes. */
  priceDifference: string;
  inputCgst: string;
  inputSgst: string;
  inputIgst: string;
  inputCess: string;
  /** Reverse charge: the tax the business owes itself on the purchase. */
  outputCgst: string;
  outputSgst: string;
  outputIgst: string;
  outputCess: string;
  roundOff: string;
  /** Payments to a vendor not applied to a bill. */
  vendorAdvances: string;
  fxGainLoss: string;
  /** The tax module's TDS payable (found by the same name). */
  tdsPayable: string;
}

const SPECS: Record<keyof PurchaseAccounts, SystemAccountSpec> = {
  payable: { code: '2110', name: 'Accounts Payable', type: 'liability', subtype: 'payable', description: 'What the business owes its vendors', findBy: 'subtype' },
  received: {
    code: '2160',
    name: 'Stock Received Not Billed',
    type: 'liability',
    subtype: 'current_liability',
    description: 'Goods received whose bill has not been booked yet (GRNI)',
    findBy: 'name',
  },
  purchases: { code: '5150', name: 'Purchases', type: 'expense', subtype: 'operating_expense', description: 'Goods and services bought and expensed', findBy: 'name' },
  priceDifference: {
    code: '5160',
    name: 'Purchase Price Differences',
    type: 'expense',
    subtype: 'cost_of_goods_sold',
    description: 'Billed price of received stock above (or below) its receipt cost, and price reductions',
    findBy: 'name',
  },
  inputCgst: { code: '1161', name: 'Input CGST', type: 'asset', subtype: 'tax', description: 'Central GST paid on purchases (input tax credit)', findBy: 'name' },
  inputSgst: { code: '1162', name: 'Input SGST', type: 'asset', subtype: 'tax', description: 'State/UT GST paid on purchases (input tax credit)', findBy: 'name' },
  inputIgst: { code: '1163', name: 'Input IGST', type: 'asset', subtype: 'tax', description: 'Integrated GST paid on purchases (input tax credit)', findBy: 'name' },
  inputCess: { code: '1164', name: 'Input Cess', type: 'asset', subtype: 'tax', description: 'Compensation cess paid on purchases', findBy: 'name' },
  outputCgst: { code: '2151', name: 'Output CGST', type: 'liability', subtype: 'tax', description: 'Central GST charged on sales', findBy: 'name' },
  outputSgst: { code: '2152', name: 'Output SGST', type: 'liability', subtype: 'tax', description: 'State/UT GST charged on sales', findBy: 'name' },
  outputIgst: { code: '2153', name: 'Output IGST', type: 'liability', subtype: 'tax', description: 'Integrated GST charged on sales', findBy: 'name' },
  outputCess: { code: '2154', name: 'Output Cess', type: 'liability', subtype: 'tax', description: 'Compensation cess charged on sales', findBy: 'name' },
  roundOff: { code: '5900', name: 'Round Off', type: 'expense', subtype: 'round_off', description: 'Rounding of document totals', findBy: 'subtype' },
  vendorAdvances: { code: '1155', name: 'Vendor Advances', type: 'asset', subtype: 'prepaid', description: 'Payments made to vendors before their bills', findBy: 'name' },
  fxGainLoss: { code: '4300', name: 'Exchange Gain/Loss', type: 'income', subtype: 'other_income', description: 'Realised exchange gains and losses', findBy: 'name' },
  tdsPayable: { code: 'TDS', name: 'TDS Payable', type: 'liability', subtype: 'tax', description: 'Tax deducted at source, to be deposited with the government', findBy: 'name' },
};

export async function resolvePurchaseAccounts(tx: Tx, inv: Invocation, baseCurrency: string): Promise<PurchaseAccounts> {
  const keys = Object.keys(SPECS) as (keyof PurchaseAccounts)[];
  const ids = await ensureSystemAccounts(tx, inv, keys.map((k) => SPECS[k]), baseCurrency);
  return Object.fromEntries(keys.map((k, i) => [k, ids[i]!])) as unknown as PurchaseAccounts;
}
