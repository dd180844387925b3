import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/kernel/index.js';
import type { LedgerApi } from '../../src/modules/ledger/index.js';
import { resolveTenant, runExport, runImport, type CliIo } from '../../src/modules/ledger/import-cli.js';
import { createTestApp, type TestApp } from '../support/app.js';
import type { SignedUp } from '../support/factories.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { accountsByCode, applyTemplate } from './helpers.js';

let t: TestApp;
let ledger: LedgerApi;
let dir: string;

beforeAll(async () => {
  t = await createTestApp();
  ledger = t.context.modules.get<LedgerApi>('ledger');
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kontor-import-'));
});
afterAll(async () => {
  await t?.close();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

function captureIo(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l), tty: false };
}

async function file(name: string, text: string): Promise<string> {
  const p = path.join(dir, name);
  await fs.writeFile(p, text);
  return p;
}

const JOURNAL = `; household books
2026-04-01 * Salary
    Assets:Bank:Current        ₹85,000.00
    Income:Salary

2026-04-03 Groceries  ; shop:market
    Expenses:Food:Groceries     ₹2,345.50
    Assets:Bank:Current

2026-04-05 (CHQ-12) Rent
    Expenses:Rent              ₹25,000
    Assets:Bank:Current        = ₹57,654.50
`;

async function trialBalanceByName(owner: SignedUp): Promise<Record<string, string>> {
  const tb = await ledger.service.trialBalance(owner.tenantId, '2099-12-31');
  return Object.fromEntries(tb.accounts.map((a) => [a.name, a.debit !== '0.00' ? a.debit : `-${a.credit}`]));
}

describe('kontor import ledger', () => {
  it('imports a journal, creating the accounts under groups by their top-level names', async () => {
    const owner = await t.signUp();
    const io = captureIo();
    const report = await runImport(ledger, owner.tenantId, await file('books.journal', JOURNAL), {}, io);
    expect(report).toMatchObject({ format: 'journal', posted: 3, skipped: 0, lines: 6 });
    expect(io.lines.at(-1)).toBe('posted 3 entries (6 lines); 0 already imported; 9 account(s) created');
    const chart = [...(await accountsByCode(t, owner)).values()];
    const byName = (name: string) => chart.find((a) => a.name === name) as (typeof chart)[number] & { isGroup: boolean; parentId: string | null };
    expect(byName('Assets')).toMatchObject({ type: 'asset', isGroup: true });
    expect(byName('Current')).toMatchObject({ type: 'asset', isGroup: false, parentId: byName('Bank').id });
    expect(byName('Groceries')).toMatchObject({ type: 'expense', parentId: byName('Food').id });
    expect(byName('Salary').type).toBe('income');
    expect(await trialBalanceByName(owner)).toEqual({ Current: '57654.50', Groceries: '2345.50', Rent: '25000.00', Salary: '-85000.00' });
  });

  it('posts nothing twice: importing the same file again skips every entry', async () => {
    const owner = await t.signUp();
    const books = await file('again.journal', JOURNAL);
    await runImport(ledger, owner.tenantId, books, {}, captureIo());
    const before = await rowCounts(t.testDb.ownerUrl);
    const again = await runImport(ledger, owner.tenantId, books, {}, captureIo());
    expect(again).toMatchObject({ posted: 0, skipped: 3, accountsCreated: [] });
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
    // A file that grew by one transaction posts just that one.
    const grown = await file('grown.journal', `${JOURNAL}\n2026-04-09 Tea\n    Expenses:Food:Groceries  ₹20\n    Assets:Bank:Current\n`);
    expect(await runImport(ledger, owner.tenantId, grown, {}, captureIo())).toMatchObject({ posted: 1, skipped: 3 });
  });

  it('--dry-run reports what would happen and writes nothing', async () => {
    const owner = await t.signUp();
    const before = await rowCounts(t.testDb.ownerUrl);
    const io = captureIo();
    const report = await runImport(ledger, owner.tenantId, await file('dry.journal', JOURNAL), { dryRun: true }, io);
    expect(report).toMatchObject({ dryRun: true, posted: 3 });
    expect(io.lines.at(-1)).toMatch(/^dry run: would post 3 entries/);
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  });

  it('refuses a broken journal with its line number and writes nothing', async () => {
    const owner = await t.signUp();
    const before = await rowCounts(t.testDb.ownerUrl);
    const broken = await file('broken.journal', `${JOURNAL}\n2026-04-07 Oops\n    Expenses:Rent  ₹10\n    Assets:Bank:Current  ₹-9\n`);
    const error = await runImport(ledger, owner.tenantId, broken, {}, captureIo()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'LEDGER.IMPORT_INVALID_JOURNAL', errors: [{ path: 'line 14' }] });
    const badAssertion = await file('assert.journal', JOURNAL.replace('       = ₹57,654.50', '  ₹-25,000 = ₹57,654.51'));
    expect(await runImport(ledger, owner.tenantId, badAssertion, {}, captureIo()).catch((e: unknown) => e)).toMatchObject({ errors: [{ path: 'line 12' }] });
    const unknownTop = await file('top.journal', '2026-01-01 x\n    Stuff:Thing  ₹1\n    Assets:Cash\n');
    expect(await runImport(ledger, owner.tenantId, unknownTop, {}, captureIo()).catch((e: unknown) => e)).toMatchObject({ code: 'LEDGER.IMPORT_ACCOUNT_TYPE' });
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  });

  it('refuses entries on or before the lock date, naming the line', async () => {
    const owner = await t.signUp();
    const settings = await t.app.inject({ method: 'GET', url: '/api/v1/ledger/settings', headers: owner.headers });
    const locked = await t.app.inject({ method: 'PUT', url: '/api/v1/ledger/settings', headers: { ...owner.headers, 'if-match': settings.headers.etag as string }, payload: { lockDate: '2026-04-02' } });
    expect(locked.statusCode, locked.body).toBe(200);
    const before = await rowCounts(t.testDb.ownerUrl);
    const error = await runImport(ledger, owner.tenantId, await file('locked.journal', JOURNAL), {}, captureIo()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'LEDGER.PERIOD_LOCKED', errors: [{ path: 'line 2' }] });
    expect((error as Error).message).toMatch(/^line 2: /);
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  });

  it('imports CSV by account code or name, idempotent per entry id, and refuses a changed entry under the same id', async () => {
    const owner = await t.signUp();
    await applyTemplate(t, owner, 'india');
    const csv = [
      'date,entry,memo,account,debit,credit,currency,base_amount,line_memo',
      '2026-04-01,S-1,Counter sale,1110,"1,180.00",,,,',
      '2026-04-01,S-1,,4100,,"1,000.00",,,',
      '2026-04-01,S-1,,2151,,180.00,,,GST',
      '2026-04-02,S-2,Export sale,1120,"8,300.00",,,,',
      '2026-04-02,S-2,,Income:Export Sales,,100.00,USD,"8,300.00",',
      '2026-04-02,S-2,,Assets:FX Clearing,100.00,,USD,"8,300.00",',
      '2026-04-02,S-2,,Assets:FX Clearing,,"8,300.00",,,',
    ].join('\n');
    const report = await runImport(ledger, owner.tenantId, await file('sales.csv', csv), {}, captureIo());
    expect(report).toMatchObject({ format: 'csv', posted: 2, lines: 7 });
    const tb = await trialBalanceByName(owner);
    expect(tb).toMatchObject({ 'Cash in Hand': '1180.00', 'Export Sales': '-8300.00' });
    expect(await runImport(ledger, owner.tenantId, await file('sales-again.csv', csv), {}, captureIo())).toMatchObject({ posted: 0, skipped: 2 });
    const changed = csv.replace('"1,180.00"', '"1,190.00"').replace('"1,000.00"', '"1,010.00"');
    const conflict = await runImport(ledger, owner.tenantId, await file('sales-changed.csv', changed), {}, captureIo()).catch((e: unknown) => e);
    expect(conflict).toMatchObject({ code: 'LEDGER.SOURCE_REVISION_CONFLICT' });
    const foreignWithoutBase = csv.replace(',100.00,USD,"8,300.00",', ',100.00,USD,,');
    expect(await runImport(ledger, owner.tenantId, await file('nobase.csv', foreignWithoutBase), { source: 'other' }, captureIo()).catch((e: unknown) => e)).toMatchObject({
      code: 'LEDGER.IMPORT_INVALID_CSV',
      errors: [{ path: 'row 6.base_amount' }],
    });
  });

  it("round-trips Kontor's own hledger export into another business", async () => {
    const owner = await t.signUp();
    await runImport(ledger, owner.tenantId, await file('src.journal', JOURNAL), {}, captureIo());
    const out = path.join(dir, 'export.journal');
    await runExport(ledger, owner.tenantId, { out }, captureIo());
    const copy = await t.signUp();
    const report = await runImport(ledger, copy.tenantId, out, { format: 'journal' }, captureIo());
    expect(report.posted).toBe(3);
    expect(await trialBalanceByName(copy)).toEqual(await trialBalanceByName(owner));
    const io = captureIo();
    await runExport(ledger, copy.tenantId, { from: '2026-04-04', to: '2026-04-30' }, io);
    expect(io.lines.join('\n')).toContain('2026-04-05 * Rent');
    expect(io.lines.join('\n')).not.toContain('Salary');
  });

  it('needs --tenant when there are several tenants, and refuses an unknown one', async () => {
    const owner = await t.signUp();
    expect(await resolveTenant(t.testDb.db.system, owner.tenantId)).toBe(owner.tenantId);
    await expect(resolveTenant(t.testDb.db.system, '00000000-0000-7000-8000-000000000000')).rejects.toMatchObject({ code: 'CLI.UNKNOWN_TENANT' });
    await expect(resolveTenant(t.testDb.db.system, undefined)).rejects.toMatchObject({ code: 'CLI.TENANT_REQUIRED' });
  });

  it('is wired into the kontor command line', () => {
    const help = execFileSync(process.execPath, ['--import', 'tsx', 'src/main.ts', 'import', 'ledger', '--help'], { encoding: 'utf8' });
    expect(help).toContain('--dry-run');
    expect(help).toContain('--format <format>');
    const exportHelp = execFileSync(process.execPath, ['--import', 'tsx', 'src/main.ts', 'export', 'ledger', '--help'], { encoding: 'utf8' });
    expect(exportHelp).toContain('--out <file>');
  });
});
