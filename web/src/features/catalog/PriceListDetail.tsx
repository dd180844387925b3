import { Alert, Button, Group, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useConfirm } from '../../lib/confirm';
import { QueryState, RequirePermission } from '../../lib/Forbidden';
import { MoneyInput } from '../../lib/money-input';
import { parseAmountInput } from '../../lib/list/decimal';
import { useCan } from '../../lib/permissions';
import { useSubmit } from '../../lib/use-submit';
import { PageHeader } from '../ledger/shared';
import { priceItemsQuery, priceListQuery, productsQuery, type PriceList } from './api';
import { priceListRoute } from './routes';
import { ProductPicker } from './shared';

export function PriceListDetail() {
  const { priceListId } = priceListRoute.useParams();
  return (
    <RequirePermission permission="catalog.pricelist.read">
      <Detail priceListId={priceListId} />
    </RequirePermission>
  );
}

interface ItemDraft {
  key: number;
  productId: string;
  unit: string;
  minQuantity: string;
  price: string;
}

const QUANTITY = /^(0|[1-9][0-9]{0,17})(\.[0-9]{1,6})?$/;
let nextKey = 1;

function Detail({ priceListId }: { priceListId: string }) {
  const list = useQuery(priceListQuery(priceListId));
  const items = useQuery(priceItemsQuery(priceListId));
  if (!list.data || !items.data) return <QueryState error={list.error ?? items.error} isPending={list.isPending || items.isPending} what="price list" />;
  return <Editor list={list.data} initial={items.data.items} />;
}

/** A price list's items: product, unit, minimum quantity (a quantity break) and price; saved all at once. */
function Editor({ list, initial }: { list: PriceList; initial: { productId: string; unit: string; minQuantity: string; price: string }[] }) {
  const can = useCan();
  const confirm = useConfirm();
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const manage = can('catalog.pricelist.manage') && list.status === 'active';
  const [rows, setRows] = useState<ItemDraft[]>(() => initial.map((i) => ({ key: nextKey++, ...i })));
  const [saved, setSaved] = useState(false);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const errors = { ...clientErrors, ...submit.errors };
  const products = useQuery(productsQuery({ status: 'active' }));
  const byId = new Map((products.data?.items ?? []).map((p) => [p.id, p]));
  useEffect(() => setSaved(false), [rows]);
  const archive = useMutation({
    mutationFn: async () => unwrap(await api.DELETE('/api/v1/price-lists/{id}', { params: { path: { id: list.id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['catalog', 'price-lists'] }),
  });

  const set = (key: number, change: Partial<ItemDraft>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...change } : r)));

  async function onSave() {
    const found: Record<string, string> = {};
    rows.forEach((r, i) => {
      if (!r.productId) found[`items[${i}].productId`] = 'Choose a product.';
      if (r.minQuantity.trim() && !QUANTITY.test(r.minQuantity.trim())) found[`items[${i}].minQuantity`] = 'A number, up to 6 decimals.';
      const price = parseAmountInput(r.price, list.currency);
      if (!price.ok || price.value === '') found[`items[${i}].price`] = price.ok ? 'Enter a price.' : price.error;
    });
    setClientErrors(found);
    if (Object.keys(found).length > 0) return;
    await submit.run(async () => {
      const body = {
        items: rows.map((r) => {
          const price = parseAmountInput(r.price, list.currency);
          return { productId: r.productId, ...(r.unit.trim() && { unit: r.unit.trim() }), ...(r.minQuantity.trim() && { minQuantity: r.minQuantity.trim() }), price: price.ok ? price.value : r.price };
        }),
      };
      unwrap(await api.PUT('/api/v1/price-lists/{id}/items', { params: { path: { id: list.id } }, body }));
      await queryClient.invalidateQueries({ queryKey: ['catalog'] });
      setSaved(true);
    });
  }

  async function onArchive() {
    const ok = await confirm({ title: `Archive ${list.name}?`, message: 'Its prices stop applying to new documents.', confirmLabel: 'Archive', destructive: true });
    if (ok) archive.mutate();
  }

  return (
    <Stack gap="md">
      <PageHeader
        title={list.name}
        subtitle={`${list.currency} · ${list.customerGroup ? `customer group ${list.customerGroup}` : 'everyone'} · ${list.validFrom || list.validTo ? `${list.validFrom ?? '…'} to ${list.validTo ?? '…'}` : 'always valid'} · ${list.taxInclusive ? 'tax included' : 'before tax'}${list.status === 'archived' ? ' · archived' : ''}`}
      >
        {manage && (
          <Button variant="default" color="red" onClick={() => void onArchive()} data-testid="archive-price-list">
            Archive
          </Button>
        )}
      </PageHeader>
      {(submit.message ?? archive.error) && (
        <Alert color="red" role="alert" title="Not saved">
          {submit.message ?? archive.error?.message}
        </Alert>
      )}
      {saved && (
        <Alert color="teal" role="status" data-testid="items-saved">
          Prices saved.
        </Alert>
      )}
      <Text size="sm">A row applies from its minimum quantity up; the unit defaults to the product's base unit.</Text>
      <Table.ScrollContainer minWidth={720} type="native" style={{ position: 'relative' }}>
        <Table verticalSpacing="xs" data-testid="price-items">
          <caption>
            <VisuallyHidden>Items of {list.name}</VisuallyHidden>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Product</Table.Th>
              <Table.Th>Unit</Table.Th>
              <Table.Th>Minimum quantity</Table.Th>
              <Table.Th ta="right">Price ({list.currency})</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              <Table.Tr key={r.key} data-testid="price-item">
                <Table.Td miw={220}>
                  <ProductPicker aria-label={`Product, row ${i + 1}`} disabled={!manage} value={r.productId} onChange={(id) => set(r.key, { productId: id, unit: r.unit || (byId.get(id)?.baseUnit ?? '') })} error={errors[`items[${i}].productId`]} />
                </Table.Td>
                <Table.Td>
                  <TextInput aria-label={`Unit, row ${i + 1}`} disabled={!manage} value={r.unit} placeholder={byId.get(r.productId)?.baseUnit ?? 'base unit'} onChange={(e) => set(r.key, { unit: e.currentTarget.value })} error={errors[`items[${i}].unit`]} w={100} />
                </Table.Td>
                <Table.Td>
                  <TextInput aria-label={`Minimum quantity, row ${i + 1}`} disabled={!manage} inputMode="decimal" value={r.minQuantity} placeholder="0" onChange={(e) => set(r.key, { minQuantity: e.currentTarget.value })} error={errors[`items[${i}].minQuantity`]} w={120} />
                </Table.Td>
                <Table.Td>
                  <MoneyInput aria-label={`Price, row ${i + 1}`} disabled={!manage} currency={list.currency} value={r.price} onChange={(v) => set(r.key, { price: v })} error={errors[`items[${i}].price`]} w={140} />
                </Table.Td>
                <Table.Td>
                  {manage && (
                    <Button size="compact-xs" variant="default" onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))} aria-label={`Remove row ${i + 1}`}>
                      Remove
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
            {rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}>
                  <Text size="sm">No prices yet.</Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {manage && (
        <Group>
          <Button variant="default" onClick={() => setRows((rs) => [...rs, { key: nextKey++, productId: '', unit: '', minQuantity: '', price: '' }])} data-testid="add-price-item">
            Add a row
          </Button>
          <Button onClick={() => void onSave()} loading={submit.submitting} data-testid="save-price-items">
            Save prices
          </Button>
        </Group>
      )}
    </Stack>
  );
}
