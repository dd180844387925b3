import { Combobox, Group, InputBase, Loader, Text, useCombobox, type InputBaseProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { hsnSearchQuery, percentLabel, type HsnCode } from './api';

export interface HsnPickerProps extends Pick<InputBaseProps, 'label' | 'description' | 'required' | 'disabled' | 'w' | 'maw' | 'miw' | 'style'> {
  /** The chosen HSN/SAC code ("1006"), or "" for none. */
  value: string;
  onChange: (code: string) => void;
  /** Called with the chosen code's GST rate in force today ("5"), or null when the master has none. */
  onRateSuggested?: (rate: string | null, hsn: HsnCode) => void;
  error?: ReactNode;
  placeholder?: string;
  /** Wait this long after typing before searching (ms). */
  delayMs?: number;
  'data-testid'?: string;
}

const CODE = /^[0-9]{2,8}$/;

/**
 * A searchable HSN/SAC combobox over `GET /api/v1/tax/hsn-codes?q=` (code prefix or words):
 * each option shows the code, its description and the GST rate in force. Arrow keys move,
 * Enter picks, Escape closes; a typed code of 2–8 digits is kept even if it is not listed
 * (a tenant code not yet added), so the field never blocks the form.
 */
export function HsnPicker({ value, onChange, onRateSuggested, error, placeholder = 'Code or words, e.g. 1006 or rice', delayMs = 250, label = 'HSN/SAC', 'data-testid': testId, ...props }: HsnPickerProps) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [search, setSearch] = useState(value);
  const [debounced] = useDebouncedValue(search.trim(), delayMs);
  useEffect(() => setSearch(value), [value]);

  const open = combobox.dropdownOpened;
  const results = useQuery({ ...hsnSearchQuery(debounced, 15), enabled: open && debounced.length > 0 });
  const items = (results.data?.items ?? []).filter((h) => h.kind !== 'chapter' || CODE.test(debounced));

  function choose(code: string) {
    const hsn = items.find((h) => h.code === code);
    setSearch(code);
    onChange(code);
    if (hsn) onRateSuggested?.(hsn.gstRate, hsn);
    combobox.closeDropdown();
  }

  function commitTyped() {
    const typed = search.trim();
    if (typed === value) return;
    if (typed === '') onChange('');
    else if (CODE.test(typed)) onChange(typed);
    else setSearch(value);
  }

  return (
    <Combobox store={combobox} onOptionSubmit={choose} withinPortal>
      <Combobox.Target>
        <InputBase
          {...props}
          label={label}
          placeholder={placeholder}
          value={search}
          error={error}
          autoComplete="off"
          data-testid={testId}
          rightSection={results.isFetching ? <Loader size={14} aria-label="Searching HSN/SAC codes" /> : null}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => combobox.openDropdown()}
          onClick={() => combobox.openDropdown()}
          onBlur={() => {
            combobox.closeDropdown();
            commitTyped();
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={debounced.length === 0}>
        <Combobox.Options mah={320} style={{ overflowY: 'auto' }} aria-label="HSN/SAC codes">
          {items.map((h) => (
            <Combobox.Option value={h.code} key={`${h.source}-${h.code}`} active={h.code === value} data-testid="hsn-option">
              <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600} span>
                    {h.code}
                  </Text>{' '}
                  <Text size="sm" span lineClamp={2}>
                    {h.description}
                  </Text>
                </div>
                <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {h.gstRate === null ? 'no rate' : `GST ${percentLabel(h.gstRate)}`}
                  {h.cessRate ? ` + cess ${percentLabel(h.cessRate)}` : ''}
                </Text>
              </Group>
            </Combobox.Option>
          ))}
          {results.isSuccess && items.length === 0 && <Combobox.Empty>No HSN/SAC code matches “{debounced}”</Combobox.Empty>}
          {results.isError && <Combobox.Empty>Could not search the codes. Try again.</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
