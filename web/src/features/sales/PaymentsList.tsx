import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/Forbidden';
import { CursorPagination, EmptyState, ListTable, useListControls, type Column } from '../../lib/list';
import { useCan } from '../../lib/permissions';
import { useShortcut } from '../../lib/shortcuts';
import { formatDate } from '../ledger/dates';
import { Money, PageHeader } from '../ledger/shared';
import { modeLabel, paymentsQuery, type Payment } from './api';
import { paymentsRoute } from './routes';
import { CustomerName, CustomerPicker, InvoiceLink, PaymentLink, PaymentStatusBadge } from './shared';

export function PaymentsList() {
  return (
    <RequirePermission permission="sales.payment.read">
      <Payments />
    </RequirePermission>
  );
}

/** Payments received, newest first: what each settled, and what is left as an advance. */
function Payments() {
  const search = paymentsRoute.useSearch();
  const navigate = useNavigate({ from: paymentsRoute.fullPath });
  const can = useCan();
  const { cursor, status, customerId, from, to } = search;
  const list = useQuery(
    paymentsQuery({ ...(cursor && { cursor }), ...(status && { status: status as 'posted' | 'reversed' }), ...(customerId && { customerId }), ...(from && { from }), ...(to && { to }) }),
  );
  const controls = useListControls(search, (next) => void navigate({ search: next }), list.data?.nextCursor);
  const record = can('sales.payment.record');
  const onNew = () => void navigate({ to: '/sales/payments/new', search: customerId ? { customerId } : {} });
  useShortcut('n', () => record && onNew(), { description: 'Receive a payment' });

  const columns: Column<Payment>[] = [
    { key: 'number', header: 'Number', cell: (p) => <PaymentLink payment={p} /> },
    { key: 'date', header: 'Date', cell: (p) => formatDate(p.date) },
    { key: 'customer', header: 'Customer', cell: (p) => <CustomerName id={p.customerId} link /> },
    { key: 'mode', header: 'Mode', cell: (p) => `${modeLabel(p.mode)}${p.reference ? ` · ${p.reference}` : ''}` },
    {
      key: 'invoices',
      header: 'Settles',
      cell: (p) => (
        <Group gap={6} wrap="wrap">
          {p.allocations.filter((a) => a.status === 'active').map((a) => <InvoiceLink key={a.id} invoice={{ id: a.invoiceId, number: a.invoiceNumber }} />)}
          {p.allocations.length === 0 && <Text size="sm">Advance</Text>}
        </Group>
      ),
    },
    { key: 'status', header: 'Status', cell: (p) => <PaymentStatusBadge status={p.status} /> },
    { key: 'amount', header: 'Amount', numeric: true, cell: (p) => <Money amount={p.amount} currency={p.currency} testId="payment-amount" /> },
    { key: 'unapplied', header: 'Advance left', numeric: true, cell: (p) => <Money amount={p.unapplied} currency={p.currency} hideZero /> },
  ];
  const filtered = Boolean(status || customerId || from || to);
  return (
    <Stack gap="md">
      <PageHeader title="Payments received" subtitle="Money customers paid, and the invoices it settled.">
        {record && (
          <Button onClick={onNew} data-testid="new-payment">
            Receive payment
          </Button>
        )}
      </PageHeader>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <CustomerPicker label="Customer" placeholder="Any customer" clearable value={customerId ?? ''} onChange={(id) => controls.update({ customerId: id || undefined })} />
        <Select label="Status" data={[{ value: '', label: 'Any status' }, { value: 'posted', label: 'Posted' }, { value: 'reversed', label: 'Reversed' }]} value={status ?? ''} onChange={(v) => controls.update({ status: v || undefined })} allowDeselect={false} />
        <TextInput type="date" label="From" value={from ?? ''} onChange={(e) => controls.update({ from: e.currentTarget.value || undefined })} />
        <TextInput type="date" label="To" value={to ?? ''} onChange={(e) => controls.update({ to: e.currentTarget.value || undefined })} />
      </SimpleGrid>
      <ListTable
        caption="Payments received"
        testId="payments"
        columns={columns}
        rows={list.data?.items}
        rowKey={(p) => p.id}
        loading={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        minWidth={900}
        empty={
          <EmptyState title={filtered ? 'No payments match' : 'No payments yet'} action={!filtered && record && <Group justify="center"><Button onClick={onNew}>Receive payment</Button></Group>}>
            {filtered ? 'Change the filters.' : 'Record money a customer paid; press n.'}
          </EmptyState>
        }
      />
      <CursorPagination pager={controls.pager} />
    </Stack>
  );
}
