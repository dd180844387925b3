import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tenant, Vendor } from '../../src/modules/purchases/common.js';
import { orderPrintable } from '../../src/modules/purchases/pdf.js';
import type { OrderView } from '../../src/modules/purchases/views.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { BUYER_GSTIN, LOCAL_GSTIN, confirmedOrder, request, setUpPurchases, type Fixture } from './helpers.js';

async function textOf(buf: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages.join('\n').replace(/\s+/g, ' ');
}

const view: OrderView = {
  id: 'o1',
  number: 'PO/26-27/0007',
  vendorId: 'v1',
  status: 'confirmed',
  date: '2026-07-01',
  expectedDate: '2026-07-10',
  storeId: 's1',
  currency: 'INR',
  reference: 'RFQ-12',
  notes: 'Deliver before noon',
  subtotal: '12000.00',
  taxTotal: '2160.00',
  total: '14160.00',
  taxes: [
    { label: 'CGST 9%', amount: '1080.00' },
    { label: 'SGST 9%', amount: '1080.00' },
  ],
  lines: [
    { id: 'l1', lineNo: 1, productId: 'p1', stocked: true, description: 'Laptop', hsn: '8471', unit: 'pcs', quantity: '2', unitPrice: '6000', gstRate: '18', accountId: null, amount: '12000.00', receivedQuantity: '0', billedQuantity: '0' },
  ],
  version: 2,
  createdAt: '2026-07-01T10:00:00.000Z',
};
const vendor = {
  display_name: 'Pune Components Pvt Ltd',
  gstin: LOCAL_GSTIN,
  pan: 'AAGCG4576J',
  gst_state_code: '27',
  billing_address: { line1: '4 Industrial Estate', city: 'Pune', postalCode: '411019', stateCode: '27', country: 'IN' },
} as unknown as Vendor;
const tenant = { name: 'Kontor', legal_name: 'Kontor Test Traders Pvt Ltd', gstin: BUYER_GSTIN, state_code: '27' } as unknown as Tenant;

describe('purchase order PDF mapping', () => {
  it('prints the vendor as the seller, the business as the orderer, lines and taxes as computed', () => {
    const doc = orderPrintable(view, vendor, tenant, { name: 'Main store' });
    expect(doc).toMatchObject({
      title: 'Purchase Order',
      number: 'PO/26-27/0007',
      date: '2026-07-01',
      currency: 'INR',
      seller: { name: 'Pune Components Pvt Ltd', gstin: LOCAL_GSTIN, pan: 'AAGCG4576J', stateCode: '27', address: ['4 Industrial Estate', 'Pune 411019', '27', 'IN'] },
      buyer: { name: 'Kontor Test Traders Pvt Ltd', gstin: BUYER_GSTIN, stateCode: '27' },
      buyerLabel: 'Ordered by',
      subtotal: '12000.00',
      total: '14160.00',
      taxes: view.taxes,
      notes: 'Deliver before noon',
      copyLabel: null,
    });
    expect(doc.references).toEqual([
      { label: 'Expected delivery', value: '2026-07-10' },
      { label: 'Deliver to', value: 'Main store' },
      { label: 'Reference', value: 'RFQ-12' },
    ]);
    expect(doc.lines).toEqual([{ description: 'Laptop', hsn: '8471', quantity: '2', unit: 'pcs', unitPrice: '6000', taxableValue: '12000.00', taxRate: '18', amount: '12000.00' }]);
    expect(orderPrintable({ ...view, status: 'draft' }, null, tenant, null).copyLabel).toBe('Draft');
    expect(orderPrintable(view, null, tenant, null).seller.name).toBe('Unknown vendor');
  });
});

describe('purchase order PDF through the API', () => {
  let t: TestApp;
  let f: Fixture;
  beforeAll(async () => {
    t = await createTestApp();
    f = await setUpPurchases(t);
  });
  afterAll(async () => t?.close());

  it('renders the order number, the vendor and its GSTIN, the HSN and the ₹ total', async () => {
    const order = await confirmedOrder(t, f, '2');
    const r = await request(t, f.owner, 'GET', `/api/v1/purchase-orders/${order.id}/pdf`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    const text = await textOf(r.rawPayload);
    expect(text).toContain('Purchase Order');
    expect(text).toContain(order.number);
    expect(text).toContain('Pune Components Pvt Ltd');
    expect(text).toContain(LOCAL_GSTIN);
    expect(text).toContain(BUYER_GSTIN);
    expect(text).toContain('8471');
    expect(text).toMatch(/₹\s?14,160\.00/);
  });
});
