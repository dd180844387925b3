import { Alert, Badge, Button, Card, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { MoneyChart } from '../../lib/chart';
import { accountQuery, balanceQuery, subtypeLabel, TYPE_LABELS } from './api';
import { AccountForm } from './AccountForm';
import { monthEnds, monthLabel, today } from './dates';
import { LedgerLines, NoLines } from './LedgerLines';
import { accountDetailRoute } from './routes';
import { Money, PageHeader, useAccounts, useBaseCurrency } from './shared';

/** One account: its balance now, month-end balances for a year, and its general ledger lines. */
export function AccountDetail() {
  const { accountId } = accountDetailRoute.useParams();
  const account = useQuery(accountQuery(accountId));
  const accounts = useAccounts();
  const base = useBaseCurrency();
  const asOf = today();
  const balance = useQuery(balanceQuery(accountId, asOf));
  const months = monthEnds(asOf, 12);
  const monthly = useQueries({ queries: months.map((date) => balanceQuery(accountId, date)) });
  const [cursor, setCursor] = useState<string | undefined>();
  const [editing, setEditing] = useState(false);

  if (account.isPending) return <Loader aria-label="Loading" size="sm" />;
  if (account.error || !account.data) {
    return (
      <Alert color="red" role="alert" title="Could not load the account">
        {account.error?.message}
      </Alert>
    );
  }
  const a = account.data;
  const chartReady = monthly.every((m) => m.data);

  return (
    <Stack gap="md">
      <PageHeader title={`${a.code} · ${a.name}`} subtitle={`${TYPE_LABELS[a.type]}${a.subtype ? ` · ${subtypeLabel(a.subtype)}` : ''}${a.isGroup ? ' · group' : ''} · ${a.currency}`}>
        {a.status === 'archived' ? <Badge variant="dot" color="gray">Archived</Badge> : <Button variant="default" onClick={() => setEditing(true)}>Edit</Button>}
      </PageHeader>
      {a.description && <Text>{a.description}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
        <Card withBorder padding="md">
          <Text size="sm" component="dt">
            Balance today ({a.currency})
          </Text>
          <Text fw={600} size="lg" component="dd" m={0} data-testid="account-balance">
            {balance.data ? <Money amount={balance.data.balance} currency={balance.data.currency} /> : '…'}
          </Text>
        </Card>
        {balance.data && balance.data.currency !== balance.data.baseCurrency && (
          <Card withBorder padding="md">
            <Text size="sm" component="dt">
              In base currency ({balance.data.baseCurrency})
            </Text>
            <Text fw={600} size="lg" component="dd" m={0}>
              <Money amount={balance.data.baseBalance} currency={balance.data.baseCurrency} />
            </Text>
          </Card>
        )}
      </SimpleGrid>
      {chartReady ? (
        <MoneyChart
          title="Balance at each month end"
          currency={a.currency}
          testId="balance-chart"
          series={[{ key: 'balance', label: 'Balance', kind: 'bar' }]}
          points={months.map((date, i) => ({ label: monthLabel(date), values: { balance: monthly[i]?.data?.balance ?? null } }))}
        />
      ) : (
        <Loader aria-label="Loading the chart" size="sm" />
      )}
      <Stack gap="xs">
        <Text fw={700} component="h2" size="lg" m={0}>
          Ledger lines
        </Text>
        <LedgerLines accountId={accountId} cursor={cursor} onCursor={setCursor} empty={<NoLines filtered={false} />} />
      </Stack>
      <AccountForm opened={editing} onClose={() => setEditing(false)} account={a} accounts={accounts.data ?? []} baseCurrency={base} />
    </Stack>
  );
}
