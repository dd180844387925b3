import { AppError, newId, now, type Invocation } from '../../kernel/index.js';
import { auditFromInvocation, recordAudit } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { appendEvent } from '../../platform/events/index.js';
import { assertBalanced, assertOpenPeriod, type LineDraft } from './domain/entries.js';
import * as errors from './domain/errors.js';
import * as sqlBulk from './import-sql.js';
import * as repo from './repo.js';
import type { BaseCurrencyOf, LedgerService } from './service.js';
import { draftOf } from './service.js';

/**
 * Posting many entries at once: every entry is checked in memory (balance, accounts, lock date),
 * then ONE statement writes them all, posted, with their lines: its statement-level triggers
 * re-check every entry and line and fold them all into the rollups at once. Idempotent on
 * (source module, source id, revision): entries posted before are skipped.
 */

export interface BulkEntry {
  date: string;
  memo: string | null;
  reference: string | null;
  /** Identity within the source module; null for entries with no source document (batch API). */
  sourceId: string | null;
  lines: LineDraft[];
  /** Where the entry comes from, as errors name it: `body.entries[3]`, `line 120`. */
  at: string;
}

export interface BulkOptions {
  sourceModule: string;
  revision?: number;
  /** Compare an already-posted source id's lines with the given ones (a different entry under the same id is a conflict). */
  compareExisting?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface BulkResult {
  posted: number;
  skipped: number;
  lines: number;
  /** Entry id of each input entry, in order (the existing entry's for skipped ones). */
  entryIds: string[];
}

/** Rewrites an AppError's `body.…` paths to point into one entry of a bulk request (`body.entries[3]`) or of a file (`line 120`). */
export function within(at: string, error: unknown): never {
  if (!(error instanceof AppError)) throw error;
  const inBody = at.startsWith('body');
  const paths = error.errors.map((e) => ({ ...e, path: inBody ? e.path.replace(/^body(\.|$)/, `${at}$1`) : at }));
  throw new AppError(error.kind, error.code, `${at}: ${error.message}`, { errors: paths.length > 0 ? paths : [{ path: at, message: error.message }], extra: error.extra });
}

export class LedgerImporter {
  constructor(
    readonly service: LedgerService,
    readonly baseCurrencyOf: BaseCurrencyOf,
  ) {}

  /** Checks and posts `entries` in the caller's transaction, all or nothing. */
  async postBulk(tx: Tx, inv: Invocation, entries: BulkEntry[], options: BulkOptions): Promise<BulkResult> {
    const baseCurrency = await this.baseCurrencyOf(inv.tenantId);
    const revision = options.revision ?? 0;
    await this.check(tx, inv.tenantId, entries, baseCurrency);

    const withSource = entries.filter((e) => e.sourceId !== null).map((e) => e.sourceId!);
    const existing = await sqlBulk.entriesBySource(tx, options.sourceModule, revision, withSource);
    if (options.compareExisting && existing.size > 0) await this.assertSameAsPosted(tx, entries, existing, options.sourceModule, revision);

    const entryIds: string[] = [];
    const fresh: { id: string; date: string; memo: string | null; reference: string | null; sourceId: string | null; lines: LineDraft[] }[] = [];
    const seen = new Set<string>();
    for (const e of entries) {
      const known = e.sourceId === null ? undefined : existing.get(e.sourceId);
      if (known) {
        entryIds.push(known);
        continue;
      }
      if (e.sourceId !== null) {
        if (seen.has(e.sourceId)) throw new AppError('unprocessable', 'LEDGER.IMPORT_DUPLICATE_SOURCE', `${e.at}: the source id ${e.sourceId} is used twice`, { errors: [{ path: e.at, message: 'duplicate source id' }] });
        seen.add(e.sourceId);
      }
      const id = newId();
      entryIds.push(id);
      fresh.push({ id, date: e.date, memo: e.memo, reference: e.reference, sourceId: e.sourceId, lines: e.lines });
    }

    // One statement writes every entry posted with its lines: its triggers check them all and
    // fold them into the rollups with one upsert whose row locks are taken in key order, so
    // concurrent postings to the same accounts queue behind this import instead of deadlocking
    // with it.
    options.onProgress?.(entries.length - fresh.length, entries.length);
    const createdBy = JSON.stringify(inv.actor);
    const rows: repo.PostedEntryInput[] = fresh.map((e) => ({
      entry: {
        tenant_id: inv.tenantId,
        id: e.id,
        entry_date: e.date,
        memo: e.memo,
        reference: e.reference,
        source_module: options.sourceModule,
        source_id: e.sourceId,
        source_revision: revision,
        base_currency: baseCurrency,
        reverses_id: null,
        created_by: createdBy,
      },
      lines: e.lines,
    }));
    try {
      await repo.insertPostedEntries(tx, inv.tenantId, rows, now(), { existingSource: 'fail' });
    } catch (error) {
      if ((error as { code?: string; constraint?: string }).code === '23505' && (error as { constraint?: string }).constraint === 'journal_entries_source_key') {
        throw new AppError('conflict', 'LEDGER.IMPORT_CONCURRENT', 'Some of these entries were posted by another import at the same time; run the import again');
      }
      throw error;
    }
    const lines = fresh.reduce((n, e) => n + e.lines.length, 0);
    options.onProgress?.(entries.length, entries.length);
    return { posted: fresh.length, skipped: entries.length - fresh.length, lines, entryIds };
  }

  /** The domain's posting rules for every entry, before anything is written; errors name the entry. */
  private async check(tx: Tx, tenantId: string, entries: BulkEntry[], baseCurrency: string): Promise<void> {
    const lockDate = await repo.lockDate(tx, tenantId, true);
    const accountIds = [...new Set(entries.flatMap((e) => e.lines.map((l) => l.accountId)))];
    const accounts = new Map((await repo.accountsByIds(tx, accountIds)).map((a) => [a.id, a]));
    for (const e of entries) {
      try {
        const bad = e.lines.flatMap((l, i) => {
          const a = accounts.get(l.accountId);
          if (!a) return [{ path: `body.lines[${i}].accountId`, message: 'no such account' }];
          if (a.status !== 'active') return [{ path: `body.lines[${i}].accountId`, message: 'the account is archived' }];
          if (a.is_group) return [{ path: `body.lines[${i}].accountId`, message: 'a group account takes no lines; use one of its children' }];
          return [];
        });
        if (bad.length > 0) throw errors.accountNotPostable(bad);
        const invalid = e.lines.flatMap((l, i) =>
          (l.debit > 0n) === (l.credit > 0n) || l.debit < 0n || l.credit < 0n || (l.debit > 0n ? l.baseDebit <= 0n || l.baseCredit !== 0n : l.baseCredit <= 0n || l.baseDebit !== 0n)
            ? [{ path: `body.lines[${i}]`, message: 'a line has one positive side, in its currency and in base currency' }]
            : [],
        );
        if (invalid.length > 0) throw errors.invalidLine(invalid);
        assertBalanced(e.lines, baseCurrency);
        assertOpenPeriod(e.date, lockDate);
      } catch (error) {
        within(e.at, error);
      }
    }
  }

  private async assertSameAsPosted(tx: Tx, entries: BulkEntry[], existing: Map<string, string>, sourceModule: string, revision: number): Promise<void> {
    const stored = await repo.linesOf(tx, [...existing.values()]);
    const byEntry = new Map<string, LineDraft[]>();
    for (const l of stored) byEntry.set(l.entry_id, [...(byEntry.get(l.entry_id) ?? []), draftOf(l)]);
    const key = (lines: LineDraft[]) => lines.map((l) => [l.accountId, l.currency, l.debit, l.credit, l.baseDebit, l.baseCredit].join('|')).sort().join('\n');
    for (const e of entries) {
      const id = e.sourceId === null ? undefined : existing.get(e.sourceId);
      if (id && key(byEntry.get(id) ?? []) !== key(e.lines)) within(e.at, errors.sourceConflict(sourceModule, e.sourceId!, revision, id));
    }
  }

  /** Records one audit record and one event for a whole import (the entries themselves are the detail). */
  async recordImport(tx: Tx, inv: Invocation, summary: { source: string; format: string; posted: number; skipped: number; lines: number; accountsCreated: string[] }): Promise<void> {
    const id = newId();
    await recordAudit(tx, auditFromInvocation(inv, 'ledger.imported', 'ledger_import', id, null, summary));
    await appendEvent(tx, { type: 'ledger.imported', tenantId: inv.tenantId, actor: inv.actor, data: { importId: id, ...summary } });
  }
}
