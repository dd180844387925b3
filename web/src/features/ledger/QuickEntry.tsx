import { Alert, Button, Group, Loader, Paper, SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { MoneyInput } from '../../lib/money-input';
import { useSubmit } from '../../lib/use-submit';
import { invalidateLedger, ifMatch, type Account, type NewTransaction, type Transaction, type TransactionType } from './api';
import { today } from './dates';
import { editTransactionRoute, quickEntryRoute } from './routes';
import { AccountPicker, PageHeader, useAccounts, useBaseCurrency } from './shared';

const MONEY = new Set(['asset', 'liability']);
const isMoney = (a: Account) => a.status === 'active' && !a.isGroup && MONEY.has(a.type);
const COUNTER: Record<TransactionType, (a: Account) => boolean> = {
  income: (a) => a.status === 'active' && !a.isGroup && a.type === 'income',
  expense: (a) => a.status === 'active' && !a.isGroup && a.type === 'expense',
  transfer: isMoney,
};
const LABELS: Record<TransactionType, { title: string; account: string; counter: string; submit: string }> = {
  expense: { title: 'New expense', account: 'Paid from', counter: 'Expense category', submit: 'Save expense' },
  income: { title: 'New income', account: 'Received into', counter: 'Income category', submit: 'Save income' },
  transfer: { title: 'New transfer', account: 'From account', counter: 'To account', submit: 'Save transfer' },
};

interface FormState {
  type: TransactionType;
  date: string;
  amount: string;
  accountId: string;
  counterAccountId: string;
  description: string;
  reference: string;
}

function TransactionForm({ initial, existing }: { initial: FormState; existing?: Transaction }) {
  const [form, setForm] = useState<FormState>(initial);
  const accounts = useAccounts();
  const base = useBaseCurrency();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const currency = accounts.byId.get(form.accountId)?.currency ?? base;
  const labels = LABELS[form.type];
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    await submit.run(async () => {
      const body: NewTransaction = {
        type: form.type,
        date: form.date,
        amount: form.amount,
        accountId: form.accountId,
        counterAccountId: form.counterAccountId,
        description: form.description.trim() || null,
        reference: form.reference.trim() || null,
      };
      if (existing) {
        unwrap(await api.PUT('/api/v1/transactions/{id}', { params: { path: { id: existing.id } }, headers: ifMatch(existing.version), body }));
      } else {
        unwrap(await api.POST('/api/v1/transactions', { body }));
      }
      await invalidateLedger(queryClient);
      await navigate({ to: '/ledger/transactions' });
    });
  }

  if (accounts.isPending) return <Loader aria-label="Loading" size="sm" />;
  return (
    <Stack gap="md" maw={720}>
      <PageHeader title={existing ? 'Edit transaction' : labels.title} subtitle={existing ? 'Saving reverses the old journal entry and posts the new one.' : undefined} />
      <Paper withBorder p="md" component="form" onSubmit={(e: FormEvent) => void onSubmit(e)} noValidate aria-label={existing ? 'Edit transaction' : labels.title}>
        <Stack gap="sm">
          {submit.message && (
            <Alert color="red" role="alert" title="Could not save">
              {submit.message}
            </Alert>
          )}
          <SegmentedControl
            aria-label="Kind of transaction"
            value={form.type}
            onChange={(value) => setForm((f) => ({ ...f, type: value, counterAccountId: '' }))}
            data={[
              { value: 'expense', label: 'Expense' },
              { value: 'income', label: 'Income' },
              { value: 'transfer', label: 'Transfer' },
            ]}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput type="date" label="Date" required value={form.date} onChange={(e) => set('date', e.currentTarget.value)} error={submit.errors.date} />
            <MoneyInput label={`Amount (${currency})`} required currency={currency} value={form.amount} onChange={(v) => set('amount', v)} error={submit.errors.amount} data-testid="amount" />
            <AccountPicker label={labels.account} required accounts={accounts.data ?? []} only={isMoney} value={form.accountId} onChange={(id) => set('accountId', id)} error={submit.errors.accountId} data-testid="account" />
            <AccountPicker label={labels.counter} required accounts={accounts.data ?? []} only={COUNTER[form.type]} value={form.counterAccountId} onChange={(id) => set('counterAccountId', id)} error={submit.errors.counterAccountId} data-testid="counter-account" />
          </SimpleGrid>
          <TextInput label="Description" value={form.description} onChange={(e) => set('description', e.currentTarget.value)} error={submit.errors.description} maxLength={500} />
          <TextInput label="Reference" description="Bill or receipt number" value={form.reference} onChange={(e) => set('reference', e.currentTarget.value)} error={submit.errors.reference} maxLength={200} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void navigate({ to: '/ledger/transactions' })}>
              Cancel
            </Button>
            <Button type="submit" loading={submit.submitting}>
              {existing ? 'Save changes' : labels.submit}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}

/** Quick entry of income, an expense or a transfer (`?type=`), without debits and credits. */
export function QuickEntry() {
  const { type } = quickEntryRoute.useSearch();
  const initial: FormState = { type: type ?? 'expense', date: today(), amount: '', accountId: '', counterAccountId: '', description: '', reference: '' };
  return <TransactionForm key={initial.type} initial={initial} />;
}

export function EditTransaction() {
  const { transactionId } = editTransactionRoute.useParams();
  const { data, error, isPending } = useQuery({
    queryKey: ['transactions', transactionId],
    queryFn: async () => unwrap(await api.GET('/api/v1/transactions/{id}', { params: { path: { id: transactionId } } })),
  });
  if (isPending) return <Loader aria-label="Loading" size="sm" />;
  if (error || !data) {
    return (
      <Alert color="red" role="alert" title="Could not load the transaction">
        {error?.message}
      </Alert>
    );
  }
  return (
    <TransactionForm
      existing={data}
      initial={{ type: data.type, date: data.date, amount: data.amount, accountId: data.accountId, counterAccountId: data.counterAccountId, description: data.description ?? '', reference: data.reference ?? '' }}
    />
  );
}
