import { ActionIcon, Alert, Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Textarea, VisuallyHidden } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { QueryState, RequirePermission } from '../../lib/Forbidden';
import { MoneyInput } from '../../lib/money-input';
import { useSubmit } from '../../lib/use-submit';
import { productQuery, suppliersQuery } from '../catalog/api';
import { ProductPicker } from '../catalog/shared';
import { StorePicker, useStores } from '../inventory/shared';
import { today } from '../ledger/dates';
import { Money, PageHeader, useBaseCurrency } from '../ledger/shared';
import { ifMatch, invalidatePurchases, orderQuery, type Order, type OrderBody } from './api';
import { lineAmount, useEstimate } from './estimate';
import { editOrderRoute } from './routes';
import { TotalsTable, useVendor, VendorPicker } from './shared';

export function NewOrder() {
  return (
    <RequirePermission permission="purchases.order.manage">
      <OrderForm />
    </RequirePermission>
  );
}

export function EditOrder() {
  const { orderId } = editOrderRoute.useParams();
  const order = useQuery(orderQuery(orderId));
  return (
    <RequirePermission permission="purchases.order.manage">
      {order.data ? <OrderForm order={order.data} /> : <QueryState error={order.error} isPending={order.isPending} what="the purchase order" />}
    </RequirePermission>
  );
}

interface Line {
  key: number;
  productId: string;
  description: string;
  hsn: string;
  kind: 'goods' | 'service';
  gstRate: string;
  quantity: string;
  unitPrice: string;
}

let nextKey = 1;
const blank = (): Line => ({ key: nextKey++, productId: '', description: '', hsn: '', kind: 'goods', gstRate: '', quantity: '', unitPrice: '' });

/**
 * A purchase order: vendor, store, dates and lines from the catalog (name, HSN and purchase price
 * filled in) or free text, with live totals and a GST estimate. Saving keeps it a draft.
 */
function OrderForm({ order }: { order?: Order }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const baseCurrency = useBaseCurrency();
  const stores = useStores();
  const submit = useSubmit();
  const [vendorId, setVendorId] = useState(order?.vendorId ?? '');
  const [storeId, setStoreId] = useState(order?.storeId ?? '');
  const [date, setDate] = useState(order?.date ?? today());
  const [expectedDate, setExpectedDate] = useState(order?.expectedDate ?? '');
  const [reference, setReference] = useState(order?.reference ?? '');
  const [notes, setNotes] = useState(order?.notes ?? '');
  const [lines, setLines] = useState<Line[]>(() =>
    order
      ? order.lines.map((l) => ({ key: nextKey++, productId: l.productId ?? '', description: l.description, hsn: l.hsn ?? '', kind: 'goods', gstRate: l.gstRate ?? '', quantity: l.quantity, unitPrice: l.unitPrice }))
      : [blank()],
  );
  const vendor = useVendor(vendorId);
  const currency = order?.currency ?? vendor.data?.currency ?? baseCurrency;
  const store = storeId || stores.active?.[0]?.id || '';
  const amounts = lines.map((l) => lineAmount(l.quantity, l.unitPrice, currency));
  const estimate = useEstimate(
    lines.map((l, i) => ({ amount: amounts[i] ?? null, hsn: l.hsn || null, kind: l.kind, gstRate: l.gstRate || null })),
    vendor.data,
    currency,
    date,
  );

  /** The line added from the keyboard, whose product field takes the focus. */
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const addLine = (fromKeyboard: boolean) => {
    const line = blank();
    setLines((ls) => [...ls, line]);
    if (fromKeyboard) setFocusKey(line.key);
  };
  /** In a line's quantity or price: Enter on the last line starts the next one; Ctrl/⌘+Enter saves. */
  const onLineKey = (index: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    if (event.ctrlKey || event.metaKey) {
      // Browsers do not submit a form on Ctrl+Enter by themselves.
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
      return;
    }
    if (index !== lines.length - 1) return;
    event.preventDefault();
    addLine(true);
  };

  const update = (key: number, patch: Partial<Line>) => setLines((ls) => ls.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  async function pickProduct(key: number, productId: string) {
    update(key, { productId });
    if (!productId) return;
    const [p, suppliers] = await Promise.all([queryClient.fetchQuery(productQuery(productId)), queryClient.fetchQuery(suppliersQuery(productId)).catch(() => [])]);
    // As the server does: the vendor's last cost for the product (in the order currency), else its purchase price.
    const lastCost = suppliers.find((s) => s.vendorId === vendorId && s.lastCost?.currency === currency)?.lastCost?.amount;
    const price = lastCost ?? p.purchasePrice ?? '';
    setLines((ls) =>
      ls.map((l) =>
        l.key === key && l.productId === productId ? { ...l, description: p.name, hsn: p.hsnSac ?? '', kind: p.type, gstRate: p.tax.gstRate ?? '', unitPrice: price, quantity: l.quantity || '1' } : l,
      ),
    );
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit.run(async () => {
      const body: OrderBody = {
        vendorId,
        storeId: store,
        date,
        expectedDate: expectedDate || null,
        reference: reference.trim() || null,
        notes: notes.trim() || null,
        lines: lines.map((l) => ({
          ...(l.productId ? { productId: l.productId } : { description: l.description.trim() }),
          ...(l.productId && l.description.trim() && { description: l.description.trim() }),
          quantity: l.quantity.trim(),
          ...(l.unitPrice.trim() && { unitPrice: l.unitPrice.trim() }),
          ...(!l.productId && l.hsn.trim() && { hsn: l.hsn.trim() }),
        })),
      };
      const saved = order
        ? unwrap(await api.PUT('/api/v1/purchase-orders/{id}', { params: { path: { id: order.id } }, headers: ifMatch(order.version), body }))
        : unwrap(await api.POST('/api/v1/purchase-orders', { body }));
      await invalidatePurchases(queryClient);
      await navigate({ to: '/purchases/orders/$orderId', params: { orderId: saved.id } });
    });
  }

  const errors = submit.errors;
  const err = (i: number, field: string) => errors[`lines[${i}].${field}`];
  const unshown = Object.keys(errors).some((k) => !/^(lines(\[\d+\]\.(productId|description|quantity|unitPrice))?$|vendorId|storeId|date|expectedDate|reference|notes)/.test(k));
  const message = submit.message ?? (unshown ? `Check the lines: ${Object.values(errors)[0] ?? 'some values were refused'}.` : (errors.lines ?? null));
  const title = order ? `Edit purchase order ${order.number}` : 'New purchase order';
  return (
    <Stack gap="md">
      <PageHeader title={title} subtitle="Prices default to the vendor’s last cost or the product’s purchase price. Saved as a draft; confirm it to receive goods." />
      <Paper withBorder p="md" component="form" onSubmit={onSubmit} noValidate aria-label="Purchase order">
        <Stack gap="sm">
          {message && (
            <Alert color="red" role="alert" title="Could not save the purchase order" data-testid="form-errors">
              {message}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <VendorPicker label="Vendor" required value={vendorId} onChange={setVendorId} error={errors.vendorId} />
            <StorePicker label="Deliver to store" required value={store} onChange={setStoreId} allowDeselect={false} error={errors.storeId} />
            <TextInput type="date" label="Order date" required value={date} onChange={(e) => setDate(e.currentTarget.value)} error={errors.date} />
            <TextInput type="date" label="Expected date" value={expectedDate} onChange={(e) => setExpectedDate(e.currentTarget.value)} error={errors.expectedDate} />
          </SimpleGrid>
          <Table.ScrollContainer minWidth={760} type="native" style={{ position: 'relative' }}>
            <Table verticalSpacing="xs" data-testid="order-lines">
              <caption>
                <VisuallyHidden>Lines</VisuallyHidden>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="34%">Product</Table.Th>
                  <Table.Th>Description</Table.Th>
                  <Table.Th ta="right" w={110}>
                    Quantity
                  </Table.Th>
                  <Table.Th ta="right" w={150}>
                    Unit price ({currency})
                  </Table.Th>
                  <Table.Th ta="right">Amount</Table.Th>
                  <Table.Th w={48}>
                    <VisuallyHidden>Remove</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lines.map((line, i) => {
                  const n = i + 1;
                  return (
                    <Table.Tr key={line.key} data-testid="order-line" style={{ verticalAlign: 'top' }}>
                      <Table.Td>
                        <ProductPicker aria-label={`Product, line ${n}`} placeholder="Search the catalog" clearable autoFocus={line.key === focusKey} value={line.productId} onChange={(id) => void pickProduct(line.key, id)} error={err(i, 'productId')} />
                      </Table.Td>
                      <Table.Td>
                        <TextInput aria-label={`Description, line ${n}`} placeholder={line.productId ? '' : 'Free text'} value={line.description} onChange={(e) => update(line.key, { description: e.currentTarget.value })} error={err(i, 'description')} maxLength={500} />
                        {line.hsn && (
                          <Text size="xs" mt={2}>
                            HSN/SAC {line.hsn}
                            {line.gstRate ? ` · GST ${line.gstRate}%` : ''}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <TextInput aria-label={`Quantity, line ${n}`} inputMode="decimal" autoComplete="off" styles={{ input: { textAlign: 'right' } }} value={line.quantity} onChange={(e) => update(line.key, { quantity: e.currentTarget.value })} onKeyDown={onLineKey(i)} error={err(i, 'quantity')} />
                      </Table.Td>
                      <Table.Td>
                        <MoneyInput aria-label={`Unit price, line ${n}`} currency={currency} value={line.unitPrice} onChange={(v) => update(line.key, { unitPrice: v })} onKeyDown={onLineKey(i)} error={err(i, 'unitPrice')} />
                      </Table.Td>
                      <Table.Td ta="right" pt={14}>
                        <Money amount={amounts[i]} currency={currency} testId="line-amount" />
                      </Table.Td>
                      <Table.Td>
                        <ActionIcon variant="subtle" color="red" aria-label={`Remove line ${n}`} disabled={lines.length <= 1} onClick={() => setLines((ls) => ls.filter((l) => l.key !== line.key))}>
                          <span aria-hidden="true">×</span>
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Button variant="default" onClick={() => addLine(false)} w="fit-content" data-testid="add-line">
            Add line
          </Button>
          <TotalsTable
            caption="Order totals"
            currency={currency}
            rows={[
              { label: 'Subtotal', amount: estimate.subtotal, testId: 'order-subtotal' },
              ...estimate.components.map((c) => ({ label: `${c.code} (estimate)`, amount: c.amount, testId: `order-${c.code.toLowerCase()}` })),
              { label: 'GST (estimate)', amount: estimate.tax, testId: 'order-tax' },
              { label: 'Total (estimate)', amount: estimate.total, testId: 'order-total', strong: true },
            ]}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label="Reference" value={reference} onChange={(e) => setReference(e.currentTarget.value)} error={errors.reference} maxLength={100} />
            <Textarea label="Notes" autosize minRows={1} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={errors.notes} maxLength={2000} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void (order ? navigate({ to: '/purchases/orders/$orderId', params: { orderId: order.id } }) : navigate({ to: '/purchases/orders' }))}>
              Cancel
            </Button>
            <Button type="submit" loading={submit.submitting} data-testid="save-order">
              Save draft
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
