import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { parseAmountInput } from './list/decimal';
import { formatMoney } from './money';

export interface MoneyInputProps extends Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> {
  /** A decimal string (`"1234.50"`), `""` for no amount, or — while the user is mid-edit — what they typed. */
  value: string;
  /** Called on every edit: the canonical decimal string when the text is a valid amount, else the raw text. */
  onChange: (value: string) => void;
  currency: string;
  allowNegative?: boolean;
  locale?: string;
}

/**
 * A money field that never turns the amount into a JS number. While focused it shows the plain
 * decimal (`1234.5`); on blur it formats with `formatMoney` (`₹1,234.50`). Precision follows the
 * currency's ISO 4217 exponent: `12.505` in INR is refused, not rounded.
 */
export function MoneyInput({ value, onChange, currency, allowNegative, locale, error, onFocus, onBlur, ...props }: MoneyInputProps) {
  const [focused, setFocused] = useState(false);
  const [text, setText] = useState(value);
  const [touched, setTouched] = useState(false);
  const parsed = parseAmountInput(focused ? text : value, currency, { allowNegative });

  useEffect(() => {
    if (focused) return;
    const current = parseAmountInput(value, currency, { allowNegative });
    setText(current.ok && current.value !== '' ? formatMoney(current.value, currency, locale) : value);
  }, [value, currency, locale, allowNegative, focused]);

  return (
    <TextInput
      {...props}
      inputMode="decimal"
      autoComplete="off"
      value={text}
      styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
      error={error ?? (touched && !parsed.ok ? parsed.error : undefined)}
      onFocus={(event) => {
        setFocused(true);
        const current = parseAmountInput(value, currency, { allowNegative });
        const plain = current.ok ? current.value : value;
        // Swap the formatted text for the plain decimal in the DOM now and select it, so typing
        // replaces the amount (a later re-render would move the caret and lose the selection).
        const input = event.currentTarget;
        if (input.value !== plain) {
          input.value = plain;
          input.select();
        }
        setText(plain);
        onFocus?.(event);
      }}
      onChange={(event) => {
        const raw = event.currentTarget.value;
        setText(raw);
        const next = parseAmountInput(raw, currency, { allowNegative });
        onChange(next.ok ? next.value : raw);
      }}
      onBlur={(event) => {
        setFocused(false);
        setTouched(true);
        onBlur?.(event);
      }}
    />
  );
}
