import { Alert, Badge, Button, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../api/use-session';
import { useConfirm } from '../../lib/confirm';
import { errorText, QueryState, RequirePermission } from '../../lib/Forbidden';
import { useCan } from '../../lib/permissions';
import { subscriptionQuery } from './queries';

const METERS = [
  { key: 'users', label: 'Members' },
  { key: 'stores', label: 'Stores' },
  { key: 'documents_per_month', label: 'Documents this month' },
] as const;

const PLAN_NAMES: Record<string, string> = { free: 'Free', standard: 'Standard', pro: 'Pro' };
const limitText = (limit: number | null) => (limit === null ? 'unlimited' : String(limit));

export function Plan() {
  return (
    <RequirePermission permission="identity.subscription.read">
      <PlanScreen />
    </RequirePermission>
  );
}

/** The business's plan, what it uses of its limits, and the other plans to change to. */
function PlanScreen() {
  const state = useSession();
  const tenantId = state.status === 'signed-in' ? (state.tenant?.id ?? '') : '';
  const can = useCan();
  const queryClient = useQueryClient();
  const confirm = useConfirm();
  const sub = useQuery(subscriptionQuery(tenantId));
  const change = useMutation({
    mutationFn: async (plan: 'free' | 'standard' | 'pro') =>
      unwrap(await api.POST('/api/v1/tenants/{id}/subscription/upgrade', { params: { path: { id: tenantId } }, body: { plan } })),
    onSuccess: (data) => queryClient.setQueryData(subscriptionQuery(tenantId).queryKey, data),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['tenant'] }),
  });

  async function onChange(plan: 'free' | 'standard' | 'pro') {
    const yes = await confirm({
      title: `Switch to ${PLAN_NAMES[plan]}`,
      message: `The ${PLAN_NAMES[plan]} plan’s limits apply at once. No payment is taken yet.`,
      confirmLabel: `Switch to ${PLAN_NAMES[plan]}`,
    });
    if (yes) change.mutate(plan);
  }

  const data = sub.data;
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        Plan and limits
      </Title>
      <QueryState error={sub.error} isPending={sub.isPending} what="your plan" />
      {change.error && (
        <Alert color="red" role="alert" title="Could not change the plan">
          {errorText(change.error)}
        </Alert>
      )}
      {data && (
        <>
          <Card withBorder>
            <Stack gap="sm">
              <Group gap="xs">
                <Text>Current plan:</Text>
                <Text fw={700} data-testid="current-plan">
                  {PLAN_NAMES[data.plan]}
                </Text>
              </Group>
              {METERS.map((m) => {
                const used = data.usage[m.key];
                const limit = data.limits[m.key];
                const share = limit ? Math.min(100, Math.round((used / limit) * 100)) : 0;
                return (
                  <Stack gap={4} key={m.key} data-testid={`usage-${m.key}`}>
                    <Group justify="space-between">
                      <Text size="sm">{m.label}</Text>
                      <Text size="sm">
                        {used} of {limitText(limit)}
                      </Text>
                    </Group>
                    {limit !== null && <Progress value={share} color={share >= 100 ? 'red' : share >= 80 ? 'yellow' : 'blue'} aria-label={`${m.label}: ${used} of ${limit}`} />}
                  </Stack>
                );
              })}
              <Text size="sm">Usage period {data.period}</Text>
            </Stack>
          </Card>
          <Title order={2} size="h3">
            Plans
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            {data.plans.map((p) => (
              <Card withBorder key={p.plan} data-testid={`plan-${p.plan}`}>
                <Stack gap="xs">
                  <Group justify="space-between">
                    <Title order={3} size="h4">
                      {PLAN_NAMES[p.plan]}
                    </Title>
                    {p.plan === data.plan && <Badge variant="dot">Current</Badge>}
                  </Group>
                  {METERS.map((m) => (
                    <Text size="sm" key={m.key}>
                      {m.label}: {limitText(p.limits[m.key])}
                    </Text>
                  ))}
                  {can('identity.subscription.manage') && p.plan !== data.plan && (
                    <Button variant="default" loading={change.isPending && change.variables === p.plan} onClick={() => void onChange(p.plan)}>
                      Switch to {PLAN_NAMES[p.plan]}
                    </Button>
                  )}
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
