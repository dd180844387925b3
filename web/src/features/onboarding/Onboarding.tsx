import { Alert, Button, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { session } from '../../api/session';
import { useSession } from '../../api/use-session';
import { GST_STATES, gstinMessage } from '../../lib/gstin';
import { useSubmit } from '../../lib/use-submit';
import { AuthLayout } from '../auth/AuthLayout';
import { CURRENCIES, MONTHS, REGIONS, timeZones } from './regions';

type Template = 'small_business' | 'india' | 'household';
const TEMPLATES: { value: Template; label: string }[] = [
  { value: 'india', label: 'Indian business (GST accounts)' },
  { value: 'small_business', label: 'Small business' },
  { value: 'household', label: 'Household' },
];
const STATE_OPTIONS = GST_STATES.map((s) => ({ value: s.code, label: `${s.code} · ${s.name}` }));

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
  const [gstin, setGstin] = useState('');
  const [stateCode, setStateCode] = useState<string | null>(null);
  const [template, setTemplate] = useState<Template>('india');
  const [gstinError, setGstinError] = useState<string | null>(null);
  // Set once the business exists, so a retry after a failed template step does not create a second one.
  const [createdId, setCreatedId] = useState<string | null>(null);
  const zones = useMemo(() => timeZones(browserZone, india.timezone), [browserZone, india.timezone]);
  const form = useSubmit();

  function onCountry(code: string | null) {
    const region = REGIONS.find((r) => r.code === code);
    if (!region) return;
    setCountryCode(region.code);
    setBaseCurrency(region.currency);
    setFiscalYearStartMonth(String(region.fiscalYearStartMonth));
    setTimezone(region.timezone);
    setTemplate(region.code === 'IN' ? 'india' : 'small_business');
  }

  function onGstin(value: string) {
    const upper = value.toUpperCase().replace(/\s/g, '');
    setGstin(upper);
    setGstinError(null);
    // The first two characters are the state: fill it in when it is one.
    const prefix = upper.slice(0, 2);
    if (GST_STATES.some((st) => st.code === prefix)) setStateCode(prefix);
  }

  const inIndia = countryCode === 'IN';

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const gstinIssue = inIndia && gstin ? gstinMessage(gstin, stateCode) : null;
    setGstinError(gstinIssue);
    if (gstinIssue) return;
    void form.run(async () => {
      let tenantId = createdId;
      if (!tenantId) {
        const tenant = unwrap(
          await api.POST('/api/v1/tenants', {
            body: {
              name,
              countryCode,
              baseCurrency,
              timezone,
              fiscalYearStartMonth: Number(fiscalYearStartMonth),
              kind: template === 'household' ? 'household' : 'business',
              ...(inIndia && { gstin: gstin || null, stateCode }),
            },
          }),
        );
        tenantId = tenant.id;
        setCreatedId(tenantId);
        session.accept(unwrap(await api.POST('/api/v1/auth/switch-tenant', { body: { tenantId } })));
      }
      unwrap(await api.POST('/api/v1/accounts/apply-template', { body: { template } }));
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
          <TextInput label="Business name" disabled={createdId !== null} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={form.errors.name} />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Select
              label="Country" disabled={createdId !== null}
              required
              allowDeselect={false}
              data={REGIONS.map((r) => ({ value: r.code, label: r.name }))}
              value={countryCode}
              onChange={onCountry}
              error={form.errors.countryCode}
            />
            <Select
              label="Base currency" disabled={createdId !== null}
              required
              allowDeselect={false}
              data={CURRENCIES}
              value={baseCurrency}
              onChange={(v) => v && setBaseCurrency(v)}
              error={form.errors.baseCurrency}
            />
            <Select
              label="Financial year starts" disabled={createdId !== null}
              required
              allowDeselect={false}
              data={MONTHS}
              value={fiscalYearStartMonth}
              onChange={(v) => v && setFiscalYearStartMonth(v)}
              error={form.errors.fiscalYearStartMonth}
            />
            <Select
              label="Time zone" disabled={createdId !== null}
              required
              searchable
              allowDeselect={false}
              data={zones}
              value={timezone}
              onChange={(v) => v && setTimezone(v)}
              error={form.errors.timezone}
            />
          </SimpleGrid>
          {inIndia && (
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <TextInput
                label="GSTIN"
                description="Optional; 15 characters, e.g. 27AAPFU0939F1ZV"
                value={gstin}
                onChange={(e) => onGstin(e.currentTarget.value)}
                error={gstinError ?? form.errors.gstin}
                maxLength={15}
                disabled={createdId !== null}
              />
              <Select
                label="State"
                description="Where the business is registered for GST"
                searchable
                clearable
                data={STATE_OPTIONS}
                value={stateCode}
                onChange={setStateCode}
                error={form.errors.stateCode}
                disabled={createdId !== null}
              />
            </SimpleGrid>
          )}
          <Select
            label="Chart of accounts"
            description="The starting accounts; you can add and change accounts later."
            required
            allowDeselect={false}
            data={TEMPLATES}
            value={template}
            onChange={(v) => v && setTemplate(v)}
            error={form.errors.template}
          />
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
