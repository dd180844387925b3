import { Alert, Badge, Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { api, unwrap } from '../../api/client';
import { useConfirm } from '../../lib/confirm';
import { errorText, RequirePermission } from '../../lib/Forbidden';
import { CursorPagination, EmptyState, ListTable, useListControls, type Column } from '../../lib/list';
import { useCan } from '../../lib/permissions';
import { formatMoney } from '../../lib/money';
import { useShortcut } from '../../lib/shortcuts';
import { formatDate, today } from '../ledger/dates';
import { Money, PageHeader, useBaseCurrency } from '../ledger/shared';
import { invalidateStock, transfersQuery, type Transfer } from './api';
import { transfersRoute } from './routes';
import { StockProductLink, StorePicker, useStores } from './shared';

export function TransfersList() {
  return (
    <RequirePermission permission="inventory.stock.read">
      <Transfers />
    </RequirePermission>
  );
}

/** Transfers between stores, newest first; in-transit ones can be received here. */
function Transfers() {
  const search = transfersRoute.useSearch();
  const navigate = useNavigate({ from: transfersRoute.fullPath });
  const can = useCan();
  const confirm = useConfirm();
  const queryClient = useQueryClient();
  const currency = useBaseCurrency();
  const stores = useStores();
  const { cursor, status, storeId, from, to } = search;
  const list = useQuery(
    transfersQuery({ ...(cursor && { cursor }), ...(status && { status: status as 'in_transit' | 'received' }), ...(storeId && { storeId }), ...(from && { from }), ...(to && { to }) }),
  );
  const controls = useListControls(search, (next) => void navigate({ search: next }), list.data?.nextCursor);
  const manage = can('inventory.transfer.manage');
  const onNew = () => void navigate({ to: '/stock/transfers/new' });
  useShortcut('n', () => manage && onNew(), { description: 'New transfer' });
  const receive = useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/api/v1/stock/transfers/{id}/receive', { params: { path: { id } }, body: { date: today() } })),
    onSettled: () => invalidateStock(queryClient),
  });

  async function onReceive(t: Transfer) {
    const ok = await confirm({
      title: 'Receive transfer',
      message: `Receive ${t.lines.length === 1 ? 'this line' : `these ${t.lines.length} lines`} into ${stores.nameOf(t.toStoreId)} today, at ${formatMoney(t.value, currency)}?`,
      confirmLabel: 'Receive',
    });
    if (ok) receive.mutate(t.id);
  }

  const columns: Column<Transfer>[] = [
    { key: 'date', header: 'Dispatched', cell: (t) => formatDate(t.dispatchDate) },
    { key: 'from', header: 'From', cell: (t) => stores.nameOf(t.fromStoreId) },
    { key: 'to', header: 'To', cell: (t) => stores.nameOf(t.toStoreId) },
    {
      key: 'lines',
      header: 'Products',
      cell: (t) => (
        <Stack gap={0}>
          {t.lines.map((l) => (
            <Text size="sm" key={l.productId}>
              {l.quantity} × <StockProductLink item={l} />
            </Text>
          ))}
        </Stack>
      ),
    },
    { key: 'value', header: 'Value', numeric: true, cell: (t) => <Money amount={t.value} currency={currency} testId="transfer-value" /> },
    {
      key: 'status',
      header: 'Status',
      cell: (t) =>
        t.status === 'in_transit' ? (
          <Badge variant="dot" color="orange" data-testid="transfer-status">
            In transit
          </Badge>
        ) : (
          <Badge variant="dot" color="teal" data-testid="transfer-status">
            Received {t.receiveDate ? formatDate(t.receiveDate) : ''}
          </Badge>
        ),
    },
    {
      key: 'action',
      header: 'Action',
      cell: (t) =>
        t.status === 'in_transit' && manage ? (
          <Button size="xs" variant="default" onClick={() => void onReceive(t)} loading={receive.isPending && receive.variables === t.id} data-testid="receive-transfer">
            Receive
          </Button>
        ) : (
          ''
        ),
    },
  ];
  const filtered = Boolean(status || storeId || from || to);
  return (
    <Stack gap="md">
      <PageHeader title="Transfers" subtitle="Stock moved between stores, at the source's cost.">
        {manage && (
          <Button onClick={onNew} data-testid="new-transfer">
            New transfer
          </Button>
        )}
      </PageHeader>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <Select
          label="Status"
          data={[{ value: '', label: 'Any status' }, { value: 'in_transit', label: 'In transit' }, { value: 'received', label: 'Received' }]}
          value={status ?? ''}
          onChange={(value) => controls.update({ status: value || undefined })}
          allowDeselect={false}
        />
        <StorePicker label="Store (from or to)" placeholder="Any store" clearable value={storeId ?? ''} onChange={(id) => controls.update({ storeId: id || undefined })} />
        <TextInput type="date" label="Dispatched from" value={from ?? ''} onChange={(e) => controls.update({ from: e.currentTarget.value || undefined })} />
        <TextInput type="date" label="Dispatched to" value={to ?? ''} onChange={(e) => controls.update({ to: e.currentTarget.value || undefined })} />
      </SimpleGrid>
      {receive.error && (
        <Alert color="red" role="alert" title="Could not receive the transfer">
          {errorText(receive.error)}
        </Alert>
      )}
      <ListTable
        caption="Transfers"
        testId="transfers"
        columns={columns}
        rows={list.data?.items}
        rowKey={(t) => t.id}
        loading={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        minWidth={860}
        empty={
          <EmptyState title={filtered ? 'No transfers match' : 'No transfers yet'} action={!filtered && manage && <Group justify="center"><Button onClick={onNew}>New transfer</Button></Group>}>
            {filtered ? 'Change the filters.' : 'Move stock from one store to another; press n.'}
          </EmptyState>
        }
      />
      <CursorPagination pager={controls.pager} />
    </Stack>
  );
}
