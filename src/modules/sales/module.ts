import { fileURLToPath } from 'node:url';
import { defineModule } from '../../platform/module.js';
import type { InvoicesPort } from './contracts.js';
import { salesDeps } from './deps.js';
import { createInvoices, INVOICE_PERMISSIONS, invoiceRoutes, type InvoicesService } from './invoices/index.js';
import { createOrders, ORDER_PERMISSIONS, orderRoutes, type OrdersService } from './orders/index.js';
import { createPayments, PAYMENT_PERMISSIONS, paymentRoutes, type PaymentsService } from './payments/index.js';
import { createRecurring, RECURRING_JOBS, RECURRING_PERMISSIONS, recurringRoutes, type RecurringService } from './recurring/index.js';

/** The sales module's public API: quotations → orders → deliveries → invoices → payments. */
export interface SalesApi {
  invoices: InvoicesService & InvoicesPort;
  orders: OrdersService;
  payments: PaymentsService;
  recurring: RecurringService;
}

export const salesModule = defineModule<SalesApi>({
  name: 'sales',
  schema: 'sales',
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  dependsOn: ['identity', 'ledger', 'tax', 'parties', 'catalog', 'inventory', 'numbering'],
  permissions: [...INVOICE_PERMISSIONS, ...ORDER_PERMISSIONS, ...PAYMENT_PERMISSIONS, ...RECURRING_PERMISSIONS],
  api(ctx) {
    const deps = salesDeps(ctx);
    const invoices = createInvoices(deps);
    return {
      invoices,
      orders: createOrders(deps, invoices),
      payments: createPayments(deps, invoices),
      recurring: createRecurring(deps, invoices),
    };
  },
  routes(app, ctx) {
    const sales = ctx.modules.get<SalesApi>('sales');
    invoiceRoutes(app, sales.invoices);
    orderRoutes(app, sales.orders);
    paymentRoutes(app, sales.payments);
    recurringRoutes(app, sales.recurring);
  },
  jobs: RECURRING_JOBS,
});
