import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/kernel/money.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { accountId, createCustomer, ok, request, setUpSales, trialBalance, type SalesFixture } from '../sales/helpers.js';
import { adjust, refund, spend, topUp, walletAccountBalance, walletRows, walletUrl, type CustomerWalletJson } from './wallets-helpers.js';

let t: TestApp;
let f: SalesFixture;
let bank: string;
let cash: string;
let sales: string;
let otherIncome: string;

beforeAll(async () => {
  t = await createTestApp();
  f = await setUpSales(t);
  bank = await accountId(t, f.tenantId, '1120');
  cash = await accountId(t, f.tenantId, '1110');
  sales = await accountId(t, f.tenantId, '4100');
  otherIncome = await accountId(t, f.tenantId, '4200');
});
afterAll(async () => t?.close());

type Op = { kind: 'top_up' | 'spend' | 'refund_in' | 'refund_out' | 'adjust'; minor: bigint };

const opArb: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('top_up', 'spend', 'refund_in', 'refund_out', 'adjust'),
  // 0.01 … 500.00, biased to amounts that sometimes exceed what is left.
  minor: fc.bigInt({ min: 1n, max: 50_000n }),
}) as fc.Arbitrary<Op>;

describe('property: the wallet balance always equals the Customer Wallets account balance for the customer', () => {
  it('over random sequences of top-ups, spends, refunds and adjustments (refused moves change nothing)', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 10 }), fc.boolean(), async (ops, negativeAdjust) => {
        run += 1;
        const customer = await createCustomer(t, f.owner, { legalName: `Property Buyer ${run}` });
        let model = 0n;
        for (const op of ops) {
          const amount = formatMoney(op.minor, 'INR');
          const out = op.kind === 'spend' || op.kind === 'refund_out' || (op.kind === 'adjust' && negativeAdjust);
          const r =
            op.kind === 'top_up'
              ? await topUp(t, f.owner, customer, { amount, depositAccountId: bank })
              : op.kind === 'spend'
                ? await spend(t, f.owner, customer, { amount, accountId: sales, date: '2026-07-01' })
                : op.kind === 'refund_in'
                  ? await refund(t, f.owner, customer, { direction: 'to_wallet', amount, accountId: sales, date: '2026-07-01' })
                  : op.kind === 'refund_out'
                    ? await refund(t, f.owner, customer, { direction: 'from_wallet', amount, accountId: cash, date: '2026-07-01' })
                    : await adjust(t, f.owner, customer, { amount: negativeAdjust ? `-${amount}` : amount, accountId: otherIncome, reason: 'Property test', date: '2026-07-01' });
          if (out && op.minor > model) {
            expect(r.statusCode, r.body).toBe(409);
          } else {
            expect(r.statusCode, r.body).toBe(201);
            model += out ? -op.minor : op.minor;
          }
          const stored = await walletRows(t, f.tenantId, customer);
          expect(stored.balance).toBe(model);
          expect(await walletAccountBalance(t, f.tenantId, customer)).toBe(model);
        }
        const view = await ok<CustomerWalletJson>(request(t, f.owner, 'GET', `${walletUrl(customer)}?limit=200`));
        expect(view.balance).toBe(formatMoney(model, 'INR'));
        expect(view.ledgerBalance).toBe(view.balance);
        // The statement runs in recording order: each balance is the one before plus the movement.
        let running = 0n;
        for (const m of view.statement.items) {
          running += BigInt(m.amount.replace('.', ''));
          expect(m.balanceAfter).toBe(formatMoney(running, 'INR'));
        }
        const last = view.statement.items[view.statement.items.length - 1];
        expect(last?.balanceAfter ?? '0.00').toBe(view.balance);
      }),
      { numRuns: 10, seed: 20261126, endOnFailure: true },
    );
    expect(await trialBalance(t, f.tenantId)).toBe(0n);
  }, 240_000);
});
