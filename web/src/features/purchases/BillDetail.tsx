import { Alert, Button, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { api, unwrap } from '../../api/client';
import { useConfirm } from '../../lib/confirm';
import { errorText, QueryState, RequirePermission } from '../../lib/Forbidden';
import { EmptyState, type Column } from '../../lib/list';
import { compareDecimals } from '../../lib/list/decimal';
import { formatMoney } from '../../lib/money';
import { useCan } from '../../lib/permissions';
import { Qty } from '../inventory/shared';
import { formatDate } from '../ledger/dates';
import { Money, PageHeader } from '../ledger/shared';
import { billQuery, debitNotesQuery, ifMatch, invalidatePurchases, orderQuery, paymentsQuery, type Bill, type BillLine, type DebitNote, type Payment } from './api';
import { billRoute } from './routes';
import { BillStatusBadge, Fact, LinesTable, OrderLink, PaymentStatusBadge, PostedEntryLink, TotalsTable, VendorName } from './shared';

export function BillDetail() {
  return (
    <RequirePermission permission="purchases.bill.read">
      <Detail />
    </RequirePermission>
  );
}

const SUPPLY: Record<string, string> = { intra_state: 'Intra-state (CGST + SGST)', inter_state: 'Inter-state (IGST)' };
const nonZero = (s: string | null | undefined) => (s && compareDecimals(s, '0') !== 0 ? s : null);

/** One vendor bill: lines and taxes, TDS and the net payable, its payments and debit notes; post, void, pay. */
function Detail() {
  const { billId } = billRoute.useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const confirm = useConfirm();
  const can = useCan();
  const bill = useQuery(billQuery(billId));
  const b0 = bill.data;
  const order = useQuery({ ...orderQuery(b0?.orderId ?? ''), enabled: Boolean(b0?.orderId) && can('purchases.order.read') });
  const payments = useQuery({ ...paymentsQuery({ vendorId: b0?.vendorId ?? '', limit: 100 }), enabled: Boolean(b0) && b0?.status !== 'draft' && can('purchases.payment.read') });
  const notes = useQuery({ ...debitNotesQuery({ billId }), enabled: Boolean(b0) && b0?.status !== 'draft' });

  const action = useMutation({
    mutationFn: async ({ kind, b }: { kind: 'post' | 'void'; b: Bill }) =>
      kind === 'post'
        ? unwrap(await api.POST('/api/v1/bills/{id}/post', { params: { path: { id: b.id } }, headers: ifMatch(b.version) }))
        : unwrap(await api.POST('/api/v1/bills/{id}/void', { params: { path: { id: b.id } }, headers: ifMatch(b.version), body: {} })),
    onSettled: () => invalidatePurchases(queryClient),
  });

  if (!b0) return <QueryState error={bill.error} isPending={bill.isPending} what="the bill" />;
  const b = b0;
  const manage = can('purchases.bill.manage');
  const billPayments = (payments.data?.items ?? []).filter((p) => p.allocations.some((a) => a.billId === b.id));
  const m = (amount: string) => formatMoney(amount, b.currency);

  async function onPost() {
    const ok = await confirm({
      title: 'Post bill',
      message: `Post ${b.number} for ${m(b.total)}${b.tds ? `, deducting TDS under section ${b.tds.section}` : ''}? It goes to the books and can no longer be edited; corrections are debit notes or a void.`,
      confirmLabel: 'Post bill',
    });
    if (ok) action.mutate({ kind: 'post', b });
  }
  async function onVoid() {
    const ok = await confirm({
      title: 'Void bill',
      message: b.status === 'draft' ? `Void the draft ${b.number}?` : `Void ${b.number}? Every posting is reversed and its goods can be billed again.`,
      confirmLabel: 'Void bill',
      destructive: true,
    });
    if (ok) action.mutate({ kind: 'void', b });
  }

  const lineColumns: Column<BillLine>[] = [
    { key: 'no', header: '#', cell: (l) => l.lineNo },
    { key: 'description', header: 'Description', cell: (l) => <>{l.description}{l.hsn && <Text size="xs">HSN/SAC {l.hsn}</Text>}</> },
    { key: 'quantity', header: 'Quantity', numeric: true, cell: (l) => <Qty value={l.quantity} /> },
    { key: 'price', header: 'Unit price', numeric: true, cell: (l) => <Money amount={l.unitPrice} currency={b.currency} /> },
    { key: 'taxable', header: 'Taxable value', numeric: true, cell: (l) => <Money amount={l.taxableValue} currency={b.currency} /> },
    { key: 'rate', header: 'GST', numeric: true, cell: (l) => `${l.gstRate.replace(/\.0+$/, '')}%` },
    { key: 'total', header: 'Total', numeric: true, cell: (l) => <Money amount={l.total} currency={b.currency} /> },
  ];
  const paymentColumns: Column<Payment>[] = [
    { key: 'number', header: 'Payment', cell: (p) => p.number },
    { key: 'date', header: 'Date', cell: (p) => formatDate(p.date) },
    { key: 'amount', header: 'Applied to this bill', numeric: true, cell: (p) => <Money amount={p.allocations.find((a) => a.billId === b.id)?.amount} currency={p.currency} testId="payment-applied" /> },
    { key: 'status', header: 'Status', cell: (p) => <PaymentStatusBadge status={p.status} /> },
  ];
  const noteColumns: Column<DebitNote>[] = [
    { key: 'number', header: 'Debit note', cell: (n) => n.number },
    { key: 'date', header: 'Date', cell: (n) => formatDate(n.date) },
    { key: 'reason', header: 'Reason', cell: (n) => n.reason },
    { key: 'total', header: 'Total', numeric: true, cell: (n) => <Money amount={n.total} currency={n.currency} /> },
  ];
  const open = b.status === 'posted' || b.status === 'partly_paid';
  return (
    <Stack gap="md">
      <PageHeader title={`Bill ${b.number}`} subtitle={<BillStatusBadge bill={b} />}>
        {manage && b.status === 'draft' && (
          <>
            <Button variant="default" onClick={() => void navigate({ to: '/purchases/bills/$billId/edit', params: { billId: b.id } })} data-testid="edit-bill">
              Edit
            </Button>
            <Button onClick={() => void onPost()} loading={action.isPending && action.variables?.kind === 'post'} data-testid="post-bill">
              Post
            </Button>
          </>
        )}
        {open && can('purchases.payment.record') && (
          <Button onClick={() => void navigate({ to: '/purchases/payments/new', search: { vendorId: b.vendorId, billId: b.id } })} data-testid="pay-bill">
            Pay
          </Button>
        )}
        {manage && b.status !== 'draft' && b.status !== 'void' && (
          <Button variant="default" onClick={() => void navigate({ to: '/purchases/debit-notes/new', search: { billId: b.id } })} data-testid="new-debit-note">
            Debit note
          </Button>
        )}
        {manage && (b.status === 'draft' || (b.status === 'posted' && compareDecimals(b.amountPaid, '0') === 0 && compareDecimals(b.amountDebited, '0') === 0)) && (
          <Button variant="default" color="red" onClick={() => void onVoid()} loading={action.isPending && action.variables?.kind === 'void'} data-testid="void-bill">
            Void
          </Button>
        )}
      </PageHeader>
      {action.error && (
        <Alert color="red" role="alert" title="That did not work">
          {errorText(action.error)}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" component="dl" m={0}>
        <Fact label="Vendor">
          <VendorName id={b.vendorId} />
        </Fact>
        <Fact label="Vendor’s bill">
          {b.vendorBillNumber} of {formatDate(b.vendorBillDate)}
        </Fact>
        <Fact label="Due" testId="bill-due-date">
          {formatDate(b.dueDate)}
        </Fact>
        <Fact label="Purchase order">{b.orderId ? <OrderLink id={b.orderId}>{order.data?.number ?? 'Order'}</OrderLink> : 'Expense bill'}</Fact>
      </SimpleGrid>
      {b.supplyType && (
        <Text size="sm">
          {SUPPLY[b.supplyType] ?? b.supplyType}
          {b.reverseCharge ? ' · reverse charge: you pay the GST' : ''}
          {b.entryId && (
            <>
              {' · '}
              <PostedEntryLink entryId={b.entryId} />
            </>
          )}
        </Text>
      )}
      <LinesTable caption="Bill lines" testId="bill-lines" columns={lineColumns} rows={b.lines} rowKey={(l) => l.id} minWidth={760} />
      <TotalsTable
        caption="Bill totals"
        currency={b.currency}
        rows={[
          { label: 'Taxable value', amount: b.subtotal, testId: 'bill-subtotal' },
          { label: 'Input CGST', amount: nonZero(b.cgst), testId: 'bill-cgst' },
          { label: 'Input SGST', amount: nonZero(b.sgst), testId: 'bill-sgst' },
          { label: 'Input IGST', amount: nonZero(b.igst), testId: 'bill-igst' },
          { label: 'Cess', amount: nonZero(b.cess), testId: 'bill-cess' },
          { label: 'Bill total', amount: b.total, testId: 'bill-total', strong: true },
          ...(b.tds && b.status !== 'draft' ? [{ label: `TDS u/s ${b.tds.section}`, amount: `-${b.tds.amount}`, testId: 'bill-tds' }] : []),
          ...(b.status !== 'draft' ? [{ label: 'Net payable', amount: b.payable, testId: 'bill-payable', strong: true }] : []),
          { label: 'Paid', amount: nonZero(b.amountPaid), testId: 'bill-paid' },
          { label: 'Debit notes', amount: nonZero(b.amountDebited), testId: 'bill-debited' },
          ...(b.status !== 'draft' && b.status !== 'void' ? [{ label: 'Still due', amount: b.amountDue, testId: 'bill-due', strong: true }] : []),
        ]}
      />
      {b.tds && b.status === 'draft' && (
        <Text size="sm" data-testid="tds-on-post">
          TDS under section {b.tds.section} is deducted when the bill is posted (the year’s thresholds and the vendor’s PAN decide the amount).
        </Text>
      )}
      {b.notes && <Text size="sm">{b.notes}</Text>}
      {b.status !== 'draft' && (
        <>
          <Title order={2} size="h4">
            Payments
          </Title>
          {payments.data ? (
            <LinesTable caption="Payments of this bill" testId="bill-payments" columns={paymentColumns} rows={billPayments} rowKey={(p) => p.id} minWidth={520} empty={<EmptyState title="No payments yet" testId="no-payments" />} />
          ) : (
            <QueryState error={payments.error} isPending={payments.isPending && payments.fetchStatus !== 'idle'} what="the payments" />
          )}
          <Title order={2} size="h4">
            Debit notes
          </Title>
          {notes.data ? (
            <LinesTable caption="Debit notes on this bill" testId="bill-debit-notes" columns={noteColumns} rows={notes.data.items} rowKey={(n) => n.id} minWidth={520} empty={<EmptyState title="No debit notes" testId="no-debit-notes" />} />
          ) : (
            <QueryState error={notes.error} isPending={notes.isPending && notes.fetchStatus !== 'idle'} what="the debit notes" />
          )}
        </>
      )}
    </Stack>
  );
}
