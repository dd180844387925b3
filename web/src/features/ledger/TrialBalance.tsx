import { Alert, Badge, Group, Stack, Table, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { EmptyState, ListTable, type Column } from '../../lib/list';
import { formatMoney } from '../../lib/money';
import { trialBalanceQuery, TYPE_LABELS, type TrialBalance as TB } from './api';
import { formatDate, today } from './dates';
import { trialBalanceRoute } from './routes';
import { AccountLink, Money, PageHeader } from './shared';

type Row = TB['accounts'][number];

/** Every account's debit or credit balance in base currency at a date; the totals row shows debits = credits. */
export function TrialBalance() {
  const { asOf = today() } = trialBalanceRoute.useSearch();
  const navigate = useNavigate({ from: trialBalanceRoute.fullPath });
  const tb = useQuery(trialBalanceQuery(asOf));
  const currency = tb.data?.currency ?? 'INR';

  const columns: Column<Row>[] = [
    { key: 'code', header: 'Code', cell: (r) => r.code },
    { key: 'name', header: 'Account', cell: (r) => <AccountLink accountId={r.accountId}>{r.name}</AccountLink> },
    { key: 'type', header: 'Type', cell: (r) => TYPE_LABELS[r.type] },
    { key: 'debit', header: 'Debit', numeric: true, cell: (r) => <Money amount={r.debit} currency={currency} hideZero /> },
    { key: 'credit', header: 'Credit', numeric: true, cell: (r) => <Money amount={r.credit} currency={currency} hideZero /> },
  ];

  return (
    <Stack gap="md">
      <PageHeader title="Trial balance" subtitle={`In ${currency}, as of ${formatDate(asOf)}.`}>
        {tb.data && (
          <Badge variant="dot" color={tb.data.balanced ? 'teal' : 'red'} size="lg" data-testid="tb-status">
            {tb.data.balanced ? 'Debits equal credits' : 'Out of balance'}
          </Badge>
        )}
      </PageHeader>
      <Group>
        <TextInput type="date" label="As of" value={asOf} onChange={(e) => void navigate({ search: { asOf: e.currentTarget.value || undefined } })} />
      </Group>
      {tb.data && !tb.data.balanced && (
        <Alert color="red" role="alert" title="The trial balance does not balance">
          Debits {formatMoney(tb.data.totals.debit, currency)} and credits {formatMoney(tb.data.totals.credit, currency)} differ. This should never happen; please report it.
        </Alert>
      )}
      <ListTable
        caption={`Trial balance as of ${asOf}`}
        testId="trial-balance"
        columns={columns}
        rows={tb.data?.accounts}
        rowKey={(r) => r.accountId}
        loading={tb.isPending}
        error={tb.error}
        onRetry={() => void tb.refetch()}
        minWidth={560}
        empty={<EmptyState title="Nothing to show">No account has a balance on this date.</EmptyState>}
        footer={
          tb.data && (
            <Table.Tr data-testid="tb-totals">
              <Table.Th colSpan={3} scope="row">
                Total
              </Table.Th>
              <Table.Td ta="right" fw={700} data-testid="tb-total-debit">
                <Money amount={tb.data.totals.debit} currency={currency} />
              </Table.Td>
              <Table.Td ta="right" fw={700} data-testid="tb-total-credit">
                <Money amount={tb.data.totals.credit} currency={currency} />
              </Table.Td>
            </Table.Tr>
          )
        }
      />
    </Stack>
  );
}
