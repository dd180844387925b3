import { Anchor, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/Forbidden';
import { CursorPagination, EmptyState, ListTable, useListControls, type Column } from '../../lib/list';
import { formatDate } from '../ledger/dates';
import { Money, PageHeader } from '../ledger/shared';
import { creditNotesQuery, debitNotesQuery, invoiceQuery, type CreditNote, type Invoice } from './api';
import { creditNotesRoute, debitNotesRoute } from './routes';
import { CustomerLink, CustomerName, CustomerPicker, InvoiceLink, InvoiceStatusBadge } from './shared';

export function CreditNotesList() {
  return (
    <RequirePermission permission="sales.invoice.read">
      <CreditNotes />
    </RequirePermission>
  );
}

export function DebitNotesList() {
  return (
    <RequirePermission permission="sales.invoice.read">
      <DebitNotes />
    </RequirePermission>
  );
}

/** The invoice a note belongs to, by number. */
function OriginalInvoice({ id }: { id: string }) {
  const invoice = useQuery(invoiceQuery(id));
  return <InvoiceLink invoice={{ id, number: invoice.data?.number ?? '…' }} testId="note-invoice" />;
}

/** Credit notes, newest first: issued from an invoice's screen (Credit note). */
function CreditNotes() {
  const search = creditNotesRoute.useSearch();
  const navigate = useNavigate({ from: creditNotesRoute.fullPath });
  const { cursor, customerId, from, to } = search;
  const list = useQuery(creditNotesQuery({ ...(cursor && { cursor }), ...(customerId && { customerId }), ...(from && { from }), ...(to && { to }) }));
  const controls = useListControls(search, (next) => void navigate({ search: next }), list.data?.nextCursor);
  const columns: Column<CreditNote>[] = [
    {
      key: 'number',
      header: 'Number',
      cell: (n) => (
        <Anchor size="sm" data-testid="credit-note-link" renderRoot={(props) => <Link {...props} to="/sales/credit-notes/$creditNoteId" params={{ creditNoteId: n.id }} />}>
          {n.number}
        </Anchor>
      ),
    },
    { key: 'date', header: 'Date', cell: (n) => formatDate(n.date) },
    { key: 'customer', header: 'Customer', cell: (n) => <CustomerName id={n.customerId} link /> },
    { key: 'invoice', header: 'Invoice', cell: (n) => <OriginalInvoice id={n.invoiceId} /> },
    { key: 'reason', header: 'Reason', cell: (n) => n.reason ?? '' },
    { key: 'total', header: 'Total', numeric: true, cell: (n) => <Money amount={n.total} currency={n.currency} testId="note-total" /> },
    { key: 'unapplied', header: 'Credit left', numeric: true, cell: (n) => <Money amount={n.unapplied} currency={n.currency} hideZero /> },
  ];
  const filtered = Boolean(customerId || from || to);
  return (
    <Stack gap="md">
      <PageHeader title="Credit notes" subtitle="Corrections that reduce an issued invoice: tax reversed, goods optionally back in stock." />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <CustomerPicker label="Customer" placeholder="Any customer" clearable value={customerId ?? ''} onChange={(id) => controls.update({ customerId: id || undefined })} />
        <TextInput type="date" label="From" value={from ?? ''} onChange={(e) => controls.update({ from: e.currentTarget.value || undefined })} />
        <TextInput type="date" label="To" value={to ?? ''} onChange={(e) => controls.update({ to: e.currentTarget.value || undefined })} />
      </SimpleGrid>
      <ListTable
        caption="Credit notes"
        testId="credit-notes"
        columns={columns}
        rows={list.data?.items}
        rowKey={(n) => n.id}
        loading={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        minWidth={820}
        empty={<EmptyState title={filtered ? 'No credit notes match' : 'No credit notes yet'}>{filtered ? 'Change the filters.' : "Issue one from an invoice's screen (Credit note)."}</EmptyState>}
      />
      <CursorPagination pager={controls.pager} />
    </Stack>
  );
}

/** Debit notes, newest first: issued from an invoice's screen (Debit note), paid like invoices. */
function DebitNotes() {
  const search = debitNotesRoute.useSearch();
  const navigate = useNavigate({ from: debitNotesRoute.fullPath });
  const { cursor, customerId, from, to, status } = search;
  const list = useQuery(
    debitNotesQuery({ ...(cursor && { cursor }), ...(customerId && { customerId }), ...(from && { from }), ...(to && { to }), ...(status && { status: status as 'issued' | 'partly_paid' | 'paid' | 'void' }) }),
  );
  const controls = useListControls(search, (next) => void navigate({ search: next }), list.data?.nextCursor);
  const columns: Column<Invoice>[] = [
    { key: 'number', header: 'Number', cell: (n) => <InvoiceLink invoice={n} /> },
    { key: 'date', header: 'Date', cell: (n) => formatDate(n.date) },
    { key: 'customer', header: 'Customer', cell: (n) => <CustomerLink id={n.customerId} name={n.customerName} /> },
    { key: 'invoice', header: 'Invoice', cell: (n) => (n.originalInvoiceId ? <OriginalInvoice id={n.originalInvoiceId} /> : '') },
    { key: 'status', header: 'Status', cell: (n) => <InvoiceStatusBadge invoice={n} /> },
    { key: 'total', header: 'Total', numeric: true, cell: (n) => <Money amount={n.total} currency={n.currency} testId="note-total" /> },
    { key: 'amountDue', header: 'Due amount', numeric: true, cell: (n) => <Money amount={n.status === 'void' ? '0' : n.amountDue} currency={n.currency} /> },
  ];
  const filtered = Boolean(customerId || from || to || status);
  return (
    <Stack gap="md">
      <PageHeader title="Debit notes" subtitle="Charges added to an issued invoice, numbered and paid like invoices." />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <CustomerPicker label="Customer" placeholder="Any customer" clearable value={customerId ?? ''} onChange={(id) => controls.update({ customerId: id || undefined })} />
        <TextInput type="date" label="From" value={from ?? ''} onChange={(e) => controls.update({ from: e.currentTarget.value || undefined })} />
        <TextInput type="date" label="To" value={to ?? ''} onChange={(e) => controls.update({ to: e.currentTarget.value || undefined })} />
      </SimpleGrid>
      <ListTable
        caption="Debit notes"
        testId="debit-notes"
        columns={columns}
        rows={list.data?.items}
        rowKey={(n) => n.id}
        loading={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        minWidth={820}
        empty={<EmptyState title={filtered ? 'No debit notes match' : 'No debit notes yet'}>{filtered ? 'Change the filters.' : "Issue one from an invoice's screen (Debit note)."}</EmptyState>}
      />
      <CursorPagination pager={controls.pager} />
    </Stack>
  );
}
