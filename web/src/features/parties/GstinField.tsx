import { Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { gstinMessage } from '../../lib/gstin';
import { gstinQuery, type GstinInfo } from './api';

const PROBLEMS: Record<NonNullable<GstinInfo['problem']>, string> = {
  length: 'A GSTIN has 15 characters.',
  format: 'That does not look like a GSTIN.',
  state: 'The first two digits are not a GST state code.',
  checksum: 'The check character does not match: a typing mistake?',
};

/**
 * A GSTIN input: its shape is checked as you type; once it has one, the server's GSTIN check
 * (`/tax/gstin/:gstin`) shows the state and PAN it carries, and `onValid` hands them to the form.
 */
export function GstinField({ value, onChange, onValid, error, required }: { value: string; onChange: (value: string) => void; onValid: (info: GstinInfo) => void; error?: string | undefined; required: boolean }) {
  const gstin = value.trim().toUpperCase();
  const [debounced] = useDebouncedValue(gstin, 300);
  const shape = gstin === '' ? null : gstinMessage(gstin);
  const lookup = useQuery({ ...gstinQuery(debounced), enabled: debounced.length === 15 && gstinMessage(debounced) === null });
  const info = lookup.data?.gstin === gstin ? lookup.data : undefined;
  useEffect(() => {
    if (info?.valid) onValid(info);
  }, [info?.gstin, info?.valid]);

  let description: React.ReactNode = 'e.g. 27AAPFU0939F1ZV';
  if (info?.valid) {
    description = (
      <Text span size="xs" data-testid="gstin-info">
        Valid: {info.stateName} ({info.stateCode}) · PAN {info.pan}
        {info.entityType ? ` · ${info.entityType}` : ''}
      </Text>
    );
  }
  const clientError = gstin.length >= 15 ? (shape ?? (info && !info.valid && info.problem ? PROBLEMS[info.problem] : undefined)) : undefined;
  return (
    <TextInput
      label="GSTIN"
      required={required}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value.toUpperCase())}
      maxLength={20}
      autoComplete="off"
      description={description}
      error={error ?? clientError}
      data-testid="gstin"
      styles={{ input: { fontFamily: 'monospace' } }}
    />
  );
}
