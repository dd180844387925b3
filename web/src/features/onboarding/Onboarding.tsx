import { Alert, Button, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { session } from '../../api/session';
import { useSession } from '../../api/use-session';
import { useSubmit } from '../../lib/use-submit';
import { AuthLayout } from '../auth/AuthLayout';
import { CURRENCIES, MONTHS, REGIONS, timeZones } from './regions';

/** Create a business (a tenant): the signed-in user becomes its owner and starts working in it. */
export function Onboarding() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const state = useSession();
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const india = REGIONS[0]!;
  const [name, setName] = useState('');
  const [countryCode, setCountryCode] = useState(india.code);
  const [baseCurrency, setBaseCurrency] = useState(india.currency);
  const [fiscalYearStartMonth, setFiscalYearStartMonth] = useState(String(india.fiscalYearStartMonth));
  const [timezone, setTimezone] = useState(india.timezone);
  const zones = useMemo(() => timeZones(browserZone, india.timezone), [browserZone, india.timezone]);
  const form = useSubmit();

  function onCountry(code: string | null) {
    const region = REGIONS.find((r) => r.code === code);
    if (!region) return;
    setCountryCode(region.code);
    setBaseCurrency(region.currency);
    setFiscalYearStartMonth(String(region.fiscalYearStartMonth));
    setTimezone(region.timezone);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void form.run(async () => {
      const tenant = unwrap(
        await api.POST('/api/v1/tenants', {
          body: { name, countryCode, baseCurrency, timezone, fiscalYearStartMonth: Number(fiscalYearStartMonth) },
        }),
      );
      session.accept(unwrap(await api.POST('/api/v1/auth/switch-tenant', { body: { tenantId: tenant.id } })));
      await queryClient.invalidateQueries();
      await navigate({ to: '/' });
    });
  }

  const firstBusiness = state.status === 'signed-in' && state.tenant === null;
  return (
    <AuthLayout
      title={firstBusiness ? 'Set up your business' : 'Add a business'}
      subtitle="You can change the name, time zone and financial year later. Country and currency stay fixed."
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          {form.message && (
            <Alert color="red" role="alert" title="Could not create the business">
              {form.message}
            </Alert>
          )}
          <TextInput label="Business name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={form.errors.name} />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Select
              label="Country"
              required
              allowDeselect={false}
              data={REGIONS.map((r) => ({ value: r.code, label: r.name }))}
              value={countryCode}
              onChange={onCountry}
              error={form.errors.countryCode}
            />
            <Select
              label="Base currency"
              required
              allowDeselect={false}
              data={CURRENCIES}
              value={baseCurrency}
              onChange={(v) => v && setBaseCurrency(v)}
              error={form.errors.baseCurrency}
            />
            <Select
              label="Financial year starts"
              required
              allowDeselect={false}
              data={MONTHS}
              value={fiscalYearStartMonth}
              onChange={(v) => v && setFiscalYearStartMonth(v)}
              error={form.errors.fiscalYearStartMonth}
            />
            <Select
              label="Time zone"
              required
              searchable
              allowDeselect={false}
              data={zones}
              value={timezone}
              onChange={(v) => v && setTimezone(v)}
              error={form.errors.timezone}
            />
          </SimpleGrid>
          <Button type="submit" loading={form.submitting} mt="xs">
            Create business
          </Button>
          {!firstBusiness && (
            <Button variant="subtle" onClick={() => void navigate({ to: '/' })}>
              Cancel
            </Button>
          )}
        </Stack>
      </form>
    </AuthLayout>
  );
}
