import type { KontorApp } from '../../../platform/http/index.js';
import type { PermissionDefinition } from '../../../platform/module.js';
import type { InvoicesPort } from '../contracts.js';
import type { SalesDeps } from '../deps.js';

// SKELETON: the payments helper replaces this file.
export const PAYMENT_PERMISSIONS: PermissionDefinition[] = [];
export type PaymentsService = Record<string, never>;
export function createPayments(_deps: SalesDeps, _invoices: InvoicesPort): PaymentsService {
  return {};
}
export function paymentRoutes(_app: KontorApp, _service: PaymentsService): void {}
