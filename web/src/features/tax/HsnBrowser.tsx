import { Alert, Anchor, Badge, Button, Group, Modal, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useConfirm } from '../../lib/confirm';
import { errorText, QueryState, RequirePermission } from '../../lib/Forbidden';
import { CursorPagination, EmptyState, ListTable, SearchBox, useListControls, type Column } from '../../lib/list';
import { useCan } from '../../lib/permissions';
import { useShortcut } from '../../lib/shortcuts';
import { useSubmit } from '../../lib/use-submit';
import { PageHeader } from '../ledger/shared';
import { hsnDetailQuery, ifMatch, percentLabel, type CustomHsn, type HsnCode } from './api';
import { hsnRoute } from './routes';
import { OtherErrors } from './shared';

const KIND_LABEL = { chapter: 'Chapter', goods: 'Goods (HSN)', services: 'Services (SAC)' } as const;
const todayIso = () => new Date().toISOString().slice(0, 10);

/** Add a tenant code (or the tenant's own rate for a published code), or change one (`existing`). */
function CustomCodeForm({ existing, initialCode, onClose }: { existing: CustomHsn | null; initialCode: string; onClose: (code?: string) => void }) {
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const [code, setCode] = useState(existing?.code ?? initialCode);
  const [kind, setKind] = useState<'goods' | 'services'>(existing?.kind ?? 'goods');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [gstRate, setGstRate] = useState(existing?.gstRate ?? '');
  const [cessRate, setCessRate] = useState(existing?.cessRate ?? '');
  const [effectiveFrom, setEffectiveFrom] = useState(existing?.effectiveFrom ?? todayIso());

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    await submit.run(async () => {
      const fields = { description, gstRate: gstRate.trim(), cessRate: cessRate.trim() || null, effectiveFrom };
      if (existing) unwrap(await api.PUT('/api/v1/tax/custom-hsn-codes/{id}', { params: { path: { id: existing.id } }, headers: ifMatch(existing.version), body: fields }));
      else unwrap(await api.POST('/api/v1/tax/hsn-codes', { body: { ...fields, code: code.trim(), kind } }));
      await queryClient.invalidateQueries({ queryKey: ['tax', 'hsn'] });
      onClose(code.trim());
    });
  }

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)}>
      <Stack gap="sm">
        {submit.message && (
          <Alert color="red" role="alert" title="Could not save the code">
            {submit.message}
          </Alert>
        )}
        <OtherErrors errors={submit.errors} shown={(f) => ['code', 'kind', 'description', 'gstRate', 'cessRate', 'effectiveFrom'].includes(f)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Code" description="2 to 8 digits" required inputMode="numeric" value={code} onChange={(e) => setCode(e.currentTarget.value)} error={submit.errors.code} disabled={Boolean(existing)} />
          <Select label="Kind" data={[{ value: 'goods', label: 'Goods (HSN)' }, { value: 'services', label: 'Services (SAC)' }]} value={kind} onChange={(v) => setKind(v === 'services' ? 'services' : 'goods')} allowDeselect={false} disabled={Boolean(existing)} error={submit.errors.kind} />
          <TextInput label="GST rate" description='Percent, e.g. "18"' required inputMode="decimal" value={gstRate} onChange={(e) => setGstRate(e.currentTarget.value)} error={submit.errors.gstRate} rightSection="%" />
          <TextInput label="Cess" description="Percent, if any" inputMode="decimal" value={cessRate} onChange={(e) => setCessRate(e.currentTarget.value)} error={submit.errors.cessRate} rightSection="%" />
          <TextInput type="date" label="In force from" required value={effectiveFrom} onChange={(e) => setEffectiveFrom(e.currentTarget.value)} error={submit.errors.effectiveFrom} />
        </SimpleGrid>
        <TextInput label="Description" required value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={submit.errors.description} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onClose()}>
            Cancel
          </Button>
          <Button type="submit" loading={submit.submitting}>
            {existing ? 'Save code' : 'Add code'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A code with its rate history; the tenant's own rows can be changed or deleted. */
function HsnDetail({ code, onEdit, onClose }: { code: string; onEdit: (id: string) => void; onClose: () => void }) {
  const can = useCan();
  const confirm = useConfirm();
  const queryClient = useQueryClient();
  const detail = useQuery(hsnDetailQuery(code));
  const remove = useMutation({
    mutationFn: async (id: string) => unwrap(await api.DELETE('/api/v1/tax/custom-hsn-codes/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tax', 'hsn'] }),
  });
  const d = detail.data;

  async function onDelete(id: string) {
    if (await confirm({ title: `Delete your code ${code}?`, message: 'Where the code is published, its published rate applies again.', confirmLabel: 'Delete code', destructive: true })) remove.mutate(id);
  }

  return (
    <Paper withBorder p="md" aria-labelledby="hsn-detail-title" component="section" data-testid="hsn-detail">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={2} size="h4" id="hsn-detail-title">
            {code}
            {d ? ` · ${KIND_LABEL[d.kind]}` : ''}
          </Title>
          <Button size="compact-sm" variant="default" onClick={onClose}>
            Close
          </Button>
        </Group>
        <QueryState error={detail.error} isPending={detail.isPending} what={`the code ${code}`} />
        {remove.error && (
          <Alert color="red" role="alert" title="Could not delete">
            {errorText(remove.error)}
          </Alert>
        )}
        {d && (
          <>
            <Text size="sm">{d.description}</Text>
            <Text size="sm" fw={600} data-testid="hsn-detail-rate">
              GST {percentLabel(d.gstRate)}
              {d.cessRate ? ` + cess ${percentLabel(d.cessRate)}` : ''}
              {d.effectiveFrom ? ` from ${d.effectiveFrom}` : ''}
              {d.source === 'tenant' ? ' (your rate)' : ''}
            </Text>
            {d.cessNote && <Text size="sm">{d.cessNote}</Text>}
            {can('tax.hsn.manage') && d.source === 'tenant' && d.id && (
              <Group gap="xs">
                <Button size="xs" variant="default" onClick={() => onEdit(d.id!)}>
                  Change your code
                </Button>
                <Button size="xs" variant="default" onClick={() => void onDelete(d.id!)}>
                  Delete your code
                </Button>
              </Group>
            )}
            {d.history.length > 0 && (
              <Table.ScrollContainer minWidth={420} type="native">
                <Table verticalSpacing={4} captionSide="top">
                  <caption>Rate history</caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>From</Table.Th>
                      <Table.Th ta="right">GST</Table.Th>
                      <Table.Th ta="right">Cess</Table.Th>
                      <Table.Th>Source</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {d.history.map((h) => (
                      <Table.Tr key={`${h.source}-${h.effectiveFrom}`}>
                        <Table.Td>{h.effectiveFrom}</Table.Td>
                        <Table.Td ta="right">{percentLabel(h.gstRate)}</Table.Td>
                        <Table.Td ta="right">{h.cessRate ? percentLabel(h.cessRate) : h.cessNote ?? '—'}</Table.Td>
                        <Table.Td>{h.source === 'tenant' ? 'Yours' : 'Published'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

function EditCustom({ id, onClose }: { id: string; onClose: () => void }) {
  const row = useQuery({ queryKey: ['tax', 'hsn', 'custom', id], queryFn: async () => unwrap(await api.GET('/api/v1/tax/custom-hsn-codes/{id}', { params: { path: { id } } })) });
  if (!row.data) return <QueryState error={row.error} isPending={row.isPending} what="your code" />;
  return <CustomCodeForm existing={row.data} initialCode={row.data.code} onClose={onClose} />;
}

/** The HSN/SAC master: search by code or words, a code's rate history, the tenant's own codes. */
export function HsnBrowser() {
  const search = hsnRoute.useSearch();
  const navigate = useNavigate({ from: hsnRoute.fullPath });
  const can = useCan();
  const [form, setForm] = useState<{ editId: string | null } | null>(null);
  const { q, kind, cursor, code } = search;
  const query = { limit: 50, ...(q && { q }), ...(kind && { kind: kind as 'goods' | 'services' | 'chapter' }), ...(cursor && { cursor }) };
  const list = useQuery({ queryKey: ['tax', 'hsn', 'list', query], queryFn: async () => unwrap(await api.GET('/api/v1/tax/hsn-codes', { params: { query } })) });
  const controls = useListControls(search, (next) => void navigate({ search: next }), list.data?.nextCursor);
  const manage = can('tax.hsn.manage');
  useShortcut('n', () => manage && setForm({ editId: null }), { description: 'Add an HSN/SAC code' });
  const show = (c: string | undefined) => void navigate({ search: { ...search, code: c } });

  const columns: Column<HsnCode>[] = [
    {
      key: 'code',
      header: 'Code',
      cell: (h) => (
        <Anchor component="button" type="button" size="sm" fw={600} onClick={() => show(h.code)} data-testid="hsn-code">
          {h.code}
        </Anchor>
      ),
    },
    { key: 'description', header: 'Description', cell: (h) => h.description },
    { key: 'kind', header: 'Kind', cell: (h) => KIND_LABEL[h.kind] },
    { key: 'rate', header: 'GST', numeric: true, cell: (h) => <span data-testid="hsn-rate">{percentLabel(h.gstRate)}</span> },
    { key: 'cess', header: 'Cess', numeric: true, cell: (h) => (h.cessRate ? percentLabel(h.cessRate) : (h.cessNote ?? '')) },
    { key: 'source', header: 'Source', cell: (h) => (h.source === 'tenant' ? <Badge variant="dot">yours</Badge> : 'Published') },
  ];

  return (
    <RequirePermission permission="tax.hsn.read">
      <Stack gap="md">
        <PageHeader title="HSN/SAC codes" subtitle="The GST rate of every code on a date; add your own codes or your own rate for a published one.">
          {manage && (
            <Button onClick={() => setForm({ editId: null })} data-testid="new-hsn">
              Add a code
            </Button>
          )}
        </PageHeader>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <SearchBox label="Search codes" placeholder="Code prefix or words, e.g. 1006 or rice" value={q} onSearch={(next) => controls.update({ q: next })} />
          <Select label="Kind" placeholder="All kinds" clearable data={Object.entries(KIND_LABEL).map(([value, label]) => ({ value, label }))} value={kind ?? null} onChange={(v) => controls.update({ kind: v ?? undefined })} />
        </SimpleGrid>
        {code && <HsnDetail code={code} onEdit={(id) => setForm({ editId: id })} onClose={() => show(undefined)} />}
        <ListTable
          caption="HSN/SAC codes"
          testId="hsn"
          columns={columns}
          rows={list.data?.items}
          rowKey={(h) => `${h.source}-${h.code}`}
          loading={list.isPending}
          error={list.error}
          onRetry={() => void list.refetch()}
          minWidth={640}
          empty={<EmptyState title={q ? `No code matches “${q}”` : 'No codes'}>Try a code prefix (10, 1006) or a word from the description.</EmptyState>}
        />
        <CursorPagination pager={controls.pager} />
      </Stack>
      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={form !== null} onClose={() => setForm(null)} title={form?.editId ? 'Change your code' : 'Add an HSN/SAC code or your own rate'} size="lg">
        {form?.editId ? (
          <EditCustom id={form.editId} onClose={() => setForm(null)} />
        ) : (
          form && (
            <CustomCodeForm
              existing={null}
              initialCode={code ?? ''}
              onClose={(saved) => {
                setForm(null);
                if (saved) show(saved);
              }}
            />
          )
        )}
      </Modal>
    </RequirePermission>
  );
}
