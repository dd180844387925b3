import { Alert, Group, Loader, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Column } from '../../lib/list';
import { formatDate } from '../ledger/dates';
import { EntryLink, Money } from '../ledger/shared';
import { statementQuery, type PartyKind, type Statement as StatementData } from './api';

type Line = StatementData['lines'][number];

/** The party's statement from the ledger: opening row, lines with a running balance, closing row. */
export function Statement({ kind, partyId, from, to, onRange }: { kind: PartyKind; partyId: string; from?: string | undefined; to?: string | undefined; onRange: (range: { from?: string | undefined; to?: string | undefined }) => void }) {
  const statement = useQuery(statementQuery(kind, partyId, { ...(from && { from }), ...(to && { to }) }));
  const data = statement.data;
  const currency = data?.currency ?? 'INR';
  const side = data?.side === 'payable' ? 'You owe them' : 'They owe you';
  const columns: Column<Line>[] = [
    { key: 'date', header: 'Date', cell: (l) => formatDate(l.date) },
    { key: 'memo', header: 'Details', cell: (l) => <EntryLink entryId={l.entryId}>{l.memo ?? l.reference ?? `${l.source} entry`}</EntryLink> },
    { key: 'reference', header: 'Reference', cell: (l) => l.reference ?? '' },
    { key: 'debit', header: 'Debit', numeric: true, cell: (l) => <Money amount={l.debit} currency={currency} hideZero /> },
    { key: 'credit', header: 'Credit', numeric: true, cell: (l) => <Money amount={l.credit} currency={currency} hideZero /> },
    { key: 'balance', header: 'Balance', numeric: true, cell: (l) => <Money amount={l.balance} currency={currency} testId="statement-balance" /> },
  ];
  const row = (label: string, amount: string, testId: string) => (
    <Table.Tr>
      <Table.Td colSpan={5}>
        <Text size="sm" fw={700}>
          {label}
        </Text>
      </Table.Td>
      <Table.Td style={{ textAlign: 'right' }}>
        <Text size="sm" fw={700}>
          <Money amount={amount} currency={currency} testId={testId} />
        </Text>
      </Table.Td>
    </Table.Tr>
  );
  return (
    <Stack gap="sm" data-testid="statement">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={2} size="h4">
          Statement
        </Title>
        <Group gap="sm" wrap="wrap">
          <TextInput type="date" label="From" value={from ?? ''} onChange={(e) => onRange({ from: e.currentTarget.value || undefined, to })} />
          <TextInput type="date" label="To" value={to ?? ''} onChange={(e) => onRange({ from, to: e.currentTarget.value || undefined })} />
        </Group>
      </Group>
      {data && (
        <Text size="sm">
          Balances are shown as “{side}” when positive, in {currency}.
        </Text>
      )}
      {data?.truncated && (
        <Alert color="yellow" title="Statement shortened">
          Only the first lines are shown; narrow the dates to see the rest.
        </Alert>
      )}
      {statement.error && (
        <Alert color="red" role="alert" title="Could not load the statement">
          {statement.error.message}
        </Alert>
      )}
      {statement.isPending && <Loader size="sm" aria-label="Loading" />}
      {data && (
        <Table.ScrollContainer minWidth={640} type="native" style={{ position: 'relative' }}>
          <Table striped verticalSpacing="xs" data-testid="statement-lines">
            <caption>
              <VisuallyHidden>Statement lines with a running balance</VisuallyHidden>
            </caption>
            <Table.Thead>
              <Table.Tr>
                {columns.map((c) => (
                  <Table.Th key={c.key} ta={c.numeric ? 'right' : undefined}>
                    {c.header}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {row(from ? `Opening balance on ${formatDate(from)}` : 'Opening balance', data.openingBalance, 'statement-opening')}
              {data.lines.map((l) => (
                <Table.Tr key={`${l.entryId}:${l.lineNo}`} data-testid="statement-line">
                  {columns.map((c) => (
                    <Table.Td key={c.key} ta={c.numeric ? 'right' : undefined} style={c.numeric ? { whiteSpace: 'nowrap' } : undefined}>
                      {c.cell(l)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
              {data.lines.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={6}>
                    <Text size="sm">Nothing was posted for this party in these dates.</Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {row(to ? `Closing balance on ${formatDate(to)}` : 'Closing balance', data.closingBalance, 'statement-closing')}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
