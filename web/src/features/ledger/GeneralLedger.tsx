import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { apiQuery } from '../../lib/list';
import { withChanges } from '../../lib/list/search';
import { LedgerLines, NoLines } from './LedgerLines';
import { generalLedgerRoute } from './routes';
import { AccountPicker, PageHeader, useAccounts } from './shared';

/** Posted lines in date order with the running balance; filter by account and dates; each line opens its entry. */
export function GeneralLedger() {
  const search = generalLedgerRoute.useSearch();
  const navigate = useNavigate({ from: generalLedgerRoute.fullPath });
  const accounts = useAccounts();
  const update = (changes: Partial<Record<keyof typeof search, string | undefined>>) => void navigate({ search: withChanges(search, changes) });
  const { accountId, from, to, cursor } = apiQuery(search);

  return (
    <Stack gap="md">
      <PageHeader title="General ledger" subtitle="Posted lines with the running balance (debit positive). Open a line to see its entry." />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <AccountPicker label="Account" placeholder="All accounts" clearable accounts={accounts.data ?? []} value={accountId ?? ''} onChange={(id) => update({ accountId: id || undefined })} data-testid="gl-account" />
        <TextInput type="date" label="From" value={from ?? ''} onChange={(e) => update({ from: e.currentTarget.value || undefined })} />
        <TextInput type="date" label="To" value={to ?? ''} onChange={(e) => update({ to: e.currentTarget.value || undefined })} />
      </SimpleGrid>
      <LedgerLines
        accountId={accountId}
        from={from}
        to={to}
        cursor={cursor}
        onCursor={(next) => void navigate({ search: { ...search, cursor: next } })}
        empty={<NoLines filtered={Boolean(accountId || from || to)} />}
      />
    </Stack>
  );
}
