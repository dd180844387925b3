import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/** Queries of the settings screens; keys start with the resource so invalidation is simple. */
export const membersQuery = (tenantId: string) =>
  queryOptions({
    queryKey: ['members', tenantId],
    queryFn: async () => unwrap(await api.GET('/api/v1/tenants/{id}/members', { params: { path: { id: tenantId } } })),
  });

export const invitationsQuery = (tenantId: string) =>
  queryOptions({
    queryKey: ['invitations', tenantId],
    queryFn: async () => unwrap(await api.GET('/api/v1/tenants/{id}/invitations', { params: { path: { id: tenantId } } })),
  });

export const rolesQuery = queryOptions({
  queryKey: ['roles'],
  queryFn: async () => unwrap(await api.GET('/api/v1/roles')),
});

export const apiKeysQuery = queryOptions({
  queryKey: ['api-keys'],
  queryFn: async () => unwrap(await api.GET('/api/v1/api-keys')),
});

export const storesQuery = (status: 'active' | 'archived') =>
  queryOptions({
    queryKey: ['stores', status],
    queryFn: async () => unwrap(await api.GET('/api/v1/stores', { params: { query: { status, limit: 200 } } })),
  });

export const subscriptionQuery = (tenantId: string) =>
  queryOptions({
    queryKey: ['subscription', tenantId],
    queryFn: async () => unwrap(await api.GET('/api/v1/tenants/{id}/subscription', { params: { path: { id: tenantId } } })),
  });

export type RoleView = Awaited<ReturnType<NonNullable<typeof rolesQuery.queryFn>>>['items'][number];

/** `If-Match` for a resource read at `version`. */
export const ifMatch = (version: number) => ({ 'if-match': `"v${version}"` });

export const formatDate = (iso: string | null | undefined) =>
  iso ? new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(iso)) : '—';

export const formatDateTime = (iso: string | null | undefined) =>
  iso ? new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : 'Never';

/** Permission keys grouped by module (`identity.members.read` → `identity`), modules and keys sorted. */
export function groupByModule(keys: readonly string[]): { module: string; keys: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const key of [...keys].sort()) {
    const module = key.split('.')[0] ?? key;
    groups.set(module, [...(groups.get(module) ?? []), key]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([module, list]) => ({ module, keys: list }));
}

/** `identity.api_keys.manage` → `api keys · manage`, for a checkbox within its module group. */
export const permissionLabel = (key: string) => key.split('.').slice(1).join(' · ').replaceAll('_', ' ');
