import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/Forbidden';
import { CursorPagination, EmptyState, ListTable, useListControls, type Column } from '../../lib/list';
import { compareDecimals } from '../../lib/list/decimal';
import { formatDate } from '../ledger/dates';
import { Money, PageHeader } from '../ledger/shared';
import { debitNotesQuery, type DebitNote } from './api';
import { debitNotesRoute } from './routes';
import { BillRef, VendorName, VendorPicker } from './shared';

export function DebitNotesList() {
  return (
    <RequirePermission permission="purchases.bill.read">
      <Notes />
    </RequirePermission>
  );
}

/** Debit notes to vendors (goods returned, price reductions), newest first. Issue one from a posted bill. */
function Notes() {
  const search = debitNotesRoute.useSearch();
  const navigate = useNavigate({ from: debitNotesRoute.fullPath });
  const { cursor, vendorId, billId } = search;
  const list = useQuery(debitNotesQuery({ ...(cursor && { cursor }), ...(vendorId && { vendorId }), ...(billId && { billId }) }));
  const controls = useListControls(search, (next) => void navigate({ search: next }), list.data?.nextCursor);
  const columns: Column<DebitNote>[] = [
    { key: 'number', header: 'Number', cell: (n) => n.number },
    { key: 'date', header: 'Date', cell: (n) => formatDate(n.date) },
    { key: 'vendor', header: 'Vendor', cell: (n) => <VendorName id={n.vendorId} /> },
    { key: 'bill', header: 'Bill', cell: (n) => <BillRef id={n.billId} /> },
    { key: 'reason', header: 'Reason', cell: (n) => n.reason },
    { key: 'returned', header: 'Goods returned (cost)', numeric: true, cell: (n) => (compareDecimals(n.returnValue, '0') > 0 ? <Money amount={n.returnValue} currency={n.currency} /> : '—') },
    { key: 'total', header: 'Total', numeric: true, cell: (n) => <Money amount={n.total} currency={n.currency} testId="note-total" /> },
  ];
  const filtered = Boolean(vendorId || billId);
  return (
    <Stack gap="md">
      <PageHeader title="Vendor debit notes" subtitle="Goods sent back and price reductions on posted bills; input tax reversed." />
      <VendorPicker label="Vendor" placeholder="Any vendor" clearable value={vendorId ?? ''} onChange={(id) => controls.update({ vendorId: id || undefined })} w={{ base: '100%', sm: 360 }} />
      <ListTable
        caption="Vendor debit notes"
        testId="debit-notes"
        columns={columns}
        rows={list.data?.items}
        rowKey={(n) => n.id}
        loading={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        minWidth={880}
        empty={<EmptyState title={filtered ? 'No debit notes match' : 'No debit notes yet'}>{filtered ? 'Change the filters.' : 'Open a posted bill and choose Debit note to return goods or take a price reduction.'}</EmptyState>}
      />
      <CursorPagination pager={controls.pager} />
    </Stack>
  );
}
