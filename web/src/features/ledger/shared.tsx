/** Small pieces the ledger screens share: the base currency, money display, account lookup and picker, page header. */
import { Anchor, Group, Select, Text, Title, type SelectProps } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { tenantQuery } from '../../api/queries';
import { useSession } from '../../api/use-session';
import { formatMoney } from '../../lib/money';
import { accountsQuery, TYPE_LABELS, type Account, type AccountType } from './api';

/** The business's base currency (INR until the tenant has loaded). */
export function useBaseCurrency(): string {
  const state = useSession();
  const tenant = state.status === 'signed-in' ? state.tenant : null;
  const { data } = useQuery({ ...tenantQuery(tenant?.id ?? ''), enabled: Boolean(tenant?.id) });
  return data?.baseCurrency ?? 'INR';
}

/** Every account by id, for names in lists. */
export function useAccounts() {
  const query = useQuery(accountsQuery);
  const byId = useMemo(() => new Map((query.data ?? []).map((a) => [a.id, a])), [query.data]);
  return { ...query, byId };
}

export const accountLabel = (account: Account | undefined) => (account ? `${account.code} · ${account.name}` : '…');

/** An amount from the API, formatted; zero amounts can be hidden (debit/credit columns). */
export function Money({ amount, currency, hideZero, testId }: { amount: string | null | undefined; currency: string; hideZero?: boolean; testId?: string }) {
  if (amount === null || amount === undefined || amount === '') return null;
  if (hideZero && /^-?0+(\.0+)?$/.test(amount)) return null;
  return (
    <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }} data-testid={testId}>
      {formatMoney(amount, currency)}
    </span>
  );
}

export function PageHeader({ title, children, subtitle }: { title: string; children?: ReactNode; subtitle?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
      <div>
        <Title order={1} size="h2">
          {title}
        </Title>
        {subtitle && <Text size="sm">{subtitle}</Text>}
      </div>
      {children && (
        <Group gap="xs" wrap="wrap">
          {children}
        </Group>
      )}
    </Group>
  );
}

/** A searchable account select, grouped by type; `only` narrows the choice (e.g. postable accounts). */
export function AccountPicker({ accounts, value, onChange, only, ...props }: Omit<SelectProps, 'data' | 'value' | 'onChange'> & { accounts: readonly Account[]; value: string; onChange: (id: string) => void; only?: (a: Account) => boolean }) {
  const data = useMemo(() => {
    const groups = new Map<AccountType, { value: string; label: string }[]>();
    for (const a of [...accounts].sort((x, y) => x.code.localeCompare(y.code, undefined, { numeric: true }))) {
      if (only && !only(a)) continue;
      const list = groups.get(a.type) ?? [];
      list.push({ value: a.id, label: accountLabel(a) });
      groups.set(a.type, list);
    }
    return [...groups].map(([type, items]) => ({ group: TYPE_LABELS[type], items }));
  }, [accounts, only]);
  return <Select searchable clearable={false} nothingFoundMessage="No matching account" {...props} data={data} value={value || null} onChange={(id) => onChange(id ?? '')} />;
}

/** A link to a journal entry (drill-down from lists and the general ledger). */
export function EntryLink({ entryId, children, testId }: { entryId: string; children: ReactNode; testId?: string }) {
  return (
    <Anchor size="sm" data-testid={testId} renderRoot={(props) => <Link {...props} to="/ledger/entries/$entryId" params={{ entryId }} />}>
      {children}
    </Anchor>
  );
}

export function AccountLink({ accountId, children }: { accountId: string; children: ReactNode }) {
  return (
    <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/ledger/accounts/$accountId" params={{ accountId }} />}>
      {children}
    </Anchor>
  );
}
