import { amountInWords } from '../../kernel/amount-in-words.js';
import { formatAmount, formatDate, formatMoneyText, formatNumber } from './format.js';
import { COLORS, Sheet, type Column } from './sheet.js';
import type { PrintableDocument } from './types.js';
import { upiUrl } from './upi.js';

/**
 * Lays out a quotation, order, delivery challan, invoice, credit/debit note or purchase order:
 * seller (with logo) and title block, buyer and ship-to, references, the line table (continued on
 * following pages under a repeated header), totals with the amount in words, the UPI QR for INR,
 * the HSN summary, notes, terms, payment details, a signature block and "Page n of m".
 */
export async function renderDocument(doc: PrintableDocument): Promise<Buffer> {
  const sheet = new Sheet({ title: `${doc.title} ${doc.number}`, author: doc.seller.name });
  const money = (v: string | null | undefined) => (v === null || v === undefined || v === '' ? '' : formatAmount(v, doc.currency));
  const withSymbol = (v: string) => formatMoneyText(v, doc.currency);

  header(sheet, doc);
  parties(sheet, doc);
  references(sheet, doc);

  sheet.continuation = () => {
    sheet.textAt(`${doc.title} ${doc.number} — continued`, sheet.left, sheet.y, { size: 8, bold: true, color: COLORS.muted });
    sheet.y += 14;
  };

  // ---- lines
  const hasDiscount = doc.lines.some((l) => l.discount && !/^-?0*(\.0*)?$/.test(l.discount));
  const columns: Column[] = [
    { label: '#', width: 18, align: 'right' },
    { label: 'Description', width: hasDiscount ? 124 : 164 },
    { label: 'HSN/SAC', width: 54 },
    { label: 'Qty', width: 38, align: 'right' },
    { label: 'Unit', width: 30 },
    { label: 'Rate', width: 55, align: 'right' },
    ...(hasDiscount ? [{ label: 'Disc.', width: 40, align: 'right' as const }] : []),
    { label: 'Taxable value', width: 62, align: 'right' },
    { label: 'Tax %', width: 32, align: 'right' },
    { label: `Amount (${doc.currency})`, width: 0, align: 'right' },
  ];
  columns[columns.length - 1]!.width = sheet.width - columns.reduce((n, c) => n + c.width, 0);
  const rows = doc.lines.map((l, i) => [
    String(i + 1),
    l.description,
    l.hsn ?? '',
    formatNumber(l.quantity, doc.currency),
    l.unit ?? '',
    formatNumber(l.unitPrice, doc.currency),
    ...(hasDiscount ? [money(l.discount)] : []),
    money(l.taxableValue),
    l.taxRate ? `${l.taxRate}%` : '',
    money(l.amount),
  ]);
  sheet.table(columns, rows);
  sheet.space(8);

  totals(sheet, doc, withSymbol);
  hsnSummary(sheet, doc, money);
  closing(sheet, doc);

  return sheet.finish(doc.footer ?? `${doc.title} ${doc.number} · ${doc.seller.name}`);
}

function header(sheet: Sheet, doc: PrintableDocument): void {
  const top = sheet.y;
  const logoWidth = sheet.logo(doc.seller.logo, sheet.left, top, [96, 48]);
  const sellerX = sheet.left + (logoWidth ? logoWidth + 10 : 0);
  const sellerWidth = sheet.width - 210 - (sellerX - sheet.left);
  let left = top;
  left += sheet.textAt(doc.seller.name, sellerX, left, { size: 13, bold: true, color: COLORS.accent, width: sellerWidth });
  const lines = [...(doc.seller.address ?? [])];
  if (doc.seller.gstin) lines.push(`GSTIN: ${doc.seller.gstin}`);
  if (doc.seller.pan) lines.push(`PAN: ${doc.seller.pan}`);
  if (doc.seller.stateName || doc.seller.stateCode) lines.push(`State: ${[doc.seller.stateName, doc.seller.stateCode ? `(${doc.seller.stateCode})` : null].filter(Boolean).join(' ')}`);
  const contact = [doc.seller.phone, doc.seller.email].filter(Boolean).join('  ·  ');
  if (contact) lines.push(contact);
  for (const line of lines) left += sheet.textAt(line, sellerX, left, { size: 8, width: sellerWidth });
  left = Math.max(left, top + (logoWidth ? 48 : 0));

  const boxX = sheet.right - 200;
  let right = top;
  right += sheet.textAt(doc.title, boxX, right, { size: 16, bold: true, color: COLORS.accent, width: 200, align: 'right' });
  if (doc.copyLabel) right += sheet.textAt(doc.copyLabel, boxX, right, { size: 7.5, color: COLORS.muted, width: 200, align: 'right' });
  right += 4;
  const facts: { label: string; value: string; bold?: boolean }[] = [{ label: 'Number', value: doc.number, bold: true }, { label: 'Date', value: formatDate(doc.date) }];
  if (doc.dueDate) facts.push({ label: 'Due date', value: formatDate(doc.dueDate) });
  if (doc.validUntil) facts.push({ label: 'Valid until', value: formatDate(doc.validUntil) });
  right += sheet.keyValues(facts, boxX, right, 200, 0.7);

  sheet.y = Math.max(left, right) + 8;
  sheet.rule(COLORS.accent, 1);
  sheet.space(8);
}

function parties(sheet: Sheet, doc: PrintableDocument): void {
  const gap = 16;
  const half = (sheet.width - gap) / 2;
  const top = sheet.y;
  const buyer = sheet.party(doc.buyerLabel ?? 'Bill to', doc.buyer, sheet.left, top, half);
  const ship = doc.shipTo ? sheet.party('Ship to', doc.shipTo, sheet.left + half + gap, top, half) : 0;
  sheet.y = top + Math.max(buyer, ship) + 8;
}

function references(sheet: Sheet, doc: PrintableDocument): void {
  const refs = doc.references ?? [];
  if (refs.length === 0) return;
  const gap = 16;
  const half = (sheet.width - gap) / 2;
  sheet.rule();
  sheet.space(5);
  for (let i = 0; i < refs.length; i += 2) {
    const pair = refs.slice(i, i + 2);
    const heights = pair.map((r) => Math.max(sheet.heightOf(`${r.label}:`, { size: 8, bold: true, width: 110 }), sheet.heightOf(r.value, { size: 8, width: half - 112 })));
    const height = Math.max(...heights);
    sheet.ensure(height);
    pair.forEach((r, j) => {
      const x = sheet.left + j * (half + gap);
      sheet.textAt(`${r.label}:`, x, sheet.y, { size: 8, bold: true, color: COLORS.muted, width: 110 });
      sheet.textAt(r.value, x + 112, sheet.y, { size: 8, width: half - 112 });
    });
    sheet.y += height + 2;
  }
  sheet.space(6);
}

function totals(sheet: Sheet, doc: PrintableDocument, withSymbol: (v: string) => string): void {
  const rows: { label: string; value: string; bold?: boolean; rule?: boolean }[] = [{ label: 'Subtotal', value: withSymbol(doc.subtotal) }];
  if (doc.discount && !/^-?0*(\.0*)?$/.test(doc.discount)) rows.push({ label: 'Discount', value: `-${withSymbol(doc.discount.replace(/^-/, ''))}` });
  for (const tax of doc.taxes) rows.push({ label: tax.label, value: withSymbol(tax.amount) });
  if (doc.roundOff && !/^-?0*(\.0*)?$/.test(doc.roundOff)) rows.push({ label: 'Round off', value: withSymbol(doc.roundOff) });
  rows.push({ label: 'Total', value: withSymbol(doc.total), bold: true, rule: true });
  if (doc.amountPaid) rows.push({ label: 'Amount paid', value: withSymbol(doc.amountPaid) });
  if (doc.amountDue) rows.push({ label: 'Amount due', value: withSymbol(doc.amountDue), bold: true });

  const words = doc.amountInWords ?? wordsOf(doc.total, doc.currency);
  const upi = doc.upi && doc.currency === 'INR' ? doc.upi : null;
  const qrSize = 92;
  const boxWidth = 240;
  const boxX = sheet.right - boxWidth;
  const needed = Math.max(rows.length * 14 + 8, upi ? qrSize + 30 : 0) + (words ? 30 : 0);
  sheet.ensure(needed);
  const top = sheet.y;
  const used = sheet.keyValues(rows, boxX, top, boxWidth);

  let leftBottom = top;
  if (upi) {
    const url = upiUrl(upi);
    sheet.qr(url, sheet.left, top, qrSize);
    let at = top;
    const textX = sheet.left + qrSize + 8;
    const textWidth = boxX - textX - 12;
    at += sheet.textAt('Scan to pay with any UPI app', textX, at, { size: 8, bold: true, width: textWidth });
    at += sheet.textAt(`UPI ID: ${upi.vpa}`, textX, at, { size: 8, width: textWidth });
    at += sheet.textAt(`Payee: ${upi.payeeName}`, textX, at, { size: 8, width: textWidth });
    at += sheet.textAt(`Amount: ${withSymbol(upi.amount)}`, textX, at, { size: 8, width: textWidth });
    if (upi.note) sheet.textAt(`Note: ${upi.note}`, textX, at, { size: 8, color: COLORS.muted, width: textWidth });
    leftBottom = top + qrSize;
  }
  sheet.y = Math.max(top + used, leftBottom) + 6;
  if (words) {
    sheet.rule();
    sheet.space(4);
    sheet.paragraph(`Amount in words: ${words}`, { size: 8.5, bold: true });
  }
  sheet.space(6);
}

function wordsOf(total: string, currency: string): string | null {
  try {
    return amountInWords(total, currency);
  } catch {
    return null; // a total that is not an exact amount prints without words rather than failing the document
  }
}

function hsnSummary(sheet: Sheet, doc: PrintableDocument, money: (v: string) => string): void {
  const summary = doc.hsnSummary ?? [];
  if (summary.length === 0) return;
  sheet.ensure(40);
  sheet.paragraph('HSN/SAC summary', { size: 9, bold: true, color: COLORS.accent }, 3);
  // One column per tax label in the order first met (CGST 9%, SGST 9%, IGST 18%, Cess …).
  const labels: string[] = [];
  for (const row of summary) for (const t of row.taxes) if (!labels.includes(t.label)) labels.push(t.label);
  const fixed = 70 + 80 + 75;
  const taxWidth = labels.length > 0 ? (sheet.width - fixed) / labels.length : 0;
  const columns: Column[] = [
    { label: 'HSN/SAC', width: 70 },
    { label: 'Taxable value', width: 80, align: 'right' },
    ...labels.map((label) => ({ label, width: taxWidth, align: 'right' as const })),
    { label: 'Total tax', width: labels.length > 0 ? 75 : sheet.width - 150, align: 'right' },
  ];
  const rows = summary.map((r) => [r.hsn, money(r.taxableValue), ...labels.map((l) => money(r.taxes.find((t) => t.label === l)?.amount ?? '')), money(r.totalTax)]);
  sheet.table(columns, rows);
  sheet.space(8);
}

function closing(sheet: Sheet, doc: PrintableDocument): void {
  const block = (title: string, lines: string[]) => {
    if (lines.length === 0) return;
    sheet.ensure(30);
    sheet.paragraph(title, { size: 8.5, bold: true, color: COLORS.accent }, 1);
    for (const line of lines) sheet.paragraph(line, { size: 8 }, 1);
    sheet.space(6);
  };
  block('Payment details', doc.paymentDetails ?? []);
  block('Notes', doc.notes ? doc.notes.split('\n') : []);
  block('Terms and conditions', doc.terms ? doc.terms.split('\n') : []);

  // Signature block, kept whole at the right.
  sheet.ensure(52);
  const x = sheet.right - 200;
  sheet.textAt(`For ${doc.seller.name}`, x, sheet.y, { size: 8.5, bold: true, width: 200, align: 'right' });
  sheet.y += 34;
  sheet.textAt('Authorised signatory', x, sheet.y, { size: 8, color: COLORS.muted, width: 200, align: 'right' });
  sheet.y += 14;
}
