/**
 * The sales screens, children of the app shell (`shell` in app/routes-base), lazily loaded; export
 * them as a typed tuple (`[a, b] as const`) so typed links keep working.
 */
export const salesRoutes = [] as const;
