import { Alert, Anchor, Badge, Button, Checkbox, Group, Modal, SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { RequirePermission } from '../../lib/Forbidden';
import { CursorPagination, EmptyState, ListTable, useListControls, type Column } from '../../lib/list';
import { useCan } from '../../lib/permissions';
import { useShortcut } from '../../lib/shortcuts';
import { useSubmit } from '../../lib/use-submit';
import { PageHeader, useBaseCurrency } from '../ledger/shared';
import { priceListsQuery, type PriceList } from './api';
import { priceListsRoute } from './routes';

export function PriceLists() {
  return (
    <RequirePermission permission="catalog.pricelist.read">
      <Lists />
    </RequirePermission>
  );
}

function Lists() {
  const search = priceListsRoute.useSearch();
  const navigate = useNavigate({ from: priceListsRoute.fullPath });
  const can = useCan();
  const { cursor, status } = search;
  const list = useQuery(priceListsQuery({ ...(cursor && { cursor }), status: status === 'archived' ? 'archived' : 'active' }));
  const controls = useListControls(search, (next) => void navigate({ search: next }), list.data?.nextCursor);
  const manage = can('catalog.pricelist.manage');
  const [creating, setCreating] = useState(false);
  useShortcut('n', () => manage && setCreating(true), { description: 'New price list' });

  const columns: Column<PriceList>[] = [
    {
      key: 'name',
      header: 'Name',
      cell: (l) => (
        <Anchor size="sm" data-testid="price-list-link" renderRoot={(props) => <Link {...props} to="/catalog/price-lists/$priceListId" params={{ priceListId: l.id }} />}>
          {l.name}
        </Anchor>
      ),
    },
    { key: 'currency', header: 'Currency', cell: (l) => l.currency },
    { key: 'group', header: 'Customer group', cell: (l) => l.customerGroup ?? 'Everyone' },
    { key: 'valid', header: 'Valid', cell: (l) => (l.validFrom || l.validTo ? `${l.validFrom ?? '…'} to ${l.validTo ?? '…'}` : 'Always') },
    { key: 'tax', header: 'Prices', cell: (l) => (l.taxInclusive ? 'Tax included' : 'Before tax') },
    { key: 'status', header: 'Status', cell: (l) => <Badge variant="dot" color={l.status === 'active' ? 'teal' : 'gray'}>{l.status === 'active' ? 'Active' : 'Archived'}</Badge> },
  ];

  return (
    <Stack gap="md">
      <PageHeader title="Price lists" subtitle="Prices per customer group, period and quantity; the most specific one applies.">
        {manage && (
          <Button onClick={() => setCreating(true)} data-testid="new-price-list">
            New price list
          </Button>
        )}
      </PageHeader>
      <SegmentedControl
        aria-label="Show price lists"
        value={status ?? 'active'}
        onChange={(v) => controls.update({ status: v === 'archived' ? 'archived' : undefined })}
        data={[
          { value: 'active', label: 'Active' },
          { value: 'archived', label: 'Archived' },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      <ListTable
        caption="Price lists"
        testId="price-lists"
        columns={columns}
        rows={list.data?.items}
        rowKey={(l) => l.id}
        loading={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        minWidth={640}
        empty={<EmptyState title="No price lists" action={manage && <Group justify="center"><Button onClick={() => setCreating(true)}>New price list</Button></Group>}>Add a price list for wholesale customers or quantity breaks; press n.</EmptyState>}
      />
      <CursorPagination pager={controls.pager} />
      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={creating} onClose={() => setCreating(false)} title="New price list">
        {creating && <PriceListForm onDone={() => setCreating(false)} />}
      </Modal>
    </Stack>
  );
}

function PriceListForm({ onDone }: { onDone: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const submit = useSubmit();
  const base = useBaseCurrency();
  const [name, setName] = useState('');
  const [currency, setCurrency] = useState(base);
  const [customerGroup, setCustomerGroup] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const [taxInclusive, setTaxInclusive] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    await submit.run(async () => {
      const created = unwrap(
        await api.POST('/api/v1/price-lists', {
          body: { name: name.trim(), currency: currency.trim().toUpperCase(), customerGroup: customerGroup.trim() || null, validFrom: validFrom || null, validTo: validTo || null, taxInclusive },
        }),
      );
      await queryClient.invalidateQueries({ queryKey: ['catalog', 'price-lists'] });
      onDone();
      await navigate({ to: '/catalog/price-lists/$priceListId', params: { priceListId: created.id } });
    });
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <Stack gap="sm">
        {submit.message && (
          <Alert color="red" role="alert">
            {submit.message}
          </Alert>
        )}
        <TextInput label="Name" required data-autofocus value={name} onChange={(e) => setName(e.currentTarget.value)} error={submit.errors.name} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Currency" maxLength={3} value={currency} onChange={(e) => setCurrency(e.currentTarget.value.toUpperCase())} error={submit.errors.currency} />
          <TextInput label="Customer group" description="Empty: everyone" value={customerGroup} onChange={(e) => setCustomerGroup(e.currentTarget.value)} error={submit.errors.customerGroup} />
          <TextInput type="date" label="Valid from" value={validFrom} onChange={(e) => setValidFrom(e.currentTarget.value)} error={submit.errors.validFrom} />
          <TextInput type="date" label="Valid to" value={validTo} onChange={(e) => setValidTo(e.currentTarget.value)} error={submit.errors.validTo} />
        </SimpleGrid>
        <Checkbox label="Prices include tax" checked={taxInclusive} onChange={(e) => setTaxInclusive(e.currentTarget.checked)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={submit.submitting} data-testid="save-price-list">
            Create price list
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
