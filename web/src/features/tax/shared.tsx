/** Pieces the tax screens share: the current business, the country-defaults button. */
import { Alert, Button, Stack } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { tenantQuery } from '../../api/queries';
import { useSession } from '../../api/use-session';
import { errorText } from '../../lib/Forbidden';
import { useCan } from '../../lib/permissions';

/** The business the member acts in (id, country, GSTIN, state), from `GET /tenants/:id`. */
export function useTenant() {
  const state = useSession();
  const tenantId = state.status === 'signed-in' ? (state.tenant?.id ?? '') : '';
  return { tenantId, ...useQuery({ ...tenantQuery(tenantId), enabled: Boolean(tenantId) }) };
}

/** Countries with default rates and groups on the server (`POST /tax/rates/defaults`). */
export const DEFAULT_COUNTRIES: Record<string, string> = { IN: 'India', DE: 'Germany', GB: 'the United Kingdom', US: 'the United States', MX: 'Mexico' };

/** Adds the country's default tax rates and groups; existing codes are kept. */
export function SeedDefaultsButton({ country }: { country: string }) {
  const can = useCan();
  const queryClient = useQueryClient();
  const seed = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/tax/rates/defaults', { body: { country } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['tax'] }),
  });
  if (!can('tax.rates.manage') || !DEFAULT_COUNTRIES[country]) return null;
  return (
    <Stack gap="xs">
      <Button variant="default" onClick={() => seed.mutate()} loading={seed.isPending} data-testid="seed-defaults">
        Add the default rates for {DEFAULT_COUNTRIES[country]}
      </Button>
      {seed.error && (
        <Alert color="red" role="alert" title="Could not add the defaults">
          {errorText(seed.error)}
        </Alert>
      )}
      {seed.data && (
        <Alert color="teal" role="status" title="Defaults added">
          {seed.data.ratesCreated} rate{seed.data.ratesCreated === 1 ? '' : 's'} and {seed.data.groupsCreated} group{seed.data.groupsCreated === 1 ? '' : 's'} added. {seed.data.note}
        </Alert>
      )}
    </Stack>
  );
}

/**
 * Field issues of a problem that no field of the form shows (e.g. `tenant.stateCode` from the
 * calculator), listed in one alert so no error goes unseen.
 */
export function OtherErrors({ errors, shown }: { errors: Record<string, string>; shown: (field: string) => boolean }) {
  const rest = Object.entries(errors).filter(([field]) => !shown(field));
  if (rest.length === 0) return null;
  return (
    <Alert color="red" role="alert" title="Check these">
      <Stack gap={2}>
        {rest.map(([field, message]) => (
          <span key={field}>
            {field}: {message}
          </span>
        ))}
      </Stack>
    </Alert>
  );
}
