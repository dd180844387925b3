import { Alert, Anchor, Button, Checkbox, Group, Modal, Paper, Radio, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { Decimal } from 'decimal.js';
import { useState, type ReactNode } from 'react';
import { api, unwrap } from '../../api/client';
import { useConfirm } from '../../lib/confirm';
import { errorText, QueryState, RequirePermission } from '../../lib/Forbidden';
import { useCan } from '../../lib/permissions';
import { useSubmit } from '../../lib/use-submit';
import { formatDate, today } from '../ledger/dates';
import { Money, PageHeader } from '../ledger/shared';
import { StorePicker, useStores } from '../inventory/shared';
import { deliveriesQuery, ifMatch, INVOICE_STATUSES, invalidateChain, isQuantity, isZero, orderChainQuery, orderQuery, quotationQuery, type DeliveryNote, type SalesOrder } from './api';
import { orderRoute } from './routes';
import { OrderStatusBadge, PdfButton, TotalsTable } from './shared';

export function SalesOrderDetail() {
  return (
    <RequirePermission permission="sales.order.read">
      <Detail />
    </RequirePermission>
  );
}

/** What of a delivery note can still be invoiced: delivered − returned − invoiced, per line. */
export const uninvoiced = (d: DeliveryNote) => d.lines.some((l) => new Decimal(l.quantity).minus(l.returned).minus(l.invoiced).gt(0));

function Detail() {
  const { orderId } = orderRoute.useParams();
  const queryClient = useQueryClient();
  const can = useCan();
  const confirm = useConfirm();
  const query = useQuery(orderQuery(orderId));
  const order = query.data;
  const deliveries = useQuery({ ...deliveriesQuery({ salesOrderId: orderId }), enabled: Boolean(order) });
  const chain = useQuery({ ...orderChainQuery({ id: orderId, customerId: order?.customerId ?? '' }), enabled: Boolean(order) });
  const quotation = useQuery({ ...quotationQuery(order?.quotationId ?? ''), enabled: Boolean(order?.quotationId) });
  const stores = useStores();
  const [dialog, setDialog] = useState<'deliver' | 'invoice' | null>(null);
  const act = useMutation({
    mutationFn: async ({ name, o }: { name: 'confirm' | 'cancel' | 'close'; o: SalesOrder }) => {
      const path = { params: { path: { id: o.id } } };
      if (name === 'confirm') return unwrap(await api.POST('/api/v1/sales-orders/{id}/confirm', { ...path, headers: ifMatch(o.version), body: {} }));
      if (name === 'cancel') return unwrap(await api.POST('/api/v1/sales-orders/{id}/cancel', { ...path, body: {} }));
      return unwrap(await api.POST('/api/v1/sales-orders/{id}/close', { ...path, body: {} }));
    },
    onSettled: () => invalidateChain(queryClient),
  });

  if (!order) return <QueryState error={query.error} isPending={query.isPending} what="the sales order" />;
  const open = !['draft', 'closed', 'cancelled'].includes(order.status);
  const toDeliver = order.lines.some((l) => l.stocked && !isZero(l.toDeliver));
  const toInvoice = order.lines.some((l) => !isZero(l.toInvoice));
  const notes = deliveries.data?.items ?? [];
  const anyDelivered = order.lines.some((l) => !isZero(l.delivered) || !isZero(l.invoiced));

  async function onCancel(o: SalesOrder) {
    if (await confirm({ title: 'Cancel order', message: `Cancel ${o.number ?? 'this draft order'}? Its reservations are released; it cannot be delivered or invoiced afterwards.`, confirmLabel: 'Cancel order', destructive: true })) act.mutate({ name: 'cancel', o });
  }
  async function onClose(o: SalesOrder) {
    if (await confirm({ title: 'Close order short', message: `Close ${o.number ?? 'this order'}? What is left is neither delivered nor invoiced.`, confirmLabel: 'Close order', destructive: true })) act.mutate({ name: 'close', o });
  }

  return (
    <Stack gap="md">
      <PageHeader title={`Sales order ${order.number ?? '(draft)'}`} subtitle={`${order.customerName} · ${formatDate(order.date)}${order.storeId ? ` · from ${stores.nameOf(order.storeId)}` : ''}`}>
        <OrderStatusBadge status={order.status} />
        <PdfButton path={`/api/v1/sales-orders/${order.id}/pdf`} />
      </PageHeader>
      {act.error && (
        <Alert color="red" role="alert" title="Could not do that">
          {errorText(act.error)}
        </Alert>
      )}
      {order.creditWarning && (
        <Alert color="orange" title="Credit limit" data-testid="credit-warning">
          {order.creditWarning.message}
        </Alert>
      )}
      {can('sales.order.manage') && (
        <Group gap="xs" wrap="wrap" data-testid="order-actions">
          {order.status === 'draft' && (
            <Button onClick={() => act.mutate({ name: 'confirm', o: order })} loading={act.isPending && act.variables.name === 'confirm'} data-testid="confirm-order">
              Confirm
            </Button>
          )}
          {open && toDeliver && can('sales.delivery.manage') && (
            <Button onClick={() => setDialog('deliver')} data-testid="deliver-order">
              Deliver
            </Button>
          )}
          {open && toInvoice && (
            <Button variant="default" onClick={() => setDialog('invoice')} disabled={!deliveries.data} data-testid="invoice-order">
              Invoice
            </Button>
          )}
          {open && (
            <Button variant="default" color="red" onClick={() => void onClose(order)} data-testid="close-order">
              Close short
            </Button>
          )}
          {(order.status === 'draft' || (open && !anyDelivered)) && (
            <Button variant="default" onClick={() => void onCancel(order)} data-testid="cancel-order">
              Cancel order
            </Button>
          )}
        </Group>
      )}

      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">
          The chain
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm" data-testid="chain">
          <ChainStep title="Quotation">
            {order.quotationId ? (
              <Anchor size="sm" underline="always" data-testid="chain-quotation" renderRoot={(props) => <Link {...props} to="/sales/quotations/$quotationId" params={{ quotationId: order.quotationId ?? '' }} />}>
                {quotation.data?.number ?? 'Quotation'}
              </Anchor>
            ) : (
              <Text size="sm">None (direct order)</Text>
            )}
          </ChainStep>
          <ChainStep title="Order">
            <Text size="sm" data-testid="chain-order">
              {order.number ?? 'Draft'} · <Money amount={order.totals.total} currency={order.currency} />
            </Text>
          </ChainStep>
          <ChainStep title="Deliveries">
            {notes.length === 0 && <Text size="sm">None yet</Text>}
            {notes.map((d) => (
              <Anchor key={d.id} size="sm" underline="always" data-testid="chain-delivery" renderRoot={(props) => <Link {...props} to="/sales/deliveries/$deliveryId" params={{ deliveryId: d.id }} />}>
                {d.number} · {formatDate(d.date)}
              </Anchor>
            ))}
          </ChainStep>
          <ChainStep title="Invoices">
            {(chain.data?.invoices ?? []).length === 0 && <Text size="sm">None yet</Text>}
            {(chain.data?.invoices ?? []).map((i) => (
              <Text size="sm" key={i.id} data-testid="chain-invoice">
                <Anchor size="sm" underline="always" renderRoot={(props) => <Link {...props} to="/sales/invoices/$invoiceId" params={{ invoiceId: i.id }} />}>
                  {i.number ?? 'Draft invoice'}
                </Anchor>{' '}
                · <Money amount={i.total} currency={i.currency} /> · <span data-testid="chain-invoice-status">{INVOICE_STATUSES[i.status] ?? i.status}</span>
              </Text>
            ))}
          </ChainStep>
          <ChainStep title="Payments">
            {(chain.data?.payments ?? []).length === 0 && <Text size="sm">None yet</Text>}
            {(chain.data?.payments ?? []).map((p) => (
              <Text size="sm" key={p.id} data-testid="chain-payment">
                <Anchor size="sm" underline="always" renderRoot={(props) => <Link {...props} to="/sales/payments/$paymentId" params={{ paymentId: p.id }} />}>
                  {p.number}
                </Anchor>{' '}
                · <Money amount={p.amount} currency={p.currency} />
                {p.status === 'reversed' ? ' (reversed)' : ''}
              </Text>
            ))}
          </ChainStep>
        </SimpleGrid>
      </Paper>

      <Table.ScrollContainer minWidth={820} type="native" style={{ position: 'relative' }} tabIndex={0} role="region" aria-label="Fulfilment per line">
        <Table verticalSpacing="xs" striped data-testid="fulfilment">
          <caption>
            <Text component="span" size="sm" fw={700}>
              Fulfilment per line
            </Text>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Description</Table.Th>
              <Table.Th ta="right">Ordered</Table.Th>
              <Table.Th ta="right">Delivered</Table.Th>
              <Table.Th ta="right">Invoiced</Table.Th>
              <Table.Th ta="right">Returned</Table.Th>
              <Table.Th ta="right">To deliver</Table.Th>
              <Table.Th ta="right">Reserved</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.lines.map((l) => (
              <Table.Tr key={l.id} data-testid="order-line">
                <Table.Td>
                  {l.description}
                  {l.stocked ? '' : ' (no stock)'}
                </Table.Td>
                <Table.Td ta="right" data-testid="line-ordered">
                  {l.ordered}
                </Table.Td>
                <Table.Td ta="right" data-testid="line-delivered">
                  {l.delivered}
                </Table.Td>
                <Table.Td ta="right" data-testid="line-invoiced">
                  {l.invoiced}
                </Table.Td>
                <Table.Td ta="right" data-testid="line-returned">
                  {l.returned}
                </Table.Td>
                <Table.Td ta="right" data-testid="line-to-deliver">
                  {l.toDeliver}
                </Table.Td>
                <Table.Td ta="right">{l.reserved}</Table.Td>
                <Table.Td ta="right">
                  <Money amount={l.amount} currency={order.currency} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <TotalsTable totals={order.totals} currency={order.currency} />
      {dialog === 'deliver' && <DeliverDialog order={order} onClose={() => setDialog(null)} />}
      {dialog === 'invoice' && <InvoiceDialog order={order} notes={notes.filter(uninvoiced)} onClose={() => setDialog(null)} />}
    </Stack>
  );
}

function ChainStep({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" fw={700} tt="uppercase">
        {title}
      </Text>
      {children}
    </Stack>
  );
}

/** A delivery note for some or all of what is left, from a store: stock leaves at cost. */
function DeliverDialog({ order, onClose }: { order: SalesOrder; onClose: () => void }) {
  const queryClient = useQueryClient();
  const stores = useStores();
  const submit = useSubmit();
  const lines = order.lines.filter((l) => l.stocked && !isZero(l.toDeliver));
  const [quantities, setQuantities] = useState<Record<string, string>>(() => Object.fromEntries(lines.map((l) => [l.id, l.toDeliver])));
  const [storeId, setStoreId] = useState(order.storeId ?? '');
  const [date, setDate] = useState(today());
  const store = storeId || stores.active?.[0]?.id || '';
  const errors = submit.errors;
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': 'Close' }} title="Deliver" size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const chosen = lines.filter((l) => (quantities[l.id] ?? '').trim() && !isZero((quantities[l.id] ?? '').trim()));
          if (chosen.length === 0) return submit.setMessage('Enter a quantity to deliver on at least one line.');
          const bad = chosen.find((l) => !isQuantity(quantities[l.id] ?? ''));
          if (bad) return submit.setMessage(`The quantity for ${bad.description} is not a number.`);
          void submit.run(async () => {
            unwrap(await api.POST('/api/v1/delivery-notes', { body: { salesOrderId: order.id, date, lines: chosen.map((l) => ({ orderLineId: l.id, quantity: (quantities[l.id] ?? '').trim(), ...(store && { storeId: store }) })) } }));
            await invalidateChain(queryClient);
            onClose();
          });
        }}
      >
        <Stack gap="sm">
          {(submit.message || Object.keys(errors).length > 0) && (
            <Alert color="red" role="alert" title="Could not deliver" data-testid="deliver-errors">
              {submit.message ?? Object.values(errors).join('; ')}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <StorePicker label="From store" value={store} onChange={setStoreId} allowDeselect={false} />
            <TextInput type="date" label="Date" value={date} onChange={(e) => setDate(e.currentTarget.value)} error={errors.date} />
          </SimpleGrid>
          <Table verticalSpacing={4}>
            <caption>
              <Text component="span" size="sm">
                Quantities to deliver now
              </Text>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Line</Table.Th>
                <Table.Th ta="right">Left</Table.Th>
                <Table.Th ta="right">Deliver</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((l, i) => (
                <Table.Tr key={l.id}>
                  <Table.Td>{l.description}</Table.Td>
                  <Table.Td ta="right">{l.toDeliver}</Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`Deliver, ${l.description}`}
                      inputMode="decimal"
                      autoComplete="off"
                      styles={{ input: { textAlign: 'right' } }}
                      value={quantities[l.id] ?? ''}
                      onChange={(e) => {
                        const v = e.currentTarget.value;
                        setQuantities((q) => ({ ...q, [l.id]: v }));
                      }}
                      error={errors[`lines[${i}].quantity`]}
                      data-testid="deliver-quantity"
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={submit.submitting} data-testid="deliver-ok">
              Create delivery note
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** One invoice: for everything not invoiced on the order, or for the goods of chosen delivery notes. */
function InvoiceDialog({ order, notes, onClose }: { order: SalesOrder; notes: DeliveryNote[]; onClose: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [source, setSource] = useState<'order' | 'deliveries'>(notes.length > 0 ? 'deliveries' : 'order');
  const [chosen, setChosen] = useState<string[]>(() => notes.map((d) => d.id));
  const [issue, setIssue] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: async () => {
      if (source === 'order') return unwrap(await api.POST('/api/v1/sales-orders/{id}/invoice', { params: { path: { id: order.id } }, body: { issue } }));
      const [first, ...rest] = chosen;
      if (!first) throw new Error('Choose at least one delivery note.');
      return unwrap(await api.POST('/api/v1/delivery-notes/{id}/invoice', { params: { path: { id: first } }, body: { issue, ...(rest.length > 0 && { deliveryNoteIds: rest }) } }));
    },
    onSuccess: async (invoice) => {
      await invalidateChain(queryClient);
      onClose();
      await navigate({ to: '/sales/invoices/$invoiceId', params: { invoiceId: invoice.id } });
    },
    onError: (e) => setError(e instanceof Error && !('problem' in e) ? e.message : errorText(e)),
  });
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': 'Close' }} title="Invoice" size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setError(null);
          run.mutate();
        }}
      >
        <Stack gap="sm">
          {error && (
            <Alert color="red" role="alert" title="Could not invoice">
              {error}
            </Alert>
          )}
          <Radio.Group label="Invoice" value={source} onChange={(v) => setSource(v === 'order' ? 'order' : 'deliveries')}>
            <Stack gap={6} mt={4}>
              <Radio value="deliveries" label="The delivered goods of these delivery notes" disabled={notes.length === 0} data-testid="invoice-from-deliveries" />
              <Radio value="order" label="Everything on the order not invoiced yet (undelivered goods leave stock with the invoice)" data-testid="invoice-from-order" />
            </Stack>
          </Radio.Group>
          {source === 'deliveries' && (
            <Checkbox.Group label="Delivery notes" value={chosen} onChange={setChosen}>
              <Stack gap={6} mt={4}>
                {notes.map((d) => (
                  <Checkbox key={d.id} value={d.id} label={`${d.number} · ${formatDate(d.date)} · ${d.lines.map((l) => `${l.quantity} × ${l.description}`).join(', ')}`} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          <Checkbox label="Issue at once (number and postings); otherwise a draft" checked={issue} onChange={(e) => setIssue(e.currentTarget.checked)} data-testid="invoice-issue" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={run.isPending} data-testid="invoice-ok">
              Create invoice
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
