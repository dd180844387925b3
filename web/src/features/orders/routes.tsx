/**
 * Quotations, sales orders, delivery notes and the approvals inbox, children of the app shell
 * (`shell` in app/routes-base), lazily loaded; export them as a typed tuple (`[a, b] as const`).
 */
export const ordersRoutes = [] as const;
