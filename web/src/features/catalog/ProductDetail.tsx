import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { api, unwrap } from '../../api/client';
import { useConfirm } from '../../lib/confirm';
import { QueryState, RequirePermission } from '../../lib/Forbidden';
import { useCan } from '../../lib/permissions';
import { Money, PageHeader } from '../ledger/shared';
import { categoriesQuery, ifMatch, productQuery, productUnitsQuery, type Product } from './api';
import { PriceCheck } from './PriceCheck';
import { productRoute } from './routes';
import { Suppliers } from './Suppliers';

export function ProductDetail() {
  const { productId } = productRoute.useParams();
  return (
    <RequirePermission permission="catalog.product.read">
      <Detail productId={productId} />
    </RequirePermission>
  );
}

/** One product or service: codes, tax, prices, units, suppliers and a price check. */
function Detail({ productId }: { productId: string }) {
  const can = useCan();
  const confirm = useConfirm();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const product = useQuery(productQuery(productId));
  const units = useQuery(productUnitsQuery(productId));
  const categories = useQuery(categoriesQuery);
  const setStatus = useMutation({
    mutationFn: async ({ p, to }: { p: Product; to: 'archive' | 'restore' }) =>
      to === 'archive'
        ? unwrap(await api.POST('/api/v1/products/{id}/archive', { params: { path: { id: p.id } } }))
        : unwrap(await api.PUT('/api/v1/products/{id}', { params: { path: { id: p.id } }, headers: ifMatch(p.version), body: { status: 'active' } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['catalog'] }),
  });
  const p = product.data;
  if (!p) return <QueryState error={product.error} isPending={product.isPending} what="product" />;
  const category = categories.data?.find((c) => c.id === p.categoryId);

  async function onArchive() {
    if (!p) return;
    const ok = await confirm({
      title: `Archive ${p.name}?`,
      message: 'It leaves the lists and cannot be put on new documents; its history stays, and it can be restored.',
      confirmLabel: 'Archive',
      destructive: true,
    });
    if (ok) setStatus.mutate({ p, to: 'archive' });
  }

  const fact = (label: string, value: React.ReactNode, testId?: string) => (
    <Text size="sm" data-testid={testId}>
      <Text span size="sm" fw={700}>
        {label}:
      </Text>{' '}
      {value}
    </Text>
  );

  return (
    <Stack gap="md">
      <PageHeader title={p.name} subtitle={`${p.type === 'goods' ? 'Goods' : 'Service'} · SKU ${p.sku}`}>
        {p.status === 'archived' ? (
          <Badge variant="dot" color="gray" data-testid="product-status">
            Archived
          </Badge>
        ) : (
          <Badge variant="dot" color="teal" data-testid="product-status">
            Active
          </Badge>
        )}
        {p.type === 'goods' && p.trackInventory && can('inventory.stock.read') && (
          <Button variant="default" onClick={() => void navigate({ to: '/stock/products/$productId/ledger', params: { productId: p.id } })} data-testid="stock-ledger-link">
            Stock ledger
          </Button>
        )}
        {can('catalog.product.update') && p.status === 'active' && (
          <Button variant="default" onClick={() => void navigate({ to: '/catalog/products/$productId/edit', params: { productId: p.id } })} data-testid="edit-product">
            Edit
          </Button>
        )}
        {can('catalog.product.archive') && p.status === 'active' && (
          <Button variant="default" color="red" onClick={() => void onArchive()} data-testid="archive-product">
            Archive
          </Button>
        )}
        {can('catalog.product.update') && p.status === 'archived' && (
          <Button variant="default" onClick={() => setStatus.mutate({ p, to: 'restore' })} data-testid="restore-product">
            Restore
          </Button>
        )}
      </PageHeader>
      {setStatus.error && (
        <Alert color="red" role="alert" title="That did not work">
          {setStatus.error.message}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder>
          <Stack gap={6}>
            <Title order={2} size="h5">
              Details
            </Title>
            {fact(p.type === 'goods' ? 'HSN' : 'SAC', p.hsnSac ?? 'not set')}
            {fact('GST rate', p.tax.gstRate === null ? 'not set' : `${p.tax.gstRate}%`, 'product-gst')}
            {p.tax.cessRate && fact('Cess', `${p.tax.cessRate}%`)}
            {fact('Sale price', p.salePrice === null ? 'not set' : <Money amount={p.salePrice} currency={p.currency} />)}
            {fact('Purchase price', p.purchasePrice === null ? 'not set' : <Money amount={p.purchasePrice} currency={p.currency} />)}
            {fact('Barcode', p.barcode ?? 'none')}
            {fact('Category', category?.path ?? 'none')}
            {p.type === 'goods' && fact('Stock', p.trackInventory ? 'tracked' : 'not tracked')}
            {p.description && <Text size="sm">{p.description}</Text>}
            {p.tags.length > 0 && (
              <Group gap={4}>
                {p.tags.map((t) => (
                  <Badge key={t} variant="light" size="sm">
                    {t}
                  </Badge>
                ))}
              </Group>
            )}
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap={6} data-testid="product-units">
            <Title order={2} size="h5">
              Units
            </Title>
            {fact('Base unit', p.baseUnit)}
            {units.data?.units.length === 0 && <Text size="sm">No alternate units.</Text>}
            {units.data?.units.map((u) => (
              <Text key={u.unit} size="sm">
                1 {u.unit} = {u.factor} {p.baseUnit}
              </Text>
            ))}
          </Stack>
        </Card>
        <PriceCheck product={p} units={units.data} />
        <Suppliers product={p} />
      </SimpleGrid>
    </Stack>
  );
}
