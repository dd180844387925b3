import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shell } from '../../app/routes-base';
import { listSearch } from '../../lib/list/search';

/** The catalog's screens, children of the app shell; components load lazily. */
export const productsRoute = createRoute({
  getParentRoute: () => shell,
  path: '/catalog/products',
  validateSearch: listSearch({ type: ['goods', 'service'], status: ['active', 'archived'], categoryId: 'uuid', tag: 'text' }, { sortable: ['name', 'sku', 'createdAt', 'updatedAt'] }),
  component: lazyRouteComponent(() => import('./ProductsList'), 'ProductsList'),
});
export const newProductRoute = createRoute({ getParentRoute: () => shell, path: '/catalog/products/new', component: lazyRouteComponent(() => import('./ProductForm'), 'NewProduct') });
export const productRoute = createRoute({ getParentRoute: () => shell, path: '/catalog/products/$productId', component: lazyRouteComponent(() => import('./ProductDetail'), 'ProductDetail') });
export const editProductRoute = createRoute({ getParentRoute: () => shell, path: '/catalog/products/$productId/edit', component: lazyRouteComponent(() => import('./ProductForm'), 'EditProduct') });
export const categoriesRoute = createRoute({ getParentRoute: () => shell, path: '/catalog/categories', component: lazyRouteComponent(() => import('./CategoriesScreen'), 'CategoriesScreen') });
export const priceListsRoute = createRoute({
  getParentRoute: () => shell,
  path: '/catalog/price-lists',
  validateSearch: listSearch({ status: ['active', 'archived'] }),
  component: lazyRouteComponent(() => import('./PriceLists'), 'PriceLists'),
});
export const priceListRoute = createRoute({ getParentRoute: () => shell, path: '/catalog/price-lists/$priceListId', component: lazyRouteComponent(() => import('./PriceListDetail'), 'PriceListDetail') });

/** Children of the app shell, as a tuple so typed `<Link to>` knows every path. */
export const catalogRoutes = [productsRoute, newProductRoute, productRoute, editProductRoute, categoriesRoute, priceListsRoute, priceListRoute] as const;
