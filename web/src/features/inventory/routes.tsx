import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shell } from '../../app/routes-base';
import { listSearch } from '../../lib/list/search';

/**
 * The inventory screens, children of the app shell (`shell` in app/routes-base), lazily loaded;
 * search params are validated here so links and `useSearch` are typed.
 */
export const stockRoute = createRoute({
  getParentRoute: () => shell,
  path: '/stock/on-hand',
  validateSearch: listSearch({ storeId: 'uuid', productId: 'uuid' }, { sortable: ['product', 'quantity', 'value'] }),
  component: lazyRouteComponent(() => import('./StockByStore'), 'StockByStore'),
});
export const stockLedgerRoute = createRoute({
  getParentRoute: () => shell,
  path: '/stock/products/$productId/ledger',
  validateSearch: listSearch({ storeId: 'uuid', from: 'date', to: 'date' }),
  component: lazyRouteComponent(() => import('./StockLedger'), 'StockLedger'),
});
export const stockMoveRoute = createRoute({
  getParentRoute: () => shell,
  path: '/stock/moves/new',
  validateSearch: (s: Record<string, unknown>): { kind?: 'receipt' | 'adjustment'; storeId?: string; productId?: string } => {
    const ids = listSearch({ storeId: 'uuid', productId: 'uuid' })(s);
    return { ...(s.kind === 'receipt' || s.kind === 'adjustment' ? { kind: s.kind } : {}), ...(ids.storeId && { storeId: ids.storeId }), ...(ids.productId && { productId: ids.productId }) };
  },
  component: lazyRouteComponent(() => import('./StockMoveForm'), 'StockMoveForm'),
});
export const transfersRoute = createRoute({
  getParentRoute: () => shell,
  path: '/stock/transfers',
  validateSearch: listSearch({ status: ['in_transit', 'received'], storeId: 'uuid', from: 'date', to: 'date' }),
  component: lazyRouteComponent(() => import('./TransfersList'), 'TransfersList'),
});
export const newTransferRoute = createRoute({
  getParentRoute: () => shell,
  path: '/stock/transfers/new',
  component: lazyRouteComponent(() => import('./TransferForm'), 'TransferForm'),
});
export const countsRoute = createRoute({
  getParentRoute: () => shell,
  path: '/stock/counts',
  validateSearch: listSearch({ storeId: 'uuid', status: ['open', 'posted'] }),
  component: lazyRouteComponent(() => import('./CountsList'), 'CountsList'),
});
export const countRoute = createRoute({
  getParentRoute: () => shell,
  path: '/stock/counts/$countId',
  component: lazyRouteComponent(() => import('./CountSheet'), 'CountSheet'),
});
export const reorderRoute = createRoute({
  getParentRoute: () => shell,
  path: '/stock/reorder',
  validateSearch: listSearch({ storeId: 'uuid', show: ['all'] }),
  component: lazyRouteComponent(() => import('./ReorderReport'), 'ReorderReport'),
});
export const inventorySettingsRoute = createRoute({
  getParentRoute: () => shell,
  path: '/stock/settings',
  component: lazyRouteComponent(() => import('./InventorySettings'), 'InventorySettings'),
});

/** Children of the app shell, as a tuple so typed `<Link to>` knows every path. */
export const inventoryRoutes = [stockRoute, stockLedgerRoute, stockMoveRoute, transfersRoute, newTransferRoute, countsRoute, countRoute, reorderRoute, inventorySettingsRoute] as const;
