import { Alert, Button, Group, Modal, SimpleGrid, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Decimal } from 'decimal.js';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useConfirm } from '../../lib/confirm';
import { errorText, QueryState, RequirePermission } from '../../lib/Forbidden';
import { EmptyState, ListTable, type Column } from '../../lib/list';
import { formatMoney } from '../../lib/money';
import { useCan } from '../../lib/permissions';
import { useSubmit } from '../../lib/use-submit';
import { Qty, isQuantity, useStores } from '../inventory/shared';
import { formatDate, today } from '../ledger/dates';
import { Money, PageHeader } from '../ledger/shared';
import { billsQuery, downloadPdf, ifMatch, invalidatePurchases, orderQuery, receiptsQuery, type Bill, type Order, type OrderLine, type Receipt } from './api';
import { orderRoute } from './routes';
import { BillLink, BillStatusBadge, Fact, LinesTable, OrderStatusBadge, ReceiptLink, TotalsTable, VendorName } from './shared';

export function OrderDetail() {
  return (
    <RequirePermission permission="purchases.order.read">
      <Detail />
    </RequirePermission>
  );
}

const open = (l: OrderLine) => new Decimal(l.quantity).minus(l.receivedQuantity);
const isOpen = (order: Order) => order.status === 'confirmed' || order.status === 'partly_received';

/** One purchase order: lines with what was received and billed, its receipts and bills, and what can be done next. */
function Detail() {
  const { orderId } = orderRoute.useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const confirm = useConfirm();
  const can = useCan();
  const stores = useStores();
  const order = useQuery(orderQuery(orderId));
  const vendorId = order.data?.vendorId;
  const receipts = useQuery({ ...receiptsQuery({ orderId }), enabled: can('purchases.receipt.read') });
  const bills = useQuery({ ...billsQuery({ vendorId: vendorId ?? '', limit: 100 }), enabled: Boolean(vendorId) && can('purchases.bill.read') });
  const [receiving, setReceiving] = useState(false);
  const [pdfError, setPdfError] = useState<string | null>(null);

  const action = useMutation({
    mutationFn: async ({ kind, o }: { kind: 'confirm' | 'cancel'; o: Order }) =>
      kind === 'confirm'
        ? unwrap(await api.POST('/api/v1/purchase-orders/{id}/confirm', { params: { path: { id: o.id } }, headers: ifMatch(o.version) }))
        : unwrap(await api.POST('/api/v1/purchase-orders/{id}/cancel', { params: { path: { id: o.id } }, headers: ifMatch(o.version) })),
    onSettled: () => invalidatePurchases(queryClient),
  });

  if (!order.data) return <QueryState error={order.error} isPending={order.isPending} what="the purchase order" />;
  const o = order.data;
  const manage = can('purchases.order.manage');
  const orderBills = (bills.data?.items ?? []).filter((b) => b.orderId === o.id);
  const anyOpen = o.lines.some((l) => l.stocked && open(l).gt(0));
  const billable = o.lines.some((l) => (l.stocked ? new Decimal(l.receivedQuantity).gt(l.billedQuantity) : new Decimal(l.quantity).gt(l.billedQuantity)));

  async function onConfirm() {
    if (await confirm({ title: 'Confirm purchase order', message: `Confirm ${o.number} for ${formatMoney(o.total, o.currency)}? Goods can then be received against it; it can no longer be edited.`, confirmLabel: 'Confirm order' })) action.mutate({ kind: 'confirm', o });
  }
  async function onCancel() {
    if (await confirm({ title: 'Cancel purchase order', message: `Cancel ${o.number}? Nothing can be received or billed on it afterwards.`, confirmLabel: 'Cancel order', destructive: true })) action.mutate({ kind: 'cancel', o });
  }
  async function onPdf() {
    setPdfError(null);
    try {
      await downloadPdf(`/api/v1/purchase-orders/${o.id}/pdf`);
    } catch (error) {
      setPdfError(error instanceof Error ? error.message : 'The PDF could not be loaded');
    }
  }

  const lineColumns: Column<OrderLine>[] = [
    { key: 'no', header: '#', cell: (l) => l.lineNo },
    { key: 'description', header: 'Description', cell: (l) => <>{l.description}{l.hsn ? <Text size="xs">HSN/SAC {l.hsn}{l.stocked ? '' : ' · not stocked'}</Text> : l.stocked ? null : <Text size="xs">not stocked</Text>}</> },
    { key: 'quantity', header: 'Ordered', numeric: true, cell: (l) => <Qty value={l.quantity} testId="line-ordered" /> },
    { key: 'received', header: 'Received', numeric: true, cell: (l) => (l.stocked ? <Qty value={l.receivedQuantity} testId="line-received" /> : '—') },
    { key: 'billed', header: 'Billed', numeric: true, cell: (l) => <Qty value={l.billedQuantity} testId="line-billed" /> },
    { key: 'price', header: 'Unit price', numeric: true, cell: (l) => <Money amount={l.unitPrice} currency={o.currency} /> },
    { key: 'gst', header: 'GST', numeric: true, cell: (l) => (l.gstRate ? `${l.gstRate}%` : '—') },
    { key: 'amount', header: 'Amount', numeric: true, cell: (l) => <Money amount={l.amount} currency={o.currency} /> },
  ];
  const receiptColumns: Column<Receipt>[] = [
    { key: 'number', header: 'Receipt', cell: (r) => <ReceiptLink id={r.id}>{r.number}</ReceiptLink> },
    { key: 'date', header: 'Date', cell: (r) => formatDate(r.date) },
    { key: 'lines', header: 'Quantities', cell: (r) => r.lines.map((l) => l.quantity).join(' + ') },
    { key: 'value', header: 'Value', numeric: true, cell: (r) => <Money amount={r.value} currency={r.currency} testId="receipt-value" /> },
  ];
  const billColumns: Column<Bill>[] = [
    { key: 'number', header: 'Bill', cell: (b) => <BillLink id={b.id}>{b.number}</BillLink> },
    { key: 'vendorBill', header: 'Vendor’s number', cell: (b) => b.vendorBillNumber },
    { key: 'total', header: 'Total', numeric: true, cell: (b) => <Money amount={b.total} currency={b.currency} /> },
    { key: 'due', header: 'Due', numeric: true, cell: (b) => <Money amount={b.amountDue} currency={b.currency} /> },
    { key: 'status', header: 'Status', cell: (b) => <BillStatusBadge bill={b} /> },
  ];
  return (
    <Stack gap="md">
      <PageHeader title={`Purchase order ${o.number}`} subtitle={<OrderStatusBadge status={o.status} />}>
        {manage && o.status === 'draft' && (
          <>
            <Button variant="default" onClick={() => void navigate({ to: '/purchases/orders/$orderId/edit', params: { orderId: o.id } })} data-testid="edit-order">
              Edit
            </Button>
            <Button onClick={() => void onConfirm()} loading={action.isPending && action.variables?.kind === 'confirm'} data-testid="confirm-order">
              Confirm
            </Button>
          </>
        )}
        {isOpen(o) && anyOpen && can('purchases.receipt.manage') && (
          <Button onClick={() => setReceiving(true)} data-testid="receive-goods">
            Receive goods
          </Button>
        )}
        {o.status !== 'draft' && o.status !== 'cancelled' && billable && can('purchases.bill.manage') && (
          <Button variant="default" onClick={() => void navigate({ to: '/purchases/bills/new', search: { orderId: o.id } })} data-testid="create-bill">
            Create bill
          </Button>
        )}
        <Button variant="default" onClick={() => void onPdf()} data-testid="order-pdf">
          PDF
        </Button>
        {manage && (o.status === 'draft' || o.status === 'confirmed') && (
          <Button variant="default" color="red" onClick={() => void onCancel()} loading={action.isPending && action.variables?.kind === 'cancel'} data-testid="cancel-order">
            Cancel order
          </Button>
        )}
      </PageHeader>
      {(action.error || pdfError) && (
        <Alert color="red" role="alert" title="That did not work">
          {action.error ? errorText(action.error) : pdfError}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" component="dl" m={0}>
        <Fact label="Vendor">
          <VendorName id={o.vendorId} />
        </Fact>
        <Fact label="Order date">{formatDate(o.date)}</Fact>
        <Fact label="Expected">{o.expectedDate ? formatDate(o.expectedDate) : '—'}</Fact>
        <Fact label="Store">{stores.nameOf(o.storeId)}</Fact>
      </SimpleGrid>
      <LinesTable caption="Order lines" testId="order-lines" columns={lineColumns} rows={o.lines} rowKey={(l) => l.id} minWidth={820} />
      <TotalsTable
        caption="Order totals"
        currency={o.currency}
        rows={[
          { label: 'Subtotal', amount: o.subtotal, testId: 'order-subtotal' },
          ...o.taxes.map((t, i) => ({ label: t.label, amount: t.amount, testId: `order-tax-${i}` })),
          { label: 'Total', amount: o.total, testId: 'order-total', strong: true },
        ]}
      />
      {(o.reference || o.notes) && (
        <Text size="sm">
          {o.reference && `Reference: ${o.reference}. `}
          {o.notes}
        </Text>
      )}
      <Title order={2} size="h4">
        Goods receipts
      </Title>
      <ListTable caption="Goods receipts of this order" testId="order-receipts" columns={receiptColumns} rows={receipts.data?.items} rowKey={(r) => r.id} loading={receipts.isPending && receipts.fetchStatus !== 'idle'} error={receipts.error} minWidth={520} empty={<EmptyState title="Nothing received yet" testId="no-receipts" />} />
      <Title order={2} size="h4">
        Bills
      </Title>
      <ListTable caption="Bills of this order" testId="order-bills" columns={billColumns} rows={bills.data ? orderBills : undefined} rowKey={(b) => b.id} loading={bills.isPending && bills.fetchStatus !== 'idle'} error={bills.error} minWidth={620} empty={<EmptyState title="Not billed yet" testId="no-bills" />} />
      {receiving && <ReceiveDialog order={o} onClose={() => setReceiving(false)} />}
    </Stack>
  );
}

/** Receive goods: how much of each open stocked line arrived (default: everything still open). */
function ReceiveDialog({ order, onClose }: { order: Order; onClose: () => void }) {
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const openLines = order.lines.filter((l) => l.stocked && open(l).gt(0));
  const [date, setDate] = useState(today());
  const [quantities, setQuantities] = useState<Record<string, string>>(() => Object.fromEntries(openLines.map((l) => [l.id, open(l).toString()])));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    const sent = openLines.filter((l) => (quantities[l.id] ?? '').trim() !== '' && !/^0+(\.0+)?$/.test((quantities[l.id] ?? '').trim()));
    for (const l of sent) if (!isQuantity(quantities[l.id] ?? '')) problems[l.id] = 'Enter a quantity like 4 or 2.5';
    if (sent.length === 0) problems.none = 'Enter the quantity received on at least one line.';
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;
    void submit.run(async () => {
      unwrap(await api.POST('/api/v1/goods-receipts', { body: { orderId: order.id, date, lines: sent.map((l) => ({ orderLineId: l.id, quantity: (quantities[l.id] ?? '').trim() })) } }));
      await invalidatePurchases(queryClient);
      onClose();
    });
  }
  const serverError = (i: number) => submit.errors[`lines[${i}].quantity`];
  const sentIndex = (id: string) => openLines.filter((l) => (quantities[l.id] ?? '').trim() !== '' && !/^0+(\.0+)?$/.test((quantities[l.id] ?? '').trim())).findIndex((l) => l.id === id);
  return (
    <Modal opened onClose={onClose} title={`Receive goods on ${order.number}`} size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={onSubmit} noValidate aria-label="Goods receipt">
        <Stack gap="sm">
          {(submit.message || localErrors.none || submit.errors.date) && (
            <Alert color="red" role="alert" title="Could not receive the goods" data-testid="receive-errors">
              {submit.message ?? localErrors.none ?? submit.errors.date}
            </Alert>
          )}
          <TextInput type="date" label="Received on" required value={date} onChange={(e) => setDate(e.currentTarget.value)} w={{ base: '100%', xs: 200 }} />
          <Table.ScrollContainer minWidth={460} type="native" style={{ position: 'relative' }}>
            <Table verticalSpacing="xs">
              <caption>
                <VisuallyHidden>Quantities received</VisuallyHidden>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Product</Table.Th>
                  <Table.Th ta="right">Open</Table.Th>
                  <Table.Th ta="right" w={140}>
                    Received now
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {openLines.map((l) => {
                  const i = sentIndex(l.id);
                  return (
                    <Table.Tr key={l.id} data-testid="receive-line" style={{ verticalAlign: 'top' }}>
                      <Table.Td>{l.description}</Table.Td>
                      <Table.Td ta="right">
                        <Qty value={open(l).toString()} />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={`Quantity received, ${l.description}`}
                          inputMode="decimal"
                          autoComplete="off"
                          styles={{ input: { textAlign: 'right' } }}
                          value={quantities[l.id] ?? ''}
                          onChange={(e) => {
                            const value = e.currentTarget.value;
                            setQuantities((q) => ({ ...q, [l.id]: value }));
                          }}
                          error={localErrors[l.id] ?? (i >= 0 ? serverError(i) : undefined)}
                          data-testid="receive-quantity"
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="sm">Stock comes in at the order price; never more than is still open on a line.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={submit.submitting} data-testid="save-receipt">
              Receive
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
