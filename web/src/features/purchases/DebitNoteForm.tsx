import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Decimal } from 'decimal.js';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { QueryState, RequirePermission } from '../../lib/Forbidden';
import { MoneyInput } from '../../lib/money-input';
import { formatMoney } from '../../lib/money';
import { useSubmit } from '../../lib/use-submit';
import { today } from '../ledger/dates';
import { Money, PageHeader } from '../ledger/shared';
import { billQuery, billsQuery, invalidatePurchases, type Bill } from './api';
import { newDebitNoteRoute } from './routes';
import { VendorName } from './shared';

export function DebitNoteForm() {
  return (
    <RequirePermission permission="purchases.bill.manage">
      <Form />
    </RequirePermission>
  );
}

/** A debit note against a posted bill: goods returned (received lines) and/or a price reduction per line. */
function Form() {
  const search = newDebitNoteRoute.useSearch();
  const navigate = useNavigate();
  const [billId, setBillId] = useState(search.billId ?? '');
  const recent = useQuery({ ...billsQuery({ limit: 100 }), enabled: !search.billId });
  const bill = useQuery({ ...billQuery(billId), enabled: Boolean(billId) });
  const choices = (recent.data?.items ?? []).filter((b) => b.status === 'posted' || b.status === 'partly_paid' || b.status === 'paid');
  return (
    <Stack gap="md">
      <PageHeader title="New debit note" subtitle="Return goods to the vendor (they leave the store at cost) or record a price reduction; input GST is reversed." />
      {!search.billId && (
        <Select
          label="Bill"
          searchable
          placeholder="A posted bill"
          data={choices.map((b) => ({ value: b.id, label: `${b.number} · ${b.vendorBillNumber} · ${formatMoney(b.total, b.currency)}` }))}
          value={billId || null}
          onChange={(v) => setBillId(v ?? '')}
          w={{ base: '100%', sm: 480 }}
          nothingFoundMessage="No posted bill"
        />
      )}
      {billId && (bill.data ? <NoteForm key={bill.data.id} bill={bill.data} onDone={() => void navigate({ to: '/purchases/bills/$billId', params: { billId: bill.data.id } })} /> : <QueryState error={bill.error} isPending={bill.isPending} what="the bill" />)}
    </Stack>
  );
}

function NoteForm({ bill, onDone }: { bill: Bill; onDone: () => void }) {
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const [date, setDate] = useState(today());
  const [reason, setReason] = useState('');
  const [returns, setReturns] = useState<Record<string, string>>({});
  const [reductions, setReductions] = useState<Record<string, string>>({});
  const sent = bill.lines.filter((l) => (returns[l.id] ?? '').trim() || (reductions[l.id] ?? '').trim());

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit.run(async () => {
      unwrap(
        await api.POST('/api/v1/vendor-debit-notes', {
          body: {
            billId: bill.id,
            date,
            reason: reason.trim(),
            lines: sent.map((l) => ({ billLineId: l.id, ...((returns[l.id] ?? '').trim() && { quantity: (returns[l.id] ?? '').trim() }), ...((reductions[l.id] ?? '').trim() && { amount: (reductions[l.id] ?? '').trim() }) })),
          },
        }),
      );
      await invalidatePurchases(queryClient);
      onDone();
    });
  }
  const errors = submit.errors;
  const lineError = (id: string, field: string) => {
    const i = sent.findIndex((l) => l.id === id);
    return i >= 0 ? errors[`lines[${i}].${field}`] : undefined;
  };
  const known = /^(date|reason|lines\[\d+\]\.(quantity|amount))$/;
  const other = Object.entries(errors).filter(([k]) => !known.test(k));
  const message = submit.message ?? (other.length > 0 ? other.map(([, v]) => v).join(' ') : null);
  return (
    <Paper withBorder p="md" component="form" onSubmit={onSubmit} noValidate aria-label="Debit note">
      <Stack gap="sm">
        {message && (
          <Alert color="red" role="alert" title="Could not issue the debit note" data-testid="form-errors">
            {message}
          </Alert>
        )}
        <Text size="sm">
          Bill {bill.number} ({bill.vendorBillNumber}) from <VendorName inline id={bill.vendorId} /> · still due <Money amount={bill.amountDue} currency={bill.currency} />
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput type="date" label="Date" required value={date} onChange={(e) => setDate(e.currentTarget.value)} error={errors.date} />
          <TextInput label="Reason" required value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} maxLength={500} placeholder="Damaged in transit" />
        </SimpleGrid>
        <Table.ScrollContainer minWidth={720} type="native" style={{ position: 'relative' }}>
          <Table verticalSpacing="xs" data-testid="note-lines">
            <caption>
              <VisuallyHidden>Bill lines</VisuallyHidden>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Line</Table.Th>
                <Table.Th ta="right">Billed</Table.Th>
                <Table.Th ta="right">Taxable value</Table.Th>
                <Table.Th ta="right" w={130}>
                  Return quantity
                </Table.Th>
                <Table.Th ta="right" w={170}>
                  Price reduction
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {bill.lines.map((l) => {
                const returnable = l.kind === 'receipt' ? new Decimal(l.quantity).minus(l.returnedQuantity) : null;
                return (
                  <Table.Tr key={l.id} data-testid="note-line" style={{ verticalAlign: 'top' }}>
                    <Table.Td>{l.description}</Table.Td>
                    <Table.Td ta="right">{l.quantity}</Table.Td>
                    <Table.Td ta="right">
                      <Money amount={l.taxableValue} currency={bill.currency} />
                    </Table.Td>
                    <Table.Td>
                      {returnable && returnable.gt(0) ? (
                        <TextInput
                          aria-label={`Return quantity, ${l.description}`}
                          description={`up to ${returnable.toString()}`}
                          inputMode="decimal"
                          autoComplete="off"
                          styles={{ input: { textAlign: 'right' } }}
                          value={returns[l.id] ?? ''}
                          onChange={(e) => {
                            const v = e.currentTarget.value;
                            setReturns((r) => ({ ...r, [l.id]: v }));
                          }}
                          error={lineError(l.id, 'quantity')}
                        />
                      ) : (
                        <Text size="sm" ta="right">
                          —
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <MoneyInput aria-label={`Price reduction, ${l.description}`} currency={bill.currency} value={reductions[l.id] ?? ''} onChange={(v) => setReductions((r) => ({ ...r, [l.id]: v }))} error={lineError(l.id, 'amount')} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={submit.submitting} disabled={sent.length === 0} data-testid="save-debit-note">
            Issue debit note
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
