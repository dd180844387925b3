import { XMLParser } from 'fast-xml-parser';
import { canonicalDecimal, isoDateOf, negate, parseFail, type ParsedFile, type ParsedLine, type ParsedStatement } from './statement.js';

/**
 * ISO 20022 camt.053 (statement) and camt.054 (debit/credit notification), any version: the
 * elements read here kept their names from .001.02 to .001.08. Values stay strings
 * (`parseTagValue: false`), so "33.06" never becomes a float.
 */

type X = Record<string, unknown>;
const ARRAYS = new Set(['Stmt', 'Ntfctn', 'Rpt', 'Ntry', 'Bal', 'TxDtls', 'NtryDtls', 'Ustrd', 'Strd', 'AdrLine']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  removeNSPrefix: true,
  trimValues: true,
  processEntities: true,
  isArray: (name) => ARRAYS.has(name),
});

const obj = (v: unknown): X | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as X) : undefined);
const arr = (v: unknown): X[] => (Array.isArray(v) ? (v as unknown[]).map(obj).filter((x): x is X => x !== undefined) : obj(v) ? [obj(v)!] : []);
const at = (v: unknown, ...path: string[]): unknown => {
  let cur: unknown = v;
  for (const key of path) {
    const o = Array.isArray(cur) ? obj(cur[0]) : obj(cur);
    if (!o) return undefined;
    cur = o[key];
  }
  return cur;
};
const str = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  const o = obj(v);
  if (o && typeof o['#text'] === 'string') return o['#text'].trim() || null;
  return null;
};
const dateOf = (v: unknown): string | null => {
  const d = str(at(v, 'Dt')) ?? str(at(v, 'DtTm'));
  const m = d ? /^(\d{4})-(\d{2})-(\d{2})/.exec(d) : null;
  return m ? isoDateOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
};

function signed(amountNode: unknown, indicator: unknown, path: string): string {
  const raw = str(amountNode);
  if (raw === null) parseFail('amount missing', path);
  const amount = canonicalDecimal(raw, path);
  const ind = str(indicator);
  if (ind !== 'CRDT' && ind !== 'DBIT') parseFail('CdtDbtInd must be CRDT or DBIT', path);
  return ind === 'DBIT' ? negate(amount) : amount;
}

function entryLine(entry: X, path: string): ParsedLine {
  const amount = signed(entry.Amt, entry.CdtDbtInd, `${path}.Amt`);
  const date = dateOf(entry.BookgDt) ?? dateOf(entry.ValDt);
  if (!date) parseFail('booking date missing', `${path}.BookgDt`);
  const details = arr(entry.NtryDtls).flatMap((d) => arr(d.TxDtls));
  const tx = details.length === 1 ? details[0] : undefined;
  const unstructured = details.flatMap((d) => (at(d, 'RmtInf', 'Ustrd') as unknown[] | undefined) ?? []).map(str).filter((s): s is string => !!s);
  const credit = !amount.startsWith('-');
  const party = tx ? (credit ? at(tx, 'RltdPties', 'Dbtr') : at(tx, 'RltdPties', 'Cdtr')) : undefined;
  const counterparty = str(at(party, 'Nm')) ?? str(at(party, 'Pty', 'Nm'));
  const endToEnd = tx ? str(at(tx, 'Refs', 'EndToEndId')) : null;
  const creditorRef = tx ? str(at(tx, 'RmtInf', 'Strd', 'CdtrRefInf', 'Ref')) : null;
  const description =
    [unstructured.join(' '), str(entry.AddtlNtryInf), tx ? str(tx.AddtlTxInf) : null, counterparty].find((s) => s !== null && s !== undefined && s !== '') ?? '';
  return {
    date,
    valueDate: dateOf(entry.ValDt),
    amount,
    description,
    reference: creditorRef ?? (endToEnd && endToEnd !== 'NOTPROVIDED' ? endToEnd : null),
    bankRef: str(entry.AcctSvcrRef) ?? str(entry.NtryRef) ?? (tx ? str(at(tx, 'Refs', 'AcctSvcrRef')) : null),
    counterparty,
    balance: null,
  };
}

function balance(bals: X[], codes: string[], path: string): { amount: string; date: string | null } | null {
  for (const code of codes) {
    const i = bals.findIndex((b) => str(at(b, 'Tp', 'CdOrPrtry', 'Cd')) === code);
    if (i >= 0) return { amount: signed(bals[i]!.Amt, bals[i]!.CdtDbtInd, `${path}.Bal[${i}]`), date: dateOf(bals[i]!.Dt) };
  }
  return null;
}

export function parseCamt(text: string, format: 'camt053' | 'camt054'): ParsedFile {
  // No DTDs: entity declarations are how XML bombs and external-entity reads start.
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) parseFail('a DOCTYPE or ENTITY declaration is not allowed in a camt file');
  let doc: X;
  try {
    doc = parser.parse(text) as X;
  } catch (error) {
    parseFail(`not well-formed XML: ${(error as Error).message.slice(0, 200)}`);
  }
  const root = obj(doc.Document);
  if (!root) parseFail('no ISO 20022 <Document> element');
  const message = format === 'camt053' ? obj(root.BkToCstmrStmt) : obj(root.BkToCstmrDbtCdtNtfctn);
  if (!message) parseFail(format === 'camt053' ? 'not a camt.053 statement (no BkToCstmrStmt)' : 'not a camt.054 notification (no BkToCstmrDbtCdtNtfctn)');
  const blocks = format === 'camt053' ? arr(message.Stmt) : arr(message.Ntfctn);
  if (blocks.length === 0) parseFail('the file holds no statement');
  const statements: ParsedStatement[] = blocks.map((s, b) => {
    const path = `body.content.statements[${b}]`;
    const bals = arr(s.Bal);
    const opening = balance(bals, ['OPBD', 'PRCD', 'OPAV'], path);
    const closing = balance(bals, ['CLBD'], path);
    const available = balance(bals, ['CLAV'], path);
    const entries = arr(s.Ntry);
    return {
      statementId: str(s.Id),
      account: str(at(s, 'Acct', 'Id', 'IBAN')) ?? str(at(s, 'Acct', 'Id', 'Othr', 'Id')),
      currency: str(at(s, 'Acct', 'Ccy')) ?? (entries[0] ? str(at(entries[0], 'Amt', '@_Ccy')) : null),
      openingBalance: opening?.amount ?? null,
      closingBalance: closing?.amount ?? null,
      openingDate: opening?.date ?? null,
      closingDate: closing?.date ?? null,
      availableBalance: available?.amount ?? null,
      lines: entries.map((e, i) => entryLine(e, `${path}.Ntry[${i}]`)),
    };
  });
  return { format, statements };
}
