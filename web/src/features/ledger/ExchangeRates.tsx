import { Alert, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useConfirm } from '../../lib/confirm';
import { CursorPagination, EmptyState, ListTable, useListControls, type Column } from '../../lib/list';
import { CURRENCY_CODES } from '../../lib/list/decimal';
import { useSubmit } from '../../lib/use-submit';
import { formatDate, today } from './dates';
import { exchangeRatesRoute } from './routes';
import { PageHeader, useBaseCurrency } from './shared';

type Rate = Awaited<ReturnType<typeof listRates>>['items'][number];

async function listRates(query: { cursor?: string; currency?: string; from?: string; to?: string }) {
  return unwrap(await api.GET('/api/v1/ledger/rates', { params: { query: { limit: 50, ...query } } }));
}

const SOURCE_LABEL = { manual: 'Entered', csv: 'CSV import', provider: 'ECB' } as const;

/** Field errors of a one-rate PUT (`rates[0].rate`) onto the form's fields. */
const rateField = (errors: Record<string, string>, field: string) => errors[`rates[0].${field}`] ?? errors[field];

function AddRate({ base }: { base: string }) {
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const [date, setDate] = useState(today());
  const [currency, setCurrency] = useState(base === 'USD' ? 'EUR' : 'USD');
  const [rate, setRate] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    await submit.run(async () => {
      unwrap(await api.PUT('/api/v1/ledger/rates', { body: { rates: [{ date, currency, rate: rate.trim() }] } }));
      setRate('');
      await queryClient.invalidateQueries({ queryKey: ['ledger', 'rates'] });
    });
  }

  return (
    <Paper withBorder p="md" component="form" aria-labelledby="add-rate-title" noValidate onSubmit={(e: FormEvent) => void onSubmit(e)}>
      <Stack gap="sm">
        <Title order={2} size="h4" id="add-rate-title">
          Add or replace a rate
        </Title>
        {submit.message && (
          <Alert color="red" role="alert" title="Could not save the rate">
            {submit.message}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm">
          <TextInput type="date" label="Date" required value={date} onChange={(e) => setDate(e.currentTarget.value)} error={rateField(submit.errors, 'date')} />
          <Select label="Currency" searchable required data={CURRENCY_CODES.filter((c) => c !== base)} value={currency} onChange={(v) => setCurrency(v ?? currency)} allowDeselect={false} error={rateField(submit.errors, 'currency')} />
          <TextInput label={`${base} per 1 ${currency}`} required inputMode="decimal" value={rate} onChange={(e) => setRate(e.currentTarget.value)} error={rateField(submit.errors, 'rate')} data-testid="rate-value" />
          <Button type="submit" loading={submit.submitting} mt={{ sm: 25 }}>
            Save rate
          </Button>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

function ImportRates() {
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const [csv, setCsv] = useState('');
  const [done, setDone] = useState<number | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    await submit.run(async () => {
      const result = unwrap(await api.POST('/api/v1/ledger/rates/import', { body: { csv } }));
      setDone(result.items.length);
      setCsv('');
      await queryClient.invalidateQueries({ queryKey: ['ledger', 'rates'] });
    });
  }

  return (
    <Paper withBorder p="md" component="form" aria-labelledby="import-rates-title" noValidate onSubmit={(e: FormEvent) => void onSubmit(e)}>
      <Stack gap="sm">
        <Title order={2} size="h4" id="import-rates-title">
          Import from CSV
        </Title>
        {submit.message && (
          <Alert color="red" role="alert" title="Nothing was imported">
            {submit.message}
          </Alert>
        )}
        {done !== null && !submit.message && (
          <Alert color="teal" role="status" title="Imported">
            {done} rate{done === 1 ? '' : 's'} saved.
          </Alert>
        )}
        <Textarea label="CSV (date,currency,rate with a header row)" placeholder={'date,currency,rate\n2026-04-01,USD,83.25'} autosize minRows={3} value={csv} onChange={(e) => setCsv(e.currentTarget.value)} error={submit.errors.csv} />
        <Group justify="flex-end">
          <Button type="submit" variant="default" loading={submit.submitting} disabled={!csv.trim()}>
            Import
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Exchange rates into the base currency: list, add, import, fetch the ECB's reference rates, delete. */
export function ExchangeRates() {
  const search = exchangeRatesRoute.useSearch();
  const navigate = useNavigate({ from: exchangeRatesRoute.fullPath });
  const queryClient = useQueryClient();
  const confirm = useConfirm();
  const base = useBaseCurrency();
  const { cursor, currency, from, to } = search;
  const query = { ...(cursor && { cursor }), ...(currency && { currency }), ...(from && { from }), ...(to && { to }) };
  const list = useQuery({ queryKey: ['ledger', 'rates', query], queryFn: () => listRates(query) });
  const controls = useListControls(search, (next) => void navigate({ search: next }), list.data?.nextCursor);

  const fetchEcb = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/ledger/rates/fetch', { body: { provider: 'ecb' } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['ledger', 'rates'] }),
  });
  const remove = useMutation({
    mutationFn: async (id: string) => unwrap(await api.DELETE('/api/v1/ledger/rates/{id}', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['ledger', 'rates'] }),
  });

  async function onDelete(rate: Rate) {
    const ok = await confirm({ title: `Delete the ${rate.currency} rate of ${formatDate(rate.date)}?`, message: 'Entries already posted keep their base amounts.', confirmLabel: 'Delete rate', destructive: true });
    if (ok) remove.mutate(rate.id);
  }

  const columns: Column<Rate>[] = [
    { key: 'date', header: 'Date', cell: (r) => formatDate(r.date) },
    { key: 'currency', header: 'Currency', cell: (r) => r.currency },
    { key: 'rate', header: `Rate (${base} per unit)`, numeric: true, cell: (r) => r.rate },
    { key: 'source', header: 'Source', cell: (r) => <Badge variant="dot">{SOURCE_LABEL[r.source]}</Badge> },
    {
      key: 'actions',
      header: 'Actions',
      cell: (r) => (
        <Button size="compact-xs" variant="default" onClick={() => void onDelete(r)} aria-label={`Delete ${r.currency} rate of ${r.date}`}>
          Delete
        </Button>
      ),
    },
  ];
  const error = fetchEcb.error ?? remove.error;

  return (
    <Stack gap="md">
      <PageHeader title="Exchange rates" subtitle={`Units of ${base} per unit of each currency, by date.`}>
        <Button variant="default" onClick={() => fetchEcb.mutate()} loading={fetchEcb.isPending}>
          Fetch ECB rates
        </Button>
      </PageHeader>
      {error && (
        <Alert color="red" role="alert" title="That did not work">
          {error.message}
        </Alert>
      )}
      {fetchEcb.data && (
        <Alert color="teal" role="status" title="Rates fetched">
          {fetchEcb.data.items.length} rates of {formatDate(fetchEcb.data.date)} saved.
        </Alert>
      )}
      <AddRate base={base} />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select label="Currency" searchable clearable placeholder="All currencies" data={[...CURRENCY_CODES]} value={currency ?? null} onChange={(v) => controls.update({ currency: v ?? undefined })} />
        <TextInput type="date" label="From" value={from ?? ''} onChange={(e) => controls.update({ from: e.currentTarget.value || undefined })} />
        <TextInput type="date" label="To" value={to ?? ''} onChange={(e) => controls.update({ to: e.currentTarget.value || undefined })} />
      </SimpleGrid>
      <ListTable
        caption="Exchange rates"
        testId="rates"
        columns={columns}
        rows={list.data?.items}
        rowKey={(r) => r.id}
        loading={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        minWidth={560}
        empty={<EmptyState title={currency || from || to ? 'No rates match' : 'No exchange rates yet'}>Add a rate above, import a CSV, or fetch the European Central Bank's reference rates.</EmptyState>}
      />
      <CursorPagination pager={controls.pager} />
      <ImportRates />
    </Stack>
  );
}
