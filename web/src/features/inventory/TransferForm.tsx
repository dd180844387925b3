import { Alert, Button, Group, Paper, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { RequirePermission } from '../../lib/Forbidden';
import { useSubmit } from '../../lib/use-submit';
import { today } from '../ledger/dates';
import { PageHeader, useBaseCurrency } from '../ledger/shared';
import { invalidateStock } from './api';
import { blankLine, LinesEditor, type FormLine } from './lines';
import { StorePicker } from './shared';

export function TransferForm() {
  return (
    <RequirePermission permission="inventory.transfer.manage">
      <Form />
    </RequirePermission>
  );
}

/** Move stock between stores at the source's cost: received at once, or dispatched and received later. */
function Form() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const currency = useBaseCurrency();
  const submit = useSubmit();
  const [fromStoreId, setFrom] = useState('');
  const [toStoreId, setTo] = useState('');
  const [date, setDate] = useState(today());
  const [mode, setMode] = useState<'direct' | 'dispatch'>('direct');
  const [memo, setMemo] = useState('');
  const [lines, setLines] = useState<FormLine[]>(() => [blankLine()]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit.run(async () => {
      unwrap(
        await api.POST('/api/v1/stores/transfer', {
          body: { fromStoreId, toStoreId, date, mode, memo: memo.trim() || null, lines: lines.map((l) => ({ productId: l.productId, quantity: l.quantity.trim() })) },
        }),
      );
      await invalidateStock(queryClient);
      await navigate({ to: '/stock/transfers' });
    });
  }

  const errors = submit.errors;
  const unshown = Object.keys(errors).some((k) => !/^(lines\[\d+\]|fromStoreId|toStoreId|date|memo|mode)/.test(k));
  const message = submit.message ?? (unshown ? 'Check the lines: some values were refused.' : null);
  return (
    <Stack gap="md">
      <PageHeader title="New transfer" subtitle="Stock moves at the source store's cost; quantity and value are kept." />
      <Paper withBorder p="md" component="form" onSubmit={onSubmit} noValidate aria-label="Transfer">
        <Stack gap="sm">
          {message && (
            <Alert color="red" role="alert" title="Could not save the transfer" data-testid="form-errors">
              {message}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <StorePicker label="From store" required value={fromStoreId} onChange={setFrom} error={errors.fromStoreId} />
            <StorePicker label="To store" required value={toStoreId} onChange={setTo} exclude={fromStoreId} error={errors.toStoreId} />
            <TextInput type="date" label="Date" required value={date} onChange={(e) => setDate(e.currentTarget.value)} error={errors.date} />
          </SimpleGrid>
          <Radio.Group label="How it moves" value={mode} onChange={(v) => setMode(v)}>
            <Group gap="lg" mt={6}>
              <Radio value="direct" label="Direct: received at once" />
              <Radio value="dispatch" label="Dispatch now, receive later (in transit)" />
            </Group>
          </Radio.Group>
          <TextInput label="Memo" value={memo} onChange={(e) => setMemo(e.currentTarget.value)} error={errors.memo} maxLength={500} />
          <LinesEditor lines={lines} setLines={setLines} errors={errors} currency={currency} cost="none" />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void navigate({ to: '/stock/transfers' })}>
              Cancel
            </Button>
            <Button type="submit" loading={submit.submitting} data-testid="save-transfer">
              {mode === 'direct' ? 'Transfer' : 'Dispatch'}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
