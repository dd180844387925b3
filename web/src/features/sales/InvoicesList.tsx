import { Button, Checkbox, Group, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { RequirePermission } from '../../lib/Forbidden';
import { CursorPagination, EmptyState, ListTable, SearchBox, sortRows, useListControls, type Column } from '../../lib/list';
import { compareDecimals, sumAmounts } from '../../lib/list/decimal';
import { useCan } from '../../lib/permissions';
import { useShortcut } from '../../lib/shortcuts';
import { formatDate } from '../ledger/dates';
import { Money, PageHeader } from '../ledger/shared';
import { invoicesQuery, type Invoice, type InvoiceStatus } from './api';
import { invoicesRoute } from './routes';
import { CustomerLink, CustomerPicker, InvoiceLink, InvoiceStatusBadge } from './shared';

export function InvoicesList() {
  return (
    <RequirePermission permission="sales.invoice.read">
      <Invoices />
    </RequirePermission>
  );
}

const STATUS_OPTIONS = [
  { value: '', label: 'Any status' },
  { value: 'draft', label: 'Draft' },
  { value: 'issued', label: 'Issued' },
  { value: 'partly_paid', label: 'Partly paid' },
  { value: 'paid', label: 'Paid' },
  { value: 'void', label: 'Void' },
];

/** Invoices, newest first: status, customer, dates, overdue, search by number; totals of the page. */
function Invoices() {
  const search = invoicesRoute.useSearch();
  const navigate = useNavigate({ from: invoicesRoute.fullPath });
  const can = useCan();
  const { cursor, status, customerId, from, to, overdue, q, sort } = search;
  const list = useQuery(
    invoicesQuery({
      ...(cursor && { cursor }),
      ...(status && { status: status as InvoiceStatus }),
      ...(customerId && { customerId }),
      ...(from && { from }),
      ...(to && { to }),
      ...(overdue && { overdue: 'true' as const }),
      ...(q && { q }),
    }),
  );
  const controls = useListControls(search, (next) => void navigate({ search: next }), list.data?.nextCursor, { clientSort: true });
  const create = can('sales.invoice.create');
  const onNew = () => void navigate({ to: '/sales/invoices/new' });
  useShortcut('n', () => create && onNew(), { description: 'New invoice' });

  const rows = useMemo(
    () => sortRows(list.data?.items ?? [], sort, { date: (i) => i.date, dueDate: (i) => i.dueDate, total: (i) => i.total, amountDue: (i) => i.amountDue }, (a, b) => (/^\d{4}-\d{2}-\d{2}$/.test(a) ? a.localeCompare(b) : compareDecimals(a, b))),
    [list.data, sort],
  );
  const currencies = new Set(rows.map((i) => i.currency));
  const currency = currencies.size === 1 ? [...currencies][0]! : null;
  const counted = rows.filter((i) => i.status !== 'void' && i.status !== 'draft');

  const columns: Column<Invoice>[] = [
    { key: 'number', header: 'Number', cell: (i) => <InvoiceLink invoice={i} /> },
    { key: 'date', header: 'Date', sortable: true, cell: (i) => formatDate(i.date) },
    { key: 'customer', header: 'Customer', cell: (i) => <CustomerLink id={i.customerId} name={i.customerName} /> },
    { key: 'dueDate', header: 'Due', sortable: true, cell: (i) => formatDate(i.dueDate) },
    { key: 'status', header: 'Status', cell: (i) => <InvoiceStatusBadge invoice={i} /> },
    { key: 'total', header: 'Total', numeric: true, sortable: true, cell: (i) => <Money amount={i.total} currency={i.currency} testId="invoice-total" /> },
    { key: 'amountDue', header: 'Due amount', numeric: true, sortable: true, cell: (i) => <Money amount={i.status === 'void' || i.status === 'draft' ? '0' : i.amountDue} currency={i.currency} testId="invoice-due" /> },
  ];
  const filtered = Boolean(status || customerId || from || to || overdue || q);
  return (
    <Stack gap="md">
      <PageHeader title="Invoices" subtitle="Drafts, issued and paid invoices, newest first.">
        {can('sales.payment.record') && (
          <Button variant="default" onClick={() => void navigate({ to: '/sales/payments/new' })}>
            Receive payment
          </Button>
        )}
        {create && (
          <Button onClick={onNew} data-testid="new-invoice">
            New invoice
          </Button>
        )}
      </PageHeader>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        <SearchBox value={q} onSearch={(value) => controls.update({ q: value })} label="Invoice number" placeholder="Part of the number (press /)" />
        <Select label="Status" data={STATUS_OPTIONS} value={status ?? ''} onChange={(value) => controls.update({ status: value || undefined })} allowDeselect={false} />
        <CustomerPicker label="Customer" placeholder="Any customer" clearable value={customerId ?? ''} onChange={(id) => controls.update({ customerId: id || undefined })} />
        <TextInput type="date" label="Dated from" value={from ?? ''} onChange={(e) => controls.update({ from: e.currentTarget.value || undefined })} />
        <TextInput type="date" label="Dated to" value={to ?? ''} onChange={(e) => controls.update({ to: e.currentTarget.value || undefined })} />
        <Checkbox mt={{ base: 0, sm: 'xl' }} label="Overdue only" checked={overdue === 'true'} onChange={(e) => controls.update({ overdue: e.currentTarget.checked ? 'true' : undefined })} data-testid="overdue-only" />
      </SimpleGrid>
      <ListTable
        caption="Invoices"
        testId="invoices"
        columns={columns}
        rows={list.data ? rows : undefined}
        rowKey={(i) => i.id}
        sort={sort}
        onSort={controls.setSort}
        loading={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        minWidth={820}
        footer={
          currency && counted.length > 0 ? (
            <Table.Tr>
              <Table.Th colSpan={5}>Total of this page (issued, without drafts and void)</Table.Th>
              <Table.Th ta="right">
                <Money amount={sumAmounts(counted.map((i) => i.total), currency)} currency={currency} testId="page-total" />
              </Table.Th>
              <Table.Th ta="right">
                <Money amount={sumAmounts(counted.map((i) => i.amountDue), currency)} currency={currency} testId="page-due" />
              </Table.Th>
            </Table.Tr>
          ) : undefined
        }
        empty={
          <EmptyState
            title={filtered ? 'No invoices match' : 'No invoices yet'}
            action={
              !filtered &&
              create && (
                <Group justify="center">
                  <Button onClick={onNew}>New invoice</Button>
                </Group>
              )
            }
          >
            {filtered ? 'Change the filters or the search.' : 'Bill a customer for goods and services; press n.'}
          </EmptyState>
        }
      />
      {currencies.size > 1 && <Text size="sm">This page has invoices in several currencies: no page total.</Text>}
      <CursorPagination pager={controls.pager} />
    </Stack>
  );
}
