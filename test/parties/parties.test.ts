import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gstinCheckChar } from '../../src/kernel/gstin.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import type { SignedUp } from '../support/factories.js';
import { changedTables, rowCounts } from '../support/row-counts.js';

let t: TestApp;
let owner: SignedUp;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp();
});
afterAll(async () => t?.close());

/** A valid GSTIN for a PAN in a state (the check character computed, not copied). */
export function gstinFor(state: string, pan: string, entity = '1'): string {
  const first14 = `${state}${pan}${entity}Z`;
  return first14 + gstinCheckChar(first14);
}

interface PartyJson {
  id: string;
  isCustomer: boolean;
  isVendor: boolean;
  legalName: string;
  displayName: string;
  registrationType: string;
  gstin: string | null;
  gstStateCode: string | null;
  pan: string | null;
  creditLimit: string | null;
  status: string;
  version: number;
  tags: string[];
  warnings?: { code: string; partyId: string; field: string }[];
}

const inject = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method, url, headers: { ...owner.headers, ...headers }, ...(payload && { payload }) });

async function create(kind: 'customers' | 'vendors', payload: object): Promise<PartyJson> {
  const r = await inject('POST', `/api/v1/${kind}`, payload);
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as PartyJson;
}

const problem = (r: LightMyRequestResponse) => r.json() as { code: string; errors?: { path: string; message: string }[] };

async function eventsOf(type: string): Promise<{ type: string; data: { id?: string } }[]> {
  const { rows } = await adminQuery(t.testDb.ownerUrl, `select type, data from platform.outbox where tenant_id = $1 and type = $2 order by seq`, [owner.tenantId, type]);
  return rows as { type: string; data: { id?: string } }[];
}

describe('customers and vendors: create and read', () => {
  it('creates a registered customer, deriving the state code and PAN from the GSTIN, with an ETag and a location', async () => {
    const gstin = gstinFor('27', 'AAPFU0939F');
    const r = await inject('POST', '/api/v1/customers', {
      legalName: 'Unnati Traders Pvt Ltd',
      displayName: 'Unnati',
      gstin: gstin.toLowerCase(),
      billingAddress: { line1: '12 MG Road', city: 'Pune', stateCode: '27', postalCode: '411001', country: 'IN' },
      contacts: [{ name: 'Asha', email: 'asha@unnati.example', phone: '+91 98200 12345', primary: true }],
      paymentTermsDays: 30,
      creditLimit: '50000.5',
      tags: ['wholesale', 'pune'],
    });
    expect(r.statusCode, r.body).toBe(201);
    const party = r.json() as PartyJson;
    expect(party).toMatchObject({
      isCustomer: true,
      isVendor: false,
      registrationType: 'registered',
      gstin,
      gstStateCode: '27',
      pan: 'AAPFU0939F',
      creditLimit: '50000.50',
      status: 'active',
      version: 1,
      tags: ['pune', 'wholesale'],
      warnings: [],
    });
    expect(r.headers.etag).toBe('"v1"');
    expect(r.headers.location).toBe(`/api/v1/customers/${party.id}`);

    const read = await inject('GET', `/api/v1/customers/${party.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: party.id, displayName: 'Unnati', currency: 'INR' });
    // A customer is not a vendor: the vendors endpoint does not show it.
    expect((await inject('GET', `/api/v1/vendors/${party.id}`)).statusCode).toBe(404);

    expect((await eventsOf('customer.created')).map((e) => e.data.id)).toContain(party.id);
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select action from platform.audit_log where tenant_id = $1 and entity_id = $2`, [owner.tenantId, party.id]);
    expect(rows.map((x: { action: string }) => x.action)).toEqual(['party.created']);
  });

  it('creates a vendor that is also a customer, emitting both events', async () => {
    const party = await create('vendors', { legalName: 'Both Ways LLP', isCustomer: true });
    expect(party).toMatchObject({ isCustomer: true, isVendor: true, registrationType: 'unregistered', gstin: null });
    expect((await inject('GET', `/api/v1/customers/${party.id}`)).statusCode).toBe(200);
    expect((await eventsOf('vendor.created')).map((e) => e.data.id)).toContain(party.id);
    expect((await eventsOf('customer.created')).map((e) => e.data.id)).toContain(party.id);
  });
});

describe('validation (422 with field paths, nothing written)', () => {
  const refused = async (payload: object, code: string, path: string) => {
    const before = await rowCounts(t.testDb.ownerUrl);
    const r = await inject('POST', '/api/v1/customers', payload);
    expect(r.statusCode, r.body).toBe(code === 'PARTIES.INVALID_PARTY' ? 422 : 400);
    expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(problem(r).code).toBe(code);
    expect(problem(r).errors?.map((e) => e.path)).toContain(path);
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  };

  it('refuses a GSTIN with a wrong check character', async () => {
    const good = gstinFor('29', 'ABCDE1234F');
    const bad = good.slice(0, 14) + (good[14] === 'A' ? 'B' : 'A');
    await refused({ legalName: 'Typo Ltd', gstin: bad }, 'PARTIES.INVALID_PARTY', 'body.gstin');
  });

  it('refuses a GSTIN of the wrong length or an unknown state', async () => {
    await refused({ legalName: 'Short Ltd', gstin: '27AAPFU0939F1Z' }, 'PARTIES.INVALID_PARTY', 'body.gstin');
    await refused({ legalName: 'Nowhere Ltd', gstin: gstinFor('99', 'ABCDE1234F') }, 'PARTIES.INVALID_PARTY', 'body.gstin');
  });

  it('refuses a PAN that does not match the GSTIN, and a malformed PAN', async () => {
    await refused({ legalName: 'Mismatch Ltd', gstin: gstinFor('27', 'AAPFU0939F'), pan: 'ABCDE1234F' }, 'PARTIES.INVALID_PARTY', 'body.pan');
    await refused({ legalName: 'Bad PAN Ltd', pan: 'ABC123' }, 'PARTIES.INVALID_PARTY', 'body.pan');
  });

  it('applies the registration rules: GSTIN required for registered, composition and SEZ, refused for overseas', async () => {
    for (const registrationType of ['registered', 'composition', 'sez']) {
      await refused({ legalName: `No GSTIN ${registrationType}`, registrationType }, 'PARTIES.INVALID_PARTY', 'body.gstin');
    }
    await refused({ legalName: 'Abroad Inc', registrationType: 'overseas', gstin: gstinFor('27', 'AAPFU0939F') }, 'PARTIES.INVALID_PARTY', 'body.gstin');
    const overseas = await create('customers', {
      legalName: 'Abroad Inc',
      registrationType: 'overseas',
      currency: 'USD',
      billingAddress: { line1: '1 Main St', city: 'Austin', country: 'US' },
    });
    expect(overseas).toMatchObject({ registrationType: 'overseas', gstin: null });
    expect((await create('customers', { legalName: 'Composite Co', registrationType: 'composition', gstin: gstinFor('07', 'BBBBB2222B') })).registrationType).toBe('composition');
  });

  it('checks addresses: country codes and GST state codes', async () => {
    await refused({ legalName: 'X', billingAddress: { line1: 'a', city: 'b', country: 'XX' } }, 'PARTIES.INVALID_PARTY', 'body.billingAddress.country');
    await refused({ legalName: 'X', shippingAddress: { line1: 'a', city: 'b', stateCode: '45', country: 'IN' } }, 'PARTIES.INVALID_PARTY', 'body.shippingAddress.stateCode');
    await refused({ legalName: 'X', shippingAddress: { line1: 'a', city: 'b', stateCode: '27', country: 'US' } }, 'PARTIES.INVALID_PARTY', 'body.shippingAddress.stateCode');
  });

  it('refuses money with more decimals than the currency has, and negative credit limits', async () => {
    await refused({ legalName: 'X', creditLimit: '10.001' }, 'MONEY.EXCESS_PRECISION', 'body.creditLimit');
    await refused({ legalName: 'X', creditLimit: '-5' }, 'MONEY.NEGATIVE', 'body.creditLimit');
  });

  it('refuses unknown fields and malformed bodies with 400', async () => {
    const r = await inject('POST', '/api/v1/customers', { legalName: 'X', surprise: true });
    expect(r.statusCode).toBe(400);
    expect((await inject('POST', '/api/v1/customers', { legalName: '' })).statusCode).toBe(400);
  });
});

describe('duplicate warnings', () => {
  it('warns (201, not a refusal) on the same GSTIN or the same email', async () => {
    const gstin = gstinFor('24', 'DUPEE1234D');
    const first = await create('customers', { legalName: 'Original Ltd', gstin, contacts: [{ name: 'A', email: 'Dup@Example.test' }] });
    const byGstin = await create('customers', { legalName: 'Original Limited', gstin });
    expect(byGstin.warnings).toEqual([expect.objectContaining({ code: 'PARTIES.POSSIBLE_DUPLICATE', partyId: first.id, field: 'gstin' })]);
    const byEmail = await create('vendors', { legalName: 'Other Name', contacts: [{ name: 'B', email: 'dup@example.test' }] });
    expect(byEmail.warnings).toEqual([expect.objectContaining({ code: 'PARTIES.POSSIBLE_DUPLICATE', partyId: first.id, field: 'email' })]);
    const unrelated = await create('customers', { legalName: 'Unrelated', contacts: [{ name: 'C', email: 'someone-else@example.test' }] });
    expect(unrelated.warnings).toEqual([]);
  });
});

describe('search, filters, sort and pages', () => {
  let ids: Record<string, string>;
  let other: SignedUp;
  /** Requests as a tenant of its own, so the other tests' parties stay out of the results. */
  const as = (method: 'GET' | 'DELETE', url: string) => t.app.inject({ method, url, headers: other.headers });
  beforeAll(async () => {
    other = await t.signUp();
    const make = async (legalName: string, extra: object = {}) => {
      const r = await t.app.inject({ method: 'POST', url: '/api/v1/customers', headers: other.headers, payload: { legalName, ...extra } });
      expect(r.statusCode, r.body).toBe(201);
      return (r.json() as PartyJson).id;
    };
    ids = {
      alpha: await make('Alpha Agencies', { contacts: [{ name: 'Ravi', phone: '+91 (22) 4000-1234', email: 'ravi@alpha.example' }], tags: ['retail'] }),
      beta: await make('Beta Brothers', { gstin: gstinFor('33', 'BETAB1234B'), tags: ['retail'] }),
      gamma: await make('Gamma & Sons_', { registrationType: 'overseas' }),
      delta: await make('Delta Distributors', { tags: ['wholesale'] }),
    };
  });

  const names = async (query: string) => {
    const r = await as('GET', `/api/v1/customers?${query}`);
    expect(r.statusCode, r.body).toBe(200);
    return (r.json() as { items: PartyJson[] }).items.map((p) => p.legalName);
  };

  it('finds by name, GSTIN, phone (whatever the punctuation) and email', async () => {
    expect(await names('q=agenc')).toEqual(['Alpha Agencies']);
    expect(await names(`q=${gstinFor('33', 'BETAB1234B').slice(0, 8).toLowerCase()}`)).toEqual(['Beta Brothers']);
    expect(await names(`q=${encodeURIComponent('4000 1234')}`)).toEqual(['Alpha Agencies']);
    expect(await names('q=ravi%40alpha')).toEqual(['Alpha Agencies']);
    // LIKE wildcards are literal characters in q.
    expect(await names('q=%25')).toEqual([]);
    expect(await names('q=s_')).toEqual(['Gamma & Sons_']);
  });

  it('filters by tag and registration type, and sorts by name either way', async () => {
    expect(await names('tag=retail')).toEqual(['Alpha Agencies', 'Beta Brothers']);
    expect(await names('registrationType=overseas')).toEqual(['Gamma & Sons_']);
    expect(await names('sort=-name')).toEqual(['Gamma & Sons_', 'Delta Distributors', 'Beta Brothers', 'Alpha Agencies']);
  });

  it('pages with a cursor in every sort order', async () => {
    for (const sort of ['name', '-name', 'createdAt', '-createdAt']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const r = await as('GET', `/api/v1/customers?limit=3&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`);
        expect(r.statusCode, r.body).toBe(200);
        const page = r.json() as { items: PartyJson[]; nextCursor: string | null };
        seen.push(...page.items.map((p) => p.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(new Set(seen).size, sort).toBe(4);
      expect(seen.length, sort).toBe(4);
    }
    expect((await as('GET', '/api/v1/customers?cursor=garbage')).statusCode).toBe(400);
  });

  it('hides archived parties unless asked for, and DELETE archives rather than deletes', async () => {
    const r = await as('DELETE', `/api/v1/customers/${ids.delta}`);
    expect(r.statusCode, r.body).toBe(200);
    expect((r.json() as PartyJson).status).toBe('archived');
    expect(await names('')).not.toContain('Delta Distributors');
    expect(await names('status=archived')).toEqual(['Delta Distributors']);
    expect((await as('GET', `/api/v1/customers/${ids.delta}`)).statusCode).toBe(200);
  });
});

describe('updates, suspension and concurrency', () => {
  it('updates with If-Match, re-deriving the PAN from a new GSTIN; a stale ETag is a 412 and writes nothing', async () => {
    const party = await create('customers', { legalName: 'Changing Ltd', gstin: gstinFor('27', 'CHANG1234C') });
    expect((await inject('PUT', `/api/v1/customers/${party.id}`, { notes: 'x' })).statusCode).toBe(428);
    const newGstin = gstinFor('29', 'CHNGD5678D');
    const r = await inject('PUT', `/api/v1/customers/${party.id}`, { gstin: newGstin, displayName: 'Changed' }, { 'if-match': '"v1"' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ gstin: newGstin, pan: 'CHNGD5678D', gstStateCode: '29', displayName: 'Changed', version: 2 });
    expect(r.headers.etag).toBe('"v2"');

    const before = await rowCounts(t.testDb.ownerUrl);
    const stale = await inject('PUT', `/api/v1/customers/${party.id}`, { notes: 'late' }, { 'if-match': '"v1"' });
    expect(stale.statusCode).toBe(412);
    expect(problem(stale).code).toBe('REQUEST.ETAG_MISMATCH');
    const invalid = await inject('PUT', `/api/v1/customers/${party.id}`, { registrationType: 'overseas' }, { 'if-match': '"v2"' });
    expect(invalid.statusCode).toBe(422);
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
    expect((await eventsOf('customer.updated')).filter((e) => e.data.id === party.id)).toHaveLength(1);
  });

  it('keeps a fitting registration type when the GSTIN changes, and follows the GSTIN when it no longer fits', async () => {
    const party = await create('customers', { legalName: 'Composite Changes', registrationType: 'composition', gstin: gstinFor('27', 'COMPO1234C') });
    const changed = await inject('PUT', `/api/v1/customers/${party.id}`, { gstin: gstinFor('27', 'COMPO1234C', '2') }, { 'if-match': '"v1"' });
    expect(changed.json()).toMatchObject({ registrationType: 'composition' });
    const removed = await inject('PUT', `/api/v1/customers/${party.id}`, { gstin: null }, { 'if-match': '"v2"' });
    expect(removed.json()).toMatchObject({ registrationType: 'unregistered', gstin: null, pan: null, gstStateCode: null });
  });

  it('lets exactly one of two clients with the same If-Match win', async () => {
    const party = await create('customers', { legalName: 'Contended Ltd' });
    const results = await Promise.all(
      ['First', 'Second'].map((displayName) => inject('PUT', `/api/v1/customers/${party.id}`, { displayName }, { 'if-match': '"v1"' })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 412]);
    const read = (await inject('GET', `/api/v1/customers/${party.id}`)).json() as PartyJson;
    expect(read.version).toBe(2);
    expect(read.displayName).toBe((results.find((r) => r.statusCode === 200)!.json() as PartyJson).displayName);
  });

  it('suspends and reactivates, emitting customer.suspended (seed 002 CustomerSuspended)', async () => {
    const party = await create('customers', { legalName: 'Paused Ltd' });
    const s = await inject('POST', `/api/v1/parties/${party.id}/suspend`);
    expect(s.statusCode, s.body).toBe(200);
    expect(s.json()).toMatchObject({ status: 'suspended', version: 2 });
    const suspended = (await inject('GET', '/api/v1/customers?status=suspended')).json() as { items: PartyJson[] };
    expect(suspended.items.map((p) => p.id)).toContain(party.id);
    const again = await inject('POST', `/api/v1/parties/${party.id}/suspend`);
    expect(again.json()).toMatchObject({ status: 'suspended', version: 2 });
    const back = await inject('POST', `/api/v1/parties/${party.id}/reactivate`, undefined, { 'if-match': '"v2"' });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ status: 'active', version: 3 });
    expect((await eventsOf('customer.suspended')).map((e) => e.data.id)).toContain(party.id);
    expect((await eventsOf('customer.reactivated')).map((e) => e.data.id)).toContain(party.id);
    expect((await inject('POST', `/api/v1/parties/${party.id}/suspend`, undefined, { 'if-match': '"v1"' })).statusCode).toBe(412);
  });

  it('needs the suspend permission of every role the party plays', async () => {
    const vendor = await create('vendors', { legalName: 'Supplier For Sales' });
    const customer = await create('customers', { legalName: 'Customer For Sales' });
    // An API key holding only the customer keys (as the sales role does).
    const key = await inject('POST', '/api/v1/api-keys', { name: 'sales-like', permissions: ['parties.customer.read', 'parties.customer.suspend'] });
    expect(key.statusCode, key.body).toBe(201);
    const secret = (key.json() as { key: string }).key;
    const headers = { authorization: `Bearer ${secret}` };
    const asKey = (url: string) => t.app.inject({ method: 'POST', url, headers });
    expect((await asKey(`/api/v1/parties/${customer.id}/suspend`)).statusCode).toBe(200);
    const refused = await asKey(`/api/v1/parties/${vendor.id}/suspend`);
    expect(refused.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/vendors', headers, payload: { legalName: 'Nope' } })).statusCode).toBe(403);
  });
});

describe('settings', () => {
  it('reads and sets the credit-limit mode with If-Match', async () => {
    const first = await inject('GET', '/api/v1/parties/settings');
    expect(first.json()).toEqual({ creditLimitMode: 'warn', version: 0 });
    const set = await inject('PUT', '/api/v1/parties/settings', { creditLimitMode: 'block' }, { 'if-match': first.headers.etag as string });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ creditLimitMode: 'block', version: 1 });
    expect((await inject('PUT', '/api/v1/parties/settings', { creditLimitMode: 'warn' }, { 'if-match': '"v0"' })).statusCode).toBe(412);
    expect((await inject('PUT', '/api/v1/parties/settings', { creditLimitMode: 'sometimes' }, { 'if-match': '"v1"' })).statusCode).toBe(400);
  });
});
