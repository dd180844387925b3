/** Pieces the purchase screens share: status badges, vendor picker and names, document links, a totals table. */
import { Anchor, Badge, Card, Group, Select, Table, Text, VisuallyHidden, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo, useState, type ReactNode } from 'react';
import type { Column } from '../../lib/list';
import { compareDecimals } from '../../lib/list/decimal';
import { formatMoney } from '../../lib/money';
import { today } from '../ledger/dates';
import { partiesQuery, partyQuery, type Party } from '../parties/api';
import { BILL_STATUS, billQuery, ORDER_STATUS, orderQuery, PAYMENT_STATUS } from './api';

function StatusBadge({ map, status, testId }: { map: Record<string, { label: string; color: string }>; status: string; testId: string }) {
  const s = map[status] ?? { label: status, color: 'gray' };
  return (
    <Badge variant="dot" color={s.color} data-testid={testId}>
      {s.label}
    </Badge>
  );
}

export const OrderStatusBadge = ({ status }: { status: string }) => <StatusBadge map={ORDER_STATUS} status={status} testId="order-status" />;
export const PaymentStatusBadge = ({ status }: { status: string }) => <StatusBadge map={PAYMENT_STATUS} status={status} testId="payment-status" />;

/** A posted or partly paid bill past its due date with something still due. */
export function isOverdue(bill: { status: string; dueDate: string; amountDue: string }, asOf = today()): boolean {
  return (bill.status === 'posted' || bill.status === 'partly_paid') && bill.dueDate < asOf && compareDecimals(bill.amountDue, '0') > 0;
}

/** The bill's status, and "Overdue" beside it when it is. */
export function BillStatusBadge({ bill }: { bill: { status: string; dueDate: string; amountDue: string } }) {
  return (
    <Group gap={4} wrap="nowrap">
      <StatusBadge map={BILL_STATUS} status={bill.status} testId="bill-status" />
      {isOverdue(bill) && (
        <Badge variant="dot" color="red" data-testid="bill-overdue">
          Overdue
        </Badge>
      )}
    </Group>
  );
}

/** A vendor's display name (loaded once per vendor and cached). */
export function VendorName({ id, inline }: { id: string; inline?: boolean }) {
  const vendor = useQuery(partyQuery('vendor', id));
  return (
    <Anchor size="sm" underline={inline ? 'always' : undefined} data-testid="vendor-link" renderRoot={(props) => <Link {...props} to="/vendors/$partyId" params={{ partyId: id }} />}>
      {vendor.data?.displayName ?? '…'}
    </Anchor>
  );
}

export function useVendor(id: string) {
  return useQuery({ ...partyQuery('vendor', id), enabled: Boolean(id) });
}

/** The vendor's GST state: from the GSTIN, else the billing address. */
export const vendorState = (vendor: Party | undefined): string | undefined => vendor?.gstStateCode ?? vendor?.billingAddress?.stateCode ?? undefined;

/**
 * A vendor select that searches the server (name, GSTIN, phone, email) as you type; vendors seen
 * once keep their label, so the chosen one stays whatever the current search.
 */
export function VendorPicker({ value, onChange, ...props }: Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> & { value: string; onChange: (id: string) => void }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [seen] = useState(() => new Map<string, string>());
  const chosen = useVendor(value);
  const q = debounced && debounced !== seen.get(value) ? debounced.slice(0, 100) : undefined;
  const vendors = useQuery(partiesQuery('vendor', { status: 'active', ...(q && { q }) }));
  const data = useMemo(() => {
    if (chosen.data) seen.set(chosen.data.id, chosen.data.displayName);
    const found = vendors.data?.items ?? [];
    for (const v of found) seen.set(v.id, v.displayName);
    const ids = new Set([...found.map((v) => v.id), ...(value ? [value] : [])]);
    return [...ids].filter((id) => seen.has(id)).map((id) => ({ value: id, label: seen.get(id) ?? id }));
  }, [vendors.data, chosen.data, seen, value]);
  return (
    <Select
      searchable
      filter={({ options }) => options}
      nothingFoundMessage={vendors.isFetching ? 'Searching…' : 'No matching vendor'}
      {...props}
      data={data}
      value={value || null}
      onChange={(id) => onChange(id ?? '')}
      searchValue={search}
      onSearchChange={setSearch}
    />
  );
}

export function OrderLink({ id, children, inline }: { id: string; children: ReactNode; inline?: boolean }) {
  return (
    <Anchor size="sm" underline={inline ? 'always' : undefined} data-testid="order-link" renderRoot={(props) => <Link {...props} to="/purchases/orders/$orderId" params={{ orderId: id }} />}>
      {children}
    </Anchor>
  );
}

export function ReceiptLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Anchor size="sm" data-testid="receipt-link" renderRoot={(props) => <Link {...props} to="/purchases/receipts/$receiptId" params={{ receiptId: id }} />}>
      {children}
    </Anchor>
  );
}

export function BillLink({ id, children, inline }: { id: string; children: ReactNode; inline?: boolean }) {
  return (
    <Anchor size="sm" underline={inline ? 'always' : undefined} data-testid="bill-link" renderRoot={(props) => <Link {...props} to="/purchases/bills/$billId" params={{ billId: id }} />}>
      {children}
    </Anchor>
  );
}

/** Label / amount rows (subtotal, taxes, total, TDS, payable), right-aligned, each with a test id. */
export function TotalsTable({ rows, currency, caption }: { rows: { label: string; amount: string | null | undefined; testId: string; strong?: boolean }[]; currency: string; caption: string }) {
  return (
    <Table w={{ base: '100%', sm: 360 }} ml="auto" verticalSpacing={4} data-testid="totals">
      <caption>
        <VisuallyHidden>{caption}</VisuallyHidden>
      </caption>
      <Table.Tbody>
        {rows
          .filter((r) => r.amount !== null && r.amount !== undefined)
          .map((r) => (
            <Table.Tr key={r.testId}>
              <Table.Th scope="row" fw={r.strong ? 700 : 400}>
                {r.label}
              </Table.Th>
              <Table.Td ta="right" fw={r.strong ? 700 : 400} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }} data-testid={r.testId}>
                {formatMoney(r.amount!, currency)}
              </Table.Td>
            </Table.Tr>
          ))}
      </Table.Tbody>
    </Table>
  );
}

/** A key fact of a document (vendor, dates, store…); put them in a `<SimpleGrid component="dl">`. */
export function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" component="dt">
        {label}
      </Text>
      <Text fw={600} component="dd" m={0} data-testid={testId}>
        {children}
      </Text>
    </Card>
  );
}

/** A link to the journal entry a document posted, underlined (it sits inside a sentence). */
export function PostedEntryLink({ entryId }: { entryId: string }) {
  return (
    <Anchor size="sm" underline="always" data-testid="entry-link" renderRoot={(props) => <Link {...props} to="/ledger/entries/$entryId" params={{ entryId }} />}>
      journal entry
    </Anchor>
  );
}

/** A bill by id, shown by its number (loaded once and cached), underlined for use beside text. */
export function BillRef({ id }: { id: string }) {
  const bill = useQuery(billQuery(id));
  return (
    <BillLink id={id} inline>
      {bill.data?.number ?? 'Bill'}
    </BillLink>
  );
}

/** A purchase order by id, shown by its number (loaded once and cached). */
export function OrderRef({ id }: { id: string }) {
  const order = useQuery(orderQuery(id));
  return <OrderLink id={id}>{order.data?.number ?? 'Order'}</OrderLink>;
}

/**
 * The lines of a document on a detail screen: a plain table that scrolls sideways inside its box
 * on a phone. The box is focusable (a labelled region), so keyboard users can scroll it even
 * when no cell holds a link.
 */
export function LinesTable<T>({ caption, columns, rows, rowKey, minWidth, testId, empty }: { caption: string; columns: readonly Column<T>[]; rows: readonly T[]; rowKey: (row: T) => string; minWidth: number; testId: string; empty?: ReactNode }) {
  if (rows.length === 0 && empty) return <>{empty}</>;
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native" style={{ position: 'relative' }} tabIndex={0} role="region" aria-label={caption}>
      <Table striped verticalSpacing="xs" data-testid={testId}>
        <caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
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
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)} data-testid={`${testId}-row`}>
              {columns.map((c) => (
                <Table.Td key={c.key} ta={c.numeric ? 'right' : undefined} style={c.numeric ? { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } : undefined}>
                  {c.cell(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
