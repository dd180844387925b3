import PDFDocument from 'pdfkit';
import { loadFonts } from './fonts.js';
import { formatDate } from './format.js';
import { qrMatrix } from './upi.js';
import type { PrintableParty } from './types.js';

/**
 * The page machinery both renderers share: an A4 pdfkit document with DejaVu Sans embedded, a
 * cursor that moves down the page, tables that continue on the next page under a repeated header,
 * and "Page n of m" footers written once every page exists.
 */

export const COLORS = { text: '#1b1f24', muted: '#5f6b7a', rule: '#c9d1db', headerFill: '#eef2f7', accent: '#1f3a5f', zebra: '#f8fafc' };
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 36;
/** Content stops here; the footer lives below. */
const CONTENT_BOTTOM = PAGE.height - 54;
const FOOTER_Y = PAGE.height - 34;

export interface TextOptions {
  size?: number;
  bold?: boolean;
  color?: string;
  align?: 'left' | 'right' | 'center';
  width?: number;
}

export interface Column {
  label: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

export class Sheet {
  readonly doc: PDFKit.PDFDocument;
  readonly left = MARGIN;
  readonly right = PAGE.width - MARGIN;
  readonly width = PAGE.width - 2 * MARGIN;
  y = MARGIN;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;
  /** Drawn at the top of every page after the first (e.g. "Tax Invoice INV/… (continued)"). */
  continuation: (() => void) | undefined;

  constructor(info: { title: string; author: string; subject?: string }) {
    const fonts = loadFonts();
    // The bottom margin is small on purpose: the sheet breaks pages itself (CONTENT_BOTTOM), and the
    // footer is written below the content area without pdfkit adding pages of its own.
    this.doc = new PDFDocument({ size: 'A4', margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: 12 }, bufferPages: true, info: { Title: info.title, Author: info.author, Subject: info.subject ?? info.title, Creator: 'Kontor' } });
    this.doc.registerFont('Regular', fonts.regular);
    this.doc.registerFont('Bold', fonts.bold);
    this.doc.font('Regular');
    this.done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
  }

  private style(o: TextOptions): void {
    this.doc.font(o.bold ? 'Bold' : 'Regular').fontSize(o.size ?? 8.5).fillColor(o.color ?? COLORS.text);
  }

  heightOf(text: string, o: TextOptions = {}): number {
    this.style(o);
    return this.doc.heightOfString(text || ' ', { width: o.width ?? this.width, lineGap: 1, features: [] });
  }

  widthOf(text: string, o: TextOptions = {}): number {
    this.style(o);
    return this.doc.widthOfString(text);
  }

  /** Writes text at (x, y) within `width`, wrapping; returns the height used. Never breaks the page. */
  textAt(text: string, x: number, y: number, o: TextOptions = {}): number {
    const width = o.width ?? this.right - x;
    const height = this.heightOf(text, { ...o, width });
    this.style(o);
    this.doc.text(text, x, y, { width, align: o.align ?? 'left', lineGap: 1, features: [] });
    return height;
  }

  /** Writes a block at the cursor across `width` and moves the cursor below it. */
  paragraph(text: string, o: TextOptions = {}, gap = 2): void {
    const height = this.heightOf(text, { ...o, width: o.width ?? this.width });
    this.ensure(height);
    this.textAt(text, this.left, this.y, { ...o, width: o.width ?? this.width });
    this.y += height + gap;
  }

  rule(color = COLORS.rule, weight = 0.6): void {
    this.doc.moveTo(this.left, this.y).lineTo(this.right, this.y).lineWidth(weight).strokeColor(color).stroke();
  }

  space(points: number): void {
    this.y += points;
  }

  get remaining(): number {
    return CONTENT_BOTTOM - this.y;
  }

  /** Starts a new page when fewer than `height` points are left; returns whether it did. */
  ensure(height: number): boolean {
    if (this.y + height <= CONTENT_BOTTOM) return false;
    this.newPage();
    return true;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = MARGIN;
    this.continuation?.();
  }

  /** A party block: label, name, address lines, GSTIN, state with code, contacts. Returns its height. */
  party(label: string, party: PrintableParty, x: number, y: number, width: number): number {
    let at = y;
    at += this.textAt(label.toUpperCase(), x, at, { size: 7, bold: true, color: COLORS.muted, width });
    at += 1;
    at += this.textAt(party.name, x, at, { size: 10, bold: true, width });
    for (const line of partyLines(party)) at += this.textAt(line, x, at, { size: 8.5, width });
    return at - y;
  }

  /**
   * A table from the cursor on: a shaded header row, then the rows; a row that does not fit starts
   * a new page, where the header is drawn again. `keepWithHeader` rows are never left alone at a page foot.
   */
  table(columns: Column[], rows: string[][], options: { size?: number; boldRows?: Set<number>; zebra?: boolean } = {}): void {
    const size = options.size ?? 8;
    const pad = 3;
    const header = () => {
      const height = Math.max(...columns.map((c) => this.heightOf(c.label, { size: 7.5, bold: true, width: c.width - 2 * pad }))) + 2 * pad;
      this.doc.rect(this.left, this.y, this.width, height).fill(COLORS.headerFill);
      let x = this.left;
      for (const c of columns) {
        this.textAt(c.label, x + pad, this.y + pad, { size: 7.5, bold: true, color: COLORS.accent, width: c.width - 2 * pad, align: c.align ?? 'left' });
        x += c.width;
      }
      this.y += height;
    };
    const headerHeight = Math.max(...columns.map((c) => this.heightOf(c.label, { size: 7.5, bold: true, width: c.width - 2 * pad }))) + 2 * pad;
    const firstRow = rows[0] ? this.rowHeight(columns, rows[0], size, pad, options.boldRows?.has(0)) : 0;
    this.ensure(headerHeight + firstRow);
    header();
    rows.forEach((row, i) => {
      const bold = options.boldRows?.has(i) ?? false;
      const height = this.rowHeight(columns, row, size, pad, bold);
      if (this.ensure(height)) header();
      if (options.zebra !== false && i % 2 === 1) this.doc.rect(this.left, this.y, this.width, height).fill(COLORS.zebra);
      let x = this.left;
      columns.forEach((c, j) => {
        this.textAt(row[j] ?? '', x + pad, this.y + pad, { size, bold, width: c.width - 2 * pad, align: c.align ?? 'left' });
        x += c.width;
      });
      this.y += height;
      this.doc.moveTo(this.left, this.y).lineTo(this.right, this.y).lineWidth(0.3).strokeColor(COLORS.rule).stroke();
    });
  }

  private rowHeight(columns: Column[], row: string[], size: number, pad: number, bold = false): number {
    return Math.max(...columns.map((c, j) => this.heightOf(row[j] ?? '', { size, bold, width: c.width - 2 * pad }))) + 2 * pad;
  }

  /** Label/value rows right-aligned in a box at `x`, e.g. totals. Returns the height. */
  keyValues(rows: { label: string; value: string; bold?: boolean; rule?: boolean }[], x: number, y: number, width: number, valueShare = 0.45): number {
    let at = y;
    const valueWidth = width * valueShare;
    for (const row of rows) {
      if (row.rule) {
        this.doc.moveTo(x, at + 1).lineTo(x + width, at + 1).lineWidth(0.6).strokeColor(COLORS.rule).stroke();
        at += 3;
      }
      const o = { size: row.bold ? 10 : 8.5, bold: row.bold ?? false };
      const h = Math.max(this.heightOf(row.label, { ...o, width: width - valueWidth - 4 }), this.heightOf(row.value, { ...o, width: valueWidth }));
      this.textAt(row.label, x, at, { ...o, width: width - valueWidth - 4 });
      this.textAt(row.value, x + width - valueWidth, at, { ...o, width: valueWidth, align: 'right' });
      at += h + 2;
    }
    return at - y;
  }

  /** A QR code of `text` as vector squares, `size` points wide, linking to `text` when tapped. */
  qr(text: string, x: number, y: number, size: number): void {
    const matrix = qrMatrix(text);
    const quiet = 2;
    const cell = size / (matrix.length + 2 * quiet);
    this.doc.rect(x, y, size, size).fill('#ffffff');
    matrix.forEach((row, r) => {
      let c = 0;
      while (c < row.length) {
        if (!row[c]) {
          c += 1;
          continue;
        }
        const start = c;
        while (c < row.length && row[c]) c += 1;
        this.doc.rect(x + (quiet + start) * cell, y + (quiet + r) * cell, (c - start) * cell, cell);
      }
    });
    this.doc.fill('#000000');
    this.doc.link(x, y, size, size, text);
  }

  /** Logo from a PNG or JPEG buffer, fitted into the box; a buffer pdfkit cannot read prints nothing. Returns the width used. */
  logo(image: Buffer | null | undefined, x: number, y: number, box: [number, number]): number {
    if (!image || image.length === 0) return 0;
    try {
      this.doc.image(image, x, y, { fit: box });
      return box[0];
    } catch {
      return 0;
    }
  }

  /** Writes "Page n of m" (and `left` text) on every page, then finishes the file. */
  async finish(left: string): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      this.doc.moveTo(this.left, FOOTER_Y - 6).lineTo(this.right, FOOTER_Y - 6).lineWidth(0.4).strokeColor(COLORS.rule).stroke();
      this.style({ size: 7.5, color: COLORS.muted });
      this.doc.text(left, this.left, FOOTER_Y, { width: this.width - 90, align: 'left', lineBreak: false, height: 10, ellipsis: true });
      this.doc.text(`Page ${i - range.start + 1} of ${range.count}`, this.right - 90, FOOTER_Y, { width: 90, align: 'right', lineBreak: false });
    }
    this.doc.end();
    return this.done;
  }
}

/** The lines under a party's name. */
export function partyLines(party: PrintableParty): string[] {
  const lines = [...(party.address ?? [])];
  if (party.gstin) lines.push(`GSTIN: ${party.gstin}`);
  if (party.pan) lines.push(`PAN: ${party.pan}`);
  if (party.stateName || party.stateCode) {
    lines.push(`State: ${[party.stateName, party.stateCode ? `(${party.stateCode})` : null].filter(Boolean).join(' ')}`);
  }
  const contact = [party.phone, party.email].filter(Boolean).join('  ·  ');
  if (contact) lines.push(contact);
  return lines;
}

export { formatDate };
