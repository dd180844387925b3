import { canonicalDecimal, isoDateOf, negate, parseFail, type ParsedFile, type ParsedLine, type ParsedStatement } from './statement.js';

/**
 * SWIFT MT940 customer statements. Tags read: :20: reference, :25: account, :28C: statement
 * number, :60F:/:60M: opening balance, :61: statement line (with its supplementary second line),
 * :86: information to the account owner (continuation lines joined), :62F:/:62M: closing balance,
 * :64: available balance. Amounts use a decimal comma ("620,3", "800,") and are converted to
 * decimal strings by text manipulation, never through a JS number. Several statements per file
 * (separated by "-" lines or SWIFT blocks) are returned separately.
 */

interface Field {
  tag: string;
  value: string;
  line: number;
}

const year2 = (yy: string) => {
  const n = Number(yy);
  return n < 70 ? 2000 + n : 1900 + n;
};

function date6(v: string, path: string): string {
  const d = isoDateOf(year2(v.slice(0, 2)), Number(v.slice(2, 4)), Number(v.slice(4, 6)));
  if (!d) parseFail(`"${v}" is not a YYMMDD date`, path);
  return d;
}

/** "84349,74" → "84349.74"; "800," → "800". */
function commaAmount(v: string, path: string): string {
  if (!/^\d+,\d*$/.test(v)) parseFail(`"${v}" is not an MT940 amount (digits with a decimal comma)`, path);
  return canonicalDecimal(v.replace(',', '.').replace(/\.$/, ''), path);
}

function balanceField(f: Field, path: string): { amount: string; date: string; currency: string } {
  const m = /^([CD])(\d{6})([A-Z]{3})(\d+,\d*)$/.exec(f.value.trim());
  if (!m) parseFail(`:${f.tag}: must be C|D, YYMMDD, currency, amount; got "${f.value.trim().slice(0, 60)}"`, path);
  const amount = commaAmount(m[4]!, path);
  return { amount: m[1] === 'D' ? negate(amount) : amount, date: date6(m[2]!, path), currency: m[3]! };
}

/** The fields of one file, in order; continuation lines belong to the tag above them. */
function fieldsOf(text: string): Field[][] {
  const statements: Field[][] = [];
  let current: Field[] = [];
  const flush = () => {
    if (current.length > 0) statements.push(current);
    current = [];
  };
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((raw, i) => {
    let line = raw.replace(/^\{[1-3]:[^}]*\}/g, '').replace(/^\{4:/, '');
    if (/^\s*-\}?\s*$/.test(line) || /^\{5:/.test(line)) return flush();
    line = line.replace(/-\}\s*$/, '');
    const m = /^:(\d{2}[A-Z]?):(.*)$/.exec(line);
    if (m) {
      if (m[1] === '20' && current.some((f) => f.tag === '61' || f.tag.startsWith('62'))) flush();
      current.push({ tag: m[1]!, value: m[2]!, line: i + 1 });
    } else if (current.length > 0 && line.trim() !== '') {
      const last = current[current.length - 1]!;
      last.value += `\n${line}`;
    }
  });
  flush();
  return statements;
}

const LINE_RE = /^(\d{6})(\d{4})?(RC|RD|EC|ED|C|D)([A-Z])?(\d+,\d*)([NSF][A-Z0-9]{3})([^\n]*)(?:\n([\s\S]*))?$/;

function statementLine(f: Field, valueYearHint: string, path: string): ParsedLine {
  const [first = '', ...rest] = f.value.split('\n');
  const m = LINE_RE.exec(`${first.trimEnd()}${rest.length ? `\n${rest.join('\n')}` : ''}`);
  if (!m) parseFail(`:61: line ${f.line} is not an MT940 statement line`, path);
  const valueDate = date6(m[1]!, path);
  let date = valueDate;
  if (m[2]) {
    // The entry date has no year: the value date's, moved a year when they straddle New Year.
    let y = Number(valueDate.slice(0, 4));
    const vm = Number(valueDate.slice(5, 7));
    const em = Number(m[2].slice(0, 2));
    if (vm === 12 && em === 1) y += 1;
    if (vm === 1 && em === 12) y -= 1;
    const d = isoDateOf(y, em, Number(m[2].slice(2, 4)));
    if (!d) parseFail(`"${m[2]}" is not an MMDD entry date`, path);
    date = d;
  }
  void valueYearHint;
  const mark = m[3]!;
  const amount = commaAmount(m[5]!, path);
  // D and RC (reversal of a credit) take money out; C and RD put it in.
  const signedAmount = mark === 'D' || mark === 'RC' || mark === 'ED' ? negate(amount) : amount;
  const refs = m[7]!.trim();
  const [customerRef = '', bankRef = ''] = refs.split('//');
  const supplementary = (m[8] ?? '').replace(/\s+/g, ' ').trim();
  return {
    date,
    valueDate,
    amount: signedAmount,
    description: supplementary,
    reference: customerRef && customerRef !== 'NONREF' ? customerRef : null,
    bankRef: bankRef.trim() || null,
    counterparty: null,
    balance: null,
  };
}

/** :86: text: structured ?NN subfields (German/Polish banks) become their purpose and name parts. */
function information(value: string): { text: string; counterparty: string | null } {
  const joined = value.split('\n').join('').trim();
  if (!/^\s*\d{3}\s*\?/.test(joined)) return { text: joined.replace(/\s+/g, ' '), counterparty: null };
  const parts = new Map<string, string>();
  for (const m of joined.matchAll(/\?(\d{2})([^?]*)/g)) parts.set(m[1]!, (parts.get(m[1]!) ?? '') + m[2]!);
  const pick = (from: number, to: number) =>
    [...parts]
      .filter(([k]) => Number(k) >= from && Number(k) <= to)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, v]) => v)
      .join('');
  const purpose = pick(20, 29) + pick(60, 63);
  const name = pick(32, 33).trim();
  return { text: [parts.get('00')?.trim(), purpose.trim()].filter(Boolean).join(': ').replace(/\s+/g, ' '), counterparty: name || null };
}

export function parseMt940(text: string): ParsedFile {
  const blocks = fieldsOf(text);
  if (blocks.length === 0) parseFail('no MT940 fields (:20:, :25:, :60F:, :61:, :62F:) found');
  const statements: ParsedStatement[] = blocks.map((fields, b) => {
    const path = `body.content.statements[${b}]`;
    const one = (tags: string[]) => fields.find((f) => tags.includes(f.tag));
    const openingField = one(['60F', '60M']);
    const closingField = one(['62F', '62M']);
    const opening = openingField ? balanceField(openingField, `${path}.${openingField.tag}`) : null;
    const closing = closingField ? balanceField(closingField, `${path}.${closingField.tag}`) : null;
    const availableField = one(['64']);
    const available = availableField ? balanceField(availableField, `${path}.64`) : null;
    const lines: ParsedLine[] = [];
    fields.forEach((f) => {
      if (f.tag === '61') {
        lines.push(statementLine(f, opening?.date ?? '', `${path}.lines[${lines.length}]`));
      } else if (f.tag === '86' && lines.length > 0) {
        const info = information(f.value);
        const line = lines[lines.length - 1]!;
        line.description = [info.text, line.description].filter(Boolean).join(' — ');
        line.counterparty = info.counterparty;
      }
    });
    if (!opening && !closing && lines.length === 0) parseFail(`statement ${b + 1} has neither balances nor lines`, path);
    return {
      statementId: one(['20'])?.value.trim() ?? null,
      account: one(['25'])?.value.trim() ?? null,
      currency: opening?.currency ?? closing?.currency ?? null,
      openingBalance: opening?.amount ?? null,
      closingBalance: closing?.amount ?? null,
      openingDate: opening?.date ?? null,
      closingDate: closing?.date ?? null,
      availableBalance: available?.amount ?? null,
      lines,
    };
  });
  return { format: 'mt940', statements };
}
