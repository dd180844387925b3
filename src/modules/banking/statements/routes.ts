import type { FastifyRequest } from 'fastify';
import { AppError, isUuid, type Invocation } from '../../../kernel/index.js';
import { actorOf, decodeCursor, encodeCursor, pageOf, requireIfMatch, requirePrincipal, requireTenant, setEtag, type KontorApp } from '../../../platform/http/index.js';
import * as s from './schemas.js';
import { importView, isLineCursor, lineView, presetView, type StatementsService } from './service.js';

function invocation(request: FastifyRequest): Invocation {
  return { actor: actorOf(requirePrincipal(request)), tenantId: requireTenant(request), requestId: request.id, ip: request.ip };
}

const badCursor = () => new AppError('validation', 'REQUEST.INVALID_CURSOR', 'The cursor is not one this API issued', { errors: [{ path: 'querystring.cursor', message: 'invalid cursor' }] });

function keyCursor(cursor: string | undefined): { k: string; id: string } | undefined {
  const position = decodeCursor(cursor);
  if (!position) return undefined;
  if (typeof position.k !== 'string' || position.k.length > 64 || !isUuid(position.id)) throw badCursor();
  return { k: position.k, id: position.id };
}

const tags = ['banking'];

export function registerStatementRoutes(app: KontorApp, service: StatementsService): void {
  // ---------------- bank and cash accounts ----------------
  app.get(
    '/api/v1/bank-accounts',
    { config: { permission: 'banking.account.read' }, schema: { tags, summary: 'Bank and cash accounts with their book and last statement balances', querystring: s.listAccountsQuery, response: { 200: pageOf(s.accountResponse) } } },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      const tenantId = requireTenant(request);
      const rows = await service.listAccounts(tenantId, { ...filter, after: keyCursor(cursor), limit });
      const items = rows.slice(0, limit);
      const last = items[items.length - 1];
      return { items: await Promise.all(items.map((r) => service.accountView(tenantId, r))), nextCursor: rows.length > limit && last ? encodeCursor({ k: last.created_key, id: last.id }) : null };
    },
  );

  app.post(
    '/api/v1/bank-accounts',
    {
      config: { permission: 'banking.account.manage' },
      schema: { tags, summary: 'Add a bank or cash account: link a ledger account of subtype bank/cash or have one created; an opening balance is posted', body: s.createAccountBody, response: { 201: s.accountResponse } },
    },
    async (request, reply) => {
      const inv = invocation(request);
      const row = await service.createAccount(inv, request.body);
      setEtag(reply, row.version);
      reply.header('location', `/api/v1/bank-accounts/${row.id}`);
      return reply.code(201).send(await service.accountView(inv.tenantId, row));
    },
  );

  app.get(
    '/api/v1/bank-accounts/:id',
    { config: { permission: 'banking.account.read' }, schema: { tags, summary: 'One bank or cash account', params: s.idParams, response: { 200: s.accountResponse } } },
    async (request, reply) => {
      const tenantId = requireTenant(request);
      const row = await service.getAccount(tenantId, request.params.id);
      setEtag(reply, row.version);
      return service.accountView(tenantId, row);
    },
  );

  app.put(
    '/api/v1/bank-accounts/:id',
    {
      config: { permission: 'banking.account.manage' },
      schema: { tags, summary: 'Change a bank account (send If-Match); a changed opening balance reverses the posted one and posts the new one', params: s.idParams, body: s.updateAccountBody, response: { 200: s.accountResponse } },
    },
    async (request, reply) => {
      const expected = requireIfMatch(request);
      const inv = invocation(request);
      const row = await service.updateAccount(inv, request.params.id, expected, request.body);
      setEtag(reply, row.version);
      return service.accountView(inv.tenantId, row);
    },
  );

  for (const action of ['archive', 'reactivate'] as const) {
    app.post(
      `/api/v1/bank-accounts/:id/${action}`,
      {
        config: { permission: 'banking.account.manage' },
        schema: { tags, summary: action === 'archive' ? 'Archive a bank account (its lines and entries stay; If-Match optional)' : 'Reactivate an archived bank account', params: s.idParams, response: { 200: s.accountResponse } },
      },
      async (request, reply) => {
        const inv = invocation(request);
        const expected = request.headers['if-match'] === undefined ? null : requireIfMatch(request);
        const row = await service.setArchived(inv, request.params.id, action === 'archive', expected);
        setEtag(reply, row.version);
        return service.accountView(inv.tenantId, row);
      },
    );
  }

  // ---------------- statements ----------------
  app.post(
    '/api/v1/bank-accounts/:id/statements',
    {
      bodyLimit: s.STATEMENT_BODY_LIMIT + 64 * 1024,
      config: { permission: 'banking.statement.import' },
      schema: {
        tags,
        summary: 'Import a statement file (JSON with the file base64-encoded): CSV with a mapping or preset, OFX/QFX, camt.053, camt.054 or MT940. Duplicates are skipped and counted; a balance mismatch is refused',
        params: s.idParams,
        body: s.importBody,
        response: { 201: s.importResponse },
      },
    },
    async (request, reply) => {
      const row = await service.importStatement(invocation(request), request.params.id, request.body);
      reply.header('location', `/api/v1/bank-accounts/${request.params.id}/statements`);
      return reply.code(201).send(importView(row));
    },
  );

  app.post(
    '/api/v1/bank-accounts/:id/statements/preview',
    {
      bodyLimit: s.STATEMENT_BODY_LIMIT + 64 * 1024,
      config: { permission: 'banking.statement.import' },
      schema: { tags, summary: 'Parse a statement file without saving: lines (first 100 per statement), balance check, duplicates already imported', params: s.idParams, body: s.importBody, response: { 200: s.previewResponse } },
    },
    async (request) => service.preview(requireTenant(request), request.params.id, request.body),
  );

  app.get(
    '/api/v1/bank-accounts/:id/statements',
    { config: { permission: 'banking.statement.read' }, schema: { tags, summary: 'Import history of the account, newest first, with counts', params: s.idParams, querystring: s.importsQuery, response: { 200: pageOf(s.importResponse) } } },
    async (request) => {
      const { limit, cursor } = request.query;
      const rows = await service.listImports(requireTenant(request), request.params.id, { after: keyCursor(cursor), limit });
      const items = rows.slice(0, limit);
      const last = items[items.length - 1];
      return { items: items.map(importView), nextCursor: rows.length > limit && last ? encodeCursor({ k: last.created_key, id: last.id }) : null };
    },
  );

  app.get(
    '/api/v1/bank-accounts/:id/statement-lines',
    {
      config: { permission: 'banking.statement.read' },
      schema: { tags, summary: 'Statement lines of the account by date: filter by dates, status, import, text and amount', params: s.idParams, querystring: s.linesQuery, response: { 200: pageOf(s.lineResponse) } },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      const position = decodeCursor(cursor);
      if (position && !isLineCursor(position.k, position.id)) throw badCursor();
      const after = position ? { date: (position.k as string).split('|')[0]!, seq: (position.k as string).split('|')[1]! } : undefined;
      const rows = await service.listLines(requireTenant(request), request.params.id, { ...filter, after, limit });
      const items = rows.slice(0, limit);
      const last = items[items.length - 1];
      return { items: items.map(lineView), nextCursor: rows.length > limit && last ? encodeCursor({ k: `${last.line_date}|${last.seq}`, id: last.id }) : null };
    },
  );

  // ---------------- CSV mapping presets ----------------
  app.get(
    '/api/v1/bank-statement-presets',
    { config: { permission: 'banking.statement.read' }, schema: { tags, summary: 'Saved CSV column mappings', querystring: s.listPresetsQuery, response: { 200: pageOf(s.presetResponse) } } },
    async (request) => {
      const { limit, cursor, bankName } = request.query;
      const rows = await service.listPresets(requireTenant(request), { bankName, after: keyCursor(cursor), limit });
      const items = rows.slice(0, limit);
      const last = items[items.length - 1];
      return { items: items.map(presetView), nextCursor: rows.length > limit && last ? encodeCursor({ k: last.name.toLowerCase(), id: last.id }) : null };
    },
  );

  app.post(
    '/api/v1/bank-statement-presets',
    { config: { permission: 'banking.statement.import' }, schema: { tags, summary: 'Save a CSV column mapping for a bank', body: s.presetBody, response: { 201: s.presetResponse } } },
    async (request, reply) => {
      const row = await service.createPreset(invocation(request), request.body);
      setEtag(reply, row.version);
      return reply.code(201).send(presetView(row));
    },
  );

  app.get(
    '/api/v1/bank-statement-presets/:id',
    { config: { permission: 'banking.statement.read' }, schema: { tags, summary: 'One saved CSV mapping', params: s.idParams, response: { 200: s.presetResponse } } },
    async (request, reply) => {
      const row = await service.getPreset(requireTenant(request), request.params.id);
      setEtag(reply, row.version);
      return presetView(row);
    },
  );

  app.put(
    '/api/v1/bank-statement-presets/:id',
    { config: { permission: 'banking.statement.import' }, schema: { tags, summary: 'Change a saved CSV mapping (send If-Match)', params: s.idParams, body: s.presetBody, response: { 200: s.presetResponse } } },
    async (request, reply) => {
      const expected = requireIfMatch(request);
      const row = await service.updatePreset(invocation(request), request.params.id, expected, request.body);
      setEtag(reply, row.version);
      return presetView(row);
    },
  );

  app.delete(
    '/api/v1/bank-statement-presets/:id',
    { config: { permission: 'banking.statement.import' }, schema: { tags, summary: 'Delete a saved CSV mapping', params: s.idParams } },
    async (request, reply) => {
      await service.deletePreset(invocation(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
