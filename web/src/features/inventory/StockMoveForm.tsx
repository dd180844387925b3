import { Alert, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
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
import { stockMoveRoute } from './routes';
import { StorePicker, useStores } from './shared';

export function StockMoveForm() {
  return (
    <RequirePermission permission="inventory.stock.move">
      <MoveForm />
    </RequirePermission>
  );
}

/** Receive stock (quantity and unit cost) or adjust it up or down with a reason; posts its ledger entry at once. */
function MoveForm() {
  const search = stockMoveRoute.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const currency = useBaseCurrency();
  const stores = useStores();
  const submit = useSubmit();
  const [kind, setKind] = useState<'receipt' | 'adjustment'>(search.kind ?? 'receipt');
  const [storeId, setStoreId] = useState(search.storeId ?? '');
  const [date, setDate] = useState(today());
  const [memo, setMemo] = useState('');
  const [lines, setLines] = useState<FormLine[]>(() => [blankLine(search.productId)]);
  const store = storeId || stores.active?.[0]?.id || '';

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit.run(async () => {
      if (kind === 'receipt') {
        unwrap(
          await api.POST('/api/v1/stock/receipts', {
            body: { storeId: store, date, memo: memo.trim() || null, lines: lines.map((l) => ({ productId: l.productId, quantity: l.quantity.trim(), unitCost: l.unitCost.trim() })) },
          }),
        );
      } else {
        unwrap(
          await api.POST('/api/v1/stock/adjustments', {
            body: { storeId: store, date, reason: memo.trim(), lines: lines.map((l) => ({ productId: l.productId, quantity: l.quantity.trim(), ...(l.unitCost.trim() && { unitCost: l.unitCost.trim() }) })) },
          }),
        );
      }
      await invalidateStock(queryClient);
      await navigate({ to: '/stock/on-hand', search: { storeId: store } });
    });
  }

  const errors = submit.errors;
  const unshown = Object.keys(errors).some((k) => !/^(lines\[\d+\]|storeId|date|memo|reason)/.test(k));
  const message = submit.message ?? (unshown ? 'Check the lines: some values were refused.' : null);
  return (
    <Stack gap="md">
      <PageHeader title={kind === 'receipt' ? 'Receive stock' : 'Adjust stock'} subtitle={kind === 'receipt' ? 'Goods into a store at their cost; posted to the inventory account.' : 'Found or lost stock, with the reason; posted against stock adjustments.'} />
      <SegmentedControl
        aria-label="Kind of stock move"
        w="fit-content"
        value={kind}
        onChange={(v) => setKind(v)}
        data={[
          { value: 'receipt', label: 'Receipt' },
          { value: 'adjustment', label: 'Adjustment' },
        ]}
      />
      <Paper withBorder p="md" component="form" onSubmit={onSubmit} noValidate aria-label={kind === 'receipt' ? 'Stock receipt' : 'Stock adjustment'}>
        <Stack gap="sm">
          {message && (
            <Alert color="red" role="alert" title="Could not save" data-testid="form-errors">
              {message}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <StorePicker label="Store" required value={store} onChange={setStoreId} allowDeselect={false} error={errors.storeId} />
            <TextInput type="date" label="Date" required value={date} onChange={(e) => setDate(e.currentTarget.value)} error={errors.date} />
            <TextInput
              label={kind === 'receipt' ? 'Memo' : 'Reason'}
              required={kind === 'adjustment'}
              value={memo}
              onChange={(e) => setMemo(e.currentTarget.value)}
              error={kind === 'receipt' ? errors.memo : errors.reason}
              maxLength={500}
            />
          </SimpleGrid>
          <LinesEditor lines={lines} setLines={setLines} errors={errors} currency={currency} cost={kind === 'receipt' ? 'required' : 'optional'} signed={kind === 'adjustment'} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void navigate({ to: '/stock/on-hand', search: store ? { storeId: store } : {} })}>
              Cancel
            </Button>
            <Button type="submit" loading={submit.submitting} data-testid="save-move">
              {kind === 'receipt' ? 'Receive' : 'Adjust'}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
