import type { KontorApp } from '../../../platform/http/index.js';
import type { PermissionDefinition } from '../../../platform/module.js';
import type { InvoicesPort } from '../contracts.js';
import type { SalesDeps } from '../deps.js';

// SKELETON: the orders helper replaces this file.
export const ORDER_PERMISSIONS: PermissionDefinition[] = [];
export type OrdersService = Record<string, never>;
export function createOrders(_deps: SalesDeps, _invoices: InvoicesPort): OrdersService {
  return {};
}
export function orderRoutes(_app: KontorApp, _service: OrdersService): void {}
