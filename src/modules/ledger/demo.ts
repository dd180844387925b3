import { systemActor } from '../../kernel/index.js';
import { parseMoney } from '../../kernel/money.js';
import type { DemoContext } from '../../platform/module.js';
import * as repo from './repo.js';
import type { LedgerService } from './service.js';

interface DemoEntry {
  id: string;
  date: string;
  memo: string;
  reference: string;
  lines: [code: string, side: 'dr' | 'cr', amount: string][];
}

/** A realistic first month for Sharma Traders (intra-state GST at 9% + 9%, inter-state IGST 18%, TDS, round-off). */
export const DEMO_ENTRIES: DemoEntry[] = [
  { id: 'capital', date: '2026-04-01', memo: 'Capital introduced by the owner', reference: 'CAP-001', lines: [['1120', 'dr', '500000.00'], ['3100', 'cr', '500000.00']] },
  {
    id: 'purchase-1',
    date: '2026-04-03',
    memo: 'Stock purchased from Gupta Wholesale, Jaipur (intra-state)',
    reference: 'PB-0001',
    lines: [['1140', 'dr', '100000.00'], ['1161', 'dr', '9000.00'], ['1162', 'dr', '9000.00'], ['2110', 'cr', '118000.00']],
  },
  {
    id: 'sale-1',
    date: '2026-04-05',
    memo: 'Counter sale (cash), intra-state',
    reference: 'INV-0001',
    lines: [['1110', 'dr', '23600.00'], ['4100', 'cr', '20000.00'], ['2151', 'cr', '1800.00'], ['2152', 'cr', '1800.00']],
  },
  {
    id: 'sale-2',
    date: '2026-04-08',
    memo: 'Credit sale to Mehta Retail, Ahmedabad (inter-state), rounded off',
    reference: 'INV-0002',
    lines: [['1130', 'dr', '14568.00'], ['4100', 'cr', '12345.50'], ['2153', 'cr', '2222.19'], ['5900', 'cr', '0.31']],
  },
  { id: 'cogs-1', date: '2026-04-08', memo: 'Cost of goods sold in April so far', reference: 'COGS-04', lines: [['5100', 'dr', '15000.00'], ['1140', 'cr', '15000.00']] },
  {
    id: 'rent-1',
    date: '2026-04-10',
    memo: 'Shop rent for April, TDS 10% under section 194-I',
    reference: 'RENT-04',
    lines: [['5200', 'dr', '50000.00'], ['1120', 'cr', '45000.00'], ['2160', 'cr', '5000.00']],
  },
  { id: 'pay-1', date: '2026-04-20', memo: 'Paid Gupta Wholesale', reference: 'PAY-0001', lines: [['2110', 'dr', '118000.00'], ['1120', 'cr', '118000.00']] },
  {
    id: 'receipt-1',
    date: '2026-04-25',
    memo: 'Mehta Retail paid INV-0002, net of 2% TDS',
    reference: 'RCPT-0001',
    lines: [['1120', 'dr', '14284.00'], ['1170', 'dr', '284.00'], ['1130', 'cr', '14568.00']],
  },
];

/** The demo tenant's books: the India chart and a handful of entries. Running it again changes nothing. */
export async function seedDemoLedger(ledger: LedgerService, demo: DemoContext): Promise<{ posted: number }> {
  const inv = { actor: systemActor('demo'), tenantId: demo.tenantId, requestId: null, ip: null };
  await ledger.applyTemplate(inv, 'india');
  return ledger.run(demo.tenantId, async (tx) => {
    const byCode = new Map((await repo.allAccounts(tx)).map((a) => [a.code, a]));
    let posted = 0;
    for (const entry of DEMO_ENTRIES) {
      const result = await ledger.post(tx, {
        tenantId: demo.tenantId,
        date: entry.date,
        memo: entry.memo,
        reference: entry.reference,
        source: { module: 'ledger.demo', id: entry.id },
        actor: inv.actor,
        lines: entry.lines.map(([code, side, amount]) => {
          const account = byCode.get(code);
          if (!account) throw new Error(`demo: account ${code} missing from the India template`);
          const minor = parseMoney(amount, account.currency);
          return { accountId: account.id, ...(side === 'dr' ? { debit: minor } : { credit: minor }) };
        }),
      });
      if (result.created) posted += 1;
    }
    return { posted };
  });
}
