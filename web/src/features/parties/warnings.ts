import type { PartyWithWarnings } from './api';

export type PartyWarning = PartyWithWarnings['warnings'][number];

/** Duplicate warnings of the last save, handed from the form to the detail screen it opens. */
const pending = new Map<string, PartyWarning[]>();

export function rememberWarnings(partyId: string, warnings: PartyWarning[]): void {
  if (warnings.length > 0) pending.set(partyId, warnings);
}

/** The warnings saved for a party, once: a reload no longer shows them. */
export function takeWarnings(partyId: string): PartyWarning[] {
  const warnings = pending.get(partyId) ?? [];
  pending.delete(partyId);
  return warnings;
}
