import { Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/Forbidden';
import { CursorPagination, EmptyState, ListTable, useListControls, type Column } from '../../lib/list';
import { formatDate } from '../ledger/dates';
import { PageHeader } from '../ledger/shared';
import { deliveriesQuery, type DeliveryNote } from './api';
import { deliveriesRoute } from './routes';
import { OrderLink } from './SalesOrdersList';
import { CustomerPicker } from './shared';

export function DeliveryNotesList() {
  return (
    <RequirePermission permission="sales.delivery.read">
      <Deliveries />
    </RequirePermission>
  );
}

/** Delivery notes (challans), newest first; filter by customer. */
function Deliveries() {
  const search = deliveriesRoute.useSearch();
  const navigate = useNavigate({ from: deliveriesRoute.fullPath });
  const { cursor, customerId, salesOrderId } = search;
  const list = useQuery(deliveriesQuery({ ...(cursor && { cursor }), ...(customerId && { customerId }), ...(salesOrderId && { salesOrderId }) }));
  const controls = useListControls(search, (next) => void navigate({ search: next }), list.data?.nextCursor);
  const columns: Column<DeliveryNote>[] = [
    {
      key: 'number',
      header: 'Number',
      cell: (d) => (
        <Anchor size="sm" data-testid="delivery-link" renderRoot={(props) => <Link {...props} to="/sales/deliveries/$deliveryId" params={{ deliveryId: d.id }} />}>
          {d.number}
        </Anchor>
      ),
    },
    { key: 'date', header: 'Date', cell: (d) => formatDate(d.date) },
    { key: 'customer', header: 'Customer', cell: (d) => d.customerName },
    { key: 'order', header: 'Order', cell: (d) => <OrderLink order={{ id: d.salesOrderId, number: d.salesOrderNumber }} /> },
    {
      key: 'goods',
      header: 'Goods',
      cell: (d) => (
        <Stack gap={0}>
          {d.lines.map((l) => (
            <Text size="sm" key={l.id}>
              {l.quantity} × {l.description}
              {l.returned !== '0' && !/^0*(\.0*)?$/.test(l.returned) ? ` (${l.returned} returned)` : ''}
            </Text>
          ))}
        </Stack>
      ),
    },
  ];
  const filtered = Boolean(customerId || salesOrderId);
  return (
    <Stack gap="md">
      <PageHeader title="Delivery notes" subtitle="Goods sent to customers against their orders; stock leaves at cost." />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <CustomerPicker label="Customer" placeholder="Any customer" clearable value={customerId ?? ''} onChange={(id) => controls.update({ customerId: id || undefined })} />
      </SimpleGrid>
      <ListTable
        caption="Delivery notes"
        testId="deliveries"
        columns={columns}
        rows={list.data?.items}
        rowKey={(d) => d.id}
        loading={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        minWidth={680}
        empty={<EmptyState title={filtered ? 'No delivery notes match' : 'No delivery notes yet'}>{filtered ? 'Change the filters.' : 'Deliver a confirmed sales order from its screen.'}</EmptyState>}
      />
      <CursorPagination pager={controls.pager} />
    </Stack>
  );
}
