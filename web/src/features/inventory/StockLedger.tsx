import { Anchor, Button, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/Forbidden';
import { CursorPagination, EmptyState, ListTable, useListControls, type Column } from '../../lib/list';
import { useCan } from '../../lib/permissions';
import { productQuery } from '../catalog/api';
import { formatDate } from '../ledger/dates';
import { EntryLink, Money, PageHeader, useBaseCurrency } from '../ledger/shared';
import { MOVE_KINDS, stockLedgerQuery, type LedgerLine } from './api';
import { stockLedgerRoute } from './routes';
import { Qty, StorePicker, useStores } from './shared';

export function StockLedger() {
  return (
    <RequirePermission permission="inventory.stock.read">
      <Ledger />
    </RequirePermission>
  );
}

/** A product's stock moves in order, with the running quantity and value; by store and date range. */
function Ledger() {
  const { productId } = stockLedgerRoute.useParams();
  const search = stockLedgerRoute.useSearch();
  const navigate = useNavigate({ from: stockLedgerRoute.fullPath });
  const can = useCan();
  const currency = useBaseCurrency();
  const stores = useStores();
  const { cursor, storeId, from, to } = search;
  const product = useQuery({ ...productQuery(productId), enabled: can('catalog.product.read') });
  const list = useQuery(stockLedgerQuery(productId, { ...(cursor && { cursor }), ...(storeId && { storeId }), ...(from && { from }), ...(to && { to }) }));
  const controls = useListControls(search, (next) => void navigate({ search: next }), list.data?.nextCursor);
  const name = product.data?.name ?? 'Product';

  const columns: Column<LedgerLine>[] = [
    { key: 'date', header: 'Date', cell: (m) => formatDate(m.date) },
    { key: 'kind', header: 'Move', cell: (m) => <span data-testid="move-kind">{MOVE_KINDS[m.kind] ?? m.kind}</span> },
    { key: 'store', header: 'Store', cell: (m) => stores.nameOf(m.storeId) },
    { key: 'quantity', header: 'Quantity', numeric: true, cell: (m) => <Qty value={m.quantity} /> },
    { key: 'unitCost', header: 'Unit cost', numeric: true, cell: (m) => <Money amount={m.unitCost} currency={currency} /> },
    { key: 'value', header: 'Value', numeric: true, cell: (m) => <Money amount={m.value} currency={currency} /> },
    { key: 'runningQuantity', header: 'Running quantity', numeric: true, cell: (m) => <Qty value={m.runningQuantity} testId="running-quantity" /> },
    { key: 'runningValue', header: 'Running value', numeric: true, cell: (m) => <Money amount={m.runningValue} currency={currency} testId="running-value" /> },
    { key: 'note', header: 'Reason or memo', cell: (m) => m.reason ?? m.memo ?? '' },
    { key: 'entry', header: 'Entry', cell: (m) => (m.entryId ? <EntryLink entryId={m.entryId}>View</EntryLink> : '') },
  ];
  const filtered = Boolean(storeId || from || to);

  return (
    <Stack gap="md">
      <PageHeader title={`Stock ledger: ${name}`} subtitle={product.data ? `SKU ${product.data.sku} · quantities in ${product.data.baseUnit}` : undefined}>
        {can('catalog.product.read') && (
          <Button variant="default" renderRoot={(props) => <Link {...props} to="/catalog/products/$productId" params={{ productId }} />}>
            Product details
          </Button>
        )}
      </PageHeader>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <StorePicker label="Store" placeholder="All stores" clearable value={storeId ?? ''} onChange={(id) => controls.update({ storeId: id || undefined })} />
        <TextInput type="date" label="From" value={from ?? ''} onChange={(e) => controls.update({ from: e.currentTarget.value || undefined })} />
        <TextInput type="date" label="To" value={to ?? ''} onChange={(e) => controls.update({ to: e.currentTarget.value || undefined })} />
      </SimpleGrid>
      <Text size="sm">Running totals count every earlier move{storeId ? ' in this store' : ' across stores'}, also those before the date range.</Text>
      <ListTable
        caption={`Stock ledger of ${name}`}
        testId="stock-ledger"
        columns={columns}
        rows={list.data?.items}
        rowKey={(m) => m.id}
        loading={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        minWidth={1000}
        empty={
          <EmptyState title={filtered ? 'No moves match' : 'No stock moves yet'}>
            {filtered ? (
              'Change the store or the dates.'
            ) : (
              <>
                Receive it into a store from{' '}
                <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/stock/on-hand" />}>
                  Stock on hand
                </Anchor>
                .
              </>
            )}
          </EmptyState>
        }
      />
      <CursorPagination pager={controls.pager} />
    </Stack>
  );
}
