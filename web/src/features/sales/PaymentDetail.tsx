import { Alert, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { MoneyInput } from '../../lib/money-input';
import { useSubmit } from '../../lib/use-submit';
import { api, unwrap } from '../../api/client';
import { useConfirm } from '../../lib/confirm';
import { errorText, QueryState, RequirePermission } from '../../lib/Forbidden';
import { useCan } from '../../lib/permissions';
import { formatDate } from '../ledger/dates';
import { accountLabel, EntryLink, Money, PageHeader, useAccounts } from '../ledger/shared';
import { ifMatch, invalidateSales, modeLabel, openInvoicesQuery, paymentQuery, type Payment } from './api';
import { paymentRoute } from './routes';
import { CustomerName, InvoiceLink, PaymentStatusBadge } from './shared';

export function PaymentDetail() {
  return (
    <RequirePermission permission="sales.payment.read">
      <Detail />
    </RequirePermission>
  );
}

function Detail() {
  const { paymentId } = paymentRoute.useParams();
  const payment = useQuery(paymentQuery(paymentId));
  if (!payment.data) return <QueryState error={payment.error} isPending={payment.isPending} what="the payment" />;
  return <PaymentScreen payment={payment.data} />;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <SimpleGrid cols={2} spacing="xs">
      <Text size="sm">{label}</Text>
      <Text size="sm" ta="right" component="div">
        {children}
      </Text>
    </SimpleGrid>
  );
}

/** One payment: amounts, the deposit account, each allocation (and write-off), reversal. */
function PaymentScreen({ payment }: { payment: Payment }) {
  const can = useCan();
  const confirm = useConfirm();
  const queryClient = useQueryClient();
  const accounts = useAccounts();
  const c = payment.currency;
  const reverse = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/payments/{id}/reverse', { params: { path: { id: payment.id } }, headers: ifMatch(payment.version), body: {} })),
    onSuccess: async (next) => {
      queryClient.setQueryData(paymentQuery(payment.id).queryKey, next);
      await invalidateSales(queryClient);
    },
  });
  async function onReverse() {
    const ok = await confirm({
      title: 'Reverse payment',
      message: `Reverse ${payment.number}? Its ledger entries are reversed and the invoices it settled are due again. Use this for a bounced cheque or a payment booked to the wrong customer.`,
      confirmLabel: 'Reverse payment',
      destructive: true,
    });
    if (ok) reverse.mutate();
  }
  const m = (amount: string, testId?: string) => <Money amount={amount} currency={c} testId={testId} />;
  return (
    <Stack gap="md">
      <PageHeader title={`Payment ${payment.number}`} subtitle={<CustomerName id={payment.customerId} link />}>
        <PaymentStatusBadge status={payment.status} />
        {payment.status === 'posted' && can('sales.payment.reverse') && (
          <Button variant="default" color="red" onClick={() => void onReverse()} loading={reverse.isPending} data-testid="reverse-payment">
            Reverse
          </Button>
        )}
      </PageHeader>
      {reverse.error && (
        <Alert color="red" role="alert" title="Could not reverse the payment">
          {errorText(reverse.error)}
        </Alert>
      )}
      {payment.reversal && (
        <Alert color="orange" title="Reversed" data-testid="payment-reversed">
          Reversed on {formatDate(payment.reversal.date)}
          {payment.reversal.reason ? `: ${payment.reversal.reason}` : ''}.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md">
          <Stack gap={4}>
            <Row label="Date">{formatDate(payment.date)}</Row>
            <Row label="Mode">{modeLabel(payment.mode)}</Row>
            {payment.reference && <Row label="Reference">{payment.reference}</Row>}
            <Row label="Deposited to">{accounts.data ? accountLabel(accounts.byId.get(payment.depositAccountId)) : '…'}</Row>
            {payment.memo && <Row label="Memo">{payment.memo}</Row>}
            {payment.currency !== payment.baseCurrency && <Row label="Exchange rate">{`1 ${payment.currency} = ${payment.exchangeRate} ${payment.baseCurrency}`}</Row>}
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Stack gap={4}>
            <Row label="Amount">{m(payment.amount, 'payment-total')}</Row>
            {!/^0+(\.0+)?$/.test(payment.bankCharges) && <Row label="Bank charges">{m(payment.bankCharges)}</Row>}
            <Row label="Settled on invoices">{m(payment.allocated, 'payment-allocated')}</Row>
            <Row label="Written off">{m(payment.writtenOff)}</Row>
            <Row label="Kept as advance">{m(payment.advance)}</Row>
            <Row label="Advance not applied yet">{m(payment.unapplied, 'payment-unapplied')}</Row>
          </Stack>
        </Paper>
      </SimpleGrid>
      <Table.ScrollContainer minWidth={640} type="native" style={{ position: 'relative' }}>
        <Table striped verticalSpacing="xs" data-testid="allocations" captionSide="top">
          <caption>Allocations</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Invoice</Table.Th>
              <Table.Th>Date</Table.Th>
              <Table.Th>How</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
              <Table.Th ta="right">Write-off</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {payment.allocations.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>Nothing allocated: the whole payment is an advance.</Table.Td>
              </Table.Tr>
            )}
            {payment.allocations.map((a) => (
              <Table.Tr key={a.id} data-testid="allocation">
                <Table.Td>
                  <InvoiceLink invoice={{ id: a.invoiceId, number: a.invoiceNumber }} />
                </Table.Td>
                <Table.Td>{formatDate(a.date)}</Table.Td>
                <Table.Td>{a.applicationId ? 'Advance applied' : 'Paid'}</Table.Td>
                <Table.Td>{a.status === 'active' ? 'Active' : 'Reversed'}</Table.Td>
                <Table.Td ta="right">{m(a.amount)}</Table.Td>
                <Table.Td ta="right">
                  <Money amount={a.writeOff} currency={c} hideZero />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {payment.status === 'posted' && !/^0+(\.0+)?$/.test(payment.unapplied) && can('sales.payment.record') && <ApplyAdvance payment={payment} />}
      {can('ledger.entry.read') && <EntryLink entryId={payment.entryId}>Journal entry</EntryLink>}
    </Stack>
  );
}

/** Applies the payment's unapplied advance to the customer's open invoices in its currency. */
function ApplyAdvance({ payment }: { payment: Payment }) {
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const invoices = useQuery(openInvoicesQuery(payment.customerId));
  const open = (invoices.data ?? []).filter((i) => i.currency === payment.currency);
  const [amounts, setAmounts] = useState<Record<string, string>>({});
  const sent = open.filter((i) => (amounts[i.id] ?? '').trim());

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit.run(async () => {
      if (sent.length === 0) {
        submit.setMessage('Enter an amount for at least one invoice.');
        return;
      }
      const next = unwrap(
        await api.POST('/api/v1/payments/{id}/apply', {
          params: { path: { id: payment.id } },
          headers: ifMatch(payment.version),
          body: { allocations: sent.map((i) => ({ invoiceId: i.id, amount: amounts[i.id]!.trim() })) },
        }),
      );
      queryClient.setQueryData(paymentQuery(payment.id).queryKey, next);
      setAmounts({});
      await invalidateSales(queryClient);
    });
  }
  const e = submit.errors;
  const rest = Object.entries(e).filter(([k]) => !/^allocations\[\d+\]\.amount$/.test(k));
  const message = submit.message ?? (rest.length > 0 ? rest.map(([k, v]) => `${k}: ${v}`).join('; ') : null);
  return (
    <Paper withBorder p="md" component="form" onSubmit={onSubmit} noValidate aria-labelledby="apply-advance-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="apply-advance-title">
          Apply the advance
        </Title>
        <Text size="sm">
          <Money amount={payment.unapplied} currency={payment.currency} /> of this payment is not applied yet.
        </Text>
        {message && (
          <Alert color="red" role="alert" title="Could not apply the advance" data-testid="apply-errors">
            {message}
          </Alert>
        )}
        {invoices.data && open.length === 0 && <Text size="sm">The customer has no open invoices in {payment.currency}.</Text>}
        {open.map((i) => {
          const idx = sent.indexOf(i);
          return (
            <Group key={i.id} justify="space-between" wrap="wrap" data-testid="apply-invoice">
              <Text size="sm" component="div">
                <InvoiceLink invoice={i} /> · due <Money amount={i.amountDue} currency={i.currency} />
              </Text>
              <MoneyInput aria-label={`Apply to ${i.number ?? 'invoice'}`} w={160} currency={payment.currency} value={amounts[i.id] ?? ''} onChange={(v) => setAmounts((a) => ({ ...a, [i.id]: v }))} error={idx >= 0 ? e[`allocations[${idx}].amount`] : undefined} />
            </Group>
          );
        })}
        {open.length > 0 && (
          <Group justify="flex-end">
            <Button type="submit" loading={submit.submitting} data-testid="apply-advance">
              Apply
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
