/** Pieces the quotation, order and delivery screens share: status badges, a customer picker, totals, PDF button. */
import { Alert, Badge, Button, Select, Table, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { formatMoney } from '../../lib/money';
import { partiesQuery } from '../parties/api';
import { openPdf, ORDER_STATUSES, QUOTATION_STATUSES, type Totals } from './api';

export function QuotationStatusBadge({ status }: { status: string }) {
  const s = QUOTATION_STATUSES.find((x) => x.value === status);
  return (
    <Badge variant="dot" color={s?.color ?? 'gray'} data-testid="quotation-status">
      {s?.label ?? status}
    </Badge>
  );
}

export function OrderStatusBadge({ status }: { status: string }) {
  const s = ORDER_STATUSES.find((x) => x.value === status);
  return (
    <Badge variant="dot" color={s?.color ?? 'gray'} data-testid="order-status">
      {s?.label ?? status}
    </Badge>
  );
}

/**
 * A customer select that searches the server by name as you type; customers seen once stay known,
 * so the chosen one keeps its label whatever the current search.
 */
export function CustomerPicker({ value, onChange, known, ...props }: Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> & { value: string; onChange: (id: string) => void; known?: { id: string; name: string } }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [seen] = useState(() => new Map<string, string>());
  const chosen = seen.get(value);
  const q = debounced && debounced !== chosen ? debounced.slice(0, 100) : undefined;
  const customers = useQuery(partiesQuery('customer', { status: 'active', ...(q && { q }) }));
  const data = useMemo(() => {
    if (known) seen.set(known.id, known.name);
    const found = customers.data?.items ?? [];
    for (const c of found) seen.set(c.id, c.displayName);
    const ids = new Set([...found.map((c) => c.id), ...(value ? [value] : [])]);
    return [...ids].filter((id) => seen.has(id)).map((id) => ({ value: id, label: seen.get(id) ?? id }));
  }, [customers.data, known, seen, value]);
  return (
    <Select
      searchable
      filter={({ options }) => options}
      nothingFoundMessage={customers.isFetching ? 'Searching…' : 'No matching customer'}
      {...props}
      data={data}
      value={value || null}
      onChange={(id) => onChange(id ?? '')}
      searchValue={search}
      onSearchChange={setSearch}
    />
  );
}

/** Subtotal, discount, taxable value, each tax row, round-off and total, as the server computed them. */
export function TotalsTable({ totals, currency }: { totals: Totals; currency: string }) {
  const rows: [string, string, string][] = [
    ['Subtotal', totals.subtotal, 'totals-subtotal'],
    ...(!/^-?0*(\.0*)?$/.test(totals.discount) ? ([['Discount', `-${totals.discount}`, 'totals-discount']] as [string, string, string][]) : []),
    ['Taxable value', totals.taxableValue, 'totals-taxable'],
    ...totals.taxes.map((t, i): [string, string, string] => [t.label, t.amount, `totals-tax-${i}`]),
    ...(!/^-?0*(\.0*)?$/.test(totals.roundOff) ? ([['Round-off', totals.roundOff, 'totals-round-off']] as [string, string, string][]) : []),
  ];
  return (
    <Table withRowBorders={false} verticalSpacing={4} maw={360} ml="auto" data-testid="totals">
      <Table.Tbody>
        {rows.map(([label, amount, testId]) => (
          <Table.Tr key={testId}>
            <Table.Th scope="row" fw={400}>
              {label}
            </Table.Th>
            <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid={testId}>
              {formatMoney(amount.replace(/^--/, ''), currency)}
            </Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Th scope="row">Total</Table.Th>
          <Table.Td ta="right" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="totals-total">
            {formatMoney(totals.total, currency)}
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

/** Downloads the document's PDF (fetched with the session's token). */
export function PdfButton({ path, testId = 'download-pdf' }: { path: string; testId?: string }) {
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  return (
    <>
      <Button
        variant="default"
        loading={state.busy}
        data-testid={testId}
        onClick={() => {
          setState({ busy: true, error: null });
          openPdf(path).then(
            () => setState({ busy: false, error: null }),
            (e: unknown) => setState({ busy: false, error: e instanceof Error ? e.message : 'The PDF could not be loaded' }),
          );
        }}
      >
        PDF
      </Button>
      {state.error && (
        <Alert color="red" role="alert" title="Could not load the PDF">
          {state.error}
        </Alert>
      )}
    </>
  );
}
