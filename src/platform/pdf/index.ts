export type { PrintableDocument, PrintableHsnRow, PrintableLine, PrintableParty, PrintableStatement, PrintableTaxRow } from './types.js';

import type { PrintableDocument, PrintableStatement } from './types.js';

// SKELETON: the PDF helper replaces these with the real renderer (pdfkit + embedded DejaVu Sans).
export async function renderDocumentPdf(_doc: PrintableDocument): Promise<Buffer> {
  throw new Error('renderDocumentPdf is not built yet');
}

export async function renderStatementPdf(_statement: PrintableStatement): Promise<Buffer> {
  throw new Error('renderStatementPdf is not built yet');
}
