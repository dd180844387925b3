import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLedgerCsv } from '../../src/modules/ledger/domain/csv-import.js';
import { parseAmount } from '../../src/modules/ledger/domain/journal-parser.js';
import { hledgerAccountNames } from '../../src/modules/ledger/export.js';
import type { LedgerApi } from '../../src/modules/ledger/index.js';
import * as repo from '../../src/modules/ledger/repo.js';
import { createTestApp, type TestApp } from '../support/app.js';
import type { SignedUp } from '../support/factories.js';
import { applyTemplate, type AccountJson } from '../ledger/helpers.js';

/**
 * Random books posted through the API, exported as an hledger journal, and read by the real hledger
 * (Debian package; CI installs it): `hledger bal` must agree with Kontor's trial balance (at cost,
 * in base currency) and with its per-currency balances, account by account, to the last digit.
 */

const HLEDGER = '/usr/bin/hledger';

let t: TestApp;
let dir: string;
beforeAll(async () => {
  t = await createTestApp();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kontor-hledger-'));
});
afterAll(async () => {
  await t?.close();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

/** `hledger bal` as CSV: account → minor units per commodity (amounts like `-1234.50 INR`, several joined by `, `). */
function hledgerBalances(file: string, args: string[]): Map<string, Map<string, bigint>> {
  const csv = execFileSync(HLEDGER, ['-f', file, 'bal', '--flat', '-N', '-O', 'csv', ...args], { encoding: 'utf8' });
  const out = new Map<string, Map<string, bigint>>();
  for (const line of csv.trim().split('\n').slice(1)) {
    const [account, amounts] = JSON.parse(`[${line}]`) as [string, string];
    const own = new Map<string, bigint>();
    for (const text of amounts.split(', ')) {
      if (text === '0') continue;
      const amount = parseAmount(text, 0);
      const exponent = amount.commodity === 'JPY' ? 0 : amount.commodity === 'KWD' ? 3 : 2;
      own.set(amount.commodity, BigInt(amount.quantity.times(10 ** exponent).toFixed(0)));
    }
    if (own.size > 0) out.set(account, own);
  }
  return out;
}

const line = fc.record({ debit: fc.integer({ min: 0, max: 9 }), credit: fc.integer({ min: 0, max: 9 }), paise: fc.bigInt({ min: 1n, max: 5_000_000_00n }) });
const fx = fc.record({
  currency: fc.constantFrom('USD', 'EUR', 'JPY', 'KWD'),
  amount: fc.bigInt({ min: 2n, max: 10_000_000n }),
  inBase: fc.bigInt({ min: 2n, max: 9_000_000_00n }),
  split: fc.double({ min: 0, max: 1, noNaN: true }),
});
const entry = fc.record({ day: fc.integer({ min: 0, max: 700 }), lines: fc.array(line, { minLength: 1, maxLength: 3 }), fx: fc.option(fx, { nil: undefined }) });

function minorText(minor: bigint, exponent: number): string {
  const digits = minor.toString().padStart(exponent + 1, '0');
  return exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

describe('hledger cross-check', () => {
  it('the hledger binary is installed (CI installs the Debian package)', () => {
    expect(existsSync(HLEDGER), `${HLEDGER} is missing: apt-get install hledger`).toBe(true);
  });

  it('hledger bal of the export agrees with the trial balance and the per-currency balances, for random books', async () => {
    expect(existsSync(HLEDGER)).toBe(true);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { minLength: 1, maxLength: 60 }), async (generated) => {
        run += 1;
        const owner: SignedUp = await t.signUp();
        const acc = await applyTemplate(t, owner, 'india');
        const postable = [...acc.values()].filter((a: AccountJson) => !(a as AccountJson & { isGroup: boolean }).isGroup);
        const pick = (i: number) => postable[(i * 7 + run) % postable.length]!.id;
        const entries = generated.map((g) => {
          const date = new Date(Date.UTC(2025, 3, 1 + g.day)).toISOString().slice(0, 10);
          const lines: { accountId: string; debit?: string; credit?: string; currency?: string; baseAmount?: string }[] = [];
          for (const l of g.lines) {
            lines.push({ accountId: pick(l.debit), debit: minorText(l.paise, 2) });
            lines.push({ accountId: pick(l.credit + 10), credit: minorText(l.paise, 2) });
          }
          if (g.fx) {
            // A foreign amount in on one account and out on two, at different rates: it balances in the currency and in base.
            const exponent = g.fx.currency === 'JPY' ? 0 : g.fx.currency === 'KWD' ? 3 : 2;
            const part = (total: bigint) => 1n + ((total - 2n) * BigInt(Math.floor(g.fx!.split * 1000))) / 1000n;
            const [a1, b1] = [part(g.fx.amount), part(g.fx.inBase)];
            lines.push({ accountId: pick(3), currency: g.fx.currency, debit: minorText(g.fx.amount, exponent), baseAmount: minorText(g.fx.inBase, 2) });
            lines.push({ accountId: pick(4), currency: g.fx.currency, credit: minorText(a1, exponent), baseAmount: minorText(b1, 2) });
            lines.push({ accountId: pick(5), currency: g.fx.currency, credit: minorText(g.fx.amount - a1, exponent), baseAmount: minorText(g.fx.inBase - b1, 2) });
          }
          return { date, memo: `Random ${g.day}; with "quotes" & symbols`, lines };
        });
        const posted = await t.app.inject({ method: 'POST', url: '/api/v1/ledger/batch', headers: owner.headers, payload: { entries } });
        expect(posted.statusCode, posted.body).toBe(201);

        const exported = await t.app.inject({ method: 'GET', url: '/api/v1/ledger/export?format=hledger', headers: owner.headers });
        expect(exported.statusCode).toBe(200);
        const file = path.join(dir, `books-${run}.journal`);
        await fs.writeFile(file, exported.body);

        const ledger = t.context.modules.get<LedgerApi>('ledger');
        const { names, perCurrency } = await ledger.service.run(owner.tenantId, async (tx) => ({
          names: hledgerAccountNames(await repo.allAccounts(tx)),
          perCurrency: await repo.balancesAsOf(tx, '2099-12-31'),
        }));
        const tb = await ledger.service.trialBalance(owner.tenantId, '2099-12-31');
        expect(tb.balanced).toBe(true);
        const kontorBase = new Map(
          tb.accounts.map((a) => [names.get(a.accountId)!, new Map([['INR', BigInt(a.debit.replace('.', '')) - BigInt(a.credit.replace('.', ''))]])]),
        );
        expect(hledgerBalances(file, ['-B'])).toEqual(kontorBase);

        const kontorByCurrency = new Map<string, Map<string, bigint>>();
        for (const r of perCurrency) {
          const net = BigInt(r.debit) - BigInt(r.credit);
          if (net === 0n) continue;
          const own = kontorByCurrency.get(names.get(r.account_id)!) ?? new Map<string, bigint>();
          own.set(r.currency, net);
          kontorByCurrency.set(names.get(r.account_id)!, own);
        }
        expect(hledgerBalances(file, [])).toEqual(kontorByCurrency);
      }),
      { numRuns: 6 },
    );
  }, 240_000);

  it('the CSV export format reads back as the import format', async () => {
    const owner = await t.signUp();
    const acc = await applyTemplate(t, owner, 'india');
    const ledger = t.context.modules.get<LedgerApi>('ledger');
    const posted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/ledger/batch',
      headers: owner.headers,
      payload: { entries: [{ date: '2026-01-05', memo: 'Sale, "big"', lines: [{ accountId: acc.get('1110')!.id, debit: '1234.50' }, { accountId: acc.get('4100')!.id, credit: '1234.50' }] }] },
    });
    expect(posted.statusCode, posted.body).toBe(201);
    const { runExport } = await import('../../src/modules/ledger/import-cli.js');
    const text = await runExport(ledger, owner.tenantId, { format: 'csv' }, { out: () => {}, err: () => {}, tty: false });
    const [read] = parseLedgerCsv(text);
    expect(read).toMatchObject({ date: '2026-01-05', memo: 'Sale, "big"', lines: [{ account: '1110', debit: '1234.50' }, { account: '4100', credit: '1234.50' }] });
  });
});
