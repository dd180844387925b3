import { Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/Forbidden';
import { CursorPagination, EmptyState, ListTable, sortRows, useListControls, type Column } from '../../lib/list';
import { compareDecimals } from '../../lib/list/decimal';
import { useCan } from '../../lib/permissions';
import { useShortcut } from '../../lib/shortcuts';
import { formatDate } from '../ledger/dates';
import { Money, PageHeader } from '../ledger/shared';
import { BILL_STATUS, billsQuery, type Bill, type BillStatus } from './api';
import { billsRoute } from './routes';
import { BillLink, BillStatusBadge, VendorName, VendorPicker } from './shared';

export function BillsList() {
  return (
    <RequirePermission permission="purchases.bill.read">
      <Bills />
    </RequirePermission>
  );
}

/** Vendor bills, newest first: status (and overdue), what is still due; filter by status and vendor. */
function Bills() {
  const search = billsRoute.useSearch();
  const navigate = useNavigate({ from: billsRoute.fullPath });
  const can = useCan();
  const { cursor, status, vendorId, sort } = search;
  const list = useQuery(billsQuery({ ...(cursor && { cursor }), ...(status && { status: status as BillStatus }), ...(vendorId && { vendorId }) }));
  const controls = useListControls(search, (next) => void navigate({ search: next }), list.data?.nextCursor, { clientSort: true });
  const manage = can('purchases.bill.manage');
  const onNew = () => void navigate({ to: '/purchases/bills/new' });
  useShortcut('n', () => manage && onNew(), { description: 'New expense bill' });

  const columns: Column<Bill>[] = [
    { key: 'number', header: 'Number', cell: (b) => <BillLink id={b.id}>{b.number}</BillLink> },
    { key: 'vendorBill', header: 'Vendor’s number', cell: (b) => b.vendorBillNumber },
    { key: 'vendor', header: 'Vendor', cell: (b) => <VendorName id={b.vendorId} /> },
    { key: 'date', header: 'Date', sortable: true, cell: (b) => formatDate(b.date) },
    { key: 'due', header: 'Due date', sortable: true, cell: (b) => formatDate(b.dueDate) },
    { key: 'total', header: 'Total', numeric: true, sortable: true, cell: (b) => <Money amount={b.total} currency={b.currency} testId="bill-total" /> },
    { key: 'amountDue', header: 'Still due', numeric: true, cell: (b) => (b.status === 'draft' || b.status === 'void' ? '—' : <Money amount={b.amountDue} currency={b.currency} testId="bill-due" />) },
    { key: 'status', header: 'Status', cell: (b) => <BillStatusBadge bill={b} /> },
  ];
  const rows = list.data
    ? sortRows(list.data.items, sort, { date: (b) => b.date, due: (b) => b.dueDate, total: (b) => b.total }, (a, b) => (/^\d{4}-/.test(a) ? a.localeCompare(b) : compareDecimals(a, b)))
    : undefined;
  const filtered = Boolean(status || vendorId);
  return (
    <Stack gap="md">
      <PageHeader title="Bills" subtitle="What vendors billed you: input GST, TDS deducted, and what is still to pay.">
        {manage && (
          <Button onClick={onNew} data-testid="new-expense-bill">
            New expense bill
          </Button>
        )}
      </PageHeader>
      <Text size="sm">Bills for goods start from their purchase order (Create bill).</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label="Status"
          data={[{ value: '', label: 'Any status' }, ...Object.entries(BILL_STATUS).map(([value, s]) => ({ value, label: s.label }))]}
          value={status ?? ''}
          onChange={(value) => controls.update({ status: value || undefined })}
          allowDeselect={false}
        />
        <VendorPicker label="Vendor" placeholder="Any vendor" clearable value={vendorId ?? ''} onChange={(id) => controls.update({ vendorId: id || undefined })} />
      </SimpleGrid>
      <ListTable
        caption="Bills"
        testId="bills"
        columns={columns}
        rows={rows}
        rowKey={(b) => b.id}
        sort={sort}
        onSort={controls.setSort}
        loading={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        minWidth={900}
        empty={
          <EmptyState title={filtered ? 'No bills match' : 'No bills yet'} action={!filtered && manage && <Group justify="center"><Button onClick={onNew}>New expense bill</Button></Group>}>
            {filtered ? 'Change the filters.' : 'Enter a vendor’s bill from its purchase order, or an expense bill; press n.'}
          </EmptyState>
        }
      />
      <CursorPagination pager={controls.pager} />
    </Stack>
  );
}
