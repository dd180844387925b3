import type { AnyRoute } from '@tanstack/react-router';

/** The ledger's screens, children of the app shell (`shell` in app/routes-base). */
export const ledgerRoutes: AnyRoute[] = [];
