import { CloseButton, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useShortcut } from '../shortcuts';

/**
 * The list's search field: updates `?q=` after a pause in typing (or on Enter); `/` focuses it
 * from anywhere on the page.
 */
export function SearchBox({ value, onSearch, label = 'Search', placeholder, delayMs = 300 }: { value: string | undefined; onSearch: (q: string | undefined) => void; label?: string; placeholder?: string; delayMs?: number }) {
  const [text, setText] = useState(value ?? '');
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef(onSearch);
  /** The last value this box sent, so its own echo from the URL does not overwrite newer typing. */
  const sent = useRef(value);
  const search = (q: string | undefined) => {
    sent.current = q;
    latest.current(q);
  };
  useEffect(() => {
    latest.current = onSearch;
  });
  // The URL is the source of truth: back/forward or a cleared filter updates the field.
  useEffect(() => {
    if (value === sent.current) return;
    sent.current = value;
    setText(value ?? '');
  }, [value]);
  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === (sent.current ?? '')) return;
    const timer = setTimeout(() => search(trimmed || undefined), delayMs);
    return () => clearTimeout(timer);
  }, [text, delayMs]);
  useShortcut('/', () => input.current?.focus(), { description: 'Search this list' });

  return (
    <TextInput
      ref={input}
      type="search"
      label={label}
      placeholder={placeholder ?? 'Search (press /)'}
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') search(text.trim() || undefined);
      }}
      rightSection={
        text ? (
          <CloseButton
            aria-label="Clear search"
            onClick={() => {
              setText('');
              search(undefined);
            }}
          />
        ) : null
      }
      data-testid="list-search"
    />
  );
}
