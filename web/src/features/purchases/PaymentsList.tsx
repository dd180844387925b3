import { Alert, Button, Group, Stack } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { api, unwrap } from '../../api/client';
import { useConfirm } from '../../lib/confirm';
import { errorText, RequirePermission } from '../../lib/Forbidden';
import { CursorPagination, EmptyState, ListTable, useListControls, type Column } from '../../lib/list';
import { compareDecimals } from '../../lib/list/decimal';
import { formatMoney } from '../../lib/money';
import { useCan } from '../../lib/permissions';
import { useShortcut } from '../../lib/shortcuts';
import { formatDate, today } from '../ledger/dates';
import { accountLabel, Money, PageHeader, useAccounts } from '../ledger/shared';
import { invalidatePurchases, paymentsQuery, type Payment } from './api';
import { paymentsRoute } from './routes';
import { BillRef, PaymentStatusBadge, VendorName, VendorPicker } from './shared';

export function PaymentsList() {
  return (
    <RequirePermission permission="purchases.payment.read">
      <Payments />
    </RequirePermission>
  );
}

/** Payments to vendors, newest first, with the bills each settled; a payment can be reversed. */
function Payments() {
  const search = paymentsRoute.useSearch();
  const navigate = useNavigate({ from: paymentsRoute.fullPath });
  const can = useCan();
  const confirm = useConfirm();
  const queryClient = useQueryClient();
  const accounts = useAccounts();
  const { cursor, vendorId } = search;
  const list = useQuery(paymentsQuery({ ...(cursor && { cursor }), ...(vendorId && { vendorId }) }));
  const controls = useListControls(search, (next) => void navigate({ search: next }), list.data?.nextCursor);
  const record = can('purchases.payment.record');
  const onNew = () => void navigate({ to: '/purchases/payments/new', search: vendorId ? { vendorId } : {} });
  useShortcut('n', () => record && onNew(), { description: 'Pay bills' });
  const reverse = useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/api/v1/vendor-payments/{id}/reverse', { params: { path: { id } }, body: { date: today() } })),
    onSettled: () => invalidatePurchases(queryClient),
  });

  async function onReverse(p: Payment) {
    const ok = await confirm({
      title: 'Reverse payment',
      message: `Reverse ${p.number} of ${formatMoney(p.amount, p.currency)}? Its entry is reversed today and the bills it paid are due again.`,
      confirmLabel: 'Reverse payment',
      destructive: true,
    });
    if (ok) reverse.mutate(p.id);
  }

  const columns: Column<Payment>[] = [
    { key: 'number', header: 'Number', cell: (p) => p.number },
    { key: 'date', header: 'Date', cell: (p) => formatDate(p.date) },
    { key: 'vendor', header: 'Vendor', cell: (p) => <VendorName id={p.vendorId} /> },
    { key: 'bank', header: 'Paid from', cell: (p) => accountLabel(accounts.byId.get(p.bankAccountId)) },
    {
      key: 'bills',
      header: 'Bills',
      cell: (p) => (
        <Stack gap={0}>
          {p.allocations.map((a) => (
            <span key={a.billId}>
              <BillRef id={a.billId} /> {formatMoney(a.amount, p.currency)}
            </span>
          ))}
          {compareDecimals(p.unapplied, '0') > 0 && <span>Advance {formatMoney(p.unapplied, p.currency)}</span>}
        </Stack>
      ),
    },
    { key: 'amount', header: 'Amount', numeric: true, cell: (p) => <Money amount={p.amount} currency={p.currency} testId="payment-amount" /> },
    { key: 'status', header: 'Status', cell: (p) => <PaymentStatusBadge status={p.status} /> },
    {
      key: 'action',
      header: 'Action',
      cell: (p) =>
        p.status === 'posted' && can('purchases.payment.reverse') ? (
          <Button size="xs" variant="default" color="red" onClick={() => void onReverse(p)} loading={reverse.isPending && reverse.variables === p.id} data-testid="reverse-payment">
            Reverse
          </Button>
        ) : (
          ''
        ),
    },
  ];
  return (
    <Stack gap="md">
      <PageHeader title="Vendor payments" subtitle="Money paid to vendors, against their bills or as an advance.">
        {record && (
          <Button onClick={onNew} data-testid="pay-bills">
            Pay bills
          </Button>
        )}
      </PageHeader>
      <VendorPicker label="Vendor" placeholder="Any vendor" clearable value={vendorId ?? ''} onChange={(id) => controls.update({ vendorId: id || undefined })} w={{ base: '100%', sm: 360 }} />
      {reverse.error && (
        <Alert color="red" role="alert" title="Could not reverse the payment">
          {errorText(reverse.error)}
        </Alert>
      )}
      <ListTable
        caption="Vendor payments"
        testId="payments"
        columns={columns}
        rows={list.data?.items}
        rowKey={(p) => p.id}
        loading={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        minWidth={960}
        empty={
          <EmptyState title={vendorId ? 'No payments to this vendor' : 'No vendor payments yet'} action={record && <Group justify="center"><Button onClick={onNew}>Pay bills</Button></Group>}>
            Pay one or more posted bills of a vendor from a bank or cash account; press n.
          </EmptyState>
        }
      />
      <CursorPagination pager={controls.pager} />
    </Stack>
  );
}
