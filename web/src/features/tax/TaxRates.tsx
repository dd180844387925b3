import { ActionIcon, Alert, Badge, Button, Checkbox, Group, Modal, Paper, Select, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useConfirm } from '../../lib/confirm';
import { errorText, RequirePermission } from '../../lib/Forbidden';
import { EmptyState, ListTable, type Column } from '../../lib/list';
import { useCan } from '../../lib/permissions';
import { useShortcut } from '../../lib/shortcuts';
import { useSubmit } from '../../lib/use-submit';
import { PageHeader } from '../ledger/shared';
import { partiesQuery } from '../parties/api';
import { exemptionsQuery, groupsQuery, ifMatch, percentLabel, ratesQuery, type Exemption, type TaxGroup, type TaxRate } from './api';
import { moveItem } from './model';
import { OtherErrors, SeedDefaultsButton, useTenant } from './shared';

const invalidate = (queryClient: ReturnType<typeof useQueryClient>) => queryClient.invalidateQueries({ queryKey: ['tax'] });

/** Create (no `rate`) or edit a tax rate. The percent stays the string typed; the server checks it. */
function RateForm({ rate, country, onClose }: { rate: TaxRate | null; country: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const [code, setCode] = useState(rate?.code ?? '');
  const [name, setName] = useState(rate?.name ?? '');
  const [percent, setPercent] = useState(rate?.percent ?? '');
  const [kind, setKind] = useState<'tax' | 'retention'>(rate?.kind ?? 'tax');
  const [inclusive, setInclusive] = useState(rate?.inclusive ?? false);
  const [compound, setCompound] = useState(rate?.compound ?? false);
  const [jurisdiction, setJurisdiction] = useState(rate?.jurisdiction ?? country);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    await submit.run(async () => {
      const common = { name, percent: percent.trim(), inclusive, compound, jurisdiction: jurisdiction.trim().toUpperCase() };
      if (rate) unwrap(await api.PUT('/api/v1/tax/rates/{id}', { params: { path: { id: rate.id } }, headers: ifMatch(rate.version), body: common }));
      else unwrap(await api.POST('/api/v1/tax/rates', { body: { ...common, code: code.trim().toUpperCase(), kind } }));
      await invalidate(queryClient);
      onClose();
    });
  }

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)}>
      <Stack gap="sm">
        {submit.message && (
          <Alert color="red" role="alert" title="Could not save the rate">
            {submit.message}
          </Alert>
        )}
        <OtherErrors errors={submit.errors} shown={(f) => ['code', 'name', 'percent', 'jurisdiction', 'kind'].includes(f)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Code" description="e.g. VAT19, CA-STATE" required value={code} onChange={(e) => setCode(e.currentTarget.value)} error={submit.errors.code} disabled={Boolean(rate)} data-autofocus={rate ? undefined : true} />
          <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={submit.errors.name} data-autofocus={rate ? true : undefined} />
          <TextInput label="Percent" description='A decimal, e.g. "19" or "7.25"' required inputMode="decimal" value={percent} onChange={(e) => setPercent(e.currentTarget.value)} error={submit.errors.percent} rightSection="%" />
          <TextInput label="Jurisdiction" description="Country, optionally region: DE, US-CA" required value={jurisdiction} onChange={(e) => setJurisdiction(e.currentTarget.value)} error={submit.errors.jurisdiction} />
          <Select label="Kind" data={[{ value: 'tax', label: 'Tax (added)' }, { value: 'retention', label: 'Retention (withheld)' }]} value={kind} onChange={(v) => setKind(v === 'retention' ? 'retention' : 'tax')} allowDeselect={false} disabled={Boolean(rate)} error={submit.errors.kind} />
        </SimpleGrid>
        <Switch label="Prices include this tax (inclusive)" checked={inclusive} onChange={(e) => setInclusive(e.currentTarget.checked)} />
        <Switch label="Compound: charged on the price plus the taxes before it" checked={compound} onChange={(e) => setCompound(e.currentTarget.checked)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={submit.submitting}>
            {rate ? 'Save rate' : 'Create rate'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Create or edit a group: a code, a name and rates applied in order (add, remove, move up/down). */
function GroupForm({ group, rates, onClose }: { group: TaxGroup | null; rates: readonly TaxRate[]; onClose: () => void }) {
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const [code, setCode] = useState(group?.code ?? '');
  const [name, setName] = useState(group?.name ?? '');
  const [ids, setIds] = useState<string[]>(group?.components.map((c) => c.id) ?? []);
  const byId = new Map(rates.map((r) => [r.id, r]));
  for (const c of group?.components ?? []) if (!byId.has(c.id)) byId.set(c.id, c);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    await submit.run(async () => {
      if (group) unwrap(await api.PUT('/api/v1/tax/groups/{id}', { params: { path: { id: group.id } }, headers: ifMatch(group.version), body: { name, rateIds: ids } }));
      else unwrap(await api.POST('/api/v1/tax/groups', { body: { code: code.trim().toUpperCase(), name, rateIds: ids } }));
      await invalidate(queryClient);
      onClose();
    });
  }

  const available = rates.filter((r) => !ids.includes(r.id)).map((r) => ({ value: r.id, label: `${r.code} · ${r.name} (${percentLabel(r.percent)})` }));
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)}>
      <Stack gap="sm">
        {submit.message && (
          <Alert color="red" role="alert" title="Could not save the group">
            {submit.message}
          </Alert>
        )}
        <OtherErrors errors={submit.errors} shown={(f) => ['code', 'name', 'rateIds'].includes(f)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Code" required value={code} onChange={(e) => setCode(e.currentTarget.value)} error={submit.errors.code} disabled={Boolean(group)} />
          <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={submit.errors.name} />
        </SimpleGrid>
        <Text size="sm" fw={600} id="group-components-label">
          Components, applied in this order
        </Text>
        {ids.length === 0 && <Text size="sm">No rate yet: add at least one.</Text>}
        <Stack gap={4} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-labelledby="group-components-label">
          {ids.map((id, i) => {
            const r = byId.get(id);
            const label = r ? `${r.code} · ${r.name} (${percentLabel(r.percent)}${r.compound ? ', compound' : ''})` : id;
            return (
              <Group component="li" key={id} justify="space-between" wrap="nowrap" gap="xs" data-testid="group-component">
                <Text size="sm">
                  {i + 1}. {label}
                </Text>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon variant="default" aria-label={`Move ${r?.code ?? id} up`} disabled={i === 0} onClick={() => setIds(moveItem(ids, i, i - 1))}>
                    ↑
                  </ActionIcon>
                  <ActionIcon variant="default" aria-label={`Move ${r?.code ?? id} down`} disabled={i === ids.length - 1} onClick={() => setIds(moveItem(ids, i, i + 1))}>
                    ↓
                  </ActionIcon>
                  <ActionIcon variant="default" aria-label={`Remove ${r?.code ?? id}`} onClick={() => setIds(ids.filter((x) => x !== id))}>
                    ×
                  </ActionIcon>
                </Group>
              </Group>
            );
          })}
        </Stack>
        {submit.errors.rateIds && (
          <Text size="sm" c="red" role="alert">
            {submit.errors.rateIds}
          </Text>
        )}
        <Select label="Add a rate" placeholder="Choose a rate" searchable data={available} value={null} onChange={(v) => v && setIds([...ids, v])} nothingFoundMessage="No other rate" disabled={ids.length >= 10} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={submit.submitting}>
            {group ? 'Save group' : 'Create group'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ExemptionForm({ onDone }: { onDone: () => void }) {
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const customers = useQuery(partiesQuery('customer', {}));
  const [partyId, setPartyId] = useState<string | null>(null);
  const [category, setCategory] = useState('');
  const [reason, setReason] = useState('');
  const [certificate, setCertificate] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    await submit.run(async () => {
      unwrap(
        await api.POST('/api/v1/tax/exemptions', {
          body: { reason, validFrom, ...(partyId && { partyId }), ...(category.trim() && { category: category.trim() }), ...(certificate.trim() && { certificate: certificate.trim() }), ...(validTo && { validTo }) },
        }),
      );
      await invalidate(queryClient);
      onDone();
    });
  }

  return (
    <Paper withBorder p="md" component="form" aria-labelledby="exemption-title" noValidate onSubmit={(e: FormEvent) => void onSubmit(e)}>
      <Stack gap="sm">
        <Title order={3} size="h5" id="exemption-title">
          Add an exemption
        </Title>
        {submit.message && (
          <Alert color="red" role="alert" title="Could not add the exemption">
            {submit.message}
          </Alert>
        )}
        <OtherErrors errors={submit.errors} shown={(f) => ['partyId', 'category', 'reason', 'certificate', 'validFrom', 'validTo'].includes(f)} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select label="Customer" placeholder="Any customer" searchable clearable data={(customers.data?.items ?? []).map((p) => ({ value: p.id, label: p.displayName }))} value={partyId} onChange={setPartyId} error={submit.errors.partyId} />
          <TextInput label="Category" description="e.g. books, medical" value={category} onChange={(e) => setCategory(e.currentTarget.value)} error={submit.errors.category} />
          <TextInput label="Reason" required value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={submit.errors.reason} />
          <TextInput label="Certificate" value={certificate} onChange={(e) => setCertificate(e.currentTarget.value)} error={submit.errors.certificate} />
          <TextInput type="date" label="Valid from" required value={validFrom} onChange={(e) => setValidFrom(e.currentTarget.value)} error={submit.errors.validFrom} />
          <TextInput type="date" label="Valid to" value={validTo} onChange={(e) => setValidTo(e.currentTarget.value)} error={submit.errors.validTo} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={submit.submitting}>
            Add exemption
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

type Editing = { kind: 'rate'; rate: TaxRate | null } | { kind: 'group'; group: TaxGroup | null } | null;

/** Tax rates, groups of rates and exemptions (VAT, sales tax, retentions). */
export function TaxRates() {
  const can = useCan();
  const confirm = useConfirm();
  const queryClient = useQueryClient();
  const tenant = useTenant();
  const country = tenant.data?.countryCode ?? 'IN';
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [addingExemption, setAddingExemption] = useState(false);
  const rates = useQuery(ratesQuery(showArchived));
  const activeRates = useQuery(ratesQuery(false));
  const groups = useQuery(groupsQuery);
  const exemptions = useQuery(exemptionsQuery);
  const customers = useQuery({ ...partiesQuery('customer', {}), enabled: (exemptions.data?.length ?? 0) > 0 });
  const manage = can('tax.rates.manage');
  useShortcut('n', () => manage && setEditing({ kind: 'rate', rate: null }), { description: 'New tax rate' });

  const remove = useMutation({
    mutationFn: async (what: { kind: 'rate' | 'group' | 'exemption'; id: string }) => {
      const path = { params: { path: { id: what.id } } };
      if (what.kind === 'rate') unwrap(await api.DELETE('/api/v1/tax/rates/{id}', path));
      else if (what.kind === 'group') unwrap(await api.DELETE('/api/v1/tax/groups/{id}', path));
      else unwrap(await api.DELETE('/api/v1/tax/exemptions/{id}', path));
    },
    onSettled: () => invalidate(queryClient),
  });

  async function onDelete(kind: 'rate' | 'group' | 'exemption', id: string, label: string) {
    const messages = { rate: 'A rate used by a group cannot be deleted; archive it instead.', group: 'Documents already issued keep their tax.', exemption: 'Documents from now on are taxed normally.' };
    if (await confirm({ title: `Delete ${label}?`, message: messages[kind], confirmLabel: `Delete ${kind}`, destructive: true })) remove.mutate({ kind, id });
  }

  const rateColumns: Column<TaxRate>[] = [
    { key: 'code', header: 'Code', cell: (r) => r.code },
    { key: 'name', header: 'Name', cell: (r) => r.name },
    { key: 'percent', header: 'Rate', numeric: true, cell: (r) => <span data-testid="rate-percent">{percentLabel(r.percent)}</span> },
    { key: 'jurisdiction', header: 'Jurisdiction', cell: (r) => r.jurisdiction },
    {
      key: 'how',
      header: 'Applies',
      cell: (r) => (
        <Group gap={4}>
          <Badge variant="dot">{r.inclusive ? 'inclusive' : 'exclusive'}</Badge>
          {r.compound && <Badge variant="dot">compound</Badge>}
          {r.kind === 'retention' && <Badge variant="dot">retention</Badge>}
          {r.archived && <Badge variant="dot">archived</Badge>}
        </Group>
      ),
    },
    ...(manage
      ? [
          {
            key: 'actions',
            header: 'Actions',
            cell: (r: TaxRate) => (
              <Group gap={4} wrap="nowrap">
                <Button size="compact-xs" variant="default" onClick={() => setEditing({ kind: 'rate', rate: r })} aria-label={`Edit ${r.code}`}>
                  Edit
                </Button>
                <Button size="compact-xs" variant="default" onClick={() => void onDelete('rate', r.id, `the rate ${r.code}`)} aria-label={`Delete ${r.code}`}>
                  Delete
                </Button>
              </Group>
            ),
          },
        ]
      : []),
  ];

  const groupColumns: Column<TaxGroup>[] = [
    { key: 'code', header: 'Code', cell: (g) => g.code },
    { key: 'name', header: 'Name', cell: (g) => g.name },
    { key: 'components', header: 'Components, in order', cell: (g) => g.components.map((c) => `${c.code} ${percentLabel(c.percent)}${c.compound ? ' (compound)' : ''}`).join(' → ') },
    ...(manage
      ? [
          {
            key: 'actions',
            header: 'Actions',
            cell: (g: TaxGroup) => (
              <Group gap={4} wrap="nowrap">
                <Button size="compact-xs" variant="default" onClick={() => setEditing({ kind: 'group', group: g })} aria-label={`Edit group ${g.code}`}>
                  Edit
                </Button>
                <Button size="compact-xs" variant="default" onClick={() => void onDelete('group', g.id, `the group ${g.code}`)} aria-label={`Delete group ${g.code}`}>
                  Delete
                </Button>
              </Group>
            ),
          },
        ]
      : []),
  ];

  const customerName = new Map((customers.data?.items ?? []).map((p) => [p.id, p.displayName]));
  const exemptionColumns: Column<Exemption>[] = [
    { key: 'party', header: 'Customer', cell: (e) => (e.partyId ? (customerName.get(e.partyId) ?? 'A customer') : 'Any') },
    { key: 'category', header: 'Category', cell: (e) => e.category ?? 'Every category' },
    { key: 'reason', header: 'Reason', cell: (e) => `${e.reason}${e.certificate ? ` (certificate ${e.certificate})` : ''}` },
    { key: 'valid', header: 'Valid', cell: (e) => `${e.validFrom} – ${e.validTo ?? 'open'}` },
    ...(manage
      ? [
          {
            key: 'actions',
            header: 'Actions',
            cell: (e: Exemption) => (
              <Button size="compact-xs" variant="default" onClick={() => void onDelete('exemption', e.id, 'this exemption')} aria-label={`Delete exemption: ${e.reason}`}>
                Delete
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <RequirePermission permission="tax.rates.read">
      <Stack gap="md">
        <PageHeader title="Tax rates" subtitle="VAT, sales tax and retentions: single rates, groups of rates applied in order, and exemptions.">
          {manage && (
            <>
              <Button onClick={() => setEditing({ kind: 'rate', rate: null })} data-testid="new-rate">
                New rate
              </Button>
              <Button variant="default" onClick={() => setEditing({ kind: 'group', group: null })} data-testid="new-group">
                New group
              </Button>
            </>
          )}
        </PageHeader>
        {country === 'IN' && (
          <Alert color="blue" title="GST comes from HSN/SAC codes">
            Indian GST is charged by the rate of each item’s HSN/SAC code; rates here are for other taxes and for sales abroad.
          </Alert>
        )}
        {remove.error && (
          <Alert color="red" role="alert" title="Could not delete">
            {errorText(remove.error)}
          </Alert>
        )}
        <Group justify="space-between" align="flex-end">
          <Title order={2} size="h4">
            Rates
          </Title>
          <Checkbox label="Show archived rates" checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} />
        </Group>
        <ListTable
          caption="Tax rates"
          testId="rates"
          columns={rateColumns}
          rows={rates.data}
          rowKey={(r) => r.id}
          loading={rates.isPending}
          error={rates.error}
          onRetry={() => void rates.refetch()}
          minWidth={720}
          empty={
            <EmptyState title="No tax rates yet" action={<SeedDefaultsButton country={country} />}>
              Add a rate, or start from your country’s usual rates.
            </EmptyState>
          }
        />
        <Title order={2} size="h4">
          Groups
        </Title>
        <ListTable caption="Tax groups" testId="groups" columns={groupColumns} rows={groups.data} rowKey={(g) => g.id} loading={groups.isPending} error={groups.error} onRetry={() => void groups.refetch()} minWidth={640} empty={<EmptyState title="No tax groups" testId="groups-empty">A group charges several rates on one line, e.g. GST + PST, or IVA with its retentions.</EmptyState>} />
        <Group justify="space-between" align="flex-end">
          <Title order={2} size="h4">
            Exemptions
          </Title>
          {manage && !addingExemption && (
            <Button variant="default" size="xs" onClick={() => setAddingExemption(true)}>
              Add exemption
            </Button>
          )}
        </Group>
        {addingExemption && <ExemptionForm onDone={() => setAddingExemption(false)} />}
        <ListTable caption="Tax exemptions" testId="exemptions" columns={exemptionColumns} rows={exemptions.data} rowKey={(e) => e.id} loading={exemptions.isPending} error={exemptions.error} onRetry={() => void exemptions.refetch()} minWidth={640} empty={<EmptyState title="No exemptions" testId="exemptions-empty">Exempt a customer (with their certificate), a category of goods, or a category for one customer.</EmptyState>} />
      </Stack>
      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={editing?.kind === 'rate'} onClose={() => setEditing(null)} title={editing?.kind === 'rate' && editing.rate ? `Edit ${editing.rate.code}` : 'New tax rate'} size="lg">
        {editing?.kind === 'rate' && <RateForm rate={editing.rate} country={country} onClose={() => setEditing(null)} />}
      </Modal>
      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={editing?.kind === 'group'} onClose={() => setEditing(null)} title={editing?.kind === 'group' && editing.group ? `Edit group ${editing.group.code}` : 'New tax group'} size="lg">
        {editing?.kind === 'group' && <GroupForm group={editing.group} rates={activeRates.data ?? []} onClose={() => setEditing(null)} />}
      </Modal>
    </RequirePermission>
  );
}
