import type { KontorApp } from '../../../platform/http/index.js';
import type { PermissionDefinition } from '../../../platform/module.js';
import type { SalesDeps } from '../deps.js';
import { invoiceRoutes as routes } from './routes.js';
import { InvoiceService } from './service.js';

export const INVOICE_PERMISSIONS: PermissionDefinition[] = [
  { key: 'sales.invoice.read', description: 'See invoices, credit notes, debit notes, their PDFs and the invoice settings', aliases: ['invoices:read'] },
  { key: 'sales.invoice.create', description: 'Create, change and delete draft invoices', aliases: ['invoices:write'] },
  { key: 'sales.invoice.issue', description: 'Issue invoices and debit notes (numbers, ledger and stock postings)', aliases: ['invoices:write'] },
  { key: 'sales.invoice.void', description: 'Void issued invoices', aliases: ['invoices:write'] },
  { key: 'sales.invoice.send', description: 'Email invoices to customers', aliases: ['invoices:write'] },
  { key: 'sales.credit_note.create', description: 'Issue credit notes against invoices', aliases: ['invoices:write'] },
  { key: 'sales.settings.update', description: 'Change the invoice settings (UPI payee, defaults, round-off)', aliases: ['invoices:write'] },
];

/** The invoices area: the InvoicesPort other sales areas use, plus the HTTP use cases. */
export type InvoicesService = InvoiceService;
export { InvoiceService, type SaleLookups } from './service.js';
export type { InvoiceView, CreditNoteView } from './views.js';
export { printableInvoice, type PrintInvoice } from './print.js';

export function createInvoices(deps: SalesDeps): InvoicesService {
  return new InvoiceService(deps);
}

export function invoiceRoutes(app: KontorApp, invoices: InvoicesService): void {
  routes(app, invoices);
}
