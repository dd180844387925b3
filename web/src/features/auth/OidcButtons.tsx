import { Button, Divider, Stack } from '@mantine/core';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export const oidcProvidersQuery = queryOptions({
  queryKey: ['oidc-providers'],
  queryFn: async () => unwrap(await api.GET('/api/v1/auth/oidc/providers')),
  staleTime: 5 * 60_000,
});

/** The start URL, carrying the page to come back to when it is a path of this site. */
function startHref(startUrl: string, redirect: string | undefined): string {
  if (!redirect || !redirect.startsWith('/') || redirect.startsWith('//')) return startUrl;
  return `${startUrl}?${new URLSearchParams({ redirect }).toString()}`;
}

/**
 * "Continue with …" for each OpenID Connect provider the server has configured; nothing at all
 * when there is none (or the list cannot be loaded: password sign-in still works). The links are
 * plain navigations: the server redirects to the provider and back, then the app restores the
 * session from the cookie it set.
 */
export function OidcButtons({ redirect, dividerLabel = 'or' }: { redirect?: string | undefined; dividerLabel?: string | null }) {
  const { data } = useQuery(oidcProvidersQuery);
  const providers = data?.items ?? [];
  if (providers.length === 0) return null;
  return (
    <Stack gap="xs">
      {dividerLabel !== null && <Divider label={dividerLabel} labelPosition="center" />}
      {providers.map((provider) => (
        <Button key={provider.id} component="a" href={startHref(provider.startUrl, redirect)} variant="default" fullWidth>
          Continue with {provider.name}
        </Button>
      ))}
    </Stack>
  );
}
