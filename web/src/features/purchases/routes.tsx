import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shell } from '../../app/routes-base';
import { listSearch } from '../../lib/list/search';

/**
 * The purchases screens, children of the app shell (`shell` in app/routes-base), lazily loaded; search
 * params are validated here so links and `useSearch` are typed.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidOf = (s: Record<string, unknown>, key: string): string | undefined => (typeof s[key] === 'string' && UUID.test(s[key]) ? s[key].toLowerCase() : undefined);

export const ordersRoute = createRoute({
  getParentRoute: () => shell,
  path: '/purchases/orders',
  validateSearch: listSearch({ status: ['draft', 'confirmed', 'partly_received', 'received', 'cancelled'], vendorId: 'uuid' }, { sortable: ['date', 'total'] }),
  component: lazyRouteComponent(() => import('./OrdersList'), 'OrdersList'),
});
export const newOrderRoute = createRoute({
  getParentRoute: () => shell,
  path: '/purchases/orders/new',
  component: lazyRouteComponent(() => import('./OrderEditor'), 'NewOrder'),
});
export const orderRoute = createRoute({
  getParentRoute: () => shell,
  path: '/purchases/orders/$orderId',
  component: lazyRouteComponent(() => import('./OrderDetail'), 'OrderDetail'),
});
export const editOrderRoute = createRoute({
  getParentRoute: () => shell,
  path: '/purchases/orders/$orderId/edit',
  component: lazyRouteComponent(() => import('./OrderEditor'), 'EditOrder'),
});
export const receiptsRoute = createRoute({
  getParentRoute: () => shell,
  path: '/purchases/receipts',
  validateSearch: listSearch({ vendorId: 'uuid', orderId: 'uuid' }),
  component: lazyRouteComponent(() => import('./ReceiptsList'), 'ReceiptsList'),
});
export const receiptRoute = createRoute({
  getParentRoute: () => shell,
  path: '/purchases/receipts/$receiptId',
  component: lazyRouteComponent(() => import('./ReceiptDetail'), 'ReceiptDetail'),
});
export const billsRoute = createRoute({
  getParentRoute: () => shell,
  path: '/purchases/bills',
  validateSearch: listSearch({ status: ['draft', 'posted', 'partly_paid', 'paid', 'void'], vendorId: 'uuid' }, { sortable: ['date', 'due', 'total'] }),
  component: lazyRouteComponent(() => import('./BillsList'), 'BillsList'),
});
export const newBillRoute = createRoute({
  getParentRoute: () => shell,
  path: '/purchases/bills/new',
  /** `orderId`: a bill for what was received (and non-stock lines) on that order; without it, an expense bill. */
  validateSearch: (s: Record<string, unknown>): { orderId?: string } => {
    const orderId = uuidOf(s, 'orderId');
    return orderId ? { orderId } : {};
  },
  component: lazyRouteComponent(() => import('./BillEditor'), 'NewBill'),
});
export const billRoute = createRoute({
  getParentRoute: () => shell,
  path: '/purchases/bills/$billId',
  component: lazyRouteComponent(() => import('./BillDetail'), 'BillDetail'),
});
export const editBillRoute = createRoute({
  getParentRoute: () => shell,
  path: '/purchases/bills/$billId/edit',
  component: lazyRouteComponent(() => import('./BillEditor'), 'EditBill'),
});
export const paymentsRoute = createRoute({
  getParentRoute: () => shell,
  path: '/purchases/payments',
  validateSearch: listSearch({ vendorId: 'uuid' }),
  component: lazyRouteComponent(() => import('./PaymentsList'), 'PaymentsList'),
});
export const payBillsRoute = createRoute({
  getParentRoute: () => shell,
  path: '/purchases/payments/new',
  validateSearch: (s: Record<string, unknown>): { vendorId?: string; billId?: string } => {
    const vendorId = uuidOf(s, 'vendorId');
    const billId = uuidOf(s, 'billId');
    return { ...(vendorId && { vendorId }), ...(billId && { billId }) };
  },
  component: lazyRouteComponent(() => import('./PayBills'), 'PayBills'),
});
export const debitNotesRoute = createRoute({
  getParentRoute: () => shell,
  path: '/purchases/debit-notes',
  validateSearch: listSearch({ vendorId: 'uuid', billId: 'uuid' }),
  component: lazyRouteComponent(() => import('./DebitNotesList'), 'DebitNotesList'),
});
export const newDebitNoteRoute = createRoute({
  getParentRoute: () => shell,
  path: '/purchases/debit-notes/new',
  validateSearch: (s: Record<string, unknown>): { billId?: string } => {
    const billId = uuidOf(s, 'billId');
    return billId ? { billId } : {};
  },
  component: lazyRouteComponent(() => import('./DebitNoteForm'), 'DebitNoteForm'),
});

/** Children of the app shell, as a tuple so typed `<Link to>` knows every path. */
export const purchasesRoutes = [
  ordersRoute,
  newOrderRoute,
  orderRoute,
  editOrderRoute,
  receiptsRoute,
  receiptRoute,
  billsRoute,
  newBillRoute,
  billRoute,
  editBillRoute,
  paymentsRoute,
  payBillsRoute,
  debitNotesRoute,
  newDebitNoteRoute,
] as const;
