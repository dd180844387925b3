import { Alert, Anchor, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { RequirePermission } from '../../lib/Forbidden';
import { CursorPagination, EmptyState, ListTable, useListControls, type Column } from '../../lib/list';
import { useCan } from '../../lib/permissions';
import { useSubmit } from '../../lib/use-submit';
import { formatDate, today } from '../ledger/dates';
import { PageHeader } from '../ledger/shared';
import { countsQuery, invalidateStock, type CountSummary } from './api';
import { countsRoute } from './routes';
import { StorePicker, useStores } from './shared';

export function CountsList() {
  return (
    <RequirePermission permission="inventory.stock.read">
      <Counts />
    </RequirePermission>
  );
}

/** Count sheets per store: start one (expected quantities are taken now), open it to count and post. */
function Counts() {
  const search = countsRoute.useSearch();
  const navigate = useNavigate({ from: countsRoute.fullPath });
  const can = useCan();
  const stores = useStores();
  const { cursor, storeId, status } = search;
  const list = useQuery(countsQuery({ ...(cursor && { cursor }), ...(storeId && { storeId }), ...(status && { status: status as 'open' | 'posted' }) }));
  const controls = useListControls(search, (next) => void navigate({ search: next }), list.data?.nextCursor);
  const manage = can('inventory.count.manage');

  const columns: Column<CountSummary>[] = [
    {
      key: 'date',
      header: 'Count date',
      cell: (c) => (
        <Anchor size="sm" data-testid="count-link" renderRoot={(props) => <Link {...props} to="/stock/counts/$countId" params={{ countId: c.id }} />}>
          {formatDate(c.date)}
        </Anchor>
      ),
    },
    { key: 'store', header: 'Store', cell: (c) => stores.nameOf(c.storeId) },
    { key: 'memo', header: 'Memo', cell: (c) => c.memo ?? '' },
    { key: 'counted', header: 'Counted', numeric: true, cell: (c) => `${c.countedCount} of ${c.lineCount}` },
    {
      key: 'status',
      header: 'Status',
      cell: (c) =>
        c.status === 'open' ? (
          <Badge variant="dot" color="orange">
            Open
          </Badge>
        ) : (
          <Badge variant="dot" color="teal">
            Posted
          </Badge>
        ),
    },
  ];
  const filtered = Boolean(storeId || status);
  return (
    <Stack gap="md">
      <PageHeader title="Stock counts" subtitle="Count what each store holds; posting sets the stock to the counted quantities." />
      {manage && <NewCount />}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <StorePicker label="Store" placeholder="Any store" clearable value={storeId ?? ''} onChange={(id) => controls.update({ storeId: id || undefined })} />
        <Select
          label="Status"
          data={[{ value: '', label: 'Any status' }, { value: 'open', label: 'Open' }, { value: 'posted', label: 'Posted' }]}
          value={status ?? ''}
          onChange={(value) => controls.update({ status: value || undefined })}
          allowDeselect={false}
        />
      </SimpleGrid>
      <ListTable
        caption="Stock counts"
        testId="counts"
        columns={columns}
        rows={list.data?.items}
        rowKey={(c) => c.id}
        loading={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        minWidth={560}
        empty={<EmptyState title={filtered ? 'No counts match' : 'No stock counts yet'}>{filtered ? 'Change the filters.' : 'Start a count for a store above.'}</EmptyState>}
      />
      <CursorPagination pager={controls.pager} />
    </Stack>
  );
}

function NewCount() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const stores = useStores();
  const submit = useSubmit();
  const [storeId, setStoreId] = useState('');
  const [date, setDate] = useState(today());
  const [memo, setMemo] = useState('');
  const store = storeId || stores.active?.[0]?.id || '';

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit.run(async () => {
      const count = unwrap(await api.POST('/api/v1/stock/counts', { body: { storeId: store, date, memo: memo.trim() || null } }));
      await invalidateStock(queryClient);
      await navigate({ to: '/stock/counts/$countId', params: { countId: count.id } });
    });
  }
  return (
    <Paper withBorder p="md" component="form" onSubmit={onSubmit} noValidate aria-labelledby="new-count-title">
      <Stack gap="sm">
        <Title order={2} size="h5" id="new-count-title">
          Start a count
        </Title>
        {submit.message && (
          <Alert color="red" role="alert" title="Could not start the count">
            {submit.message}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <StorePicker label="Store to count" value={store} onChange={setStoreId} allowDeselect={false} error={submit.errors.storeId} />
          <TextInput type="date" label="Count date" value={date} onChange={(e) => setDate(e.currentTarget.value)} error={submit.errors.date} />
          <TextInput label="Memo" value={memo} onChange={(e) => setMemo(e.currentTarget.value)} error={submit.errors.memo} maxLength={500} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={submit.submitting} data-testid="start-count">
            Start count
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
