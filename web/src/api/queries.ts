import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client';

/** Query definitions shared by screens; keys start with the resource so invalidation is simple. */
export const profileQuery = queryOptions({
  queryKey: ['profile'],
  queryFn: async () => unwrap(await api.GET('/api/v1/auth/profile')),
});

export const sessionsQuery = queryOptions({
  queryKey: ['sessions'],
  queryFn: async () => unwrap(await api.GET('/api/v1/auth/sessions')),
});

export const tenantQuery = (tenantId: string) =>
  queryOptions({
    queryKey: ['tenant', tenantId],
    queryFn: async () => unwrap(await api.GET('/api/v1/tenants/{id}', { params: { path: { id: tenantId } } })),
  });
