import { Alert, Button, Group, Paper, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { QueryState, RequirePermission } from '../../lib/Forbidden';
import { useCan } from '../../lib/permissions';
import { useSubmit } from '../../lib/use-submit';
import { PageHeader } from '../ledger/shared';
import { ifMatch, salesSettingsQuery, type SalesSettings as Settings } from './api';

export function SalesSettings() {
  return (
    <RequirePermission permission="sales.invoice.read">
      <Screen />
    </RequirePermission>
  );
}

function Screen() {
  const settings = useQuery(salesSettingsQuery);
  if (!settings.data) return <QueryState error={settings.error} isPending={settings.isPending} what="the sales settings" />;
  return <Form settings={settings.data} />;
}

/** UPI payee for the invoice QR, default notes and terms, footer, rounding of totals. */
function Form({ settings }: { settings: Settings }) {
  const can = useCan();
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const editable = can('sales.settings.update');
  const [upiVpa, setVpa] = useState(settings.upiVpa ?? '');
  const [upiPayeeName, setPayee] = useState(settings.upiPayeeName ?? '');
  const [defaultNotes, setNotes] = useState(settings.defaultNotes ?? '');
  const [defaultTerms, setTerms] = useState(settings.defaultTerms ?? '');
  const [invoiceFooter, setFooter] = useState(settings.invoiceFooter ?? '');
  const [roundTotal, setRound] = useState(settings.roundTotal);
  const [saved, setSaved] = useState(false);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    void submit.run(async () => {
      const next = unwrap(
        await api.PUT('/api/v1/sales/settings', {
          headers: ifMatch(settings.version),
          body: { upiVpa: upiVpa.trim() || null, upiPayeeName: upiPayeeName.trim() || null, defaultNotes: defaultNotes.trim() || null, defaultTerms: defaultTerms.trim() || null, invoiceFooter: invoiceFooter.trim() || null, roundTotal },
        }),
      );
      queryClient.setQueryData(salesSettingsQuery.queryKey, next);
      setSaved(true);
    });
  }
  const e = submit.errors;
  return (
    <Stack gap="md">
      <PageHeader title="Sales settings" subtitle="What new invoices start with, and how their PDF asks to be paid." />
      <Paper withBorder p="md" component="form" onSubmit={onSubmit} noValidate aria-label="Sales settings">
        <Stack gap="sm">
          {submit.message && (
            <Alert color="red" role="alert" title="Could not save the settings" data-testid="form-errors">
              {submit.message}
            </Alert>
          )}
          {saved && (
            <Alert color="teal" title="Saved" data-testid="settings-saved">
              New invoices use these settings.
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label="UPI id (VPA)" description="Shown as a payment QR on open INR invoices" placeholder="shop@okbank" value={upiVpa} onChange={(ev) => setVpa(ev.currentTarget.value)} error={e.upiVpa} disabled={!editable} maxLength={100} />
            <TextInput label="UPI payee name" value={upiPayeeName} onChange={(ev) => setPayee(ev.currentTarget.value)} error={e.upiPayeeName} disabled={!editable} maxLength={100} />
          </SimpleGrid>
          <Textarea label="Default notes" autosize minRows={2} value={defaultNotes} onChange={(ev) => setNotes(ev.currentTarget.value)} error={e.defaultNotes} disabled={!editable} maxLength={2000} />
          <Textarea label="Default terms" autosize minRows={2} value={defaultTerms} onChange={(ev) => setTerms(ev.currentTarget.value)} error={e.defaultTerms} disabled={!editable} maxLength={4000} />
          <TextInput label="Invoice footer" value={invoiceFooter} onChange={(ev) => setFooter(ev.currentTarget.value)} error={e.invoiceFooter} disabled={!editable} maxLength={500} />
          <Switch label="Round totals to the whole rupee (the difference goes to Round Off)" checked={roundTotal} onChange={(ev) => setRound(ev.currentTarget.checked)} disabled={!editable} data-testid="round-total" />
          {editable && (
            <Group justify="flex-end">
              <Button type="submit" loading={submit.submitting} data-testid="save-settings">
                Save settings
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
