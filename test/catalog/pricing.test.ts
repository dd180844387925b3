import { describe, expect, it } from 'vitest';
import { choosePrice, formatUnitPrice, lineAmount, type PriceListCandidate } from '../../src/modules/catalog/domain/pricing.js';
import { factorsOf } from '../../src/modules/catalog/domain/units.js';

const product = { factors: factorsOf('pcs', [{ unit: 'box', factor: '12' }]), baseUnit: 'pcs', salePrice: '10.00', currency: 'INR' };

function list(id: string, over: Partial<PriceListCandidate> = {}): PriceListCandidate {
  return { id, name: id, currency: 'INR', customerGroup: null, validFrom: null, validTo: null, taxInclusive: false, status: 'active', items: [], ...over };
}

const retail = list('retail', {
  items: [
    { unit: 'pcs', minQuantity: '0', price: '9.50' },
    { unit: 'pcs', minQuantity: '10', price: '9.00' },
    { unit: 'pcs', minQuantity: '100', price: '8.00' },
    { unit: 'box', minQuantity: '1', price: '96.00' },
  ],
});
const wholesale = list('wholesale', { customerGroup: 'Wholesale', items: [{ unit: 'pcs', minQuantity: '0', price: '7.00' }, { unit: 'box', minQuantity: '5', price: '72.00' }] });
const festive = list('festive', { validFrom: '2026-10-01', validTo: '2026-10-31', items: [{ unit: 'pcs', minQuantity: '0', price: '8.50' }] });
const usd = list('usd', { currency: 'USD', items: [{ unit: 'pcs', minQuantity: '0', price: '0.12' }] });
const archived = list('archived', { status: 'archived', items: [{ unit: 'pcs', minQuantity: '0', price: '1.00' }] });
const vipEmpty = list('vip', { customerGroup: 'VIP', items: [] });
const lists = [retail, wholesale, festive, usd, archived, vipEmpty];

type Case = [name: string, request: { quantity: string; unit?: string; currency?: string; customerGroup?: string | null; date?: string }, expected: { unitPrice: string; amount: string; from: string; tier?: string }];

const cases: Case[] = [
  ['base tier for one piece', { quantity: '1' }, { unitPrice: '9.50', amount: '9.50', from: 'retail', tier: 'pcs@0' }],
  ['quantity just under a break', { quantity: '9' }, { unitPrice: '9.50', amount: '85.50', from: 'retail', tier: 'pcs@0' }],
  ['quantity on a break takes it', { quantity: '10' }, { unitPrice: '9.00', amount: '90.00', from: 'retail', tier: 'pcs@10' }],
  ['fractional quantity', { quantity: '10.5' }, { unitPrice: '9.00', amount: '94.50', from: 'retail', tier: 'pcs@10' }],
  ['highest break reached', { quantity: '250' }, { unitPrice: '8.00', amount: '2000.00', from: 'retail', tier: 'pcs@100' }],
  // 1 box = 12 pcs: the box tier (min 1 box = 12 pcs) beats pcs@10 (higher minimum in base units), priced per box.
  ['a box in boxes uses the box tier', { quantity: '1', unit: 'box' }, { unitPrice: '96.00', amount: '96.00', from: 'retail', tier: 'box@1' }],
  // 12 pcs reach the box tier's minimum too (12 ≥ 12 pcs) and it is the highest: 96 / 12 per piece.
  ['twelve pieces reach the box tier, converted per piece', { quantity: '12' }, { unitPrice: '8.00', amount: '96.00', from: 'retail', tier: 'box@1' }],
  // 10 boxes = 120 pcs: the highest minimum in base units not above 120 is pcs@100 (box@1 is only 12).
  ['ten boxes take the 100-piece break, converted per box', { quantity: '10', unit: 'box' }, { unitPrice: '96.00', amount: '960.00', from: 'retail', tier: 'pcs@100' }],
  ['group list wins over the general one', { quantity: '1', customerGroup: 'Wholesale' }, { unitPrice: '7.00', amount: '7.00', from: 'wholesale', tier: 'pcs@0' }],
  ['group names match case-insensitively', { quantity: '1', customerGroup: 'wholesale' }, { unitPrice: '7.00', amount: '7.00', from: 'wholesale', tier: 'pcs@0' }],
  ['group tier in boxes', { quantity: '5', unit: 'box', customerGroup: 'Wholesale' }, { unitPrice: '72.00', amount: '360.00', from: 'wholesale', tier: 'box@5' }],
  ['a group with an empty list falls through to the general list', { quantity: '1', customerGroup: 'VIP' }, { unitPrice: '9.50', amount: '9.50', from: 'retail', tier: 'pcs@0' }],
  ['a dated list in its window beats an open one', { quantity: '1', date: '2026-10-15' }, { unitPrice: '8.50', amount: '8.50', from: 'festive', tier: 'pcs@0' }],
  ['the last day of the window still counts', { quantity: '1', date: '2026-10-31' }, { unitPrice: '8.50', amount: '8.50', from: 'festive', tier: 'pcs@0' }],
  ['outside the window it does not', { quantity: '1', date: '2026-11-01' }, { unitPrice: '9.50', amount: '9.50', from: 'retail', tier: 'pcs@0' }],
  ['another currency uses its own list', { quantity: '3', currency: 'USD' }, { unitPrice: '0.12', amount: '0.36', from: 'usd', tier: 'pcs@0' }],
  ['rounding of the amount is half-up at the end', { quantity: '1', unit: 'pcs', currency: 'USD' }, { unitPrice: '0.12', amount: '0.12', from: 'usd', tier: 'pcs@0' }],
];

describe('price resolution (table)', () => {
  it.each(cases)('%s', (_name, request, expected) => {
    const choice = choosePrice(product, lists, {
      quantity: request.quantity,
      unit: request.unit ?? 'pcs',
      currency: request.currency ?? 'INR',
      customerGroup: request.customerGroup ?? null,
      date: request.date ?? '2026-06-01',
    });
    expect(choice).not.toBeNull();
    const exponent = 2; // INR and USD
    expect(formatUnitPrice(choice!.unitPrice, exponent)).toBe(expected.unitPrice);
    expect(lineAmount(choice!.unitPrice, request.quantity, exponent)).toBe(expected.amount);
    expect(choice!.source.kind === 'price_list' ? choice!.source.priceListId : 'product').toBe(expected.from);
    if (choice!.source.kind === 'price_list') expect(`${choice!.source.unit}@${choice!.source.minQuantity}`).toBe(expected.tier);
  });

  it('falls back to the sale price (converted to the unit) when no list applies, and to nothing in another currency', () => {
    const none = choosePrice(product, [archived], { quantity: '2', unit: 'box', currency: 'INR', customerGroup: null, date: '2026-06-01' });
    expect(none).toMatchObject({ source: { kind: 'product' }, taxInclusive: false });
    expect(none!.unitPrice.toFixed()).toBe('120');
    expect(choosePrice(product, [], { quantity: '1', unit: 'pcs', currency: 'EUR', customerGroup: null, date: '2026-06-01' })).toBeNull();
    expect(choosePrice({ ...product, salePrice: null }, [], { quantity: '1', unit: 'pcs', currency: 'INR', customerGroup: null, date: '2026-06-01' })).toBeNull();
  });

  it('prefers a tier in the requested unit on a tie in base units', () => {
    const tie = list('tie', { items: [{ unit: 'pcs', minQuantity: '12', price: '8.40' }, { unit: 'box', minQuantity: '1', price: '99.00' }] });
    const inBoxes = choosePrice(product, [tie], { quantity: '1', unit: 'box', currency: 'INR', customerGroup: null, date: '2026-06-01' })!;
    expect(inBoxes.unitPrice.toFixed()).toBe('99');
    const inPieces = choosePrice(product, [tie], { quantity: '12', unit: 'pcs', currency: 'INR', customerGroup: null, date: '2026-06-01' })!;
    expect(inPieces.unitPrice.toFixed()).toBe('8.4');
  });

  it('does not depend on the order lists arrive in', () => {
    const request = { quantity: '1', unit: 'pcs', currency: 'INR', customerGroup: null, date: '2026-06-01' };
    const a = list('a', { items: [{ unit: 'pcs', minQuantity: '0', price: '1.00' }] });
    const b = list('b', { items: [{ unit: 'pcs', minQuantity: '0', price: '2.00' }] });
    expect(choosePrice(product, [a, b], request)!.unitPrice.toFixed()).toBe(choosePrice(product, [b, a], request)!.unitPrice.toFixed());
  });

  it('shows unit prices with the currency decimals and up to six, never floats', () => {
    const dozen = factorsOf('pcs', [{ unit: 'dozen', factor: '12' }]);
    const thirds = choosePrice({ ...product, factors: dozen }, [list('d', { items: [{ unit: 'dozen', minQuantity: '0', price: '100' }] })], {
      quantity: '7',
      unit: 'pcs',
      currency: 'INR',
      customerGroup: null,
      date: '2026-06-01',
    })!;
    expect(formatUnitPrice(thirds.unitPrice, 2)).toBe('8.333333');
    expect(lineAmount(thirds.unitPrice, '7', 2)).toBe('58.33'); // 700 / 12 = 58.3333…, from the exact price
    expect(lineAmount(thirds.unitPrice, '3', 2)).toBe('25.00');
    expect(formatUnitPrice(thirds.unitPrice, 0)).toBe('8.333333');
  });
});
