import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import type { SignedUp } from '../support/factories.js';
import { allLines, bankAccount, cents, fixture, importFile, ok, problem, type AccountJson, type ImportJson } from './fixtures/helpers.js';

/**
 * Every OFX, camt and MT940 oracle file imported through the API: the transaction counts and
 * balances of PROVENANCE-ofx.md / PROVENANCE-camt.md, the lines stored once, re-imports skipped.
 */

let t: TestApp;
let owner: SignedUp;
beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp();
});
afterAll(async () => t?.close());

interface Case {
  file: string;
  currency: string;
  lines: number;
  closing: string | null;
  balance: 'ok' | 'unchecked';
  sum: string;
  statementIndexes?: number[];
}

const CASES: Case[] = [
  { file: 'ofxparse_bank_medium.ofx', currency: 'CAD', lines: 3, closing: '382.34', balance: 'unchecked', sum: '-345.27' },
  { file: 'ofxparse_checking.ofx', currency: 'USD', lines: 3, closing: '100.99', balance: 'unchecked', sum: '-59.50' },
  { file: 'ofxparse_anzcc.ofx', currency: 'AUD', lines: 1, closing: '-123.45', balance: 'unchecked', sum: '-5.50' },
  { file: 'ofxparse_suncorp.ofx', currency: 'AUD', lines: 1, closing: '1234.12', balance: 'unchecked', sum: '-16.85' },
  { file: 'ofxparse_multiple_accounts2.ofx', currency: 'USD', lines: 0, closing: '111.00', balance: 'unchecked', sum: '0', statementIndexes: [0] },
  { file: 'ofxparse_multiple_accounts2.ofx', currency: 'USD', lines: 0, closing: '222.00', balance: 'unchecked', sum: '0', statementIndexes: [1] },
  { file: 'ofxtools_br_nubank_cc.ofx', currency: 'BRL', lines: 6, closing: '-1280.91', balance: 'unchecked', sum: '-1280.91' },
  { file: 'viafintech_camt053_v02_vrbank.xml', currency: 'EUR', lines: 4, closing: '23.06', balance: 'ok', sum: '-10.00' },
  { file: 'viafintech_camt053_v04_chf.xml', currency: 'CHF', lines: 13, closing: '322689.77', balance: 'ok', sum: '537.61' },
  { file: 'viafintech_camt054_v04_chf.xml', currency: 'CHF', lines: 4, closing: null, balance: 'unchecked', sum: '59.03' },
  { file: 'genkgo_camt053_v02_multi_statement.xml', currency: 'EUR', lines: 2, closing: '20.00', balance: 'ok', sum: '1.85' },
  // DEM (statement 0) left the ISO 4217 list in 2002: Kontor keeps no account in it, so the
  // parser tests cover that statement; the EUR and PLN statements import into their accounts.
  { file: 'mt940_cmxl_3statements.sta', currency: 'EUR', lines: 2, closing: '4387.95', balance: 'ok', sum: '2200.00', statementIndexes: [1] },
  { file: 'mt940_cmxl_3statements.sta', currency: 'PLN', lines: 3, closing: '50040.00', balance: 'ok', sum: '10040.00', statementIndexes: [2] },
];

describe('oracle statement files through POST /api/v1/bank-accounts/:id/statements', () => {
  for (const c of CASES) {
    it(`${c.file}${c.statementIndexes ? ` [${c.statementIndexes.join(',')}]` : ''}: ${c.lines} lines into a ${c.currency} account, balance ${c.balance}`, async () => {
      const account = await bankAccount(t, owner, c.currency);
      const extra = c.statementIndexes ? { statementIndexes: c.statementIndexes } : {};
      const imported = await ok<ImportJson>(importFile(t, owner, account.id, c.file, fixture(c.file), extra), 201);
      expect(imported).toMatchObject({ lineCount: c.lines, importedCount: c.lines, duplicateCount: 0, balanceStatus: c.balance });
      if (c.balance === 'unchecked') expect(imported.warnings.map((w) => w.code)).toContain('BANKING.BALANCE_NOT_CHECKED');
      else expect(imported.warnings).toEqual([]);

      const lines = await allLines(t, owner, account.id);
      expect(lines).toHaveLength(c.lines);
      expect(lines.every((l) => l.status === 'unreconciled')).toBe(true);
      expect(cents(lines.map((l) => l.amount))).toBe(cents([c.sum]));

      const after = await ok<AccountJson>(t.app.inject({ method: 'GET', url: `/api/v1/bank-accounts/${account.id}`, headers: owner.headers }));
      expect(after.lastStatementBalance).toBe(c.closing);

      // The same file again: every line is a duplicate, nothing new is stored.
      const again = await ok<ImportJson>(importFile(t, owner, account.id, c.file, fixture(c.file), extra), 201);
      expect(again).toMatchObject({ lineCount: c.lines, importedCount: 0, duplicateCount: c.lines });
      expect(await allLines(t, owner, account.id)).toHaveLength(c.lines);
    });
  }

  it('the MT940 file as a whole is refused for a EUR account: its DEM and PLN statements are named', async () => {
    const account = await bankAccount(t, owner, 'EUR');
    const r = await importFile(t, owner, account.id, 'mt940_cmxl_3statements.sta', fixture('mt940_cmxl_3statements.sta'));
    expect(r.statusCode).toBe(422);
    const p = problem(r);
    expect(p.code).toBe('BANKING.CURRENCY_MISMATCH');
    expect(p.errors!.map((e) => e.path)).toEqual(['body.content.statements[0].currency', 'body.content.statements[2].currency']);
    expect(await allLines(t, owner, account.id)).toEqual([]);
  });

  it('a QFX named as such imports like OFX', async () => {
    const account = await bankAccount(t, owner, 'CAD');
    const imported = await ok<ImportJson>(importFile(t, owner, account.id, 'export.qfx', fixture('ofxparse_bank_medium.ofx'), { format: 'qfx', contentType: 'application/vnd.intu.qfx' }), 201);
    expect(imported).toMatchObject({ format: 'ofx', importedCount: 3, closingBalance: '382.34' });
    expect((await allLines(t, owner, account.id)).map((l) => l.bankRef)).toEqual(['0000123456782009040100001', '0000123456782009040200004', '0000123456782009040300005']);
  });

  it('camt.053 with both statements: each statement is checked and summarised on its own', async () => {
    const account = await bankAccount(t, owner, 'EUR');
    const imported = await ok<ImportJson>(importFile(t, owner, account.id, 'camt.xml', fixture('genkgo_camt053_v02_multi_statement.xml')), 201);
    expect(imported.statements.map((s) => [s.openingBalance, s.closingBalance, s.total, s.balanceCheck])).toEqual([
      ['18.15', '27.00', '8.85', 'ok'],
      ['27.00', '20.00', '-7.00', 'ok'],
    ]);
  });

  it('a camt.053 whose closing balance was edited is refused with 422 and nothing written', async () => {
    const account = await bankAccount(t, owner, 'EUR');
    const tampered = fixture('viafintech_camt053_v02_vrbank.xml').toString('utf8').replace('<Amt Ccy="EUR">23.06</Amt>', '<Amt Ccy="EUR">23.07</Amt>');
    const r = await importFile(t, owner, account.id, 'camt.xml', tampered);
    expect(r.statusCode).toBe(422);
    const p = problem(r);
    expect(p.code).toBe('BANKING.BALANCE_MISMATCH');
    expect(p.errors![0]!.message).toContain('difference 0.01');
    expect(await allLines(t, owner, account.id)).toEqual([]);
    const history = await ok<{ items: unknown[] }>(t.app.inject({ method: 'GET', url: `/api/v1/bank-accounts/${account.id}/statements`, headers: owner.headers }));
    expect(history.items).toEqual([]);
  });
});
