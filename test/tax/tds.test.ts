import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announceDueTds } from '../../src/modules/tax/tds-service.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import { computeTds, depositDueDate, financialYearOf, type TdsInput } from '../../src/modules/tax/domain/tds.js';
import { TDS_SECTIONS, sectionOn } from '../../src/modules/tax/domain/tds-sections.js';

const INDIVIDUAL = 'ABCPK1234A'; // 4th character P: an individual
const COMPANY = 'AAACI1681G'; // 4th character C: a company

interface Case {
  rule: string;
  input: TdsInput;
  base: string;
  deduction: string;
  percent?: string;
  crossed?: boolean;
}

const ytd = (amount: string, taxedAmount = '0') => ({ amount, taxedAmount });

const cases: Case[] = [
  { rule: '194C individual below both thresholds', input: { section: '194C', date: '2025-06-01', amount: '25000', pan: INDIVIDUAL }, base: '0.00', deduction: '0.00', percent: '1' },
  { rule: '194C single payment above ₹30,000, individual 1%', input: { section: '194C', date: '2025-06-01', amount: '35000', pan: INDIVIDUAL }, base: '35000.00', deduction: '350.00', percent: '1' },
  { rule: '194C company contractor 2% (PAN status C)', input: { section: '194C', date: '2025-06-01', amount: '35000', pan: COMPANY }, base: '35000.00', deduction: '700.00', percent: '2' },
  { rule: '194C exactly ₹30,000 does not exceed the single threshold', input: { section: '194C', date: '2025-06-01', amount: '30000', pan: INDIVIDUAL }, base: '0.00', deduction: '0.00' },
  {
    rule: '194C aggregate crossed mid-year: the whole year (90,000 untaxed + 20,000) is taxed',
    input: { section: '194C', date: '2025-11-20', amount: '20000', pan: INDIVIDUAL, yearToDate: ytd('90000') },
    base: '110000.00',
    deduction: '1100.00',
    crossed: true,
  },
  {
    rule: '194C after the aggregate was crossed: only the new payment',
    input: { section: '194C', date: '2026-01-10', amount: '5000', pan: INDIVIDUAL, yearToDate: ytd('110000', '110000') },
    base: '5000.00',
    deduction: '50.00',
    crossed: false,
  },
  {
    rule: '194C crossing after a taxed single payment: catches up only the untaxed 50,000',
    input: { section: '194C', date: '2025-12-01', amount: '20000', pan: COMPANY, yearToDate: ytd('85000', '35000') },
    base: '70000.00',
    deduction: '1400.00',
    crossed: true,
  },
  { rule: '194C aggregate of exactly ₹1,00,000 is not crossed', input: { section: '194C', date: '2025-12-01', amount: '20000', pan: INDIVIDUAL, yearToDate: ytd('80000') }, base: '0.00', deduction: '0.00', crossed: false },
  { rule: '194C without PAN: 206AA 20%', input: { section: '194C', date: '2025-06-01', amount: '35000', pan: null }, base: '35000.00', deduction: '7000.00', percent: '20' },
  { rule: '194C without PAN but below thresholds: nothing', input: { section: '194C', date: '2025-06-01', amount: '20000', pan: null }, base: '0.00', deduction: '0.00' },
  { rule: '194C an invalid PAN counts as none', input: { section: '194C', date: '2025-06-01', amount: '35000', pan: 'NOTAPAN' }, base: '35000.00', deduction: '7000.00', percent: '20' },
  { rule: '194C rounds to the rupee half-up: 300.50 → 301', input: { section: '194C', date: '2025-06-01', amount: '30050', pan: INDIVIDUAL }, base: '30050.00', deduction: '301.00' },
  { rule: '194J FY 2024-25: ₹30,000 threshold, professional 10%', input: { section: '194J', date: '2024-06-10', amount: '40000', pan: INDIVIDUAL }, base: '40000.00', deduction: '4000.00', crossed: true },
  { rule: '194J FY 2025-26: threshold now ₹50,000', input: { section: '194J', date: '2025-06-10', amount: '40000', pan: INDIVIDUAL }, base: '0.00', deduction: '0.00' },
  {
    rule: '194J technical services 2%, crossing ₹50,000 mid-year',
    input: { section: '194J', date: '2025-08-01', amount: '10000', pan: COMPANY, rateKey: 'technical', yearToDate: ytd('45000') },
    base: '55000.00',
    deduction: '1100.00',
    crossed: true,
  },
  { rule: '194J without PAN: 20%', input: { section: '194J', date: '2025-05-01', amount: '60000', pan: null }, base: '60000.00', deduction: '12000.00', percent: '20' },
  {
    rule: '194I FY 2024-25: yearly ₹2,40,000 crossed by the tenth month',
    input: { section: '194I', date: '2025-01-01', amount: '25000', pan: INDIVIDUAL, yearToDate: ytd('225000') },
    base: '250000.00',
    deduction: '25000.00',
    crossed: true,
  },
  { rule: '194I FY 2025-26: ₹60,000 a month exceeds ₹50,000 a month', input: { section: '194I', date: '2025-07-01', amount: '60000', pan: INDIVIDUAL }, base: '60000.00', deduction: '6000.00' },
  { rule: '194I FY 2025-26: ₹45,000 a month is below', input: { section: '194I', date: '2025-07-01', amount: '45000', pan: INDIVIDUAL, yearToDate: ytd('135000') }, base: '0.00', deduction: '0.00' },
  { rule: '194I plant and machinery 2%', input: { section: '194I', date: '2025-07-01', amount: '60000', pan: COMPANY, rateKey: 'plant_machinery' }, base: '60000.00', deduction: '1200.00' },
  { rule: '194H before October 2024: 5%', input: { section: '194H', date: '2024-06-01', amount: '6000', pan: INDIVIDUAL, yearToDate: ytd('10000') }, base: '16000.00', deduction: '800.00' },
  { rule: '194H from October 2024: 2%', input: { section: '194H', date: '2024-11-01', amount: '6000', pan: INDIVIDUAL, yearToDate: ytd('10000') }, base: '16000.00', deduction: '320.00' },
  { rule: '194H FY 2025-26: ₹20,000 threshold', input: { section: '194H', date: '2025-05-01', amount: '6000', pan: INDIVIDUAL, yearToDate: ytd('10000') }, base: '0.00', deduction: '0.00' },
  { rule: '194Q: only the excess over ₹50 lakh', input: { section: '194Q', date: '2025-09-01', amount: '500000', pan: COMPANY, yearToDate: ytd('4800000') }, base: '300000.00', deduction: '300.00', crossed: true },
  { rule: '194Q above the threshold already', input: { section: '194Q', date: '2025-10-01', amount: '100000', pan: COMPANY, yearToDate: ytd('6000000', '1000000') }, base: '100000.00', deduction: '100.00' },
  { rule: '194Q without PAN: 5% (206AA(1A))', input: { section: '194Q', date: '2025-09-01', amount: '500000', pan: null, yearToDate: ytd('4800000') }, base: '300000.00', deduction: '15000.00', percent: '5' },
  { rule: 'TCS 206C(1H) on the excess over ₹50 lakh', input: { section: '206C(1H)', date: '2024-12-01', amount: '200000', pan: COMPANY, yearToDate: ytd('4900000') }, base: '100000.00', deduction: '100.00' },
  { rule: 'TCS 206C(1H) without PAN: 1%', input: { section: '206C(1H)', date: '2024-12-01', amount: '200000', pan: null, yearToDate: ytd('4900000') }, base: '100000.00', deduction: '1000.00', percent: '1' },
  { rule: 'TCS on scrap: no threshold, 1%', input: { section: '206C(1)', date: '2025-06-01', amount: '10000', pan: COMPANY }, base: '10000.00', deduction: '100.00' },
  { rule: 'TCS on scrap without PAN: 206CC higher of twice the rate and 5%', input: { section: '206C(1)', date: '2025-06-01', amount: '10000', pan: null }, base: '10000.00', deduction: '500.00', percent: '5' },
  { rule: '194T partner remuneration above ₹20,000', input: { section: '194T', date: '2025-06-30', amount: '25000', pan: INDIVIDUAL }, base: '25000.00', deduction: '2500.00' },
];

describe('TDS/TCS calculator (hand-worked cases)', () => {
  it.each(cases)('$rule', (c) => {
    const result = computeTds(c.input);
    expect(result.base, 'base').toBe(c.base);
    expect(result.deduction, 'deduction').toBe(c.deduction);
    if (c.percent !== undefined) expect(result.percent, 'percent').toBe(c.percent);
    if (c.crossed !== undefined) expect(result.thresholdCrossedNow, 'thresholdCrossedNow').toBe(c.crossed);
  });

  it('refuses a section not in force on the date (206C(1H) was omitted from 1 April 2025)', () => {
    expect(() => computeTds({ section: '206C(1H)', date: '2025-04-01', amount: '1', pan: COMPANY })).toThrow(/not in force/);
  });

  it('refuses an unknown rate key and inconsistent year-to-date figures with TAX.TDS_INVALID', () => {
    expect(() => computeTds({ section: '194J', date: '2025-04-01', amount: '1', pan: COMPANY, rateKey: 'nope' })).toThrow(expect.objectContaining({ code: 'TAX.TDS_INVALID' }));
    expect(() => computeTds({ section: '194J', date: '2025-04-01', amount: '1', pan: COMPANY, yearToDate: ytd('10', '20') })).toThrow(expect.objectContaining({ code: 'TAX.TDS_INVALID' }));
  });

  it('names the financial year April–March', () => {
    expect(financialYearOf('2025-04-01')).toBe('2025-26');
    expect(financialYearOf('2026-03-31')).toBe('2025-26');
    expect(financialYearOf('2025-03-31')).toBe('2024-25');
    expect(financialYearOf('2099-12-31')).toBe('2099-00');
  });

  it('falls due on the 7th of the next month; March TDS on 30 April, March TCS on 7 April', () => {
    expect(depositDueDate('2025-06-15')).toBe('2025-07-07');
    expect(depositDueDate('2025-12-31')).toBe('2026-01-07');
    expect(depositDueDate('2026-03-31')).toBe('2026-04-30');
    expect(depositDueDate('2026-03-31', 'tcs')).toBe('2026-04-07');
    expect(computeTds({ section: '194C', date: '2026-03-10', amount: '35000', pan: COMPANY }).dueDate).toBe('2026-04-30');
  });

  it('keeps every section version valid: no overlapping periods, a citation, rates and a no-PAN rule', () => {
    for (const s of TDS_SECTIONS) {
      expect(s.citation.length, s.section).toBeGreaterThan(5);
      expect(s.rates.length, s.section).toBeGreaterThan(0);
      const overlapping = TDS_SECTIONS.filter((o) => o !== s && o.section === s.section && o.effectiveFrom <= (s.effectiveTo ?? '9999-12-31') && s.effectiveFrom <= (o.effectiveTo ?? '9999-12-31'));
      expect(overlapping, s.section).toEqual([]);
    }
    expect(sectionOn('194J', '2025-03-31')!.aggregateThreshold).toBe('30000');
    expect(sectionOn('194J', '2025-04-01')!.aggregateThreshold).toBe('50000');
  });
});

describe('TDS/TCS over HTTP', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<TestApp['signUp']>>;
  const party = '01900000-0000-7000-8000-00000000c0de';
  const record = (payload: object) => t.app.inject({ method: 'POST', url: '/api/v1/tax/tds/deductions', headers: owner.headers, payload });

  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp();
  });
  afterAll(async () => t?.close());

  it('lists the sections in force on a date, with citations', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/v1/tax/tds/sections?date=2025-06-01', headers: owner.headers });
    expect(r.statusCode).toBe(200);
    const items = r.json().items as { section: string; aggregateThreshold: string | null; citation: string }[];
    expect(items.find((s) => s.section === '194J')).toMatchObject({ aggregateThreshold: '50000' });
    expect(items.map((s) => s.section)).not.toContain('206C(1H)');
    expect(new Set(items.map((s) => s.section)).size).toBe(items.length);
    const all = await t.app.inject({ method: 'GET', url: '/api/v1/tax/tds/sections', headers: owner.headers });
    expect(all.json().items.length).toBe(TDS_SECTIONS.length);
  });

  it('computes without recording, with field paths on bad input', async () => {
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/tax/tds/compute', headers: owner.headers, payload: { section: '194C', date: '2025-06-01', amount: '35000', pan: null } });
    expect(ok.json()).toMatchObject({ deduction: '7000.00', noPan: true, dueDate: '2025-07-07' });
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/tax/tds/compute', headers: owner.headers, payload: { section: '194J', date: '2025-06-01', amount: '1', pan: null, rateKey: 'nope' } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ code: 'TAX.TDS_INVALID', errors: [{ path: 'body.rateKey' }] });
  });

  it("records payments against the party's year to date: the payment crossing ₹1,00,000 carries the year's untaxed amounts", async () => {
    const amounts = ['30000', '30000', '30000'];
    for (const [i, amount] of amounts.entries()) {
      const r = await record({ partyId: party, section: '194C', date: `2025-0${i + 5}-10`, amount, pan: 'ABCPK1234A' });
      expect(r.statusCode, r.body).toBe(201);
      expect(r.json().deduction.deduction).toBe('0.00');
    }
    const crossing = await record({ partyId: party, section: '194C', date: '2025-09-10', amount: '20000', pan: 'ABCPK1234A', reference: 'BILL-4' });
    expect(crossing.json()).toMatchObject({
      deduction: { base: '110000.00', deduction: '1100.00', dueDate: '2025-10-07', financialYear: '2025-26', reference: 'BILL-4' },
      computation: { thresholdCrossedNow: true },
    });
    // The deduction is posted: the vendor is owed ₹1,100 less, the government ₹1,100 more.
    const deductionId = (crossing.json() as { deduction: { id: string } }).deduction.id;
    const { rows: lines } = await adminQuery(
      t.testDb.ownerUrl,
      `select a.name, l.debit::text as debit, l.credit::text as credit, l.party_id from ledger.journal_lines l
         join ledger.journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
         join ledger.accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id
        where e.tenant_id = $1 and e.source_module = 'tax' order by l.line_no`,
      [owner.tenantId],
    );
    expect(lines).toEqual([
      { name: 'Accounts Payable', debit: '110000', credit: '0', party_id: party },
      { name: 'TDS Payable', debit: '0', credit: '110000', party_id: party },
    ]);
    const { rows: source } = await adminQuery(t.testDb.ownerUrl, `select source_id from ledger.journal_entries where tenant_id = $1 and source_module = 'tax'`, [owner.tenantId]);
    expect(source).toEqual([{ source_id: deductionId }]);
    const after = await record({ partyId: party, section: '194C', date: '2025-10-10', amount: '5000', pan: 'ABCPK1234A' });
    expect(after.json().deduction).toMatchObject({ base: '5000.00', deduction: '50.00' });
    const nextYear = await record({ partyId: party, section: '194C', date: '2026-04-10', amount: '5000', pan: 'ABCPK1234A' });
    expect(nextYear.json().deduction).toMatchObject({ base: '0.00', financialYear: '2026-27' });
    const list = await t.app.inject({ method: 'GET', url: `/api/v1/tax/tds/deductions?partyId=${party}&financialYear=2025-26`, headers: owner.headers });
    expect(list.json().items).toHaveLength(5);
  });

  it('announces deductions falling due as tds.payment_due, once, grouped by due date', async () => {
    await record({ partyId: party, section: '194J', date: '2026-03-15', amount: '60000', pan: 'ABCPK1234A' }); // due 30 April
    const announced = await announceDueTds(t.db.system, '2025-10-05', 3);
    expect(announced).toBeGreaterThanOrEqual(1);
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select data from platform.outbox where tenant_id = $1 and type = 'tds.payment_due' order by seq`, [owner.tenantId]);
    expect(rows).toHaveLength(1);
    expect(rows[0].data).toMatchObject({ dueDate: '2025-10-07', total: '1100.00', deductions: [{ section: '194C', deduction: '1100.00' }] });
    await announceDueTds(t.db.system, '2025-10-05', 3);
    const again = await adminQuery(t.testDb.ownerUrl, `select count(*)::int as n from platform.outbox where tenant_id = $1 and type = 'tds.payment_due'`, [owner.tenantId]);
    expect(again.rows[0].n).toBe(1);
    await announceDueTds(t.db.system, '2026-04-28', 3);
    const march = await adminQuery(t.testDb.ownerUrl, `select data from platform.outbox where tenant_id = $1 and type = 'tds.payment_due' order by seq`, [owner.tenantId]);
    expect(march.rows.map((r) => (r.data as { dueDate: string }).dueDate)).toEqual(['2025-10-07', '2025-11-07', '2026-04-30']);
  });

  it('refuses bad input with field paths and records nothing', async () => {
    const r = await record({ partyId: 'nope', section: '194C', date: '2025-13-01', amount: '-1', pan: 'lower' });
    expect(r.statusCode).toBe(400);
    expect((r.json().errors as { path: string }[]).map((e) => e.path)).toEqual(expect.arrayContaining(['body.partyId', 'body.date', 'body.amount', 'body.pan']));
    const gone = await record({ partyId: party, section: '206C(1H)', date: '2025-06-01', amount: '1', pan: null });
    expect(gone.statusCode).toBe(422);
    expect(gone.json()).toMatchObject({ code: 'TAX.TDS_INVALID', errors: [{ path: 'body.section' }] });
  });
});
