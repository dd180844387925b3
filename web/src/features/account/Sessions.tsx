import { Alert, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { sessionsQuery } from '../../api/queries';

const when = (iso: string) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** Where you are signed in; end any other session (its tokens stop working at once). */
export function Sessions() {
  const queryClient = useQueryClient();
  const { data, error, isPending } = useQuery(sessionsQuery);
  const revoke = useMutation({
    mutationFn: async (id: string) => unwrap(await api.DELETE('/api/v1/auth/sessions/{id}', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionsQuery.queryKey }),
  });

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        Active sessions
      </Title>
      {isPending && <Loader aria-label="Loading" size="sm" />}
      {(error ?? revoke.error) && (
        <Alert color="red" role="alert" title="Something went wrong">
          {(error ?? revoke.error)?.message}
        </Alert>
      )}
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {data?.items.map((s) => (
          <Card withBorder component="li" key={s.id} data-testid="session">
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                <Group gap="xs">
                  <Text fw={600} truncate>
                    {s.userAgent ?? 'Unknown device'}
                  </Text>
                  {s.current && <Badge variant="dot">This device</Badge>}
                </Group>
                <Text size="sm">
                  Signed in {when(s.createdAt)} · last active {when(s.lastUsedAt)}
                  {s.ip ? ` · ${s.ip}` : ''}
                </Text>
              </Stack>
              {!s.current && (
                <Button variant="light" color="red" loading={revoke.isPending && revoke.variables === s.id} onClick={() => revoke.mutate(s.id)}>
                  Sign out
                </Button>
              )}
            </Group>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
