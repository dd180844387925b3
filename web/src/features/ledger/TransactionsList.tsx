import { Alert, Badge, Button, Checkbox, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { api, unwrap } from '../../api/client';
import { useConfirm } from '../../lib/confirm';
import { compareDecimals } from '../../lib/list/decimal';
import { CursorPagination, EmptyState, ListTable, SearchBox, sortRows, useListControls, type Column } from '../../lib/list';
import { formatMoney } from '../../lib/money';
import { useShortcut } from '../../lib/shortcuts';
import { invalidateLedger, transactionsQuery, type Transaction, type TransactionType } from './api';
import { formatDate } from './dates';
import { transactionsRoute } from './routes';
import { AccountPicker, accountLabel, EntryLink, Money, PageHeader, useAccounts } from './shared';

const TYPE_LABEL: Record<TransactionType, string> = { income: 'Income', expense: 'Expense', transfer: 'Transfer' };

/** Everyday income, expenses and transfers: search, filter, edit, delete (which reverses the entry). */
export function TransactionsList() {
  const search = transactionsRoute.useSearch();
  const navigate = useNavigate({ from: transactionsRoute.fullPath });
  const queryClient = useQueryClient();
  const confirm = useConfirm();
  const accounts = useAccounts();
  const { sort, cursor, type, accountId, from, to, q, includeDeleted } = search;
  const query = { ...(cursor && { cursor }), ...(type && { type: type as TransactionType }), ...(accountId && { accountId }), ...(from && { from }), ...(to && { to }), ...(q && { q }), ...(includeDeleted && { includeDeleted: 'true' as const }) };
  const list = useQuery(transactionsQuery(query));
  const controls = useListControls(search, (next) => void navigate({ search: next }), list.data?.nextCursor, { clientSort: true });
  useShortcut('n', () => void navigate({ to: '/ledger/transactions/new', search: { type: 'expense' } }), { description: 'New expense' });

  const remove = useMutation({
    mutationFn: async (id: string) => unwrap(await api.DELETE('/api/v1/transactions/{id}', { params: { path: { id } } })),
    onSettled: () => invalidateLedger(queryClient),
  });

  async function onDelete(t: Transaction) {
    const ok = await confirm({
      title: 'Delete this transaction?',
      message: `${t.description ?? TYPE_LABEL[t.type]} of ${formatMoney(t.amount, t.currency)} on ${formatDate(t.date)}. Its journal entry is reversed; the transaction stays visible under “Show deleted”.`,
      confirmLabel: 'Delete',
      destructive: true,
    });
    if (ok) remove.mutate(t.id);
  }

  const columns: Column<Transaction>[] = [
    { key: 'date', header: 'Date', sortable: true, cell: (t) => formatDate(t.date) },
    {
      key: 'description',
      header: 'Description',
      sortable: true,
      cell: (t) => (
        <Stack gap={0}>
          <EntryLink entryId={t.entryId}>{t.description ?? TYPE_LABEL[t.type]}</EntryLink>
          {t.reference && <Text size="xs">Ref. {t.reference}</Text>}
        </Stack>
      ),
    },
    {
      key: 'type',
      header: 'Type',
      cell: (t) => (
        <Group gap={4} wrap="nowrap">
          <Badge variant="dot" color={t.type === 'income' ? 'teal' : t.type === 'expense' ? 'orange' : 'blue'}>
            {TYPE_LABEL[t.type]}
          </Badge>
          {t.status === 'deleted' && <Badge variant="dot" color="gray">Deleted</Badge>}
        </Group>
      ),
    },
    { key: 'account', header: 'Account', cell: (t) => accountLabel(accounts.byId.get(t.accountId)) },
    { key: 'counter', header: 'Category', cell: (t) => accountLabel(accounts.byId.get(t.counterAccountId)) },
    { key: 'amount', header: 'Amount', sortable: true, numeric: true, cell: (t) => <Money amount={t.amount} currency={t.currency} testId="transaction-amount" /> },
    {
      key: 'actions',
      header: 'Actions',
      cell: (t) =>
        t.status === 'active' ? (
          <Group gap={4} wrap="nowrap">
            <Button size="compact-xs" variant="default" onClick={() => void navigate({ to: '/ledger/transactions/$transactionId/edit', params: { transactionId: t.id } })} aria-label={`Edit ${t.description ?? 'transaction'}`}>
              Edit
            </Button>
            <Button size="compact-xs" variant="default" color="red" onClick={() => void onDelete(t)} aria-label={`Delete ${t.description ?? 'transaction'}`}>
              Delete
            </Button>
          </Group>
        ) : null,
    },
  ];
  const rows = list.data ? sortRows(list.data.items, sort, { date: (t) => t.date, description: (t) => t.description ?? '', amount: (t) => t.amount }, sort?.endsWith('amount') ? compareDecimals : undefined) : undefined;
  const filtered = Boolean(type || accountId || from || to || q || includeDeleted);

  return (
    <Stack gap="md">
      <PageHeader title="Transactions" subtitle="Income, expenses and transfers. Each posts a journal entry.">
        <Button onClick={() => void navigate({ to: '/ledger/transactions/new', search: { type: 'expense' } })} data-testid="new-expense">
          New expense
        </Button>
        <Button variant="default" onClick={() => void navigate({ to: '/ledger/transactions/new', search: { type: 'income' } })}>
          New income
        </Button>
        <Button variant="default" onClick={() => void navigate({ to: '/ledger/transactions/new', search: { type: 'transfer' } })}>
          Transfer
        </Button>
      </PageHeader>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm">
        <SearchBox value={q} onSearch={(value) => controls.update({ q: value })} placeholder="Description or reference (press /)" />
        <Select
          label="Type"
          data={[{ value: '', label: 'All types' }, ...(['income', 'expense', 'transfer'] as const).map((t) => ({ value: t, label: TYPE_LABEL[t] }))]}
          value={type ?? ''}
          onChange={(value) => controls.update({ type: value ?? undefined })}
          allowDeselect={false}
        />
        <AccountPicker label="Account" accounts={accounts.data ?? []} value={accountId ?? ''} onChange={(id) => controls.update({ accountId: id || undefined })} clearable placeholder="All accounts" />
        <TextInput type="date" label="From" value={from ?? ''} onChange={(e) => controls.update({ from: e.currentTarget.value || undefined })} />
        <TextInput type="date" label="To" value={to ?? ''} onChange={(e) => controls.update({ to: e.currentTarget.value || undefined })} />
      </SimpleGrid>
      <Checkbox label="Show deleted" checked={Boolean(includeDeleted)} onChange={(e) => controls.update({ includeDeleted: e.currentTarget.checked ? 'true' : undefined })} />
      {remove.error && (
        <Alert color="red" role="alert" title="Could not delete the transaction">
          {remove.error.message}
        </Alert>
      )}
      <ListTable
        caption="Transactions"
        testId="transactions"
        columns={columns}
        rows={rows}
        rowKey={(t) => t.id}
        sort={sort}
        onSort={controls.setSort}
        loading={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        minWidth={860}
        empty={
          <EmptyState title={filtered ? 'No transactions match' : 'No transactions yet'} action={!filtered && <Button onClick={() => void navigate({ to: '/ledger/transactions/new', search: { type: 'expense' } })}>Record an expense</Button>}>
            {filtered ? 'Change the search or the filters.' : 'Record income, an expense or a transfer; each one posts a balanced journal entry. Press n for a new expense.'}
          </EmptyState>
        }
      />
      <CursorPagination pager={controls.pager} />
    </Stack>
  );
}
