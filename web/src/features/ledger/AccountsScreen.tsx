import { Alert, Badge, Button, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useConfirm } from '../../lib/confirm';
import { EmptyState, ListTable, SearchBox, useListControls, type Column } from '../../lib/list';
import { useShortcut } from '../../lib/shortcuts';
import { accountsQuery, invalidateLedger, subtypeLabel, trialBalanceQuery, TYPE_LABELS, type Account } from './api';
import { AccountForm } from './AccountForm';
import { today } from './dates';
import { accountsRoute } from './routes';
import { AccountLink, Money, PageHeader, useBaseCurrency } from './shared';
import { accountTree, normalBalances, type TreeRow } from './tree';

const TEMPLATES = [
  { key: 'small_business', label: 'Small business' },
  { key: 'india', label: 'India (GST, TDS)' },
  { key: 'household', label: 'Household' },
] as const;

/** The chart of accounts: a tree per type with codes, currencies and balances; add, edit, archive. */
export function AccountsScreen() {
  const search = accountsRoute.useSearch();
  const navigate = useNavigate({ from: accountsRoute.fullPath });
  const controls = useListControls(search, (next) => void navigate({ search: next, replace: true }), null);
  const queryClient = useQueryClient();
  const confirm = useConfirm();
  const base = useBaseCurrency();
  const accounts = useQuery(accountsQuery);
  const trial = useQuery(trialBalanceQuery(today()));
  const [editing, setEditing] = useState<{ account?: Account } | null>(null);
  useShortcut('n', () => setEditing({}), { description: 'New account' });

  const status = search.status ?? 'active';
  const q = search.q?.toLowerCase();
  const all = accounts.data;
  const groups = useMemo(() => {
    const visible = (all ?? []).filter((a) => (status === 'all' || a.status === status) && (!q || a.code.toLowerCase().includes(q) || a.name.toLowerCase().includes(q)));
    return accountTree(visible);
  }, [all, status, q]);
  const balances = useMemo(() => (all && trial.data ? normalBalances(all, trial.data.accounts, trial.data.currency) : new Map<string, string>()), [all, trial.data]);

  const applyTemplate = useMutation({
    mutationFn: async (template: (typeof TEMPLATES)[number]['key']) => unwrap(await api.POST('/api/v1/accounts/apply-template', { body: { template } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['accounts'] }),
  });
  const archive = useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/api/v1/accounts/{id}/archive', { params: { path: { id } } })),
    onSettled: () => invalidateLedger(queryClient),
  });

  async function onArchive(account: Account) {
    const ok = await confirm({
      title: `Archive ${account.code} · ${account.name}?`,
      message: 'Its history stays in every report, but nothing new can be posted to it. Only an account with a zero balance can be archived.',
      confirmLabel: 'Archive',
      destructive: true,
    });
    if (ok) archive.mutate(account.id);
  }

  const columns: Column<TreeRow<Account>>[] = [
    { key: 'code', header: 'Code', cell: ({ account }) => <Text size="sm" ff="monospace">{account.code}</Text> },
    {
      key: 'name',
      header: 'Name',
      cell: ({ account, depth }) => (
        <Group gap={6} wrap="nowrap" pl={depth * 20}>
          {account.isGroup ? (
            <Text size="sm" fw={700}>
              {account.name}
            </Text>
          ) : (
            <AccountLink accountId={account.id}>{account.name}</AccountLink>
          )}
          {account.status === 'archived' && <Badge variant="dot" color="gray">Archived</Badge>}
        </Group>
      ),
    },
    { key: 'subtype', header: 'Subtype', cell: ({ account }) => (account.isGroup ? 'group' : subtypeLabel(account.subtype)) },
    { key: 'currency', header: 'Currency', cell: ({ account }) => account.currency },
    { key: 'balance', header: `Balance (${base})`, numeric: true, cell: ({ account }) => <Money amount={balances.get(account.id) ?? null} currency={trial.data?.currency ?? base} /> },
    {
      key: 'actions',
      header: 'Actions',
      cell: ({ account }) =>
        account.status === 'active' ? (
          <Group gap={4} wrap="nowrap">
            <Button size="compact-xs" variant="default" onClick={() => setEditing({ account })} aria-label={`Edit ${account.name}`}>
              Edit
            </Button>
            <Button size="compact-xs" variant="default" onClick={() => void onArchive(account)} aria-label={`Archive ${account.name}`}>
              Archive
            </Button>
          </Group>
        ) : null,
    },
  ];

  return (
    <Stack gap="md">
      <PageHeader title="Chart of accounts" subtitle="Balances in base currency as of today, in each account's normal direction.">
        <Button onClick={() => setEditing({})} data-testid="new-account">
          New account
        </Button>
      </PageHeader>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <SearchBox value={search.q} onSearch={(value) => controls.update({ q: value })} placeholder="Code or name (press /)" />
        <SegmentedControl
          aria-label="Show accounts"
          value={status}
          onChange={(value) => controls.update({ status: value === 'active' ? undefined : value })}
          data={[
            { value: 'active', label: 'Active' },
            { value: 'archived', label: 'Archived' },
            { value: 'all', label: 'All' },
          ]}
        />
      </Group>
      {(archive.error ?? applyTemplate.error) && (
        <Alert color="red" role="alert" title="That did not work">
          {(archive.error ?? applyTemplate.error)?.message}
        </Alert>
      )}
      {accounts.error && (
        <Alert color="red" role="alert" title="Could not load the accounts">
          {accounts.error.message}
        </Alert>
      )}
      {accounts.isPending && <Loader aria-label="Loading" size="sm" />}
      {all && all.length === 0 && (
        <EmptyState title="No accounts yet" action={
          <Group justify="center" gap="xs">
            {TEMPLATES.map((t) => (
              <Button key={t.key} variant={t.key === 'india' ? 'filled' : 'default'} loading={applyTemplate.isPending && applyTemplate.variables === t.key} onClick={() => applyTemplate.mutate(t.key)} data-testid={`template-${t.key}`}>
                {t.label}
              </Button>
            ))}
          </Group>
        }>
          Start from a ready-made chart of accounts, or add your own accounts one by one.
        </EmptyState>
      )}
      {all && all.length > 0 && groups.length === 0 && <EmptyState title="No accounts match">Change the search or show archived accounts.</EmptyState>}
      {groups.map((group) => (
        <Stack key={group.type} gap="xs">
          <Title order={2} size="h4">
            {TYPE_LABELS[group.type]}
          </Title>
          <ListTable caption={`${TYPE_LABELS[group.type]} accounts`} testId={`accounts-${group.type}`} columns={columns} rows={group.rows} rowKey={(r) => r.account.id} empty={null} minWidth={720} />
        </Stack>
      ))}
      <AccountForm opened={editing !== null} onClose={() => setEditing(null)} account={editing?.account} accounts={all ?? []} baseCurrency={base} />
    </Stack>
  );
}
