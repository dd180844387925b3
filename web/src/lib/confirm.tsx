/**
 * Promise-based confirmation dialogs: `const confirm = useConfirm(); if (await confirm({...})) …`.
 * One `ConfirmProvider` (mounted in main.tsx) renders the dialog for the whole app.
 */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';

export interface ConfirmOptions {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  /** Red confirm button, for actions that delete or revoke. */
  destructive?: boolean;
}

type Confirm = (opts: ConfirmOptions) => Promise<boolean>;

const ConfirmContext = createContext<Confirm | null>(null);

export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [options, setOptions] = useState<ConfirmOptions | null>(null);
  const resolver = useRef<((answer: boolean) => void) | null>(null);

  const confirm = useCallback<Confirm>((opts) => {
    // A second request while one is open answers the first with "no".
    resolver.current?.(false);
    setOptions(opts);
    return new Promise<boolean>((resolve) => {
      resolver.current = resolve;
    });
  }, []);

  const answer = (value: boolean) => {
    resolver.current?.(value);
    resolver.current = null;
    setOptions(null);
  };

  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={options !== null} onClose={() => answer(false)} title={options?.title} centered data-testid="confirm-dialog">
        {/* Destructive actions start on Cancel, so a stray Enter does not delete anything. */}
        <Stack gap="md">
          {typeof options?.message === 'string' ? <Text>{options.message}</Text> : options?.message}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => answer(false)} data-testid="confirm-cancel" data-autofocus={options?.destructive ? true : undefined}>
              Cancel
            </Button>
            <Button color={options?.destructive ? 'red' : undefined} onClick={() => answer(true)} data-testid="confirm-ok" data-autofocus={options?.destructive ? undefined : true}>
              {options?.confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </ConfirmContext.Provider>
  );
}

/** Asks the user to confirm; resolves true on confirm, false on cancel, Escape or closing the dialog. */
export function useConfirm(): Confirm {
  const confirm = useContext(ConfirmContext);
  if (!confirm) throw new Error('useConfirm needs a <ConfirmProvider> above it');
  return confirm;
}
