import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useMemo, useState, type ReactNode } from 'react';
import { api, unwrap } from '../../api/client';
import { useConfirm } from '../../lib/confirm';
import { errorText, QueryState, RequirePermission } from '../../lib/Forbidden';
import { GST_STATES } from '../../lib/gstin';
import { useCan } from '../../lib/permissions';
import { useShortcut } from '../../lib/shortcuts';
import { formatDate } from '../ledger/dates';
import { EntryLink, Money, PageHeader } from '../ledger/shared';
import { creditNotesQuery, debitNotesQuery, fetchPdf, invalidateSales, invoiceQuery, orderDeliveriesQuery, orderQuery, paymentsQuery, pdfPath, type Invoice } from './api';
import { CreditNoteDialog, DebitNoteDialog, RecordPaymentDialog, SendDialog } from './dialogs';
import { invoiceRoute } from './routes';
import { CustomerLink, InvoiceLink, InvoiceStatusBadge, PaymentLink } from './shared';

export function InvoiceDetail() {
  return (
    <RequirePermission permission="sales.invoice.read">
      <Detail />
    </RequirePermission>
  );
}

const stateName = (code: string | null) => (code ? `${code} · ${GST_STATES.find((s) => s.code === code)?.name ?? ''}` : '—');
const SUPPLY: Record<string, string> = { intra_state: 'Intra-state', inter_state: 'Inter-state', export: 'Export', sez: 'SEZ' };

function Detail() {
  const { invoiceId } = invoiceRoute.useParams();
  const invoice = useQuery(invoiceQuery(invoiceId));
  if (!invoice.data) return <QueryState error={invoice.error} isPending={invoice.isPending} what="the invoice" />;
  return <InvoiceScreen key={invoice.data.id} invoice={invoice.data} />;
}

function InvoiceScreen({ invoice }: { invoice: Invoice }) {
  const can = useCan();
  const confirm = useConfirm();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<'payment' | 'send' | 'credit' | 'debit' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const id = invoice.id;
  const c = invoice.currency;
  const open = invoice.status === 'issued' || invoice.status === 'partly_paid';
  const draft = invoice.status === 'draft';

  const action = useMutation({
    mutationFn: async (what: 'issue' | 'void' | 'delete') => {
      if (what === 'issue') return unwrap(await api.POST('/api/v1/invoices/{id}/issue', { params: { path: { id } } }));
      if (what === 'void') return unwrap(await api.POST('/api/v1/invoices/{id}/void', { params: { path: { id } }, body: {} }));
      unwrap(await api.DELETE('/api/v1/invoices/{id}', { params: { path: { id } } }));
      return null;
    },
    onSuccess: async (saved, what) => {
      if (saved) queryClient.setQueryData(invoiceQuery(id).queryKey, saved);
      await invalidateSales(queryClient);
      if (what === 'delete') await navigate({ to: '/sales/invoices' });
      setNotice(what === 'issue' ? `Issued as ${saved?.number ?? ''}.` : what === 'void' ? 'The invoice is void: its postings are reversed.' : null);
    },
  });
  const pdf = useMutation({
    mutationFn: async (mode: 'preview' | 'download') => {
      const file = await fetchPdf(pdfPath(invoice));
      if (mode === 'preview') window.open(file.url, '_blank');
      else {
        const a = document.createElement('a');
        a.href = file.url;
        a.download = file.filename;
        a.click();
      }
      setTimeout(() => URL.revokeObjectURL(file.url), 60_000);
    },
  });

  async function onIssue() {
    if (await confirm({ title: 'Issue invoice', message: 'Issuing numbers the invoice, posts it to the books and takes stock items out of their stores. It cannot be edited afterwards.', confirmLabel: 'Issue invoice' })) action.mutate('issue');
  }
  async function onVoid() {
    if (await confirm({ title: 'Void invoice', message: `Void ${invoice.number ?? 'this invoice'}? Its ledger entry is reversed and its stock comes back. This cannot be undone.`, confirmLabel: 'Void invoice', destructive: true })) action.mutate('void');
  }
  async function onDelete() {
    if (await confirm({ title: 'Delete draft', message: 'Delete this draft invoice?', confirmLabel: 'Delete draft', destructive: true })) action.mutate('delete');
  }

  const canPay = open && can('sales.payment.record');
  useShortcut('p', () => canPay && setDialog('payment'), { description: 'Record a payment' });
  useShortcut('e', () => draft && can('sales.invoice.create') && void navigate({ to: '/sales/invoices/$invoiceId/edit', params: { invoiceId: id } }), { description: 'Edit the draft' });

  const title = draft ? 'Draft invoice' : `${invoice.kind === 'debit_note' ? 'Debit note' : 'Invoice'} ${invoice.number ?? ''}`;
  const m = (amount: string | null | undefined, testId?: string) => <Money amount={amount} currency={c} testId={testId} />;
  return (
    <Stack gap="md">
      <PageHeader
        title={title}
        subtitle={
          <Group gap="xs" component="span" wrap="wrap">
            <CustomerLink id={invoice.customerId} name={invoice.customerName} />
            <InvoiceStatusBadge invoice={invoice} />
          </Group>
        }
      >
        {draft && can('sales.invoice.create') && (
          <Button variant="default" onClick={() => void navigate({ to: '/sales/invoices/$invoiceId/edit', params: { invoiceId: id } })} data-testid="edit-invoice">
            Edit
          </Button>
        )}
        {draft && can('sales.invoice.issue') && (
          <Button onClick={() => void onIssue()} loading={action.isPending && action.variables === 'issue'} data-testid="issue-invoice">
            Issue
          </Button>
        )}
        {canPay && (
          <Button onClick={() => setDialog('payment')} data-testid="record-payment">
            Record payment
          </Button>
        )}
        {!draft && invoice.status !== 'void' && can('sales.invoice.send') && (
          <Button variant="default" onClick={() => setDialog('send')} data-testid="send-invoice">
            Send
          </Button>
        )}
        <Button variant="default" onClick={() => pdf.mutate('preview')} loading={pdf.isPending && pdf.variables === 'preview'} data-testid="preview-pdf">
          Preview PDF
        </Button>
        <Button variant="default" onClick={() => pdf.mutate('download')} loading={pdf.isPending && pdf.variables === 'download'} data-testid="download-pdf">
          Download PDF
        </Button>
        {!draft && invoice.status !== 'void' && invoice.kind === 'invoice' && can('sales.credit_note.create') && (
          <Button variant="default" onClick={() => setDialog('credit')} data-testid="credit-note">
            Credit note
          </Button>
        )}
        {!draft && invoice.status !== 'void' && invoice.kind === 'invoice' && can('sales.invoice.issue') && (
          <Button variant="default" onClick={() => setDialog('debit')} data-testid="debit-note">
            Debit note
          </Button>
        )}
        {(open || invoice.status === 'paid') && can('sales.invoice.void') && (
          <Button variant="default" color="red" onClick={() => void onVoid()} loading={action.isPending && action.variables === 'void'} data-testid="void-invoice">
            Void
          </Button>
        )}
        {draft && can('sales.invoice.create') && (
          <Button variant="default" color="red" onClick={() => void onDelete()} data-testid="delete-invoice">
            Delete
          </Button>
        )}
      </PageHeader>

      {notice && (
        <Alert color="teal" title="Done" data-testid="invoice-notice" withCloseButton closeButtonLabel="Dismiss" onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {(action.error ?? pdf.error) && (
        <Alert color="red" role="alert" title="That did not work" data-testid="action-error">
          {action.error ? errorText(action.error) : (pdf.error?.message ?? '')}
        </Alert>
      )}
      {(invoice.warnings ?? []).map((w) => (
        <Alert key={w.code} color="orange" title="Warning">
          {w.message}
        </Alert>
      ))}

      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <Paper withBorder p="md">
          <Stack gap={4}>
            <Fact label="Number" value={<span data-testid="invoice-number">{invoice.number ?? 'Not issued yet'}</span>} />
            <Fact label="Invoice date" value={formatDate(invoice.date)} />
            <Fact label="Due date" value={formatDate(invoice.dueDate)} />
            {invoice.reference && <Fact label="Reference" value={invoice.reference} />}
            {invoice.sentAt && <Fact label="Sent" value={formatDate(invoice.sentAt.slice(0, 10))} />}
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Stack gap={4}>
            <Fact label="Bill to" value={invoice.buyer.name} />
            {invoice.buyer.gstin && <Fact label="GSTIN" value={invoice.buyer.gstin} />}
            {(invoice.buyer.address ?? []).length > 0 && <Text size="sm">{(invoice.buyer.address ?? []).join(', ')}</Text>}
            {invoice.taxEngine === 'gst' && <Fact label="Place of supply" value={stateName(invoice.placeOfSupply)} />}
            {invoice.supplyType && <Fact label="Supply" value={SUPPLY[invoice.supplyType] ?? invoice.supplyType} />}
            {invoice.reverseCharge && <Badge variant="dot">Reverse charge</Badge>}
          </Stack>
        </Paper>
        <Paper withBorder p="md" data-testid="invoice-totals">
          <Stack gap={4}>
            <Fact label="Taxable value" value={m(invoice.subtotal, 'invoice-subtotal')} />
            {invoice.taxes.map((t) => (
              <Fact key={`${t.code}-${t.rate}`} label={t.label} value={m(t.amount, `tax-${t.code}`)} />
            ))}
            {!/^-?0+(\.0+)?$/.test(invoice.roundOff) && <Fact label="Round-off" value={m(invoice.roundOff)} />}
            <Fact label="Total" value={<strong>{m(invoice.total, 'invoice-total')}</strong>} />
            {!draft && <Fact label="Paid and credited" value={m(invoice.amountPaid, 'invoice-paid')} />}
            {!draft && <Fact label="Amount due" value={<strong>{m(invoice.amountDue, 'amount-due')}</strong>} />}
          </Stack>
        </Paper>
      </SimpleGrid>

      <Lines invoice={invoice} />
      <TaxBreakdown invoice={invoice} />
      <Chain invoice={invoice} />

      {(invoice.notes || invoice.terms) && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {invoice.notes && (
            <Paper withBorder p="md">
              <Title order={2} size="h5">
                Notes
              </Title>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {invoice.notes}
              </Text>
            </Paper>
          )}
          {invoice.terms && (
            <Paper withBorder p="md">
              <Title order={2} size="h5">
                Terms
              </Title>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {invoice.terms}
              </Text>
            </Paper>
          )}
        </SimpleGrid>
      )}
      {(invoice.entryId || invoice.voidEntryId) && can('ledger.entry.read') && (
        <Group gap="md">
          {invoice.entryId && <EntryLink entryId={invoice.entryId}>Journal entry</EntryLink>}
          {invoice.voidEntryId && <EntryLink entryId={invoice.voidEntryId}>Void reversal</EntryLink>}
        </Group>
      )}

      {dialog === 'payment' && <RecordPaymentDialog invoice={invoice} onClose={() => setDialog(null)} onDone={(text) => setNotice(text)} />}
      {dialog === 'send' && <SendDialog invoice={invoice} onClose={() => setDialog(null)} onDone={(text) => setNotice(text)} />}
      {dialog === 'debit' && <DebitNoteDialog invoice={invoice} onClose={() => setDialog(null)} onDone={(noteId) => void navigate({ to: '/sales/invoices/$invoiceId', params: { invoiceId: noteId } })} />}
      {dialog === 'credit' && <CreditNoteDialog invoice={invoice} onClose={() => setDialog(null)} onDone={(text) => setNotice(text)} />}
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: ReactNode }) {
  return (
    <Group justify="space-between" gap="sm" wrap="nowrap">
      <Text size="sm">{label}</Text>
      <Text size="sm" ta="right" component="div">
        {value}
      </Text>
    </Group>
  );
}

function Lines({ invoice }: { invoice: Invoice }) {
  const m = (amount: string) => <Money amount={amount} currency={invoice.currency} />;
  return (
    <Table.ScrollContainer minWidth={860} type="native" style={{ position: 'relative' }} tabIndex={0} role="region" aria-label="Invoice lines">
      <Table striped verticalSpacing="xs" data-testid="invoice-detail-lines">
        <caption>
          <VisuallyHidden>Invoice lines</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>Description</Table.Th>
            <Table.Th>HSN/SAC</Table.Th>
            <Table.Th ta="right">Quantity</Table.Th>
            <Table.Th ta="right">Price</Table.Th>
            <Table.Th ta="right">Discount</Table.Th>
            <Table.Th ta="right">Taxable value</Table.Th>
            <Table.Th ta="right">Tax</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoice.lines.map((l) => (
            <Table.Tr key={l.id} data-testid="invoice-detail-line">
              <Table.Td>{l.lineNo}</Table.Td>
              <Table.Td>{l.description}</Table.Td>
              <Table.Td>{l.hsn ?? '—'}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {l.quantity} {l.unit ?? ''}
              </Table.Td>
              <Table.Td ta="right">{m(l.unitPrice)}</Table.Td>
              <Table.Td ta="right">{/^0+(\.0+)?$/.test(l.discount) ? '—' : m(l.discount)}</Table.Td>
              <Table.Td ta="right">{m(l.taxableValue)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {l.taxComponents.map((t) => t.label).join(' + ') || '—'} {m(l.taxAmount)}
              </Table.Td>
              <Table.Td ta="right">{m(l.lineTotal)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function TaxBreakdown({ invoice }: { invoice: Invoice }) {
  if (invoice.taxes.length === 0) return null;
  const m = (amount: string, testId?: string) => <Money amount={amount} currency={invoice.currency} testId={testId} />;
  return (
    <Table.ScrollContainer minWidth={480} type="native" style={{ position: 'relative' }} tabIndex={0} role="region" aria-label="Tax breakdown">
      <Table verticalSpacing={4} captionSide="top" data-testid="tax-breakdown">
        <caption>Tax breakdown</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Tax</Table.Th>
            <Table.Th ta="right">Rate</Table.Th>
            <Table.Th ta="right">Taxable value</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoice.taxes.map((t) => (
            <Table.Tr key={`${t.code}-${t.rate}`}>
              <Table.Td>{t.label}</Table.Td>
              <Table.Td ta="right">{t.rate}%</Table.Td>
              <Table.Td ta="right">{m(t.taxableValue)}</Table.Td>
              <Table.Td ta="right">{m(t.amount, `breakdown-${t.code}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The document chain: sales order → delivery notes → this invoice → payments, credit and debit notes. */
function Chain({ invoice }: { invoice: Invoice }) {
  const can = useCan();
  const orderId = invoice.salesOrderId;
  const order = useQuery({ ...orderQuery(orderId ?? ''), enabled: Boolean(orderId) && can('sales.order.read') });
  const deliveries = useQuery({ ...orderDeliveriesQuery(orderId ?? ''), enabled: Boolean(orderId) && can('sales.delivery.read') });
  const payments = useQuery({ ...paymentsQuery({ customerId: invoice.customerId }, 200), enabled: invoice.status !== 'draft' && can('sales.payment.read') });
  const credits = useQuery({ ...creditNotesQuery({ invoiceId: invoice.id }), enabled: invoice.status !== 'draft' });
  const debits = useQuery({ ...debitNotesQuery({ invoiceId: invoice.id }), enabled: invoice.status !== 'draft' && invoice.kind === 'invoice' });
  const original = useQuery({ ...invoiceQuery(invoice.originalInvoiceId ?? ''), enabled: Boolean(invoice.originalInvoiceId) });
  const deliveryLineIds = useMemo(() => new Set(invoice.lines.flatMap((l) => (l.deliveryLineId ? [l.deliveryLineId] : []))), [invoice.lines]);
  const myDeliveries = (deliveries.data ?? []).filter((d) => d.lines.some((l) => deliveryLineIds.has(l.id)) || deliveryLineIds.size === 0);
  const settlements = (payments.data?.items ?? []).flatMap((p) => p.allocations.filter((a) => a.invoiceId === invoice.id).map((a) => ({ payment: p, allocation: a })));
  if (invoice.status === 'draft' && !orderId) return null;
  const m = (amount: string, testId?: string) => <Money amount={amount} currency={invoice.currency} testId={testId} />;
  return (
    <Paper withBorder p="md" data-testid="document-chain">
      <Stack gap="xs">
        <Title order={2} size="h4">
          Documents
        </Title>
        <Group gap="xs" wrap="wrap" aria-label="Document chain" role="list">
          {orderId && (
            <ChainStep label="Sales order">
              <Anchor size="sm" data-testid="chain-order" renderRoot={(props) => <Link {...props} to="/sales/orders/$orderId" params={{ orderId }} />}>
                {order.data ? (order.data.number ?? 'Draft') : 'Open the order'}
              </Anchor>
              {order.data ? ` (${formatDate(order.data.date)})` : ''}
            </ChainStep>
          )}
          {myDeliveries.map((d) => (
            <ChainStep key={d.id} label="Delivery">
              <Anchor size="sm" data-testid="chain-delivery" renderRoot={(props) => <Link {...props} to="/sales/deliveries/$deliveryId" params={{ deliveryId: d.id }} />}>
                {d.number}
              </Anchor>{' '}
              ({formatDate(d.date)})
            </ChainStep>
          ))}
          {invoice.originalInvoiceId && (
            <ChainStep label="Original invoice">
              <InvoiceLink invoice={{ id: invoice.originalInvoiceId, number: original.data?.number ?? 'Open' }} testId="original-invoice" />
            </ChainStep>
          )}
          <ChainStep label={invoice.kind === 'debit_note' ? 'This debit note' : 'This invoice'} current>
            {invoice.number ?? 'Draft'}
          </ChainStep>
          {settlements.map(({ payment, allocation }) => (
            <ChainStep key={allocation.id} label={allocation.status === 'reversed' ? 'Payment (reversed)' : 'Payment'}>
              <PaymentLink payment={payment} /> {m(allocation.amount, 'chain-payment-amount')}
            </ChainStep>
          ))}
          {(credits.data?.items ?? []).map((cn) => (
            <ChainStep key={cn.id} label="Credit note">
              <Anchor size="sm" data-testid="credit-note-link" renderRoot={(props) => <Link {...props} to="/sales/credit-notes/$creditNoteId" params={{ creditNoteId: cn.id }} />}>
                {cn.number}
              </Anchor>{' '}
              {m(cn.total)}
            </ChainStep>
          ))}
          {(debits.data?.items ?? []).map((dn) => (
            <ChainStep key={dn.id} label="Debit note">
              <InvoiceLink invoice={dn} /> {m(dn.total)}
            </ChainStep>
          ))}
        </Group>
        {invoice.status !== 'draft' && settlements.length === 0 && (credits.data?.items ?? []).length === 0 && <Text size="sm">No payments or credits yet.</Text>}
      </Stack>
    </Paper>
  );
}

function ChainStep({ label, children, current }: { label: string; children: ReactNode; current?: boolean }) {
  return (
    <Paper withBorder px="sm" py={4} role="listitem" data-testid="chain-step" bg={current ? 'var(--mantine-color-default-hover)' : undefined}>
      <Text size="xs">{label}</Text>
      <Text size="sm" component="div" fw={current ? 700 : 400}>
        {children}
      </Text>
    </Paper>
  );
}
