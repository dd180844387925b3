import { ActionIcon, Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { GST_STATES } from '../../lib/gstin';
import { formatMoney } from '../../lib/money';
import { QueryState, RequirePermission } from '../../lib/Forbidden';
import { MoneyInput } from '../../lib/money-input';
import { useSubmit } from '../../lib/use-submit';
import { Money, PageHeader } from '../ledger/shared';
import { groupsQuery, percentLabel, ratesQuery, type Calculation } from './api';
import { HsnPicker } from './HsnPicker';
import { calculationBody, type SandboxLine } from './model';
import { OtherErrors, useTenant } from './shared';

/** The parts of the GST engine's result the sandbox shows (the API types it loosely). */
interface GstComponents { cgst: string; sgst: string; utgst: string; igst: string; cess: string; totalTax: string }
interface GstLine extends GstComponents { index: number; hsn: string; category: string; taxableValue: string; rate: string; cgstRate: string; sgstRate: string; utgstRate: string; igstRate: string; cessPercent: string; lineTotal: string }
interface GstResult { supply: { placeOfSupply: string | null; supplyType: string; regime: string }; lines: GstLine[]; totals: GstComponents & { taxableValue: string; invoiceTotal: string; roundOff: string; grandTotal: string } }
type VatResult = Extract<Calculation, { engine: 'vat' }>['result'];

const STATE_OPTIONS = GST_STATES.map((s) => ({ value: s.code, label: `${s.code} · ${s.name}` }));
const SUPPLY_LABEL: Record<string, string> = { intra_state: 'Intra-state: CGST + SGST', inter_state: 'Inter-state: IGST', export: 'Export', sez: 'Supply to an SEZ' };
let nextKey = 1;
const newLine = (): SandboxLine => ({ key: String(nextKey++), hsn: '', amount: '', tax: '' });
const stateName = (code: string | null) => GST_STATES.find((s) => s.code === code)?.name ?? code ?? 'outside India';

function GstResultTable({ result }: { result: GstResult }) {
  const t = result.totals;
  const m = (amount: string, testId?: string) => <Money amount={amount} currency="INR" testId={testId} />;
  const ut = result.supply.regime === 'cgst_utgst';
  return (
    <Stack gap="xs" data-testid="gst-result">
      <Text size="sm" fw={600} data-testid="supply-type">
        {SUPPLY_LABEL[result.supply.supplyType] ?? result.supply.supplyType}
        {ut ? ' (UTGST in a union territory)' : ''} · place of supply {stateName(result.supply.placeOfSupply)}
      </Text>
      <Table.ScrollContainer minWidth={760} type="native">
        <Table striped verticalSpacing={4} captionSide="top">
          <caption>Tax per line</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Line</Table.Th>
              <Table.Th>HSN/SAC</Table.Th>
              <Table.Th ta="right">Taxable value</Table.Th>
              <Table.Th ta="right">CGST</Table.Th>
              <Table.Th ta="right">{ut ? 'UTGST' : 'SGST'}</Table.Th>
              <Table.Th ta="right">IGST</Table.Th>
              <Table.Th ta="right">Cess</Table.Th>
              <Table.Th ta="right">Line total</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.lines.map((l) => (
              <Table.Tr key={l.index} data-testid="gst-line">
                <Table.Td>{l.index + 1}</Table.Td>
                <Table.Td>
                  {l.hsn} ({percentLabel(l.rate)}
                  {l.category !== 'taxable' ? `, ${l.category.replace('_', ' ')}` : ''})
                </Table.Td>
                <Table.Td ta="right">{m(l.taxableValue)}</Table.Td>
                <Table.Td ta="right" data-testid="line-cgst">
                  {percentLabel(l.cgstRate)} {m(l.cgst)}
                </Table.Td>
                <Table.Td ta="right" data-testid="line-sgst">
                  {percentLabel(ut ? l.utgstRate : l.sgstRate)} {m(ut ? l.utgst : l.sgst)}
                </Table.Td>
                <Table.Td ta="right" data-testid="line-igst">
                  {percentLabel(l.igstRate)} {m(l.igst)}
                </Table.Td>
                <Table.Td ta="right">
                  {percentLabel(l.cessPercent)} {m(l.cess)}
                </Table.Td>
                <Table.Td ta="right">{m(l.lineTotal)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={2}>Totals</Table.Th>
              <Table.Th ta="right">{m(t.taxableValue)}</Table.Th>
              <Table.Th ta="right">{m(t.cgst, 'total-cgst')}</Table.Th>
              <Table.Th ta="right">{m(ut ? t.utgst : t.sgst, 'total-sgst')}</Table.Th>
              <Table.Th ta="right">{m(t.igst, 'total-igst')}</Table.Th>
              <Table.Th ta="right">{m(t.cess)}</Table.Th>
              <Table.Th ta="right">{m(t.invoiceTotal, 'invoice-total')}</Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm">
        Tax {m(t.totalTax, 'total-tax')} · round-off {m(t.roundOff)} · to pay {m(t.grandTotal, 'grand-total')}
      </Text>
    </Stack>
  );
}

function VatResultTable({ result, currency }: { result: VatResult; currency: string }) {
  const m = (amount: string) => <Money amount={amount} currency={currency} />;
  return (
    <Table.ScrollContainer minWidth={560} type="native" data-testid="vat-result">
      <Table striped verticalSpacing={4} captionSide="top">
        <caption>Tax per line</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Line</Table.Th>
            <Table.Th ta="right">Net</Table.Th>
            <Table.Th>Components</Table.Th>
            <Table.Th ta="right">Tax</Table.Th>
            <Table.Th ta="right">Retained</Table.Th>
            <Table.Th ta="right">Payable</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.lines.map((l) => (
            <Table.Tr key={l.index}>
              <Table.Td>{l.index + 1}</Table.Td>
              <Table.Td ta="right">{m(l.net)}</Table.Td>
              <Table.Td>{l.exemptReason ? `Exempt: ${l.exemptReason}` : l.components.map((c) => `${c.code} ${percentLabel(c.rate)}`).join(', ')}</Table.Td>
              <Table.Td ta="right">{m(l.tax)}</Table.Td>
              <Table.Td ta="right">{m(l.retention)}</Table.Td>
              <Table.Td ta="right">{m(l.payable)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>Totals</Table.Th>
            <Table.Th ta="right">{m(result.totals.net)}</Table.Th>
            <Table.Th>{result.totals.components.map((c) => `${c.code}: ${formatMoney(c.amount, currency)}`).join(', ')}</Table.Th>
            <Table.Th ta="right">{m(result.totals.tax)}</Table.Th>
            <Table.Th ta="right">{m(result.totals.retention)}</Table.Th>
            <Table.Th ta="right">{m(result.totals.payable)}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A sandbox for `POST /tax/calculate`: lines, prices inclusive or not, the buyer's state → the tax. */
export function TaxCalculator() {
  const tenant = useTenant();
  const submit = useSubmit();
  const engine = tenant.data?.countryCode === 'IN' ? 'gst' : 'vat';
  const currency = tenant.data?.baseCurrency ?? 'INR';
  const rates = useQuery({ ...ratesQuery(false), enabled: engine === 'vat' && Boolean(tenant.data) });
  const groups = useQuery({ ...groupsQuery, enabled: engine === 'vat' && Boolean(tenant.data) });
  const [lines, setLines] = useState<SandboxLine[]>(() => [newLine()]);
  const [suggested, setSuggested] = useState<Record<string, string | null>>({});
  const [inclusive, setInclusive] = useState(false);
  const [buyerState, setBuyerState] = useState<string | null>(null);
  const [date, setDate] = useState('');
  const [result, setResult] = useState<Calculation | null>(null);
  const sellerState = tenant.data?.stateCode ?? tenant.data?.gstin?.slice(0, 2) ?? null;

  const taxOptions = [
    { group: 'Rates', items: (rates.data ?? []).map((r) => ({ value: `rate:${r.id}`, label: `${r.code} (${percentLabel(r.percent)})` })) },
    { group: 'Groups', items: (groups.data ?? []).map((g) => ({ value: `group:${g.id}`, label: g.code })) },
  ];
  const update = (key: string, changes: Partial<SandboxLine>) => setLines((all) => all.map((l) => (l.key === key ? { ...l, ...changes } : l)));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setResult(null);
    await submit.run(async () => {
      setResult(unwrap(await api.POST('/api/v1/tax/calculate', { body: calculationBody({ engine, inclusive, buyerState: buyerState ?? '', date, lines }) })));
    });
  }

  return (
    <RequirePermission permission="tax.calculate">
      <Stack gap="md">
        <PageHeader title="Tax calculator" subtitle="Check a case: the tax on some lines, as a document would charge it. Nothing is saved." />
        <QueryState error={tenant.error} isPending={tenant.isPending} what="the business" />
        {tenant.data && engine === 'gst' && !sellerState && (
          <Alert color="yellow" title="No GST state yet">
            Set the business’s GSTIN and state under Tax registration first.
          </Alert>
        )}
        {tenant.data && engine === 'gst' && sellerState && !tenant.data.gstin && (
          <Alert color="yellow" title="No GSTIN">
            Without a GSTIN the business is unregistered and charges no GST.
          </Alert>
        )}
        <Paper withBorder p="md" component="form" aria-labelledby="calc-title" noValidate onSubmit={(e: FormEvent) => void onSubmit(e)}>
          <Stack gap="sm">
            <Title order={2} size="h4" id="calc-title">
              Lines
            </Title>
            {submit.message && (
              <Alert color="red" role="alert" title="Could not compute">
                {submit.message}
              </Alert>
            )}
            <OtherErrors errors={submit.errors} shown={(f) => /^lines\[\d+\]\.(hsn|amount|taxRateId|taxGroupId)$/.test(f) || f === 'buyer.stateCode' || f === 'date'} />
            {lines.map((line, i) => (
              <Group key={line.key} align="flex-start" gap="sm" wrap="wrap" data-testid="calc-line">
                {engine === 'gst' ? (
                  <HsnPicker
                    label={`HSN/SAC, line ${i + 1}`}
                    value={line.hsn}
                    onChange={(hsn) => update(line.key, { hsn })}
                    onRateSuggested={(rate) => setSuggested((s) => ({ ...s, [line.key]: rate }))}
                    description={suggested[line.key] !== undefined ? `GST ${percentLabel(suggested[line.key])} today` : 'Search by code or words'}
                    error={submit.errors[`lines[${i}].hsn`]}
                    w={{ base: '100%', sm: 320 }}
                    data-testid="calc-hsn"
                  />
                ) : (
                  <Select label={`Tax, line ${i + 1}`} data={taxOptions} value={line.tax || null} onChange={(v) => update(line.key, { tax: v ?? '' })} error={submit.errors[`lines[${i}].taxRateId`] ?? submit.errors[`lines[${i}].taxGroupId`]} w={260} />
                )}
                <MoneyInput label={`Amount, line ${i + 1} (${currency})`} currency={currency} allowNegative value={line.amount} onChange={(amount) => update(line.key, { amount })} description={inclusive ? 'Price with tax' : 'Taxable value'} error={submit.errors[`lines[${i}].amount`]} w={200} data-testid="calc-amount" />
                {lines.length > 1 && (
                  <ActionIcon variant="default" mt={25} aria-label={`Remove line ${i + 1}`} onClick={() => setLines(lines.filter((l) => l.key !== line.key))}>
                    ×
                  </ActionIcon>
                )}
              </Group>
            ))}
            <Group>
              <Button variant="default" size="xs" onClick={() => setLines([...lines, newLine()])} disabled={lines.length >= 50} data-testid="add-line">
                Add a line
              </Button>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              {engine === 'gst' && (
                <Select label="Buyer’s state" description={`Empty: same as yours (${stateName(sellerState)})`} searchable clearable data={STATE_OPTIONS} value={buyerState} onChange={setBuyerState} error={submit.errors['buyer.stateCode']} data-testid="buyer-state" />
              )}
              <TextInput type="date" label="Date" description="Rates in force on it (empty: today)" value={date} onChange={(e) => setDate(e.currentTarget.value)} error={submit.errors.date} />
              <Switch mt={{ sm: 30 }} label="Prices include tax" checked={inclusive} onChange={(e) => setInclusive(e.currentTarget.checked)} data-testid="inclusive" />
            </SimpleGrid>
            <Group justify="flex-end">
              <Button type="submit" loading={submit.submitting}>
                Calculate
              </Button>
            </Group>
          </Stack>
        </Paper>
        {result && (
          <Paper withBorder p="md" aria-labelledby="calc-result-title" component="section">
            <Stack gap="sm">
              <Title order={2} size="h4" id="calc-result-title">
                Result
              </Title>
              {result.engine === 'gst' ? <GstResultTable result={result.result as GstResult} /> : <VatResultTable result={result.result} currency={result.currency} />}
            </Stack>
          </Paper>
        )}
      </Stack>
    </RequirePermission>
  );
}
