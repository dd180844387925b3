import type { Invocation } from '../../../kernel/index.js';
import type { Tx } from '../../../platform/db/index.js';
import { ensureSystemAccounts, type SystemAccountSpec } from '../../ledger/index.js';
import { resolveSalesAccounts } from '../accounts.js';
import type { AccountRole } from '../domain/payment.js';

/**
 * Accounts only payments post to, found by name (or added the first time): the chart templates
 * carry both. Receivable, customer advances and write-off are the sales module's shared ones.
 */
const FX_GAIN_LOSS: SystemAccountSpec = {
  code: '4300',
  name: 'Exchange Gain/Loss',
  type: 'income',
  subtype: 'other_income',
  description: 'Realised exchange differences on payments of foreign-currency invoices',
  findBy: 'name',
};
const BANK_CHARGES: SystemAccountSpec = { code: '5500', name: 'Bank Charges', type: 'expense', subtype: 'operating_expense', description: 'Charges banks keep from payments', findBy: 'name' };

/** Account id per role the entry uses (the deposit account is the payment's own). */
export async function paymentAccounts(tx: Tx, inv: Invocation, baseCurrency: string, depositAccountId: string, roles: ReadonlySet<AccountRole>): Promise<Record<AccountRole, string>> {
  const sales = await resolveSalesAccounts(tx, inv, baseCurrency);
  const extra: SystemAccountSpec[] = [];
  if (roles.has('fxGainLoss')) extra.push(FX_GAIN_LOSS);
  if (roles.has('bankCharges')) extra.push(BANK_CHARGES);
  const ids = extra.length > 0 ? await ensureSystemAccounts(tx, inv, extra, baseCurrency) : [];
  const idOf = (spec: SystemAccountSpec) => ids[extra.indexOf(spec)] ?? '';
  return {
    deposit: depositAccountId,
    receivable: sales.receivable,
    advances: sales.customerAdvances,
    writeOff: sales.writeOff,
    fxGainLoss: idOf(FX_GAIN_LOSS),
    bankCharges: idOf(BANK_CHARGES),
  };
}
