import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { LOCAL_GSTIN, ok, request, SELLER_GSTIN, setUpSales, type SalesFixture } from '../sales/helpers.js';

/**
 * An issued GST invoice's PDF read by poppler's `pdftotext` (Debian `poppler-utils`; CI installs it),
 * as the customer's own tools would read it: the invoice number, both GSTINs, the HSN code, the ₹
 * total and the amount in Indian words must come out as text.
 */
const PDFTOTEXT = '/usr/bin/pdftotext';

let t: TestApp;
let f: SalesFixture;
let dir: string;
beforeAll(async () => {
  t = await createTestApp();
  f = await setUpSales(t);
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kontor-pdftotext-'));
});
afterAll(async () => {
  await t?.close();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe('invoice PDF read by pdftotext', () => {
  it('shows the number, GSTINs, HSN, the ₹ total and the amount in words', async () => {
    expect(existsSync(PDFTOTEXT), `${PDFTOTEXT} is missing: apt-get install poppler-utils`).toBe(true);
    const invoice = await ok<{ id: string; number: string; total: string; lines: { hsn: string }[] }>(
      request(t, f.owner, 'POST', '/api/v1/invoices', {
        customerId: f.customers.local,
        date: '2026-07-01',
        issue: true,
        lines: [
          { productId: f.products.laptop, quantity: '2', storeId: f.storeId },
          { productId: f.products.service, quantity: '1' },
        ],
      }),
      201,
    );
    // 2 × 1000.00 + 500.00 = 2500.00, GST 18 % = 450.00.
    expect(invoice.total).toBe('2950.00');
    const pdf = await t.app.inject({ method: 'GET', url: `/api/v1/invoices/${invoice.id}/pdf`, headers: f.owner.headers });
    expect(pdf.statusCode).toBe(200);
    const file = path.join(dir, 'invoice.pdf');
    await fs.writeFile(file, pdf.rawPayload);
    const text = execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
    expect(text).toContain(invoice.number);
    expect(text).toContain(SELLER_GSTIN);
    expect(text).toContain(LOCAL_GSTIN);
    for (const line of invoice.lines) expect(text).toContain(line.hsn);
    expect(text).toContain('₹2,950.00');
    expect(text.replace(/\s+/g, ' ')).toMatch(/Two Thousand Nine Hundred Fifty/i);
  });
});
