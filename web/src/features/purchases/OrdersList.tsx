import { Button, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/Forbidden';
import { CursorPagination, EmptyState, ListTable, sortRows, useListControls, type Column } from '../../lib/list';
import { compareDecimals } from '../../lib/list/decimal';
import { useCan } from '../../lib/permissions';
import { useShortcut } from '../../lib/shortcuts';
import { formatDate } from '../ledger/dates';
import { Money, PageHeader } from '../ledger/shared';
import { ORDER_STATUS, ordersQuery, type Order, type OrderStatus } from './api';
import { ordersRoute } from './routes';
import { OrderLink, OrderStatusBadge, VendorName, VendorPicker } from './shared';

export function OrdersList() {
  return (
    <RequirePermission permission="purchases.order.read">
      <Orders />
    </RequirePermission>
  );
}

/** Purchase orders, newest first, with their status; filter by status and vendor. */
function Orders() {
  const search = ordersRoute.useSearch();
  const navigate = useNavigate({ from: ordersRoute.fullPath });
  const can = useCan();
  const { cursor, status, vendorId, sort } = search;
  const list = useQuery(ordersQuery({ ...(cursor && { cursor }), ...(status && { status: status as OrderStatus }), ...(vendorId && { vendorId }) }));
  const controls = useListControls(search, (next) => void navigate({ search: next }), list.data?.nextCursor, { clientSort: true });
  const manage = can('purchases.order.manage');
  const onNew = () => void navigate({ to: '/purchases/orders/new' });
  useShortcut('n', () => manage && onNew(), { description: 'New purchase order' });

  const columns: Column<Order>[] = [
    { key: 'number', header: 'Number', cell: (o) => <OrderLink id={o.id}>{o.number}</OrderLink> },
    { key: 'date', header: 'Date', sortable: true, cell: (o) => formatDate(o.date) },
    { key: 'vendor', header: 'Vendor', cell: (o) => <VendorName id={o.vendorId} /> },
    { key: 'expected', header: 'Expected', cell: (o) => (o.expectedDate ? formatDate(o.expectedDate) : '—') },
    { key: 'total', header: 'Total', numeric: true, sortable: true, cell: (o) => <Money amount={o.total} currency={o.currency} testId="order-total" /> },
    { key: 'status', header: 'Status', cell: (o) => <OrderStatusBadge status={o.status} /> },
  ];
  const rows = list.data ? sortRows(list.data.items, sort, { date: (o) => o.date, total: (o) => o.total }, (a, b) => (/^\d{4}-/.test(a) ? a.localeCompare(b) : compareDecimals(a, b))) : undefined;
  const filtered = Boolean(status || vendorId);
  return (
    <Stack gap="md">
      <PageHeader title="Purchase orders" subtitle="What you ordered from vendors; receive goods and enter bills from here.">
        {manage && (
          <Button onClick={onNew} data-testid="new-order">
            New purchase order
          </Button>
        )}
      </PageHeader>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label="Status"
          data={[{ value: '', label: 'Any status' }, ...Object.entries(ORDER_STATUS).map(([value, s]) => ({ value, label: s.label }))]}
          value={status ?? ''}
          onChange={(value) => controls.update({ status: value || undefined })}
          allowDeselect={false}
        />
        <VendorPicker label="Vendor" placeholder="Any vendor" clearable value={vendorId ?? ''} onChange={(id) => controls.update({ vendorId: id || undefined })} />
      </SimpleGrid>
      <ListTable
        caption="Purchase orders"
        testId="orders"
        columns={columns}
        rows={rows}
        rowKey={(o) => o.id}
        sort={sort}
        onSort={controls.setSort}
        loading={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        minWidth={760}
        empty={
          <EmptyState title={filtered ? 'No purchase orders match' : 'No purchase orders yet'} action={!filtered && manage && <Group justify="center"><Button onClick={onNew}>New purchase order</Button></Group>}>
            {filtered ? 'Change the filters.' : 'Order goods or services from a vendor; press n.'}
          </EmptyState>
        }
      />
      <CursorPagination pager={controls.pager} />
    </Stack>
  );
}
