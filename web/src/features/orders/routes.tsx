import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shell } from '../../app/routes-base';
import { listSearch } from '../../lib/list/search';

/**
 * Quotations, sales orders, delivery notes and the approvals inbox, children of the app shell
 * (`shell` in app/routes-base), lazily loaded; search params are validated here so links and
 * `useSearch` are typed.
 */
export const quotationsRoute = createRoute({
  getParentRoute: () => shell,
  path: '/sales/quotations',
  validateSearch: listSearch({ status: ['draft', 'pending_approval', 'approved', 'rejected', 'sent', 'accepted', 'declined', 'converted', 'expired'], customerId: 'uuid' }, { sortable: ['date', 'total'] }),
  component: lazyRouteComponent(() => import('./QuotationsList'), 'QuotationsList'),
});
export const newQuotationRoute = createRoute({
  getParentRoute: () => shell,
  path: '/sales/quotations/new',
  validateSearch: listSearch({ customerId: 'uuid' }),
  component: lazyRouteComponent(() => import('./QuotationEditor'), 'NewQuotation'),
});
export const quotationRoute = createRoute({
  getParentRoute: () => shell,
  path: '/sales/quotations/$quotationId',
  component: lazyRouteComponent(() => import('./QuotationDetail'), 'QuotationDetail'),
});
export const editQuotationRoute = createRoute({
  getParentRoute: () => shell,
  path: '/sales/quotations/$quotationId/edit',
  component: lazyRouteComponent(() => import('./QuotationEditor'), 'EditQuotation'),
});
export const approvalsRoute = createRoute({
  getParentRoute: () => shell,
  path: '/sales/approvals',
  validateSearch: listSearch({}),
  component: lazyRouteComponent(() => import('./ApprovalsInbox'), 'ApprovalsInbox'),
});
export const ordersRoute = createRoute({
  getParentRoute: () => shell,
  path: '/sales/orders',
  validateSearch: listSearch({ status: ['draft', 'confirmed', 'closed', 'cancelled'], customerId: 'uuid' }, { sortable: ['date', 'total'] }),
  component: lazyRouteComponent(() => import('./SalesOrdersList'), 'SalesOrdersList'),
});
export const orderRoute = createRoute({
  getParentRoute: () => shell,
  path: '/sales/orders/$orderId',
  component: lazyRouteComponent(() => import('./SalesOrderDetail'), 'SalesOrderDetail'),
});
export const deliveriesRoute = createRoute({
  getParentRoute: () => shell,
  path: '/sales/deliveries',
  validateSearch: listSearch({ salesOrderId: 'uuid', customerId: 'uuid' }),
  component: lazyRouteComponent(() => import('./DeliveryNotesList'), 'DeliveryNotesList'),
});
export const deliveryRoute = createRoute({
  getParentRoute: () => shell,
  path: '/sales/deliveries/$deliveryId',
  component: lazyRouteComponent(() => import('./DeliveryNoteDetail'), 'DeliveryNoteDetail'),
});

/** Children of the app shell, as a tuple so typed `<Link to>` knows every path. */
export const ordersRoutes = [quotationsRoute, newQuotationRoute, quotationRoute, editQuotationRoute, approvalsRoute, ordersRoute, orderRoute, deliveriesRoute, deliveryRoute] as const;
