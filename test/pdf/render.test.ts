import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import QRCode from 'qrcode';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { amountInWords } from '../../src/kernel/index.js';
import { fontDirectory, formatAmount, formatMoneyText, groupDigits, qrMatrix, renderDocumentPdf, renderStatementPdf, upiUrl } from '../../src/platform/pdf/index.js';
import { invoice, solidPng, statement } from './fixtures.js';

interface Extracted {
  pages: string[];
  /** Text of every page with all whitespace removed (words wrap across lines). */
  compact: string[];
  links: string[][];
}

async function extract(buf: Buffer): Promise<Extracted> {
  const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  const links: string[][] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
    const annotations = (await page.getAnnotations()) as { subtype: string; url?: string; unsafeUrl?: string }[];
    links.push(annotations.filter((a) => a.subtype === 'Link').map((a) => a.unsafeUrl ?? a.url ?? ''));
  }
  await pdf.destroy();
  return { pages, compact: pages.map((p) => p.replace(/\s+/g, '')), links };
}

const compact = (s: string) => s.replace(/\s+/g, '');

describe('money and number formatting', () => {
  it('groups INR the Indian way and others in thousands', () => {
    expect(groupDigits('123456', true)).toBe('1,23,456');
    expect(groupDigits('1234567890', true)).toBe('1,23,45,67,890');
    expect(groupDigits('1234567890', false)).toBe('1,234,567,890');
    expect(groupDigits('999', true)).toBe('999');
    expect(formatAmount('123456.78', 'INR')).toBe('1,23,456.78');
    expect(formatAmount('100000', 'INR')).toBe('1,00,000.00');
    expect(formatAmount('-1000.5', 'INR')).toBe('-1,000.50');
    expect(formatAmount('-0.00', 'INR')).toBe('0.00');
    expect(formatAmount('12.3456', 'INR')).toBe('12.3456'); // never rounded
    expect(formatAmount('1234567.89', 'USD')).toBe('1,234,567.89');
    expect(formatAmount('1500', 'JPY')).toBe('1,500');
    expect(formatAmount('1.5', 'KWD')).toBe('1.500');
    expect(formatMoneyText('123456.78', 'INR')).toBe('₹1,23,456.78');
    expect(formatMoneyText('-50', 'INR')).toBe('-₹50.00');
    expect(formatMoneyText('1234.5', 'EUR')).toBe('EUR 1,234.50');
  });
});

describe('UPI payment link and QR', () => {
  it('builds the URL-encoded upi://pay link and a QR matrix of exactly that text', () => {
    const url = upiUrl({ vpa: 'ganesh.traders@okhdfc', payeeName: 'Ganesh Traders & Sons', amount: '100000.00', note: 'INV/2026-27/0042' });
    expect(url).toBe('upi://pay?pa=ganesh.traders%40okhdfc&pn=Ganesh%20Traders%20%26%20Sons&am=100000.00&cu=INR&tn=INV%2F2026-27%2F0042');
    expect(upiUrl({ vpa: 'a@b', payeeName: 'A', amount: '1.00' })).toBe('upi://pay?pa=a%40b&pn=A&am=1.00&cu=INR');
    const matrix = qrMatrix(url);
    const reference = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules;
    expect(matrix).toHaveLength(reference.size);
    for (let r = 0; r < reference.size; r++) for (let c = 0; c < reference.size; c++) expect(matrix[r]![c]).toBe(Boolean(reference.get(r, c)));
    // The QR's segments carry the URL byte for byte.
    const segments = QRCode.create(url, { errorCorrectionLevel: 'M' }).segments as { data: Uint8Array | string }[];
    expect(segments.map((s) => (typeof s.data === 'string' ? s.data : Buffer.from(s.data).toString('utf8'))).join('')).toBe(url);
  });
});

describe('renderDocumentPdf', () => {
  it('prints a multi-page tax invoice with its number, GSTINs, HSN codes, ₹ totals, amount in words, UPI QR and page numbers', async () => {
    const doc = invoice(16);
    const buf = await renderDocumentPdf(doc);
    expect(buf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages, compact: text, links } = await extract(buf);
    expect(pages).toHaveLength(2);
    const all = pages.join(' ');

    expect(all).toContain('INV/2026-27/0042');
    expect(all).toContain('Tax Invoice');
    expect(all).toContain('29ABCDE1234F1Z5'); // seller GSTIN
    expect(all).toContain('29AAACS1234K1Z2'); // buyer GSTIN
    expect(all).toContain('Karnataka (29)');
    for (const hsn of ['73239390', '61091000', '998311', '85044030', '48025690']) expect(all).toContain(hsn);
    expect(all).toContain('₹');
    expect(all).toContain('₹1,23,456.78'); // total, Indian grouping
    expect(all).toContain('₹1,00,000.00'); // amount due
    expect(all).toContain('15 Jun 2026');
    expect(text.join('')).toContain(compact('Indian Rupees One Lakh Twenty-Three Thousand Four Hundred Fifty-Six and Seventy-Eight Paise Only'));
    expect(pages[0]).toContain('Page 1 of 2');
    expect(pages[1]).toContain('Page 2 of 2');
    // The line table continues on page 2 under its header again.
    expect(pages[1]).toContain('continued');
    expect(pages[1]).toMatch(/Description.*HSN\/SAC.*Qty.*Rate.*Taxable/);
    expect(pages[1]).toContain('(item 16)');
    expect(pages.join('').match(/\(item 1\)/g)).toHaveLength(1); // every line printed exactly once
    for (let i = 1; i <= 16; i++) expect(all).toContain(`(item ${i})`);
    // HSN summary, payment details, terms.
    expect(all).toContain('HSN/SAC summary');
    expect(all).toContain('IFSC: HDFC0000123');
    expect(all).toContain('Goods once sold will not be taken back.');
    expect(all).toContain('Scan to pay with any UPI app');
    // The QR area links to the UPI URL it encodes.
    expect(links.flat()).toContain(upiUrl(doc.upi!));
  });

  it('embeds DejaVu Sans (regular and bold) as TrueType font files', async () => {
    const raw = (await renderDocumentPdf(invoice(3))).toString('latin1');
    expect(raw).toContain('/FontFile2');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    expect(raw.match(/\/FontFile2/g)!.length).toBeGreaterThanOrEqual(2);
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
    expect(existsSync(path.join(fontDirectory(), 'DejaVuSans.ttf'))).toBe(true);
  });

  it('prints other currencies with the ISO code, international grouping and their words, and no UPI QR', async () => {
    const doc = invoice(2, {
      currency: 'USD',
      subtotal: '1234567.89',
      taxes: [{ label: 'Sales tax 8%', amount: '98765.43' }],
      total: '1234567.89',
      amountPaid: null,
      amountDue: null,
      hsnSummary: null,
      roundOff: null,
      discount: null,
    });
    const { pages, compact: text, links } = await extract(await renderDocumentPdf(doc));
    const all = pages.join(' ');
    expect(all).toContain('USD 1,234,567.89');
    expect(all).not.toContain('₹');
    expect(text.join('')).toContain(compact(amountInWords('1234567.89', 'USD')));
    expect(text.join('')).toContain(compact('US Dollars One Million Two Hundred Thirty-Four Thousand'));
    expect(all).not.toContain('Scan to pay');
    expect(links.flat()).toEqual([]);
    expect(pages[pages.length - 1]).toContain(`Page ${pages.length} of ${pages.length}`);
  });

  it('uses the given amount in words, survives a logo it cannot read and prints a single page for a short quotation', async () => {
    const doc = invoice(1, { title: 'Quotation', number: 'QT/2026-27/0001', validUntil: '2026-07-01', dueDate: null, upi: null, amountInWords: 'Rupees Twelve Only', seller: { ...invoice(1).seller, logo: Buffer.from('not an image') } });
    const { pages } = await extract(await renderDocumentPdf(doc));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Quotation');
    expect(pages[0]).toContain('Valid until');
    expect(pages[0]).toContain('1 Jul 2026');
    expect(pages[0]).toContain('Rupees Twelve Only');
    expect(pages[0]).toContain('Page 1 of 1');
  });

  it('draws a PNG logo as an image', async () => {
    const raw = (await renderDocumentPdf(invoice(1, { seller: { ...invoice(1).seller, logo: solidPng(8, 4, [200, 0, 0]) } }))).toString('latin1');
    expect(raw).toContain('/Subtype /Image');
    const without = (await renderDocumentPdf(invoice(1, { seller: { ...invoice(1).seller, logo: null } }))).toString('latin1');
    expect(without).not.toContain('/Subtype /Image');
  });

  it('keeps long tables whole across many pages: every line once, a header on every page', async () => {
    const { pages } = await extract(await renderDocumentPdf(invoice(120)));
    expect(pages.length).toBeGreaterThanOrEqual(5);
    const all = pages.join(' ');
    for (let i = 1; i <= 120; i++) expect(all.split(`(item ${i})`).length - 1, `item ${i}`).toBe(1);
    pages.forEach((p, i) => {
      expect(p).toContain(`Page ${i + 1} of ${pages.length}`);
      if (i > 0 && i < pages.length - 1) expect(p).toMatch(/Description.*HSN\/SAC/);
    });
  });
});

describe('renderStatementPdf', () => {
  it('prints a multi-page statement with opening and closing balances, running balances, ageing and page numbers', async () => {
    const s = statement(60);
    const buf = await renderStatementPdf(s);
    const raw = buf.toString('latin1');
    expect(raw).toContain('/FontFile2');
    expect(raw).toMatch(/DejaVuSans/);
    const { pages } = await extract(buf);
    expect(pages).toHaveLength(2);
    const all = pages.join(' ');
    expect(all).toContain('Statement of Account');
    expect(all).toContain('Shree Krishna Enterprises');
    expect(all).toContain('29AAACS1234K1Z2');
    expect(all).toContain('1 Apr 2026');
    expect(all).toContain('30 Jun 2026');
    expect(all).toContain('Opening balance');
    expect(all).toContain('Closing balance');
    expect(all).toContain('₹5,000.00');
    expect(all).toContain(formatMoneyText(s.closingBalance, 'INR'));
    expect(all).toContain('INV/2026-27/0002');
    expect(all).toContain('RCT/2026-27/0058');
    expect(all).toContain('Over 60 days');
    expect(all).toContain('₹1,250.50');
    expect(pages[0]).toContain('Page 1 of 2');
    expect(pages[1]).toContain('Page 2 of 2');
    expect(pages[1]).toMatch(/Date.*Reference.*Description.*Debit.*Credit.*Balance/);
    for (const row of s.rows) expect(all).toContain(row.reference);
  });
});
