import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/Forbidden';
import { CursorPagination, EmptyState, ListTable, useListControls, type Column } from '../../lib/list';
import { useStores } from '../inventory/shared';
import { formatDate } from '../ledger/dates';
import { Money, PageHeader } from '../ledger/shared';
import { receiptsQuery, type Receipt } from './api';
import { receiptsRoute } from './routes';
import { OrderRef, ReceiptLink, VendorName, VendorPicker } from './shared';

export function ReceiptsList() {
  return (
    <RequirePermission permission="purchases.receipt.read">
      <Receipts />
    </RequirePermission>
  );
}

/** Goods received against purchase orders, newest first. Receive goods from a purchase order. */
function Receipts() {
  const search = receiptsRoute.useSearch();
  const navigate = useNavigate({ from: receiptsRoute.fullPath });
  const stores = useStores();
  const { cursor, vendorId, orderId } = search;
  const list = useQuery(receiptsQuery({ ...(cursor && { cursor }), ...(vendorId && { vendorId }), ...(orderId && { orderId }) }));
  const controls = useListControls(search, (next) => void navigate({ search: next }), list.data?.nextCursor);
  const columns: Column<Receipt>[] = [
    { key: 'number', header: 'Number', cell: (r) => <ReceiptLink id={r.id}>{r.number}</ReceiptLink> },
    { key: 'date', header: 'Date', cell: (r) => formatDate(r.date) },
    { key: 'vendor', header: 'Vendor', cell: (r) => <VendorName id={r.vendorId} /> },
    { key: 'order', header: 'Purchase order', cell: (r) => <OrderRef id={r.orderId} /> },
    { key: 'store', header: 'Store', cell: (r) => stores.nameOf(r.storeId) },
    { key: 'value', header: 'Value', numeric: true, cell: (r) => <Money amount={r.value} currency={r.currency} testId="receipt-value" /> },
  ];
  const filtered = Boolean(vendorId || orderId);
  return (
    <Stack gap="md">
      <PageHeader title="Goods receipts" subtitle="Goods received against purchase orders: stock in at the order price, billed later." />
      <VendorPicker label="Vendor" placeholder="Any vendor" clearable value={vendorId ?? ''} onChange={(id) => controls.update({ vendorId: id || undefined })} w={{ base: '100%', sm: 360 }} />
      <ListTable
        caption="Goods receipts"
        testId="receipts"
        columns={columns}
        rows={list.data?.items}
        rowKey={(r) => r.id}
        loading={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        minWidth={760}
        empty={<EmptyState title={filtered ? 'No goods receipts match' : 'No goods received yet'}>{filtered ? 'Change the filters.' : 'Open a confirmed purchase order and choose Receive goods.'}</EmptyState>}
      />
      <CursorPagination pager={controls.pager} />
    </Stack>
  );
}
