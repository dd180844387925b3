import { fileURLToPath } from 'node:url';
import { defineModule, type PermissionDefinition } from '../../platform/module.js';
import { BillsService } from './bills.js';
import { DebitNotesService } from './debit-notes.js';
import { purchasesDeps } from './deps.js';
import { OrdersService } from './orders.js';
import { PaymentsService } from './payments.js';
import { ReceiptsService } from './receipts.js';
import { purchasesRoutes } from './routes.js';

/** The purchases module's public API: purchase orders → goods receipts → bills → vendor payments, debit notes. */
export interface PurchasesApi {
  orders: OrdersService;
  receipts: ReceiptsService;
  bills: BillsService;
  payments: PaymentsService;
  debitNotes: DebitNotesService;
}

export const PURCHASE_PERMISSIONS: PermissionDefinition[] = [
  { key: 'purchases.order.read', description: 'See purchase orders', aliases: ['purchase_orders:read'] },
  { key: 'purchases.order.manage', description: 'Create, change, confirm and cancel purchase orders', aliases: ['purchase_orders:write'] },
  { key: 'purchases.receipt.read', description: 'See goods receipts', aliases: ['goods_receipts:read'] },
  { key: 'purchases.receipt.manage', description: 'Receive goods against purchase orders', aliases: ['goods_receipts:write'] },
  { key: 'purchases.bill.read', description: 'See vendor bills and debit notes', aliases: ['bills:read'] },
  { key: 'purchases.bill.manage', description: 'Enter, post and void vendor bills; issue debit notes to vendors', aliases: ['bills:write'] },
  { key: 'purchases.payment.read', description: 'See vendor payments', aliases: ['vendor_payments:read'] },
  { key: 'purchases.payment.record', description: 'Pay vendors', aliases: ['vendor_payments:write'] },
  { key: 'purchases.payment.reverse', description: 'Reverse vendor payments', aliases: ['vendor_payments:write'] },
];

export const purchasesModule = defineModule<PurchasesApi>({
  name: 'purchases',
  schema: 'purchases',
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  dependsOn: ['identity', 'ledger', 'tax', 'parties', 'catalog', 'inventory', 'numbering'],
  permissions: PURCHASE_PERMISSIONS,
  api(ctx) {
    const deps = purchasesDeps(ctx);
    return {
      orders: new OrdersService(deps),
      receipts: new ReceiptsService(deps),
      bills: new BillsService(deps),
      payments: new PaymentsService(deps),
      debitNotes: new DebitNotesService(deps),
    };
  },
  routes(app, ctx) {
    purchasesRoutes(app, ctx.modules.get<PurchasesApi>('purchases'));
  },
});
