import { AppError, type Invocation } from '../../kernel/index.js';
import { isCurrencyCode, parseMoney } from '../../kernel/money.js';
import type { Tx } from '../../platform/db/index.js';
import { CsvImportError, parseLedgerCsv, type CsvEntry, type CsvLine, type NumberFormat } from './domain/csv-import.js';
import type { LineDraft } from './domain/entries.js';
import { JournalError, parseJournal } from './domain/journal-parser.js';
import { resolveJournal, type ResolvedLine } from './domain/journal-resolve.js';
import { mapAccounts, type NeededAccount } from './import-accounts.js';
import type { BulkEntry, LedgerImporter } from './import.js';
import * as repo from './repo.js';

/** `kontor import ledger FILE`: a journal (hledger / ledger-cli) or a ledger CSV, posted in one transaction. */

export const IMPORT_SOURCE_MODULE = 'ledger.import';

export interface ImportFileOptions {
  format: 'journal' | 'csv';
  /** Label that keeps different files' entry ids apart (default: the format). */
  source?: string;
  dryRun?: boolean;
  /** Journal commodities to currencies beyond the built-in symbols, e.g. `{ $: 'CAD' }`. */
  commodities?: Record<string, string>;
  numberFormat?: NumberFormat;
  onProgress?: (done: number, total: number) => void;
}

export interface ImportReport {
  format: 'journal' | 'csv';
  dryRun: boolean;
  entries: number;
  posted: number;
  skipped: number;
  lines: number;
  accountsCreated: string[];
  notes: { line: number; message: string }[];
}

class DryRun extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

export async function importLedgerFile(importer: LedgerImporter, inv: Invocation, text: string, options: ImportFileOptions): Promise<ImportReport> {
  const baseCurrency = await importer.baseCurrencyOf(inv.tenantId);
  const source = options.source ?? options.format;
  if (!/^[A-Za-z0-9_.-]{1,40}$/.test(source)) throw new AppError('validation', 'LEDGER.IMPORT_SOURCE', 'The source label is 1-40 letters, digits, _ . -');
  try {
    return await importer.service.run(inv.tenantId, async (tx) => {
      const prepared = options.format === 'journal' ? fromJournal(text, baseCurrency, options) : await fromCsv(tx, text, baseCurrency, options.numberFormat ?? 'dot');
      const mapping = await mapAccounts(tx, inv, baseCurrency, prepared.needed);
      const entries: BulkEntry[] = prepared.entries.map((e) => ({
        ...e,
        sourceId: `${source}:${e.sourceId}`,
        lines: e.lines.map((l) => ({ ...l.draft, accountId: l.account === null ? l.draft.accountId : mapping.ids.get(l.account)! })),
      }));
      const result = await importer.postBulk(tx, inv, entries, { sourceModule: IMPORT_SOURCE_MODULE, compareExisting: options.format === 'csv', ...(options.onProgress && { onProgress: options.onProgress }) });
      const report: ImportReport = {
        format: options.format,
        dryRun: options.dryRun === true,
        entries: entries.length,
        posted: result.posted,
        skipped: result.skipped,
        lines: result.lines,
        accountsCreated: mapping.created,
        notes: prepared.notes,
      };
      if (options.dryRun) throw new DryRun(report);
      if (result.posted > 0 || mapping.created.length > 0) {
        await importer.recordImport(tx, inv, { source, format: options.format, posted: result.posted, skipped: result.skipped, lines: result.lines, accountsCreated: mapping.created });
      }
      return report;
    });
  } catch (error) {
    if (error instanceof DryRun) return error.report;
    throw error;
  }
}

interface PreparedEntry extends Omit<BulkEntry, 'lines' | 'sourceId'> {
  sourceId: string;
  /** `account` is a journal/CSV account name to map, or null when `draft.accountId` is known already. */
  lines: { account: string | null; draft: LineDraft }[];
}

interface Prepared {
  entries: PreparedEntry[];
  needed: NeededAccount[];
  notes: { line: number; message: string }[];
}

const draftOfSigned = (l: Pick<ResolvedLine, 'currency' | 'amount' | 'base' | 'memo'>): LineDraft => {
  const debit = l.amount > 0n;
  const abs = debit ? l.amount : -l.amount;
  const base = l.base < 0n ? -l.base : l.base;
  return { accountId: '', currency: l.currency, debit: debit ? abs : 0n, credit: debit ? 0n : abs, baseDebit: debit ? base : 0n, baseCredit: debit ? 0n : base, memo: l.memo, partyId: null, storeId: null, tags: [] };
};

function fromJournal(text: string, baseCurrency: string, options: ImportFileOptions): Prepared {
  try {
    const resolved = resolveJournal(parseJournal(text), { baseCurrency, ...(options.commodities && { commodities: options.commodities }) });
    const needed = new Map<string, NeededAccount>();
    for (const e of resolved.entries) for (const l of e.lines) if (!needed.has(l.account)) needed.set(l.account, { name: l.account, currency: l.currency, at: `line ${e.line}` });
    return {
      entries: resolved.entries.map((e) => ({
        date: e.date,
        memo: e.memo,
        reference: e.reference,
        sourceId: e.key,
        at: `line ${e.line}`,
        lines: e.lines.map((l) => ({ account: l.account, draft: draftOfSigned(l) })),
      })),
      needed: [...needed.values()],
      notes: resolved.notes,
    };
  } catch (error) {
    if (error instanceof JournalError) {
      throw new AppError('unprocessable', 'LEDGER.IMPORT_INVALID_JOURNAL', error.message, { errors: [{ path: `line ${error.line}`, message: error.reason }] });
    }
    throw error;
  }
}

async function fromCsv(tx: Tx, text: string, baseCurrency: string, numberFormat: NumberFormat): Promise<Prepared> {
  let parsed: CsvEntry[];
  try {
    parsed = parseLedgerCsv(text, numberFormat);
  } catch (error) {
    if (error instanceof CsvImportError) {
      throw new AppError('unprocessable', 'LEDGER.IMPORT_INVALID_CSV', error.message, { errors: [{ path: `row ${error.row}${error.column ? `.${error.column}` : ''}`, message: error.reason }] });
    }
    throw error;
  }
  const byCode = new Map((await repo.allAccounts(tx)).map((a) => [a.code.toLowerCase(), a]));
  const needed = new Map<string, NeededAccount>();
  const entries = parsed.map((e): PreparedEntry => ({
    date: e.date,
    memo: e.memo,
    reference: e.ref,
    sourceId: e.ref,
    at: `row ${e.row}`,
    lines: e.lines.map((l) => {
      const known = byCode.get(l.account.toLowerCase());
      const currency = l.currency ?? known?.currency ?? baseCurrency;
      if (!isCurrencyCode(currency)) throw new AppError('unprocessable', 'LEDGER.IMPORT_INVALID_CSV', `row ${l.row}: ${currency} is not an ISO 4217 currency`, { errors: [{ path: `row ${l.row}.currency`, message: 'not an ISO 4217 currency' }] });
      if (!known && !needed.has(l.account)) needed.set(l.account, { name: l.account, currency, at: `row ${l.row}` });
      return { account: known ? null : l.account, draft: { ...csvDraft(l, currency, baseCurrency), accountId: known?.id ?? '' } };
    }),
  }));
  return { entries, needed: [...needed.values()], notes: [] };
}

function csvDraft(l: CsvLine, currency: string, baseCurrency: string): LineDraft {
  const money = (value: string, column: string, cur: string) => parseMoney(value, cur, { path: `row ${l.row}.${column}`, nonNegative: true });
  const amount = l.debit !== null ? money(l.debit, 'debit', currency) : money(l.credit!, 'credit', currency);
  let base = amount;
  if (currency !== baseCurrency) {
    if (l.baseAmount === null) {
      throw new AppError('unprocessable', 'LEDGER.IMPORT_INVALID_CSV', `row ${l.row}: a ${currency} line needs base_amount in ${baseCurrency}`, {
        errors: [{ path: `row ${l.row}.base_amount`, message: `the line's value in ${baseCurrency}` }],
      });
    }
    base = money(l.baseAmount, 'base_amount', baseCurrency);
  }
  const debit = l.debit !== null;
  return { accountId: '', currency, debit: debit ? amount : 0n, credit: debit ? 0n : amount, baseDebit: debit ? base : 0n, baseCredit: debit ? 0n : base, memo: l.memo, partyId: null, storeId: null, tags: [] };
}
