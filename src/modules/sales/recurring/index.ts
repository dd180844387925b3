import type { KontorApp } from '../../../platform/http/index.js';
import type { JobDefinition, PermissionDefinition } from '../../../platform/module.js';
import type { InvoicesPort } from '../contracts.js';
import type { SalesDeps } from '../deps.js';
import type { RecurringService } from './api.js';
import { PublicLinks } from './links.js';
import { Reminders } from './reminders.js';
import { recurringRoutes as routes } from './routes.js';
import { RecurringInvoices } from './service.js';
import { Statements } from './statement.js';

export const RECURRING_PERMISSIONS: PermissionDefinition[] = [
  { key: 'sales.recurring.read', description: 'See recurring invoices and the invoices they made', aliases: ['recurring_invoices:read'] },
  { key: 'sales.recurring.manage', description: 'Add, change, pause, resume, run and delete recurring invoices', aliases: ['recurring_invoices:write'] },
  { key: 'sales.reminders.read', description: 'See the payment-reminder schedule', aliases: ['reminders:read'] },
  { key: 'sales.reminders.manage', description: 'Change the payment-reminder schedule and send reminders by hand', aliases: ['reminders:write'] },
  { key: 'sales.invoice.share', description: 'Create public invoice links and rotate the link secret', aliases: ['invoice_links:write'] },
];

export type { RecurringService } from './api.js';

export function createRecurring(deps: SalesDeps, invoices: InvoicesPort): RecurringService {
  const links = new PublicLinks(deps, invoices);
  return {
    schedules: new RecurringInvoices(deps, invoices),
    reminders: new Reminders(deps, invoices, links),
    links,
    statements: new Statements(deps, invoices),
    limiter: () => deps.identity().limiter,
  };
}

export function recurringRoutes(app: KontorApp, service: RecurringService): void {
  routes(app, service);
}

const recurringOf = (ctx: Parameters<JobDefinition['run']>[0]) => ctx.modules.get<{ recurring: RecurringService }>('sales').recurring;

export const RECURRING_JOBS: JobDefinition[] = [
  {
    // Every 15 minutes: a period is made soon after midnight in the tenant's time zone.
    name: 'recurring-invoices',
    intervalMs: 15 * 60_000,
    run: async (ctx) => {
      await recurringOf(ctx).schedules.runDue();
    },
  },
  {
    name: 'payment-reminders',
    intervalMs: 60 * 60_000,
    run: async (ctx) => {
      await recurringOf(ctx).reminders.runDue();
    },
  },
];

export { toPrintableStatement } from './statement.js';
export { invoicePage } from './links.js';
