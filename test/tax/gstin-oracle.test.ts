import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GST_STATE_CODES, GST_STATE_NAMES } from '../../src/kernel/gstin.js';
import { gstinInfo } from '../../src/modules/tax/gstin-info.js';
import { createTestApp, type TestApp } from '../support/app.js';

// Copies of ../shared/oracles/gst/ (see fixtures/PROVENANCE.md), so a clean clone runs alone.
const ORACLES = new URL('./fixtures/', import.meta.url);
const vectors = JSON.parse(readFileSync(new URL('gstin_test_vectors.json', ORACLES), 'utf8')) as {
  python_stdnum_doctest: { gstin: string; expected: string; state?: string; pan?: string }[];
  gstin_validator_mocha_tests: { valid: string[]; valid_info: { gstin: string; expected: string }[]; invalid: { gstin: string; expected: string }[] };
  nic_sample_gstins_that_fail_checksum: { gstins: string[] };
};
const states = parse(readFileSync(new URL('gst_state_codes.csv', ORACLES), 'utf8'), { columns: true }) as { code: string; name_india_compliance: string; name_python_stdnum: string }[];

/** What each source's verdict means in our terms (stdnum's InvalidComponent is the literal Z: a format problem). */
const STDNUM: Record<string, string | null> = { valid: null, InvalidLength: 'length', InvalidFormat: 'format', InvalidComponent: 'format', InvalidChecksum: 'checksum' };
function mochaProblem(expected: string): string {
  if (/15 character/.test(expected)) return 'length';
  if (/format/.test(expected)) return 'format';
  if (/checksum/.test(expected)) return 'checksum';
  if (/state code/.test(expected)) return 'state';
  throw new Error(`unmapped verdict: ${expected}`);
}

describe('GSTIN oracle vectors', () => {
  it('classifies every python-stdnum doctest vector, with its state and PAN', () => {
    for (const v of vectors.python_stdnum_doctest) {
      const info = gstinInfo(v.gstin);
      expect(info.problem, v.gstin).toBe(STDNUM[v.expected]);
      if (v.state) expect(info.stateName, v.gstin).toBe(v.state);
      if (v.pan) expect(info.pan, v.gstin).toBe(v.pan);
    }
  });

  it('accepts all of gstin-validator’s valid GSTINs', () => {
    expect(vectors.gstin_validator_mocha_tests.valid.length).toBeGreaterThan(30);
    const refused = vectors.gstin_validator_mocha_tests.valid.filter((g) => !gstinInfo(g).valid);
    expect(refused).toEqual([]);
  });

  it('refuses each of gstin-validator’s invalid GSTINs for the same reason', () => {
    for (const v of vectors.gstin_validator_mocha_tests.invalid) expect(gstinInfo(v.gstin).problem, v.gstin).toBe(mochaProblem(v.expected));
  });

  it('reads entity number, holder type, PAN and state as gstin-validator describes them', () => {
    for (const v of vectors.gstin_validator_mocha_tests.valid_info) {
      const m = /entity #(\d+) belonging to (\w+) whose PAN is (\w+) registered in ([\w ]+) \(/.exec(v.expected)!;
      const info = gstinInfo(v.gstin);
      expect(info, v.gstin).toMatchObject({ valid: true, entityNumber: Number(m[1]), entityType: m[2], pan: m[3], stateName: m[4] });
    }
  });

  it('refuses the NIC sample GSTINs (14th character K, wrong check digit)', () => {
    for (const g of vectors.nic_sample_gstins_that_fail_checksum.gstins) expect(gstinInfo(g).valid, g).toBe(false);
  });

  it('names every state code of the oracle list and knows no others', () => {
    for (const s of states) {
      const code = s.code;
      const isState = Number(code) <= 38;
      expect(GST_STATE_CODES.has(code), code).toBe(isState);
      if (!isState) continue;
      const expected = s.name_india_compliance || s.name_python_stdnum;
      expect(GST_STATE_NAMES[code]!.startsWith(expected), `${code}: ${GST_STATE_NAMES[code]} vs ${expected}`).toBe(true);
    }
    expect(Object.keys(GST_STATE_NAMES).sort()).toEqual([...GST_STATE_CODES].sort());
  });
});

describe('GET /api/v1/tax/gstin/:gstin', () => {
  let t: TestApp;
  let headers: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp();
    headers = (await t.signUp()).headers;
  });
  afterAll(async () => t?.close());

  it('answers validity, problem, state, PAN and entity type', async () => {
    const ok = await t.app.inject({ method: 'GET', url: '/api/v1/tax/gstin/27aapfu0939f1zv', headers });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ gstin: '27AAPFU0939F1ZV', valid: true, problem: null, stateCode: '27', stateName: 'Maharashtra', pan: 'AAPFU0939F', entityType: 'Firm or LLP', entityNumber: 1 });
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/tax/gstin/47AAGCG4576J1Z6', headers });
    expect(bad.json()).toMatchObject({ valid: false, problem: 'state', stateCode: '47', stateName: null, entityType: 'Company' });
    const short = await t.app.inject({ method: 'GET', url: '/api/v1/tax/gstin/123412341234', headers });
    expect(short.json()).toMatchObject({ valid: false, problem: 'length', stateCode: null, pan: null });
  });

  it('needs a signed-in caller', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/v1/tax/gstin/27AAPFU0939F1ZV' });
    expect(r.statusCode).toBe(401);
  });
});
