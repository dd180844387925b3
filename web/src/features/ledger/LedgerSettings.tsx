import { Alert, Button, Checkbox, Group, Loader, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useConfirm } from '../../lib/confirm';
import { useSubmit } from '../../lib/use-submit';
import { ifMatch, invalidateLedger, settingsQuery, type Entry, type LedgerSettings as Settings } from './api';
import { formatDate } from './dates';
import { AccountPicker, EntryLink, PageHeader, useAccounts } from './shared';

function LockDate({ settings, saved, setSaved }: { settings: Settings; saved: string | null; setSaved: (message: string | null) => void }) {
  const queryClient = useQueryClient();
  const confirm = useConfirm();
  const submit = useSubmit();
  const [lockDate, setLockDate] = useState(settings.lockDate ?? '');

  async function save(next: string | null) {
    if (next !== null) {
      const ok = await confirm({
        title: `Lock the books up to ${formatDate(next)}?`,
        message: 'Nothing can be posted, reversed or changed on or before this date until the lock is moved.',
        confirmLabel: 'Set lock date',
      });
      if (!ok) return;
    }
    setSaved(null);
    await submit.run(async () => {
      unwrap(await api.PUT('/api/v1/ledger/settings', { headers: ifMatch(settings.version), body: { lockDate: next } }));
      await queryClient.invalidateQueries({ queryKey: settingsQuery.queryKey });
      setSaved(next ? `Locked up to ${formatDate(next)}.` : 'The lock date is removed.');
    });
  }

  return (
    <Paper withBorder p="md" component="form" aria-labelledby="lock-title" noValidate onSubmit={(e: FormEvent) => { e.preventDefault(); void save(lockDate || null); }}>
      <Stack gap="sm">
        <Title order={2} size="h4" id="lock-title">
          Lock date
        </Title>
        <Text size="sm">{settings.lockDate ? `The books are locked up to and including ${formatDate(settings.lockDate)}.` : 'The books are open: entries can be posted on any date.'}</Text>
        {submit.message && (
          <Alert color="red" role="alert" title="Could not change the lock date">
            {submit.message}
          </Alert>
        )}
        {saved && !submit.message && (
          <Alert color="teal" title="Saved" role="status">
            {saved}
          </Alert>
        )}
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput type="date" label="Lock up to" value={lockDate} onChange={(e) => setLockDate(e.currentTarget.value)} error={submit.errors.lockDate} data-testid="lock-date" />
          <Button type="submit" loading={submit.submitting} disabled={!lockDate || lockDate === settings.lockDate}>
            Set lock date
          </Button>
          {settings.lockDate && (
            <Button variant="default" onClick={() => void save(null)}>
              Remove lock
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

function YearEndClose() {
  const queryClient = useQueryClient();
  const confirm = useConfirm();
  const submit = useSubmit();
  const accounts = useAccounts();
  const [periodEnd, setPeriodEnd] = useState('');
  const [retained, setRetained] = useState('');
  const [lock, setLock] = useState(true);
  const [closed, setClosed] = useState<Entry | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const ok = await confirm({
      title: periodEnd ? `Close the year ending ${formatDate(periodEnd)}?` : 'Close the year?',
      message: `One entry brings every income and expense account to zero and moves the profit or loss into the equity account you chose.${lock ? ' The books are then locked up to that date.' : ''}`,
      confirmLabel: 'Close the year',
      destructive: true,
    });
    if (!ok) return;
    await submit.run(async () => {
      const entry = unwrap(await api.POST('/api/v1/ledger/close-period', { body: { periodEnd, retainedEarningsAccountId: retained, lock } }));
      setClosed(entry);
      await invalidateLedger(queryClient);
    });
  }

  return (
    <Paper withBorder p="md" component="form" aria-labelledby="close-title" noValidate onSubmit={(e: FormEvent) => void onSubmit(e)}>
      <Stack gap="sm">
        <Title order={2} size="h4" id="close-title">
          Year-end close
        </Title>
        <Text size="sm">Moves the year's profit or loss into retained earnings. If entries are later posted into the year, closing again moves what is left.</Text>
        {submit.message && (
          <Alert color="red" role="alert" title="Could not close the year">
            {submit.message}
          </Alert>
        )}
        {closed && (
          <Alert color="teal" title="Year closed" role="status">
            Posted <EntryLink entryId={closed.id}>the closing entry</EntryLink> dated {formatDate(closed.date)}.
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput type="date" label="Last day of the year" required value={periodEnd} onChange={(e) => setPeriodEnd(e.currentTarget.value)} error={submit.errors.periodEnd} />
          <AccountPicker
            label="Retained earnings account"
            required
            accounts={accounts.data ?? []}
            only={(a) => a.type === 'equity' && !a.isGroup && a.status === 'active'}
            value={retained}
            onChange={setRetained}
            error={submit.errors.retainedEarningsAccountId}
          />
        </SimpleGrid>
        <Checkbox label="Lock the books up to that date" checked={lock} onChange={(e) => setLock(e.currentTarget.checked)} />
        <Group justify="flex-end">
          <Button type="submit" loading={submit.submitting} disabled={!periodEnd || !retained}>
            Close the year
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The lock date and the year-end close. */
export function LedgerSettings() {
  const settings = useQuery(settingsQuery);
  // Kept here: the lock form remounts with each new settings version.
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <Stack gap="md" maw={820}>
      <PageHeader title="Ledger settings" />
      {settings.isPending && <Loader aria-label="Loading" size="sm" />}
      {settings.error && (
        <Alert color="red" role="alert" title="Could not load the settings">
          {settings.error.message}
        </Alert>
      )}
      {settings.data && <LockDate key={settings.data.version} settings={settings.data} saved={saved} setSaved={setSaved} />}
      <YearEndClose />
    </Stack>
  );
}
