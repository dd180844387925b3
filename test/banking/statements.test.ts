import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import type { BankingApi } from '../../src/modules/banking/index.js';
import { adminQuery } from '../support/db.js';
import type { SignedUp } from '../support/factories.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { allLines, b64, bankAccount, importFile, ok, problem, request, type AccountJson, type ImportJson } from './fixtures/helpers.js';

let t: TestApp;
let owner: SignedUp;
let accounts: { id: string; code: string }[];
const ledgerId = (code: string) => accounts.find((a) => a.code === code)!.id;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp();
  await ok(request(t, owner, 'POST', '/api/v1/accounts/apply-template', { template: 'small_business' }));
  accounts = (await ok<{ items: { id: string; code: string }[] }>(request(t, owner, 'GET', '/api/v1/accounts?limit=200'))).items;
});
afterAll(async () => t?.close());

const INDIAN_MAPPING = {
  dateFormat: 'DD/MM/YYYY',
  columns: { date: 'Txn Date', description: 'Narration', reference: 'Chq./Ref.No.', debit: 'Withdrawal Amt.', credit: 'Deposit Amt.', balance: 'Closing Balance' },
} as const;

/** An HDFC-style export: a letterhead, DD/MM/YYYY, lakh grouping, withdrawal and deposit columns, a running balance. */
const indianCsv = (rows: [string, string, string, string, string, string][]) =>
  ['HDFC BANK Ltd. Statement of account', '', 'Txn Date,Narration,Chq./Ref.No.,Withdrawal Amt.,Deposit Amt.,Closing Balance', ...rows.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(','))].join('\r\n');

const ROWS: [string, string, string, string, string, string][] = [
  ['01/04/2026', 'NEFT CR ACME TRADERS', 'N123', '', '1,50,000.00', '2,50,000.00'],
  ['02/04/2026', 'UPI COFFEE DAY', '', '120.00', '', '2,49,880.00'],
  ['02/04/2026', 'UPI COFFEE DAY', '', '120.00', '', '2,49,760.00'],
  ['03/04/2026', 'RENT APRIL', 'CHQ 000451', '45,000.00', '', '2,04,760.00'],
  ['05/04/2026', 'INTEREST', '', '', '12.34', '2,04,772.34'],
  ['06/04/2026', 'GST PAYMENT', 'CBDT77', '18,000.00', '', '1,86,772.34'],
  ['07/04/2026', 'UPI COFFEE DAY', '', '120.00', '', '1,86,652.34'],
];

describe('bank and cash accounts', () => {
  it('links an existing bank ledger account, masks the number and posts the opening balance to the ledger', async () => {
    const created = await ok<AccountJson>(
      request(t, owner, 'POST', '/api/v1/bank-accounts', {
        name: 'HDFC Current',
        ledgerAccountId: ledgerId('1120'),
        bankName: 'HDFC Bank',
        accountNumber: '50200012345678',
        ifsc: 'hdfc0001234',
        openingBalance: { amount: '100000.00', date: '2026-04-01' },
      }),
      201,
    );
    expect(created).toMatchObject({ currency: 'INR', accountNumberMasked: 'XXXXXXXXXX5678', bookBalance: '100000.00', openingBalance: { amount: '100000.00', date: '2026-04-01' } });
    const stored = await adminQuery(t.testDb.ownerUrl, `select count(*)::int as n from banking.bank_accounts where account_number_masked like '%50200012345678%'`);
    expect(stored.rows[0]).toEqual({ n: 0 });
    const balance = await ok<{ balance: string }>(request(t, owner, 'GET', `/api/v1/accounts/${ledgerId('1120')}/balance?asOf=2026-12-31`));
    expect(balance.balance).toBe('100000.00');

    // The same ledger account cannot back two bank accounts; an income account backs none.
    const twice = await request(t, owner, 'POST', '/api/v1/bank-accounts', { name: 'Again', ledgerAccountId: ledgerId('1120') });
    expect(twice.statusCode).toBe(409);
    expect(problem(twice).code).toBe('BANKING.LEDGER_ACCOUNT_LINKED');
    const income = await request(t, owner, 'POST', '/api/v1/bank-accounts', { name: 'Sales', ledgerAccountId: ledgerId('4100') });
    expect(income.statusCode).toBe(422);
    expect(problem(income).errors![0]!.path).toBe('body.ledgerAccountId');
  });

  it('creates a ledger account for a foreign-currency bank account and posts its opening balance at the day rate', async () => {
    await ok(request(t, owner, 'PUT', '/api/v1/ledger/rates', { rates: [{ currency: 'USD', date: '2026-04-01', rate: '83.5' }] }));
    const usd = await ok<AccountJson>(
      request(t, owner, 'POST', '/api/v1/bank-accounts', { name: 'Chase USD', currency: 'USD', ledgerAccount: { code: '1135' }, bic: 'CHASUS33', openingBalance: { amount: '2500.00', date: '2026-04-01' } }),
      201,
    );
    expect(usd).toMatchObject({ currency: 'USD', bookBalance: '2500.00' });
    const ledger = await ok<{ subtype: string; currency: string; code: string }>(request(t, owner, 'GET', `/api/v1/accounts/${usd.ledgerAccountId}`));
    expect(ledger).toMatchObject({ subtype: 'bank', currency: 'USD', code: '1135' });
    const taken = await request(t, owner, 'POST', '/api/v1/bank-accounts', { name: 'Taken code', ledgerAccount: { code: '1130' } });
    expect(taken.statusCode).toBe(409);
    expect(problem(taken).errors![0]!.path).toBe('body.ledgerAccount.code');
    const cash = await ok<AccountJson>(request(t, owner, 'POST', '/api/v1/bank-accounts', { name: 'Petty cash', kind: 'cash', ledgerAccountId: ledgerId('1110') }), 201);
    expect(cash.bookBalance).toBe('0.00');
  });

  it('refuses bad identifiers with field paths and writes nothing', async () => {
    const before = await rowCounts(t.testDb.ownerUrl);
    const r = await request(t, owner, 'POST', '/api/v1/bank-accounts', { name: 'Bad', ledgerAccount: { code: 'X1' }, ifsc: 'HDFC1234', iban: 'DE00740618130000033626', bic: 'NOTABIC' });
    expect(r.statusCode).toBe(422);
    expect(problem(r).errors!.map((e) => e.path).sort()).toEqual(['body.bic', 'body.iban', 'body.ifsc']);
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  });

  it('updates with If-Match only; two clients with one ETag: one wins, the other gets 412; a new opening balance replaces the old in the books', async () => {
    const account = await bankAccount(t, owner, 'INR', { openingBalance: { amount: '1000.00', date: '2026-04-01' } });
    expect((await request(t, owner, 'PUT', `/api/v1/bank-accounts/${account.id}`, { name: 'Renamed' })).statusCode).toBe(428);
    const etag = `"v${account.version}"`;
    const [a, b] = await Promise.all([
      request(t, owner, 'PUT', `/api/v1/bank-accounts/${account.id}`, { name: 'Client A', openingBalance: { amount: '1500.00', date: '2026-04-01' } }, { 'if-match': etag }),
      request(t, owner, 'PUT', `/api/v1/bank-accounts/${account.id}`, { name: 'Client B', openingBalance: { amount: '9.00', date: '2026-04-01' } }, { 'if-match': etag }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 412]);
    const after = await ok<AccountJson & { name: string }>(request(t, owner, 'GET', `/api/v1/bank-accounts/${account.id}`));
    const winner = a.statusCode === 200 ? { name: 'Client A', amount: '1500.00' } : { name: 'Client B', amount: '9.00' };
    expect(after).toMatchObject({ name: winner.name, bookBalance: winner.amount, version: account.version + 1 });

    const archived = await ok<AccountJson>(request(t, owner, 'POST', `/api/v1/bank-accounts/${account.id}/archive`));
    expect(archived.status).toBe('archived');
    const list = await ok<{ items: { id: string }[] }>(request(t, owner, 'GET', '/api/v1/bank-accounts'));
    expect(list.items.map((i) => i.id)).not.toContain(account.id);
    const refused = await importFile(t, owner, account.id, 'x.csv', 'a', { mapping: INDIAN_MAPPING });
    expect(problem(refused).code).toBe('BANKING.ACCOUNT_ARCHIVED');
  });
});

describe('CSV statements', () => {
  it('imports an Indian bank export with a saved preset; an overlapping re-import skips exactly the lines it had', async () => {
    const account = await bankAccount(t, owner, 'INR');
    const preset = await ok<{ id: string }>(request(t, owner, 'POST', '/api/v1/bank-statement-presets', { name: 'HDFC', bankName: 'HDFC Bank', mapping: { ...INDIAN_MAPPING, skipRows: 2 } }), 201);

    const first = await ok<ImportJson>(importFile(t, owner, account.id, 'april-1.csv', indianCsv(ROWS.slice(0, 4)), { presetId: preset.id, contentType: 'text/csv' }), 201);
    expect(first).toMatchObject({ format: 'csv', lineCount: 4, importedCount: 4, duplicateCount: 0, balanceStatus: 'ok', openingBalance: '100000', closingBalance: '204760' });

    // Rows 2–7: both 02/04 coffees (identical lines on one day) and the rent were imported already.
    const second = await ok<ImportJson>(importFile(t, owner, account.id, 'april-2.csv', indianCsv(ROWS.slice(1)), { presetId: preset.id }), 201);
    expect(second).toMatchObject({ lineCount: 6, importedCount: 3, duplicateCount: 3, balanceStatus: 'ok' });

    const lines = await allLines(t, owner, account.id);
    expect(lines.map((l) => [l.date, l.amount])).toEqual([
      ['2026-04-01', '150000.00'],
      ['2026-04-02', '-120.00'],
      ['2026-04-02', '-120.00'],
      ['2026-04-03', '-45000.00'],
      ['2026-04-05', '12.34'],
      ['2026-04-06', '-18000.00'],
      ['2026-04-07', '-120.00'],
    ]);
    const acc = await ok<AccountJson>(request(t, owner, 'GET', `/api/v1/bank-accounts/${account.id}`));
    expect(acc).toMatchObject({ lastStatementBalance: '186652.34', lastStatementDate: '2026-04-07' });

    // Filters and cursor pages.
    expect((await allLines(t, owner, account.id, '&q=coffee')).length).toBe(3);
    expect((await allLines(t, owner, account.id, '&from=2026-04-03&to=2026-04-06')).map((l) => l.amount)).toEqual(['-45000.00', '12.34', '-18000.00']);
    expect((await allLines(t, owner, account.id, '&minAmount=0')).map((l) => l.amount)).toEqual(['150000.00', '12.34']);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = await ok(request(t, owner, 'GET', `/api/v1/bank-accounts/${account.id}/statement-lines?limit=2${cursor ? `&cursor=${cursor}` : ''}`));
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(lines.map((l) => l.id));

    const history = await ok<{ items: ImportJson[] }>(request(t, owner, 'GET', `/api/v1/bank-accounts/${account.id}/statements`));
    expect(history.items.map((i) => [i.importedCount, i.duplicateCount])).toEqual([
      [3, 3],
      [4, 0],
    ]);
    const events = await adminQuery(t.testDb.ownerUrl, `select data from platform.outbox where type = 'bank_statement.imported' and data->>'bankAccountId' = $1 order by seq`, [account.id]);
    expect(events.rows.map((r: { data: { importedCount: number; duplicateCount: number } }) => [r.data.importedCount, r.data.duplicateCount])).toEqual([
      [4, 0],
      [3, 3],
    ]);
  });

  it('imports European (1.234,56; semicolons) and US ((12.00), MM/DD/YYYY, Cr/Dr column) exports exactly', async () => {
    const eur = await bankAccount(t, owner, 'EUR');
    const european = 'Buchungstag;Verwendungszweck;Betrag;Saldo\n31.03.2026;Miete März;-1.234,56;8.765,44\n01.04.2026;Gutschrift Kunde;10.000,01;18.765,45\n';
    const e = await ok<ImportJson>(
      importFile(t, owner, eur.id, 'umsaetze.csv', european, { mapping: { dateFormat: 'DD/MM/YYYY', decimalSeparator: ',', columns: { date: 'Buchungstag', description: 'Verwendungszweck', amount: 'Betrag', balance: 'Saldo' } } }),
      201,
    );
    expect(e).toMatchObject({ importedCount: 2, balanceStatus: 'ok', openingBalance: '10000', closingBalance: '18765.45' });
    expect((await allLines(t, owner, eur.id)).map((l) => [l.date, l.amount, l.description])).toEqual([
      ['2026-03-31', '-1234.56', 'Miete März'],
      ['2026-04-01', '10000.01', 'Gutschrift Kunde'],
    ]);

    const usd = await bankAccount(t, owner, 'USD');
    const us = 'Posting Date,Description,Amount,Type,Check\n03/31/2026,"ACH PAYROLL, INC","(1,250.00)",Dr,\n04/01/2026,DEPOSIT,"2,000.50",Cr,\n04/02/2026,CHECK 1042,75.25,DR,1042\n';
    const u = await ok<ImportJson>(
      importFile(t, owner, usd.id, 'chase.csv', us, {
        mapping: { dateFormat: 'MM/DD/YYYY', columns: { date: 0, description: 'Description', amount: 'Amount', creditDebit: 'Type', reference: 'Check' } },
        openingBalance: '100.00',
        closingBalance: '775.25',
      }),
      201,
    );
    expect(u).toMatchObject({ importedCount: 3, balanceStatus: 'ok' });
    expect((await allLines(t, owner, usd.id)).map((l) => [l.amount, l.reference])).toEqual([
      ['-1250.00', null],
      ['2000.50', null],
      ['-75.25', '1042'],
    ]);
  });

  it('previews without writing: lines, the balance check and which lines are already imported', async () => {
    const account = await bankAccount(t, owner, 'INR');
    await ok(importFile(t, owner, account.id, 'a.csv', indianCsv(ROWS.slice(0, 2)), { mapping: { ...INDIAN_MAPPING, skipRows: 2 } }), 201);
    const before = await rowCounts(t.testDb.ownerUrl);
    const preview = await ok<{ format: string; lineCount: number; duplicateCount: number; statements: { balanceCheck: string; lines: { duplicate: boolean; amount: string }[] }[] }>(
      request(t, owner, 'POST', `/api/v1/bank-accounts/${account.id}/statements/preview`, { fileName: 'b.csv', content: b64(indianCsv(ROWS)), mapping: { ...INDIAN_MAPPING, skipRows: 2 } }),
    );
    expect(preview).toMatchObject({ format: 'csv', lineCount: 7, duplicateCount: 2 });
    expect(preview.statements[0]!.balanceCheck).toBe('ok');
    expect(preview.statements[0]!.lines.map((l) => l.duplicate)).toEqual([true, true, false, false, false, false, false]);
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  });

  it('refuses a statement whose balances do not add up (balance column or stated closing balance): 422, nothing written', async () => {
    const account = await bankAccount(t, owner, 'INR');
    const broken = ROWS.map((r) => [...r] as typeof r);
    broken[6]![5] = '1,86,652.43';
    const before = await rowCounts(t.testDb.ownerUrl);
    const r = await importFile(t, owner, account.id, 'broken.csv', indianCsv(broken), { mapping: { ...INDIAN_MAPPING, skipRows: 2 } });
    expect(r.statusCode).toBe(422);
    expect(problem(r)).toMatchObject({ code: 'BANKING.BALANCE_MISMATCH', errors: [{ path: 'body.content.statements[0].closingBalance' }] });
    const stated = await importFile(t, owner, account.id, 'x.csv', 'Date,Text,Amount\n2026-04-01,Tea,-10.00\n', {
      mapping: { dateFormat: 'YYYY-MM-DD', columns: { date: 'Date', description: 'Text', amount: 'Amount' } },
      openingBalance: '100.00',
      closingBalance: '80.00',
    });
    expect(problem(stated).code).toBe('BANKING.BALANCE_MISMATCH');
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  });

  it('two concurrent imports of the same file store every line once', async () => {
    const account = await bankAccount(t, owner, 'INR');
    const file = indianCsv(ROWS);
    const mapping = { ...INDIAN_MAPPING, skipRows: 2 };
    const results = await Promise.all([1, 2, 3].map(() => importFile(t, owner, account.id, 'same.csv', file, { mapping })));
    const bodies = results.map((r) => {
      expect(r.statusCode, r.body).toBe(201);
      return r.json() as ImportJson;
    });
    expect(bodies.map((b) => b.importedCount).sort()).toEqual([0, 0, 7]);
    expect(bodies.reduce((n, b) => n + b.duplicateCount, 0)).toBe(14);
    expect(await allLines(t, owner, account.id)).toHaveLength(7);
  });

  it('answers bad input with 4xx problems naming the field, and writes nothing', async () => {
    const account = await bankAccount(t, owner, 'INR');
    const before = await rowCounts(t.testDb.ownerUrl);
    const url = `/api/v1/bank-accounts/${account.id}/statements`;
    const send = (payload: object) => request(t, owner, 'POST', url, payload);
    const cases: [object, number, string, string][] = [
      [{ fileName: 'notes.txt', content: b64('just some text\nnothing bank-like') }, 415, 'BANKING.UNKNOWN_FORMAT', 'body.format'],
      [{ fileName: 'statement.pdf', content: b64('%PDF-1.4') }, 415, 'BANKING.UNSUPPORTED_FILE_TYPE', 'body.fileName'],
      [{ fileName: 'statement.csv', contentType: 'application/pdf', content: b64('a,b') }, 415, 'BANKING.UNSUPPORTED_FILE_TYPE', 'body.contentType'],
      [{ fileName: 'statement.csv', content: Buffer.from('PK\u0003\u0004\u0000\u0000binary').toString('base64'), mapping: INDIAN_MAPPING }, 415, 'BANKING.UNSUPPORTED_FILE_TYPE', 'body.content'],
      [{ fileName: 'statement.csv', content: b64('Date,Amount\n') }, 400, 'BANKING.MAPPING_REQUIRED', 'body.mapping'],
      [{ fileName: 's.csv', content: b64('Date,Text,Amount\n01/04/2026,Tea,1\n'), mapping: { dateFormat: 'DD/MM/YYYY', columns: { date: 'Datum', description: 'Text', amount: 'Amount' } } }, 422, 'BANKING.STATEMENT_UNREADABLE', 'body.mapping.columns.date'],
      [{ fileName: 's.csv', content: b64('Date,Text,Amount\n01/04/2026,Tea,1\n'), mapping: { dateFormat: 'DD/MM/YYYY', columns: { date: 'Date', description: 'Text' } } }, 422, 'BANKING.STATEMENT_UNREADABLE', 'body.mapping.columns.amount'],
      [{ fileName: 's.csv', content: b64('Date,Text,Amount\n31/02/2026,Tea,1\n'), mapping: { dateFormat: 'DD/MM/YYYY', columns: { date: 'Date', description: 'Text', amount: 'Amount' } } }, 422, 'BANKING.STATEMENT_UNREADABLE', 'body.content.rows[2].date'],
      [{ fileName: 's.csv', content: b64('Date,Text,Amount\n01/04/2026,Tea,1.005\n'), mapping: { dateFormat: 'DD/MM/YYYY', columns: { date: 'Date', description: 'Text', amount: 'Amount' } } }, 422, 'BANKING.STATEMENT_UNREADABLE', 'body.content.statements[0].lines[0].amount'],
      [{ fileName: 's.csv', content: b64('x'), mapping: { dateFormat: 'DD.MM.YYYY', columns: { date: 0, description: 1, amount: 2 } } }, 400, 'REQUEST.VALIDATION_FAILED', 'body.mapping.dateFormat'],
      [{ fileName: 'x.ofx', content: b64('OFXHEADER:100\n<OFX><BANKMSGSRSV1></BANKMSGSRSV1></OFX>') }, 422, 'BANKING.STATEMENT_UNREADABLE', 'body.content'],
      [{ fileName: 'x.xml', format: 'camt053', content: b64('<Document><BkToCstmrStmt><Stmt><Ntry><Amt>1.00</Amt><CdtDbtInd>UP</CdtDbtInd></Ntry></Stmt></BkToCstmrStmt></Document>') }, 422, 'BANKING.STATEMENT_UNREADABLE', 'body.content.statements[0].Ntry[0].Amt'],
      [{ fileName: 'x.xml', content: b64('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaa">]><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt/></Document>') }, 422, 'BANKING.STATEMENT_UNREADABLE', 'body.content'],
      [{ fileName: 'x.xml', format: 'camt053', content: b64('<Document><BkToCstmrStmt><Stmt><Ntry><Amt>1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-02-30</Dt></BookgDt></Ntry></Stmt></BkToCstmrStmt></Document>') }, 422, 'BANKING.STATEMENT_UNREADABLE', 'body.content.statements[0].Ntry[0].BookgDt'],
      [{ fileName: 'x.sta', content: b64(':20:X\n:25:1\n:60F:C240101INR1,00\n:61:2401xxD1,00NTRF\n:62F:C240101INR0,00\n') }, 422, 'BANKING.STATEMENT_UNREADABLE', 'body.content.statements[0].lines[0]'],
      [{ fileName: 'x.sta', content: b64(':20:X\n:25:1\n:60F:C240101INR1,00\n:62F:C240101INR1,00\n'), statementIndexes: [3] }, 400, 'BANKING.NO_SUCH_STATEMENT', 'body.statementIndexes[0]'],
    ];
    for (const [payload, status, code, path] of cases) {
      const r = await send(payload);
      expect(r.statusCode, `${JSON.stringify(payload).slice(0, 120)} → ${r.body}`).toBe(status);
      const p = problem(r);
      expect(p.code, r.body).toBe(code);
      expect(p.errors!.map((e) => e.path), r.body).toContain(path);
    }
    // Over the size limit: 8 MiB + 1 byte of CSV.
    const huge = await send({ fileName: 'big.csv', content: Buffer.alloc(8 * 1024 * 1024 + 1, 0x41).toString('base64'), mapping: INDIAN_MAPPING });
    expect(huge.statusCode).toBe(413);
    expect(problem(huge).code).toBe('BANKING.FILE_TOO_LARGE');
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  }, 60_000);
});

describe('mapping presets', () => {
  it('are listed, read, changed with If-Match and deleted; names are unique', async () => {
    const p = await ok<{ id: string; version: number }>(request(t, owner, 'POST', '/api/v1/bank-statement-presets', { name: 'SBI', bankName: 'State Bank of India', mapping: INDIAN_MAPPING }), 201);
    const dup = await request(t, owner, 'POST', '/api/v1/bank-statement-presets', { name: 'SBI', mapping: INDIAN_MAPPING });
    expect(problem(dup).code).toBe('BANKING.PRESET_NAME_TAKEN');
    const listed = await ok<{ items: { name: string }[] }>(request(t, owner, 'GET', '/api/v1/bank-statement-presets?bankName=state%20bank%20of%20india'));
    expect(listed.items.map((i) => i.name)).toEqual(['SBI']);
    expect((await request(t, owner, 'PUT', `/api/v1/bank-statement-presets/${p.id}`, { name: 'SBI 2', mapping: INDIAN_MAPPING }, { 'if-match': '"v9"' })).statusCode).toBe(412);
    const changed = await ok<{ name: string; version: number }>(request(t, owner, 'PUT', `/api/v1/bank-statement-presets/${p.id}`, { name: 'SBI 2', mapping: INDIAN_MAPPING }, { 'if-match': `"v${p.version}"` }));
    expect(changed).toMatchObject({ name: 'SBI 2', version: 2 });
    expect((await request(t, owner, 'DELETE', `/api/v1/bank-statement-presets/${p.id}`)).statusCode).toBe(204);
    expect((await request(t, owner, 'GET', `/api/v1/bank-statement-presets/${p.id}`)).statusCode).toBe(404);
  });
});

describe('permissions', () => {
  it('an API key with bank_statements:read and bank_accounts:read reads accounts and lines but cannot import; bank_statements:write can', async () => {
    const account = await bankAccount(t, owner, 'INR');
    const reader = await ok<{ key: string }>(request(t, owner, 'POST', '/api/v1/api-keys', { name: 'bank reader', permissions: ['bank_accounts:read', 'bank_statements:read'] }), 201);
    const asReader = (method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, headers: { 'x-api-key': reader.key }, ...(payload && { payload }) });
    expect((await asReader('GET', `/api/v1/bank-accounts/${account.id}`)).statusCode).toBe(200);
    expect((await asReader('GET', `/api/v1/bank-accounts/${account.id}/statement-lines`)).statusCode).toBe(200);
    const refused = await asReader('POST', `/api/v1/bank-accounts/${account.id}/statements`, { fileName: 'a.csv', content: b64('x'), mapping: INDIAN_MAPPING });
    expect(refused.statusCode).toBe(403);
    expect((await asReader('POST', '/api/v1/bank-accounts', { name: 'No', ledgerAccount: { code: 'NOPE' } })).statusCode).toBe(403);

    const writer = await ok<{ key: string }>(request(t, owner, 'POST', '/api/v1/api-keys', { name: 'bank importer', permissions: ['bank_statements:write'] }), 201);
    const imported = await t.app.inject({
      method: 'POST',
      url: `/api/v1/bank-accounts/${account.id}/statements`,
      headers: { 'x-api-key': writer.key },
      payload: { fileName: 'a.csv', content: b64(indianCsv(ROWS.slice(0, 1))), mapping: { ...INDIAN_MAPPING, skipRows: 2 } },
    });
    expect(imported.statusCode, imported.body).toBe(201);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/bank-accounts/${account.id}/statement-lines`, headers: { 'x-api-key': writer.key } })).statusCode).toBe(200);
  });
});

describe('the statement-line API for reconciliation', () => {
  it('moves lines between statuses in the caller transaction, only from the expected status, and the list filters by status', async () => {
    const account = await bankAccount(t, owner, 'INR');
    await ok(importFile(t, owner, account.id, 'a.csv', indianCsv(ROWS.slice(0, 3)), { mapping: { ...INDIAN_MAPPING, skipRows: 2 } }), 201);
    const lines = await allLines(t, owner, account.id);
    const statements = t.context.modules.get<BankingApi>('banking').statements;
    const moved = await t.db.withTenant(owner.tenantId, async (tx) => {
      const found = await statements.linesIn(tx, [lines[0]!.id, lines[1]!.id]);
      expect(found.map((l) => l.amount)).toEqual(['150000.00', '-120.00']);
      return statements.setLineStatus(tx, [lines[0]!.id, lines[1]!.id], 'unreconciled', 'reconciled');
    });
    expect(moved.sort()).toEqual([lines[0]!.id, lines[1]!.id].sort());
    const again = await t.db.withTenant(owner.tenantId, (tx) => statements.setLineStatus(tx, [lines[0]!.id], 'unreconciled', 'reconciled'));
    expect(again).toEqual([]);
    expect((await allLines(t, owner, account.id, '&status=reconciled')).map((l) => l.id)).toEqual([lines[0]!.id, lines[1]!.id]);
    expect((await allLines(t, owner, account.id, '&status=unreconciled')).map((l) => l.id)).toEqual([lines[2]!.id]);
    // Another tenant's transaction sees none of them.
    const other = await t.signUp();
    expect(await t.db.withTenant(other.tenantId, (tx) => statements.linesIn(tx, lines.map((l) => l.id)))).toEqual([]);
  });
});

