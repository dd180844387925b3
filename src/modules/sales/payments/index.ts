import type { PermissionDefinition } from '../../../platform/module.js';
import type { InvoicesPort } from '../contracts.js';
import type { SalesDeps } from '../deps.js';
import { PaymentsService } from './service.js';

export { paymentRoutes } from './routes.js';
export { PaymentsService, type RecordPaymentInput } from './service.js';
export type { PaymentView } from './views.js';

export const PAYMENT_PERMISSIONS: PermissionDefinition[] = [
  { key: 'sales.payment.read', description: 'See payments received and customer advances', aliases: ['payments:read'] },
  { key: 'sales.payment.record', description: 'Record payments received and apply customer advances to invoices', aliases: ['payments:write'] },
  { key: 'sales.payment.reverse', description: 'Reverse payments received', aliases: ['payments:write'] },
  { key: 'sales.payment.settings', description: 'Change the write-off limit of payments', aliases: ['payments:write'] },
];

export function createPayments(deps: SalesDeps, invoices: InvoicesPort): PaymentsService {
  return new PaymentsService(deps, invoices);
}
