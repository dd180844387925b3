export type { PrintableDocument, PrintableHsnRow, PrintableLine, PrintableParty, PrintableStatement, PrintableTaxRow } from './types.js';
export { formatAmount, formatDate, formatMoneyText, groupDigits } from './format.js';
export { qrMatrix, upiUrl, type UpiPayment } from './upi.js';
export { fontDirectory } from './fonts.js';

import { renderDocument } from './document.js';
import { renderStatement } from './statement.js';
import type { PrintableDocument, PrintableStatement } from './types.js';

/**
 * A printable document (quotation, order, delivery challan, invoice, credit/debit note, purchase
 * order) as an A4 PDF with DejaVu Sans embedded (so ₹ prints), the line table continued across
 * pages, totals with the amount in words, the UPI QR for INR documents and "Page n of m" footers.
 */
export async function renderDocumentPdf(doc: PrintableDocument): Promise<Buffer> {
  return renderDocument(doc);
}

/** A customer or vendor statement as an A4 PDF. */
export async function renderStatementPdf(statement: PrintableStatement): Promise<Buffer> {
  return renderStatement(statement);
}
