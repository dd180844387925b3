import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isRealDate, type Invocation } from '../../../kernel/index.js';
import { actorOf, decodeCursor, encodeCursor, pageOf, requireIfMatch, requirePrincipal, requireTenant, sendProblem, setEtag, type KontorApp } from '../../../platform/http/index.js';
import type { RateLimitRule } from '../../../platform/ratelimit/index.js';
import { retryAfterSeconds } from '../../../platform/ratelimit/index.js';
import { PLACEHOLDERS, stageKey } from '../domain/dunning.js';
import { invoicePage } from './links.js';
import type { ReminderScheduleView } from './reminders.js';
import * as s from './schemas.js';
import { recurringView } from './service.js';
import type { RecurringService } from './api.js';

function invocation(request: FastifyRequest): Invocation {
  return { actor: actorOf(requirePrincipal(request)), tenantId: requireTenant(request), requestId: request.id, ip: request.ip };
}

function optionalIfMatch(request: FastifyRequest): number | null {
  return request.headers['if-match'] === undefined ? null : requireIfMatch(request);
}

function invalidCursor(): AppError {
  return new AppError('validation', 'REQUEST.INVALID_CURSOR', 'The cursor is not one this API issued', { errors: [{ path: 'querystring.cursor', message: 'invalid cursor' }] });
}

function scheduleView(v: ReminderScheduleView) {
  return { enabled: v.enabled, stages: v.stages.map((st) => ({ offsetDays: st.offsetDays, key: stageKey(st) })), subject: v.subject, body: v.body, placeholders: [...PLACEHOLDERS], version: v.version };
}

/** Public invoice pages: per client address, generous for a person, tight for a token guesser. */
const PUBLIC_RULE: RateLimitRule = { name: 'sales.public-invoice', limit: 60, windowMs: 60_000 };

const tags = ['recurring-invoices'];
const base = '/api/v1/recurring-invoices';

export function recurringRoutes(app: KontorApp, service: RecurringService): void {
  const { schedules, reminders, links, statements } = service;

  // ---------------- recurring invoices ----------------

  app.get(
    base,
    { config: { permission: 'sales.recurring.read' }, schema: { tags, summary: 'Recurring invoices, newest first; filter by status or customer', querystring: s.listQuery, response: { 200: pageOf(s.recurringResponse) } } },
    async (request) => {
      const { limit, cursor, status, customerId } = request.query;
      const position = decodeCursor(cursor);
      if (position && !/^[0-9a-f-]{36}$/i.test(position.id)) throw invalidCursor();
      const rows = await schedules.list(requireTenant(request), { limit, status, customerId, afterId: position?.id });
      const items = rows.slice(0, limit);
      const last = items[items.length - 1];
      return { items: items.map(recurringView), nextCursor: rows.length > limit && last ? encodeCursor({ k: null, id: last.id }) : null };
    },
  );

  app.post(
    base,
    {
      config: { permission: 'sales.recurring.manage' },
      schema: {
        tags,
        summary: 'Add a recurring invoice: customer, lines, schedule (monthly, quarterly, yearly or every N days/weeks/months), start, end or count, due terms, auto-issue and auto-send',
        body: s.recurringBody,
        response: { 201: s.recurringResponse },
      },
    },
    async (request, reply) => {
      const created = await schedules.create(invocation(request), request.body);
      setEtag(reply, created.version);
      reply.header('location', `${base}/${created.id}`);
      return reply.code(201).send(recurringView(created));
    },
  );

  app.get(`${base}/:id`, { config: { permission: 'sales.recurring.read' }, schema: { tags, summary: 'One recurring invoice', params: s.idParams, response: { 200: s.recurringResponse } } }, async (request, reply) => {
    const found = await schedules.get(requireTenant(request), request.params.id);
    setEtag(reply, found.version);
    return recurringView(found);
  });

  app.put(
    `${base}/:id`,
    {
      config: { permission: 'sales.recurring.manage' },
      schema: { tags, summary: 'Change a recurring invoice (send If-Match); invoices already made stay, the next run follows the new schedule', params: s.idParams, body: s.recurringBody, response: { 200: s.recurringResponse } },
    },
    async (request, reply) => {
      const expected = requireIfMatch(request);
      const after = await schedules.update(invocation(request), request.params.id, expected, request.body);
      setEtag(reply, after.version);
      return recurringView(after);
    },
  );

  app.delete(
    `${base}/:id`,
    { config: { permission: 'sales.recurring.manage' }, schema: { tags, summary: 'Delete a recurring invoice (the invoices it made stay; If-Match optional)', params: s.idParams } },
    async (request, reply) => {
      await schedules.remove(invocation(request), request.params.id, optionalIfMatch(request));
      return reply.code(204).send();
    },
  );

  for (const action of ['pause', 'resume'] as const) {
    app.post(
      `${base}/:id/${action}`,
      {
        config: { permission: 'sales.recurring.manage' },
        schema: {
          tags,
          summary: action === 'pause' ? 'Pause: no invoices until resumed (If-Match optional)' : 'Resume: periods that fell due while paused are skipped (If-Match optional)',
          params: s.idParams,
          response: { 200: s.recurringResponse },
        },
      },
      async (request, reply) => {
        const after = await schedules.setPaused(invocation(request), request.params.id, action === 'pause', optionalIfMatch(request));
        setEtag(reply, after.version);
        return recurringView(after);
      },
    );
  }

  app.post(
    `${base}/:id/run`,
    { config: { permission: 'sales.recurring.manage' }, schema: { tags, summary: 'Make the invoices that are due now (catching up missed periods); nothing when none is due', params: s.idParams, response: { 200: s.runResponse } } },
    async (request, reply) => {
      const { generated, recurring } = await schedules.runNow(invocation(request), request.params.id);
      setEtag(reply, recurring.version);
      return { generated, recurring: recurringView(recurring) };
    },
  );

  app.get(
    `${base}/:id/invoices`,
    { config: { permission: 'sales.recurring.read' }, schema: { tags, summary: 'The invoices a recurring invoice made, newest period first', params: s.idParams, querystring: s.invoicesQuery, response: { 200: pageOf(s.generatedInvoice) } } },
    async (request) => {
      const position = decodeCursor(request.query.cursor);
      if (position && (typeof position.k !== 'string' || !isRealDate(position.k))) throw invalidCursor();
      const page = await schedules.invoicesOf(requireTenant(request), request.params.id, { limit: request.query.limit, beforeDate: position?.k as string | undefined });
      return { items: page.items, nextCursor: page.more && page.last ? encodeCursor({ k: page.last, id: request.params.id }) : null };
    },
  );

  // ---------------- reminders ----------------

  const reminderTags = ['invoices'];
  app.get(
    '/api/v1/sales/reminder-schedule',
    { config: { permission: 'sales.reminders.read' }, schema: { tags: reminderTags, summary: 'The payment-reminder schedule: stages relative to the due date, on/off, email template', response: { 200: s.reminderScheduleResponse } } },
    async (request, reply) => {
      const v = await reminders.getSchedule(requireTenant(request));
      setEtag(reply, v.version);
      return scheduleView(v);
    },
  );

  app.put(
    '/api/v1/sales/reminder-schedule',
    {
      config: { permission: 'sales.reminders.manage' },
      schema: {
        tags: reminderTags,
        summary: 'Set the payment-reminder schedule (send If-Match; "v0" before the first save). Placeholders: {{customerName}}, {{invoiceNumber}}, {{amountDue}}, {{dueDate}}, {{link}}, …',
        body: s.reminderScheduleBody,
        response: { 200: s.reminderScheduleResponse },
      },
    },
    async (request, reply) => {
      const expected = requireIfMatch(request);
      const v = await reminders.putSchedule(invocation(request), expected, request.body);
      setEtag(reply, v.version);
      return scheduleView(v);
    },
  );

  app.post(
    '/api/v1/invoices/:id/remind',
    {
      config: { permission: 'sales.reminders.manage' },
      schema: { tags: reminderTags, summary: "Email a payment reminder now (to the customer's contacts, or `to`)", params: s.idParams, body: s.remindBody.nullish(), response: { 200: s.remindResponse } },
    },
    async (request) => reminders.remindNow(invocation(request), request.params.id, request.body ?? {}),
  );

  // ---------------- public links ----------------

  app.post(
    '/api/v1/invoices/:id/share-link',
    {
      config: { permission: 'sales.invoice.share' },
      schema: { tags: reminderTags, summary: 'A signed link the customer opens without an account (view and download); expires in 30 days unless told', params: s.idParams, body: s.shareLinkBody.nullish(), response: { 201: s.shareLinkResponse } },
    },
    async (request, reply) => reply.code(201).send(await links.share(invocation(request), request.params.id, request.body?.expiresInDays)),
  );

  app.post(
    '/api/v1/sales/share-links/rotate',
    { config: { permission: 'sales.invoice.share' }, schema: { tags: reminderTags, summary: 'Rotate the link secret: every invoice link shared so far stops working', response: { 200: s.rotateResponse } } },
    async (request) => links.rotate(invocation(request)),
  );

  const limited = async (request: FastifyRequest, reply: FastifyReply): Promise<boolean> => {
    const state = await service.limiter().consume(PUBLIC_RULE, request.ip);
    if (state.allowed) return true;
    reply.header('retry-after', String(retryAfterSeconds(state)));
    sendProblem(request, reply, 429, 'SALES.LINK_RATE_LIMITED', 'Too many requests for invoice links; try again later');
    return false;
  };
  const refused = (request: FastifyRequest, reply: FastifyReply, error: unknown) => {
    if (error instanceof AppError && error.code === 'SALES.LINK_EXPIRED') return sendProblem(request, reply, 410, error.code, error.message);
    throw error;
  };
  const publicHeaders = (reply: FastifyReply) => reply.header('cache-control', 'private, no-store').header('x-robots-tag', 'noindex, nofollow');

  app.get(
    '/public/invoices/:token',
    { config: { public: true }, schema: { tags: ['public'], summary: 'The invoice behind a signed link: a small page with the key figures and a download button', params: s.tokenParams } },
    async (request, reply) => {
      if (!(await limited(request, reply))) return reply;
      try {
        const { tenantId, invoice } = await links.open(request.params.token);
        publicHeaders(reply);
        return reply.type('text/html; charset=utf-8').send(invoicePage(invoice, await links.sellerName(tenantId), `${request.params.token}/pdf`));
      } catch (error) {
        return refused(request, reply, error);
      }
    },
  );

  app.get(
    '/public/invoices/:token/pdf',
    { config: { public: true }, schema: { tags: ['public'], summary: 'The invoice PDF behind a signed link', params: s.tokenParams } },
    async (request, reply) => {
      if (!(await limited(request, reply))) return reply;
      try {
        const file = await links.pdf(request.params.token);
        publicHeaders(reply);
        reply.header('content-disposition', `inline; filename="${file.filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`);
        return reply.type('application/pdf').send(file.content);
      } catch (error) {
        return refused(request, reply, error);
      }
    },
  );

  // ---------------- statement ----------------

  app.get(
    '/api/v1/customers/:id/statement/pdf',
    {
      config: { permission: 'parties.customer.read' },
      schema: { tags: ['customers'], summary: "The customer's statement as a PDF: opening balance, entries with running balance, closing balance, ageing of open invoices", params: s.idParams, querystring: s.statementQuery },
    },
    async (request, reply) => {
      const file = await statements.pdf(requireTenant(request), request.params.id, request.query);
      reply.header('content-disposition', `attachment; filename="${file.filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`);
      return reply.type('application/pdf').send(file.content);
    },
  );
}
