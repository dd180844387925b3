import type { FastifyRequest } from 'fastify';
import { AppError, isRealDate, type Invocation } from '../../../kernel/index.js';
import { actorOf, decodeCursor, encodeCursor, pageOf, requireIfMatch, requirePrincipal, requireTenant, setEtag, type KontorApp } from '../../../platform/http/index.js';
import * as s from './schemas.js';
import type { PaymentsService } from './service.js';

function invocation(request: FastifyRequest): Invocation {
  return { actor: actorOf(requirePrincipal(request)), tenantId: requireTenant(request), requestId: request.id, ip: request.ip };
}

const invalidCursor = () =>
  new AppError('validation', 'REQUEST.INVALID_CURSOR', 'The cursor is not one this API issued', { errors: [{ path: 'querystring.cursor', message: 'invalid cursor' }] });

/** If-Match is optional on actions: when sent, the payment must still be at that version. */
const optionalIfMatch = (request: FastifyRequest) => (request.headers['if-match'] === undefined ? null : requireIfMatch(request));

const tags = ['payments'];

export function paymentRoutes(app: KontorApp, payments: PaymentsService): void {
  app.get(
    '/api/v1/payments/settings',
    { config: { permission: 'sales.payment.read' }, schema: { tags, summary: 'Payment settings: the largest write-off per invoice, in base currency', response: { 200: s.settingsResponse } } },
    async (request, reply) => {
      const view = await payments.getSettings(requireTenant(request));
      setEtag(reply, view.version);
      return view;
    },
  );

  app.put(
    '/api/v1/payments/settings',
    { config: { permission: 'sales.payment.settings' }, schema: { tags, summary: 'Change the write-off limit (send If-Match)', body: s.settingsBody, response: { 200: s.settingsResponse } } },
    async (request, reply) => {
      const view = await payments.updateSettings(invocation(request), requireIfMatch(request), request.body.writeOffLimit);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/api/v1/invoices/:id/payment',
    {
      config: { permission: 'sales.payment.record' },
      schema: {
        tags: ['payments', 'invoices'],
        summary: 'Record a payment against one invoice (optionally writing off a small difference); Dr deposit account / Cr receivable',
        params: s.idParams,
        body: s.invoicePaymentBody,
        response: { 201: s.paymentResponse },
      },
    },
    async (request, reply) => {
      const view = await payments.recordForInvoice(invocation(request), request.params.id, request.body);
      setEtag(reply, view.version);
      reply.header('location', `/api/v1/payments/${view.id}`);
      return reply.code(201).send(view);
    },
  );

  app.post(
    '/api/v1/payments',
    {
      config: { permission: 'sales.payment.record' },
      schema: {
        tags,
        summary: "Record a payment received: allocated to one or more of the customer's invoices, the rest kept as a customer advance",
        body: s.recordBody,
        response: { 201: s.paymentResponse },
      },
    },
    async (request, reply) => {
      const view = await payments.record(invocation(request), request.body);
      setEtag(reply, view.version);
      reply.header('location', `/api/v1/payments/${view.id}`);
      return reply.code(201).send(view);
    },
  );

  app.get(
    '/api/v1/payments',
    { config: { permission: 'sales.payment.read' }, schema: { tags, summary: 'Payments received, newest first; filter by customer, date range and status', querystring: s.listQuery, response: { 200: pageOf(s.paymentResponse) } } },
    async (request) => {
      const { limit, cursor, customerId, from, to, status } = request.query;
      const position = decodeCursor(cursor);
      if (position && (typeof position.k !== 'string' || !isRealDate(position.k) || !/^[0-9a-f-]{36}$/i.test(position.id))) throw invalidCursor();
      const after = position ? { date: position.k as string, id: position.id } : undefined;
      const { rows, items } = await payments.list(requireTenant(request), { customerId, from, to, status, after, limit });
      const last = rows[limit - 1];
      return { items, nextCursor: rows.length > limit && last ? encodeCursor({ k: last.payment_date, id: last.id }) : null };
    },
  );

  app.get(
    '/api/v1/payments/:id',
    { config: { permission: 'sales.payment.read' }, schema: { tags, summary: 'One payment with its allocations', params: s.idParams, response: { 200: s.paymentResponse } } },
    async (request, reply) => {
      const view = await payments.get(requireTenant(request), request.params.id);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/api/v1/payments/:id/apply',
    {
      config: { permission: 'sales.payment.record' },
      schema: { tags, summary: "Apply the payment's unapplied advance to invoices (Dr Customer Advances / Cr receivable)", params: s.idParams, body: s.applyBody, response: { 200: s.paymentResponse } },
    },
    async (request, reply) => {
      const view = await payments.apply(invocation(request), request.params.id, optionalIfMatch(request), request.body);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/api/v1/payments/:id/reverse',
    {
      config: { permission: 'sales.payment.reverse' },
      schema: { tags, summary: 'Reverse a payment: its ledger entries are reversed and every settlement taken back', params: s.idParams, body: s.reverseBody, response: { 200: s.paymentResponse } },
    },
    async (request, reply) => {
      const view = await payments.reverse(invocation(request), request.params.id, optionalIfMatch(request), request.body ?? {});
      setEtag(reply, view.version);
      return view;
    },
  );

  app.get(
    '/api/v1/customers/:id/advances',
    { config: { permission: 'sales.payment.read' }, schema: { tags: ['payments', 'customers'], summary: "The customer's unapplied advances (over-payments and payments before invoicing)", params: s.idParams, response: { 200: s.advancesResponse } } },
    async (request) => payments.advances(requireTenant(request), request.params.id),
  );

  app.post(
    '/api/v1/customers/:id/advances/apply',
    {
      config: { permission: 'sales.payment.record' },
      schema: { tags: ['payments', 'customers'], summary: "Apply the customer's advances, oldest first, to invoices", params: s.idParams, body: s.applyBody, response: { 200: s.applyAdvancesResponse } },
    },
    async (request) => payments.applyCustomerAdvances(invocation(request), request.params.id, request.body),
  );
}
