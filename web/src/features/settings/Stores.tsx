import { Alert, Anchor, Badge, Button, Card, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, ApiError, unwrap } from '../../api/client';
import { useConfirm } from '../../lib/confirm';
import { errorText, QueryState, RequirePermission } from '../../lib/Forbidden';
import { gstinMessage } from '../../lib/gstin';
import { useCan } from '../../lib/permissions';
import { useShortcut } from '../../lib/shortcuts';
import { useSubmit } from '../../lib/use-submit';
import { ifMatch, storesQuery } from './queries';

type Store = NonNullable<Awaited<ReturnType<NonNullable<ReturnType<typeof storesQuery>['queryFn']>>>>['items'][number];

export function Stores() {
  return (
    <RequirePermission permission="identity.stores.read">
      <StoresScreen />
    </RequirePermission>
  );
}

const isPlanLimit = (error: unknown) => error instanceof ApiError && /^PLAN\.[A-Z_]+_LIMIT_REACHED$/.test(error.problem.code ?? '');

/** Stores and branches: add, change, archive (archived stores no longer count against the plan). */
function StoresScreen() {
  const can = useCan();
  const manage = can('identity.stores.manage');
  const queryClient = useQueryClient();
  const confirm = useConfirm();
  const [status, setStatus] = useState<'active' | 'archived'>('active');
  const stores = useQuery(storesQuery(status));
  const [editing, setEditing] = useState<Store | 'new' | null>(null);
  useShortcut('n', () => manage && setEditing('new'), { description: 'New store' });
  const archive = useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/api/v1/stores/{id}/archive', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['stores'] }),
  });

  async function onArchive(store: Store) {
    const yes = await confirm({ title: 'Archive store', message: `Archive “${store.name}”? It stays in past records but no longer counts against your plan.`, confirmLabel: 'Archive store', destructive: true });
    if (yes) archive.mutate(store.id);
  }

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">
          Stores and branches
        </Title>
        {manage && <Button onClick={() => setEditing('new')}>New store</Button>}
      </Group>
      <SegmentedControl
        aria-label="Show stores"
        value={status}
        onChange={(v) => setStatus(v)}
        data={[
          { value: 'active', label: 'Active' },
          { value: 'archived', label: 'Archived' },
        ]}
        w="fit-content"
      />
      {archive.error && (
        <Alert color="red" role="alert" title="Could not archive the store">
          {errorText(archive.error)}
        </Alert>
      )}
      <QueryState error={stores.error} isPending={stores.isPending} what="stores" />
      {stores.data?.items.length === 0 && <Text>{status === 'active' ? 'No stores yet.' : 'No archived stores.'}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {stores.data?.items.map((store) => (
          <Card withBorder component="li" key={store.id} data-testid="store">
            <Stack gap={4}>
              <Group justify="space-between" gap="xs">
                <Text fw={600}>
                  {store.name}
                  {store.code ? ` (${store.code})` : ''}
                </Text>
                {store.status === 'archived' && <Badge variant="dot">Archived</Badge>}
              </Group>
              {store.address && <Text size="sm">{store.address}</Text>}
              {(store.gstin ?? store.stateCode) && (
                <Text size="sm">
                  {store.gstin ? `GSTIN ${store.gstin}` : ''}
                  {store.gstin && store.stateCode ? ' · ' : ''}
                  {store.stateCode ? `State ${store.stateCode}` : ''}
                </Text>
              )}
              {manage && store.status === 'active' && (
                <Group gap="xs" mt="xs">
                  <Button size="xs" variant="default" onClick={() => setEditing(store)} aria-label={`Edit ${store.name}`}>
                    Edit
                  </Button>
                  <Button size="xs" variant="subtle" color="red" onClick={() => void onArchive(store)} aria-label={`Archive ${store.name}`}>
                    Archive
                  </Button>
                </Group>
              )}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? 'New store' : 'Edit store'}>
        {editing !== null && (
          <StoreForm
            store={editing === 'new' ? null : editing}
            onDone={async () => {
              setEditing(null);
              await queryClient.invalidateQueries({ queryKey: ['stores'] });
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

function StoreForm({ store, onDone }: { store: Store | null; onDone: () => Promise<void> }) {
  const [name, setName] = useState(store?.name ?? '');
  const [code, setCode] = useState(store?.code ?? '');
  const [address, setAddress] = useState(store?.address ?? '');
  const [gstin, setGstin] = useState(store?.gstin ?? '');
  const [stateCode, setStateCode] = useState(store?.stateCode ?? '');
  const [limitHit, setLimitHit] = useState(false);
  const [gstinError, setGstinError] = useState<string | null>(null);
  const form = useSubmit();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const gstinIssue = gstin.trim() ? gstinMessage(gstin) : null;
    setGstinError(gstinIssue);
    if (gstinIssue) return;
    setLimitHit(false);
    void form.run(async () => {
      const body = { name, code: code.trim() || null, address: address.trim() || null, gstin: gstin.trim() || null, stateCode: stateCode.trim() || null };
      try {
        if (store) unwrap(await api.PUT('/api/v1/stores/{id}', { params: { path: { id: store.id } }, body, headers: ifMatch(store.version) }));
        else unwrap(await api.POST('/api/v1/stores', { body }));
      } catch (error) {
        setLimitHit(isPlanLimit(error));
        throw error;
      }
      await onDone();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        {form.message && (
          <Alert color="red" role="alert" title={limitHit ? 'Your plan’s store limit is reached' : 'Could not save the store'}>
            {form.message}
            {limitHit && (
              <>
                {' '}
                <Anchor component={Link} to="/settings/plan" c="inherit" underline="always">
                  See plans
                </Anchor>
              </>
            )}
          </Alert>
        )}
        <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={form.errors.name} data-autofocus />
        <TextInput label="Code" description="A short code, e.g. MUM-1" value={code} onChange={(e) => setCode(e.currentTarget.value)} error={form.errors.code} />
        <Textarea label="Address" value={address} onChange={(e) => setAddress(e.currentTarget.value)} error={form.errors.address} autosize minRows={2} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput label="GSTIN" value={gstin} onChange={(e) => setGstin(e.currentTarget.value.toUpperCase())} error={gstinError ?? form.errors.gstin} maxLength={15} />
          <TextInput label="GST state code" description="Two digits, e.g. 27" value={stateCode} onChange={(e) => setStateCode(e.currentTarget.value)} error={form.errors.stateCode} maxLength={2} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {store ? 'Save store' : 'Create store'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
