import { Alert, Button, Group, Paper, Radio, Stack, Switch, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { QueryState, RequirePermission } from '../../lib/Forbidden';
import { useCan } from '../../lib/permissions';
import { useSubmit } from '../../lib/use-submit';
import { PageHeader } from '../ledger/shared';
import { ifMatch, settingsQuery } from './api';

export function InventorySettings() {
  return (
    <RequirePermission permission="inventory.stock.read">
      <SettingsScreen />
    </RequirePermission>
  );
}

/** Valuation method (FIFO or moving average; fixed once stock has moved) and whether stock may go negative. */
function SettingsScreen() {
  const can = useCan();
  const queryClient = useQueryClient();
  const settings = useQuery(settingsQuery);
  const submit = useSubmit();
  const [valuation, setValuation] = useState<'fifo' | 'moving_average'>('fifo');
  const [allowNegative, setAllowNegative] = useState(false);
  const [saved, setSaved] = useState(false);
  const s = settings.data;
  useEffect(() => {
    if (s) {
      setValuation(s.valuation);
      setAllowNegative(s.allowNegative);
    }
  }, [s]);
  if (!s) return <QueryState error={settings.error} isPending={settings.isPending} what="inventory settings" />;
  const manage = can('inventory.settings.update');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!s) return;
    setSaved(false);
    void submit.run(async () => {
      unwrap(
        await api.PUT('/api/v1/inventory/settings', {
          headers: ifMatch(s.version),
          body: { ...(valuation !== s.valuation && { valuation }), ...(allowNegative !== s.allowNegative && { allowNegative }) },
        }),
      );
      await queryClient.invalidateQueries({ queryKey: ['inventory', 'settings'] });
      setSaved(true);
    });
  }
  const changed = valuation !== s.valuation || allowNegative !== s.allowNegative;
  return (
    <Stack gap="md">
      <PageHeader title="Inventory settings" subtitle="How stock is valued, and whether it may go below zero." />
      <Paper withBorder p="md" component="form" onSubmit={onSubmit} noValidate aria-label="Inventory settings">
        <Stack gap="md">
          {(submit.message || submit.errors.valuation) && (
            <Alert color="red" role="alert" title="Could not save the settings" data-testid="form-errors">
              {submit.message ?? submit.errors.valuation}
            </Alert>
          )}
          <Radio.Group label="Valuation method" description="Can change only before the first stock move." value={valuation} onChange={(v) => setValuation(v)}>
            <Stack gap={6} mt={6}>
              <Radio value="fifo" label="FIFO: issues take the cost of the oldest stock first" disabled={!manage} />
              <Radio value="moving_average" label="Moving average: each receipt updates the average cost" disabled={!manage} />
            </Stack>
          </Radio.Group>
          <Switch
            label="Allow negative stock"
            description="Issues may take stock below zero; the cost is corrected when stock is received."
            checked={allowNegative}
            onChange={(e) => setAllowNegative(e.currentTarget.checked)}
            disabled={!manage}
            data-testid="allow-negative"
          />
          {manage && (
            <Group justify="flex-end" gap="xs">
              {saved && !changed && (
                <Text size="sm" role="status" data-testid="settings-saved">
                  Saved.
                </Text>
              )}
              <Button type="submit" disabled={!changed} loading={submit.submitting} data-testid="save-settings">
                Save
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
