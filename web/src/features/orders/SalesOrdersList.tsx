import { Anchor, Select, SimpleGrid, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/Forbidden';
import { CursorPagination, EmptyState, ListTable, sortRows, useListControls, type Column } from '../../lib/list';
import { compareDecimals } from '../../lib/list/decimal';
import { formatDate } from '../ledger/dates';
import { Money, PageHeader } from '../ledger/shared';
import { ordersQuery, type SalesOrder } from './api';
import { ordersRoute } from './routes';
import { CustomerPicker, OrderStatusBadge } from './shared';

export function SalesOrdersList() {
  return (
    <RequirePermission permission="sales.order.read">
      <Orders />
    </RequirePermission>
  );
}

export function OrderLink({ order }: { order: { id: string; number: string | null } }) {
  return (
    <Anchor size="sm" data-testid="order-link" renderRoot={(props) => <Link {...props} to="/sales/orders/$orderId" params={{ orderId: order.id }} />}>
      {order.number ?? 'Draft order'}
    </Anchor>
  );
}

/** Sales orders, newest first, with their fulfilment status. */
function Orders() {
  const search = ordersRoute.useSearch();
  const navigate = useNavigate({ from: ordersRoute.fullPath });
  const { cursor, status, customerId } = search;
  const list = useQuery(ordersQuery({ ...(cursor && { cursor }), ...(status && { status: status as 'draft' | 'confirmed' | 'closed' | 'cancelled' }), ...(customerId && { customerId }) }));
  const controls = useListControls(search, (next) => void navigate({ search: next }), list.data?.nextCursor, { clientSort: true });
  const columns: Column<SalesOrder>[] = [
    { key: 'number', header: 'Number', cell: (o) => <OrderLink order={o} /> },
    { key: 'date', header: 'Date', sortable: true, cell: (o) => formatDate(o.date) },
    { key: 'customer', header: 'Customer', cell: (o) => o.customerName },
    { key: 'total', header: 'Total', numeric: true, sortable: true, cell: (o) => <Money amount={o.totals.total} currency={o.currency} /> },
    { key: 'status', header: 'Status', cell: (o) => <OrderStatusBadge status={o.status} /> },
  ];
  const rows = list.data ? sortRows(list.data.items, search.sort, { date: (o) => o.date, total: (o) => o.totals.total }, (a, b) => (/^\d{4}-/.test(a) ? a.localeCompare(b) : compareDecimals(a, b))) : undefined;
  const filtered = Boolean(status || customerId);
  return (
    <Stack gap="md">
      <PageHeader title="Sales orders" subtitle="Orders from customers: delivered in one or more delivery notes and invoiced." />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label="Status"
          data={[
            { value: '', label: 'Any status' },
            { value: 'draft', label: 'Draft' },
            { value: 'confirmed', label: 'Open (confirmed)' },
            { value: 'closed', label: 'Closed' },
            { value: 'cancelled', label: 'Cancelled' },
          ]}
          value={status ?? ''}
          onChange={(v) => controls.update({ status: v || undefined })}
          allowDeselect={false}
        />
        <CustomerPicker label="Customer" placeholder="Any customer" clearable value={customerId ?? ''} onChange={(id) => controls.update({ customerId: id || undefined })} />
      </SimpleGrid>
      <ListTable
        caption="Sales orders"
        testId="orders"
        columns={columns}
        rows={rows}
        rowKey={(o) => o.id}
        sort={search.sort}
        onSort={controls.setSort}
        loading={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        minWidth={680}
        empty={<EmptyState title={filtered ? 'No orders match' : 'No sales orders yet'}>{filtered ? 'Change the filters.' : 'Convert an approved or accepted quotation into an order.'}</EmptyState>}
      />
      <CursorPagination pager={controls.pager} />
    </Stack>
  );
}
