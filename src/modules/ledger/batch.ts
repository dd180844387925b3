import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { newId, type Invocation } from '../../kernel/index.js';
import { auditFromInvocation, recordAudit } from '../../platform/audit/index.js';
import { appendEvents } from '../../platform/events/index.js';
import { actorOf, requirePrincipal, requireTenant, type KontorApp } from '../../platform/http/index.js';
import { normalizeLines, parseRawLines, type PostingAccount } from './domain/entries.js';
import * as sqlBulk from './import-sql.js';
import type { BulkEntry, LedgerImporter } from './import.js';
import * as repo from './repo.js';
import { entryResponse, isoDate, lineBody } from './schemas.js';
import { entryView, type EntryView } from './views.js';

/** `POST /api/v1/ledger/batch`: up to 1,000 entries posted in one transaction, all or nothing. */

export const MAX_BATCH_ENTRIES = 1000;
export const MAX_BATCH_LINES = 20_000;

export const batchBody = z.strictObject({
  entries: z
    .array(
      z.strictObject({
        date: isoDate,
        memo: z.string().max(1000).nullable().optional(),
        reference: z.string().max(200).nullable().optional(),
        lines: z.array(lineBody).min(1).max(1000),
      }),
    )
    .min(1)
    .max(MAX_BATCH_ENTRIES)
    .refine((entries) => entries.reduce((n, e) => n + e.lines.length, 0) <= MAX_BATCH_LINES, `at most ${MAX_BATCH_LINES} lines in one batch`),
});
export type BatchBody = z.infer<typeof batchBody>;

export const batchResponse = z.object({ posted: z.number().int(), lines: z.number().int(), entries: z.array(entryResponse) });

export function invocationOf(request: FastifyRequest): Invocation {
  return { actor: actorOf(requirePrincipal(request)), tenantId: requireTenant(request), requestId: request.id, ip: request.ip };
}

export async function postBatch(importer: LedgerImporter, inv: Invocation, body: BatchBody): Promise<{ posted: number; lines: number; entries: EntryView[] }> {
  const baseCurrency = await importer.baseCurrencyOf(inv.tenantId);
  return importer.service.run(inv.tenantId, async (tx) => {
    const ids = [...new Set(body.entries.flatMap((e) => e.lines.map((l) => l.accountId)))];
    const accounts = new Map<string, PostingAccount>(
      (await repo.accountsByIds(tx, ids)).map((a) => [a.id, { id: a.id, type: a.type, currency: a.currency, status: a.status, isGroup: a.is_group }]),
    );
    const entries: BulkEntry[] = body.entries.map((e, i) => {
      const path = `body.entries[${i}].lines`;
      const lines = normalizeLines(parseRawLines(e.lines, accounts, baseCurrency, path), accounts, baseCurrency, { path, requirePostable: true });
      return { date: e.date, memo: e.memo ?? null, reference: e.reference ?? null, sourceId: null, lines, at: `body.entries[${i}]` };
    });
    const result = await importer.postBulk(tx, inv, entries, { sourceModule: 'ledger' });
    const rows = new Map((await sqlBulk.entryRows(tx, result.entryIds)).map((r) => [r.id, r]));
    const lines = await repo.linesOf(tx, result.entryIds);
    const byEntry = new Map<string, repo.LineRow[]>();
    for (const l of lines) byEntry.set(l.entry_id, [...(byEntry.get(l.entry_id) ?? []), l]);
    const views = result.entryIds.map((id) => entryView(rows.get(id)!, byEntry.get(id) ?? []));
    await appendEvents(tx, views.map((view) => ({ type: 'journal_entry.posted', tenantId: inv.tenantId, actor: inv.actor, data: view })));
    await recordAudit(tx, auditFromInvocation(inv, 'journal_entry.batch_posted', 'journal_batch', newId(), null, { entryIds: result.entryIds, lines: result.lines }));
    return { posted: result.posted, lines: result.lines, entries: views };
  });
}

export function batchRoutes(app: KontorApp, importer: LedgerImporter): void {
  app.post(
    '/api/v1/ledger/batch',
    {
      config: { permission: 'ledger.entry.post' },
      schema: {
        tags: ['journal'],
        summary: `Post up to ${MAX_BATCH_ENTRIES} journal entries at once, all or nothing; errors name the entry (body.entries[i])`,
        body: batchBody,
        response: { 201: batchResponse },
      },
    },
    async (request, reply) => reply.code(201).send(await postBatch(importer, invocationOf(request), request.body)),
  );
}
