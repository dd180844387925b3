import { AppError, newId, now, type Actor, type Invocation } from '../../kernel/index.js';
import { formatMoney } from '../../kernel/money.js';
import { auditFromInvocation, recordAudit, recordAudits } from '../../platform/audit/index.js';
import type { Database, Tx } from '../../platform/db/index.js';
import { appendEvent, appendEvents } from '../../platform/events/index.js';
import { staleVersion } from '../../platform/http/index.js';
import { accountIssues, normalSide, type AccountSubtype, type AccountType } from './domain/accounts.js';
import {
  assertBalanced,
  assertOpenPeriod,
  closingLines,
  normalizeLines,
  parseRawLines,
  reversalLines,
  type LineDraft,
  type LineInput,
  type PostingAccount,
  type RawLine,
} from './domain/entries.js';
import * as errors from './domain/errors.js';
import { GroupCommit, type Settled } from './group-commit.js';
import { loadBaseAmountFiller } from './fx.js';
import { CHART_TEMPLATES, templateInOrder } from './domain/templates.js';
import { toHledger } from './export.js';
import * as repo from './repo.js';
import { accountView, entryView, type AccountView, type EntryView } from './views.js';

/** What the ledger needs to know about a tenant: its base currency (owned by identity). */
export type BaseCurrencyOf = (tenantId: string) => Promise<string>;

/** An entry another module posts: amounts in minor units; idempotent on (source.module, source.id, source.revision). */
export interface PostEntryInput {
  tenantId: string;
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  memo?: string | null;
  reference?: string | null;
  source: { module: string; id: string; revision?: number };
  lines: LineInput[];
  actor?: Actor | null;
}

export interface PostResult {
  entryId: string;
  /** False when this (module, id, revision) had been posted before; nothing was written. */
  created: boolean;
}

export interface EntryInput {
  date: string;
  memo?: string | null | undefined;
  reference?: string | null | undefined;
  /** Amounts as decimal strings, parsed exactly in each line's currency. */
  lines: RawLine[];
}

interface WriteEntry {
  tenantId: string;
  baseCurrency: string;
  date: string;
  memo: string | null;
  reference: string | null;
  source: { module: string; id: string | null; revision: number };
  lines: LineDraft[];
  post: boolean;
  reversesId: string | null;
  actor: Actor | null;
}

/** One `createEntry(…, post: true)` call waiting for its group commit. */
interface PostingRequest {
  inv: Invocation;
  input: EntryInput;
}

/**
 * Concurrent postings of one tenant: up to 128 per transaction, up to 2 transactions at once (one
 * holds the rollup and audit locks until it commits while the other reads its accounts and writes
 * its events), gathered for up to 2 ms under load. Two, not more: a third would only wait for the
 * same locks, and fewer, larger groups cost less per posting (each group is ~8 statements and a
 * commit, whatever its size).
 */
const GROUP_COMMIT = { maxBatch: 128, maxInFlight: 2, gatherMs: 2 };

/** A failed group is written again entry by entry when the failure was the database's answer, not a lost connection. */
function retryAlone(error: unknown): boolean {
  if (error instanceof AppError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && !code.startsWith('08') && !code.startsWith('57');
}

/** Turns the database's last-line-of-defence refusals into the same errors the domain throws. */
export function mapLedgerDbError(error: unknown): never {
  const pg = error as { code?: string; hint?: string; constraint?: string; message?: string };
  if (pg && pg.code === 'P0001' && typeof pg.hint === 'string' && pg.hint.startsWith('LEDGER.')) {
    const kind = pg.hint === 'LEDGER.ENTRY_POSTED' ? 'conflict' : 'unprocessable';
    throw new AppError(kind, pg.hint, pg.message ?? pg.hint, { cause: error });
  }
  if (pg && pg.code === '23505' && pg.constraint === 'accounts_code_key') throw errors.accountCodeTaken('');
  throw error;
}

export class LedgerService {
  private readonly postings: GroupCommit<PostingRequest, EntryView>;

  constructor(
    private readonly db: Database,
    private readonly baseCurrencyOf: BaseCurrencyOf,
  ) {
    this.postings = new GroupCommit((tenantId, items) => this.postGroup(tenantId, items), GROUP_COMMIT);
  }

  /** A tenant transaction whose database-level ledger refusals surface as AppErrors (also those raised at commit). */
  run<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.withTenant(tenantId, fn).catch(mapLedgerDbError);
  }

  // ---------------- accounts ----------------

  async listAccounts(tenantId: string, filter: Omit<repo.AccountFilter, 'after'> & { after?: { code: string; id: string } }) {
    return this.run(tenantId, (tx) => repo.listAccounts(tx, filter));
  }

  async getAccount(tenantId: string, id: string): Promise<repo.AccountRow> {
    const account = await this.run(tenantId, (tx) => repo.findAccount(tx, id));
    if (!account) throw errors.accountNotFound();
    return account;
  }

  async createAccount(
    inv: Invocation,
    input: { code: string; name: string; type: AccountType; subtype?: AccountSubtype | null; parentId?: string | null; isGroup?: boolean; currency?: string; description?: string | null },
  ): Promise<repo.AccountRow> {
    const currency = input.currency ?? (await this.baseCurrencyOf(inv.tenantId));
    return this.run(inv.tenantId, async (tx) => {
      if (await repo.findAccountByCode(tx, input.code)) throw errors.accountCodeTaken(input.code);
      const parentId = input.parentId ?? null;
      const parent = parentId ? ((await repo.findAccount(tx, parentId)) ?? null) : null;
      const issues = accountIssues(
        { type: input.type, subtype: input.subtype ?? null, parentId, isGroup: input.isGroup ?? false },
        parent && shapeOf(parent),
        [],
      );
      if (issues.length > 0) throw errors.invalidAccount('The account does not fit the chart', issues);
      const row = await repo.insertAccount(tx, {
        tenant_id: inv.tenantId,
        id: newId(),
        code: input.code,
        name: input.name,
        type: input.type,
        subtype: input.subtype ?? null,
        parent_id: parentId,
        is_group: input.isGroup ?? false,
        currency,
        description: input.description ?? null,
      });
      await recordAudit(tx, auditFromInvocation(inv, 'account.created', 'account', row.id, null, accountView(row)));
      await appendEvent(tx, { type: 'account.created', tenantId: inv.tenantId, actor: inv.actor, data: accountView(row) });
      return row;
    });
  }

  async updateAccount(
    inv: Invocation,
    id: string,
    expectedVersion: number,
    changes: { code?: string; name?: string; subtype?: AccountSubtype | null; parentId?: string | null; description?: string | null },
  ): Promise<repo.AccountRow> {
    return this.run(inv.tenantId, async (tx) => {
      const before = await repo.findAccount(tx, id);
      if (!before) throw errors.accountNotFound();
      if (before.version !== expectedVersion) throw staleVersion(before.version);
      if (changes.code !== undefined && changes.code.toLowerCase() !== before.code.toLowerCase()) {
        if (await repo.findAccountByCode(tx, changes.code)) throw errors.accountCodeTaken(changes.code);
      }
      const parentId = changes.parentId === undefined ? before.parent_id : changes.parentId;
      const parent = parentId ? ((await repo.findAccount(tx, parentId)) ?? null) : null;
      const issues = accountIssues(
        { id, type: before.type, subtype: changes.subtype === undefined ? before.subtype : changes.subtype, parentId, isGroup: before.is_group },
        parent && shapeOf(parent),
        parentId ? await repo.ancestorIds(tx, parentId) : [],
      );
      if (issues.length > 0) throw errors.invalidAccount('The account does not fit the chart', issues);
      const after = await repo.updateAccount(tx, id, expectedVersion, {
        ...(changes.code !== undefined && { code: changes.code }),
        ...(changes.name !== undefined && { name: changes.name }),
        ...(changes.subtype !== undefined && { subtype: changes.subtype }),
        ...(changes.parentId !== undefined && { parent_id: changes.parentId }),
        ...(changes.description !== undefined && { description: changes.description }),
      });
      if (!after) throw staleVersion(before.version + 1);
      await recordAudit(tx, auditFromInvocation(inv, 'account.updated', 'account', id, accountView(before), accountView(after)));
      await appendEvent(tx, { type: 'account.updated', tenantId: inv.tenantId, actor: inv.actor, data: accountView(after) });
      return after;
    });
  }

  /** Accounts are archived, never deleted: their history stays in the books. */
  async archiveAccount(inv: Invocation, id: string): Promise<repo.AccountRow> {
    return this.run(inv.tenantId, async (tx) => {
      const before = await repo.findAccount(tx, id);
      if (!before) throw errors.accountNotFound();
      if (before.status === 'archived') return before;
      if (await repo.hasActiveChildren(tx, id)) throw errors.accountInUse('Archive or move the accounts in this group first');
      const open = (await repo.balancesAsOf(tx, '9999-12-31', id)).some((b) => b.debit !== b.credit || b.base_debit !== b.base_credit);
      if (open) throw errors.accountInUse('The account still has a balance; move it to another account before archiving');
      const after = await repo.updateAccount(tx, id, before.version, { status: 'archived' });
      if (!after) throw staleVersion(before.version + 1);
      await recordAudit(tx, auditFromInvocation(inv, 'account.archived', 'account', id, accountView(before), accountView(after)));
      await appendEvent(tx, { type: 'account.archived', tenantId: inv.tenantId, actor: inv.actor, data: accountView(after) });
      return after;
    });
  }

  /** Adds the template's accounts whose codes the chart does not have yet; running it twice adds nothing. */
  async applyTemplate(inv: Invocation, key: string): Promise<{ template: string; created: AccountView[]; skipped: string[] }> {
    const template = CHART_TEMPLATES.find((t) => t.key === key);
    if (!template) throw errors.unknownTemplate(key);
    const currency = await this.baseCurrencyOf(inv.tenantId);
    return this.run(inv.tenantId, async (tx) => {
      const existing = new Map((await repo.allAccounts(tx)).map((a) => [a.code.toLowerCase(), a]));
      const created: AccountView[] = [];
      const skipped: string[] = [];
      for (const t of templateInOrder(template)) {
        if (existing.has(t.code.toLowerCase())) {
          skipped.push(t.code);
          continue;
        }
        const parent = t.parent ? existing.get(t.parent.toLowerCase()) : undefined;
        const row = await repo.insertAccount(tx, {
          tenant_id: inv.tenantId,
          id: newId(),
          code: t.code,
          name: t.name,
          type: t.type,
          subtype: t.subtype ?? null,
          parent_id: parent && parent.is_group && parent.type === t.type ? parent.id : null,
          is_group: t.group ?? false,
          currency,
          description: null,
        });
        existing.set(t.code.toLowerCase(), row);
        created.push(accountView(row));
      }
      await recordAudit(tx, auditFromInvocation(inv, 'chart.template_applied', 'chart', inv.tenantId, null, { template: key, created: created.map((a) => a.code) }));
      if (created.length > 0) {
        await appendEvent(tx, { type: 'chart.template_applied', tenantId: inv.tenantId, actor: inv.actor, data: { template: key, accountIds: created.map((a) => a.id) } });
      }
      return { template: key, created, skipped };
    });
  }

  // ---------------- journal entries ----------------

  private async postingAccounts(tx: Tx, lines: readonly { accountId: string }[]): Promise<Map<string, PostingAccount>> {
    const rows = await repo.accountsByIds(tx, [...new Set(lines.map((l) => l.accountId))]);
    return new Map(rows.map((a) => [a.id, { id: a.id, type: a.type, currency: a.currency, status: a.status, isGroup: a.is_group }]));
  }

  /** Writes an entry in `tx` (draft, or posted with its rollups). Returns undefined when the source revision exists. */
  private async writeEntry(tx: Tx, w: WriteEntry): Promise<string | undefined> {
    if (w.post) {
      assertBalanced(w.lines, w.baseCurrency);
      assertOpenPeriod(w.date, await repo.lockDate(tx, w.tenantId, true));
    }
    const id = newId();
    const at = now();
    const entry: repo.NewEntry = {
      tenant_id: w.tenantId,
      id,
      entry_date: w.date,
      memo: w.memo,
      reference: w.reference,
      source_module: w.source.module,
      source_id: w.source.id,
      source_revision: w.source.revision,
      base_currency: w.baseCurrency,
      reverses_id: w.reversesId,
      created_by: JSON.stringify(w.actor),
    };
    if (w.post) {
      // Entry and lines in one statement, written posted; the database checks the entry at the end
      // of that statement (not at commit), so a refusal surfaces as the ledger's own error.
      const written = await repo.insertPostedEntries(tx, w.tenantId, [{ entry, lines: w.lines }], at).catch(mapLedgerDbError);
      if (written.length === 0) return undefined;
      await this.announcePosted(tx, w.tenantId, w.actor, [postedView(id, w, at)]);
      return id;
    }
    if (!(await repo.insertDraftEntry(tx, entry, at))) return undefined;
    await repo.insertLines(tx, w.tenantId, id, w.date, w.lines);
    return id;
  }

  /**
   * The events of posted entries, in the posting transaction: `journal_entry.posted` for each
   * (seed 002's TransactionPosted) and one `general_ledger.updated` (GLUpdated) naming the
   * accounts and dates they touched.
   */
  private async announcePosted(tx: Tx, tenantId: string, actor: Actor | null, views: readonly EntryView[], actorOf: (i: number) => Actor | null = () => actor): Promise<void> {
    if (views.length === 0) return;
    const dates = views.map((v) => v.date).sort();
    await appendEvents(tx, [
      ...views.map((view, i) => ({ type: 'journal_entry.posted', tenantId, actor: actorOf(i), data: view })),
      {
        type: 'general_ledger.updated',
        tenantId,
        actor,
        data: {
          accountIds: [...new Set(views.flatMap((v) => v.lines.map((l) => l.accountId)))].sort(),
          from: dates[0]!,
          to: dates[dates.length - 1]!,
          entryIds: views.map((v) => v.id),
        },
      },
    ]);
  }

  /**
   * The posting API for other modules: runs in the caller's transaction (so the caller's document,
   * stock moves, audit and events commit with the entry or not at all). Idempotent on
   * (source module, source id, revision): posting the same revision again returns the first entry.
   * The caller records its own audit and events for the document.
   */
  async post(tx: Tx, input: PostEntryInput): Promise<PostResult> {
    const revision = input.source.revision ?? 0;
    const baseCurrency = await this.baseCurrencyOf(input.tenantId);
    const existing = await repo.findEntryBySource(tx, input.source.module, input.source.id, revision);
    if (existing) return this.samePosting(tx, existing, input, baseCurrency);
    const accounts = await this.postingAccounts(tx, input.lines);
    const filled = (await loadBaseAmountFiller(tx, [input], accounts, baseCurrency)).lines(input.date, input.lines);
    const lines = normalizeLines(filled, accounts, baseCurrency, { path: 'lines', requirePostable: true });
    const id = await this.writeEntry(tx, {
      tenantId: input.tenantId,
      baseCurrency,
      date: input.date,
      memo: input.memo ?? null,
      reference: input.reference ?? null,
      source: { module: input.source.module, id: input.source.id, revision },
      lines,
      post: true,
      reversesId: null,
      actor: input.actor ?? null,
    });
    if (id) return { entryId: id, created: true };
    // Someone posted this revision concurrently and committed first.
    const winner = await repo.findEntryBySource(tx, input.source.module, input.source.id, revision);
    if (!winner) throw new Error('ledger.post: conflicting source revision vanished');
    return this.samePosting(tx, winner, input, baseCurrency);
  }

  /** A repeated (module, id, revision) must carry the same date and lines; a different one is a caller bug, not a retry. */
  private async samePosting(tx: Tx, existing: repo.EntryRow, input: PostEntryInput, baseCurrency: string): Promise<PostResult> {
    const stored = (await repo.linesOf(tx, [existing.id])).map(draftOf);
    const accounts = await this.postingAccounts(tx, input.lines);
    const filled = (await loadBaseAmountFiller(tx, [input], accounts, baseCurrency)).lines(input.date, input.lines);
    const given = normalizeLines(filled, accounts, baseCurrency, { path: 'lines', requirePostable: false });
    const key = (l: LineDraft) => [l.accountId, l.currency, l.debit, l.credit, l.baseDebit, l.baseCredit].join('|');
    const same = existing.entry_date === input.date && stored.map(key).sort().join('\n') === given.map(key).sort().join('\n');
    if (!same) throw errors.sourceConflict(input.source.module, input.source.id, input.source.revision ?? 0, existing.id);
    return { entryId: existing.id, created: false };
  }

  /** Reverses a posted entry inside the caller's transaction; returns the reversal's id. */
  async reverseIn(tx: Tx, tenantId: string, entryId: string, options: { date?: string; memo?: string | null; actor: Actor | null }): Promise<string> {
    const original = await repo.findEntry(tx, entryId, true);
    if (!original) throw errors.entryNotFound();
    if (original.status !== 'posted') throw errors.entryNotPosted();
    if (original.reversed_by_id) throw errors.alreadyReversed(original.reversed_by_id);
    const lines = (await repo.linesOf(tx, [entryId])).map(draftOf);
    const id = await this.writeEntry(tx, {
      tenantId,
      baseCurrency: original.base_currency,
      date: options.date ?? original.entry_date,
      memo: options.memo ?? `Reversal of ${original.reference ?? original.id}`,
      reference: original.reference,
      source: { module: original.source_module, id: null, revision: 0 },
      lines: reversalLines(lines),
      post: true,
      reversesId: entryId,
      actor: options.actor,
    });
    return id!;
  }

  /**
   * Creates a draft, or a posted entry. Postings go through the tenant's group commit: concurrent
   * ones share a transaction (see postGroup), each still validated and answered on its own.
   */
  async createEntry(inv: Invocation, input: EntryInput, post: boolean): Promise<EntryView> {
    if (post) return this.postings.submit(inv.tenantId, { inv, input });
    const baseCurrency = await this.baseCurrencyOf(inv.tenantId);
    return this.run(inv.tenantId, async (tx) => {
      const accounts = await this.postingAccounts(tx, input.lines);
      const raw = (await loadBaseAmountFiller(tx, [input], accounts, baseCurrency)).raw(input.date, input.lines);
      const lines = normalizeLines(parseRawLines(raw, accounts, baseCurrency), accounts, baseCurrency, { requirePostable: false });
      const id = (await this.writeEntry(tx, {
        tenantId: inv.tenantId,
        baseCurrency,
        date: input.date,
        memo: input.memo ?? null,
        reference: input.reference ?? null,
        source: { module: 'ledger', id: null, revision: 0 },
        lines,
        post: false,
        reversesId: null,
        actor: inv.actor,
      }))!;
      const draft = await this.entryIn(tx, id);
      await recordAudit(tx, auditFromInvocation(inv, 'journal_entry.drafted', 'journal_entry', id, null, draft));
      return draft;
    });
  }

  /**
   * Writes a group of postings in one transaction. Entries that fail validation are answered with
   * their own problem and left out; if the database refuses the group (the posting statement's
   * checks, a deadlock), nothing of it is kept and each entry is written again alone, so only the bad one
   * fails.
   */
  private async postGroup(tenantId: string, items: PostingRequest[]): Promise<Settled<EntryView>[]> {
    const baseCurrency = await this.baseCurrencyOf(tenantId);
    try {
      return await this.run(tenantId, (tx) => this.writePostings(tx, tenantId, baseCurrency, items));
    } catch (error) {
      if (items.length === 1 || !retryAlone(error)) return items.map(() => ({ ok: false, error }));
      const out: Settled<EntryView>[] = [];
      for (const item of items) {
        try {
          out.push((await this.run(tenantId, (tx) => this.writePostings(tx, tenantId, baseCurrency, [item])))[0]!);
        } catch (alone) {
          out.push({ ok: false, error: alone });
        }
      }
      return out;
    }
  }

  private async writePostings(tx: Tx, tenantId: string, baseCurrency: string, items: readonly PostingRequest[]): Promise<Settled<EntryView>[]> {
    const context = await repo.postingContext(tx, tenantId, [...new Set(items.flatMap((item) => item.input.lines.map((l) => l.accountId)))]);
    const accounts = new Map<string, PostingAccount>(context.accounts.map((a) => [a.id, { id: a.id, type: a.type, currency: a.currency, status: a.status, isGroup: a.is_group }]));
    const lockDate = context.lockDate;
    const fx = await loadBaseAmountFiller(tx, items.map((item) => item.input), accounts, baseCurrency);
    const results: Settled<EntryView>[] = new Array<Settled<EntryView>>(items.length);
    const valid: { index: number; id: string; item: PostingRequest; lines: LineDraft[] }[] = [];
    items.forEach((item, index) => {
      try {
        const lines = normalizeLines(parseRawLines(fx.raw(item.input.date, item.input.lines), accounts, baseCurrency), accounts, baseCurrency, { requirePostable: true });
        assertBalanced(lines, baseCurrency);
        assertOpenPeriod(item.input.date, lockDate);
        valid.push({ index, id: newId(), item, lines });
      } catch (error) {
        results[index] = { ok: false, error };
      }
    });
    if (valid.length === 0) return results;

    const at = now();
    // The entries as they will be once posted at `at` (created then too), without reading them back.
    const views = valid.map((v) =>
      postedView(
        v.id,
        { ...v.item.input, tenantId, baseCurrency, memo: v.item.input.memo ?? null, reference: v.item.input.reference ?? null, source: { module: 'ledger', id: null, revision: 0 }, lines: v.lines, reversesId: null },
        at,
      ),
    );
    const actors = new Set(valid.map((v) => JSON.stringify(v.item.inv.actor)));
    await this.announcePosted(tx, tenantId, actors.size === 1 ? valid[0]!.item.inv.actor : null, views, (i) => valid[i]!.item.inv.actor);
    // Only now the locks other postings wait for, held from here to commit: the rollup rows (one
    // statement writes the whole group posted; its trigger locks them in key order), then the
    // audit chain's head, once for the whole group.
    await repo.insertPostedEntries(
      tx,
      tenantId,
      valid.map((v) => ({
        entry: {
          tenant_id: tenantId,
          id: v.id,
          entry_date: v.item.input.date,
          memo: v.item.input.memo ?? null,
          reference: v.item.input.reference ?? null,
          source_module: 'ledger',
          source_id: null,
          source_revision: 0,
          base_currency: baseCurrency,
          reverses_id: null,
          created_by: JSON.stringify(v.item.inv.actor),
        },
        lines: v.lines,
      })),
      at,
    );
    await recordAudits(
      tx,
      valid.map((v, i) => auditFromInvocation(v.item.inv, 'journal_entry.posted', 'journal_entry', v.id, null, views[i])),
    );
    valid.forEach((v, i) => (results[v.index] = { ok: true, value: views[i]! }));
    return results;
  }

  /**
   * Posts a draft after writing its events, and records its audit last: marking it posted locks its
   * rollup rows and the audit record locks the tenant's chain head, both until commit, so both are
   * taken as late as possible and concurrent postings wait for each other as briefly as possible.
   */
  private async markPostedLast(tx: Tx, inv: Invocation, draft: EntryView): Promise<EntryView> {
    const postedAt = now();
    const view: EntryView = { ...draft, status: 'posted', postedAt: postedAt.toISOString(), version: draft.version + 1, updatedAt: postedAt.toISOString() };
    await this.announcePosted(tx, inv.tenantId, inv.actor, [view]);
    await repo.markPosted(tx, draft.id, postedAt);
    await recordAudit(tx, auditFromInvocation(inv, 'journal_entry.posted', 'journal_entry', view.id, null, view));
    return view;
  }

  /** Drafts are editable: replaces date, memo, reference and lines. Posted entries are refused. */
  async updateDraft(inv: Invocation, id: string, expectedVersion: number, input: EntryInput): Promise<EntryView> {
    return this.run(inv.tenantId, async (tx) => {
      const before = await repo.findEntry(tx, id, true);
      if (!before) throw errors.entryNotFound();
      if (before.status === 'posted') throw errors.entryPosted();
      if (before.version !== expectedVersion) throw staleVersion(before.version);
      const accounts = await this.postingAccounts(tx, input.lines);
      const raw = (await loadBaseAmountFiller(tx, [input], accounts, before.base_currency)).raw(input.date, input.lines);
      const lines = normalizeLines(parseRawLines(raw, accounts, before.base_currency), accounts, before.base_currency, { requirePostable: false });
      const beforeView = await this.entryIn(tx, id);
      await repo.updateDraftEntry(tx, id, expectedVersion, { entry_date: input.date, memo: input.memo ?? null, reference: input.reference ?? null });
      await repo.deleteLines(tx, id);
      await repo.insertLines(tx, inv.tenantId, id, input.date, lines);
      const view = await this.entryIn(tx, id);
      await recordAudit(tx, auditFromInvocation(inv, 'journal_entry.updated', 'journal_entry', id, beforeView, view));
      return view;
    });
  }

  async deleteDraft(inv: Invocation, id: string): Promise<void> {
    await this.run(inv.tenantId, async (tx) => {
      const before = await repo.findEntry(tx, id, true);
      if (!before) throw errors.entryNotFound();
      if (before.status === 'posted') throw errors.entryPosted();
      const view = await this.entryIn(tx, id);
      await repo.deleteDraftEntry(tx, id);
      await recordAudit(tx, auditFromInvocation(inv, 'journal_entry.deleted', 'journal_entry', id, view, null));
    });
  }

  async postDraft(inv: Invocation, id: string, expectedVersion: number | null): Promise<EntryView> {
    return this.run(inv.tenantId, async (tx) => {
      const before = await repo.findEntry(tx, id, true);
      if (!before) throw errors.entryNotFound();
      if (before.status === 'posted') throw errors.entryPosted();
      if (expectedVersion !== null && before.version !== expectedVersion) throw staleVersion(before.version);
      const stored = (await repo.linesOf(tx, [id])).map(draftOf);
      // Re-check against the accounts as they are now (one may have been archived since drafting).
      normalizeLines(stored.map(inputOf), await this.postingAccounts(tx, stored.map(inputOf)), before.base_currency, { requirePostable: true });
      assertBalanced(stored, before.base_currency);
      assertOpenPeriod(before.entry_date, await repo.lockDate(tx, inv.tenantId, true));
      return this.markPostedLast(tx, inv, await this.entryIn(tx, id));
    });
  }

  async reverse(inv: Invocation, id: string, options: { date?: string; memo?: string | null }): Promise<EntryView> {
    return this.run(inv.tenantId, async (tx) => {
      const reversalId = await this.reverseIn(tx, inv.tenantId, id, { ...options, actor: inv.actor });
      const view = await this.entryIn(tx, reversalId);
      await recordAudit(tx, auditFromInvocation(inv, 'journal_entry.reversed', 'journal_entry', id, null, view));
      await appendEvent(tx, { type: 'journal_entry.reversed', tenantId: inv.tenantId, actor: inv.actor, data: { entryId: id, reversal: view } });
      return view;
    });
  }

  async entryIn(tx: Tx, id: string): Promise<EntryView> {
    const entry = await repo.findEntry(tx, id);
    if (!entry) throw errors.entryNotFound();
    return entryView(entry, await repo.linesOf(tx, [id]));
  }

  async getEntry(tenantId: string, id: string): Promise<EntryView> {
    return this.run(tenantId, (tx) => this.entryIn(tx, id));
  }

  async listEntries(tenantId: string, filter: repo.EntryFilter): Promise<{ rows: repo.EntryRow[]; views: EntryView[] }> {
    return this.run(tenantId, async (tx) => {
      const rows = await repo.listEntries(tx, filter);
      const lines = await repo.linesOf(tx, rows.map((r) => r.id));
      const byEntry = groupBy(lines, (l) => l.entry_id);
      return { rows, views: rows.map((r) => entryView(r, byEntry.get(r.id) ?? [])) };
    });
  }

  // ---------------- balances and reports ----------------

  /** Balance of an account (a group: of all accounts under it) as of a date, from the rollups. */
  async accountBalance(tenantId: string, accountId: string, asOf: string) {
    return this.run(tenantId, async (tx) => {
      const account = await repo.findAccount(tx, accountId);
      if (!account) throw errors.accountNotFound();
      const all = await repo.allAccounts(tx);
      const ids = new Set(descendantsOf(all, accountId));
      const rows = (await repo.balancesAsOf(tx, asOf)).filter((r) => ids.has(r.account_id));
      const base = account.currency;
      const tenantBase = await this.baseCurrencyOf(tenantId);
      const byCurrency = new Map<string, bigint>();
      let baseNet = 0n;
      for (const r of rows) {
        byCurrency.set(r.currency, (byCurrency.get(r.currency) ?? 0n) + BigInt(r.debit) - BigInt(r.credit));
        baseNet += BigInt(r.base_debit) - BigInt(r.base_credit);
      }
      const sign = normalSide(account.type) === 'debit' ? 1n : -1n;
      const own = byCurrency.get(base) ?? 0n;
      return {
        accountId,
        asOf,
        normalSide: normalSide(account.type),
        currency: base,
        /** In the account's normal direction: positive means a debit balance for assets/expenses, credit for the others. */
        balance: formatMoney(own * sign, base),
        baseCurrency: tenantBase,
        baseBalance: formatMoney(baseNet * sign, tenantBase),
        byCurrency: [...byCurrency].sort(([a], [b]) => a.localeCompare(b)).map(([currency, net]) => ({ currency, balance: formatMoney(net * sign, currency) })),
      };
    });
  }

  /** Trial balance in base currency at a date: per account debit or credit balance; totals equal. */
  async trialBalance(tenantId: string, asOf: string, options: { includeZero?: boolean } = {}) {
    const baseCurrency = await this.baseCurrencyOf(tenantId);
    return this.run(tenantId, async (tx) => {
      const accounts = new Map((await repo.allAccounts(tx)).map((a) => [a.id, a]));
      const net = new Map<string, bigint>();
      for (const r of await repo.balancesAsOf(tx, asOf)) {
        net.set(r.account_id, (net.get(r.account_id) ?? 0n) + BigInt(r.base_debit) - BigInt(r.base_credit));
      }
      let totalDebit = 0n;
      let totalCredit = 0n;
      const rows = [];
      for (const [id, n] of net) {
        if (n === 0n && !options.includeZero) continue;
        const a = accounts.get(id);
        if (!a) continue;
        const debit = n > 0n ? n : 0n;
        const credit = n < 0n ? -n : 0n;
        totalDebit += debit;
        totalCredit += credit;
        rows.push({ accountId: id, code: a.code, name: a.name, type: a.type, debit: formatMoney(debit, baseCurrency), credit: formatMoney(credit, baseCurrency) });
      }
      rows.sort((x, y) => x.code.localeCompare(y.code));
      return {
        asOf,
        currency: baseCurrency,
        accounts: rows,
        totals: { debit: formatMoney(totalDebit, baseCurrency), credit: formatMoney(totalCredit, baseCurrency) },
        balanced: totalDebit === totalCredit,
      };
    });
  }

  /**
   * Profit and loss between two dates (inclusive) in base currency, from the daily rollups: each
   * income account's credit movement and each expense account's debit movement, and the net profit.
   */
  async profitAndLoss(tenantId: string, from: string, to: string) {
    const baseCurrency = await this.baseCurrencyOf(tenantId);
    return this.run(tenantId, async (tx) => {
      const accounts = new Map((await repo.allAccounts(tx)).map((a) => [a.id, a]));
      const net = new Map<string, bigint>();
      for (const r of await repo.profitAndLossMovements(tx, from, to)) {
        const sign = r.account_type === 'income' ? -1n : 1n;
        net.set(r.account_id, (net.get(r.account_id) ?? 0n) + sign * (BigInt(r.base_debit) - BigInt(r.base_credit)));
      }
      const section = (type: 'income' | 'expense') => {
        const rows = [...net]
          .filter(([id, amount]) => amount !== 0n && accounts.get(id)?.type === type)
          .map(([id, amount]) => ({ account: accounts.get(id)!, amount }))
          .sort((x, y) => x.account.code.localeCompare(y.account.code));
        const total = rows.reduce((sum, r) => sum + r.amount, 0n);
        return {
          accounts: rows.map((r) => ({ accountId: r.account.id, code: r.account.code, name: r.account.name, amount: formatMoney(r.amount, baseCurrency) })),
          total,
        };
      };
      const income = section('income');
      const expense = section('expense');
      return {
        from,
        to,
        currency: baseCurrency,
        income: { accounts: income.accounts, total: formatMoney(income.total, baseCurrency) },
        expenses: { accounts: expense.accounts, total: formatMoney(expense.total, baseCurrency) },
        netProfit: formatMoney(income.total - expense.total, baseCurrency),
      };
    });
  }

  async generalLedger(tenantId: string, filter: repo.LedgerFilter) {
    const baseCurrency = await this.baseCurrencyOf(tenantId);
    return this.run(tenantId, async (tx) => {
      let accountCurrency: string | null = null;
      if (filter.accountId) {
        const account = await repo.findAccount(tx, filter.accountId);
        if (!account) throw errors.accountNotFound();
        accountCurrency = account.currency;
      }
      const result = await repo.ledgerLines(tx, filter);
      return { ...result, baseCurrency, accountCurrency };
    });
  }

  /** Posted entries (optionally within dates) as an hledger journal. */
  async exportHledger(tenantId: string, range: { from?: string | undefined; to?: string | undefined }): Promise<string> {
    const baseCurrency = await this.baseCurrencyOf(tenantId);
    return this.run(tenantId, async (tx) => toHledger(await repo.exportLines(tx, range.from, range.to), await repo.allAccounts(tx), baseCurrency));
  }

  /**
   * Year-end (or any period-end) close: moves every income and expense balance as of `periodEnd`
   * into a retained-earnings account with one posted entry dated `periodEnd`, and optionally locks
   * the period. Closing again after late postings closes what is left (a new revision).
   */
  async closePeriod(inv: Invocation, input: { periodEnd: string; retainedEarningsAccountId: string; lock?: boolean | undefined }): Promise<EntryView> {
    const baseCurrency = await this.baseCurrencyOf(inv.tenantId);
    return this.run(inv.tenantId, async (tx) => {
      const accounts = new Map((await repo.allAccounts(tx)).map((a) => [a.id, a]));
      const re = accounts.get(input.retainedEarningsAccountId);
      if (!re || re.type !== 'equity' || re.is_group || re.status !== 'active') {
        throw errors.invalidAccount('Close into an active equity account (retained earnings)', [
          { path: 'body.retainedEarningsAccountId', message: 'must be an active, non-group equity account' },
        ]);
      }
      const balances = (await repo.balancesAsOf(tx, input.periodEnd))
        .filter((b) => ['income', 'expense'].includes(accounts.get(b.account_id)?.type ?? ''))
        .map((b) => ({ accountId: b.account_id, currency: b.currency, net: BigInt(b.debit) - BigInt(b.credit), baseNet: BigInt(b.base_debit) - BigInt(b.base_credit) }));
      const lines = closingLines(balances, re.id, baseCurrency);
      if (lines.length === 0) throw errors.nothingToClose(input.periodEnd);
      const revision = await repo.countEntriesBySource(tx, 'ledger.close', input.periodEnd);
      const { entryId } = await this.post(tx, {
        tenantId: inv.tenantId,
        date: input.periodEnd,
        memo: `Closing of income and expenses up to ${input.periodEnd}`,
        reference: `CLOSE-${input.periodEnd}`,
        source: { module: 'ledger.close', id: input.periodEnd, revision },
        lines,
        actor: inv.actor,
      });
      if (input.lock) {
        const settings = await repo.settings(tx, inv.tenantId);
        if (settings.lock_date === null || settings.lock_date < input.periodEnd) await repo.setLockDate(tx, inv.tenantId, input.periodEnd, settings.version);
      }
      const view = await this.entryIn(tx, entryId);
      await recordAudit(tx, auditFromInvocation(inv, 'ledger.period_closed', 'journal_entry', entryId, null, view));
      await appendEvent(tx, { type: 'ledger.period_closed', tenantId: inv.tenantId, actor: inv.actor, data: { periodEnd: input.periodEnd, entryId, locked: input.lock === true } });
      return view;
    });
  }

  // ---------------- settings ----------------

  async getSettings(tenantId: string) {
    return this.run(tenantId, (tx) => repo.settings(tx, tenantId));
  }

  async setLockDate(inv: Invocation, lockDate: string | null, expectedVersion: number) {
    return this.run(inv.tenantId, async (tx) => {
      const before = await repo.settings(tx, inv.tenantId);
      if (before.version !== expectedVersion) throw staleVersion(before.version);
      const after = await repo.setLockDate(tx, inv.tenantId, lockDate, expectedVersion);
      if (!after) throw staleVersion(before.version + 1);
      await recordAudit(tx, auditFromInvocation(inv, 'ledger.lock_date_set', 'ledger_settings', inv.tenantId, before, after));
      await appendEvent(tx, { type: 'ledger.lock_date_set', tenantId: inv.tenantId, actor: inv.actor, data: { lockDate: after.lock_date, at: now().toISOString() } });
      return after;
    });
  }
}

/** The view of an entry just written and posted `at` (created at the same moment), without reading it back. */
function postedView(
  id: string,
  w: Pick<WriteEntry, 'tenantId' | 'baseCurrency' | 'date' | 'memo' | 'reference' | 'source' | 'lines' | 'reversesId'>,
  at: Date,
): EntryView {
  const entry: repo.EntryRow = {
    tenant_id: w.tenantId,
    id,
    entry_date: w.date,
    memo: w.memo,
    reference: w.reference,
    source_module: w.source.module,
    source_id: w.source.id,
    source_revision: w.source.revision,
    status: 'posted',
    base_currency: w.baseCurrency,
    reverses_id: w.reversesId,
    posted_at: at,
    version: 2,
    created_at: at,
    updated_at: at,
    reversed_by_id: null,
  };
  return entryView(
    entry,
    w.lines.map((l, i) => ({
      entry_id: id,
      line_no: i + 1,
      account_id: l.accountId,
      entry_date: w.date,
      currency: l.currency,
      debit: l.debit.toString(),
      credit: l.credit.toString(),
      base_debit: l.baseDebit.toString(),
      base_credit: l.baseCredit.toString(),
      memo: l.memo,
      party_id: l.partyId,
      store_id: l.storeId,
      tags: l.tags,
    })),
  );
}

function shapeOf(a: repo.AccountRow) {
  return { id: a.id, type: a.type, subtype: a.subtype, parentId: a.parent_id, isGroup: a.is_group, status: a.status };
}

function descendantsOf(all: repo.AccountRow[], rootId: string): string[] {
  const children = groupBy(all, (a) => a.parent_id ?? '');
  const out: string[] = [];
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (out.includes(id)) continue;
    out.push(id);
    for (const c of children.get(id) ?? []) stack.push(c.id);
  }
  return out;
}

export function draftOf(l: repo.LineRow): LineDraft {
  return {
    accountId: l.account_id,
    currency: l.currency,
    debit: BigInt(l.debit),
    credit: BigInt(l.credit),
    baseDebit: BigInt(l.base_debit),
    baseCredit: BigInt(l.base_credit),
    memo: l.memo,
    partyId: l.party_id,
    storeId: l.store_id,
    tags: l.tags,
  };
}

function inputOf(l: LineDraft): LineInput {
  return { ...l, debit: l.debit || null, credit: l.credit || null, baseAmount: l.baseDebit || l.baseCredit };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
