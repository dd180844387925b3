import { Alert, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { api, unwrap } from '../../api/client';
import { useConfirm } from '../../lib/confirm';
import { ListTable, type Column } from '../../lib/list';
import { sumAmounts } from '../../lib/list/decimal';
import { formatMoney } from '../../lib/money';
import { entryQuery, ifMatch, invalidateLedger, type Entry, type EntryLine } from './api';
import { formatDate } from './dates';
import { entryDetailRoute } from './routes';
import { AccountLink, accountLabel, EntryLink, Money, PageHeader, useAccounts } from './shared';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" component="dt">
        {label}
      </Text>
      <Text fw={600} component="dd" m={0}>
        {children}
      </Text>
    </Card>
  );
}

/** One journal entry: its lines, where it came from, its reversal; reverse it, or edit/post/discard a draft. */
export function EntryDetail() {
  const { entryId } = entryDetailRoute.useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const confirm = useConfirm();
  const accounts = useAccounts();
  const entry = useQuery(entryQuery(entryId));

  const reverse = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/journal-entries/{id}/reverse', { params: { path: { id: entryId } }, body: {} })),
    onSuccess: async (reversal) => {
      await invalidateLedger(queryClient);
      await navigate({ to: '/ledger/entries/$entryId', params: { entryId: reversal.id } });
    },
  });
  const post = useMutation({
    mutationFn: async (e: Entry) => unwrap(await api.POST('/api/v1/journal-entries/{id}/post', { params: { path: { id: e.id } }, headers: ifMatch(e.version) })),
    onSuccess: () => invalidateLedger(queryClient),
  });
  const discard = useMutation({
    mutationFn: async () => unwrap(await api.DELETE('/api/v1/journal-entries/{id}', { params: { path: { id: entryId } } })),
    onSuccess: async () => {
      await invalidateLedger(queryClient);
      await navigate({ to: '/ledger/entries' });
    },
  });

  if (entry.isPending) return <Loader aria-label="Loading" size="sm" />;
  if (entry.error || !entry.data) {
    return (
      <Alert color="red" role="alert" title="Could not load the entry">
        {entry.error?.message}
      </Alert>
    );
  }
  const e = entry.data;
  const base = e.baseCurrency;
  const total = sumAmounts(e.lines.map((l) => l.baseDebit), base);

  async function onReverse() {
    const ok = await confirm({
      title: 'Reverse this entry?',
      message: `A mirror entry of ${formatMoney(total, base)} dated ${formatDate(e.date)} is posted and linked to this one. Posted entries are never edited; post the right entry after reversing.`,
      confirmLabel: 'Reverse entry',
      destructive: true,
    });
    if (ok) reverse.mutate();
  }

  async function onDiscard() {
    const ok = await confirm({ title: 'Discard this draft?', message: 'The draft is deleted. Nothing was posted.', confirmLabel: 'Discard draft', destructive: true });
    if (ok) discard.mutate();
  }

  const foreign = e.lines.some((l) => l.currency !== base);
  const columns: Column<EntryLine>[] = [
    { key: 'account', header: 'Account', cell: (l) => <AccountLink accountId={l.accountId}>{accountLabel(accounts.byId.get(l.accountId))}</AccountLink> },
    { key: 'memo', header: 'Memo', cell: (l) => l.memo ?? '' },
    ...(foreign
      ? [
          { key: 'amount', header: 'Amount', numeric: true, cell: (l: EntryLine) => <Money amount={/^0+(\.0+)?$/.test(l.debit) ? l.credit : l.debit} currency={l.currency} /> },
        ]
      : []),
    { key: 'debit', header: `Debit (${base})`, numeric: true, cell: (l) => <Money amount={l.baseDebit} currency={base} hideZero /> },
    { key: 'credit', header: `Credit (${base})`, numeric: true, cell: (l) => <Money amount={l.baseCredit} currency={base} hideZero /> },
  ];
  const error = reverse.error ?? post.error ?? discard.error;

  return (
    <Stack gap="md">
      <PageHeader title={e.memo ?? 'Journal entry'} subtitle={`${formatDate(e.date)}${e.reference ? ` · Ref. ${e.reference}` : ''}`}>
        <Badge variant="dot" size="lg" color={e.status === 'draft' ? 'yellow' : 'teal'} data-testid="entry-status">
          {e.status === 'draft' ? 'Draft' : 'Posted'}
        </Badge>
        {e.status === 'posted' && !e.reversedById && (
          <Button variant="default" color="red" onClick={() => void onReverse()} loading={reverse.isPending} data-testid="reverse-entry">
            Reverse
          </Button>
        )}
        {e.status === 'draft' && (
          <>
            <Button variant="default" onClick={() => void navigate({ to: '/ledger/entries/$entryId/edit', params: { entryId: e.id } })}>
              Edit draft
            </Button>
            <Button variant="default" onClick={() => void onDiscard()} loading={discard.isPending}>
              Discard
            </Button>
            <Button onClick={() => post.mutate(e)} loading={post.isPending}>
              Post
            </Button>
          </>
        )}
      </PageHeader>
      {error && (
        <Alert color="red" role="alert" title="That did not work">
          {error.message}
        </Alert>
      )}
      {e.reversesId && (
        <Alert color="blue" title="This entry is a reversal" data-testid="reverses">
          It reverses <EntryLink entryId={e.reversesId}>the original entry</EntryLink>.
        </Alert>
      )}
      {e.reversedById && (
        <Alert color="yellow" title="This entry was reversed" data-testid="reversed-by">
          See <EntryLink entryId={e.reversedById}>the reversing entry</EntryLink>.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} component="dl" m={0}>
        <Fact label="Source">
          {e.source.module}
          {e.source.id ? ` · ${e.source.id.slice(0, 8)}` : ''}
          {e.source.revision > 1 ? ` (revision ${e.source.revision})` : ''}
        </Fact>
        <Fact label="Posted">{e.postedAt ? new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(e.postedAt)) : 'Not yet'}</Fact>
        <Fact label="Base currency">{base}</Fact>
        <Fact label="Total">
          <Money amount={total} currency={base} />
        </Fact>
      </SimpleGrid>
      <ListTable
        caption="Lines"
        testId="entry-lines"
        columns={columns}
        rows={e.lines}
        rowKey={(l) => String(l.lineNo)}
        empty={null}
        minWidth={560}
        footer={
          <Table.Tr>
            <Table.Th colSpan={foreign ? 3 : 2} scope="row">
              Total
            </Table.Th>
            <Table.Td ta="right" fw={700}>
              <Money amount={sumAmounts(e.lines.map((l) => l.baseDebit), base)} currency={base} />
            </Table.Td>
            <Table.Td ta="right" fw={700}>
              <Money amount={sumAmounts(e.lines.map((l) => l.baseCredit), base)} currency={base} />
            </Table.Td>
          </Table.Tr>
        }
      />
      <Group>
        <Button variant="subtle" onClick={() => void navigate({ to: '/ledger/entries' })}>
          Back to journal entries
        </Button>
      </Group>
    </Stack>
  );
}
