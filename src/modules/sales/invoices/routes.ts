import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, isUuid, isRealDate, type Invocation } from '../../../kernel/index.js';
import { actorOf, decodeCursor, encodeCursor, hasPermission, pageOf, requireIfMatch, requirePrincipal, requireTenant, setEtag, type KontorApp } from '../../../platform/http/index.js';
import * as s from './schemas.js';
import type { InvoiceService } from './service.js';

function invocation(request: FastifyRequest): Invocation {
  return { actor: actorOf(requirePrincipal(request)), tenantId: requireTenant(request), requestId: request.id, ip: request.ip };
}

/** Optional If-Match: when sent it must match; when absent the action proceeds. */
function optionalIfMatch(request: FastifyRequest): number | null {
  return request.headers['if-match'] === undefined ? null : requireIfMatch(request);
}

function cursorOf(cursor: string | undefined): { date: string; id: string } | undefined {
  const position = decodeCursor(cursor);
  if (!position) return undefined;
  if (typeof position.k !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(position.k) || !isRealDate(position.k) || !isUuid(position.id)) {
    throw new AppError('validation', 'REQUEST.INVALID_CURSOR', 'The cursor is not one this API issued', { errors: [{ path: 'querystring.cursor', message: 'invalid cursor' }] });
  }
  return { date: position.k, id: position.id };
}

function nextCursor<R>(rows: R[], limit: number, keyOf: (r: R) => { date: string; id: string }): string | null {
  const last = rows[limit - 1];
  if (rows.length <= limit || !last) return null;
  const k = keyOf(last);
  return encodeCursor({ k: k.date, id: k.id });
}

function sendPdf(reply: FastifyReply, file: { filename: string; content: Buffer }) {
  reply.header('content-disposition', `inline; filename="${file.filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`);
  return reply.type('application/pdf').send(file.content);
}

const invalidPeriod = () => new AppError('validation', 'SALES.INVALID_PERIOD', 'from must not be after to', { errors: [{ path: 'querystring.from', message: 'after to' }] });

const I = ['invoices'];
const C = ['credit-notes'];
const DN = ['debit-notes'];

export function invoiceRoutes(app: KontorApp, invoices: InvoiceService): void {
  // ---------------- settings ----------------

  app.get(
    '/api/v1/sales/settings',
    { config: { permission: 'sales.invoice.read' }, schema: { tags: I, summary: 'Invoice settings: UPI payee, default notes and terms, footer, round-off', response: { 200: s.settingsResponse } } },
    async (request, reply) => {
      const view = await invoices.getSettings(requireTenant(request));
      setEtag(reply, view.version);
      return view;
    },
  );

  app.put(
    '/api/v1/sales/settings',
    { config: { permission: 'sales.settings.update' }, schema: { tags: I, summary: 'Change the invoice settings (send If-Match)', body: s.settingsBody, response: { 200: s.settingsResponse } } },
    async (request, reply) => {
      const view = await invoices.updateSettings(invocation(request), requireIfMatch(request), request.body);
      setEtag(reply, view.version);
      return view;
    },
  );

  // ---------------- invoices ----------------

  app.get(
    '/api/v1/invoices',
    {
      config: { permission: 'sales.invoice.read' },
      schema: { tags: I, summary: 'Invoices, newest first: by status, customer, dates, overdue, or number (q)', querystring: s.listInvoicesQuery, response: { 200: pageOf(s.invoiceResponse) } },
    },
    async (request) => {
      const { limit, cursor, overdue, ...filter } = request.query;
      if (filter.from && filter.to && filter.from > filter.to) throw invalidPeriod();
      const { rows, items } = await invoices.list(requireTenant(request), { ...filter, kind: 'invoice', overdue: overdue === 'true', after: cursorOf(cursor), limit });
      return { items, nextCursor: nextCursor(rows, limit, (r) => ({ date: r.invoice_date, id: r.id })) };
    },
  );

  app.post(
    '/api/v1/invoices',
    {
      config: { permission: 'sales.invoice.create' },
      schema: { tags: I, summary: 'Create a draft invoice (issue: true to issue it in the same call)', body: s.createInvoiceBody, response: { 201: s.invoiceResponse } },
    },
    async (request, reply) => {
      const { issue, ...body } = request.body;
      if (issue && !hasPermission(requirePrincipal(request), 'sales.invoice.issue')) {
        throw new AppError('forbidden', 'AUTH.FORBIDDEN', 'Missing permission sales.invoice.issue', { extra: { permission: 'sales.invoice.issue' } });
      }
      const view = await invoices.create(invocation(request), body, issue === true);
      setEtag(reply, view.version);
      reply.header('location', `/api/v1/invoices/${view.id}`);
      return reply.code(201).send(view);
    },
  );

  app.get(
    '/api/v1/invoices/:id',
    { config: { permission: 'sales.invoice.read' }, schema: { tags: I, summary: 'One invoice with its lines', params: s.idParams, response: { 200: s.invoiceResponse } } },
    async (request, reply) => {
      const view = await invoices.view(requireTenant(request), request.params.id);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.put(
    '/api/v1/invoices/:id',
    {
      config: { permission: 'sales.invoice.create' },
      schema: { tags: I, summary: 'Replace a draft invoice (send If-Match); an issued invoice is refused with 409', params: s.idParams, body: s.updateInvoiceBody, response: { 200: s.invoiceResponse } },
    },
    async (request, reply) => {
      const view = await invoices.update(invocation(request), request.params.id, requireIfMatch(request), request.body);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.delete(
    '/api/v1/invoices/:id',
    { config: { permission: 'sales.invoice.create' }, schema: { tags: I, summary: 'Delete a draft invoice; an issued invoice is refused with 409', params: s.idParams } },
    async (request, reply) => {
      await invoices.remove(invocation(request), request.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/invoices/:id/issue',
    {
      config: { permission: 'sales.invoice.issue' },
      schema: { tags: I, summary: 'Issue a draft: number, credit check, ledger and stock postings in one transaction (If-Match optional)', params: s.idParams, response: { 200: s.invoiceResponse } },
    },
    async (request, reply) => {
      const view = await invoices.issueById(invocation(request), request.params.id, optionalIfMatch(request));
      setEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/api/v1/invoices/:id/void',
    {
      config: { permission: 'sales.invoice.void' },
      schema: { tags: I, summary: 'Void an issued, unsettled invoice: its ledger entry is reversed and its stock comes back (If-Match optional)', params: s.idParams, body: s.voidBody, response: { 200: s.invoiceResponse } },
    },
    async (request, reply) => {
      const view = await invoices.void(invocation(request), request.params.id, { reason: request.body?.reason, expected: optionalIfMatch(request) });
      setEtag(reply, view.version);
      return view;
    },
  );

  app.get(
    '/api/v1/invoices/:id/pdf',
    { config: { permission: 'sales.invoice.read' }, schema: { tags: I, summary: 'The invoice as a PDF (application/pdf)', params: s.idParams } },
    async (request, reply) => sendPdf(reply, await invoices.pdf(requireTenant(request), request.params.id, 'invoice')),
  );

  app.post(
    '/api/v1/invoices/:id/send',
    {
      config: { permission: 'sales.invoice.send' },
      schema: { tags: I, summary: "Email the invoice PDF (default recipient: the customer's email)", params: s.idParams, body: s.sendBody, response: { 202: z.object({ sent: z.literal(true) }) } },
    },
    async (request, reply) => {
      const body = request.body ?? {};
      await invoices.send(invocation(request), request.params.id, { ...(body.to && { to: body.to }), ...(body.cc && { cc: body.cc }), message: body.message ?? null });
      return reply.code(202).send({ sent: true as const });
    },
  );

  // ---------------- credit notes ----------------

  app.get(
    '/api/v1/credit-notes',
    { config: { permission: 'sales.invoice.read' }, schema: { tags: C, summary: 'Credit notes, newest first', querystring: s.listCreditNotesQuery, response: { 200: pageOf(s.creditNoteResponse) } } },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      if (filter.from && filter.to && filter.from > filter.to) throw invalidPeriod();
      const { rows, items } = await invoices.listCreditNotes(requireTenant(request), { ...filter, after: cursorOf(cursor), limit });
      return { items, nextCursor: nextCursor(rows, limit, (r) => ({ date: r.note_date, id: r.id })) };
    },
  );

  app.post(
    '/api/v1/credit-notes',
    {
      config: { permission: 'sales.credit_note.create' },
      schema: {
        tags: C,
        summary: 'Issue a credit note against invoice lines: tax reversed at the invoice rates, optional return to stock, applied to the amount due',
        body: s.creditNoteBody,
        response: { 201: s.creditNoteResponse },
      },
    },
    async (request, reply) => {
      const view = await invoices.createCreditNote(invocation(request), request.body);
      setEtag(reply, view.version);
      reply.header('location', `/api/v1/credit-notes/${view.id}`);
      return reply.code(201).send(view);
    },
  );

  app.get(
    '/api/v1/credit-notes/:id',
    { config: { permission: 'sales.invoice.read' }, schema: { tags: C, summary: 'One credit note', params: s.idParams, response: { 200: s.creditNoteResponse } } },
    async (request, reply) => {
      const view = await invoices.creditNote(requireTenant(request), request.params.id);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.get(
    '/api/v1/credit-notes/:id/pdf',
    { config: { permission: 'sales.invoice.read' }, schema: { tags: C, summary: 'The credit note as a PDF (application/pdf)', params: s.idParams } },
    async (request, reply) => {
      await invoices.creditNote(requireTenant(request), request.params.id);
      return sendPdf(reply, await invoices.creditNotePdf(requireTenant(request), request.params.id));
    },
  );

  // ---------------- debit notes ----------------

  app.get(
    '/api/v1/debit-notes',
    { config: { permission: 'sales.invoice.read' }, schema: { tags: DN, summary: 'Debit notes, newest first', querystring: s.listDebitNotesQuery, response: { 200: pageOf(s.invoiceResponse) } } },
    async (request) => {
      const { limit, cursor, invoiceId, ...filter } = request.query;
      if (filter.from && filter.to && filter.from > filter.to) throw invalidPeriod();
      const { rows, items } = await invoices.list(requireTenant(request), { ...filter, kind: 'debit_note', originalInvoiceId: invoiceId, after: cursorOf(cursor), limit });
      return { items, nextCursor: nextCursor(rows, limit, (r) => ({ date: r.invoice_date, id: r.id })) };
    },
  );

  app.post(
    '/api/v1/debit-notes',
    {
      config: { permission: 'sales.invoice.issue' },
      schema: { tags: DN, summary: 'Issue a debit note adding to an invoice (settled by payments like an invoice)', body: s.debitNoteBody, response: { 201: s.invoiceResponse } },
    },
    async (request, reply) => {
      const view = await invoices.createDebitNote(invocation(request), request.body);
      setEtag(reply, view.version);
      reply.header('location', `/api/v1/debit-notes/${view.id}`);
      return reply.code(201).send(view);
    },
  );

  app.get(
    '/api/v1/debit-notes/:id/pdf',
    { config: { permission: 'sales.invoice.read' }, schema: { tags: DN, summary: 'The debit note as a PDF (application/pdf)', params: s.idParams } },
    async (request, reply) => sendPdf(reply, await invoices.pdf(requireTenant(request), request.params.id, 'debit_note')),
  );

  app.get(
    '/api/v1/debit-notes/:id',
    { config: { permission: 'sales.invoice.read' }, schema: { tags: DN, summary: 'One debit note', params: s.idParams, response: { 200: s.invoiceResponse } } },
    async (request, reply) => {
      const view = await invoices.view(requireTenant(request), request.params.id, 'debit_note');
      setEtag(reply, view.version);
      return view;
    },
  );
}
