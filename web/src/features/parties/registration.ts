/** GST registration types and what each means for a party's GSTIN (src/modules/parties/domain/party.ts). */
export type RegistrationType = 'registered' | 'unregistered' | 'composition' | 'sez' | 'overseas';

export const REGISTRATION_TYPES: readonly RegistrationType[] = ['registered', 'unregistered', 'composition', 'sez', 'overseas'];

export const REGISTRATION_LABELS: Record<RegistrationType, string> = {
  registered: 'Registered (regular GST)',
  unregistered: 'Unregistered',
  composition: 'Composition scheme',
  sez: 'SEZ unit or developer',
  overseas: 'Overseas',
};

/** What each registration type means for the GSTIN field, in words shown next to it. */
export const REGISTRATION_RULES: Record<RegistrationType, string> = {
  registered: 'A GSTIN is required. Its state decides intra- or inter-state tax.',
  unregistered: 'No GSTIN. Sales are B2C; purchases may fall under reverse charge.',
  composition: 'A GSTIN is required. A composition dealer charges no GST on its invoices.',
  sez: 'A GSTIN is required. Supplies to an SEZ are zero-rated (with or without IGST).',
  overseas: 'No GSTIN. Supplies are exports (zero-rated) or imports.',
};

export const gstinRequired = (type: RegistrationType) => type === 'registered' || type === 'composition' || type === 'sez';
