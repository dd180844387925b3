import type { FastifyRequest } from 'fastify';
import { AppError, isUuid } from '../../kernel/index.js';
import { decodeCursor, encodeCursor, pageOf, requireIfMatch, requireTenant, setEtag, type KontorApp } from '../../platform/http/index.js';
import type { BillsService } from './bills.js';
import { invocation } from './common.js';
import type { DebitNotesService } from './debit-notes.js';
import type { OrdersService } from './orders.js';
import type { PaymentsService } from './payments.js';
import type { ReceiptsService } from './receipts.js';
import type { ListFilter } from './repo.js';
import * as s from './schemas.js';

export interface PurchasesServices {
  orders: OrdersService;
  receipts: ReceiptsService;
  bills: BillsService;
  payments: PaymentsService;
  debitNotes: DebitNotesService;
}

const invalidCursor = () =>
  new AppError('validation', 'REQUEST.INVALID_CURSOR', 'The cursor is not one this API issued', { errors: [{ path: 'querystring.cursor', message: 'invalid cursor' }] });

/** Keyset position (date, id) of a list cursor. */
function afterOf(cursor: string | undefined): ListFilter['after'] {
  const position = decodeCursor(cursor);
  if (!position) return undefined;
  if (typeof position.k !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(position.k) || !isUuid(position.id)) throw invalidCursor();
  return { date: position.k, id: position.id };
}

function page<T extends { id: string }, V>(result: { rows: T[]; items: V[] }, limit: number, dateOf: (row: T) => string) {
  const last = result.rows[limit - 1];
  return { items: result.items, nextCursor: result.rows.length > limit && last ? encodeCursor({ k: dateOf(last), id: last.id }) : null };
}

const optionalIfMatch = (request: FastifyRequest) => (request.headers['if-match'] === undefined ? null : requireIfMatch(request));

export function purchasesRoutes(app: KontorApp, p: PurchasesServices): void {
  // ---------------- purchase orders ----------------
  const orderTags = ['purchase orders'];
  app.get(
    '/api/v1/purchase-orders',
    { config: { permission: 'purchases.order.read' }, schema: { tags: orderTags, summary: 'Purchase orders, newest first', querystring: s.orderQuery, response: { 200: pageOf(s.orderResponse) } } },
    async (request) => {
      const { limit, cursor, vendorId, status } = request.query;
      const result = await p.orders.list(requireTenant(request), { limit, vendorId, status, after: afterOf(cursor) });
      return page(result, limit, (r) => r.order_date);
    },
  );
  app.post(
    '/api/v1/purchase-orders',
    {
      config: { permission: 'purchases.order.manage' },
      schema: { tags: orderTags, summary: 'Create a draft purchase order (prices default to the vendor’s last cost or the purchase price)', body: s.orderBody, response: { 201: s.orderResponse } },
    },
    async (request, reply) => {
      const view = await p.orders.create(invocation(request), request.body);
      setEtag(reply, view.version);
      reply.header('location', `/api/v1/purchase-orders/${view.id}`);
      return reply.code(201).send(view);
    },
  );
  app.get(
    '/api/v1/purchase-orders/:id',
    { config: { permission: 'purchases.order.read' }, schema: { tags: orderTags, summary: 'One purchase order', params: s.idParams, response: { 200: s.orderResponse } } },
    async (request, reply) => {
      const view = await p.orders.get(requireTenant(request), request.params.id);
      setEtag(reply, view.version);
      return view;
    },
  );
  app.put(
    '/api/v1/purchase-orders/:id',
    { config: { permission: 'purchases.order.manage' }, schema: { tags: orderTags, summary: 'Replace a draft purchase order (send If-Match)', params: s.idParams, body: s.orderBody, response: { 200: s.orderResponse } } },
    async (request, reply) => {
      const view = await p.orders.update(invocation(request), request.params.id, requireIfMatch(request), request.body);
      setEtag(reply, view.version);
      return view;
    },
  );
  for (const [action, summary] of [
    ['confirm', 'Confirm a draft purchase order: goods can be received on it'],
    ['cancel', 'Cancel a purchase order nothing was received or billed on'],
  ] as const) {
    app.post(
      `/api/v1/purchase-orders/:id/${action}`,
      { config: { permission: 'purchases.order.manage' }, schema: { tags: orderTags, summary, params: s.idParams, response: { 200: s.orderResponse } } },
      async (request, reply) => {
        const inv = invocation(request);
        const expected = optionalIfMatch(request);
        const view = action === 'confirm' ? await p.orders.confirm(inv, request.params.id, expected) : await p.orders.cancel(inv, request.params.id, expected);
        setEtag(reply, view.version);
        return view;
      },
    );
  }
  app.get(
    '/api/v1/purchase-orders/:id/pdf',
    { config: { permission: 'purchases.order.read' }, schema: { tags: orderTags, summary: 'The purchase order as a PDF', params: s.idParams } },
    async (request, reply) => {
      const { number, pdf } = await p.orders.pdf(requireTenant(request), request.params.id);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${number.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf"`).send(pdf);
    },
  );

  // ---------------- goods receipts ----------------
  const receiptTags = ['goods receipts'];
  app.get(
    '/api/v1/goods-receipts',
    { config: { permission: 'purchases.receipt.read' }, schema: { tags: receiptTags, summary: 'Goods receipts, newest first', querystring: s.receiptQuery, response: { 200: pageOf(s.receiptResponse) } } },
    async (request) => {
      const { limit, cursor, vendorId, orderId } = request.query;
      return page(await p.receipts.list(requireTenant(request), { limit, vendorId, orderId, after: afterOf(cursor) }), limit, (r) => r.receipt_date);
    },
  );
  app.post(
    '/api/v1/goods-receipts',
    {
      config: { permission: 'purchases.receipt.manage' },
      schema: { tags: receiptTags, summary: 'Receive goods of a confirmed purchase order (all or part, never beyond ordered): stock in at cost, Cr Stock Received Not Billed', body: s.receiptBody, response: { 201: s.receiptResponse } },
    },
    async (request, reply) => {
      const view = await p.receipts.create(invocation(request), request.body);
      reply.header('location', `/api/v1/goods-receipts/${view.id}`);
      return reply.code(201).send(view);
    },
  );
  app.get(
    '/api/v1/goods-receipts/:id',
    { config: { permission: 'purchases.receipt.read' }, schema: { tags: receiptTags, summary: 'One goods receipt', params: s.idParams, response: { 200: s.receiptResponse } } },
    async (request) => p.receipts.get(requireTenant(request), request.params.id),
  );

  // ---------------- bills ----------------
  const billTags = ['bills'];
  app.get(
    '/api/v1/bills',
    { config: { permission: 'purchases.bill.read' }, schema: { tags: billTags, summary: 'Vendor bills, newest first', querystring: s.billQuery, response: { 200: pageOf(s.billResponse) } } },
    async (request) => {
      const { limit, cursor, vendorId, status } = request.query;
      return page(await p.bills.list(requireTenant(request), { limit, vendorId, status, after: afterOf(cursor) }), limit, (r) => r.bill_date);
    },
  );
  app.post(
    '/api/v1/bills',
    {
      config: { permission: 'purchases.bill.manage' },
      schema: { tags: billTags, summary: 'Enter a draft vendor bill: from goods receipts, purchase-order lines or expense lines, GST computed by the tax module', body: s.billBody, response: { 201: s.billResponse } },
    },
    async (request, reply) => {
      const view = await p.bills.create(invocation(request), request.body);
      setEtag(reply, view.version);
      reply.header('location', `/api/v1/bills/${view.id}`);
      return reply.code(201).send(view);
    },
  );
  app.get(
    '/api/v1/bills/:id',
    { config: { permission: 'purchases.bill.read' }, schema: { tags: billTags, summary: 'One vendor bill', params: s.idParams, response: { 200: s.billResponse } } },
    async (request, reply) => {
      const view = await p.bills.get(requireTenant(request), request.params.id);
      setEtag(reply, view.version);
      return view;
    },
  );
  app.put(
    '/api/v1/bills/:id',
    { config: { permission: 'purchases.bill.manage' }, schema: { tags: billTags, summary: 'Replace a draft bill (send If-Match); posted bills are immutable', params: s.idParams, body: s.billBody, response: { 200: s.billResponse } } },
    async (request, reply) => {
      const view = await p.bills.update(invocation(request), request.params.id, requireIfMatch(request), request.body);
      setEtag(reply, view.version);
      return view;
    },
  );
  app.post(
    '/api/v1/bills/:id/post',
    {
      config: { permission: 'purchases.bill.manage' },
      schema: { tags: billTags, summary: 'Post a draft bill: GRNI / expenses and input tax against Accounts Payable, TDS deducted, all in one transaction', params: s.idParams, response: { 200: s.billResponse } },
    },
    async (request, reply) => {
      const view = await p.bills.post(invocation(request), request.params.id, optionalIfMatch(request));
      setEtag(reply, view.version);
      return view;
    },
  );
  app.post(
    '/api/v1/bills/:id/void',
    { config: { permission: 'purchases.bill.manage' }, schema: { tags: billTags, summary: 'Void a bill with nothing paid on it: every posting reversed', params: s.idParams, body: s.voidBody, response: { 200: s.billResponse } } },
    async (request, reply) => {
      const view = await p.bills.void(invocation(request), request.params.id, optionalIfMatch(request), request.body ?? {});
      setEtag(reply, view.version);
      return view;
    },
  );

  // ---------------- vendor payments ----------------
  const paymentTags = ['vendor payments'];
  app.get(
    '/api/v1/vendor-payments',
    { config: { permission: 'purchases.payment.read' }, schema: { tags: paymentTags, summary: 'Vendor payments, newest first', querystring: s.paymentQuery, response: { 200: pageOf(s.paymentResponse) } } },
    async (request) => {
      const { limit, cursor, vendorId } = request.query;
      return page(await p.payments.list(requireTenant(request), { limit, vendorId, after: afterOf(cursor) }), limit, (r) => r.payment_date);
    },
  );
  app.post(
    '/api/v1/vendor-payments',
    {
      config: { permission: 'purchases.payment.record' },
      schema: { tags: paymentTags, summary: 'Pay a vendor: one or more bills (partly or fully), the rest an advance; realised exchange difference on foreign bills', body: s.paymentBody, response: { 201: s.paymentResponse } },
    },
    async (request, reply) => {
      const view = await p.payments.create(invocation(request), request.body);
      reply.header('location', `/api/v1/vendor-payments/${view.id}`);
      return reply.code(201).send(view);
    },
  );
  app.get(
    '/api/v1/vendor-payments/:id',
    { config: { permission: 'purchases.payment.read' }, schema: { tags: paymentTags, summary: 'One vendor payment', params: s.idParams, response: { 200: s.paymentResponse } } },
    async (request) => p.payments.get(requireTenant(request), request.params.id),
  );
  app.post(
    '/api/v1/vendor-payments/:id/reverse',
    { config: { permission: 'purchases.payment.reverse' }, schema: { tags: paymentTags, summary: 'Reverse a vendor payment: its entry reversed, its bills due again', params: s.idParams, body: s.reverseBody, response: { 200: s.paymentResponse } } },
    async (request) => p.payments.reverse(invocation(request), request.params.id, request.body ?? {}),
  );

  app.post(
    '/api/v1/vendor-payments/:id/apply',
    {
      config: { permission: 'purchases.payment.record' },
      schema: { tags: paymentTags, summary: "Apply a payment's unapplied advance to bills: Dr Accounts Payable / Cr Vendor Advances", params: s.idParams, body: s.applyBody, response: { 200: s.paymentResponse } },
    },
    async (request) => p.payments.apply(invocation(request), request.params.id, request.body),
  );

  // ---------------- debit notes ----------------
  const noteTags = ['vendor debit notes'];
  app.get(
    '/api/v1/vendor-debit-notes',
    { config: { permission: 'purchases.bill.read' }, schema: { tags: noteTags, summary: 'Debit notes to vendors, newest first', querystring: s.debitNoteQuery, response: { 200: pageOf(s.debitNoteResponse) } } },
    async (request) => {
      const { limit, cursor, vendorId, billId } = request.query;
      return page(await p.debitNotes.list(requireTenant(request), { limit, vendorId, billId, after: afterOf(cursor) }), limit, (r) => r.note_date);
    },
  );
  app.post(
    '/api/v1/vendor-debit-notes',
    {
      config: { permission: 'purchases.bill.manage' },
      schema: { tags: noteTags, summary: 'A debit note against a posted bill: goods returned to the vendor (stock out at cost) and/or a price reduction, input tax reversed', body: s.debitNoteBody, response: { 201: s.debitNoteResponse } },
    },
    async (request, reply) => {
      const view = await p.debitNotes.create(invocation(request), request.body);
      reply.header('location', `/api/v1/vendor-debit-notes/${view.id}`);
      return reply.code(201).send(view);
    },
  );
  app.get(
    '/api/v1/vendor-debit-notes/:id',
    { config: { permission: 'purchases.bill.read' }, schema: { tags: noteTags, summary: 'One vendor debit note', params: s.idParams, response: { 200: s.debitNoteResponse } } },
    async (request) => p.debitNotes.get(requireTenant(request), request.params.id),
  );
}

