import { Alert, Badge, Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useConfirm } from '../../lib/confirm';
import { useCan } from '../../lib/permissions';
import { parseAmountInput } from '../../lib/list/decimal';
import { MoneyInput } from '../../lib/money-input';
import { useSubmit } from '../../lib/use-submit';
import { Money } from '../ledger/shared';
import { suppliersQuery, type Product } from './api';

/** Vendors who supply a product, preferred first; add and remove them. */
export function Suppliers({ product }: { product: Product }) {
  const can = useCan();
  const confirm = useConfirm();
  const queryClient = useQueryClient();
  const suppliers = useQuery(suppliersQuery(product.id));
  const vendors = useQuery({
    queryKey: ['parties', 'vendor', 'list', { status: 'active', limit: 200 }],
    queryFn: async () => unwrap(await api.GET('/api/v1/vendors', { params: { query: { limit: 200, status: 'active' } } })),
    enabled: can('parties.vendor.read'),
  });
  const names = new Map((vendors.data?.items ?? []).map((v) => [v.id, v.displayName]));
  const submit = useSubmit();
  const [vendorId, setVendorId] = useState('');
  const [supplierSku, setSupplierSku] = useState('');
  const [lastCost, setLastCost] = useState('');
  const editable = can('catalog.product.update') && product.status === 'active';
  const remove = useMutation({
    mutationFn: async (supplierId: string) => unwrap(await api.DELETE('/api/v1/products/{id}/suppliers/{supplierId}', { params: { path: { id: product.id, supplierId } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: suppliersQuery(product.id).queryKey }),
  });

  async function onAdd() {
    await submit.run(async () => {
      const cost = parseAmountInput(lastCost, product.currency);
      unwrap(
        await api.POST('/api/v1/products/{id}/suppliers', {
          params: { path: { id: product.id } },
          body: { vendorId, supplierSku: supplierSku.trim() || null, lastCost: cost.ok && cost.value !== '' ? { amount: cost.value, currency: product.currency } : null, preferred: (suppliers.data?.length ?? 0) === 0 },
        }),
      );
      setVendorId('');
      setSupplierSku('');
      setLastCost('');
      await queryClient.invalidateQueries({ queryKey: suppliersQuery(product.id).queryKey });
    });
  }

  return (
    <Card withBorder data-testid="suppliers">
      <Stack gap="sm">
        <Title order={2} size="h5">
          Suppliers
        </Title>
        {suppliers.data?.length === 0 && <Text size="sm">No suppliers yet.</Text>}
        {suppliers.data?.map((s) => (
          <Group key={s.id} justify="space-between" gap="xs" wrap="wrap">
            <Text size="sm">
              {names.get(s.vendorId) ?? 'Vendor'}
              {s.supplierSku ? ` · their SKU ${s.supplierSku}` : ''}
              {s.lastCost && (
                <>
                  {' · last cost '}
                  <Money amount={s.lastCost.amount} currency={s.lastCost.currency} />
                </>
              )}
            </Text>
            <Group gap={4}>
              {s.preferred && <Badge variant="light">Preferred</Badge>}
              {editable && (
                <Button
                  size="compact-xs"
                  variant="default"
                  onClick={() =>
                    void confirm({ title: 'Remove this supplier?', message: 'The vendor stays; only the link to this product goes.', confirmLabel: 'Remove', destructive: true }).then((ok) => ok && remove.mutate(s.id))
                  }
                >
                  Remove
                </Button>
              )}
            </Group>
          </Group>
        ))}
        {editable && can('parties.vendor.read') && (
          <Stack gap="xs">
            {(submit.message ?? remove.error) && (
              <Alert color="red" role="alert">
                {submit.message ?? remove.error?.message}
              </Alert>
            )}
            <Group gap="sm" align="flex-start" wrap="wrap">
              <Select label="Vendor" searchable data={(vendors.data?.items ?? []).map((v) => ({ value: v.id, label: v.displayName }))} value={vendorId || null} onChange={(v) => setVendorId(v ?? '')} error={submit.errors.vendorId} w={220} />
              <TextInput label="Their SKU" value={supplierSku} onChange={(e) => setSupplierSku(e.currentTarget.value)} error={submit.errors.supplierSku} w={140} />
              <MoneyInput label={`Last cost (${product.currency})`} currency={product.currency} value={lastCost} onChange={setLastCost} error={submit.errors['lastCost.amount']} w={160} />
              <Button mt={24} variant="default" disabled={!vendorId} loading={submit.submitting} onClick={() => void onAdd()}>
                Add supplier
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
