import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/kernel/money.js';
import type { LedgerApi } from '../../src/modules/ledger/index.js';
import { parseAmount } from '../../src/modules/ledger/domain/journal-parser.js';
import { CURRENCY_SYMBOLS } from '../../src/modules/ledger/domain/journal-resolve.js';
import { hledgerAccountNames } from '../../src/modules/ledger/export.js';
import { cliInvocation } from '../../src/modules/ledger/import-cli.js';
import { importLedgerFile } from '../../src/modules/ledger/import-files.js';
import * as repo from '../../src/modules/ledger/repo.js';
import { createTestApp, type TestApp } from '../support/app.js';

/**
 * The hledger and ledger-cli balance cases in ../shared/oracles/ledger/ (see PROVENANCE.md): each
 * journal is imported into a fresh business, and every row of the expected balance report (an
 * account's total including its subaccounts, for the report's period and query) is reproduced from
 * Kontor's balances to the last digit.
 */

// Copies of ../shared/oracles/ledger/ (see fixtures/oracles/PROVENANCE.md), so a clean clone runs alone.
const ORACLES = path.resolve(import.meta.dirname, 'fixtures/oracles');
const HLEDGER = path.join(ORACLES, 'hledger_balance_cases');
const LEDGER = path.join(ORACLES, 'ledger_cli_baseline');

let t: TestApp;
let ledger: LedgerApi;
beforeAll(async () => {
  t = await createTestApp();
  ledger = t.context.modules.get<LedgerApi>('ledger');
});
afterAll(async () => t?.close());

async function importInto(text: string, baseCurrency: string): Promise<string> {
  const owner = await t.signUp({ baseCurrency, countryCode: 'US', timezone: 'UTC' });
  const report = await importLedgerFile(ledger.importer, cliInvocation(owner.tenantId), text, { format: 'journal' });
  expect(report.posted).toBe(report.entries);
  return owner.tenantId;
}

const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Net (debit − credit) per full account name and currency for postings dated in [from, to). */
async function balances(tenantId: string, from?: string, to?: string): Promise<Map<string, Map<string, bigint>>> {
  return ledger.service.run(tenantId, async (tx) => {
    const names = hledgerAccountNames(await repo.allAccounts(tx));
    const out = new Map<string, Map<string, bigint>>();
    const addAll = async (asOf: string, sign: bigint) => {
      for (const r of await repo.balancesAsOf(tx, asOf)) {
        const name = names.get(r.account_id)!;
        const own = out.get(name) ?? new Map<string, bigint>();
        own.set(r.currency, (own.get(r.currency) ?? 0n) + sign * (BigInt(r.debit) - BigInt(r.credit)));
        out.set(name, own);
      }
    };
    await addAll(to ? dayBefore(to) : '9999-12-31', 1n);
    if (from) await addAll(dayBefore(from), -1n);
    return out;
  });
}

const currencyOf = (commodity: string, base: string) => (commodity === '' ? base : (CURRENCY_SYMBOLS[commodity] ?? commodity));

/** `2016` → 2016-01-01, `2015/11` → 2015-11-01. */
const periodDate = (text: string) => {
  const [y, m = '1', d = '1'] = text.split(/[-/]/);
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
};

interface ReportCheck {
  rows: { name: string; amount: string }[];
  total: string | null;
}

/** Rows of a balance report (`%20s  %s`, two spaces of indentation per tree level), with full account names. */
function readReport(expected: string[]): ReportCheck {
  const rows: ReportCheck['rows'] = [];
  const stack: string[] = [];
  let total: string | null = null;
  let afterRule = false;
  for (const line of expected) {
    if (line.trim() === '') continue;
    if (/^-{10,}/.test(line)) {
      afterRule = true;
      continue;
    }
    const amount = line.slice(0, 20).trim();
    if (afterRule) {
      total = amount;
      continue;
    }
    const rest = line.slice(22);
    const depth = (rest.length - rest.trimStart().length) / 2;
    stack.length = depth;
    stack.push(rest.trim());
    rows.push({ name: stack.join(':'), amount });
  }
  return { rows, total };
}

/** Expected amount as minor units of the base currency (`$-10,000.00`, `0`, `10`). */
function expectedMinor(text: string, base: string): bigint {
  const amount = parseAmount(text, 0);
  expect(currencyOf(amount.commodity, base)).toBe(base);
  return BigInt(amount.quantity.times(100).toFixed(0));
}

function checkReport(report: ReportCheck, actual: Map<string, Map<string, bigint>>, base: string, query: RegExp | null) {
  const matching = [...actual].filter(([name]) => !query || query.test(name));
  const inclusive = (name: string) =>
    matching.filter(([n]) => n.toLowerCase() === name.toLowerCase() || n.toLowerCase().startsWith(`${name.toLowerCase()}:`)).reduce((s, [, c]) => s + (c.get(base) ?? 0n), 0n);
  for (const row of report.rows) {
    expect(`${row.name} ${formatMoney(inclusive(row.name), base)}`).toBe(`${row.name} ${formatMoney(expectedMinor(row.amount, base), base)}`);
  }
  if (report.total !== null) expect(formatMoney(matching.reduce((s, [, c]) => s + (c.get(base) ?? 0n), 0n), base)).toBe(formatMoney(expectedMinor(report.total, base), base));
}

describe('hledger balance cases', () => {
  const cases = readdirSync(HLEDGER).filter((d) => /^case\d+$/.test(d)).sort();

  it('has the six extracted cases', () => expect(cases).toHaveLength(6));

  for (const name of cases) {
    it(`${name} reproduces hledger's balance report`, async () => {
      const dir = path.join(HLEDGER, name);
      const command = readFileSync(path.join(dir, 'command.txt'), 'utf8').trim();
      const args = command.split(/\s+/).slice(3); // hledger -f FILE …
      const journal = path.resolve(dir, command.split(/\s+/)[2]!);
      const tenantId = await importInto(readFileSync(journal, 'utf8'), 'USD');
      let from: string | undefined;
      let to: string | undefined;
      let query: RegExp | null = null;
      for (let i = 0; i < args.length; i++) {
        const a = args[i]!;
        if (a === '-b') from = periodDate(args[++i]!);
        else if (a === '-e') to = periodDate(args[++i]!);
        else if (!a.startsWith('-') && a !== 'balance') query = new RegExp(a, 'i');
      }
      const expected = readFileSync(path.join(dir, 'expected.txt'), 'utf8').split('\n');
      const report = readReport(expected);
      if (!args.includes('-N')) expect(report.total).not.toBeNull();
      checkReport(report, await balances(tenantId, from, to), 'USD', query);
    });
  }
});

/** `test ARGS` … `end test` blocks of a ledger-cli baseline file, and the journal above them. */
function ledgerTests(file: string): { journal: string; tests: { args: string[]; expected: string[] }[] } {
  const lines = readFileSync(file, 'utf8').split('\n');
  const first = lines.findIndex((l) => l.startsWith('test '));
  const tests: { args: string[]; expected: string[] }[] = [];
  for (let i = first; i < lines.length; i++) {
    if (!lines[i]!.startsWith('test ')) continue;
    const end = lines.indexOf('end test', i);
    tests.push({ args: lines[i]!.split(/\s+/).slice(1), expected: lines.slice(i + 1, end) });
    i = end;
  }
  return { journal: lines.slice(0, first).join('\n'), tests };
}

describe('ledger-cli baseline cases', () => {
  for (const file of ['cmd-balance.test', 'feat-balance-assignments.test', 'feat-balance_assert.test', 'opt-cost.test', 'opt-basis.test']) {
    it(`${file} reproduces every balance report`, async () => {
      const { journal, tests } = ledgerTests(path.join(LEDGER, file));
      const balanceTests = tests.filter((x) => ['bal', 'balance'].includes(x.args[0]!));
      expect(balanceTests.length).toBeGreaterThan(0);
      const tenantId = await importInto(journal, 'USD');
      const actual = await balances(tenantId);
      for (const test of balanceTests) checkReport(readReport(test.expected), actual, 'USD', null);
    });
  }

  it('cmd-register.test: a EUR expense paid in GBP (@@) and shares bought at cost balance per currency', async () => {
    const { journal } = ledgerTests(path.join(LEDGER, 'cmd-register.test'));
    const tenantId = await importInto(journal, 'GBP');
    const actual = await balances(tenantId);
    const get = (name: string, currency: string) => formatMoney(actual.get(name)?.get(currency) ?? 0n, currency);
    expect(get('Expenses:Phone', 'EUR')).toBe('12.00');
    expect(get('Expenses:Rent', 'GBP')).toBe('550.00');
    expect(get('Assets:Cash', 'GBP')).toBe('-570.00');
    expect(get('Assets:Investment', 'GBP')).toBe('10.00');
    const tb = await ledger.service.trialBalance(tenantId, '2012-12-31');
    expect(tb.balanced).toBe(true);
    expect(tb.totals.debit).toBe('570.00'); // phone 10.00 (at cost) + rent 550.00 + shares 10.00
  });
});
