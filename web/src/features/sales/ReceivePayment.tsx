import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { RequirePermission } from '../../lib/Forbidden';
import { compareDecimals, fromMinor, parseAmountInput, toMinor } from '../../lib/list/decimal';
import { MoneyInput } from '../../lib/money-input';
import { useSubmit } from '../../lib/use-submit';
import { formatDate, today } from '../ledger/dates';
import { Money, PageHeader } from '../ledger/shared';
import type { Party } from '../parties/api';
import { advancesQuery, invalidateSales, openInvoicesQuery, PAYMENT_MODES, type PaymentMode } from './api';
import { receivePaymentRoute } from './routes';
import { CustomerPicker, DepositAccountPicker, InvoiceLink, useDepositAccounts } from './shared';

export function ReceivePayment() {
  return (
    <RequirePermission permission="sales.payment.record">
      <Form />
    </RequirePermission>
  );
}

/** Money from one customer over several of their open invoices; whatever is not allocated stays as an advance. */
function Form() {
  const search = receivePaymentRoute.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const accounts = useDepositAccounts();
  const [customerId, setCustomerId] = useState(search.customerId ?? '');
  const [customer, setCustomer] = useState<Party | undefined>();
  const [amount, setAmount] = useState('');
  const [date, setDate] = useState(today());
  const [depositAccountId, setDeposit] = useState('');
  const [mode, setMode] = useState<PaymentMode>('bank_transfer');
  const [reference, setReference] = useState('');
  const [allocations, setAllocations] = useState<Record<string, string>>({});
  const invoices = useQuery({ ...openInvoicesQuery(customerId), enabled: Boolean(customerId) });
  const advances = useQuery({ ...advancesQuery(customerId), enabled: Boolean(customerId) });
  const currency = invoices.data?.[0]?.currency ?? customer?.currency ?? 'INR';
  const open = (invoices.data ?? []).filter((i) => i.currency === currency);
  const deposit = depositAccountId || accounts.deposit[0]?.id || '';

  const minor = (s: string) => {
    const p = parseAmountInput(s, currency);
    return p.ok && p.minor !== null ? p.minor : 0n;
  };
  const allocated = open.reduce((sum, i) => sum + minor(allocations[i.id] ?? ''), 0n);
  const total = minor(amount);
  const advance = total - allocated;

  /** Spreads the amount over the open invoices, oldest due first. */
  function settleOldestFirst() {
    let left = total;
    const next: Record<string, string> = {};
    for (const i of open) {
      if (left <= 0n) break;
      const due = toMinor(i.amountDue, currency);
      const take = left < due ? left : due;
      next[i.id] = fromMinor(take, currency);
      left -= take;
    }
    setAllocations(next);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit.run(async () => {
      const body = {
        customerId,
        amount,
        currency,
        date,
        depositAccountId: deposit,
        mode,
        reference: reference.trim() || null,
        allocations: open.flatMap((i) => (minor(allocations[i.id] ?? '') > 0n ? [{ invoiceId: i.id, amount: allocations[i.id]! }] : [])),
      };
      const payment = unwrap(await api.POST('/api/v1/payments', { body }));
      await invalidateSales(queryClient);
      await navigate({ to: '/sales/payments/$paymentId', params: { paymentId: payment.id } });
    });
  }
  const e = submit.errors;
  const known = /^(customerId|amount|date|depositAccountId|mode|reference|allocations\[\d+\]\.amount)$/;
  const rest = Object.entries(e).filter(([k]) => !known.test(k));
  const message = submit.message ?? (rest.length > 0 ? rest.map(([k, v]) => `${k}: ${v}`).join('; ') : null);
  const sentIndex = (id: string) => open.filter((i) => minor(allocations[i.id] ?? '') > 0n).findIndex((i) => i.id === id);
  const m = (value: string, testId?: string) => <Money amount={value} currency={currency} testId={testId} />;
  return (
    <Stack gap="md">
      <PageHeader title="Receive payment" subtitle="One payment over several invoices of a customer; the rest is kept as an advance." />
      <Paper withBorder p="md" component="form" onSubmit={onSubmit} noValidate aria-label="Receive payment">
        <Stack gap="sm">
          {message && (
            <Alert color="red" role="alert" title="Could not record the payment" data-testid="form-errors">
              {message}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
            <CustomerPicker
              label="Customer"
              required
              value={customerId}
              onChange={(id) => {
                setCustomerId(id);
                setAllocations({});
              }}
              onPick={setCustomer}
              error={e.customerId}
            />
            <MoneyInput label="Amount received" required currency={currency} value={amount} onChange={setAmount} error={e.amount} data-testid="receive-amount" />
            <TextInput type="date" label="Date" required value={date} onChange={(ev) => setDate(ev.currentTarget.value)} error={e.date} />
            <DepositAccountPicker label="Deposit to" required value={deposit} onChange={setDeposit} error={e.depositAccountId} />
            <Select label="Mode" data={PAYMENT_MODES} value={mode} onChange={(v) => v && setMode(v)} allowDeselect={false} error={e.mode} />
            <TextInput label="Reference" value={reference} onChange={(ev) => setReference(ev.currentTarget.value)} error={e.reference} maxLength={100} />
          </SimpleGrid>
          {customerId && (advances.data?.totals ?? []).length > 0 && (
            <Text size="sm" data-testid="existing-advances">
              Advances not applied yet: {(advances.data?.totals ?? []).map((t) => `${t.currency} ${t.amount}`).join(', ')}
            </Text>
          )}
          {customerId && invoices.data && open.length === 0 && <Text size="sm">This customer has no open invoices: the whole payment is kept as an advance.</Text>}
          {open.length > 0 && (
            <>
              <Group justify="space-between" wrap="wrap">
                <Text fw={600}>Open invoices</Text>
                <Button variant="default" size="xs" onClick={settleOldestFirst} disabled={total <= 0n}>
                  Settle oldest first
                </Button>
              </Group>
              <Table.ScrollContainer minWidth={640} type="native" style={{ position: 'relative' }}>
                <Table verticalSpacing={4} data-testid="open-invoices">
                  <caption>
                    <VisuallyHidden>Open invoices to settle</VisuallyHidden>
                  </caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Invoice</Table.Th>
                      <Table.Th>Date</Table.Th>
                      <Table.Th>Due</Table.Th>
                      <Table.Th ta="right">Amount due</Table.Th>
                      <Table.Th ta="right">Payment</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {open.map((i) => {
                      const idx = sentIndex(i.id);
                      const value = allocations[i.id] ?? '';
                      const over = value && parseAmountInput(value, currency).ok && compareDecimals(fromMinor(minor(value), currency), i.amountDue) > 0;
                      return (
                        <Table.Tr key={i.id} data-testid="open-invoice">
                          <Table.Td>
                            <InvoiceLink invoice={i} />
                          </Table.Td>
                          <Table.Td>{formatDate(i.date)}</Table.Td>
                          <Table.Td>{formatDate(i.dueDate)}</Table.Td>
                          <Table.Td ta="right">{m(i.amountDue)}</Table.Td>
                          <Table.Td>
                            <MoneyInput
                              aria-label={`Payment for ${i.number ?? 'invoice'}`}
                              w={140}
                              ml="auto"
                              currency={currency}
                              value={value}
                              onChange={(v) => setAllocations((a) => ({ ...a, [i.id]: v }))}
                              error={(idx >= 0 ? e[`allocations[${idx}].amount`] : undefined) ?? (over ? 'more than is due' : undefined)}
                            />
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          )}
          <Group justify="flex-end" gap="xl" wrap="wrap">
            <Text size="sm">Allocated: {m(fromMinor(allocated, currency), 'allocated-total')}</Text>
            <Text size="sm" c={advance < 0n ? 'red' : undefined}>
              {advance < 0n ? 'Allocated more than received by ' : 'Kept as advance: '}
              {m(fromMinor(advance < 0n ? -advance : advance, currency), 'advance-total')}
            </Text>
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void navigate({ to: '/sales/payments' })}>
              Cancel
            </Button>
            <Button type="submit" loading={submit.submitting} disabled={advance < 0n} data-testid="save-receipt">
              Record payment
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
