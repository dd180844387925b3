import { Alert, Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { RequirePermission } from '../../lib/Forbidden';
import { compareDecimals, parseAmountInput, sumAmounts } from '../../lib/list/decimal';
import { MoneyInput } from '../../lib/money-input';
import { useSubmit } from '../../lib/use-submit';
import { formatDate, today } from '../ledger/dates';
import { AccountPicker, Money, PageHeader, useAccounts, useBaseCurrency } from '../ledger/shared';
import { billsQuery, invalidatePurchases, type Bill } from './api';
import { payBillsRoute } from './routes';
import { BillLink, BillStatusBadge, TotalsTable, useVendor, VendorPicker } from './shared';

export function PayBills() {
  return (
    <RequirePermission permission="purchases.payment.record">
      <PayForm />
    </RequirePermission>
  );
}

/** Open bills of a vendor (posted or partly paid), oldest due first. */
function useOpenBills(vendorId: string) {
  const posted = useQuery({ ...billsQuery({ vendorId, status: 'posted', limit: 100 }), enabled: Boolean(vendorId) });
  const partly = useQuery({ ...billsQuery({ vendorId, status: 'partly_paid', limit: 100 }), enabled: Boolean(vendorId) });
  const bills = [...(posted.data?.items ?? []), ...(partly.data?.items ?? [])].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number));
  return { bills, isPending: Boolean(vendorId) && (posted.isPending || partly.isPending), error: posted.error ?? partly.error };
}

/** Pay bills: a vendor, the bank or cash account, and how much of each open bill this payment settles. */
function PayForm() {
  const search = payBillsRoute.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const baseCurrency = useBaseCurrency();
  const accounts = useAccounts();
  const submit = useSubmit();
  const [vendorId, setVendorId] = useState(search.vendorId ?? '');
  const [date, setDate] = useState(today());
  const [bankAccountId, setBankAccountId] = useState('');
  const [reference, setReference] = useState('');
  const [amounts, setAmounts] = useState<Record<string, string>>({});
  const [prefilled, setPrefilled] = useState(false);
  const vendor = useVendor(vendorId);
  const open = useOpenBills(vendorId);
  const currency = open.bills[0]?.currency ?? vendor.data?.currency ?? baseCurrency;
  // The bill the screen was opened for starts with its full amount due.
  if (!prefilled && search.billId) {
    const bill = open.bills.find((b) => b.id === search.billId);
    if (bill) {
      setPrefilled(true);
      setAmounts({ [bill.id]: bill.amountDue });
    }
  }
  const banks = (accounts.data ?? []).filter((a) => !a.isGroup && a.status === 'active' && (a.subtype === 'bank' || a.subtype === 'cash'));
  const bank = bankAccountId || banks[0]?.id || '';
  const allocations = open.bills
    .map((b) => ({ bill: b, amount: parseAmountInput(amounts[b.id] ?? '', currency) }))
    .filter((x): x is { bill: Bill; amount: { ok: true; value: string; minor: bigint } } => x.amount.ok && x.amount.value !== '' && compareDecimals(x.amount.value, '0') > 0);
  const total = sumAmounts(
    allocations.map((a) => a.amount.value),
    currency,
  );

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit.run(async () => {
      unwrap(
        await api.POST('/api/v1/vendor-payments', {
          body: { vendorId, date, amount: total, bankAccountId: bank, reference: reference.trim() || null, allocations: allocations.map((a) => ({ billId: a.bill.id, amount: a.amount.value })) },
        }),
      );
      await invalidatePurchases(queryClient);
      await navigate(search.billId ? { to: '/purchases/bills/$billId', params: { billId: search.billId } } : { to: '/purchases/payments', search: { vendorId } });
    });
  }

  const errors = submit.errors;
  const allocationError = (billId: string) => {
    const i = allocations.findIndex((a) => a.bill.id === billId);
    return i >= 0 ? errors[`allocations[${i}].amount`] ?? errors[`allocations[${i}].billId`] ?? errors[`allocations[${i}]`] : undefined;
  };
  const known = /^(vendorId|date|bankAccountId|reference|allocations\[\d+\](\.(amount|billId))?)$/;
  const other = Object.entries(errors).filter(([k]) => !known.test(k));
  const message = submit.message ?? (other.length > 0 ? other.map(([, v]) => v).join(' ') : null);
  return (
    <Stack gap="md">
      <PageHeader title="Pay bills" subtitle="One payment can settle several bills of a vendor, each in part or in full." />
      <Paper withBorder p="md" component="form" onSubmit={onSubmit} noValidate aria-label="Vendor payment">
        <Stack gap="sm">
          {message && (
            <Alert color="red" role="alert" title="Could not record the payment" data-testid="form-errors">
              {message}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <VendorPicker
              label="Vendor"
              required
              value={vendorId}
              onChange={(id) => {
                setVendorId(id);
                setAmounts({});
              }}
              error={errors.vendorId}
            />
            <AccountPicker label="Paid from" required accounts={banks} value={bank} onChange={setBankAccountId} error={errors.bankAccountId} data-testid="bank-account" />
            <TextInput type="date" label="Date" required value={date} onChange={(e) => setDate(e.currentTarget.value)} error={errors.date} />
            <TextInput label="Reference" placeholder="UTR, cheque number…" value={reference} onChange={(e) => setReference(e.currentTarget.value)} error={errors.reference} maxLength={100} />
          </SimpleGrid>
          {!vendorId ? (
            <Text size="sm">Choose a vendor to see their open bills.</Text>
          ) : open.isPending ? (
            <Text size="sm">Loading the open bills…</Text>
          ) : open.bills.length === 0 ? (
            <Text size="sm" data-testid="no-open-bills">
              This vendor has no posted bill left to pay.
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={720} type="native" style={{ position: 'relative' }}>
              <Table verticalSpacing="xs" data-testid="open-bills">
                <caption>
                  <VisuallyHidden>Open bills</VisuallyHidden>
                </caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Bill</Table.Th>
                    <Table.Th>Due date</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th ta="right">Still due</Table.Th>
                    <Table.Th ta="right" w={190}>
                      Pay now
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {open.bills.map((b) => (
                    <Table.Tr key={b.id} data-testid="open-bill" style={{ verticalAlign: 'top' }}>
                      <Table.Td>
                        <BillLink id={b.id}>{b.number}</BillLink>
                        <Text size="xs">{b.vendorBillNumber}</Text>
                      </Table.Td>
                      <Table.Td>{formatDate(b.dueDate)}</Table.Td>
                      <Table.Td>
                        <BillStatusBadge bill={b} />
                      </Table.Td>
                      <Table.Td ta="right">
                        <Money amount={b.amountDue} currency={b.currency} testId="open-bill-due" />
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <MoneyInput aria-label={`Pay now, bill ${b.number}`} currency={b.currency} value={amounts[b.id] ?? ''} onChange={(v) => setAmounts((a) => ({ ...a, [b.id]: v }))} error={allocationError(b.id)} data-testid="pay-amount" />
                          <Button size="compact-xs" variant="default" onClick={() => setAmounts((a) => ({ ...a, [b.id]: b.amountDue }))} aria-label={`Pay bill ${b.number} in full`}>
                            Full
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <TotalsTable caption="Payment total" currency={currency} rows={[{ label: 'Payment', amount: total, testId: 'payment-total', strong: true }]} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void navigate({ to: '/purchases/payments' })}>
              Cancel
            </Button>
            <Button type="submit" loading={submit.submitting} disabled={allocations.length === 0} data-testid="save-payment">
              Record payment
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
