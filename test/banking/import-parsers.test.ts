import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCamt } from '../../src/modules/banking/domain/camt.js';
import { parseCsv, parseCsvAmount, parseCsvDate } from '../../src/modules/banking/domain/csv.js';
import { parseMt940 } from '../../src/modules/banking/domain/mt940.js';
import { parseOfx } from '../../src/modules/banking/domain/ofx.js';
import { canonicalDecimal, checkBalance, dedupeKeys, detectFormat, StatementParseError, sumAmounts } from '../../src/modules/banking/domain/statement.js';

/** The oracle files of /work/shared/oracles/{ofx,camt}, copied byte for byte into fixtures/. */
const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'latin1');

describe('OFX oracles (ofxparse / ofxtools fixtures, values from PROVENANCE-ofx.md)', () => {
  it('bank_medium: OFX 1.02 SGML on single lines, CAD, 3 transactions, ledger balance 382.34', () => {
    const text = read('ofxparse_bank_medium.ofx');
    expect(detectFormat(text, 'x.ofx')).toBe('ofx');
    const [s, ...rest] = parseOfx(text).statements;
    expect(rest).toEqual([]);
    expect(s!.account).toBe('12300 000012345678');
    expect(s!.currency).toBe('CAD');
    expect(s!.lines.map((l) => l.amount)).toEqual(['-6.6', '-316.67', '-22']);
    expect(s!.closingBalance).toBe('382.34');
    expect(s!.availableBalance).toBe('682.34');
    expect(s!.openingDate).toBe('2009-04-01');
    expect(s!.closingDate).toBe('2009-05-23');
    expect(s!.lines[0]).toMatchObject({ date: '2009-04-01', counterparty: "MCDONALD'S #112", description: "POS MERCHANDISE;MCDONALD'S #112", bankRef: '0000123456782009040100001' });
    expect(checkBalance(s!).status).toBe('unchecked'); // OFX states no opening balance
  });

  it('checking: indented SGML, USD, 3 transactions, "~" in the account id, cheque number kept', () => {
    const [s] = parseOfx(read('ofxparse_checking.ofx')).statements;
    expect(s!.account).toBe('1452687~7');
    expect(s!.lines.map((l) => l.amount)).toEqual(['0.01', '-34.51', '-25']);
    expect(s!.lines[2]!.reference).toBe('319');
    expect(s!.closingBalance).toBe('100.99');
    expect(s!.availableBalance).toBe('75.99');
  });

  it('anzcc: credit card, XML header but SGML tags, AUD, LEDGERBAL -123.45 while AVAILBAL is +123.45', () => {
    const [s] = parseOfx(read('ofxparse_anzcc.ofx')).statements;
    expect(s!.account).toBe('1234123412341234');
    expect(s!.currency).toBe('AUD');
    expect(s!.lines).toHaveLength(1);
    expect(s!.lines[0]).toMatchObject({ amount: '-5.5', bankRef: '201705080001', date: '2017-05-08' });
    expect(s!.closingBalance).toBe('-123.45');
    expect(s!.availableBalance).toBe('123.45');
  });

  it('suncorp: OFX 2.00 XML with CDATA; the payee loses its trailing spaces, the memo keeps its inner ones', () => {
    const [s, ...rest] = parseOfx(read('ofxparse_suncorp.ofx')).statements;
    expect(rest).toEqual([]);
    expect(s!.lines).toHaveLength(1);
    expect(s!.lines[0]!.counterparty).toBe('EFTPOS WDL HANDYWAY ALDI STORE');
    expect(s!.lines[0]!.description).toBe('EFTPOS WDL HANDYWAY ALDI STORE   GEELONG WEST VICAU');
    expect(s!.lines[0]!.amount).toBe('-16.85');
    expect(s!.closingBalance).toBe('1234.12');
  });

  it('multiple_accounts2: two statements (9100 checking, 9200 savings), no transaction lists', () => {
    const { statements } = parseOfx(read('ofxparse_multiple_accounts2.ofx'));
    expect(statements.map((s) => [s.account, s.lines.length, s.closingBalance])).toEqual([
      ['9100', 0, '111'],
      ['9200', 0, '222'],
    ]);
  });

  it('nubank: BRL credit card, [-3:GMT] offsets, a missing </BANKTRANLIST>; 6 debits summing to LEDGERBAL -1280.91', () => {
    const [s] = parseOfx(read('ofxtools_br_nubank_cc.ofx')).statements;
    expect(s!.currency).toBe('BRL');
    expect(s!.lines.map((l) => l.amount)).toEqual(['-13', '-162.9', '-33.46', '-9.02', '-103.53', '-959']);
    expect(s!.lines[0]!.date).toBe('2024-03-23');
    expect(s!.closingBalance).toBe('-1280.91');
    expect(sumAmounts(s!.lines.map((l) => l.amount))).toBe('-1280.91');
  });
});

describe('camt oracles (viafintech / genkgo fixtures, values from PROVENANCE-camt.md)', () => {
  it('viafintech camt.053.001.02: 4 entries, 33.06 → 23.06 EUR, balance checks', () => {
    const text = read('viafintech_camt053_v02_vrbank.xml');
    expect(detectFormat(text, 'x.xml')).toBe('camt053');
    const [s, ...rest] = parseCamt(text, 'camt053').statements;
    expect(rest).toEqual([]);
    expect(s!.statementId).toBe('0352C5320131227220503');
    expect(s!.account).toBe('DE14740618130000033626');
    expect(s!.lines.map((l) => l.amount)).toEqual(['-2', '-3', '1', '-6']);
    expect(checkBalance(s!)).toMatchObject({ status: 'ok', opening: '33.06', closing: '23.06', sum: '-10' });
  });

  it('viafintech camt.053.001.04 CHF: 13 entries, credits 1810.56, debits 1272.95, 322152.16 → 322689.77', () => {
    const [s] = parseCamt(read('viafintech_camt053_v04_chf.xml'), 'camt053').statements;
    expect(s!.statementId).toBe('20160430375204000008574');
    expect(s!.currency).toBe('CHF');
    expect(s!.lines).toHaveLength(13);
    const credits = s!.lines.filter((l) => !l.amount.startsWith('-')).map((l) => l.amount);
    const debits = s!.lines.filter((l) => l.amount.startsWith('-')).map((l) => l.amount);
    expect(sumAmounts(credits)).toBe('1810.56');
    expect(sumAmounts(debits)).toBe('-1272.95');
    expect(checkBalance(s!)).toMatchObject({ status: 'ok', opening: '322152.16', closing: '322689.77', sum: '537.61' });
  });

  it('viafintech camt.054: notification with 4 entries (24.00, 56.56, -6.00, -15.53) and no balances', () => {
    const text = read('viafintech_camt054_v04_chf.xml');
    expect(detectFormat(text, 'x.xml')).toBe('camt054');
    const [s] = parseCamt(text, 'camt054').statements;
    expect(s!.statementId).toBe('20160410375204000131032');
    expect(s!.account).toBe('CH0309000000250090342');
    expect(s!.lines.map((l) => l.amount)).toEqual(['24', '56.56', '-6', '-15.53']);
    expect(checkBalance(s!).status).toBe('unchecked');
  });

  it('genkgo multi-statement camt.053: two statements, 18.15 → 27.00 and 27.00 → 20.00, amounts as the expected JSON has them', () => {
    const { statements } = parseCamt(read('genkgo_camt053_v02_multi_statement.xml'), 'camt053');
    expect(statements).toHaveLength(2);
    expect(statements.map((s) => [checkBalance(s).status, s.openingBalance, s.closingBalance])).toEqual([
      ['ok', '18.15', '27'],
      ['ok', '27', '20'],
    ]);
    expect(statements.every((s) => s.account === 'NL26VAYB8060476890')).toBe(true);
    expect(statements[0]!.lines[0]).toMatchObject({ date: '2014-12-31', valueDate: '2015-01-02' });
    // The library's expected parse stores entry amounts in minor units ("-700" is EUR -7.00).
    const expected = JSON.parse(read('genkgo_camt053_v02_multi_statement.expected.json')) as { getEntries: { getAmount: { getAmount: string } }[] };
    const cents = (a: string) => {
      const [whole = '0', fraction = ''] = a.replace('-', '').split('.');
      const v = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
      return a.startsWith('-') ? -v : v;
    };
    expect(expected.getEntries.map((e) => BigInt(e.getAmount.getAmount))).toContain(cents(statements[1]!.lines[0]!.amount));
    expect(cents(statements[1]!.lines[0]!.amount)).toBe(-700n);
  });
});

describe('MT940 oracle (cmxl, via WoLpH/mt940)', () => {
  const text = read('mt940_cmxl_3statements.sta');
  const { statements } = parseMt940(text);

  it('finds the three statements (DEM, EUR, PLN) with 11 + 2 + 3 = 16 transactions', () => {
    expect(detectFormat(text, 'x.sta')).toBe('mt940');
    expect(statements.map((s) => [s.currency, s.lines.length])).toEqual([
      ['DEM', 11],
      ['EUR', 2],
      ['PLN', 3],
    ]);
  });

  it('opening + lines = closing in every statement', () => {
    expect(statements.map((s) => [checkBalance(s).status, s.openingBalance, s.closingBalance])).toEqual([
      ['ok', '84349.74', '84437.04'],
      ['ok', '2187.95', '4387.95'],
      ['ok', '40000', '50040'],
    ]);
  });

  it('reads every amount as the library expected file has it (decimal comma, "620,3", "800," and the funds code R)', () => {
    const yml = read('mt940_cmxl_3statements.expected.yml');
    const expected = [...yml.slice(yml.indexOf('\ntransactions:')).matchAll(/^ {6}amount: !!python\/object\/apply:decimal\.Decimal \['(-?[0-9.]+)'\]/gm)].map((m) => canonicalDecimal(m[1]!));
    expect(expected).toHaveLength(16);
    expect(statements.flatMap((s) => s.lines.map((l) => l.amount))).toEqual(expected);
  });

  it('keeps entry and value dates apart, and the :62F: date earlier than :60F: (a quirk of the file) is accepted', () => {
    expect(statements[1]!.lines[0]).toMatchObject({ date: '2002-11-02', valueDate: '2002-11-01', amount: '-800', bankRef: '55555' });
    expect(statements[2]!.openingDate).toBe('2003-10-02');
    expect(statements[2]!.closingDate).toBe('2002-03-25');
    expect(statements[1]!.lines[1]!.description).toContain('Gehalt Oktober');
  });

  it('gives lines sharing one bank reference different duplicate keys', () => {
    const keys = dedupeKeys(statements[1]!.lines);
    expect(new Set(keys).size).toBe(2);
  });

  it('refuses a malformed :61: line with its place in the file', () => {
    expect(() => parseMt940(':20:X\n:25:1\n:60F:C240101EUR1,00\n:61:2401xxD1,00NTRF\n:62F:C240101EUR0,00\n')).toThrow(StatementParseError);
  });
});

describe('CSV statements', () => {
  it('reads dates in the four formats and refuses impossible ones', () => {
    expect(parseCsvDate('31/01/2026', 'DD/MM/YYYY')).toBe('2026-01-31');
    expect(parseCsvDate('01/31/2026', 'MM/DD/YYYY')).toBe('2026-01-31');
    expect(parseCsvDate('2026-01-31', 'YYYY-MM-DD')).toBe('2026-01-31');
    expect(parseCsvDate('31-Jan-2026', 'DD-MMM-YYYY')).toBe('2026-01-31');
    expect(parseCsvDate('31 JAN 26', 'DD-MMM-YYYY')).toBe('2026-01-31');
    expect(parseCsvDate('31/02/2026', 'DD/MM/YYYY')).toBeNull();
    expect(parseCsvDate('13/31/2026', 'MM/DD/YYYY')).toBeNull();
  });

  it('reads Indian, European and US amounts, parentheses and Cr/Dr exactly', () => {
    expect(parseCsvAmount('1,23,456.78', '.')).toBe('123456.78');
    expect(parseCsvAmount('1.234,56', ',')).toBe('1234.56');
    expect(parseCsvAmount('1,234.56', '.')).toBe('1234.56');
    expect(parseCsvAmount('(12.00)', '.')).toBe('-12');
    expect(parseCsvAmount('12.00 Cr', '.')).toBe('12');
    expect(parseCsvAmount('12.00 Dr', '.')).toBe('-12');
    expect(parseCsvAmount('-0,01', ',')).toBe('-0.01');
    expect(parseCsvAmount('99999999999999999.99', '.')).toBe('99999999999999999.99');
    expect(parseCsvAmount('', '.')).toBeNull();
    expect(() => parseCsvAmount('12.3.4', '.')).toThrow();
    expect(() => parseCsvAmount('abc', '.')).toThrow();
  });

  it('derives opening and closing balances from a balance column, also for newest-first files', () => {
    const csv = 'Date;Text;Betrag;Saldo\n03.01.2026;Miete;-1.000,00;4.000,00\n02.01.2026;Gehalt;3.000,00;5.000,00\n';
    const { statements } = parseCsv(csv, { dateFormat: 'DD/MM/YYYY', decimalSeparator: ',', columns: { date: 'Date', description: 'Text', amount: 'Betrag', balance: 'Saldo' } });
    expect(statements[0]!.lines.map((l) => [l.date, l.amount])).toEqual([
      ['2026-01-03', '-1000'],
      ['2026-01-02', '3000'],
    ]);
    expect(checkBalance(statements[0]!)).toMatchObject({ status: 'ok', opening: '2000', closing: '4000' });
    // A balance that does not follow from the amounts: opening 0 + (1000 - 200) ≠ 700.
    const us = 'Date,Description,Amount,Balance\n01/02/2026,Deposit,"1,000.00","1,000.00"\n01/03/2026,Check,(200.00),700.00\n';
    const wrong = parseCsv(us, { dateFormat: 'MM/DD/YYYY', columns: { date: 'Date', description: 'Description', amount: 'Amount', balance: 'Balance' } });
    expect(checkBalance(wrong.statements[0]!)).toMatchObject({ status: 'mismatch', opening: '0', closing: '700', sum: '800', difference: '-100' });
  });

  it('keys duplicates by a mapped bank id column when there is one', () => {
    const csv = 'Date,Text,Amount,Id\n2026-01-05,Tea,-2.00,T1\n2026-01-05,Tea,-2.00,T2\n';
    const { statements } = parseCsv(csv, { dateFormat: 'YYYY-MM-DD', columns: { date: 'Date', description: 'Text', amount: 'Amount', bankRef: 'Id' } });
    expect(statements[0]!.lines.map((l) => l.bankRef)).toEqual(['T1', 'T2']);
    const keys = dedupeKeys(statements[0]!.lines);
    // Same keys when the second line arrives alone in a later file: keyed by id, not by position.
    expect(dedupeKeys([statements[0]!.lines[1]!])).toEqual([keys[1]]);
    expect(new Set(keys).size).toBe(2);
  });

  it('names the unknown column and the bad row by path', () => {
    const csv = 'Date,Narration,Amount\n01/01/2026,Tea,10.00\n02/01/2026,Cake,ten\n';
    try {
      parseCsv(csv, { dateFormat: 'DD/MM/YYYY', columns: { date: 'Date', description: 'Narration', amount: 'Amount' } });
      expect.unreachable();
    } catch (error) {
      expect((error as StatementParseError).issues).toEqual([{ path: 'body.content.rows[3].amount', message: expect.stringContaining('"ten"') }]);
    }
    try {
      parseCsv(csv, { dateFormat: 'DD/MM/YYYY', columns: { date: 'Datum', description: 'Narration', amount: 'Amount' } });
      expect.unreachable();
    } catch (error) {
      expect((error as StatementParseError).issues[0]!.path).toBe('body.mapping.columns.date');
    }
  });
});

describe('CSV amounts are exact (property)', () => {
  /** Minor units written the way each bank family writes them. */
  const group = (digits: string, style: 'indian' | 'western', sep: string) => {
    if (digits.length <= 3) return digits;
    const last3 = digits.slice(-3);
    const rest = digits.slice(0, -3);
    const restGrouped = style === 'indian' ? rest.replace(/\B(?=(\d{2})+(?!\d))/g, sep) : rest.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    return `${restGrouped}${sep}${last3}`;
  };
  it('formats × signs round-trip to the same decimal for any amount up to 10^15', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), fc.constantFrom('indian', 'us', 'european'), fc.constantFrom('minus', 'parens', 'crdr'), (minor, style, sign) => {
        const abs = minor < 0n ? -minor : minor;
        const whole = (abs / 100n).toString();
        const fraction = (abs % 100n).toString().padStart(2, '0');
        const decimal = style === 'european' ? ',' : '.';
        const body = `${group(whole, style === 'indian' ? 'indian' : 'western', style === 'european' ? '.' : ',')}${decimal}${fraction}`;
        const text = minor < 0n ? (sign === 'minus' ? `-${body}` : sign === 'parens' ? `(${body})` : `${body} Dr`) : sign === 'crdr' ? `${body} Cr` : body;
        const expected = canonicalDecimal(`${minor < 0n ? '-' : ''}${whole}.${fraction}`);
        expect(parseCsvAmount(text, decimal)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

