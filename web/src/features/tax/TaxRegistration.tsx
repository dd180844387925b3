import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { GST_STATES } from '../../lib/gstin';
import { QueryState, RequirePermission } from '../../lib/Forbidden';
import { useCan } from '../../lib/permissions';
import { useSubmit } from '../../lib/use-submit';
import { PageHeader } from '../ledger/shared';
import { ifMatch } from './api';
import { DEFAULT_COUNTRIES, OtherErrors, SeedDefaultsButton, useTenant } from './shared';

type Tenant = NonNullable<ReturnType<typeof useTenant>['data']>;

const STATE_OPTIONS = GST_STATES.map((s) => ({ value: s.code, label: `${s.code} · ${s.name}` }));
const PROBLEM_TEXT = { length: 'A GSTIN has 15 characters.', format: 'The characters are not in the shape of a GSTIN.', state: 'The first two digits are not a GST state code.', checksum: 'The check character (the last one) does not match: a character is mistyped.' } as const;

/** What the server says about a GSTIN as it is typed: state, PAN, entity type, check character. */
function GstinLookup({ gstin }: { gstin: string }) {
  const [value] = useDebouncedValue(gstin.trim().toUpperCase(), 300);
  const lookup = useQuery({
    queryKey: ['tax', 'gstin', value],
    queryFn: async () => unwrap(await api.GET('/api/v1/tax/gstin/{gstin}', { params: { path: { gstin: value } } })),
    enabled: /^[0-9A-Z]{15}$/.test(value),
    staleTime: Infinity,
  });
  if (!lookup.data || lookup.data.gstin !== value || value !== gstin.trim().toUpperCase()) return null;
  const info = lookup.data;
  return (
    <Alert color={info.valid ? 'teal' : 'red'} role="status" title={info.valid ? 'A valid GSTIN' : 'Not a valid GSTIN'} data-testid="gstin-lookup">
      {info.valid ? (
        <Text size="sm">
          State {info.stateCode} · {info.stateName}. PAN {info.pan}
          {info.entityType ? ` (${info.entityType})` : ''}, registration {info.entityNumber} in the state.
        </Text>
      ) : (
        <Text size="sm">{info.problem ? PROBLEM_TEXT[info.problem] : 'The server could not read it.'}</Text>
      )}
    </Alert>
  );
}

type Registration = Tenant['gstRegistration'];
const REGISTRATION_OPTIONS: { value: Registration; label: string }[] = [
  { value: 'regular', label: 'Regular taxpayer' },
  { value: 'composition', label: 'Composition dealer' },
  { value: 'sez', label: 'SEZ unit or developer' },
  { value: 'unregistered', label: 'Not registered' },
];

function RegistrationForm({ tenant, tenantId }: { tenant: Tenant; tenantId: string }) {
  const can = useCan();
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const [gstin, setGstin] = useState(tenant.gstin ?? '');
  const [stateCode, setStateCode] = useState<string | null>(tenant.stateCode);
  const [registration, setRegistration] = useState<Registration>(tenant.gstRegistration);
  const [saved, setSaved] = useState(false);
  const editable = can('identity.tenant.update');
  const typedState = /^[0-9]{2}/.test(gstin.trim()) ? gstin.trim().slice(0, 2) : null;

  useEffect(() => {
    if (typedState && gstin.trim().length === 15 && GST_STATES.some((s) => s.code === typedState)) setStateCode(typedState);
  }, [typedState, gstin]);

  // A GSTIN means a registration; clearing it means none.
  useEffect(() => {
    const full = gstin.trim().length === 15;
    setRegistration((current) => (full && current === 'unregistered' ? 'regular' : !gstin.trim() ? 'unregistered' : current));
  }, [gstin]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    await submit.run(async () => {
      const next = unwrap(await api.PUT('/api/v1/tenants/{id}', { params: { path: { id: tenantId } }, headers: ifMatch(tenant.version), body: { gstin: gstin.trim().toUpperCase() || null, stateCode, gstRegistration: registration } }));
      queryClient.setQueryData(['tenant', tenantId], next);
      setSaved(true);
    });
  }

  return (
    <Paper withBorder p="md" component="form" aria-labelledby="gst-title" noValidate onSubmit={(e: FormEvent) => void onSubmit(e)}>
      <Stack gap="sm">
        <Title order={2} size="h4" id="gst-title">
          GST registration
        </Title>
        <Text size="sm">
          GST is charged only when the business has a GSTIN; the state decides whether a sale is intra-state (CGST + SGST) or inter-state (IGST).
        </Text>
        {submit.message && (
          <Alert color="red" role="alert" title="Could not save the registration">
            {submit.message}
          </Alert>
        )}
        <OtherErrors errors={submit.errors} shown={(f) => f === 'gstin' || f === 'stateCode' || f === 'gstRegistration'} />
        {saved && !submit.message && (
          <Alert color="teal" role="status" title="Saved">
            The GST registration is saved.
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="GSTIN" description="15 characters, e.g. 27AAPFU0939F1ZV" value={gstin} onChange={(e) => setGstin(e.currentTarget.value.toUpperCase())} error={submit.errors.gstin} readOnly={!editable} maxLength={15} autoComplete="off" data-testid="gstin" />
          <Select label="State" description="Where the business is registered" searchable data={STATE_OPTIONS} value={stateCode} onChange={setStateCode} error={submit.errors.stateCode} readOnly={!editable} nothingFoundMessage="No such state" data-testid="gst-state" />
        </SimpleGrid>
        <GstinLookup gstin={gstin} />
        <Select
          label="Registration type"
          description="A composition dealer collects no GST and pays a flat rate on turnover; regular, composition and SEZ need the GSTIN"
          data={REGISTRATION_OPTIONS}
          value={registration}
          onChange={(value) => value && setRegistration(value)}
          allowDeselect={false}
          error={submit.errors.gstRegistration}
          readOnly={!editable}
          data-testid="registration-type"
        />
        {editable && (
          <Group justify="flex-end">
            <Button type="submit" loading={submit.submitting}>
              Save registration
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** The business's tax registration: GSTIN and state for Indian businesses, country defaults for others. */
export function TaxRegistration() {
  const tenant = useTenant();
  return (
    <RequirePermission permission="identity.tenant.read">
      <Stack gap="md">
        <PageHeader title="Tax registration" subtitle="How this business is registered for tax." />
        <QueryState error={tenant.error} isPending={tenant.isPending} what="the business" />
        {tenant.data && tenant.data.countryCode === 'IN' && <RegistrationForm tenant={tenant.data} tenantId={tenant.tenantId} />}
        {tenant.data && tenant.data.countryCode !== 'IN' && (
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={2} size="h4">
                VAT and sales tax
              </Title>
              <Text size="sm">
                This business is in {DEFAULT_COUNTRIES[tenant.data.countryCode] ?? tenant.data.countryCode}: documents are taxed with the rates and groups set up under Tax rates.
                {DEFAULT_COUNTRIES[tenant.data.countryCode] ? ' Start from the country’s usual rates:' : ' There are no default rates for this country yet; add your rates by hand.'}
              </Text>
              <SeedDefaultsButton country={tenant.data.countryCode} />
            </Stack>
          </Paper>
        )}
      </Stack>
    </RequirePermission>
  );
}
