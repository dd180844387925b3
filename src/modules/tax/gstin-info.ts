import { GST_STATE_NAMES, gstinProblem, type GstinProblem } from '../../kernel/gstin.js';

/** The holder's status: the fourth character of a PAN (the sixth of a GSTIN). */
const PAN_HOLDERS: Readonly<Record<string, string>> = {
  A: 'Association of Persons',
  B: 'Body of Individuals',
  C: 'Company',
  F: 'Firm or LLP',
  G: 'Government',
  H: 'Hindu Undivided Family',
  J: 'Artificial Juridical Person',
  L: 'Local Authority',
  P: 'Individual',
  T: 'Trust',
};

const ENTITY_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export interface GstinInfo {
  gstin: string;
  valid: boolean;
  problem: GstinProblem | null;
  stateCode: string | null;
  stateName: string | null;
  pan: string | null;
  entityType: string | null;
  /** Which registration of this PAN in the state: 1–9, then A = 10, B = 11, … */
  entityNumber: number | null;
}

/** What a GSTIN says about its holder; the parts are given whenever the format allows reading them. */
export function gstinInfo(raw: string): GstinInfo {
  const gstin = raw.trim().toUpperCase();
  const problem = gstinProblem(gstin);
  const readable = problem === null || problem === 'state' || problem === 'checksum';
  const stateCode = readable ? gstin.slice(0, 2) : null;
  return {
    gstin,
    valid: problem === null,
    problem,
    stateCode,
    stateName: stateCode ? (GST_STATE_NAMES[stateCode] ?? null) : null,
    pan: readable ? gstin.slice(2, 12) : null,
    entityType: readable ? (PAN_HOLDERS[gstin[5]!] ?? null) : null,
    entityNumber: readable ? ENTITY_ALPHABET.indexOf(gstin[12]!) : null,
  };
}
