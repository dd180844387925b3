import type { AccountSubtype, AccountType } from './accounts.js';

/** One account of a chart-of-accounts template; `parent` is the code of its group. */
export interface TemplateAccount {
  code: string;
  name: string;
  type: AccountType;
  subtype?: AccountSubtype;
  parent?: string;
  group?: boolean;
}

export interface ChartTemplate {
  key: string;
  name: string;
  accounts: TemplateAccount[];
}

const g = (code: string, name: string, type: AccountType, parent?: string): TemplateAccount => ({ code, name, type, group: true, ...(parent && { parent }) });
const a = (code: string, name: string, type: AccountType, subtype: AccountSubtype, parent: string): TemplateAccount => ({ code, name, type, subtype, parent });

/**
 * Exchange gain/loss accounts (income: a gain credits it, a loss debits it). Payments post realised
 * differences to the first, period-end revaluation posts unrealised ones to the second; the ledger
 * finds them by name and creates the unrealised one on demand for charts made without it.
 */
export const FX_REALISED_ACCOUNT = { code: '4300', name: 'Exchange Gain/Loss' } as const;
export const FX_UNREALISED_ACCOUNT = { code: '4310', name: 'Unrealised Exchange Gain/Loss' } as const;

const SMALL_BUSINESS: TemplateAccount[] = [
  g('1000', 'Assets', 'asset'),
  g('1100', 'Current Assets', 'asset', '1000'),
  a('1110', 'Cash in Hand', 'asset', 'cash', '1100'),
  a('1120', 'Bank Account', 'asset', 'bank', '1100'),
  a('1130', 'Accounts Receivable', 'asset', 'receivable', '1100'),
  a('1140', 'Inventory', 'asset', 'inventory', '1100'),
  a('1150', 'Prepaid Expenses', 'asset', 'prepaid', '1100'),
  g('1200', 'Fixed Assets', 'asset', '1000'),
  a('1210', 'Furniture and Equipment', 'asset', 'fixed_asset', '1200'),
  g('2000', 'Liabilities', 'liability'),
  g('2100', 'Current Liabilities', 'liability', '2000'),
  a('2110', 'Accounts Payable', 'liability', 'payable', '2100'),
  a('2120', 'Sales Tax Payable', 'liability', 'tax', '2100'),
  a('2130', 'Customer Wallet Balances', 'liability', 'customer_wallet', '2100'),
  a('2140', 'Credit Card', 'liability', 'credit_card', '2100'),
  a('2200', 'Loans', 'liability', 'loan', '2000'),
  g('3000', 'Equity', 'equity'),
  a('3100', "Owner's Capital", 'equity', 'capital', '3000'),
  a('3200', "Owner's Drawings", 'equity', 'drawings', '3000'),
  a('3300', 'Retained Earnings', 'equity', 'retained_earnings', '3000'),
  a('3400', 'Opening Balance Equity', 'equity', 'opening_balance', '3000'),
  g('4000', 'Income', 'income'),
  a('4100', 'Sales', 'income', 'sales', '4000'),
  a('4200', 'Other Income', 'income', 'other_income', '4000'),
  a(FX_REALISED_ACCOUNT.code, FX_REALISED_ACCOUNT.name, 'income', 'other_income', '4000'),
  a(FX_UNREALISED_ACCOUNT.code, FX_UNREALISED_ACCOUNT.name, 'income', 'other_income', '4000'),
  g('5000', 'Expenses', 'expense'),
  a('5100', 'Cost of Goods Sold', 'expense', 'cost_of_goods_sold', '5000'),
  a('5200', 'Rent', 'expense', 'operating_expense', '5000'),
  a('5300', 'Salaries and Wages', 'expense', 'operating_expense', '5000'),
  a('5400', 'Utilities', 'expense', 'operating_expense', '5000'),
  a('5500', 'Bank Charges', 'expense', 'operating_expense', '5000'),
  a('5600', 'Office Expenses', 'expense', 'operating_expense', '5000'),
  a('5700', 'Travel', 'expense', 'operating_expense', '5000'),
];

/** India: GST input/output split into CGST, SGST, IGST and cess; TDS both ways; round-off. */
const INDIA: TemplateAccount[] = [
  ...SMALL_BUSINESS.filter((x) => x.code !== '2120'),
  g('1160', 'GST Input Credit', 'asset', '1100'),
  a('1161', 'Input CGST', 'asset', 'tax', '1160'),
  a('1162', 'Input SGST', 'asset', 'tax', '1160'),
  a('1163', 'Input IGST', 'asset', 'tax', '1160'),
  a('1164', 'Input Cess', 'asset', 'tax', '1160'),
  a('1170', 'TDS Receivable', 'asset', 'tax', '1100'),
  g('2150', 'GST Output Liability', 'liability', '2100'),
  a('2151', 'Output CGST', 'liability', 'tax', '2150'),
  a('2152', 'Output SGST', 'liability', 'tax', '2150'),
  a('2153', 'Output IGST', 'liability', 'tax', '2150'),
  a('2154', 'Output Cess', 'liability', 'tax', '2150'),
  a('2160', 'TDS Payable', 'liability', 'tax', '2100'),
  a('5900', 'Round Off', 'expense', 'round_off', '5000'),
];

const HOUSEHOLD: TemplateAccount[] = [
  g('1000', 'Assets', 'asset'),
  a('1010', 'Cash', 'asset', 'cash', '1000'),
  a('1020', 'Current Account', 'asset', 'bank', '1000'),
  a('1030', 'Savings Account', 'asset', 'bank', '1000'),
  a('1040', 'Investments', 'asset', 'investment', '1000'),
  g('2000', 'Liabilities', 'liability'),
  a('2010', 'Credit Card', 'liability', 'credit_card', '2000'),
  a('2020', 'Home Loan', 'liability', 'loan', '2000'),
  g('3000', 'Equity', 'equity'),
  a('3010', 'Opening Balances', 'equity', 'opening_balance', '3000'),
  g('4000', 'Income', 'income'),
  a('4010', 'Salary', 'income', 'other_income', '4000'),
  a('4020', 'Interest', 'income', 'other_income', '4000'),
  a('4030', 'Other Income', 'income', 'other_income', '4000'),
  a('4040', FX_REALISED_ACCOUNT.name, 'income', 'other_income', '4000'),
  a('4050', FX_UNREALISED_ACCOUNT.name, 'income', 'other_income', '4000'),
  g('5000', 'Expenses', 'expense'),
  a('5010', 'Groceries', 'expense', 'operating_expense', '5000'),
  a('5020', 'Rent', 'expense', 'operating_expense', '5000'),
  a('5030', 'Utilities', 'expense', 'operating_expense', '5000'),
  a('5040', 'Transport', 'expense', 'operating_expense', '5000'),
  a('5050', 'Dining Out', 'expense', 'operating_expense', '5000'),
  a('5060', 'Healthcare', 'expense', 'operating_expense', '5000'),
  a('5070', 'Education', 'expense', 'operating_expense', '5000'),
  a('5080', 'Entertainment', 'expense', 'operating_expense', '5000'),
];

export const CHART_TEMPLATES: readonly ChartTemplate[] = [
  { key: 'small_business', name: 'Small business (generic)', accounts: SMALL_BUSINESS },
  { key: 'india', name: 'India (GST, TDS)', accounts: INDIA },
  { key: 'household', name: 'Household', accounts: HOUSEHOLD },
];
export const TEMPLATE_KEYS = ['small_business', 'india', 'household'] as const;

/** Parents before children, so accounts can be inserted in this order. */
export function templateInOrder(template: ChartTemplate): TemplateAccount[] {
  const byCode = new Map(template.accounts.map((x) => [x.code, x]));
  const depth = (x: TemplateAccount): number => (x.parent ? 1 + depth(byCode.get(x.parent)!) : 0);
  return [...template.accounts].sort((x, y) => depth(x) - depth(y) || x.code.localeCompare(y.code));
}
