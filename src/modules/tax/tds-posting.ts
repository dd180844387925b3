import type { Invocation } from '../../kernel/index.js';
import { parseMoney } from '../../kernel/money.js';
import type { Tx } from '../../platform/db/index.js';
import { ensureSystemAccounts, type LedgerApi, type SystemAccountSpec } from '../ledger/index.js';

const PAYABLE: SystemAccountSpec = { code: 'AP', name: 'Accounts Payable', type: 'liability', subtype: 'payable', description: 'What the business owes its vendors', findBy: 'subtype' };
const RECEIVABLE: SystemAccountSpec = { code: 'AR', name: 'Accounts Receivable', type: 'asset', subtype: 'receivable', description: 'What customers owe the business', findBy: 'subtype' };
const TDS_PAYABLE: SystemAccountSpec = { code: 'TDS', name: 'TDS Payable', type: 'liability', subtype: 'tax', description: 'Tax deducted at source, to be deposited with the government', findBy: 'name' };
const TCS_PAYABLE: SystemAccountSpec = { code: 'TCS', name: 'TCS Payable', type: 'liability', subtype: 'tax', description: 'Tax collected at source, to be deposited with the government', findBy: 'name' };

export interface TdsPostingInput {
  deductionId: string;
  partyId: string;
  kind: 'tds' | 'tcs';
  section: string;
  /** The tax deducted or collected, a decimal string in the base currency. */
  deduction: string;
  date: string;
  reference: string | null;
}

/**
 * Posts a recorded deduction to the ledger in the caller's transaction. TDS withheld from a vendor
 * lowers what the business owes the vendor and becomes a liability to the government
 * (Dr Accounts Payable [party] / Cr TDS Payable); TCS collected from a customer is added to what
 * the customer owes (Dr Accounts Receivable [party] / Cr TCS Payable). Nothing to post for a zero
 * deduction. Idempotent on the deduction id.
 */
export async function postTdsDeduction(tx: Tx, inv: Invocation, ledger: LedgerApi, baseCurrency: string, input: TdsPostingInput): Promise<string | null> {
  const amount = parseMoney(input.deduction, baseCurrency);
  if (amount === 0n) return null;
  const [partyAccount, taxAccount] = await ensureSystemAccounts(tx, inv, input.kind === 'tds' ? [PAYABLE, TDS_PAYABLE] : [RECEIVABLE, TCS_PAYABLE], baseCurrency);
  const label = input.kind === 'tds' ? `TDS u/s ${input.section}` : `TCS u/s ${input.section}`;
  const posted = await ledger.post(tx, {
    tenantId: inv.tenantId,
    date: input.date,
    memo: label,
    reference: input.reference,
    source: { module: 'tax', id: input.deductionId },
    actor: inv.actor,
    lines: [
      { accountId: partyAccount!, debit: amount, currency: baseCurrency, partyId: input.partyId, memo: label },
      { accountId: taxAccount!, credit: amount, currency: baseCurrency, partyId: input.partyId, memo: label },
    ],
  });
  return posted.entryId;
}
