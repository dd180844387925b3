/**
 * Bulk ledger import speed on a whole Kontor (embedded PostgreSQL, demo data): journal lines posted
 * per second (1) by the bulk engine alone (entries already in memory, `importer.postBulk`) and
 * (2) for a whole hledger journal file (parse, resolve, map accounts, post), both in one transaction
 * with every ledger trigger (line checks, balance checks, rollups) in force; with the CPU time per
 * line of this process and of PostgreSQL, which a machine shared with other work disturbs far less
 * than lines per second.
 *
 *   npm run bench -- ledger-import [--entries 50000] [--lines-per-entry 3]
 */
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import type { LineDraft } from '../src/modules/ledger/domain/entries.js';
import type { LedgerApi } from '../src/modules/ledger/index.js';
import { cliInvocation } from '../src/modules/ledger/import-cli.js';
import { importLedgerFile } from '../src/modules/ledger/import-files.js';
import type { BulkEntry } from '../src/modules/ledger/import.js';
import os from 'node:os';
import { discardDataDir, note, postgresCpuBetween, postgresCpuMs, processCpuMs, report, round, startBenchKontor } from './_lib.js';

const NAME = 'ledger-import';
const { values } = parseArgs({ options: { entries: { type: 'string', default: '50000' }, 'lines-per-entry': { type: 'string', default: '3' } } });
const entries = Number(values.entries);
const perEntry = Math.max(2, Number(values['lines-per-entry']));

const { kontor, dataDir } = await startBenchKontor(NAME, 1_800_000);
try {
  const tenantId = kontor.demo!.tenantId;
  const ledger = kontor.context.modules.get<LedgerApi>('ledger');
  const inv = cliInvocation(tenantId);
  const analyze = () => sql`analyze ledger.journal_entries, ledger.journal_lines, ledger.accounts, ledger.daily_balances`.execute(kontor.database.db.system);
  const accounts = await ledger.service.run(tenantId, (tx) => sql<{ id: string; code: string }>`select id, code from ledger.accounts where not is_group and status = 'active' order by code`.execute(tx));
  const ids = accounts.rows.map((r) => r.id);
  const date = (i: number) => new Date(Date.UTC(2023, 0, 1 + (i % 1000))).toISOString().slice(0, 10);

  // 1. The bulk engine: entries built in memory, posted in one transaction.
  const bulk: BulkEntry[] = Array.from({ length: entries }, (_, i) => {
    const amount = BigInt(100 + (i % 100_000));
    const lines: LineDraft[] = [];
    for (let k = 0; k < perEntry - 1; k++) {
      lines.push({ accountId: ids[(i + k) % ids.length]!, currency: 'INR', debit: amount, credit: 0n, baseDebit: amount, baseCredit: 0n, memo: null, partyId: null, storeId: null, tags: [] });
    }
    const total = amount * BigInt(perEntry - 1);
    lines.push({ accountId: ids[(i + perEntry + 7) % ids.length]!, currency: 'INR', debit: 0n, credit: total, baseDebit: 0n, baseCredit: total, memo: null, partyId: null, storeId: null, tags: [] });
    return { date: date(i), memo: `Bench ${i}`, reference: null, sourceId: `bench-${i}`, lines, at: `entry ${i}` };
  });
  await analyze();
  note(`bulk engine: ${entries} entries x ${perEntry} lines`);
  report({ name: NAME, metric: 'load_average_1m', value: round(os.loadavg()[0]!, 2), unit: 'load' });
  let t0 = performance.now();
  let cpu0 = processCpuMs();
  let pg0 = postgresCpuMs(dataDir);
  const result = await ledger.service.run(tenantId, (tx) => ledger.importer.postBulk(tx, inv, bulk, { sourceModule: 'ledger.import' }));
  let elapsed = performance.now() - t0;
  report({ name: NAME, metric: 'engine.lines_per_s', value: round((result.lines / elapsed) * 1000, 0), unit: 'lines/s' });
  // CPU per line: steadier than lines/s on a machine other work shares.
  report({ name: NAME, metric: 'engine.node_cpu_per_line', value: round(((processCpuMs() - cpu0) / result.lines) * 1000, 1), unit: 'us' });
  report({ name: NAME, metric: 'engine.postgres_cpu_per_line', value: round(((postgresCpuBetween(pg0, postgresCpuMs(dataDir))) / result.lines) * 1000, 1), unit: 'us' });
  report({ name: NAME, metric: 'engine.entries_per_s', value: round((result.posted / elapsed) * 1000, 0), unit: 'entries/s' });

  // 2. A whole hledger journal file through `kontor import ledger`'s path.
  const names = ['Assets:Bank:Current', 'Assets:Cash', 'Expenses:Food', 'Expenses:Rent', 'Expenses:Travel', 'Income:Sales', 'Liabilities:Card'];
  const parts: string[] = [];
  for (let i = 0; i < entries; i++) {
    parts.push(`${date(i)} * (J-${i}) Journal bench ${i}  ; bench:`);
    for (let k = 0; k < perEntry - 1; k++) parts.push(`    ${names[(i + k) % names.length]}    ₹${(1 + (i % 9999)).toLocaleString('en-IN')}.${String(i % 100).padStart(2, '0')}`);
    parts.push(`    ${names[(i + perEntry + 3) % names.length]}`, '');
  }
  const text = parts.join('\n');
  await analyze();
  note(`journal file: ${entries} transactions, ${(text.length / 1e6).toFixed(1)} MB`);
  t0 = performance.now();
  cpu0 = processCpuMs();
  pg0 = postgresCpuMs(dataDir);
  const imported = await importLedgerFile(ledger.importer, inv, text, { format: 'journal' });
  elapsed = performance.now() - t0;
  report({ name: NAME, metric: 'journal_file.lines_per_s', value: round((imported.lines / elapsed) * 1000, 0), unit: 'lines/s' });
  report({ name: NAME, metric: 'journal_file.node_cpu_per_line', value: round(((processCpuMs() - cpu0) / imported.lines) * 1000, 1), unit: 'us' });
  report({ name: NAME, metric: 'journal_file.postgres_cpu_per_line', value: round(((postgresCpuBetween(pg0, postgresCpuMs(dataDir))) / imported.lines) * 1000, 1), unit: 'us' });
  report({ name: NAME, metric: 'journal_file.lines', value: imported.lines, unit: 'count' });

  // 3. Re-importing the same file: everything is skipped.
  t0 = performance.now();
  cpu0 = processCpuMs();
  pg0 = postgresCpuMs(dataDir);
  const again = await importLedgerFile(ledger.importer, inv, text, { format: 'journal' });
  report({ name: NAME, metric: 'journal_reimport.ms', value: round(performance.now() - t0, 1), unit: 'ms' });
  report({ name: NAME, metric: 'journal_reimport.node_cpu', value: round(processCpuMs() - cpu0, 0), unit: 'ms' });
  report({ name: NAME, metric: 'journal_reimport.postgres_cpu', value: round(postgresCpuBetween(pg0, postgresCpuMs(dataDir)), 0), unit: 'ms' });
  if (again.posted !== 0) throw new Error(`re-import posted ${again.posted} entries`);
  const tb = await ledger.service.trialBalance(tenantId, '2099-12-31');
  if (!tb.balanced) throw new Error('trial balance does not balance after the import');
} finally {
  await kontor.stop();
  await discardDataDir(dataDir);
}
