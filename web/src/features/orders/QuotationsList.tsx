import { Anchor, Button, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/Forbidden';
import { CursorPagination, EmptyState, ListTable, sortRows, useListControls, type Column } from '../../lib/list';
import { compareDecimals } from '../../lib/list/decimal';
import { useCan } from '../../lib/permissions';
import { useShortcut } from '../../lib/shortcuts';
import { formatDate } from '../ledger/dates';
import { Money, PageHeader } from '../ledger/shared';
import { QUOTATION_STATUSES, quotationsQuery, type Quotation, type QuotationStatus } from './api';
import { quotationsRoute } from './routes';
import { CustomerPicker, QuotationStatusBadge } from './shared';

export function QuotationsList() {
  return (
    <RequirePermission permission="sales.quotation.read">
      <Quotations />
    </RequirePermission>
  );
}

export function QuotationLink({ quotation }: { quotation: Pick<Quotation, 'id' | 'number' | 'revision'> }) {
  return (
    <Anchor size="sm" data-testid="quotation-link" renderRoot={(props) => <Link {...props} to="/sales/quotations/$quotationId" params={{ quotationId: quotation.id }} />}>
      {quotation.number ?? 'Draft'}
      {quotation.revision > 1 ? ` (rev. ${quotation.revision})` : ''}
    </Anchor>
  );
}

/** Quotations, newest first, with their status; filter by status and customer. */
function Quotations() {
  const search = quotationsRoute.useSearch();
  const navigate = useNavigate({ from: quotationsRoute.fullPath });
  const can = useCan();
  const { cursor, status, customerId } = search;
  const list = useQuery(quotationsQuery({ ...(cursor && { cursor }), ...(status && { status: status as QuotationStatus }), ...(customerId && { customerId }) }));
  const controls = useListControls(search, (next) => void navigate({ search: next }), list.data?.nextCursor, { clientSort: true });
  const manage = can('sales.quotation.manage');
  const onNew = () => void navigate({ to: '/sales/quotations/new', search: customerId ? { customerId } : {} });
  useShortcut('n', () => manage && onNew(), { description: 'New quotation' });

  const columns: Column<Quotation>[] = [
    { key: 'number', header: 'Number', cell: (q) => <QuotationLink quotation={q} /> },
    { key: 'date', header: 'Date', sortable: true, cell: (q) => formatDate(q.date) },
    { key: 'customer', header: 'Customer', cell: (q) => q.customerName },
    { key: 'validUntil', header: 'Valid until', cell: (q) => formatDate(q.validUntil) },
    { key: 'total', header: 'Total', numeric: true, sortable: true, cell: (q) => <Money amount={q.totals.total} currency={q.currency} testId="quotation-total" /> },
    { key: 'status', header: 'Status', cell: (q) => <QuotationStatusBadge status={q.status} /> },
  ];
  const rows = list.data ? sortRows(list.data.items, search.sort, { date: (q) => q.date, total: (q) => q.totals.total }, (a, b) => (/^\d{4}-/.test(a) ? a.localeCompare(b) : compareDecimals(a, b))) : undefined;
  const filtered = Boolean(status || customerId);
  return (
    <Stack gap="md">
      <PageHeader title="Quotations" subtitle="Offers to customers: approved when they give away too much, then sent and turned into orders.">
        {manage && (
          <Button onClick={onNew} data-testid="new-quotation">
            New quotation
          </Button>
        )}
      </PageHeader>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select label="Status" data={[{ value: '', label: 'Any status' }, ...QUOTATION_STATUSES.map((s) => ({ value: s.value, label: s.label }))]} value={status ?? ''} onChange={(v) => controls.update({ status: v || undefined })} allowDeselect={false} />
        <CustomerPicker label="Customer" placeholder="Any customer" clearable value={customerId ?? ''} onChange={(id) => controls.update({ customerId: id || undefined })} />
      </SimpleGrid>
      <ListTable
        caption="Quotations"
        testId="quotations"
        columns={columns}
        rows={rows}
        rowKey={(q) => q.id}
        sort={search.sort}
        onSort={controls.setSort}
        loading={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        minWidth={760}
        empty={
          <EmptyState
            title={filtered ? 'No quotations match' : 'No quotations yet'}
            action={
              !filtered &&
              manage && (
                <Group justify="center">
                  <Button onClick={onNew}>New quotation</Button>
                </Group>
              )
            }
          >
            {filtered ? 'Change the filters.' : 'Offer products and services to a customer; press n.'}
          </EmptyState>
        }
      />
      <CursorPagination pager={controls.pager} />
    </Stack>
  );
}
