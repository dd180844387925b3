import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IdentityApi } from '../../src/modules/identity/index.js';
import { ledgerModule, type LedgerApi } from '../../src/modules/ledger/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { login } from '../support/factories.js';
import { DEMO_LOGIN } from '../../src/modules/identity/index.js';

let t: TestApp;
let headers: Record<string, string>;
let tenantId: string;

beforeAll(async () => {
  t = await createTestApp();
  const demo = await t.context.modules.get<IdentityApi>('identity').ensureDemoTenant();
  tenantId = demo.tenantId;
  await ledgerModule.demo!(t.context, { tenantId: demo.tenantId, userId: demo.userId });
  headers = { authorization: `Bearer ${await login(t.app, DEMO_LOGIN.email, DEMO_LOGIN.password, demo.tenantId)}` };
});
afterAll(async () => t?.close());

/** Sums an hledger journal per account and commodity (amounts are `-?digits.digits CUR`). */
function sumJournal(text: string): { perAccount: Map<string, bigint>; transactions: number; unbalanced: number } {
  const perAccount = new Map<string, bigint>();
  let transactions = 0;
  let unbalanced = 0;
  let txnTotal = 0n;
  const close = () => {
    if (txnTotal !== 0n) unbalanced += 1;
    txnTotal = 0n;
  };
  for (const line of text.split('\n')) {
    if (/^\d{4}-\d{2}-\d{2} /.test(line)) {
      close();
      transactions += 1;
    }
    const posting = /^ {4}(.+?) {2}(-?\d+)\.(\d{2}) INR$/.exec(line);
    if (posting) {
      const signed = BigInt(`${posting[2]}${posting[3]}`); // "-2222" + "19" is -222219 minor units
      perAccount.set(posting[1]!, (perAccount.get(posting[1]!) ?? 0n) + signed);
      txnTotal += signed;
    }
  }
  close();
  return { perAccount, transactions, unbalanced };
}

describe('hledger export', () => {
  it('exports every posted entry as a balanced hledger transaction that reproduces the trial balance', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/ledger/export?format=hledger', headers });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    const text = response.body;
    expect(text).toContain('2026-04-08 * Credit sale to Mehta Retail, Ahmedabad (inter-state), rounded off  ; ref:INV-0002');
    expect(text).toContain('    Liabilities:Current Liabilities:GST Output Liability:Output IGST  -2222.19 INR');
    const { perAccount, transactions, unbalanced } = sumJournal(text);
    expect(transactions).toBe(8);
    expect(unbalanced).toBe(0);
    const tb = await t.context.modules.get<LedgerApi>('ledger').service.trialBalance(tenantId, '2026-12-31');
    const fromExport = [...perAccount.entries()].filter(([, v]) => v !== 0n).map(([name, v]) => [name.split(':').at(-1), v]);
    const fromTb = tb.accounts.map((a) => [a.name, BigInt(a.debit.replace('.', '')) - BigInt(a.credit.replace('.', ''))]);
    expect(new Map(fromExport as [string, bigint][])).toEqual(new Map(fromTb as [string, bigint][]));
  });

  it('limits the export to a date range', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/ledger/export?format=hledger&from=2026-04-05&to=2026-04-08', headers });
    expect(sumJournal(response.body).transactions).toBe(3);
  });
});
