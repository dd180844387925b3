import type { FastifyRequest } from 'fastify';
import { AppError, isUuid, type Invocation } from '../../kernel/index.js';
import { actorOf, decodeCursor, encodeCursor, pageOf, requirePrincipal, requireTenant, setEtag, type KontorApp } from '../../platform/http/index.js';
import * as s from './fx-schemas.js';
import { rateView, type RatesService } from './rates.js';
import type { RevaluationService } from './revaluation.js';
import { idParams, isRealDate } from './schemas.js';

function invocation(request: FastifyRequest): Invocation {
  return { actor: actorOf(requirePrincipal(request)), tenantId: requireTenant(request), requestId: request.id, ip: request.ip };
}

/** A cursor this API issued: a rate date and a uuid; anything else is a 400, never a failed cast. */
function rateCursor(cursor: string | undefined): { date: string; id: string } | undefined {
  const position = decodeCursor(cursor);
  if (!position) return undefined;
  if (typeof position.k !== 'string' || !isRealDate(position.k) || !isUuid(position.id)) {
    throw new AppError('validation', 'REQUEST.INVALID_CURSOR', 'The cursor is not one this API issued', { errors: [{ path: 'querystring.cursor', message: 'invalid cursor' }] });
  }
  return { date: position.k, id: position.id };
}

/** Exchange rates (manual, CSV, provider) and period-end revaluation. */
export function fxRoutes(app: KontorApp, rates: RatesService, revaluation: RevaluationService): void {
  app.get(
    '/api/v1/ledger/rates',
    {
      config: { permission: 'ledger.rates.read' },
      schema: { tags: ['exchange rates'], summary: 'Exchange rates into the base currency, newest first', querystring: s.listRatesQuery, response: { 200: pageOf(s.rateResponse) } },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      const rows = await rates.list(requireTenant(request), { ...filter, limit, after: rateCursor(cursor) });
      const items = rows.slice(0, limit);
      const last = items[items.length - 1];
      return { items: items.map(rateView), nextCursor: rows.length > limit && last ? encodeCursor({ k: last.rate_date, id: last.id }) : null };
    },
  );

  app.put(
    '/api/v1/ledger/rates',
    {
      config: { permission: 'ledger.rates.manage' },
      schema: {
        tags: ['exchange rates'],
        summary: 'Add or replace rates: one per currency and date, `rate` units of base currency per unit of `currency`',
        body: s.upsertRatesBody,
        response: { 200: s.ratesResponse },
      },
    },
    async (request) => ({ items: await rates.upsert(invocation(request), request.body.rates) }),
  );

  app.get(
    '/api/v1/ledger/rates/:id',
    { config: { permission: 'ledger.rates.read' }, schema: { tags: ['exchange rates'], summary: 'One exchange rate', params: idParams, response: { 200: s.rateResponse } } },
    async (request, reply) => {
      const rate = await rates.get(requireTenant(request), request.params.id);
      setEtag(reply, rate.version);
      return rate;
    },
  );

  app.delete(
    '/api/v1/ledger/rates/:id',
    { config: { permission: 'ledger.rates.manage' }, schema: { tags: ['exchange rates'], summary: 'Delete an exchange rate (posted entries keep their base amounts)', params: idParams } },
    async (request, reply) => {
      await rates.delete(invocation(request), request.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/ledger/rates/import',
    {
      config: { permission: 'ledger.rates.manage' },
      schema: {
        tags: ['exchange rates'],
        summary: 'Import rates from CSV `date,currency,rate` (all or nothing; bad rows are named by line)',
        body: s.importRatesBody,
        response: { 200: s.ratesResponse },
      },
    },
    async (request) => ({ items: await rates.importCsv(invocation(request), request.body.csv) }),
  );

  app.post(
    '/api/v1/ledger/rates/fetch',
    {
      config: { permission: 'ledger.rates.manage' },
      schema: {
        tags: ['exchange rates'],
        summary: "Fetch the provider's latest reference rates (ECB), cross-rated to the base currency, and store them",
        body: s.fetchRatesBody,
        response: { 200: s.fetchedRatesResponse },
      },
    },
    async (request) => rates.fetch(invocation(request), { currencies: request.body.currencies }),
  );

  app.get(
    '/api/v1/ledger/revaluation/preview',
    {
      config: { permission: 'ledger.report.read' },
      schema: {
        tags: ['exchange rates'],
        summary: 'What a revaluation at a date would post: each open foreign balance at the closing rate against its carried base value',
        querystring: s.revaluationQuery,
        response: { 200: s.revaluationResponse },
      },
    },
    async (request) => revaluation.preview(requireTenant(request), request.query.date),
  );

  app.post(
    '/api/v1/ledger/revaluation',
    {
      config: { permission: 'ledger.revaluation.post' },
      schema: {
        tags: ['exchange rates'],
        summary: 'Post unrealised exchange gain/loss at a date (reversed the next day); 200 with posted=false when nothing changed',
        body: s.revaluationBody,
        response: { 200: s.revaluationResponse, 201: s.revaluationResponse },
      },
    },
    async (request, reply) => {
      const result = await revaluation.run(invocation(request), request.body);
      if (result.entry && result.posted) reply.header('location', `/api/v1/journal-entries/${result.entry.id}`);
      return reply.code(result.posted ? 201 : 200).send(result);
    },
  );
}
