import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gstinCheckChar, gstinProblem } from '../../src/kernel/gstin.js';

interface Vectors {
  python_stdnum_doctest: { gstin: string; expected: string }[];
  gstin_validator_mocha_tests: { valid: string[]; valid_info: { gstin: string }[]; invalid: { gstin: string; expected: string }[] };
  nic_sample_gstins_that_fail_checksum: { gstins: string[] };
}

const vectors = JSON.parse(readFileSync(new URL('./fixtures/gstin_test_vectors.json', import.meta.url), 'utf8')) as Vectors;

describe('GSTIN validation against the published vectors', () => {
  it('accepts every valid GSTIN of both suites', () => {
    const valid = [
      ...vectors.python_stdnum_doctest.filter((v) => v.expected === 'valid').map((v) => v.gstin),
      ...vectors.gstin_validator_mocha_tests.valid,
      ...vectors.gstin_validator_mocha_tests.valid_info.map((v) => v.gstin),
    ];
    expect(valid.length).toBeGreaterThan(40);
    expect(valid.filter((g) => gstinProblem(g) !== null)).toEqual([]);
  });

  it('refuses every invalid one, for the reason python-stdnum gives', () => {
    const reason: Record<string, string> = { InvalidLength: 'length', InvalidFormat: 'format', InvalidComponent: 'format', InvalidChecksum: 'checksum' };
    for (const v of vectors.python_stdnum_doctest.filter((x) => x.expected !== 'valid')) {
      expect(gstinProblem(v.gstin), v.gstin).toBe(reason[v.expected]);
    }
    for (const v of vectors.gstin_validator_mocha_tests.invalid) expect(gstinProblem(v.gstin), v.gstin).not.toBeNull();
    for (const g of vectors.nic_sample_gstins_that_fail_checksum.gstins) expect(gstinProblem(g)).not.toBeNull();
  });

  it('computes the check character of the worked examples', () => {
    expect(gstinCheckChar('27AAPFU0939F1Z')).toBe('V');
    expect(gstinCheckChar('25AAACI1681G1Z')).toBe('T');
  });
});
