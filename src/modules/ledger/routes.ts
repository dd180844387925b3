import type { FastifyRequest } from 'fastify';
import { AppError, isUuid, now, type Invocation } from '../../kernel/index.js';
import { formatMoney } from '../../kernel/money.js';
import { actorOf, decodeCursor, encodeCursor, pageOf, requireIfMatch, requirePrincipal, requireTenant, setEtag, type KontorApp } from '../../platform/http/index.js';
import * as s from './schemas.js';
import type { LedgerService } from './service.js';
import type { TransactionService } from './transactions.js';
import { accountView, transactionView } from './views.js';

function invocation(request: FastifyRequest): Invocation {
  return { actor: actorOf(requirePrincipal(request)), tenantId: requireTenant(request), requestId: request.id, ip: request.ip };
}

const today = () => now().toISOString().slice(0, 10);

/** Optional If-Match: when sent it must match; when absent the action proceeds. */
function optionalIfMatch(request: FastifyRequest): number | null {
  return request.headers['if-match'] === undefined ? null : requireIfMatch(request);
}


/** A cursor this API issued: a uuid and a string key (a date when `dateKey`); anything else is a 400, never a failed cast. */
function cursorKey(cursor: string | undefined, dateKey: boolean): { k: string; id: string } | undefined {
  const position = decodeCursor(cursor);
  if (!position) return undefined;
  if (typeof position.k !== 'string' || position.k.length > 64 || !isUuid(position.id) || (dateKey && !s.isRealDate(position.k))) throw decodeCursorError();
  return { k: position.k, id: position.id };
}

function decodeCursorError(): AppError {
  return new AppError('validation', 'REQUEST.INVALID_CURSOR', 'The cursor is not one this API issued', {
    errors: [{ path: 'querystring.cursor', message: 'invalid cursor' }],
  });
}

export function ledgerRoutes(app: KontorApp, ledger: LedgerService, transactions: TransactionService): void {
  // ---------------- chart of accounts ----------------

  app.get(
    '/api/v1/accounts',
    {
      config: { permission: 'ledger.account.read' },
      schema: { tags: ['accounts'], summary: 'The chart of accounts', querystring: s.listAccountsQuery, response: { 200: pageOf(s.accountResponse) } },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      const after = cursorKey(cursor, false);
      const rows = await ledger.listAccounts(requireTenant(request), { ...filter, limit, ...(after && { after: { code: after.k, id: after.id } }) });
      const items = rows.slice(0, limit);
      const last = items[items.length - 1];
      return { items: items.map(accountView), nextCursor: rows.length > limit && last ? encodeCursor({ k: last.code, id: last.id }) : null };
    },
  );

  app.post(
    '/api/v1/accounts',
    {
      config: { permission: 'ledger.account.create' },
      schema: { tags: ['accounts'], summary: 'Add an account to the chart', body: s.createAccountBody, response: { 201: s.accountResponse } },
    },
    async (request, reply) => {
      const account = await ledger.createAccount(invocation(request), request.body);
      setEtag(reply, account.version);
      reply.header('location', `/api/v1/accounts/${account.id}`);
      return reply.code(201).send(accountView(account));
    },
  );

  app.post(
    '/api/v1/accounts/apply-template',
    {
      config: { permission: 'ledger.template.apply' },
      schema: {
        tags: ['accounts'],
        summary: 'Add a chart-of-accounts template (small_business, india, household); accounts whose codes exist are kept',
        body: s.applyTemplateBody,
      },
    },
    async (request) => ledger.applyTemplate(invocation(request), request.body.template),
  );

  app.get(
    '/api/v1/accounts/:id',
    { config: { permission: 'ledger.account.read' }, schema: { tags: ['accounts'], summary: 'One account', params: s.idParams, response: { 200: s.accountResponse } } },
    async (request, reply) => {
      const account = await ledger.getAccount(requireTenant(request), request.params.id);
      setEtag(reply, account.version);
      return accountView(account);
    },
  );

  app.put(
    '/api/v1/accounts/:id',
    {
      config: { permission: 'ledger.account.update' },
      schema: { tags: ['accounts'], summary: 'Change an account (send If-Match)', params: s.idParams, body: s.updateAccountBody, response: { 200: s.accountResponse } },
    },
    async (request, reply) => {
      const expected = requireIfMatch(request);
      const account = await ledger.updateAccount(invocation(request), request.params.id, expected, request.body);
      setEtag(reply, account.version);
      return accountView(account);
    },
  );

  const archive = async (request: FastifyRequest<{ Params: { id: string } }>) => {
    const account = await ledger.archiveAccount(invocation(request), request.params.id);
    return accountView(account);
  };
  app.delete(
    '/api/v1/accounts/:id',
    { config: { permission: 'ledger.account.archive' }, schema: { tags: ['accounts'], summary: 'Archive an account (accounts are never deleted)', params: s.idParams, response: { 200: s.accountResponse } } },
    archive,
  );
  app.post(
    '/api/v1/accounts/:id/archive',
    { config: { permission: 'ledger.account.archive' }, schema: { tags: ['accounts'], summary: 'Archive an account', params: s.idParams, response: { 200: s.accountResponse } } },
    archive,
  );

  app.get(
    '/api/v1/accounts/:id/balance',
    { config: { permission: 'ledger.report.read' }, schema: { tags: ['accounts'], summary: 'Balance of an account (or group) as of a date', params: s.idParams, querystring: s.balanceQuery, response: { 200: s.accountBalanceResponse } } },
    async (request) => ledger.accountBalance(requireTenant(request), request.params.id, request.query.asOf ?? today()),
  );

  // ---------------- journal entries ----------------

  app.post(
    '/api/v1/journal-entries',
    {
      config: { permission: 'ledger.entry.create' },
      schema: { tags: ['journal'], summary: 'Create a journal entry: a draft, or posted with `post: true`', body: s.createEntryBody, response: { 201: s.entryResponse } },
    },
    async (request, reply) => {
      const { post, ...input } = request.body;
      const entry = await ledger.createEntry(invocation(request), input, post === true);
      setEtag(reply, entry.version);
      reply.header('location', `/api/v1/journal-entries/${entry.id}`);
      return reply.code(201).send(entry);
    },
  );

  app.get(
    '/api/v1/journal-entries',
    { config: { permission: 'ledger.entry.read' }, schema: { tags: ['journal'], summary: 'Journal entries, newest first', querystring: s.listEntriesQuery, response: { 200: pageOf(s.entryResponse) } } },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      const after = cursorKey(cursor, true);
      const { rows, views } = await ledger.listEntries(requireTenant(request), { ...filter, limit, ...(after && { after: { date: after.k, id: after.id } }) });
      const items = views.slice(0, limit);
      const last = rows[items.length - 1];
      return { items, nextCursor: rows.length > limit && last ? encodeCursor({ k: last.entry_date, id: last.id }) : null };
    },
  );

  app.get(
    '/api/v1/journal-entries/:id',
    { config: { permission: 'ledger.entry.read' }, schema: { tags: ['journal'], summary: 'One journal entry with its lines', params: s.idParams, response: { 200: s.entryResponse } } },
    async (request, reply) => {
      const entry = await ledger.getEntry(requireTenant(request), request.params.id);
      setEtag(reply, entry.version);
      return entry;
    },
  );

  app.put(
    '/api/v1/journal-entries/:id',
    {
      config: { permission: 'ledger.entry.create' },
      schema: { tags: ['journal'], summary: 'Replace a draft (send If-Match); posted entries are immutable', params: s.idParams, body: s.updateEntryBody, response: { 200: s.entryResponse } },
    },
    async (request, reply) => {
      const expected = requireIfMatch(request);
      const entry = await ledger.updateDraft(invocation(request), request.params.id, expected, request.body);
      setEtag(reply, entry.version);
      return entry;
    },
  );

  app.delete(
    '/api/v1/journal-entries/:id',
    { config: { permission: 'ledger.entry.create' }, schema: { tags: ['journal'], summary: 'Discard a draft; posted entries are reversed instead', params: s.idParams } },
    async (request, reply) => {
      await ledger.deleteDraft(invocation(request), request.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/journal-entries/:id/post',
    { config: { permission: 'ledger.entry.post' }, schema: { tags: ['journal'], summary: 'Post a draft (If-Match optional)', params: s.idParams, response: { 200: s.entryResponse } } },
    async (request, reply) => {
      const entry = await ledger.postDraft(invocation(request), request.params.id, optionalIfMatch(request));
      setEtag(reply, entry.version);
      return entry;
    },
  );

  app.post(
    '/api/v1/journal-entries/:id/reverse',
    {
      config: { permission: 'ledger.entry.reverse' },
      schema: { tags: ['journal'], summary: 'Post the reversal of a posted entry (the correction path)', params: s.idParams, body: s.reverseBody, response: { 201: s.entryResponse } },
    },
    async (request, reply) => {
      const body = request.body ?? {};
      const entry = await ledger.reverse(invocation(request), request.params.id, { ...(body.date && { date: body.date }), ...(body.memo !== undefined && { memo: body.memo }) });
      reply.header('location', `/api/v1/journal-entries/${entry.id}`);
      return reply.code(201).send(entry);
    },
  );

  // ---------------- reports, general ledger, settings ----------------

  app.get(
    '/api/v1/reports/trial-balance',
    { config: { permission: 'ledger.report.read' }, schema: { tags: ['reports'], summary: 'Trial balance in base currency at a date (from daily rollups)', querystring: s.trialBalanceQuery, response: { 200: s.trialBalanceResponse } } },
    async (request) => ledger.trialBalance(requireTenant(request), request.query.asOf ?? today(), { includeZero: request.query.includeZero === 'true' }),
  );

  app.get(
    '/api/v1/ledger',
    {
      config: { permission: 'ledger.report.read' },
      schema: { tags: ['reports'], summary: 'General ledger: posted lines with running balance, filtered by account, dates, party, store, tag', querystring: s.ledgerQuery, response: { 200: s.generalLedgerResponse } },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      const position = decodeCursor(cursor);
      let after: { date: string; entryId: string; lineNo: number } | undefined;
      if (position) {
        const [date, lineNo] = typeof position.k === 'string' ? position.k.split('#') : [];
        if (!date || !lineNo || !/^\d{1,4}$/.test(lineNo) || !s.isRealDate(date) || !isUuid(position.id)) throw decodeCursorError();
        after = { date, entryId: position.id, lineNo: Number(lineNo) };
      }
      const result = await ledger.generalLedger(requireTenant(request), { ...filter, limit, after });
      const base = result.baseCurrency;
      const rows = result.rows.slice(0, limit);
      const last = rows[rows.length - 1];
      // The running balance in the account's currency only means something for one account in one currency.
      const own = result.accountCurrency;
      return {
        baseCurrency: base,
        accountCurrency: own,
        openingBaseBalance: formatMoney(BigInt(result.openingBase), base),
        items: rows.map((l) => ({
          date: l.entry_date,
          entryId: l.entry_id,
          lineNo: l.line_no,
          accountId: l.account_id,
          memo: l.memo ?? l.memo_entry,
          reference: l.reference,
          source: { module: l.source_module, id: l.source_id, href: `/api/v1/journal-entries/${l.entry_id}` },
          currency: l.currency,
          debit: formatMoney(BigInt(l.debit), l.currency),
          credit: formatMoney(BigInt(l.credit), l.currency),
          baseDebit: formatMoney(BigInt(l.base_debit), base),
          baseCredit: formatMoney(BigInt(l.base_credit), base),
          runningBaseBalance: formatMoney(BigInt(l.running_base), base),
          runningBalance: own && l.currency === own ? formatMoney(BigInt(l.running), own) : null,
          partyId: l.party_id,
          storeId: l.store_id,
          tags: l.tags,
        })),
        nextCursor: result.rows.length > limit && last ? encodeCursor({ k: `${last.entry_date}#${last.line_no}`, id: last.entry_id }) : null,
      };
    },
  );

  app.get(
    '/api/v1/ledger/export',
    { config: { permission: 'ledger.report.read' }, schema: { tags: ['reports'], summary: 'Export posted entries as an hledger journal (text/plain)', querystring: s.exportQuery } },
    async (request, reply) => {
      const text = await ledger.exportHledger(requireTenant(request), { from: request.query.from, to: request.query.to });
      return reply.type('text/plain; charset=utf-8').header('content-disposition', 'attachment; filename="kontor.journal"').send(text);
    },
  );

  app.post(
    '/api/v1/ledger/close-period',
    {
      config: { permission: 'ledger.period.close' },
      schema: { tags: ['ledger'], summary: 'Close income and expenses into retained earnings at a period end (optionally lock it)', body: s.closePeriodBody, response: { 201: s.entryResponse } },
    },
    async (request, reply) => {
      const entry = await ledger.closePeriod(invocation(request), request.body);
      reply.header('location', `/api/v1/journal-entries/${entry.id}`);
      return reply.code(201).send(entry);
    },
  );

  app.get(
    '/api/v1/ledger/settings',
    { config: { permission: 'ledger.settings.read' }, schema: { tags: ['ledger'], summary: 'Ledger settings: the lock date', response: { 200: s.ledgerSettingsResponse } } },
    async (request, reply) => {
      const settings = await ledger.getSettings(requireTenant(request));
      setEtag(reply, settings.version);
      return { lockDate: settings.lock_date, version: settings.version };
    },
  );

  app.put(
    '/api/v1/ledger/settings',
    {
      config: { permission: 'ledger.settings.update' },
      schema: { tags: ['ledger'], summary: 'Set the lock date: nothing posts on or before it (send If-Match)', body: s.settingsBody, response: { 200: s.ledgerSettingsResponse } },
    },
    async (request, reply) => {
      const expected = requireIfMatch(request);
      const settings = await ledger.setLockDate(invocation(request), request.body.lockDate, expected);
      setEtag(reply, settings.version);
      return { lockDate: settings.lock_date, version: settings.version };
    },
  );

  // ---------------- transactions (seed 001) ----------------

  app.post(
    '/api/v1/transactions',
    {
      config: { permission: 'ledger.transaction.create' },
      schema: { tags: ['transactions'], summary: 'Record income, an expense or a transfer (posts a journal entry)', body: s.transactionBody, response: { 201: s.transactionResponse } },
    },
    async (request, reply) => {
      const txn = await transactions.create(invocation(request), request.body);
      setEtag(reply, txn.version);
      reply.header('location', `/api/v1/transactions/${txn.id}`);
      return reply.code(201).send(txn);
    },
  );

  app.get(
    '/api/v1/transactions',
    { config: { permission: 'ledger.transaction.read' }, schema: { tags: ['transactions'], summary: 'Search transactions, newest first', querystring: s.listTransactionsQuery, response: { 200: pageOf(s.transactionResponse) } } },
    async (request) => {
      const { limit, cursor, includeDeleted, type, ...filter } = request.query;
      const after = cursorKey(cursor, true);
      const rows = await transactions.list(requireTenant(request), {
        ...filter,
        kind: type,
        includeDeleted: includeDeleted === 'true',
        limit,
        ...(after && { after: { date: after.k, id: after.id } }),
      });
      const items = rows.slice(0, limit);
      const last = items[items.length - 1];
      return { items: items.map(transactionView), nextCursor: rows.length > limit && last ? encodeCursor({ k: last.txn_date, id: last.id }) : null };
    },
  );

  app.get(
    '/api/v1/transactions/:id',
    { config: { permission: 'ledger.transaction.read' }, schema: { tags: ['transactions'], summary: 'One transaction', params: s.idParams, response: { 200: s.transactionResponse } } },
    async (request, reply) => {
      const txn = await transactions.get(requireTenant(request), request.params.id);
      setEtag(reply, txn.version);
      return txn;
    },
  );

  app.put(
    '/api/v1/transactions/:id',
    {
      config: { permission: 'ledger.transaction.update' },
      schema: { tags: ['transactions'], summary: 'Change a transaction: reverses its entry and posts the new one (send If-Match)', params: s.idParams, body: s.transactionBody, response: { 200: s.transactionResponse } },
    },
    async (request, reply) => {
      const expected = requireIfMatch(request);
      const txn = await transactions.update(invocation(request), request.params.id, expected, request.body);
      setEtag(reply, txn.version);
      return txn;
    },
  );

  app.delete(
    '/api/v1/transactions/:id',
    { config: { permission: 'ledger.transaction.delete' }, schema: { tags: ['transactions'], summary: 'Delete a transaction (its entry is reversed)', params: s.idParams } },
    async (request, reply) => {
      await transactions.delete(invocation(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
