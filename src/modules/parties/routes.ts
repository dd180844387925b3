import type { FastifyRequest } from 'fastify';
import { AppError, isUuid, type Invocation } from '../../kernel/index.js';
import { actorOf, decodeCursor, encodeCursor, hasPermission, pageOf, requireIfMatch, requirePrincipal, requireTenant, setEtag, type KontorApp } from '../../platform/http/index.js';
import type { PartyRow } from './repo.js';
import * as s from './schemas.js';
import type { PartiesService, PartyKind } from './service.js';
import { partyView } from './views.js';

function invocation(request: FastifyRequest): Invocation {
  return { actor: actorOf(requirePrincipal(request)), tenantId: requireTenant(request), requestId: request.id, ip: request.ip };
}

/** Optional If-Match: when sent it must match; when absent the action proceeds. */
function optionalIfMatch(request: FastifyRequest): number | null {
  return request.headers['if-match'] === undefined ? null : requireIfMatch(request);
}

function cursorKey(cursor: string | undefined): { k: string; id: string } | undefined {
  const position = decodeCursor(cursor);
  if (!position) return undefined;
  if (typeof position.k !== 'string' || position.k.length > 64 || !isUuid(position.id)) {
    throw new AppError('validation', 'REQUEST.INVALID_CURSOR', 'The cursor is not one this API issued', { errors: [{ path: 'querystring.cursor', message: 'invalid cursor' }] });
  }
  return { k: position.k, id: position.id };
}

const PLURAL: Record<PartyKind, string> = { customer: 'customers', vendor: 'vendors' };

export function partiesRoutes(app: KontorApp, parties: PartiesService): void {
  for (const kind of ['customer', 'vendor'] as const) {
    const base = `/api/v1/${PLURAL[kind]}`;
    const tags = [PLURAL[kind]];
    const can = (action: 'read' | 'create' | 'update' | 'suspend') => `parties.${kind}.${action}`;

    app.get(
      base,
      {
        config: { permission: can('read') },
        schema: { tags, summary: `${PLURAL[kind]}: search (q: name, GSTIN, phone, email), filter and page`, querystring: s.listPartiesQuery, response: { 200: pageOf(s.partyResponse) } },
      },
      async (request) => {
        const { limit, cursor, ...filter } = request.query;
        const after = cursorKey(cursor);
        const rows = await parties.list(requireTenant(request), { ...filter, kind, limit, after });
        const items = rows.slice(0, limit);
        const last = items[items.length - 1];
        const keyOf = (p: PartyRow) => (filter.sort === 'name' || filter.sort === '-name' ? p.display_name.toLowerCase() : p.created_key);
        return { items: items.map(partyView), nextCursor: rows.length > limit && last ? encodeCursor({ k: keyOf(last), id: last.id }) : null };
      },
    );

    app.post(
      base,
      {
        config: { permission: can('create') },
        schema: {
          tags,
          summary: `Add a ${kind}; a possible duplicate (same GSTIN or email) is reported in warnings, not refused`,
          body: s.createPartyBody,
          response: { 201: s.partyWithWarnings },
        },
      },
      async (request, reply) => {
        const { party, warnings } = await parties.create(invocation(request), kind, request.body);
        setEtag(reply, party.version);
        reply.header('location', `${base}/${party.id}`);
        return reply.code(201).send({ ...partyView(party), warnings });
      },
    );

    app.get(
      `${base}/:id`,
      { config: { permission: can('read') }, schema: { tags, summary: `One ${kind}`, params: s.idParams, response: { 200: s.partyResponse } } },
      async (request, reply) => {
        const party = await parties.get(requireTenant(request), kind, request.params.id);
        setEtag(reply, party.version);
        return partyView(party);
      },
    );

    app.put(
      `${base}/:id`,
      {
        config: { permission: can('update') },
        schema: { tags, summary: `Change a ${kind} (send If-Match); a changed opening balance replaces the posted one`, params: s.idParams, body: s.updatePartyBody, response: { 200: s.partyWithWarnings } },
      },
      async (request, reply) => {
        const expected = requireIfMatch(request);
        const { party, warnings } = await parties.update(invocation(request), kind, request.params.id, expected, request.body);
        setEtag(reply, party.version);
        return { ...partyView(party), warnings };
      },
    );

    app.delete(
      `${base}/:id`,
      { config: { permission: can('update') }, schema: { tags, summary: `Archive a ${kind} (parties are never deleted; their entries stay in the books)`, params: s.idParams, response: { 200: s.partyResponse } } },
      async (request, reply) => {
        const party = await parties.setStatus(invocation(request), request.params.id, 'archive', { kind, expectedVersion: optionalIfMatch(request), allowed: () => true });
        setEtag(reply, party.version);
        return partyView(party);
      },
    );

    app.get(
      `${base}/:id/ledger`,
      {
        config: { permission: can('read') },
        schema: {
          tags,
          summary: `The ${kind}'s statement from the ledger: opening balance, lines with a running balance, closing balance`,
          params: s.idParams,
          querystring: s.statementQuery,
          response: { 200: s.statementResponse },
        },
      },
      async (request) => parties.statement(requireTenant(request), kind, request.params.id, request.query),
    );
  }

  // A party seen by id whatever role it plays: the permissions needed follow from the party.
  app.get(
    '/api/v1/parties/:id',
    {
      config: { authenticated: true },
      schema: { tags: ['customers', 'vendors'], summary: 'One party, customer or vendor (needs the read permission of a role it plays)', params: s.idParams, response: { 200: s.partyResponse } },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const party = await parties.get(requireTenant(request), null, request.params.id);
      const readable = (party.is_customer && hasPermission(principal, 'parties.customer.read')) || (party.is_vendor && hasPermission(principal, 'parties.vendor.read'));
      if (!readable) throw new AppError('forbidden', 'AUTH.FORBIDDEN', 'You may not see this party');
      setEtag(reply, party.version);
      return partyView(party);
    },
  );

  // Suspending touches a customer, a vendor or both: the permissions needed follow from the party.
  for (const action of ['suspend', 'reactivate'] as const) {
    app.post(
      `/api/v1/parties/:id/${action}`,
      {
        config: { authenticated: true },
        schema: {
          tags: ['customers', 'vendors'],
          summary: `${action === 'suspend' ? 'Suspend' : 'Reactivate'} a party (needs parties.customer.suspend for a customer, parties.vendor.suspend for a vendor; If-Match optional)`,
          params: s.idParams,
          response: { 200: s.partyResponse },
        },
      },
      async (request, reply) => {
        const principal = requirePrincipal(request);
        const party = await parties.setStatus(invocation(request), request.params.id, action, {
          expectedVersion: optionalIfMatch(request),
          allowed: (p) => (!p.is_customer || hasPermission(principal, 'parties.customer.suspend')) && (!p.is_vendor || hasPermission(principal, 'parties.vendor.suspend')),
        });
        setEtag(reply, party.version);
        return partyView(party);
      },
    );
  }

  app.get(
    '/api/v1/parties/settings',
    { config: { permission: 'parties.customer.read' }, schema: { tags: ['customers'], summary: 'Parties settings: the credit-limit mode', response: { 200: s.settingsResponse } } },
    async (request, reply) => {
      const settings = await parties.getSettings(requireTenant(request));
      setEtag(reply, settings.version);
      return { creditLimitMode: settings.credit_limit_mode, version: settings.version };
    },
  );

  app.put(
    '/api/v1/parties/settings',
    {
      config: { permission: 'parties.settings.update' },
      schema: { tags: ['customers'], summary: 'Set the credit-limit mode: warn, or block sales over the limit (send If-Match)', body: s.settingsBody, response: { 200: s.settingsResponse } },
    },
    async (request, reply) => {
      const expected = requireIfMatch(request);
      const settings = await parties.updateSettings(invocation(request), request.body.creditLimitMode, expected);
      setEtag(reply, settings.version);
      return { creditLimitMode: settings.credit_limit_mode, version: settings.version };
    },
  );
}
