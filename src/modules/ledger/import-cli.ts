import { readFile, writeFile } from 'node:fs/promises';
import { sql } from 'kysely';
import cliProgress from 'cli-progress';
import { AppError, systemActor, type Invocation } from '../../kernel/index.js';
import { formatMoney } from '../../kernel/money.js';
import type { Db } from '../../platform/db/index.js';
import type { NumberFormat } from './domain/csv-import.js';
import { importLedgerFile, type ImportReport } from './import-files.js';
import type { LedgerApi } from './module.js';
import * as repo from './repo.js';

/** The `kontor import ledger` and `kontor export ledger` commands, apart from process start-up. */

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Whether stderr is a terminal (the progress bar is drawn only then). */
  tty: boolean;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  tty: process.stderr.isTTY === true,
};

/** The tenant to work on: the one given, or the only one there is. */
export async function resolveTenant(system: Db, given: string | undefined): Promise<string> {
  const { rows } = await sql<{ id: string; name: string }>`select id, name from identity.tenants order by created_at limit 20`.execute(system);
  if (given) {
    const found = rows.find((r) => r.id === given) ?? (await sql<{ id: string }>`select id from identity.tenants where id::text = ${given}`.execute(system)).rows[0];
    if (!found) throw new AppError('not_found', 'CLI.UNKNOWN_TENANT', `No tenant ${given}`);
    return found.id;
  }
  if (rows.length === 1) return rows[0]!.id;
  throw new AppError('validation', 'CLI.TENANT_REQUIRED', `Say which tenant with --tenant ID (${rows.map((r) => `${r.id} ${r.name}`).join('; ') || 'there are none'})`);
}

export const cliInvocation = (tenantId: string): Invocation => ({ actor: systemActor('kontor-cli'), tenantId, requestId: null, ip: null });

export function formatOf(file: string, given: string | undefined): 'journal' | 'csv' {
  if (given === 'journal' || given === 'csv') return given;
  if (given !== undefined) throw new AppError('validation', 'CLI.FORMAT', '--format is csv or journal');
  return /\.csv$/i.test(file) ? 'csv' : 'journal';
}

export async function runImport(
  ledger: LedgerApi,
  tenantId: string,
  file: string,
  options: { format?: string; dryRun?: boolean; source?: string; commodity?: string[]; numberFormat?: NumberFormat },
  io: CliIo,
): Promise<ImportReport> {
  const text = await readFile(file, 'utf8');
  const format = formatOf(file, options.format);
  const commodities = Object.fromEntries(
    (options.commodity ?? []).map((pair) => {
      const [symbol, code] = pair.split('=');
      if (!symbol || !code || !/^[A-Z]{3}$/.test(code)) throw new AppError('validation', 'CLI.COMMODITY', `--commodity takes SYMBOL=CODE, e.g. '$=CAD' (got ${pair})`);
      return [symbol, code];
    }),
  );
  const bar = io.tty ? new cliProgress.SingleBar({ format: 'importing [{bar}] {percentage}% | {value}/{total} entries', stream: process.stderr }, cliProgress.Presets.shades_classic) : null;
  let started = false;
  try {
    const report = await importLedgerFile(ledger.importer, cliInvocation(tenantId), text, {
      format,
      ...(options.dryRun && { dryRun: true }),
      ...(options.source && { source: options.source }),
      ...(Object.keys(commodities).length > 0 && { commodities }),
      ...(options.numberFormat && { numberFormat: options.numberFormat }),
      onProgress: (done, total) => {
        if (!bar) return;
        if (!started) bar.start(total, done);
        started = true;
        bar.update(done);
      },
    });
    bar?.stop();
    for (const note of report.notes.slice(0, 50)) io.err(`note: line ${note.line}: ${note.message}`);
    if (report.notes.length > 50) io.err(`note: … and ${report.notes.length - 50} more`);
    for (const account of report.accountsCreated) io.out(`${report.dryRun ? 'would create' : 'created'} account ${account}`);
    io.out(
      `${report.dryRun ? 'dry run: would post' : 'posted'} ${report.posted} entr${report.posted === 1 ? 'y' : 'ies'} (${report.lines} lines); ` +
        `${report.skipped} already imported; ${report.accountsCreated.length} account(s) ${report.dryRun ? 'to create' : 'created'}`,
    );
    return report;
  } finally {
    if (started) bar?.stop();
  }
}

export async function runExport(
  ledger: LedgerApi,
  tenantId: string,
  options: { format?: string; from?: string; to?: string; out?: string },
  io: CliIo,
): Promise<string> {
  const format = options.format ?? 'hledger';
  for (const [name, value] of [['--from', options.from], ['--to', options.to]] as const) {
    if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new AppError('validation', 'CLI.DATE', `${name} is a date YYYY-MM-DD`);
  }
  const range = { from: options.from, to: options.to };
  let text: string;
  if (format === 'hledger') text = await ledger.service.exportHledger(tenantId, range);
  else if (format === 'csv') text = await exportCsv(ledger, tenantId, range);
  else throw new AppError('validation', 'CLI.FORMAT', '--format is hledger or csv');
  if (options.out) {
    await writeFile(options.out, text);
    io.err(`wrote ${options.out}`);
  } else io.out(text.replace(/\n$/, ''));
  return text;
}

/** Posted lines in the CSV import format (so an export imports back into another business). */
async function exportCsv(ledger: LedgerApi, tenantId: string, range: { from?: string | undefined; to?: string | undefined }): Promise<string> {
  return ledger.service.run(tenantId, async (tx) => {
    const accounts = new Map((await repo.allAccounts(tx)).map((a) => [a.id, a]));
    const lines = await repo.exportLines(tx, range.from, range.to);
    const base = await ledger.importer.baseCurrencyOf(tenantId);
    const cell = (value: string | null) => (value === null ? '' : /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
    const out = ['date,entry,memo,account,debit,credit,currency,base_amount,line_memo'];
    for (const l of lines) {
      const debit = BigInt(l.debit);
      const foreign = l.currency !== base;
      out.push(
        [
          l.entry_date,
          l.entry_id,
          cell(l.entry_memo),
          cell(accounts.get(l.account_id)?.code ?? l.account_id),
          debit > 0n ? formatMoney(debit, l.currency) : '',
          debit > 0n ? '' : formatMoney(BigInt(l.credit), l.currency),
          l.currency,
          foreign ? formatMoney(debit > 0n ? BigInt(l.base_debit) : BigInt(l.base_credit), base) : '',
          cell(l.memo),
        ].join(','),
      );
    }
    return `${out.join('\n')}\n`;
  });
}
