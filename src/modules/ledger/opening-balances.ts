import { z } from 'zod';
import type { Invocation } from '../../kernel/index.js';
import { auditFromInvocation, recordAudit } from '../../platform/audit/index.js';
import { appendEvent } from '../../platform/events/index.js';
import type { KontorApp } from '../../platform/http/index.js';
import { normalizeLines, parseRawLines, type LineDraft, type LineInput, type PostingAccount } from './domain/entries.js';
import { unbalancedEntry } from './domain/errors.js';
import { invocationOf } from './batch.js';
import * as sqlBulk from './import-sql.js';
import type { LedgerImporter } from './import.js';
import * as repo from './repo.js';
import { ensureOpeningEquityAccount } from './party-balances.js';
import { entryResponse, isoDate, lineBody } from './schemas.js';
import type { EntryView } from './views.js';

/**
 * Opening balances: one posted entry, dated the day the books start, with each account's balance;
 * what does not balance goes to an "Opening Balance Equity" account (created when missing). Setting
 * them again reverses the previous entry and posts a new revision.
 */

export const OPENING_SOURCE = { module: 'ledger.opening-balances', id: 'opening-balances' } as const;

export const openingBalancesBody = z.strictObject({
  date: isoDate,
  memo: z.string().max(1000).nullable().optional(),
  lines: z.array(lineBody).min(1).max(1000),
});
export type OpeningBalancesBody = z.infer<typeof openingBalancesBody>;

export const openingBalancesResponse = z.object({
  entry: entryResponse,
  equityAccountId: z.uuid(),
  replaced: z.object({ entryId: z.uuid(), reversalId: z.uuid() }).nullable(),
});

export async function setOpeningBalances(importer: LedgerImporter, inv: Invocation, body: OpeningBalancesBody) {
  const baseCurrency = await importer.baseCurrencyOf(inv.tenantId);
  const service = importer.service;
  return service.run(inv.tenantId, async (tx) => {
    const equity = await ensureOpeningEquityAccount(tx, inv, baseCurrency);
    const ids = [...new Set(body.lines.map((l) => l.accountId))];
    const accounts = new Map<string, PostingAccount>(
      (await repo.accountsByIds(tx, ids)).map((a) => [a.id, { id: a.id, type: a.type, currency: a.currency, status: a.status, isGroup: a.is_group }]),
    );
    const given = normalizeLines(parseRawLines(body.lines, accounts, baseCurrency), accounts, baseCurrency, { requirePostable: true });
    const lines = [...given.map(inputOf), ...differenceLines(given, equity.id, baseCurrency)];

    const previous = await sqlBulk.latestBySource(tx, OPENING_SOURCE.module, OPENING_SOURCE.id);
    let replaced: { entryId: string; reversalId: string } | null = null;
    if (previous && previous.status === 'posted' && !previous.reversed) {
      const reversalId = await service.reverseIn(tx, inv.tenantId, previous.id, { memo: 'Opening balances replaced', actor: inv.actor });
      replaced = { entryId: previous.id, reversalId };
    }
    const { entryId } = await service.post(tx, {
      tenantId: inv.tenantId,
      date: body.date,
      memo: body.memo ?? 'Opening balances',
      reference: 'OPENING',
      source: { module: OPENING_SOURCE.module, id: OPENING_SOURCE.id, revision: previous ? previous.source_revision + 1 : 0 },
      lines,
      actor: inv.actor,
    });
    const view: EntryView = await service.entryIn(tx, entryId);
    await recordAudit(tx, auditFromInvocation(inv, 'ledger.opening_balances_set', 'journal_entry', entryId, null, { entry: view, replaced }));
    await appendEvent(tx, { type: 'ledger.opening_balances_set', tenantId: inv.tenantId, actor: inv.actor, data: { entryId, date: body.date, replaced } });
    return { entry: view, equityAccountId: equity.id, replaced };
  });
}

/** The lines that balance the given ones, per currency, on the opening-balance equity account. */
export function differenceLines(lines: readonly LineDraft[], equityId: string, baseCurrency: string): LineInput[] {
  const net = new Map<string, { amount: bigint; base: bigint }>();
  for (const l of lines) {
    const t = net.get(l.currency) ?? { amount: 0n, base: 0n };
    net.set(l.currency, { amount: t.amount + l.debit - l.credit, base: t.base + l.baseDebit - l.baseCredit });
  }
  const out: LineInput[] = [];
  for (const [currency, t] of [...net].sort(([a], [b]) => a.localeCompare(b))) {
    if (t.amount === 0n && t.base === 0n) continue;
    if (currency !== baseCurrency && (t.amount === 0n || t.base === 0n || t.amount > 0n !== t.base > 0n)) {
      throw unbalancedEntry(`The ${currency} opening balances and their ${baseCurrency} values point in different directions; give them separately per account`, [{ path: 'body.lines', message: `${currency} lines do not balance` }]);
    }
    const amount = t.amount > 0n ? t.amount : -t.amount;
    const base = t.base > 0n ? t.base : -t.base;
    out.push({ accountId: equityId, currency, ...(t.amount > 0n ? { credit: amount } : { debit: amount }), ...(currency !== baseCurrency && { baseAmount: base }) });
  }
  return out;
}

function inputOf(l: LineDraft): LineInput {
  return { accountId: l.accountId, currency: l.currency, debit: l.debit || null, credit: l.credit || null, baseAmount: l.baseDebit || l.baseCredit, memo: l.memo };
}

export function openingBalanceRoutes(app: KontorApp, importer: LedgerImporter): void {
  app.post(
    '/api/v1/ledger/opening-balances',
    {
      config: { permission: 'ledger.entry.post' },
      schema: {
        tags: ['ledger'],
        summary: 'Set the opening balances (one entry; the difference goes to Opening Balance Equity); setting them again replaces them',
        body: openingBalancesBody,
        response: { 201: openingBalancesResponse },
      },
    },
    async (request, reply) => reply.code(201).send(await setOpeningBalances(importer, invocationOf(request), request.body)),
  );
}
