import { Badge, Button, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { CursorPagination, EmptyState, ListTable, sortRows, useListControls, type Column } from '../../lib/list';
import { sumAmounts } from '../../lib/list/decimal';
import { useShortcut } from '../../lib/shortcuts';
import { entriesQuery, type Entry } from './api';
import { formatDate } from './dates';
import { entriesRoute } from './routes';
import { AccountPicker, EntryLink, Money, PageHeader, useAccounts } from './shared';

/** Journal entries, newest first: drafts and posted, filtered by account and dates. */
export function EntriesList() {
  const search = entriesRoute.useSearch();
  const navigate = useNavigate({ from: entriesRoute.fullPath });
  const accounts = useAccounts();
  const { cursor, status, from, to, accountId, sort } = search;
  const list = useQuery(entriesQuery({ ...(cursor && { cursor }), ...(status && { status: status as 'draft' | 'posted' }), ...(from && { from }), ...(to && { to }), ...(accountId && { accountId }) }));
  const controls = useListControls(search, (next) => void navigate({ search: next }), list.data?.nextCursor, { clientSort: true });
  useShortcut('n', () => void navigate({ to: '/ledger/entries/new' }), { description: 'New journal entry' });

  const columns: Column<Entry>[] = [
    { key: 'date', header: 'Date', sortable: true, cell: (e) => formatDate(e.date) },
    { key: 'memo', header: 'Memo', cell: (e) => <EntryLink entryId={e.id} testId="entry-link">{e.memo ?? `${e.source.module} entry`}</EntryLink> },
    { key: 'reference', header: 'Reference', sortable: true, cell: (e) => e.reference ?? '' },
    {
      key: 'status',
      header: 'Status',
      cell: (e) => (
        <Badge variant="dot" color={e.status === 'draft' ? 'yellow' : e.reversedById ? 'gray' : e.reversesId ? 'orange' : 'teal'}>
          {e.status === 'draft' ? 'Draft' : e.reversedById ? 'Reversed' : e.reversesId ? 'Reversal' : 'Posted'}
        </Badge>
      ),
    },
    { key: 'source', header: 'Source', cell: (e) => e.source.module },
    { key: 'amount', header: 'Amount', numeric: true, cell: (e) => <Money amount={sumAmounts(e.lines.map((l) => l.baseDebit), e.baseCurrency)} currency={e.baseCurrency} /> },
  ];
  const rows = list.data ? sortRows(list.data.items, sort, { date: (e) => e.date, reference: (e) => e.reference }) : undefined;
  const filtered = Boolean(status || from || to || accountId);

  return (
    <Stack gap="md">
      <PageHeader title="Journal entries" subtitle="Posted entries are never changed; reverse one to correct it.">
        <Button onClick={() => void navigate({ to: '/ledger/entries/new' })} data-testid="new-entry">
          New journal entry
        </Button>
      </PageHeader>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <Select
          label="Status"
          data={[
            { value: '', label: 'All' },
            { value: 'posted', label: 'Posted' },
            { value: 'draft', label: 'Drafts' },
          ]}
          value={status ?? ''}
          onChange={(value) => controls.update({ status: value || undefined })}
          allowDeselect={false}
        />
        <AccountPicker label="Account" placeholder="All accounts" clearable accounts={accounts.data ?? []} value={accountId ?? ''} onChange={(id) => controls.update({ accountId: id || undefined })} />
        <TextInput type="date" label="From" value={from ?? ''} onChange={(e) => controls.update({ from: e.currentTarget.value || undefined })} />
        <TextInput type="date" label="To" value={to ?? ''} onChange={(e) => controls.update({ to: e.currentTarget.value || undefined })} />
      </SimpleGrid>
      <ListTable
        caption="Journal entries"
        testId="entries"
        columns={columns}
        rows={rows}
        rowKey={(e) => e.id}
        sort={sort}
        onSort={controls.setSort}
        loading={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        minWidth={720}
        empty={
          <EmptyState title={filtered ? 'No entries match' : 'No journal entries yet'} action={!filtered && <Button onClick={() => void navigate({ to: '/ledger/entries/new' })}>New journal entry</Button>}>
            {filtered ? 'Change the filters.' : 'Transactions post entries for you; write one by hand for anything else. Press n for a new entry.'}
          </EmptyState>
        }
      />
      <CursorPagination pager={controls.pager} />
    </Stack>
  );
}
