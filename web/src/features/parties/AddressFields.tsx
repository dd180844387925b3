import { Fieldset, Select, SimpleGrid, TextInput } from '@mantine/core';
import { GST_STATES } from '../../lib/gstin';
import type { AddressDraft } from './address';

const STATE_OPTIONS = GST_STATES.map((s) => ({ value: s.code, label: `${s.code} · ${s.name}` }));

/** One address; `errors` are the form's field errors, looked up under `prefix` (`billingAddress.city`). */
export function AddressFields({ legend, prefix, value, onChange, errors }: { legend: string; prefix: string; value: AddressDraft; onChange: (next: AddressDraft) => void; errors: Record<string, string> }) {
  const set = (key: keyof AddressDraft) => (v: string) => onChange({ ...value, [key]: v });
  const err = (key: string) => errors[`${prefix}.${key}`];
  return (
    <Fieldset legend={legend} data-testid={prefix}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label="Address line 1" value={value.line1} onChange={(e) => set('line1')(e.currentTarget.value)} error={err('line1')} />
        <TextInput label="Address line 2" value={value.line2} onChange={(e) => set('line2')(e.currentTarget.value)} error={err('line2')} />
        <TextInput label="City" value={value.city} onChange={(e) => set('city')(e.currentTarget.value)} error={err('city')} />
        <TextInput label="Postal code" value={value.postalCode} onChange={(e) => set('postalCode')(e.currentTarget.value)} error={err('postalCode')} />
        <TextInput label="Country" description="Two letters, e.g. IN" maxLength={2} value={value.country} onChange={(e) => set('country')(e.currentTarget.value.toUpperCase())} error={err('country')} />
        {value.country === 'IN' && (
          <Select label="State" searchable clearable data={STATE_OPTIONS} value={value.stateCode || null} onChange={(v) => set('stateCode')(v ?? '')} error={err('stateCode')} />
        )}
      </SimpleGrid>
    </Fieldset>
  );
}
