import type { PermissionDefinition } from '../../../platform/module.js';
import type { InvoicesPort } from '../contracts.js';
import type { SalesDeps } from '../deps.js';
import { OrdersService } from './service.js';

export { orderRoutes } from './routes.js';
export { OrdersService } from './service.js';
export { deliveryPrintable, orderPrintable, quotationPrintable } from './printable.js';

export const ORDER_PERMISSIONS: PermissionDefinition[] = [
  { key: 'sales.quotation.read', description: 'See quotations, their revisions and the approval rules', aliases: ['quotations:read'] },
  { key: 'sales.quotation.manage', description: 'Create, change, submit, send and record the answer to quotations', aliases: ['quotations:write'] },
  { key: 'sales.quotation.approve', description: 'Approve or reject quotations (not your own), see the approvals inbox and set the approval rules' },
  { key: 'sales.order.read', description: 'See sales orders and their fulfilment', aliases: ['sales_orders:read'] },
  { key: 'sales.order.manage', description: 'Create, confirm, cancel and close sales orders, convert quotations, invoice orders', aliases: ['sales_orders:write'] },
  { key: 'sales.delivery.read', description: 'See delivery notes and returns', aliases: ['deliveries:read'] },
  { key: 'sales.delivery.manage', description: 'Deliver and take back goods, invoice delivery notes', aliases: ['deliveries:write'] },
];

export function createOrders(deps: SalesDeps, invoices: InvoicesPort): OrdersService {
  return new OrdersService(deps, invoices);
}
