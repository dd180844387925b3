import { Button, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { QueryState, RequirePermission } from '../../lib/Forbidden';
import { CursorPagination, EmptyState, ListTable, sortRows, useListControls, type Column } from '../../lib/list';
import { compareDecimals, sumAmounts } from '../../lib/list/decimal';
import { useCan } from '../../lib/permissions';
import { useShortcut } from '../../lib/shortcuts';
import { ProductPicker } from '../catalog/shared';
import { Money, PageHeader, useBaseCurrency } from '../ledger/shared';
import { reorderQuery, stockQuery, storeSummaryQuery, type Balance } from './api';
import { stockRoute } from './routes';
import { LowBadge, Qty, StockProductLink, StorePicker, useStores } from './shared';

export function StockByStore() {
  return (
    <RequirePermission permission="inventory.stock.read">
      <StockScreen />
    </RequirePermission>
  );
}

/** Stock on hand in one store: quantity, average unit cost, value, the store's total, and low stock against reorder levels. */
function StockScreen() {
  const search = stockRoute.useSearch();
  const navigate = useNavigate({ from: stockRoute.fullPath });
  const can = useCan();
  const currency = useBaseCurrency();
  const stores = useStores();
  const storeId = search.storeId ?? stores.active?.[0]?.id ?? '';
  const { cursor, productId, sort } = search;
  const list = useQuery({ ...stockQuery({ storeId, ...(cursor && { cursor }), ...(productId && { productId }) }), enabled: Boolean(storeId) });
  const summary = useQuery({ ...storeSummaryQuery(storeId), enabled: Boolean(storeId) });
  const levels = useQuery({ ...reorderQuery({ storeId }), enabled: Boolean(storeId) });
  const levelOf = useMemo(() => new Map((levels.data ?? []).map((l) => [l.productId, l])), [levels.data]);
  const controls = useListControls(search, (next) => void navigate({ search: next }), list.data?.nextCursor, { clientSort: true });
  const mayMove = can('inventory.stock.move');
  const mayTransfer = can('inventory.transfer.manage');
  const receive = () => void navigate({ to: '/stock/moves/new', search: { kind: 'receipt', ...(storeId && { storeId }) } });
  useShortcut('n', () => mayMove && receive(), { description: 'Receive stock' });

  const rows = useMemo(
    () => sortRows(list.data?.items ?? [], sort, { product: (b) => b.productName ?? b.productId, quantity: (b) => b.quantity, value: (b) => b.value }, sort?.replace('-', '') === 'product' ? undefined : compareDecimals),
    [list.data, sort],
  );
  const columns: Column<Balance>[] = [
    { key: 'product', header: 'Product', sortable: true, cell: (b) => <StockProductLink item={b} storeId={storeId} /> },
    { key: 'quantity', header: 'Quantity', sortable: true, numeric: true, cell: (b) => <Qty value={b.quantity} testId="stock-quantity" /> },
    { key: 'unitCost', header: 'Unit cost', numeric: true, cell: (b) => <Money amount={b.unitCost} currency={currency} /> },
    { key: 'value', header: 'Value', sortable: true, numeric: true, cell: (b) => <Money amount={b.value} currency={currency} testId="stock-value" /> },
    {
      key: 'level',
      header: 'Reorder level',
      numeric: true,
      cell: (b) => {
        const level = levelOf.get(b.productId);
        return level ? (
          <Group gap={6} justify="flex-end" wrap="nowrap">
            {level.low && <LowBadge />}
            <Qty value={level.level} />
          </Group>
        ) : (
          ''
        );
      },
    },
  ];

  return (
    <Stack gap="md">
      <PageHeader title="Stock on hand" subtitle="What each store holds, at its cost (FIFO or moving average).">
        {mayMove && (
          <Button onClick={receive} data-testid="receive-stock">
            Receive stock
          </Button>
        )}
        {mayMove && (
          <Button variant="default" onClick={() => void navigate({ to: '/stock/moves/new', search: { kind: 'adjustment', ...(storeId && { storeId }) } })} data-testid="adjust-stock">
            Adjust stock
          </Button>
        )}
        {mayTransfer && (
          <Button variant="default" onClick={() => void navigate({ to: '/stock/transfers/new' })} data-testid="new-transfer">
            New transfer
          </Button>
        )}
      </PageHeader>
      <QueryState error={stores.error} isPending={stores.isPending} what="stores" />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <StorePicker label="Store" value={storeId} onChange={(id) => controls.update({ storeId: id || undefined })} allowDeselect={false} data-testid="store-picker" />
        <ProductPicker label="Product" placeholder="Any product (type to search)" clearable value={productId ?? ''} onChange={(id) => controls.update({ productId: id || undefined })} />
      </SimpleGrid>
      {summary.data && (
        <Text size="sm" data-testid="store-summary">
          Stock value in this store:{' '}
          <Text span fw={700} size="sm">
            <Money amount={summary.data.stockValue} currency={currency} testId="store-stock-value" />
          </Text>{' '}
          · {summary.data.products} {summary.data.products === 1 ? 'product' : 'products'} in stock
        </Text>
      )}
      <ListTable
        caption="Stock on hand"
        testId="stock"
        columns={columns}
        rows={storeId ? rows : []}
        rowKey={(b) => `${b.storeId}|${b.productId}`}
        sort={sort}
        onSort={controls.setSort}
        loading={list.isPending && Boolean(storeId)}
        error={list.error}
        onRetry={() => void list.refetch()}
        minWidth={640}
        footer={
          rows.length > 1 && (
            <Table.Tr>
              <Table.Th>Total on this page</Table.Th>
              <Table.Td />
              <Table.Td />
              <Table.Td ta="right">
                <Money amount={sumAmounts(rows.map((r) => r.value), currency)} currency={currency} testId="stock-page-total" />
              </Table.Td>
              <Table.Td />
            </Table.Tr>
          )
        }
        empty={
          <EmptyState title={productId ? 'None of this product here' : 'No stock in this store'} action={mayMove && <Group justify="center"><Button onClick={receive}>Receive stock</Button></Group>}>
            {storeId ? 'Receive goods into the store, or transfer them from another store.' : 'Add a store first (Settings, Stores).'}
          </EmptyState>
        }
      />
      <CursorPagination pager={controls.pager} />
    </Stack>
  );
}
