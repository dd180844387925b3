import { Alert, Badge, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useConfirm } from '../../lib/confirm';
import { errorText, RequirePermission } from '../../lib/Forbidden';
import { EmptyState, ListTable, type Column } from '../../lib/list';
import { useCan } from '../../lib/permissions';
import { useSubmit } from '../../lib/use-submit';
import { ProductPicker } from '../catalog/shared';
import { PageHeader } from '../ledger/shared';
import { invalidateStock, reorderQuery, type ReorderItem } from './api';
import { reorderRoute } from './routes';
import { LowBadge, Qty, StockProductLink, StorePicker, useStores } from './shared';

export function ReorderReport() {
  return (
    <RequirePermission permission="inventory.stock.read">
      <Report />
    </RequirePermission>
  );
}

/** Products at or below their reorder level, per store; levels are set and changed here. */
function Report() {
  const search = reorderRoute.useSearch();
  const navigate = useNavigate({ from: reorderRoute.fullPath });
  const can = useCan();
  const stores = useStores();
  const { storeId, show } = search;
  const list = useQuery(reorderQuery({ ...(storeId && { storeId }), lowOnly: show === 'all' ? 'false' : 'true' }));
  const manage = can('inventory.stock.move');
  const update = (changes: { storeId?: string | undefined; show?: string | undefined }) => {
    const next: { storeId?: string; show?: string } = { ...search, ...changes };
    if (!next.storeId) delete next.storeId;
    if (!next.show) delete next.show;
    void navigate({ search: next });
  };

  const columns: Column<ReorderItem>[] = [
    { key: 'product', header: 'Product', cell: (r) => <StockProductLink item={r} storeId={r.storeId} /> },
    { key: 'store', header: 'Store', cell: (r) => stores.nameOf(r.storeId) },
    { key: 'quantity', header: 'On hand', numeric: true, cell: (r) => <Qty value={r.quantity} testId="reorder-quantity" /> },
    { key: 'level', header: 'Reorder level', numeric: true, cell: (r) => (manage ? <LevelEditor key={r.level} item={r} /> : <Qty value={r.level} />) },
    {
      key: 'status',
      header: 'Status',
      cell: (r) =>
        r.low ? (
          <LowBadge />
        ) : (
          <Badge variant="dot" color="teal">
            Enough
          </Badge>
        ),
    },
  ];
  return (
    <Stack gap="md">
      <PageHeader title="Reorder report" subtitle="Products at or below their reorder level: time to buy or transfer more." />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <StorePicker label="Store" placeholder="All stores" clearable value={storeId ?? ''} onChange={(id) => update({ storeId: id || undefined })} />
        <SegmentedControl
          aria-label="Which products"
          mt={{ sm: 24 }}
          value={show === 'all' ? 'all' : 'low'}
          onChange={(v) => update({ show: v === 'all' ? 'all' : undefined })}
          data={[
            { value: 'low', label: 'Below level' },
            { value: 'all', label: 'All levels' },
          ]}
        />
      </SimpleGrid>
      <ListTable
        caption="Reorder report"
        testId="reorder"
        columns={columns}
        rows={list.data}
        rowKey={(r) => `${r.storeId}|${r.productId}`}
        loading={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        minWidth={680}
        empty={<EmptyState title={show === 'all' ? 'No reorder levels yet' : 'Nothing below its level'}>{show === 'all' ? 'Set a level below for a product in a store.' : 'Every product with a level has enough stock.'}</EmptyState>}
      />
      {manage && <SetLevel defaultStore={storeId} />}
    </Stack>
  );
}

/** The level of one row: change it or clear it. */
function LevelEditor({ item }: { item: ReorderItem }) {
  const queryClient = useQueryClient();
  const confirm = useConfirm();
  const [level, setLevel] = useState(item.level);
  const save = useMutation({
    mutationFn: async (value: string | null) => unwrap(await api.PUT('/api/v1/stock/reorder-levels', { body: { storeId: item.storeId, productId: item.productId, level: value } })),
    onSuccess: () => invalidateStock(queryClient),
  });
  const name = item.productName ?? 'product';
  async function onClear() {
    if (await confirm({ title: 'Clear reorder level', message: `Stop watching the stock of ${name} in this store?`, confirmLabel: 'Clear level', destructive: true })) save.mutate(null);
  }
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      <TextInput
        aria-label={`Reorder level, ${name}`}
        size="xs"
        w={90}
        inputMode="decimal"
        styles={{ input: { textAlign: 'right' } }}
        value={level}
        onChange={(e) => setLevel(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && save.mutate(level.trim())}
        error={save.error ? errorText(save.error) : undefined}
      />
      <Button size="xs" variant="default" disabled={level.trim() === item.level} loading={save.isPending} onClick={() => save.mutate(level.trim())}>
        Save
      </Button>
      <Button size="xs" variant="subtle" color="red" onClick={() => void onClear()} aria-label={`Clear reorder level, ${name}`}>
        Clear
      </Button>
    </Group>
  );
}

function SetLevel({ defaultStore }: { defaultStore: string | undefined }) {
  const queryClient = useQueryClient();
  const stores = useStores();
  const submit = useSubmit();
  const [storeId, setStoreId] = useState(defaultStore ?? '');
  const [productId, setProductId] = useState('');
  const [level, setLevel] = useState('');
  const [done, setDone] = useState(false);
  const store = storeId || stores.active?.[0]?.id || '';

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    void submit.run(async () => {
      unwrap(await api.PUT('/api/v1/stock/reorder-levels', { body: { storeId: store, productId, level: level.trim() } }));
      await invalidateStock(queryClient);
      setLevel('');
      setProductId('');
      setDone(true);
    });
  }
  return (
    <Paper withBorder p="md" component="form" onSubmit={onSubmit} noValidate aria-labelledby="set-level-title">
      <Stack gap="sm">
        <Title order={2} size="h5" id="set-level-title">
          Set a reorder level
        </Title>
        {submit.message && (
          <Alert color="red" role="alert" title="Could not set the level">
            {submit.message}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <StorePicker label="Store" value={store} onChange={setStoreId} allowDeselect={false} error={submit.errors.storeId} />
          <ProductPicker label="Product" placeholder="Type to search" value={productId} onChange={setProductId} error={submit.errors.productId} />
          <TextInput label="Reorder level" inputMode="decimal" value={level} onChange={(e) => setLevel(e.currentTarget.value)} error={submit.errors.level} />
        </SimpleGrid>
        <Group justify="flex-end" gap="xs">
          {done && (
            <Alert color="teal" p={6} role="status" data-testid="level-saved">
              Level saved.
            </Alert>
          )}
          <Button type="submit" loading={submit.submitting} data-testid="save-level">
            Set level
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
