import { Alert, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { tenantQuery } from '../../api/queries';
import { useSession } from '../../api/use-session';
import { formatMoney } from '../../lib/money';
import { MONTHS, REGIONS } from '../onboarding/regions';

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Card withBorder padding="md">
      <Text size="sm" component="dt">
        {label}
      </Text>
      <Text fw={600} size="lg" component="dd" m={0} data-testid={testId}>
        {value}
      </Text>
    </Card>
  );
}

/** The home screen of a business: what Kontor knows about it so far. */
export function Overview() {
  const state = useSession();
  const tenantId = state.status === 'signed-in' ? state.tenant?.id : undefined;
  const { data: tenant, error, isPending } = useQuery({ ...tenantQuery(tenantId ?? ''), enabled: Boolean(tenantId) });

  return (
    <Stack gap="md">
      <Title order={1} size="h2" data-testid="business-name">
        {tenant?.name ?? (state.status === 'signed-in' ? state.tenant?.name : '')}
      </Title>
      {isPending && <Loader aria-label="Loading" size="sm" />}
      {error && (
        <Alert color="red" role="alert" title="Could not load the business">
          {error.message}
        </Alert>
      )}
      {tenant && (
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} component="dl" m={0}>
          <Fact label="Country" value={REGIONS.find((r) => r.code === tenant.countryCode)?.name ?? tenant.countryCode} />
          <Fact label="Base currency" value={tenant.baseCurrency} testId="base-currency" />
          <Fact label="Financial year starts" value={MONTHS[tenant.fiscalYearStartMonth - 1]?.label ?? String(tenant.fiscalYearStartMonth)} />
          <Fact label="Time zone" value={tenant.timezone} />
        </SimpleGrid>
      )}
      {tenant && (
        <Group>
          <Text>
            Amounts show in your base currency, for example <strong data-testid="money-sample">{formatMoney('1234567.5', tenant.baseCurrency)}</strong>.
          </Text>
        </Group>
      )}
    </Stack>
  );
}
