/** Stored quotation statuses. `expired` is never stored: it is an open quotation past its validity date. */
export type QuotationStatus = 'draft' | 'pending_approval' | 'approved' | 'rejected' | 'sent' | 'accepted' | 'declined' | 'converted';
export type QuotationState = QuotationStatus | 'expired';

/** Statuses in which a quotation is still open (and can therefore expire). */
const OPEN: ReadonlySet<QuotationStatus> = new Set(['draft', 'pending_approval', 'approved', 'sent']);

/** The status a client sees: an open quotation whose validity date is before `today` is `expired`. */
export function effectiveStatus(status: QuotationStatus, validUntil: string, today: string): QuotationState {
  return OPEN.has(status) && validUntil < today ? 'expired' : status;
}

/** A quotation converts to a sales order only once approved (or sent / accepted), and not after expiry. */
export function canConvert(state: QuotationState): boolean {
  return state === 'approved' || state === 'sent' || state === 'accepted';
}

/**
 * Editing: a draft is changed in place; a quotation that was already submitted, approved, rejected
 * or sent gets a new revision (the old one stays readable) and goes back to draft, needing approval
 * again if the rules say so. Accepted, declined, converted and expired quotations are final.
 */
export function editMode(state: QuotationState): 'in_place' | 'new_revision' | 'refused' {
  if (state === 'draft') return 'in_place';
  if (state === 'pending_approval' || state === 'approved' || state === 'rejected' || state === 'sent') return 'new_revision';
  return 'refused';
}

/** Where `send` leads: a quotation needing approval waits for it; otherwise it is sent. */
export function sendTarget(state: QuotationState, needsApproval: boolean): QuotationStatus | null {
  if (state === 'draft') return needsApproval ? 'pending_approval' : 'sent';
  if (state === 'approved' || state === 'sent') return 'sent';
  return null;
}

/** Where `submit` (ask for approval without sending) leads. */
export function submitTarget(state: QuotationState, needsApproval: boolean): QuotationStatus | null {
  if (state !== 'draft') return null;
  return needsApproval ? 'pending_approval' : 'approved';
}
