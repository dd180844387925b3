import type { KontorApp } from '../../../platform/http/index.js';
import type { JobDefinition, PermissionDefinition } from '../../../platform/module.js';
import type { InvoicesPort } from '../contracts.js';
import type { SalesDeps } from '../deps.js';

// SKELETON: the recurring helper replaces this file.
export const RECURRING_PERMISSIONS: PermissionDefinition[] = [];
export type RecurringService = Record<string, never>;
export function createRecurring(_deps: SalesDeps, _invoices: InvoicesPort): RecurringService {
  return {};
}
export function recurringRoutes(_app: KontorApp, _service: RecurringService): void {}
export const RECURRING_JOBS: JobDefinition[] = [];
