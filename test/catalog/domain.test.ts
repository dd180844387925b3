import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { buildTree, descendantIds, pathOf, wouldCycle } from '../../src/modules/catalog/domain/categories.js';
import { barcodeProblem, gtinCheckDigit, hsnSacProblem } from '../../src/modules/catalog/domain/codes.js';
import { convert, convertUnitPrice, factorsOf, toBase, UnknownUnitError } from '../../src/modules/catalog/domain/units.js';

describe('unit conversions', () => {
  const pcs = factorsOf('pcs', [
    { unit: 'box', factor: '12' },
    { unit: 'dozen', factor: '12' },
    { unit: 'pack', factor: '6' },
    { unit: 'case', factor: '144' },
  ]);
  const kg = factorsOf('kg', [
    { unit: 'pack', factor: '0.5' },
    { unit: 'g', factor: '0.001' },
    { unit: 'sack', factor: '25' },
  ]);

  it.each([
    [pcs, '3', 'box', 'pcs', '36'],
    [pcs, '36', 'pcs', 'box', '3'],
    [pcs, '1', 'case', 'box', '12'],
    [pcs, '3', 'pcs', 'dozen', '0.25'],
    [pcs, '1', 'box', 'pack', '2'],
    [kg, '3', 'pack', 'kg', '1.5'],
    [kg, '1.5', 'kg', 'pack', '3'],
    [kg, '250', 'g', 'pack', '0.5'],
    [kg, '2', 'sack', 'g', '50000'],
    [kg, '0.001', 'g', 'kg', '0.000001'],
  ])('%#: %s %s → %s = %s, exactly', (factors, qty, from, to, expected) => {
    const result = convert(qty, factors, from, to);
    expect(result.quantity.toFixed()).toBe(expected);
    expect(result.exact).toBe(true);
  });

  it('rounds a non-terminating quotient half-up to the scale and says so', () => {
    expect(convert('1', pcs, 'pcs', 'dozen')).toEqual({ quantity: new Decimal('0.083333'), exact: false });
    expect(convert('2', pcs, 'pcs', 'dozen').quantity.toFixed()).toBe('0.166667');
    expect(convert('1', pcs, 'pcs', 'dozen', 2).quantity.toFixed()).toBe('0.08');
  });

  it('round-trips every pair of units for many quantities without drift', () => {
    const quantities = ['0.5', '1', '7', '12', '13.25', '1000', '0.000001', '99999.999999'];
    for (const factors of [pcs, kg]) {
      const units = [...factors.keys()];
      for (const from of units) {
        for (const to of units) {
          for (const q of quantities) {
            const there = convert(q, factors, from, to, 30);
            if (!there.exact) continue;
            const back = convert(there.quantity, factors, to, from, 30);
            expect([from, to, q, back.quantity.toFixed()]).toEqual([from, to, q, new Decimal(q).toFixed()]);
          }
        }
      }
    }
  });

  it('is exact where floats are not: 0.1 + 0.2 kg of 0.1 kg units', () => {
    const tenth = factorsOf('kg', [{ unit: 'bag', factor: '0.1' }]);
    expect(toBase('3', tenth, 'bag').toFixed()).toBe('0.3');
    expect(convert('0.3', tenth, 'kg', 'bag')).toEqual({ quantity: new Decimal(3), exact: true });
  });

  it('converts unit prices both ways', () => {
    expect(convertUnitPrice('120', pcs, 'box', 'pcs').toFixed()).toBe('10');
    expect(convertUnitPrice('10', pcs, 'pcs', 'box').toFixed()).toBe('120');
    expect(convertUnitPrice('80', kg, 'kg', 'pack').toFixed()).toBe('40');
    expect(convertUnitPrice('100', pcs, 'dozen', 'pcs').toFixed(4)).toBe('8.3333');
  });

  it('refuses a unit the product does not have', () => {
    expect(() => convert('1', pcs, 'kg', 'pcs')).toThrow(UnknownUnitError);
  });
});

describe('barcodes and HSN/SAC', () => {
  it('computes GS1 check digits', () => {
    expect(gtinCheckDigit('400638133393')).toBe(1); // EAN-13 4006381333931
    expect(gtinCheckDigit('03600029145')).toBe(2); // UPC-A 036000291452
    expect(gtinCheckDigit('890123456789')).toBe(0);
  });

  it.each([
    ['4006381333931', null],
    ['036000291452', null],
    ['8901234567890', null],
    ['4006381333932', 'EAN-13 check digit should be 1'],
    ['036000291453', 'UPC-A check digit should be 2'],
    ['ABC-123', null],
    ['12345', null],
    ['has space', 'printable ASCII without spaces, up to 64 characters'],
  ])('%s → %s', (barcode, problem) => {
    expect(barcodeProblem(barcode)).toBe(problem);
  });

  it.each([
    ['8471', 'goods', null],
    ['847130', 'goods', null],
    ['84713010', 'goods', null],
    ['998314', 'service', null],
    ['9983', 'service', null],
    ['847', 'goods', '4, 6 or 8 digits'],
    ['8471301', 'goods', '4, 6 or 8 digits'],
    ['84A1', 'goods', '4, 6 or 8 digits'],
    ['998314', 'goods', 'codes starting with 99 are SAC codes for services; goods take an HSN code'],
    ['847130', 'service', 'a SAC code for a service starts with 99'],
  ] as const)('%s for %s → %s', (code, type, problem) => {
    expect(hsnSacProblem(code, type)).toBe(problem);
  });
});

describe('category tree', () => {
  const all = [
    { id: 'a', name: 'Electronics', parentId: null },
    { id: 'b', name: 'Phones', parentId: 'a' },
    { id: 'c', name: 'Smartphones', parentId: 'b' },
    { id: 'd', name: 'Audio', parentId: 'a' },
    { id: 'e', name: 'Books', parentId: null },
  ];

  it('detects moves under itself or a descendant', () => {
    expect(wouldCycle(all, 'a', 'a')).toBe(true);
    expect(wouldCycle(all, 'a', 'c')).toBe(true);
    expect(wouldCycle(all, 'b', 'c')).toBe(true);
    expect(wouldCycle(all, 'c', 'd')).toBe(false);
    expect(wouldCycle(all, 'a', 'e')).toBe(false);
    expect(wouldCycle(all, 'b', null)).toBe(false);
  });

  it('builds paths, descendants and a sorted tree', () => {
    expect(pathOf(all, 'c')).toBe('Electronics / Phones / Smartphones');
    expect(descendantIds(all, 'a').sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(descendantIds(all, 'e')).toEqual(['e']);
    const tree = buildTree(all);
    expect(tree.map((t) => t.category.name)).toEqual(['Books', 'Electronics']);
    expect(tree[1]!.children.map((t) => t.path)).toEqual(['Electronics / Audio', 'Electronics / Phones']);
    expect(tree[1]!.children[1]!.children[0]!.path).toBe('Electronics / Phones / Smartphones');
  });
});
