import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, isUuid, type Invocation } from '../../kernel/index.js';
import { actorOf, decodeCursor, encodeCursor, isRealDate, pageOf, requireIfMatch, requirePrincipal, requireTenant, setEtag, type KontorApp } from '../../platform/http/index.js';
import * as s from './schemas.js';
import type { InventoryService } from './service.js';

function invocation(request: FastifyRequest): Invocation {
  return { actor: actorOf(requirePrincipal(request)), tenantId: requireTenant(request), requestId: request.id, ip: request.ip };
}

const invalidCursor = () =>
  new AppError('validation', 'REQUEST.INVALID_CURSOR', 'The cursor is not one this API issued', { errors: [{ path: 'querystring.cursor', message: 'invalid cursor' }] });

const tags = ['inventory'];

/** A keyset position of a list ordered by a date then id (newest first). */
function datePosition(cursor: string | undefined): { date: string; id: string } | undefined {
  const position = decodeCursor(cursor);
  if (!position) return undefined;
  if (typeof position.k !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(position.k) || !isRealDate(position.k) || !isUuid(position.id)) throw invalidCursor();
  return { date: position.k, id: position.id };
}

export function inventoryRoutes(app: KontorApp, inventory: InventoryService): void {
  app.get(
    '/api/v1/inventory/settings',
    { config: { permission: 'inventory.stock.read' }, schema: { tags, summary: 'Valuation method and negative-stock policy', response: { 200: s.settingsResponse } } },
    async (request, reply) => {
      const view = await inventory.getSettings(requireTenant(request));
      setEtag(reply, view.version);
      return view;
    },
  );

  app.put(
    '/api/v1/inventory/settings',
    {
      config: { permission: 'inventory.settings.update' },
      schema: { tags, summary: 'Change the valuation method (only before the first move) or allow negative stock (send If-Match)', body: s.settingsBody, response: { 200: s.settingsResponse } },
    },
    async (request, reply) => {
      const view = await inventory.updateSettings(invocation(request), requireIfMatch(request), request.body);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.get(
    '/api/v1/stock',
    { config: { permission: 'inventory.stock.read' }, schema: { tags, summary: 'Stock on hand per store and product (non-zero)', querystring: s.stockQuery, response: { 200: pageOf(s.balanceResponse) } } },
    async (request) => {
      const { limit, cursor, storeId, productId } = request.query;
      const position = decodeCursor(cursor);
      if (position && (typeof position.k !== 'string' || !isUuid(position.k) || !isUuid(position.id))) throw invalidCursor();
      const after = position ? { storeId: position.id, productId: position.k as string } : undefined;
      const { rows, items } = await inventory.stock(requireTenant(request), { storeId, productId, limit, after });
      const last = rows[limit - 1];
      return { items, nextCursor: rows.length > limit && last ? encodeCursor({ k: last.product_id, id: last.store_id }) : null };
    },
  );

  app.get(
    '/api/v1/products/:id/stock-ledger',
    {
      config: { permission: 'inventory.stock.read' },
      schema: { tags, summary: "A product's stock moves in order, with running quantity and value", params: s.idParams, querystring: s.ledgerQuery, response: { 200: pageOf(s.ledgerLineResponse) } },
    },
    async (request) => {
      const { limit, cursor, storeId, from, to } = request.query;
      const position = decodeCursor(cursor);
      if (position && (typeof position.k !== 'string' || !/^[0-9]{1,18}$/.test(position.k) || position.id !== request.params.id)) throw invalidCursor();
      const { rows, items } = await inventory.productLedger(requireTenant(request), request.params.id, { storeId, from, to, limit, afterSeq: position?.k as string | undefined });
      const last = rows[limit - 1];
      return { items, nextCursor: rows.length > limit && last ? encodeCursor({ k: String(last.seq), id: request.params.id }) : null };
    },
  );

  const document = (url: string, summary: string, body: z.ZodTypeAny, run: (inv: Invocation, body: never) => Promise<z.infer<typeof s.documentResponse>>) =>
    app.post(url, { config: { permission: 'inventory.stock.move' }, schema: { tags, summary, body, response: { 201: s.documentResponse } } }, async (request, reply) =>
      reply.code(201).send(await run(invocation(request), request.body as never)),
    );
  document('/api/v1/stock/receipts', 'Receive stock into a store (all lines or none); Dr Inventory / Cr Stock Received Not Billed or the given account', s.receiptBody, (inv, b) =>
    inventory.receipt(inv, b),
  );
  document('/api/v1/stock/issues', 'Issue stock from a store at its FIFO or average cost; Dr Cost of Goods Sold (or the given account) / Cr Inventory', s.issueBody, (inv, b) =>
    inventory.issue(inv, b),
  );
  document('/api/v1/stock/adjustments', 'Adjust stock up or down with a reason; against the Stock Adjustment account', s.adjustmentBody, (inv, b) => inventory.adjustment(inv, b));

  app.post(
    '/api/v1/stores/transfer',
    {
      config: { permission: 'inventory.transfer.manage' },
      schema: { tags: ['inventory', 'stores'], summary: 'Move stock between stores at the source cost: direct, or dispatched (in transit) and received later', body: s.transferBody, response: { 201: s.transferResponse } },
    },
    async (request, reply) => reply.code(201).send(await inventory.transfer(invocation(request), request.body)),
  );

  app.get(
    '/api/v1/stock/transfers',
    {
      config: { permission: 'inventory.stock.read' },
      schema: { tags, summary: 'Transfers, newest dispatch first: by status, store (from or to) and dispatch date range', querystring: s.transfersQuery, response: { 200: pageOf(s.transferResponse) } },
    },
    async (request) => {
      const { limit, cursor, status, storeId, from, to } = request.query;
      const after = datePosition(cursor);
      const { rows, items } = await inventory.listTransfers(requireTenant(request), { status, storeId, from, to, after, limit });
      const last = rows[limit - 1];
      return { items, nextCursor: rows.length > limit && last ? encodeCursor({ k: last.dispatch_date, id: last.id }) : null };
    },
  );

  app.get(
    '/api/v1/stock/counts',
    { config: { permission: 'inventory.stock.read' }, schema: { tags, summary: 'Count sheets, newest first: by store and status (open, posted)', querystring: s.countsQuery, response: { 200: pageOf(s.countSummaryResponse) } } },
    async (request) => {
      const { limit, cursor, status, storeId } = request.query;
      const after = datePosition(cursor);
      const { rows, items } = await inventory.listCounts(requireTenant(request), { status, storeId, after, limit });
      const last = rows[limit - 1];
      return { items, nextCursor: rows.length > limit && last ? encodeCursor({ k: last.count_date, id: last.id }) : null };
    },
  );

  app.get(
    '/api/v1/stock/transfers/:id',
    { config: { permission: 'inventory.stock.read' }, schema: { tags, summary: 'One transfer', params: s.idParams, response: { 200: s.transferResponse } } },
    async (request, reply) => {
      const view = await inventory.getTransfer(requireTenant(request), request.params.id);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/api/v1/stock/transfers/:id/receive',
    {
      config: { permission: 'inventory.transfer.manage' },
      schema: { tags, summary: 'Receive a dispatched transfer into the destination store', params: s.idParams, body: s.receiveTransferBody, response: { 200: s.transferResponse } },
    },
    async (request) => inventory.receiveTransfer(invocation(request), request.params.id, request.body.date),
  );

  app.get(
    '/api/v1/stores/:id/summary',
    { config: { permission: 'inventory.stock.read' }, schema: { tags: ['inventory', 'stores'], summary: 'Stock value, movement in a period (default: this month) and top items by value', params: s.idParams, querystring: s.summaryQuery, response: { 200: s.summaryResponse } } },
    async (request) => inventory.summary(requireTenant(request), request.params.id, request.query),
  );

  app.get(
    '/api/v1/products/:id/tracking',
    { config: { permission: 'inventory.stock.read' }, schema: { tags, summary: 'How the product is tracked: none, batch (lots, with or without expiry) or serial', params: s.idParams, response: { 200: s.trackingResponse } } },
    async (request, reply) => {
      const view = await inventory.getTracking(requireTenant(request), request.params.id);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.put(
    '/api/v1/products/:id/tracking',
    {
      config: { permission: 'inventory.settings.update' },
      schema: { tags, summary: 'Track the product by lot or serial (or not); the mode changes only while there is no stock (send If-Match)', params: s.idParams, body: s.trackingBody, response: { 200: s.trackingResponse } },
    },
    async (request, reply) => {
      const view = await inventory.setTracking(invocation(request), request.params.id, requireIfMatch(request), request.body);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.get(
    '/api/v1/products/:id/lots',
    {
      config: { permission: 'inventory.stock.read' },
      schema: { tags, summary: 'Lots of a product per store with quantity and expiry, first expiry first', params: s.idParams, querystring: s.lotsQuery, response: { 200: z.object({ items: z.array(s.lotBalanceResponse) }) } },
    },
    async (request) => ({ items: await inventory.productLots(requireTenant(request), request.params.id, { ...request.query, includeEmpty: request.query.includeEmpty === 'true' }) }),
  );

  app.get(
    '/api/v1/products/:id/serials',
    { config: { permission: 'inventory.stock.read' }, schema: { tags, summary: 'Serial numbers of a product: in stock (with the store), in transit or out', params: s.idParams, querystring: s.serialsQuery, response: { 200: pageOf(s.serialResponse) } } },
    async (request) => {
      const { limit, cursor, status, storeId } = request.query;
      const position = decodeCursor(cursor);
      if (position && (typeof position.k !== 'string' || position.id !== request.params.id)) throw invalidCursor();
      const { rows, items } = await inventory.productSerials(requireTenant(request), request.params.id, { status, storeId, limit, after: position?.k as string | undefined });
      const last = rows[limit - 1];
      return { items, nextCursor: rows.length > limit && last ? encodeCursor({ k: last.serial, id: request.params.id }) : null };
    },
  );

  app.get(
    '/api/v1/stock/expiring',
    {
      config: { permission: 'inventory.stock.read' },
      schema: { tags, summary: 'Lots with stock expiring before a date (default: in the next 30 days), earliest first', querystring: s.expiringQuery, response: { 200: z.object({ before: z.string(), items: z.array(s.expiringResponse) }) } },
    },
    async (request) => inventory.expiring(requireTenant(request), request.query),
  );

  app.get(
    '/api/v1/stock/reorder-levels',
    { config: { permission: 'inventory.stock.read' }, schema: { tags, summary: 'Reorder levels with stock on hand; lowOnly=true for the reorder report', querystring: s.reorderQuery, response: { 200: z.object({ items: z.array(s.reorderResponse) }) } } },
    async (request) => ({ items: await inventory.reorderLevels(requireTenant(request), { ...request.query, lowOnly: request.query.lowOnly === 'true' }) }),
  );

  app.put(
    '/api/v1/stock/reorder-levels',
    { config: { permission: 'inventory.stock.move' }, schema: { tags, summary: 'Set (or clear with null) the reorder level of a product in a store', body: s.reorderBody, response: { 200: z.object({ item: s.reorderResponse.nullable() }) } } },
    async (request) => ({ item: await inventory.setReorderLevel(invocation(request), request.body) }),
  );

  app.post(
    '/api/v1/stock/counts',
    { config: { permission: 'inventory.count.manage' }, schema: { tags, summary: 'Start a count sheet for a store: expected quantities are snapshotted', body: s.createCountBody, response: { 201: s.countResponse } } },
    async (request, reply) => {
      const view = await inventory.createCount(invocation(request), request.body);
      setEtag(reply, view.version);
      reply.header('location', `/api/v1/stock/counts/${view.id}`);
      return reply.code(201).send(view);
    },
  );

  app.get(
    '/api/v1/stock/counts/:id',
    { config: { permission: 'inventory.stock.read' }, schema: { tags, summary: 'One count sheet', params: s.idParams, response: { 200: s.countResponse } } },
    async (request, reply) => {
      const view = await inventory.getCount(requireTenant(request), request.params.id);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.put(
    '/api/v1/stock/counts/:id/lines',
    { config: { permission: 'inventory.count.manage' }, schema: { tags, summary: 'Enter counted quantities (send If-Match)', params: s.idParams, body: s.countLinesBody, response: { 200: s.countResponse } } },
    async (request, reply) => {
      const view = await inventory.enterCounts(invocation(request), request.params.id, requireIfMatch(request), request.body.lines);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/api/v1/stock/counts/:id/post',
    {
      config: { permission: 'inventory.count.manage' },
      schema: { tags, summary: 'Post a count: adjustments to the counted quantities and their ledger entry, in one transaction', params: s.idParams, response: { 200: s.countResponse.extend({ entryId: z.string().nullable(), adjustments: z.number() }) } },
    },
    async (request, reply) => {
      const expected = request.headers['if-match'] === undefined ? null : requireIfMatch(request);
      const view = await inventory.postCount(invocation(request), request.params.id, expected);
      setEtag(reply, view.version);
      return view;
    },
  );
}
