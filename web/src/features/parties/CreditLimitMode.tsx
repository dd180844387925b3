import { Alert, Group, SegmentedControl, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useCan } from '../../lib/permissions';
import { ifMatch, partySettingsQuery } from './api';

/** The credit-limit mode (warn or block sales over a customer's limit), for members who may set it. */
export function CreditLimitMode() {
  const can = useCan();
  const allowed = can('parties.settings.update');
  const queryClient = useQueryClient();
  const settings = useQuery({ ...partySettingsQuery, enabled: allowed });
  const save = useMutation({
    mutationFn: async (mode: 'warn' | 'block') => unwrap(await api.PUT('/api/v1/parties/settings', { headers: ifMatch(settings.data?.version ?? 0), body: { creditLimitMode: mode } })),
    onSuccess: (data) => queryClient.setQueryData(partySettingsQuery.queryKey, data),
    onSettled: () => queryClient.invalidateQueries({ queryKey: partySettingsQuery.queryKey }),
  });
  if (!allowed || !settings.data) return null;
  return (
    <Group gap="sm" wrap="wrap" data-testid="credit-limit-mode">
      <Text size="sm" id="credit-limit-mode-label">
        Over a customer's credit limit:
      </Text>
      <SegmentedControl
        aria-labelledby="credit-limit-mode-label"
        size="xs"
        value={settings.data.creditLimitMode}
        disabled={save.isPending}
        onChange={(value) => save.mutate(value === 'block' ? 'block' : 'warn')}
        data={[
          { value: 'warn', label: 'Warn' },
          { value: 'block', label: 'Block the sale' },
        ]}
      />
      {save.error && (
        <Alert color="red" role="alert" p="xs">
          {save.error.message}
        </Alert>
      )}
    </Group>
  );
}
