import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { changedTables, rowCounts } from '../support/row-counts.js';

type Actor = Awaited<ReturnType<TestApp['signUp']>>;
let t: TestApp;
let india: Actor;
let germany: Actor;
let mexico: Actor;
let us: Actor;

const post = (who: Actor, url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: who.headers, payload });
const get = (who: Actor, url: string) => t.app.inject({ method: 'GET', url, headers: who.headers });
const groupId = async (who: Actor, code: string) => ((await get(who, '/api/v1/tax/groups?limit=200')).json() as { items: { id: string; code: string }[] }).items.find((g) => g.code === code)!.id;
const rate = async (who: Actor, body: object) => {
  const r = await post(who, '/api/v1/tax/rates', body);
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as { id: string; version: number };
};

beforeAll(async () => {
  t = await createTestApp();
  india = await t.signUp();
  const tenant = await get(india, `/api/v1/tenants/${india.tenantId}`);
  const updated = await t.app.inject({ method: 'PUT', url: `/api/v1/tenants/${india.tenantId}`, headers: { ...india.headers, 'if-match': tenant.headers.etag as string }, payload: { gstin: '27AAPFU0939F1ZV' } });
  expect(updated.statusCode, updated.body).toBe(200);
  germany = await t.signUp({ countryCode: 'DE', baseCurrency: 'EUR', timezone: 'Europe/Berlin' });
  mexico = await t.signUp({ countryCode: 'MX', baseCurrency: 'MXN', timezone: 'America/Mexico_City' });
  us = await t.signUp({ countryCode: 'US', baseCurrency: 'USD', timezone: 'America/Los_Angeles' });
  for (const who of [germany, mexico]) expect((await post(who, '/api/v1/tax/rates/defaults', {})).statusCode).toBe(200);
});
afterAll(async () => t?.close());

describe('calculate for an Indian business: the GST engine with the HSN/SAC master', () => {
  it('splits an intra-state sale into CGST and SGST at the HSN rate', async () => {
    const r = await post(india, '/api/v1/tax/calculate', { date: '2026-01-10', buyer: { stateCode: '27' }, lines: [{ hsn: '8471', unitPrice: '100000', quantity: '1' }] });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ engine: 'gst', currency: 'INR', result: { supply: { supplyType: 'intra_state' }, totals: { cgst: '9000.00', sgst: '9000.00', igst: '0.00', grandTotal: '118000.00' } } });
  });

  it("follows the business's GST registration: a composition dealer collects no tax and owes the flat rate", async () => {
    const dealer = await t.signUp();
    const put = async (payload: object) => {
      const tenant = await get(dealer, `/api/v1/tenants/${dealer.tenantId}`);
      return t.app.inject({ method: 'PUT', url: `/api/v1/tenants/${dealer.tenantId}`, headers: { ...dealer.headers, 'if-match': tenant.headers.etag as string }, payload });
    };
    const noGstin = await put({ gstRegistration: 'composition' });
    expect(noGstin.statusCode).toBe(422);
    expect(noGstin.json()).toMatchObject({ code: 'IDENTITY.INVALID_GST_REGISTRATION', errors: [{ path: 'body.gstRegistration' }] });
    const abroad = await t.app.inject({ method: 'PUT', url: `/api/v1/tenants/${germany.tenantId}`, headers: { ...germany.headers, 'if-match': (await get(germany, `/api/v1/tenants/${germany.tenantId}`)).headers.etag as string }, payload: { gstRegistration: 'regular' } });
    expect(abroad.statusCode).toBe(422);
    expect((await get(dealer, `/api/v1/tenants/${dealer.tenantId}`)).json()).toMatchObject({ gstRegistration: 'unregistered' });
    const set = await put({ gstin: '27AAPFU0939F1ZV', gstRegistration: 'composition' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ gstRegistration: 'composition' });

    const r = await post(dealer, '/api/v1/tax/calculate', { date: '2026-01-10', buyer: { stateCode: '27' }, lines: [{ hsn: '8471', unitPrice: '100000', quantity: '1' }] });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().result.totals).toMatchObject({ cgst: '0.00', sgst: '0.00', igst: '0.00', totalTax: '0.00' });
    expect(r.json().result.compositionLiability).not.toBeNull();
    // Back to derived: the same GSTIN is a regular registration again and collects CGST + SGST.
    expect((await put({ gstRegistration: 'unregistered' })).json()).toMatchObject({ code: 'IDENTITY.INVALID_GST_REGISTRATION' });
    expect((await put({ gstRegistration: null })).json()).toMatchObject({ gstRegistration: 'regular' });
    const regular = await post(dealer, '/api/v1/tax/calculate', { date: '2026-01-10', buyer: { stateCode: '27' }, lines: [{ hsn: '8471', unitPrice: '100000', quantity: '1' }] });
    expect(regular.json().result.totals).toMatchObject({ cgst: '9000.00', sgst: '9000.00' });
  });

  it('charges IGST to a registered buyer in another state and treats a SAC code as a service', async () => {
    const r = await post(india, '/api/v1/tax/calculate', { date: '2026-01-10', buyer: { gstin: '29AAACI1681G1ZL' }, lines: [{ hsn: '998314', amount: '50000' }] });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().result).toMatchObject({ supply: { supplyType: 'inter_state' }, lines: [{ kind: 'service', rate: '18' }], totals: { igst: '9000.00', cgst: '0.00' } });
  });

  it('applies the rate of the document date (GET, one line): medicaments 12% before 22 September 2025, 5% after', async () => {
    const before = await get(india, '/api/v1/tax/calculate?hsn=3004&unitPrice=1000&date=2025-09-01&buyerStateCode=27');
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json().result.totals.totalTax).toBe('120.00');
    const after = await get(india, '/api/v1/tax/calculate?hsn=3004&unitPrice=1000&date=2025-10-01&buyerStateCode=27');
    expect(after.json().result.totals.totalTax).toBe('50.00');
  });

  it("uses the tenant's own rate for a code from its effective date", async () => {
    expect((await post(india, '/api/v1/tax/hsn-codes', { code: '8471', kind: 'goods', description: 'Computers (our rate)', gstRate: '12', effectiveFrom: '2026-02-01' })).statusCode).toBe(201);
    const old = await post(india, '/api/v1/tax/calculate', { date: '2026-01-31', buyer: { stateCode: '27' }, lines: [{ hsn: '8471', unitPrice: '1000' }] });
    expect(old.json().result.totals.cgst).toBe('90.00');
    const own = await post(india, '/api/v1/tax/calculate', { date: '2026-02-01', buyer: { stateCode: '27' }, lines: [{ hsn: '8471', unitPrice: '1000' }] });
    expect(own.json().result.totals.cgst).toBe('60.00');
  });

  it('names the line of an unknown code or a missing code, in the body or the query string', async () => {
    const unknown = await post(india, '/api/v1/tax/calculate', { date: '2026-01-10', lines: [{ hsn: '8471', unitPrice: '1' }, { hsn: '1299', unitPrice: '1' }] });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ code: 'TAX.RATE_NOT_FOUND', errors: [{ path: 'body.lines[1].hsn' }] });
    const missing = await post(india, '/api/v1/tax/calculate', { lines: [{ unitPrice: '1' }] });
    expect(missing.statusCode).toBe(422);
    expect(missing.json()).toMatchObject({ code: 'TAX.INVALID_CALCULATION', errors: [{ path: 'body.lines[0].hsn' }] });
    const query = await get(india, '/api/v1/tax/calculate?unitPrice=1');
    expect(query.json()).toMatchObject({ code: 'TAX.INVALID_CALCULATION', errors: [{ path: 'querystring.hsn' }] });
  });

  it('asks for the business’s GST state when the tenant has none', async () => {
    const bare = await t.signUp();
    const r = await post(bare, '/api/v1/tax/calculate', { lines: [{ hsn: '8471', unitPrice: '1' }] });
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'TAX.SELLER_STATE_MISSING', errors: [{ path: 'tenant.stateCode' }] });
  });
});

describe('calculate for everyone else: the VAT calculator with the tenant’s rates and groups', () => {
  it('Germany: 19% prices are inclusive by default, exclusive on request', async () => {
    const id = await groupId(germany, 'VAT19');
    const inclusive = await post(germany, '/api/v1/tax/calculate', { lines: [{ unitPrice: '119.00', taxGroupId: id }] });
    expect(inclusive.statusCode, inclusive.body).toBe(200);
    expect(inclusive.json()).toMatchObject({ engine: 'vat', currency: 'EUR', result: { pricesInclusive: true, totals: { net: '100.00', tax: '19.00', gross: '119.00' } } });
    const exclusive = await post(germany, '/api/v1/tax/calculate', { pricesInclusive: false, lines: [{ unitPrice: '119.00', taxGroupId: id }] });
    expect(exclusive.json().result.totals).toMatchObject({ net: '119.00', tax: '22.61', gross: '141.61' });
  });

  it('Mexico: professional services from an individual withhold ISR 10% and two thirds of IVA', async () => {
    const r = await post(mexico, '/api/v1/tax/calculate', { lines: [{ unitPrice: '10000.00', taxGroupId: await groupId(mexico, 'HONORARIOS') }] });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ currency: 'MXN', result: { totals: { net: '10000.00', tax: '1600.00', retention: '-2066.67', gross: '11600.00', payable: '9533.33' } } });
  });

  it('US: state and district sales tax entered by the tenant, one line in the query string', async () => {
    const state = await rate(us, { code: 'CA', name: 'California', percent: '7.25', jurisdiction: 'US-CA' });
    const district = await rate(us, { code: 'CA-LA', name: 'Los Angeles County district', percent: '2.25', jurisdiction: 'US-CA-LA' });
    const group = (await post(us, '/api/v1/tax/groups', { code: 'LA', name: 'Los Angeles', rateIds: [state.id, district.id] })).json() as { id: string };
    const r = await get(us, `/api/v1/tax/calculate?unitPrice=19.99&quantity=2&taxGroupId=${group.id}`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().result.totals).toMatchObject({ net: '39.98', tax: '3.80', gross: '43.78' });
    expect(r.json().result.totals.components.map((c: { code: string; amount: string }) => `${c.code} ${c.amount}`)).toEqual(['CA 2.90', 'CA-LA 0.90']);
  });

  it('compound: a rate on the price plus the earlier taxes', async () => {
    const gst = await rate(us, { code: 'GST5', name: 'GST', percent: '5', jurisdiction: 'CA' });
    const qst = await rate(us, { code: 'QST', name: 'QST', percent: '9.975', compound: true, jurisdiction: 'CA-QC' });
    const group = (await post(us, '/api/v1/tax/groups', { code: 'QC', name: 'Québec', rateIds: [gst.id, qst.id] })).json() as { id: string };
    const r = await post(us, '/api/v1/tax/calculate', { lines: [{ unitPrice: '100.00', taxGroupId: group.id }] });
    expect(r.json().result.totals.components.map((c: { code: string; base: string; amount: string }) => `${c.code} ${c.base} ${c.amount}`)).toEqual(['GST5 100.00 5.00', 'QST 105.00 10.47']);
  });

  it('applies exemptions of the party to every line, of a category only to its lines', async () => {
    const partyId = '01900000-0000-7000-8000-00000000beef';
    expect((await post(germany, '/api/v1/tax/exemptions', { partyId, reason: 'Intra-EU supply, reverse charge', validFrom: '2026-01-01' })).statusCode).toBe(201);
    expect((await post(germany, '/api/v1/tax/exemptions', { category: 'medical', reason: '§4 Nr. 14 UStG', validFrom: '2026-01-01' })).statusCode).toBe(201);
    const id = await groupId(germany, 'VAT19');
    const party = await post(germany, '/api/v1/tax/calculate', { date: '2026-03-01', partyId, pricesInclusive: false, lines: [{ unitPrice: '100', taxGroupId: id }] });
    expect(party.json().result.lines[0]).toMatchObject({ tax: '0.00', exemptReason: 'Intra-EU supply, reverse charge' });
    const category = await post(germany, '/api/v1/tax/calculate', { date: '2026-03-01', pricesInclusive: false, lines: [{ unitPrice: '100', taxGroupId: id, category: 'medical' }, { unitPrice: '100', taxGroupId: id }] });
    expect(category.json().result.lines.map((l: { tax: string }) => l.tax)).toEqual(['0.00', '19.00']);
    const beforeValid = await post(germany, '/api/v1/tax/calculate', { date: '2025-12-31', partyId, pricesInclusive: false, lines: [{ unitPrice: '100', taxGroupId: id }] });
    expect(beforeValid.json().result.totals.tax).toBe('19.00');
  });

  it('refuses lines without exactly one rate or group, unknown and archived rates, with the line path', async () => {
    const vat7 = ((await get(germany, '/api/v1/tax/rates?jurisdiction=DE')).json() as { items: { id: string; code: string; version: number }[] }).items.find((r) => r.code === 'VAT7')!;
    const neither = await post(germany, '/api/v1/tax/calculate', { lines: [{ unitPrice: '1' }] });
    expect(neither.statusCode).toBe(422);
    expect(neither.json()).toMatchObject({ code: 'TAX.INVALID_CALCULATION', errors: [{ path: 'body.lines[0].taxRateId' }] });
    const unknown = await post(germany, '/api/v1/tax/calculate', { lines: [{ unitPrice: '1', taxRateId: vat7.id }, { unitPrice: '1', taxRateId: '01900000-0000-7000-8000-000000000001' }] });
    expect(unknown.json()).toMatchObject({ code: 'TAX.INVALID_CALCULATION', errors: [{ path: 'body.lines[1].taxRateId', message: 'no such tax rate' }] });
    await t.app.inject({ method: 'PUT', url: `/api/v1/tax/rates/${vat7.id}`, headers: { ...germany.headers, 'if-match': `"v${vat7.version}"` }, payload: { archived: true } });
    const archived = await post(germany, '/api/v1/tax/calculate', { lines: [{ unitPrice: '1', taxRateId: vat7.id }] });
    expect(archived.json()).toMatchObject({ errors: [{ path: 'body.lines[0].taxRateId', message: 'the tax rate is archived' }] });
    const malformed = await get(germany, '/api/v1/tax/calculate?unitPrice=abc');
    expect(malformed.statusCode).toBe(400);
  });

  it('stores nothing', async () => {
    const before = await rowCounts(t.testDb.ownerUrl);
    await post(mexico, '/api/v1/tax/calculate', { lines: [{ unitPrice: '10000.00', taxGroupId: await groupId(mexico, 'HONORARIOS') }] });
    await post(india, '/api/v1/tax/calculate', { buyer: { stateCode: '27' }, lines: [{ hsn: '8471', unitPrice: '1' }] });
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  });
});

describe('calculate refuses the other engine’s fields', () => {
  it('an HSN code for a German business, a tax group for an Indian one', async () => {
    const vat = await post(germany, '/api/v1/tax/calculate', { buyer: { stateCode: '27' }, lines: [{ unitPrice: '1', taxGroupId: await groupId(germany, 'VAT19'), hsn: '8471' }] });
    expect(vat.statusCode).toBe(422);
    expect((vat.json().errors as { path: string }[]).map((e) => e.path)).toEqual(['body.buyer', 'body.lines[0].hsn']);
    const gst = await post(india, '/api/v1/tax/calculate', { partyId: '01900000-0000-7000-8000-000000000001', lines: [{ hsn: '8471', unitPrice: '1', taxRateId: '01900000-0000-7000-8000-000000000001' }] });
    expect((gst.json().errors as { path: string }[]).map((e) => e.path)).toEqual(['body.partyId', 'body.lines[0].taxRateId']);
  });
});
