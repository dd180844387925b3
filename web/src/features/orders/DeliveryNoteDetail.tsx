import { Alert, Button, Group, Modal, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Decimal } from 'decimal.js';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { errorText, QueryState, RequirePermission } from '../../lib/Forbidden';
import { useCan } from '../../lib/permissions';
import { useSubmit } from '../../lib/use-submit';
import { formatDate, today } from '../ledger/dates';
import { Money, PageHeader, useBaseCurrency } from '../ledger/shared';
import { useStores } from '../inventory/shared';
import { deliveryQuery, invalidateChain, isQuantity, isZero, type DeliveryNote } from './api';
import { deliveryRoute } from './routes';
import { OrderLink } from './SalesOrdersList';
import { PdfButton } from './shared';

export function DeliveryNoteDetail() {
  return (
    <RequirePermission permission="sales.delivery.read">
      <Detail />
    </RequirePermission>
  );
}

const returnable = (l: DeliveryNote['lines'][number]) => new Decimal(l.quantity).minus(l.returned).minus(l.invoiced);

function Detail() {
  const { deliveryId } = deliveryRoute.useParams();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const can = useCan();
  const currency = useBaseCurrency();
  const stores = useStores();
  const query = useQuery(deliveryQuery(deliveryId));
  const [returning, setReturning] = useState(false);
  const invoice = useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/api/v1/delivery-notes/{id}/invoice', { params: { path: { id } }, body: { issue: true } })),
    onSuccess: async (inv) => {
      await invalidateChain(queryClient);
      await navigate({ to: '/sales/invoices/$invoiceId', params: { invoiceId: inv.id } });
    },
  });
  const d = query.data;
  if (!d) return <QueryState error={query.error} isPending={query.isPending} what="the delivery note" />;
  const manage = can('sales.delivery.manage');
  const canReturn = d.lines.some((l) => returnable(l).gt(0));
  return (
    <Stack gap="md">
      <PageHeader title={`Delivery note ${d.number}`} subtitle={`${d.customerName} · ${formatDate(d.date)}`}>
        <PdfButton path={`/api/v1/delivery-notes/${d.id}/pdf`} />
        {manage && canReturn && (
          <Button variant="default" onClick={() => void invoice.mutate(d.id)} loading={invoice.isPending} data-testid="invoice-delivery">
            Invoice
          </Button>
        )}
        {manage && canReturn && (
          <Button variant="default" onClick={() => setReturning(true)} data-testid="return-delivery">
            Return goods
          </Button>
        )}
      </PageHeader>
      {invoice.error && (
        <Alert color="red" role="alert" title="Could not invoice">
          {errorText(invoice.error)}
        </Alert>
      )}
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <div>
            <Text size="xs" c="dimmed">
              Order
            </Text>
            <OrderLink order={{ id: d.salesOrderId, number: d.salesOrderNumber }} />
          </div>
          <div>
            <Text size="xs" c="dimmed">
              Customer
            </Text>
            <Text size="sm">{d.customerName}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              Memo
            </Text>
            <Text size="sm">{d.memo ?? '—'}</Text>
          </div>
        </SimpleGrid>
      </Paper>
      <Table.ScrollContainer minWidth={700} type="native" style={{ position: 'relative' }} tabIndex={0} role="region" aria-label="Goods delivered">
        <Table verticalSpacing="xs" striped data-testid="delivery-lines">
          <caption>
            <Text component="span" size="sm" fw={700}>
              Goods delivered
            </Text>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Description</Table.Th>
              <Table.Th>Store</Table.Th>
              <Table.Th ta="right">Quantity</Table.Th>
              <Table.Th ta="right">Returned</Table.Th>
              <Table.Th ta="right">Invoiced</Table.Th>
              <Table.Th ta="right">Cost ({currency})</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.lines.map((l) => (
              <Table.Tr key={l.id} data-testid="delivery-line">
                <Table.Td>{l.description}</Table.Td>
                <Table.Td>{l.storeId ? stores.nameOf(l.storeId) : ''}</Table.Td>
                <Table.Td ta="right" data-testid="delivery-quantity">
                  {l.quantity}
                </Table.Td>
                <Table.Td ta="right" data-testid="delivery-returned">
                  {l.returned}
                </Table.Td>
                <Table.Td ta="right" data-testid="delivery-invoiced">
                  {l.invoiced}
                </Table.Td>
                <Table.Td ta="right">
                  <Money amount={new Decimal(l.cost).minus(l.returnedCost).toFixed(2)} currency={currency} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {d.returns.length > 0 && (
        <Stack gap="xs">
          <Title order={2} size="h4">
            Returns
          </Title>
          {d.returns.map((r) => (
            <Text size="sm" key={r.id} data-testid="delivery-return">
              {formatDate(r.date)}: {r.reason} — {r.lines.map((rl) => `${rl.quantity} × ${d.lines.find((l) => l.id === rl.deliveryLineId)?.description ?? ''}`).join(', ')}
            </Text>
          ))}
        </Stack>
      )}
      {returning && <ReturnDialog delivery={d} onClose={() => setReturning(false)} />}
    </Stack>
  );
}

/** Goods back into stock at the cost they left with; only what is neither returned nor invoiced. */
function ReturnDialog({ delivery, onClose }: { delivery: DeliveryNote; onClose: () => void }) {
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const lines = delivery.lines.filter((l) => returnable(l).gt(0));
  const [quantities, setQuantities] = useState<Record<string, string>>(() => Object.fromEntries(lines.map((l) => [l.id, ''])));
  const [reason, setReason] = useState('');
  const [date, setDate] = useState(today());
  const errors = submit.errors;
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': 'Close' }} title="Return goods" size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const chosen = lines.filter((l) => (quantities[l.id] ?? '').trim() && !isZero((quantities[l.id] ?? '').trim()));
          if (!reason.trim()) return submit.setMessage('Give the reason for the return.');
          if (chosen.length === 0) return submit.setMessage('Enter a quantity on at least one line.');
          if (chosen.some((l) => !isQuantity(quantities[l.id] ?? ''))) return submit.setMessage('Quantities are numbers like 2 or 1.5.');
          void submit.run(async () => {
            unwrap(await api.POST('/api/v1/delivery-notes/{id}/return', { params: { path: { id: delivery.id } }, body: { date, reason: reason.trim(), lines: chosen.map((l) => ({ deliveryLineId: l.id, quantity: (quantities[l.id] ?? '').trim() })) } }));
            await invalidateChain(queryClient);
            onClose();
          });
        }}
      >
        <Stack gap="sm">
          {(submit.message || Object.keys(errors).length > 0) && (
            <Alert color="red" role="alert" title="Could not record the return" data-testid="return-errors">
              {submit.message ?? Object.values(errors).join('; ')}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label="Reason" required value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={500} error={errors.reason} />
            <TextInput type="date" label="Date" value={date} onChange={(e) => setDate(e.currentTarget.value)} error={errors.date} />
          </SimpleGrid>
          <Table verticalSpacing={4}>
            <caption>
              <Text component="span" size="sm">
                Quantities coming back
              </Text>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Line</Table.Th>
                <Table.Th ta="right">Returnable</Table.Th>
                <Table.Th ta="right">Return</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((l, i) => (
                <Table.Tr key={l.id}>
                  <Table.Td>{l.description}</Table.Td>
                  <Table.Td ta="right">{returnable(l).toFixed()}</Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`Return, ${l.description}`}
                      inputMode="decimal"
                      autoComplete="off"
                      styles={{ input: { textAlign: 'right' } }}
                      value={quantities[l.id] ?? ''}
                      onChange={(e) => {
                        const v = e.currentTarget.value;
                        setQuantities((q) => ({ ...q, [l.id]: v }));
                      }}
                      error={errors[`lines[${i}].quantity`]}
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
            <Button type="submit" color="red" loading={submit.submitting} data-testid="return-ok">
              Record return
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
