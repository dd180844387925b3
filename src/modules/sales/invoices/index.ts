import type { KontorApp } from '../../../platform/http/index.js';
import type { PermissionDefinition } from '../../../platform/module.js';
import type { InvoicesPort } from '../contracts.js';
import type { SalesDeps } from '../deps.js';

// SKELETON: the invoices helper replaces this file.
export const INVOICE_PERMISSIONS: PermissionDefinition[] = [];
export type InvoicesService = InvoicesPort;
const notBuilt = (): never => {
  throw new Error('sales invoices are not built yet');
};
export function createInvoices(_deps: SalesDeps): InvoicesService {
  return {
    createDraft: notBuilt,
    issue: notBuilt,
    get: notBuilt,
    lockOpen: notBuilt,
    applySettlement: notBuilt,
    listOpen: notBuilt,
    invoicedQuantities: notBuilt,
    pdf: notBuilt,
    send: notBuilt,
  };
}
export function invoiceRoutes(_app: KontorApp, _invoices: InvoicesService): void {}
