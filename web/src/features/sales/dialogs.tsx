/** The invoice screen's dialogs: record a payment, send by email, issue a credit note. */
import { Alert, Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Decimal } from 'decimal.js';
import { useMemo, useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { MoneyInput } from '../../lib/money-input';
import { useSubmit } from '../../lib/use-submit';
import { StorePicker } from '../inventory/shared';
import { today } from '../ledger/dates';
import { Money } from '../ledger/shared';
import { partyQuery } from '../parties/api';
import { creditNotesQuery, invalidateSales, invoiceQuery, PAYMENT_MODES, type Invoice, type PaymentMode } from './api';
import { DepositAccountPicker, useDepositAccounts } from './shared';

/** Field errors the dialog does not show next to a field, as one line. */
function leftover(errors: Record<string, string>, shown: RegExp): string | null {
  const rest = Object.entries(errors).filter(([k]) => !shown.test(k));
  return rest.length > 0 ? rest.map(([k, v]) => `${k}: ${v}`).join('; ') : null;
}

/** Record a payment against this invoice: amount (default: what is due), date, deposit account, mode, reference, write-off. */
export function RecordPaymentDialog({ invoice, onClose, onDone }: { invoice: Invoice; onClose: () => void; onDone: (text: string) => void }) {
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const accounts = useDepositAccounts();
  const [amount, setAmount] = useState(invoice.amountDue);
  const [date, setDate] = useState(today());
  const [depositAccountId, setDeposit] = useState('');
  const [mode, setMode] = useState<PaymentMode>('bank_transfer');
  const [reference, setReference] = useState('');
  const [writeOff, setWriteOff] = useState('');
  const deposit = depositAccountId || accounts.deposit[0]?.id || '';

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit.run(async () => {
      const payment = unwrap(
        await api.POST('/api/v1/invoices/{id}/payment', {
          params: { path: { id: invoice.id } },
          body: { amount, date, depositAccountId: deposit, mode, reference: reference.trim() || null, ...(writeOff.trim() && { writeOff }) },
        }),
      );
      await invalidateSales(queryClient);
      await queryClient.invalidateQueries({ queryKey: invoiceQuery(invoice.id).queryKey });
      onDone(`Payment ${payment.number} recorded.`);
      onClose();
    });
  }
  const e = submit.errors;
  const message = submit.message ?? leftover(e, /^(amount|date|depositAccountId|mode|reference|writeOff)$/);
  return (
    <Modal opened onClose={onClose} title="Record payment" centered size="lg" closeButtonProps={{ 'aria-label': 'Close' }} data-testid="payment-dialog">
      <form onSubmit={onSubmit} noValidate aria-label="Record payment">
        <Stack gap="sm">
          <Text size="sm">
            {invoice.number} · due <Money amount={invoice.amountDue} currency={invoice.currency} />
          </Text>
          {message && (
            <Alert color="red" role="alert" title="Could not record the payment" data-testid="payment-errors">
              {message}
            </Alert>
          )}
          {accounts.data && accounts.deposit.length === 0 && (
            <Alert color="orange" title="No bank or cash account">
              Add a bank or cash account to the chart of accounts first.
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <MoneyInput label="Amount" required currency={invoice.currency} value={amount} onChange={setAmount} error={e.amount} data-autofocus data-testid="payment-amount" />
            <TextInput type="date" label="Date" required value={date} onChange={(ev) => setDate(ev.currentTarget.value)} error={e.date} />
            <DepositAccountPicker label="Deposit to" required value={deposit} onChange={setDeposit} error={e.depositAccountId} />
            <Select label="Mode" data={PAYMENT_MODES} value={mode} onChange={(v) => v && setMode(v)} allowDeselect={false} error={e.mode} />
            <TextInput label="Reference" description="Cheque number, UTR…" value={reference} onChange={(ev) => setReference(ev.currentTarget.value)} error={e.reference} maxLength={100} />
            <MoneyInput label="Write off" description="A small difference to settle in full" currency={invoice.currency} value={writeOff} onChange={setWriteOff} error={e.writeOff} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={submit.submitting} data-testid="save-payment">
              Record payment
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

const emails = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Email the invoice PDF: to (default: the customer's email), cc, a message. */
export function SendDialog({ invoice, onClose, onDone }: { invoice: Invoice; onClose: () => void; onDone: (text: string) => void }) {
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const customer = useQuery(partyQuery('customer', invoice.customerId));
  const fallback = invoice.buyer.email ?? customer.data?.contacts.find((c) => c.primary)?.email ?? customer.data?.contacts.find((c) => c.email)?.email ?? '';
  const [to, setTo] = useState('');
  const [cc, setCc] = useState('');
  const [message, setMessage] = useState('');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit.run(async () => {
      const recipients = emails(to);
      const copies = emails(cc);
      unwrap(await api.POST('/api/v1/invoices/{id}/send', { params: { path: { id: invoice.id } }, body: { ...(recipients.length > 0 && { to: recipients }), ...(copies.length > 0 && { cc: copies }), message: message.trim() || null } }));
      await queryClient.invalidateQueries({ queryKey: ['sales'] });
      onDone(`Sent to ${recipients.join(', ') || fallback || 'the customer'}.`);
      onClose();
    });
  }
  const e = submit.errors;
  const fieldOf = (prefix: string) => Object.entries(e).find(([k]) => k === prefix || k.startsWith(`${prefix}[`))?.[1];
  const rest = submit.message ?? leftover(e, /^(to|cc)(\[\d+\])?$|^message$/);
  return (
    <Modal opened onClose={onClose} title="Send invoice" centered closeButtonProps={{ 'aria-label': 'Close' }} data-testid="send-dialog">
      <form onSubmit={onSubmit} noValidate aria-label="Send invoice">
        <Stack gap="sm">
          {rest && (
            <Alert color="red" role="alert" title="Could not send the invoice" data-testid="send-errors">
              {rest}
            </Alert>
          )}
          <TextInput label="To" description={fallback ? `Empty: ${fallback}` : 'The customer has no email: enter one'} placeholder={fallback} value={to} onChange={(ev) => setTo(ev.currentTarget.value)} error={fieldOf('to')} data-autofocus />
          <TextInput label="Cc" description="Separate addresses with commas" value={cc} onChange={(ev) => setCc(ev.currentTarget.value)} error={fieldOf('cc')} />
          <Textarea label="Message" autosize minRows={3} value={message} onChange={(ev) => setMessage(ev.currentTarget.value)} error={e.message} maxLength={4000} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={submit.submitting} data-testid="confirm-send">
              Send
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

const QTY = /^(0|[1-9][0-9]{0,11})(\.[0-9]{1,6})?$/;

/** Credit chosen quantities of the invoice's lines (at most what is not credited yet), optionally returning goods to stock. */
export function CreditNoteDialog({ invoice, onClose, onDone }: { invoice: Invoice; onClose: () => void; onDone: (text: string) => void }) {
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const earlier = useQuery(creditNotesQuery({ invoiceId: invoice.id }));
  const credited = useMemo(() => {
    const map = new Map<string, Decimal>();
    for (const note of earlier.data?.items ?? []) for (const l of note.lines) map.set(l.invoiceLineId, (map.get(l.invoiceLineId) ?? new Decimal(0)).add(l.quantity));
    return map;
  }, [earlier.data]);
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [date, setDate] = useState(today());
  const [returnToStock, setReturn] = useState(true);
  const [storeId, setStore] = useState('');
  const hasStock = invoice.lines.some((l) => l.storeId || l.deliveryLineId);
  const left = (l: Invoice['lines'][number]) => new Decimal(l.quantity).sub(credited.get(l.id) ?? 0);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit.run(async () => {
      const lines = invoice.lines.flatMap((l) => {
        const q = (quantities[l.id] ?? '').trim();
        return q ? [{ invoiceLineId: l.id, quantity: q }] : [];
      });
      if (lines.length === 0) {
        submit.setMessage('Enter a quantity to credit on at least one line.');
        return;
      }
      const note = unwrap(
        await api.POST('/api/v1/credit-notes', {
          body: { invoiceId: invoice.id, date, reason: reason.trim() || null, lines, ...(hasStock && { returnToStock }), ...(hasStock && returnToStock && storeId && { storeId }) },
        }),
      );
      await invalidateSales(queryClient);
      onDone(`Credit note ${note.number} issued for ${new Intl.NumberFormat(undefined).format(note.lines.length)} line${note.lines.length === 1 ? '' : 's'}.`);
      onClose();
    });
  }
  const e = submit.errors;
  const lineIndex = (id: string) => {
    const sent = invoice.lines.filter((l) => (quantities[l.id] ?? '').trim());
    return sent.findIndex((l) => l.id === id);
  };
  const message = submit.message ?? leftover(e, /^(date|reason|storeId|returnToStock|lines\[\d+\]\.quantity)$/);
  return (
    <Modal opened onClose={onClose} title="Credit note" centered size="xl" closeButtonProps={{ 'aria-label': 'Close' }} data-testid="credit-dialog">
      <form onSubmit={onSubmit} noValidate aria-label="Credit note">
        <Stack gap="sm">
          <Text size="sm">Credit part of {invoice.number}: tax is reversed at the invoice&apos;s rates and the credit settles what is due.</Text>
          {message && (
            <Alert color="red" role="alert" title="Could not issue the credit note" data-testid="credit-errors">
              {message}
            </Alert>
          )}
          <Table.ScrollContainer minWidth={520} type="native" style={{ position: 'relative' }}>
            <Table verticalSpacing={4}>
              <caption>
                <VisuallyHidden>Lines to credit</VisuallyHidden>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Line</Table.Th>
                  <Table.Th ta="right">Invoiced</Table.Th>
                  <Table.Th ta="right">Not credited</Table.Th>
                  <Table.Th ta="right">Credit</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invoice.lines.map((l) => {
                  const i = lineIndex(l.id);
                  const q = (quantities[l.id] ?? '').trim();
                  return (
                    <Table.Tr key={l.id}>
                      <Table.Td>{l.description}</Table.Td>
                      <Table.Td ta="right">{l.quantity}</Table.Td>
                      <Table.Td ta="right">{left(l).toFixed()}</Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={`Quantity to credit, ${l.description}`}
                          w={100}
                          ml="auto"
                          inputMode="decimal"
                          styles={{ input: { textAlign: 'right' } }}
                          value={quantities[l.id] ?? ''}
                          onChange={(ev) => {
                            const value = ev.currentTarget.value;
                            setQuantities((qs) => ({ ...qs, [l.id]: value }));
                          }}
                          error={(i >= 0 ? e[`lines[${i}].quantity`] : undefined) ?? (q && QTY.test(q) && new Decimal(q).gt(left(l)) ? `at most ${left(l).toFixed()}` : undefined)}
                          rightSection={
                            <Button variant="subtle" size="compact-xs" onClick={() => setQuantities((qs) => ({ ...qs, [l.id]: left(l).toFixed() }))} aria-label={`Credit all of ${l.description}`}>
                              All
                            </Button>
                          }
                          rightSectionWidth={44}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput type="date" label="Date" value={date} onChange={(ev) => setDate(ev.currentTarget.value)} error={e.date} />
            <TextInput label="Reason" value={reason} onChange={(ev) => setReason(ev.currentTarget.value)} error={e.reason} maxLength={500} />
          </SimpleGrid>
          {hasStock && (
            <Group gap="md" align="flex-end" wrap="wrap">
              <Checkbox label="Return the goods to stock" checked={returnToStock} onChange={(ev) => setReturn(ev.currentTarget.checked)} />
              {returnToStock && <StorePicker label="Store" placeholder="The line's own store" clearable value={storeId} onChange={setStore} error={e.storeId} />}
            </Group>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={submit.submitting} data-testid="save-credit-note">
              Issue credit note
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

interface DebitLine {
  key: number;
  description: string;
  hsn: string;
  quantity: string;
  unitPrice: string;
}
let debitKey = 1;
const blankDebit = (): DebitLine => ({ key: debitKey++, description: '', hsn: '', quantity: '1', unitPrice: '' });

/** Charge the customer more on this invoice: a debit note with its own lines, taxed like the invoice. */
export function DebitNoteDialog({ invoice, onClose, onDone }: { invoice: Invoice; onClose: () => void; onDone: (debitNoteId: string) => void }) {
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const [lines, setLines] = useState<DebitLine[]>(() => [blankDebit()]);
  const [reason, setReason] = useState('');
  const [date, setDate] = useState(today());
  const update = (key: number, patch: Partial<DebitLine>) => setLines((ls) => ls.map((l) => (l.key === key ? { ...l, ...patch } : l)));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit.run(async () => {
      const note = unwrap(
        await api.POST('/api/v1/debit-notes', {
          body: {
            invoiceId: invoice.id,
            date,
            reason: reason.trim() || null,
            lines: lines.map((l) => ({ description: l.description.trim() || null, ...(l.hsn.trim() && { hsn: l.hsn.trim() }), quantity: l.quantity.trim(), unitPrice: l.unitPrice.trim() || null })),
          },
        }),
      );
      queryClient.setQueryData(invoiceQuery(note.id).queryKey, note);
      await invalidateSales(queryClient);
      onDone(note.id);
    });
  }
  const e = submit.errors;
  const message = submit.message ?? leftover(e, /^(date|reason|lines\[\d+\]\.(description|hsn|quantity|unitPrice))$/);
  return (
    <Modal opened onClose={onClose} title="Debit note" centered size="xl" closeButtonProps={{ 'aria-label': 'Close' }} data-testid="debit-dialog">
      <form onSubmit={onSubmit} noValidate aria-label="Debit note">
        <Stack gap="sm">
          <Text size="sm">Charge more on {invoice.number}: the debit note is numbered, posted and taxed like an invoice, and payments settle it.</Text>
          {message && (
            <Alert color="red" role="alert" title="Could not issue the debit note" data-testid="debit-errors">
              {message}
            </Alert>
          )}
          {lines.map((l, i) => (
            <SimpleGrid key={l.key} cols={{ base: 1, sm: 4 }} spacing="xs">
              <TextInput label={`Description, line ${i + 1}`} value={l.description} onChange={(ev) => update(l.key, { description: ev.currentTarget.value })} error={e[`lines[${i}].description`]} />
              <TextInput label={`HSN/SAC, line ${i + 1}`} inputMode="numeric" value={l.hsn} onChange={(ev) => update(l.key, { hsn: ev.currentTarget.value })} error={e[`lines[${i}].hsn`]} />
              <TextInput label={`Quantity, line ${i + 1}`} inputMode="decimal" value={l.quantity} onChange={(ev) => update(l.key, { quantity: ev.currentTarget.value })} error={e[`lines[${i}].quantity`]} />
              <MoneyInput label={`Price, line ${i + 1}`} currency={invoice.currency} value={l.unitPrice} onChange={(v) => update(l.key, { unitPrice: v })} error={e[`lines[${i}].unitPrice`]} />
            </SimpleGrid>
          ))}
          <Button variant="default" w="fit-content" onClick={() => setLines((ls) => [...ls, blankDebit()])}>
            Add line
          </Button>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput type="date" label="Date" value={date} onChange={(ev) => setDate(ev.currentTarget.value)} error={e.date} />
            <TextInput label="Reason" value={reason} onChange={(ev) => setReason(ev.currentTarget.value)} error={e.reason} maxLength={500} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={submit.submitting} data-testid="save-debit-note">
              Issue debit note
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
