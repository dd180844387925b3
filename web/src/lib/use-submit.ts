import { useState } from 'react';
import { ApiError } from '../api/client';
import { fieldErrors, problemMessage } from './problem';

export interface SubmitState {
  /** Errors by field name, from the problem's `errors[].path` (`body.email` → `email`). */
  errors: Record<string, string>;
  /** A message for the whole form (the problem's detail), or null. */
  message: string | null;
  submitting: boolean;
}

/**
 * Runs a form's submit action and maps a failed API call (RFC 9457 problem+json) onto the form:
 * field issues next to their fields, the rest as one message.
 */
export function useSubmit() {
  const [state, setState] = useState<SubmitState>({ errors: {}, message: null, submitting: false });
  async function run(action: () => Promise<void>): Promise<void> {
    setState({ errors: {}, message: null, submitting: true });
    try {
      await action();
      setState((s) => ({ ...s, submitting: false }));
    } catch (error) {
      if (error instanceof ApiError) {
        const errors = fieldErrors(error.problem);
        const unmatched = Object.keys(errors).length === 0;
        setState({ errors, message: unmatched ? problemMessage(error.problem) : null, submitting: false });
      } else {
        setState({ errors: {}, message: 'The server could not be reached. Check your connection and try again.', submitting: false });
      }
    }
  }
  return { ...state, run, setMessage: (message: string | null) => setState((s) => ({ ...s, message })) };
}
