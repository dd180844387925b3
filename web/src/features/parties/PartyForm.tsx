import { Alert, Button, Checkbox, Fieldset, Group, Loader, NumberInput, Select, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { QueryState, RequirePermission } from '../../lib/Forbidden';
import { gstinMessage } from '../../lib/gstin';
import { parseAmountInput } from '../../lib/list/decimal';
import { MoneyInput } from '../../lib/money-input';
import { useSubmit } from '../../lib/use-submit';
import { today } from '../ledger/dates';
import { PageHeader, useBaseCurrency } from '../ledger/shared';
import { createParty, gstinRequired, partyQuery, REGISTRATION_LABELS, REGISTRATION_RULES, REGISTRATION_TYPES, TITLE, updateParty, type Party, type PartyBody, type PartyKind, type RegistrationType } from './api';
import { addressBody, EMPTY_ADDRESS, type AddressDraft } from './address';
import { AddressFields } from './AddressFields';
import { GstinField } from './GstinField';
import { editCustomerRoute, editVendorRoute } from './routes';
import { rememberWarnings } from './warnings';

export const NewCustomer = () => <PartyFormPage kind="customer" />;
export const NewVendor = () => <PartyFormPage kind="vendor" />;
export function EditCustomer() {
  const { partyId } = editCustomerRoute.useParams();
  return <PartyFormPage kind="customer" partyId={partyId} />;
}
export function EditVendor() {
  const { partyId } = editVendorRoute.useParams();
  return <PartyFormPage kind="vendor" partyId={partyId} />;
}

function PartyFormPage({ kind, partyId }: { kind: PartyKind; partyId?: string }) {
  const party = useQuery({ ...partyQuery(kind, partyId ?? ''), enabled: Boolean(partyId) });
  const permission = `parties.${kind}.${partyId ? 'update' : 'create'}`;
  return (
    <RequirePermission permission={permission}>
      {partyId && !party.data ? <QueryState error={party.error} isPending={party.isPending} what={kind} /> : <PartyForm kind={kind} party={party.data} />}
    </RequirePermission>
  );
}

interface ContactDraft {
  name: string;
  email: string;
  phone: string;
  primary: boolean;
}

const draftAddress = (a: Party['billingAddress']): AddressDraft =>
  a ? { line1: a.line1, line2: a.line2 ?? '', city: a.city, stateCode: a.stateCode ?? '', postalCode: a.postalCode ?? '', country: a.country } : EMPTY_ADDRESS;

/** Create or change a customer or vendor; the server's field errors land on their fields. */
function PartyForm({ kind, party }: { kind: PartyKind; party?: Party | undefined }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const base = useBaseCurrency();
  const currency = party?.currency ?? base;
  const [legalName, setLegalName] = useState(party?.legalName ?? '');
  const [displayName, setDisplayName] = useState(party && party.displayName !== party.legalName ? party.displayName : '');
  const [registrationType, setRegistrationType] = useState<RegistrationType>(party?.registrationType ?? 'unregistered');
  const [gstin, setGstin] = useState(party?.gstin ?? '');
  const [pan, setPan] = useState(party?.pan ?? '');
  const [billing, setBilling] = useState<AddressDraft>(draftAddress(party?.billingAddress ?? null));
  const [separateShipping, setSeparateShipping] = useState(Boolean(party?.shippingAddress));
  const [shipping, setShipping] = useState<AddressDraft>(draftAddress(party?.shippingAddress ?? null));
  const [contacts, setContacts] = useState<ContactDraft[]>(party?.contacts.map((c) => ({ name: c.name, email: c.email ?? '', phone: c.phone ?? '', primary: c.primary ?? false })) ?? []);
  const [paymentTerms, setPaymentTerms] = useState<string | number>(party?.paymentTermsDays ?? '');
  const [creditLimit, setCreditLimit] = useState(party?.creditLimit ?? '');
  const [openingAmount, setOpeningAmount] = useState(party?.openingBalance?.amount ?? '');
  const [openingDate, setOpeningDate] = useState(party?.openingBalance?.date ?? today());
  const [tags, setTags] = useState<string[]>(party?.tags ?? []);
  const [notes, setNotes] = useState(party?.notes ?? '');
  const [alsoOther, setAlsoOther] = useState(kind === 'customer' ? (party?.isVendor ?? false) : (party?.isCustomer ?? false));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const errors = { ...clientErrors, ...submit.errors };
  const title = TITLE[kind];
  const other = kind === 'customer' ? 'vendor' : 'customer';

  function onGstinChecked(info: { stateCode: string | null; pan: string | null }) {
    if (info.pan && !pan) setPan(info.pan);
    if (info.stateCode && billing.country === 'IN' && !billing.stateCode) setBilling((b) => ({ ...b, stateCode: info.stateCode ?? '' }));
    if (registrationType === 'unregistered' || registrationType === 'overseas') setRegistrationType('registered');
  }

  function check(): Record<string, string> {
    const out: Record<string, string> = {};
    if (!legalName.trim()) out.legalName = 'Enter the legal name.';
    const g = gstin.trim();
    if (g) {
      const message = gstinMessage(g);
      if (message) out.gstin = message;
      else if (!gstinRequired(registrationType)) out.gstin = `A party registered as ${REGISTRATION_LABELS[registrationType].toLowerCase()} has no GSTIN; change the registration type or clear it.`;
    } else if (gstinRequired(registrationType)) out.gstin = `A ${REGISTRATION_LABELS[registrationType].toLowerCase()} party needs its GSTIN.`;
    for (const [key, value, negative] of [['creditLimit', creditLimit, false], ['openingBalance.amount', openingAmount, true]] as const) {
      const parsed = parseAmountInput(value, currency, { allowNegative: negative });
      if (!parsed.ok) out[key] = parsed.error;
    }
    return out;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = check();
    setClientErrors(found);
    if (Object.keys(found).length > 0) return;
    await submit.run(async () => {
      const amount = parseAmountInput(openingAmount, currency, { allowNegative: true });
      const limit = parseAmountInput(creditLimit, currency);
      const body: PartyBody = {
        legalName: legalName.trim(),
        displayName: displayName.trim() || legalName.trim(),
        registrationType,
        gstin: gstin.trim() || null,
        pan: pan.trim() || null,
        billingAddress: addressBody(billing),
        shippingAddress: separateShipping ? addressBody(shipping) : null,
        contacts: contacts.filter((c) => c.name.trim()).map((c) => ({ name: c.name.trim(), email: c.email.trim() || null, phone: c.phone.trim() || null, primary: c.primary })),
        paymentTermsDays: paymentTerms === '' ? null : Number(paymentTerms),
        creditLimit: limit.ok && limit.value !== '' ? limit.value : null,
        openingBalance: amount.ok && amount.value !== '' ? { amount: amount.value, date: openingDate } : null,
        tags,
        notes: notes.trim() || null,
        ...(kind === 'customer' ? { isVendor: alsoOther } : { isCustomer: alsoOther }),
      };
      const saved = party ? await updateParty(kind, party, body) : await createParty(kind, body);
      rememberWarnings(saved.id, saved.warnings);
      await queryClient.invalidateQueries({ queryKey: ['parties'] });
      if (kind === 'customer') await navigate({ to: '/customers/$partyId', params: { partyId: saved.id } });
      else await navigate({ to: '/vendors/$partyId', params: { partyId: saved.id } });
    });
  }

  const setContact = (i: number, change: Partial<ContactDraft>) => setContacts((cs) => cs.map((c, j) => (j === i ? { ...c, ...change } : change.primary ? { ...c, primary: false } : c)));

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
    <Stack gap="md">
      <PageHeader title={party ? `Edit ${party.displayName}` : `New ${kind}`} />
      {submit.message && (
        <Alert color="red" role="alert" title="Not saved">
          {submit.message}
        </Alert>
      )}
      {Object.keys(submit.errors).length > 0 && (
        <Alert color="red" role="alert" title="Not saved" data-testid="form-errors">
          Fix the fields marked below.
        </Alert>
      )}
      <Fieldset legend="Name and GST">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Legal name" required value={legalName} onChange={(e) => setLegalName(e.currentTarget.value)} error={errors.legalName} />
          <TextInput label="Display name" description="Shown in lists; the legal name when empty" value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} error={errors.displayName} />
          <Select
            label="Registration type"
            data={REGISTRATION_TYPES.map((t) => ({ value: t, label: REGISTRATION_LABELS[t] }))}
            value={registrationType}
            onChange={(v) => v && setRegistrationType(v)}
            allowDeselect={false}
            description={REGISTRATION_RULES[registrationType]}
            error={errors.registrationType}
            data-testid="registration-type"
          />
          <GstinField value={gstin} onChange={setGstin} onValid={onGstinChecked} error={errors.gstin} required={gstinRequired(registrationType)} />
          <TextInput label="PAN" description="Filled from the GSTIN when it has one" value={pan} onChange={(e) => setPan(e.currentTarget.value.toUpperCase())} maxLength={10} error={errors.pan} styles={{ input: { fontFamily: 'monospace' } }} />
          <TagsInput label="Tags" value={tags} onChange={setTags} error={errors.tags} />
        </SimpleGrid>
      </Fieldset>
      <AddressFields legend="Billing address" prefix="billingAddress" value={billing} onChange={setBilling} errors={errors} />
      <Checkbox label="Ship to a different address" checked={separateShipping} onChange={(e) => setSeparateShipping(e.currentTarget.checked)} />
      {separateShipping && <AddressFields legend="Shipping address" prefix="shippingAddress" value={shipping} onChange={setShipping} errors={errors} />}
      <Fieldset legend="Contacts">
        <Stack gap="sm">
          {errors.contacts && (
            <Text c="red" size="sm" role="alert">
              {errors.contacts}
            </Text>
          )}
          {contacts.map((c, i) => (
            <SimpleGrid key={i} cols={{ base: 1, sm: 5 }} spacing="sm" data-testid="contact-row">
              <TextInput label="Contact name" value={c.name} onChange={(e) => setContact(i, { name: e.currentTarget.value })} error={errors[`contacts[${i}].name`]} />
              <TextInput label="Email" type="email" value={c.email} onChange={(e) => setContact(i, { email: e.currentTarget.value })} error={errors[`contacts[${i}].email`]} />
              <TextInput label="Phone" type="tel" value={c.phone} onChange={(e) => setContact(i, { phone: e.currentTarget.value })} error={errors[`contacts[${i}].phone`]} />
              <Checkbox mt={{ sm: 30 }} label="Primary" checked={c.primary} onChange={(e) => setContact(i, { primary: e.currentTarget.checked })} />
              <Button mt={{ sm: 24 }} variant="default" onClick={() => setContacts((cs) => cs.filter((_, j) => j !== i))} aria-label={`Remove contact ${i + 1}`}>
                Remove
              </Button>
            </SimpleGrid>
          ))}
          <Group>
            <Button variant="default" onClick={() => setContacts((cs) => [...cs, { name: '', email: '', phone: '', primary: cs.length === 0 }])} data-testid="add-contact">
              Add a contact
            </Button>
          </Group>
        </Stack>
      </Fieldset>
      <Fieldset legend="Terms and balances">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NumberInput label="Payment terms (days)" min={0} max={3650} allowDecimal={false} value={paymentTerms} onChange={setPaymentTerms} error={errors.paymentTermsDays} />
          {kind === 'customer' && <MoneyInput label={`Credit limit (${currency})`} currency={currency} value={creditLimit} onChange={setCreditLimit} error={errors.creditLimit} />}
          <MoneyInput
            label={`Opening balance (${currency})`}
            description={kind === 'customer' ? 'What they owe you on the date; negative for an advance they paid' : 'What you owe them on the date'}
            currency={currency}
            allowNegative
            value={openingAmount}
            onChange={setOpeningAmount}
            error={errors['openingBalance.amount'] ?? errors.openingBalance}
            data-testid="opening-amount"
          />
          <TextInput type="date" label="Opening balance date" value={openingDate} onChange={(e) => setOpeningDate(e.currentTarget.value)} error={errors['openingBalance.date']} />
        </SimpleGrid>
      </Fieldset>
      <Textarea label="Notes" autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={errors.notes} />
      <Checkbox label={`Also a ${other}`} checked={alsoOther} onChange={(e) => setAlsoOther(e.currentTarget.checked)} />
      <Group>
        <Button type="submit" loading={submit.submitting} data-testid="save-party">
          {party ? 'Save changes' : `Create ${kind}`}
        </Button>
        <Button variant="default" onClick={() => window.history.back()}>
          Cancel
        </Button>
        {submit.submitting && <Loader size="xs" aria-label="Saving" />}
      </Group>
      <Text size="xs">
        {title.one} records are never deleted; archive or suspend one instead.
      </Text>
    </Stack>
    </form>
  );
}
