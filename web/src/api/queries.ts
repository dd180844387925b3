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

/** The signed-in member's effective permission keys in the business they act in (custom roles included). */
export const callerPermissionsQuery = (tenantId: string, role: string) =>
  queryOptions({
    queryKey: ['permissions', tenantId, role],
    queryFn: async () => unwrap(await api.GET('/api/v1/auth/permissions')),
    staleTime: 30_000,
  });
