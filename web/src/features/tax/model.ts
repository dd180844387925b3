/**
 * Pure helpers of the tax screens: group component order, the calculator's request, TDS wording.
 * No imports, so the unit tests (test/web/tax-model.test.ts) load it under Node as is.
 */

/** The subset of `POST /tax/calculate`'s body the sandbox sends. */
export interface CalculateBody {
  pricesInclusive: boolean;
  date?: string;
  buyer?: { stateCode: string };
  lines: { hsn?: string; amount: string; taxRateId?: string; taxGroupId?: string }[];
}

/** The fields of a TDS/TCS computation the explanation uses. */
export interface TdsResult {
  section: string;
  kind: 'tds' | 'tcs';
  citation: string;
  percent: string;
  noPan: boolean;
  noPanCitation: string | null;
  base: string;
  deduction: string;
  dueDate: string;
  reason: string;
}

/** `list` with the item at `from` moved to `to` (out-of-range moves return the list unchanged). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

/** One line of the calculator sandbox, as typed (strings; nothing parsed into numbers). */
export interface SandboxLine {
  key: string;
  hsn: string;
  amount: string;
  /** VAT/sales tax: a rate (`rate:<id>`) or a group (`group:<id>`). */
  tax: string;
}

export interface SandboxDocument {
  engine: 'gst' | 'vat';
  inclusive: boolean;
  /** GST: the buyer's two-digit state code; empty for the seller's own state. */
  buyerState: string;
  date: string;
  lines: readonly SandboxLine[];
}

/** The `POST /tax/calculate` body for the sandbox: only the fields the tenant's engine accepts. */
export function calculationBody(doc: SandboxDocument): CalculateBody {
  const lines = doc.lines.map((l): CalculateBody['lines'][number] => {
    const amount = l.amount.trim();
    if (doc.engine === 'gst') return { ...(l.hsn && { hsn: l.hsn }), amount };
    const [kind, id] = l.tax.split(':');
    return { amount, ...(kind === 'rate' && id && { taxRateId: id }), ...(kind === 'group' && id && { taxGroupId: id }) };
  });
  return {
    pricesInclusive: doc.inclusive,
    ...(doc.date && { date: doc.date }),
    ...(doc.engine === 'gst' && doc.buyerState && { buyer: { stateCode: doc.buyerState } }),
    lines,
  };
}

const sentence = (text: string) => (text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}` : '');

/** A sentence explaining a TDS/TCS computation, for the calculator panel; `money` formats rupee amounts. */
export function explainTds(r: TdsResult, money: (amount: string) => string = (a) => `₹${a}`): string {
  const what = r.kind === 'tcs' ? 'collect' : 'deduct';
  if (/^0+(\.0+)?$/.test(r.deduction)) return `Nothing to ${what} under ${r.section}. ${sentence(r.reason)}`;
  const pan = r.noPan ? ` (higher rate: no PAN, ${r.noPanCitation ?? 'section 206AA'})` : '';
  return `${what === 'deduct' ? 'Deduct' : 'Collect'} ${money(r.deduction)} = ${r.percent}% of ${money(r.base)}${pan} under ${r.section} (${r.citation}), due by ${r.dueDate}. ${sentence(r.reason)}`;
}
