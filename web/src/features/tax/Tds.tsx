import { Alert, Button, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { RequirePermission } from '../../lib/Forbidden';
import { CursorPagination, EmptyState, ListTable, useListControls, type Column } from '../../lib/list';
import { formatMoney } from '../../lib/money';
import { MoneyInput } from '../../lib/money-input';
import { useCan } from '../../lib/permissions';
import { useSubmit } from '../../lib/use-submit';
import { Money, PageHeader } from '../ledger/shared';
import { partiesQuery } from '../parties/api';
import { deductionsQuery, percentLabel, tdsSectionsQuery, type Deduction, type TdsResult, type TdsSection } from './api';
import { explainTds } from './model';
import { OtherErrors } from './shared';
import { tdsRoute } from './routes';

const todayIso = () => new Date().toISOString().slice(0, 10);
const rupees = (amount: string) => formatMoney(amount, 'INR');
const inr = (amount: string | null) => (amount === null ? '—' : <Money amount={amount} currency="INR" />);

function noPanText(s: TdsSection): string {
  const parts = [s.noPan.fixed ? `${s.noPan.fixed}%` : null, s.noPan.times ? `${s.noPan.times}× the rate` : null, s.noPan.floor ? `at least ${s.noPan.floor}%` : null].filter(Boolean);
  return `${parts.join(', ') || '—'} (${s.noPan.citation})`;
}

const sectionColumns: Column<TdsSection>[] = [
  { key: 'section', header: 'Section', cell: (s) => `${s.section}${s.kind === 'tcs' ? ' (TCS)' : ''}` },
  { key: 'nature', header: 'Nature', cell: (s) => s.nature },
  {
    key: 'thresholds',
    header: 'Thresholds',
    cell: (s) => (
      <Text size="sm">
        {s.singleThreshold ? <>Single {inr(s.singleThreshold)}{s.aggregateThreshold ? '; ' : ''}</> : null}
        {s.aggregateThreshold ? <>Yearly {inr(s.aggregateThreshold)} ({s.thresholdBasis === 'whole' ? 'whole amount' : 'excess only'})</> : null}
        {!s.singleThreshold && !s.aggregateThreshold ? 'None' : null}
      </Text>
    ),
  },
  { key: 'rates', header: 'Rates', cell: (s) => s.rates.map((r) => `${r.label}: ${percentLabel(r.percent)}`).join('; ') },
  { key: 'nopan', header: 'No PAN', cell: noPanText },
  { key: 'from', header: 'In force', cell: (s) => `${s.effectiveFrom} – ${s.effectiveTo ?? 'now'}` },
];

/** Computes TDS/TCS on one payment: nothing is recorded. */
function TdsCalculator({ sections }: { sections: readonly TdsSection[] }) {
  const submit = useSubmit();
  const [section, setSection] = useState<string | null>('194C');
  const [date, setDate] = useState(todayIso());
  const [amount, setAmount] = useState('');
  const [hasPan, setHasPan] = useState('yes');
  const [pan, setPan] = useState('');
  const [rateKey, setRateKey] = useState<string | null>(null);
  const [ytdAmount, setYtdAmount] = useState('');
  const [ytdTaxed, setYtdTaxed] = useState('');
  const [result, setResult] = useState<TdsResult | null>(null);
  const chosen = sections.find((s) => s.section === section);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setResult(null);
    await submit.run(async () => {
      const ytd = ytdAmount || ytdTaxed ? { yearToDate: { amount: ytdAmount || '0', taxedAmount: ytdTaxed || '0' } } : {};
      setResult(unwrap(await api.POST('/api/v1/tax/tds/compute', { body: { section: section ?? '', date, amount, pan: hasPan === 'yes' ? pan.trim().toUpperCase() : null, ...(rateKey && { rateKey }), ...ytd } })));
    });
  }

  return (
    <Paper withBorder p="md" component="form" aria-labelledby="tds-calc-title" noValidate onSubmit={(e: FormEvent) => void onSubmit(e)}>
      <Stack gap="sm">
        <Title order={2} size="h4" id="tds-calc-title">
          TDS calculator
        </Title>
        {submit.message && (
          <Alert color="red" role="alert" title="Could not compute">
            {submit.message}
          </Alert>
        )}
        <OtherErrors errors={submit.errors} shown={(f) => ['section', 'date', 'amount', 'rateKey', 'pan', 'yearToDate.amount', 'yearToDate.taxedAmount'].includes(f)} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select label="Section" searchable data={sections.map((s) => ({ value: s.section, label: `${s.section} · ${s.nature}` }))} value={section} onChange={(v) => { setSection(v); setRateKey(null); }} error={submit.errors.section} data-testid="tds-section" />
          <TextInput type="date" label="Payment date" value={date} onChange={(e) => setDate(e.currentTarget.value)} error={submit.errors.date} />
          <MoneyInput label="Amount paid (INR)" currency="INR" value={amount} onChange={setAmount} error={submit.errors.amount} data-testid="tds-amount" />
          {chosen && chosen.rates.length > 1 && (
            <Select label="Rate" placeholder="From the PAN" clearable data={chosen.rates.map((r) => ({ value: r.key, label: `${r.label} (${percentLabel(r.percent)})` }))} value={rateKey} onChange={setRateKey} error={submit.errors.rateKey} />
          )}
          <MoneyInput label="Paid to the party this year (INR)" description="Before this payment" currency="INR" value={ytdAmount} onChange={setYtdAmount} error={submit.errors['yearToDate.amount']} data-testid="tds-ytd" />
          <MoneyInput label="Of which already taxed (INR)" currency="INR" value={ytdTaxed} onChange={setYtdTaxed} error={submit.errors['yearToDate.taxedAmount']} />
        </SimpleGrid>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="tds-pan-label">
              The party gave a PAN
            </Text>
            <SegmentedControl aria-labelledby="tds-pan-label" data={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} value={hasPan} onChange={setHasPan} />
          </Stack>
          {hasPan === 'yes' && <TextInput label="PAN" placeholder="ABCPK1234A" value={pan} onChange={(e) => setPan(e.currentTarget.value.toUpperCase())} error={submit.errors.pan} maxLength={10} data-testid="tds-pan" />}
          <Button type="submit" loading={submit.submitting}>
            Compute
          </Button>
        </Group>
        {result && (
          <Alert color="teal" role="status" title={`${result.kind === 'tcs' ? 'TCS' : 'TDS'}: ${percentLabel(result.percent)} on the base`} data-testid="tds-result">
            <Stack gap={4}>
              <Text size="sm" fw={700}>
                Deduction <Money amount={result.deduction} currency="INR" testId="tds-deduction" /> on <Money amount={result.base} currency="INR" /> · financial year {result.financialYear} · due {result.dueDate}
              </Text>
              <Text size="sm">{explainTds(result, rupees)}</Text>
            </Stack>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

/** Records a payment to a vendor with the tax deducted on it (the year to date is the server's). */
function RecordDeduction({ sections, onDone }: { sections: readonly TdsSection[]; onDone: () => void }) {
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const vendors = useQuery(partiesQuery('vendor', {}));
  const [partyId, setPartyId] = useState<string | null>(null);
  const [section, setSection] = useState<string | null>('194C');
  const [date, setDate] = useState(todayIso());
  const [amount, setAmount] = useState('');
  const [pan, setPan] = useState('');
  const [reference, setReference] = useState('');
  const [saved, setSaved] = useState<TdsResult | null>(null);

  function choose(id: string | null) {
    setPartyId(id);
    const vendor = vendors.data?.items.find((v) => v.id === id);
    if (vendor) setPan(vendor.pan ?? '');
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    await submit.run(async () => {
      const out = unwrap(await api.POST('/api/v1/tax/tds/deductions', { body: { partyId: partyId ?? '', section: section ?? '', date, amount, pan: pan.trim() ? pan.trim().toUpperCase() : null, ...(reference.trim() && { reference: reference.trim() }) } }));
      setSaved(out.computation);
      setAmount('');
      setReference('');
      await queryClient.invalidateQueries({ queryKey: ['tax', 'deductions'] });
      onDone();
    });
  }

  return (
    <Paper withBorder p="md" component="form" aria-labelledby="tds-record-title" noValidate onSubmit={(e: FormEvent) => void onSubmit(e)}>
      <Stack gap="sm">
        <Title order={2} size="h4" id="tds-record-title">
          Record a deduction
        </Title>
        {submit.message && (
          <Alert color="red" role="alert" title="Could not record the deduction">
            {submit.message}
          </Alert>
        )}
        <OtherErrors errors={submit.errors} shown={(f) => ['partyId', 'section', 'date', 'amount', 'pan', 'reference'].includes(f)} />
        {saved && !submit.message && (
          <Alert color="teal" role="status" title="Recorded">
            {explainTds(saved, rupees)}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select label="Vendor" required searchable data={(vendors.data?.items ?? []).map((v) => ({ value: v.id, label: v.displayName }))} value={partyId} onChange={choose} error={submit.errors.partyId} nothingFoundMessage="No vendor: add one under Vendors" />
          <Select label="Section" required searchable data={sections.map((s) => ({ value: s.section, label: `${s.section} · ${s.nature}` }))} value={section} onChange={setSection} error={submit.errors.section} />
          <TextInput type="date" label="Date" required value={date} onChange={(e) => setDate(e.currentTarget.value)} error={submit.errors.date} />
          <MoneyInput label="Amount paid (INR)" required currency="INR" value={amount} onChange={setAmount} error={submit.errors.amount} />
          <TextInput label="PAN" description="Empty when the vendor gave none" value={pan} onChange={(e) => setPan(e.currentTarget.value.toUpperCase())} error={submit.errors.pan} maxLength={10} />
          <TextInput label="Reference" value={reference} onChange={(e) => setReference(e.currentTarget.value)} error={submit.errors.reference} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={submit.submitting}>
            Record deduction
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** TDS/TCS: the sections in force on a date, a calculator, and recorded deductions. */
export function Tds() {
  const search = tdsRoute.useSearch();
  const navigate = useNavigate({ from: tdsRoute.fullPath });
  const can = useCan();
  const [recording, setRecording] = useState(false);
  const asOf = search.asOf ?? todayIso();
  const sections = useQuery(tdsSectionsQuery(asOf));
  const deductions = useQuery(deductionsQuery(search.cursor));
  const vendors = useQuery({ ...partiesQuery('vendor', {}), enabled: (deductions.data?.items.length ?? 0) > 0 });
  const controls = useListControls(search, (next) => void navigate({ search: next }), deductions.data?.nextCursor);
  const vendorName = new Map((vendors.data?.items ?? []).map((v) => [v.id, v.displayName]));

  const deductionColumns: Column<Deduction>[] = [
    { key: 'date', header: 'Date', cell: (d) => d.deductedOn },
    { key: 'party', header: 'Vendor', cell: (d) => vendorName.get(d.partyId) ?? 'A vendor' },
    { key: 'section', header: 'Section', cell: (d) => d.section },
    { key: 'amount', header: 'Paid', numeric: true, cell: (d) => <Money amount={d.amount} currency="INR" /> },
    { key: 'rate', header: 'Rate', numeric: true, cell: (d) => percentLabel(d.percent) },
    { key: 'deduction', header: 'Deducted', numeric: true, cell: (d) => <Money amount={d.deduction} currency="INR" /> },
    { key: 'due', header: 'Due', cell: (d) => d.dueDate },
    { key: 'reference', header: 'Reference', cell: (d) => d.reference ?? '' },
  ];

  return (
    <RequirePermission permission="tax.tds.read">
      <Stack gap="md">
        <PageHeader title="TDS and TCS" subtitle="Sections, thresholds and rates; compute the tax on a payment; deductions recorded.">
          {can('tax.tds.manage') && !recording && (
            <Button onClick={() => setRecording(true)} data-testid="record-deduction">
              Record a deduction
            </Button>
          )}
        </PageHeader>
        {recording && <RecordDeduction sections={sections.data?.items ?? []} onDone={() => undefined} />}
        <TdsCalculator sections={sections.data?.items ?? []} />
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Title order={2} size="h4">
            Sections
          </Title>
          <TextInput type="date" label="In force on" value={asOf} onChange={(e) => void navigate({ search: { ...search, asOf: e.currentTarget.value || undefined } })} />
        </Group>
        <ListTable caption={`TDS and TCS sections in force on ${asOf}`} testId="tds-sections" columns={sectionColumns} rows={sections.data?.items} rowKey={(s) => `${s.section}-${s.effectiveFrom}`} loading={sections.isPending} error={sections.error} onRetry={() => void sections.refetch()} minWidth={900} empty={<EmptyState title="No section in force on that date" testId="sections-empty" />} />
        <Title order={2} size="h4">
          Deductions
        </Title>
        <ListTable caption="TDS and TCS deductions" testId="deductions" columns={deductionColumns} rows={deductions.data?.items} rowKey={(d) => d.id} loading={deductions.isPending} error={deductions.error} onRetry={() => void deductions.refetch()} minWidth={760} empty={<EmptyState title="No deductions recorded" testId="deductions-empty">Record a payment to a vendor with the tax deducted on it.</EmptyState>} />
        <CursorPagination pager={controls.pager} />
      </Stack>
    </RequirePermission>
  );
}
