import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, isUuid, type Invocation } from '../../../kernel/index.js';
import { actorOf, decodeCursor, encodeCursor, pageOf, requireIfMatch, requirePrincipal, requireTenant, setEtag, type KontorApp } from '../../../platform/http/index.js';
import * as s from './schemas.js';
import type { OrdersService } from './service.js';

function invocation(request: FastifyRequest): Invocation {
  return { actor: actorOf(requirePrincipal(request)), tenantId: requireTenant(request), requestId: request.id, ip: request.ip };
}

/** Optional If-Match: when sent it must match; when absent the action proceeds. */
function optionalIfMatch(request: FastifyRequest): number | null {
  return request.headers['if-match'] === undefined ? null : requireIfMatch(request);
}

function cursorOf(cursor: string | undefined): { k: string; id: string } | undefined {
  const position = decodeCursor(cursor);
  if (!position) return undefined;
  if (typeof position.k !== 'string' || position.k.length > 40 || !isUuid(position.id)) {
    throw new AppError('validation', 'REQUEST.INVALID_CURSOR', 'The cursor is not one this API issued', { errors: [{ path: 'querystring.cursor', message: 'invalid cursor' }] });
  }
  return { k: position.k, id: position.id };
}

const page = <T>(p: { items: T[]; nextCursor: { k: string; id: string } | null }) => ({ items: p.items, nextCursor: p.nextCursor ? encodeCursor(p.nextCursor) : null });

function sendPdf(reply: FastifyReply, file: { filename: string; content: Buffer }) {
  reply.header('content-disposition', `inline; filename="${file.filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`);
  return reply.type('application/pdf').send(file.content);
}

const Q = ['quotations'];
const O = ['sales-orders'];
const D = ['delivery-notes'];

export function orderRoutes(app: KontorApp, orders: OrdersService): void {
  // ---------------- approval rules and inbox ----------------

  app.get(
    '/api/v1/sales/approval-rules',
    { config: { permission: 'sales.quotation.read' }, schema: { tags: Q, summary: 'Quotation approval rules: a line discount or total above these needs a manager', response: { 200: s.approvalRulesResponse } } },
    async (request, reply) => {
      const view = await orders.getRules(requireTenant(request));
      setEtag(reply, view.version);
      return view;
    },
  );

  app.put(
    '/api/v1/sales/approval-rules',
    {
      config: { permission: 'sales.quotation.approve' },
      schema: { tags: Q, summary: 'Set the approval rules (null turns a rule off; send If-Match)', body: s.approvalRulesBody, response: { 200: s.approvalRulesResponse } },
    },
    async (request, reply) => {
      const view = await orders.updateRules(invocation(request), requireIfMatch(request), request.body);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.get(
    '/api/v1/sales/approvals',
    { config: { permission: 'sales.quotation.approve' }, schema: { tags: Q, summary: 'The approvals inbox: quotations waiting for approval, oldest first', querystring: s.approvalsQuery, response: { 200: pageOf(s.quotationResponse) } } },
    async (request) => page(await orders.approvals(requireTenant(request), { limit: request.query.limit, after: cursorOf(request.query.cursor) })),
  );

  // ---------------- quotations ----------------

  app.get(
    '/api/v1/quotations',
    { config: { permission: 'sales.quotation.read' }, schema: { tags: Q, summary: 'Quotations, newest first (status, customer)', querystring: s.quotationListQuery, response: { 200: pageOf(s.quotationResponse) } } },
    async (request) => {
      const { limit, cursor, status, customerId } = request.query;
      return page(await orders.listQuotations(requireTenant(request), { limit, status, customerId, after: cursorOf(cursor) }));
    },
  );

  app.post(
    '/api/v1/quotations',
    { config: { permission: 'sales.quotation.manage' }, schema: { tags: Q, summary: 'A draft quotation: catalog or free-text lines, priced and taxed', body: s.quotationBody, response: { 201: s.quotationResponse } } },
    async (request, reply) => {
      const view = await orders.createQuotation(invocation(request), request.body);
      setEtag(reply, view.version);
      reply.header('location', `/api/v1/quotations/${view.id}`);
      return reply.code(201).send(view);
    },
  );

  app.get(
    '/api/v1/quotations/:id',
    { config: { permission: 'sales.quotation.read' }, schema: { tags: Q, summary: 'One quotation (status `expired` once past its validity date)', params: s.idParams, response: { 200: s.quotationResponse } } },
    async (request, reply) => {
      const view = await orders.getQuotation(requireTenant(request), request.params.id);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.put(
    '/api/v1/quotations/:id',
    {
      config: { permission: 'sales.quotation.manage' },
      schema: {
        tags: Q,
        summary: 'Change a quotation (send If-Match): a draft in place; a submitted, approved, rejected or sent one becomes a new revision, back in draft',
        params: s.idParams,
        body: s.quotationBody,
        response: { 200: s.quotationResponse },
      },
    },
    async (request, reply) => {
      const view = await orders.updateQuotation(invocation(request), request.params.id, requireIfMatch(request), request.body);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.get(
    '/api/v1/quotations/:id/revisions',
    { config: { permission: 'sales.quotation.read' }, schema: { tags: Q, summary: 'Every revision of a quotation, oldest first, the current one last', params: s.idParams, response: { 200: z.object({ items: z.array(s.revisionResponse) }) } } },
    async (request) => ({ items: await orders.revisions(requireTenant(request), request.params.id) }),
  );

  const action = (name: string, summary: string, permission: string, run: (request: FastifyRequest<{ Params: { id: string }; Body: never }>) => Promise<z.infer<typeof s.quotationResponse>>, body: z.ZodTypeAny = s.emptyBody) =>
    app.post(`/api/v1/quotations/:id/${name}`, { config: { permission }, schema: { tags: Q, summary, params: s.idParams, body, response: { 200: s.quotationResponse } } }, async (request, reply) => {
      const view = await run(request as never);
      setEtag(reply, view.version);
      return view;
    });

  action('submit', 'Ask for approval (numbered; without a rule that applies it is approved at once)', 'sales.quotation.manage', (r) => orders.submit(invocation(r), r.params.id, optionalIfMatch(r)));
  action('send', 'Mark sent (numbered); one that needs approval goes to the approvals inbox instead', 'sales.quotation.manage', (r) => orders.send(invocation(r), r.params.id, optionalIfMatch(r)));
  action(
    'approve',
    'Approve a quotation waiting for approval (not your own)',
    'sales.quotation.approve',
    (r) => orders.approve(invocation(r), r.params.id, (r.body as { reason?: string | null } | undefined)?.reason ?? null),
    s.approveBody.nullish(),
  );
  action('reject', 'Reject a quotation waiting for approval, with a reason', 'sales.quotation.approve', (r) => orders.reject(invocation(r), r.params.id, (r.body as { reason: string }).reason), s.rejectBody);
  action('accept', 'The customer accepted the sent quotation', 'sales.quotation.manage', (r) => orders.accept(invocation(r), r.params.id));
  action('decline', 'The customer declined the sent quotation', 'sales.quotation.manage', (r) => orders.decline(invocation(r), r.params.id));

  app.post(
    '/api/v1/quotations/:id/convert',
    {
      config: { permission: 'sales.order.manage' },
      schema: { tags: Q, summary: 'A sales order from an approved, sent or accepted quotation (once; again: 409 with the order id)', params: s.idParams, body: s.convertBody, response: { 201: s.orderResponse } },
    },
    async (request, reply) => {
      const view = await orders.convert(invocation(request), request.params.id, request.body ?? {});
      setEtag(reply, view.version);
      reply.header('location', `/api/v1/sales-orders/${view.id}`);
      return reply.code(201).send(view);
    },
  );

  app.get(
    '/api/v1/quotations/:id/pdf',
    { config: { permission: 'sales.quotation.read' }, schema: { tags: Q, summary: 'The quotation as a PDF', params: s.idParams } },
    async (request, reply) => sendPdf(reply, await orders.quotationPdf(requireTenant(request), request.params.id)),
  );

  // ---------------- sales orders ----------------

  app.get(
    '/api/v1/sales-orders',
    { config: { permission: 'sales.order.read' }, schema: { tags: O, summary: 'Sales orders, newest first, with fulfilment per line', querystring: s.orderListQuery, response: { 200: pageOf(s.orderResponse) } } },
    async (request) => {
      const { limit, cursor, status, customerId } = request.query;
      return page(await orders.listOrders(requireTenant(request), { limit, status, customerId, after: cursorOf(cursor) }));
    },
  );

  app.post(
    '/api/v1/sales-orders',
    {
      config: { permission: 'sales.order.manage' },
      schema: { tags: O, summary: 'A sales order (draft, or confirmed with `confirm: true`: credit check, number, stock reservation)', body: s.orderBody, response: { 201: s.orderResponse } },
    },
    async (request, reply) => {
      const view = await orders.createOrder(invocation(request), request.body);
      setEtag(reply, view.version);
      reply.header('location', `/api/v1/sales-orders/${view.id}`);
      return reply.code(201).send(view);
    },
  );

  app.get(
    '/api/v1/sales-orders/:id',
    { config: { permission: 'sales.order.read' }, schema: { tags: O, summary: 'One sales order: ordered, delivered, returned, invoiced and reserved per line', params: s.idParams, response: { 200: s.orderResponse } } },
    async (request, reply) => {
      const view = await orders.getOrder(requireTenant(request), request.params.id);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.put(
    '/api/v1/sales-orders/:id',
    { config: { permission: 'sales.order.manage' }, schema: { tags: O, summary: 'Change a draft sales order (send If-Match)', params: s.idParams, body: s.orderBody, response: { 200: s.orderResponse } } },
    async (request, reply) => {
      const view = await orders.updateOrder(invocation(request), request.params.id, requireIfMatch(request), request.body);
      setEtag(reply, view.version);
      return view;
    },
  );

  const orderAction = (name: string, summary: string, run: (request: FastifyRequest<{ Params: { id: string } }>) => Promise<z.infer<typeof s.orderResponse>>, body: z.ZodTypeAny = s.emptyBody) =>
    app.post(`/api/v1/sales-orders/:id/${name}`, { config: { permission: 'sales.order.manage' }, schema: { tags: O, summary, params: s.idParams, body, response: { 200: s.orderResponse } } }, async (request, reply) => {
      const view = await run(request as never);
      setEtag(reply, view.version);
      return view;
    });
  orderAction('confirm', 'Confirm a draft order: number, credit check (warn or block), stock reservation', (r) => orders.confirm(invocation(r), r.params.id, optionalIfMatch(r)));
  orderAction(
    'cancel',
    'Cancel an order nothing was delivered or invoiced on; reservations are released',
    (r) => orders.cancel(invocation(r), r.params.id, (r.body as { reason?: string | null } | undefined)?.reason ?? null),
    z.strictObject({ reason: z.string().trim().min(1).max(500).nullable().optional() }).nullish(),
  );
  orderAction('close', 'Close a confirmed order short; reservations are released', (r) => orders.close(invocation(r), r.params.id));

  app.post(
    '/api/v1/sales-orders/:id/invoice',
    {
      config: { permission: 'sales.order.manage' },
      schema: {
        tags: O,
        summary: 'An invoice (draft, or issued with `issue: true`) for what is not invoiced yet, or the given lines; delivered units are not issued from stock again',
        params: s.idParams,
        body: s.invoiceOrderBody,
        response: { 201: s.invoiceResultResponse },
      },
    },
    async (request, reply) => reply.code(201).send(await orders.invoiceOrder(invocation(request), request.params.id, request.body ?? {})),
  );

  app.get(
    '/api/v1/sales-orders/:id/pdf',
    { config: { permission: 'sales.order.read' }, schema: { tags: O, summary: 'The sales order as a PDF', params: s.idParams } },
    async (request, reply) => sendPdf(reply, await orders.orderPdf(requireTenant(request), request.params.id)),
  );

  // ---------------- delivery notes ----------------

  app.get(
    '/api/v1/delivery-notes',
    { config: { permission: 'sales.delivery.read' }, schema: { tags: D, summary: 'Delivery notes, newest first (order, customer)', querystring: s.deliveryListQuery, response: { 200: pageOf(s.deliveryResponse) } } },
    async (request) => {
      const { limit, cursor, salesOrderId, customerId } = request.query;
      return page(await orders.listDeliveries(requireTenant(request), { limit, salesOrderId, customerId, after: cursorOf(cursor) }));
    },
  );

  app.post(
    '/api/v1/delivery-notes',
    {
      config: { permission: 'sales.delivery.manage' },
      schema: { tags: D, summary: 'Deliver order lines (all that is left, or the given quantities): stock issued at cost, COGS posted', body: s.deliveryBody, response: { 201: s.deliveryResponse } },
    },
    async (request, reply) => {
      const view = await orders.createDelivery(invocation(request), request.body);
      setEtag(reply, view.version);
      reply.header('location', `/api/v1/delivery-notes/${view.id}`);
      return reply.code(201).send(view);
    },
  );

  app.get(
    '/api/v1/delivery-notes/:id',
    { config: { permission: 'sales.delivery.read' }, schema: { tags: D, summary: 'One delivery note with its returns', params: s.idParams, response: { 200: s.deliveryResponse } } },
    async (request, reply) => {
      const view = await orders.getDelivery(requireTenant(request), request.params.id);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/api/v1/delivery-notes/:id/return',
    {
      config: { permission: 'sales.delivery.manage' },
      schema: { tags: D, summary: 'Goods back into stock at the cost they left with, reducing the delivered quantity', params: s.idParams, body: s.returnBody, response: { 200: s.deliveryResponse } },
    },
    async (request, reply) => {
      const view = await orders.returnDelivery(invocation(request), request.params.id, request.body);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/api/v1/delivery-notes/:id/invoice',
    {
      config: { permission: 'sales.delivery.manage' },
      schema: {
        tags: D,
        summary: 'One invoice (draft, or issued with `issue: true`) for the delivered, not yet invoiced goods of this and other delivery notes of the customer',
        params: s.idParams,
        body: s.invoiceDeliveryBody,
        response: { 201: s.invoiceResultResponse },
      },
    },
    async (request, reply) => reply.code(201).send(await orders.invoiceDeliveries(invocation(request), request.params.id, request.body ?? {})),
  );

  app.get(
    '/api/v1/delivery-notes/:id/pdf',
    { config: { permission: 'sales.delivery.read' }, schema: { tags: D, summary: 'The delivery note (challan) as a PDF', params: s.idParams } },
    async (request, reply) => sendPdf(reply, await orders.deliveryPdf(requireTenant(request), request.params.id)),
  );
}
