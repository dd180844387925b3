export { salesModule, type SalesApi } from './module.js';
export type { InvoiceDraftInput, InvoiceLineDraft, InvoiceSnapshot, InvoiceStatus, InvoicesPort } from './contracts.js';
