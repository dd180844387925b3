import { Badge, Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { RequirePermission } from '../../lib/Forbidden';
import { CursorPagination, EmptyState, ListTable, SearchBox, useListControls, type Column } from '../../lib/list';
import { useCan } from '../../lib/permissions';
import { useShortcut } from '../../lib/shortcuts';
import { Money, PageHeader } from '../ledger/shared';
import { categoriesQuery, productsQuery, type Product, type ProductListQuery } from './api';
import { productsRoute } from './routes';
import { CategoryPicker, ProductLink } from './shared';

export function ProductsList() {
  return (
    <RequirePermission permission="catalog.product.read">
      <Products />
    </RequirePermission>
  );
}

/** Products and services: search over name, SKU, barcode and HSN/SAC; filters and page in the URL. */
function Products() {
  const search = productsRoute.useSearch();
  const navigate = useNavigate({ from: productsRoute.fullPath });
  const can = useCan();
  const { cursor, q, type, status, categoryId, tag, sort } = search;
  const query: Omit<ProductListQuery, 'limit'> = {
    ...(cursor && { cursor }),
    ...(q && { q }),
    ...(type && { type: type as 'goods' | 'service' }),
    ...(status && { status: status as 'active' | 'archived' }),
    ...(categoryId && { categoryId }),
    ...(tag && { tag }),
    ...(sort && { sort: sort as ProductListQuery['sort'] }),
  };
  const list = useQuery(productsQuery(query));
  const categories = useQuery(categoriesQuery);
  const paths = useMemo(() => new Map((categories.data ?? []).map((c) => [c.id, c.path])), [categories.data]);
  const controls = useListControls(search, (next) => void navigate({ search: next }), list.data?.nextCursor);
  const mayCreate = can('catalog.product.create');
  const onNew = () => void navigate({ to: '/catalog/products/new' });
  useShortcut('n', () => mayCreate && onNew(), { description: 'New product' });

  const columns: Column<Product>[] = [
    { key: 'name', header: 'Name', sortable: true, cell: (p) => <ProductLink product={p} /> },
    { key: 'sku', header: 'SKU', sortable: true, cell: (p) => <Text size="sm" ff="monospace">{p.sku}</Text> },
    { key: 'type', header: 'Type', cell: (p) => (p.type === 'goods' ? 'Goods' : 'Service') },
    { key: 'hsn', header: 'HSN/SAC', cell: (p) => p.hsnSac ?? '' },
    { key: 'category', header: 'Category', cell: (p) => (p.categoryId ? (paths.get(p.categoryId) ?? '') : '') },
    { key: 'gst', header: 'GST', numeric: true, cell: (p) => (p.tax.gstRate === null ? '' : `${p.tax.gstRate}%`) },
    { key: 'price', header: 'Sale price', numeric: true, cell: (p) => <Money amount={p.salePrice} currency={p.currency} /> },
    { key: 'status', header: 'Status', cell: (p) => (p.status === 'archived' ? <Badge variant="dot" color="gray">Archived</Badge> : <Badge variant="dot" color="teal">Active</Badge>) },
  ];
  const filtered = Boolean(q || type || status || categoryId || tag);
  return (
    <Stack gap="md">
      <PageHeader title="Products and services" subtitle="What you sell and buy: codes, units, GST and prices.">
        {mayCreate && (
          <Button onClick={onNew} data-testid="new-product">
            New product
          </Button>
        )}
      </PageHeader>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm">
        <SearchBox value={q} onSearch={(value) => controls.update({ q: value })} placeholder="Name, SKU, barcode or HSN (press /)" />
        <Select
          label="Type"
          data={[{ value: '', label: 'Goods and services' }, { value: 'goods', label: 'Goods' }, { value: 'service', label: 'Services' }]}
          value={type ?? ''}
          onChange={(value) => controls.update({ type: value || undefined })}
          allowDeselect={false}
        />
        <CategoryPicker label="Category" placeholder="Any category" clearable value={categoryId ?? ''} onChange={(id) => controls.update({ categoryId: id || undefined })} />
        <Select
          label="Status"
          data={[{ value: '', label: 'Any status' }, { value: 'active', label: 'Active' }, { value: 'archived', label: 'Archived' }]}
          value={status ?? ''}
          onChange={(value) => controls.update({ status: value || undefined })}
          allowDeselect={false}
        />
        <TextInput label="Tag" defaultValue={tag ?? ''} key={tag ?? ''} onBlur={(e) => controls.update({ tag: e.currentTarget.value.trim() || undefined })} onKeyDown={(e) => e.key === 'Enter' && controls.update({ tag: e.currentTarget.value.trim() || undefined })} />
      </SimpleGrid>
      <ListTable
        caption="Products and services"
        testId="products"
        columns={columns}
        rows={list.data?.items}
        rowKey={(p) => p.id}
        sort={sort}
        onSort={controls.setSort}
        loading={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        minWidth={820}
        empty={
          <EmptyState title={filtered ? 'No products match' : 'No products yet'} action={!filtered && mayCreate && <Group justify="center"><Button onClick={onNew}>New product</Button></Group>}>
            {filtered ? 'Change the search or the filters.' : 'Add the goods and services you sell or buy; press n.'}
          </EmptyState>
        }
      />
      <CursorPagination pager={controls.pager} />
    </Stack>
  );
}
