import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { useSession } from '../api/use-session';
import { problemMessage } from './problem';
import { useCan } from './permissions';

/** The friendly 403: shown for screens the member's role does not cover, and for a server 403. */
export function Forbidden() {
  const state = useSession();
  const role = state.status === 'signed-in' ? state.tenant?.role : undefined;
  return (
    <Stack gap="sm" data-testid="forbidden">
      <Title order={1} size="h2">
        You do not have access to this page
      </Title>
      <Text>
        {role ? `Your role in this business (${role}) does not include it.` : 'Your role in this business does not include it.'} Ask an owner or
        admin of the business if you need it.
      </Text>
      <Text>
        <Anchor component={Link} to="/">
          Back to the overview
        </Anchor>
      </Text>
    </Stack>
  );
}

/** Renders `children` only for members whose role holds `permission`; others get the Forbidden page. */
export function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const can = useCan();
  return can(permission) ? children : <Forbidden />;
}

export const isForbidden = (error: unknown): boolean => error instanceof ApiError && error.status === 403;

/** Loading and error state of a screen's main query: a 403 becomes the Forbidden page. */
export function QueryState({ error, isPending, what }: { error: Error | null; isPending: boolean; what: string }) {
  if (isForbidden(error)) return <Forbidden />;
  if (error) {
    return (
      <Alert color="red" role="alert" title={`Could not load ${what}`}>
        {error instanceof ApiError ? problemMessage(error.problem) : error.message}
      </Alert>
    );
  }
  return isPending ? <Loader aria-label={`Loading ${what}`} size="sm" /> : null;
}

/** The message of a failed mutation, for an alert above the list it acted on. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return problemMessage(error.problem);
  return 'The server could not be reached. Check your connection and try again.';
}
