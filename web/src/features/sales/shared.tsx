/** Pieces the sales screens share: status badges, customer and deposit-account pickers, links. */
import { Anchor, Badge, Group, Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo, useState, type ReactNode } from 'react';
import { accountsQuery, type Account } from '../ledger/api';
import { AccountPicker } from '../ledger/shared';
import { partiesQuery, partyQuery, type Party } from '../parties/api';
import { STATUS_LABELS, type Invoice } from './api';

const STATUS_COLORS: Record<Invoice['status'], string> = { draft: 'gray', issued: 'blue', partly_paid: 'orange', paid: 'teal', void: 'dark' };

/** The invoice's status; an open invoice past its due date also shows *Overdue*. */
export function InvoiceStatusBadge({ invoice }: { invoice: Pick<Invoice, 'status' | 'overdue'> }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Badge variant="dot" color={STATUS_COLORS[invoice.status]} data-testid="invoice-status">
        {STATUS_LABELS[invoice.status]}
      </Badge>
      {invoice.overdue && (
        <Badge variant="dot" color="red" data-testid="invoice-overdue">
          Overdue
        </Badge>
      )}
    </Group>
  );
}

export function PaymentStatusBadge({ status }: { status: 'posted' | 'reversed' }) {
  return (
    <Badge variant="dot" color={status === 'posted' ? 'teal' : 'red'} data-testid="payment-status">
      {status === 'posted' ? 'Posted' : 'Reversed'}
    </Badge>
  );
}

export function InvoiceLink({ invoice, testId = 'invoice-link' }: { invoice: { id: string; number: string | null }; testId?: string }) {
  return (
    <Anchor size="sm" data-testid={testId} renderRoot={(props) => <Link {...props} to="/sales/invoices/$invoiceId" params={{ invoiceId: invoice.id }} />}>
      {invoice.number ?? 'Draft'}
    </Anchor>
  );
}

export function PaymentLink({ payment, children }: { payment: { id: string; number: string }; children?: ReactNode }) {
  return (
    <Anchor size="sm" data-testid="payment-link" renderRoot={(props) => <Link {...props} to="/sales/payments/$paymentId" params={{ paymentId: payment.id }} />}>
      {children ?? payment.number}
    </Anchor>
  );
}

export function CustomerLink({ id, name }: { id: string; name: ReactNode }) {
  return (
    <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/customers/$partyId" params={{ partyId: id }} />}>
      {name}
    </Anchor>
  );
}

/** A customer's display name (payments carry only the id). */
export function CustomerName({ id, link }: { id: string; link?: boolean }) {
  const party = useQuery(partyQuery('customer', id));
  const name = party.data?.displayName ?? '…';
  return link ? <CustomerLink id={id} name={name} /> : <>{name}</>;
}

/**
 * A customer select that searches the server (name, GSTIN, email) as you type; customers seen once
 * stay known, so the chosen one keeps its label. `onPick` hands over the whole customer.
 */
export function CustomerPicker({ value, onChange, onPick, ...props }: Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> & { value: string; onChange: (id: string) => void; onPick?: (customer: Party | undefined) => void }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [seen] = useState(() => new Map<string, Party>());
  const chosen = seen.get(value);
  const q = debounced && debounced !== chosen?.displayName ? debounced.slice(0, 100) : undefined;
  const customers = useQuery(partiesQuery('customer', { status: 'active', ...(q && { q }) }));
  const current = useQuery({ ...partyQuery('customer', value), enabled: Boolean(value) && !chosen });
  const data = useMemo(() => {
    for (const c of customers.data?.items ?? []) seen.set(c.id, c);
    if (current.data) seen.set(current.data.id, current.data);
    const ids = new Set([...(customers.data?.items ?? []).map((c) => c.id), ...(value ? [value] : [])]);
    return [...ids].filter((id) => seen.has(id)).map((id) => {
      const c = seen.get(id)!;
      return { value: id, label: c.gstin ? `${c.displayName} (${c.gstin})` : c.displayName };
    });
  }, [customers.data, current.data, seen, value]);
  return (
    <Select
      searchable
      filter={({ options }) => options}
      nothingFoundMessage={customers.isFetching ? 'Searching…' : 'No matching customer'}
      {...props}
      data={data}
      value={value || null}
      onChange={(id) => {
        onChange(id ?? '');
        onPick?.(id ? seen.get(id) : undefined);
      }}
      searchValue={search}
      onSearchChange={setSearch}
    />
  );
}

const isDeposit = (a: Account) => a.status === 'active' && a.type === 'asset' && (a.subtype === 'bank' || a.subtype === 'cash');

/** The active bank and cash accounts of the chart: where a payment received goes. */
export function useDepositAccounts() {
  const accounts = useQuery(accountsQuery);
  const deposit = useMemo(() => (accounts.data ?? []).filter(isDeposit), [accounts.data]);
  return { ...accounts, deposit };
}

export function DepositAccountPicker({ value, onChange, ...props }: Omit<SelectProps, 'data' | 'value' | 'onChange'> & { value: string; onChange: (id: string) => void }) {
  const { deposit } = useDepositAccounts();
  return <AccountPicker accounts={deposit} value={value} onChange={onChange} {...props} />;
}
