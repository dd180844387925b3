import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shell } from '../../app/routes-base';
import { listSearch } from '../../lib/list/search';

/**
 * The tax screens, children of the app shell (`shell` in app/routes-base), lazily loaded; a typed
 * tuple (`[a, b] as const`) so typed links keep working.
 */
export const taxRegistrationRoute = createRoute({
  getParentRoute: () => shell,
  path: '/tax/registration',
  component: lazyRouteComponent(() => import('./TaxRegistration'), 'TaxRegistration'),
});

export const taxRatesRoute = createRoute({
  getParentRoute: () => shell,
  path: '/tax/rates',
  component: lazyRouteComponent(() => import('./TaxRates'), 'TaxRates'),
});

export const hsnRoute = createRoute({
  getParentRoute: () => shell,
  path: '/tax/hsn',
  validateSearch: listSearch({ kind: ['goods', 'services', 'chapter'], code: 'text' }),
  component: lazyRouteComponent(() => import('./HsnBrowser'), 'HsnBrowser'),
});

export const tdsRoute = createRoute({
  getParentRoute: () => shell,
  path: '/tax/tds',
  validateSearch: (s: Record<string, unknown>): { asOf?: string; cursor?: string } => ({
    asOf: typeof s.asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s.asOf) ? s.asOf : undefined,
    cursor: typeof s.cursor === 'string' && /^[A-Za-z0-9_-]{1,512}$/.test(s.cursor) ? s.cursor : undefined,
  }),
  component: lazyRouteComponent(() => import('./Tds'), 'Tds'),
});

export const taxCalculatorRoute = createRoute({
  getParentRoute: () => shell,
  path: '/tax/calculator',
  component: lazyRouteComponent(() => import('./TaxCalculator'), 'TaxCalculator'),
});

export const taxRoutes = [taxRegistrationRoute, taxRatesRoute, hsnRoute, tdsRoute, taxCalculatorRoute] as const;
