import type { FastifyRequest } from 'fastify';
import { AppError, type Invocation } from '../../../kernel/index.js';
import { actorOf, requireIfMatch, requirePrincipal, requireTenant, setEtag, type KontorApp } from '../../../platform/http/index.js';
import * as s from './schemas.js';
import type { WalletsService } from './service.js';

function invocation(request: FastifyRequest): Invocation {
  return { actor: actorOf(requirePrincipal(request)), tenantId: requireTenant(request), requestId: request.id, ip: request.ip };
}

const invalidCursor = () =>
  new AppError('validation', 'REQUEST.INVALID_CURSOR', 'The cursor is not one this API issued', { errors: [{ path: 'querystring.cursor', message: 'invalid cursor' }] });

/** If-Match is optional on movements: when sent, the wallet must still be at that version. */
const optionalIfMatch = (request: FastifyRequest) => (request.headers['if-match'] === undefined ? null : requireIfMatch(request));

/** Cursors are opaque: a wallet id (list) or a movement's seq (statement), base64url. */
const encode = (v: string | number) => Buffer.from(String(v), 'utf8').toString('base64url');
function decode(cursor: string | undefined, re: RegExp): string | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  const v = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!re.test(v)) throw invalidCursor();
  return v;
}
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEQ_RE = /^[1-9][0-9]{0,17}$/;

const tags = ['wallets'];

export function walletRoutes(app: KontorApp, wallets: WalletsService): void {
  app.get(
    '/api/v1/wallets',
    {
      config: { permission: 'banking.wallet.read' },
      schema: { tags, summary: 'Customer wallets with their balances, and the total per currency', querystring: s.listQuery, response: { 200: s.listResponse } },
    },
    async (request) => {
      const { limit, cursor, customerId, currency, nonZero } = request.query;
      const page = await wallets.list(requireTenant(request), { customerId, currency, nonZero: nonZero === 'true', after: decode(cursor, UUID_RE), limit });
      return { ...page, nextCursor: page.nextCursor === null ? null : encode(page.nextCursor) };
    },
  );

  app.get(
    '/api/v1/customers/:id/wallet',
    {
      config: { permission: 'banking.wallet.read' },
      schema: {
        tags: ['wallets', 'customers'],
        summary: "The customer's wallet balance and statement (movements with the running balance, oldest first, cursor pages)",
        params: s.idParams,
        querystring: s.walletQuery,
        response: { 200: s.customerWalletResponse },
      },
    },
    async (request, reply) => {
      const { limit, cursor, currency } = request.query;
      const view = await wallets.customerWallet(requireTenant(request), request.params.id, { currency, afterSeq: decode(cursor, SEQ_RE), limit });
      if (view.wallet) setEtag(reply, view.wallet.version);
      return { ...view, statement: { ...view.statement, nextCursor: view.statement.nextCursor === null ? null : encode(view.statement.nextCursor) } };
    },
  );

  const movement = <B>(permission: string, summary: string, body: B) =>
    ({ config: { permission }, schema: { tags: ['wallets', 'customers'], summary, params: s.idParams, body, response: { 201: s.movementResult } } }) as const;

  app.post(
    '/api/v1/customers/:id/wallet/top-up',
    movement('banking.wallet.manage', 'Top up the wallet: Dr the bank or cash account / Cr Customer Wallets', s.topUpBody),
    async (request, reply) => {
      const result = await wallets.topUp(invocation(request), request.params.id, request.body, optionalIfMatch(request));
      setEtag(reply, result.wallet.version);
      return reply.code(201).send(result);
    },
  );

  app.post(
    '/api/v1/customers/:id/wallet/spend',
    movement(
      'banking.wallet.manage',
      'Spend from the wallet: against an invoice (Dr Customer Wallets / Cr receivable; the invoice is settled) or at checkout (Cr the given revenue or clearing account)',
      s.spendBody,
    ),
    async (request, reply) => {
      const result = await wallets.spend(invocation(request), request.params.id, request.body, optionalIfMatch(request));
      setEtag(reply, result.wallet.version);
      return reply.code(201).send(result);
    },
  );

  app.post(
    '/api/v1/customers/:id/wallet/refund',
    movement(
      'banking.wallet.manage',
      'Refund into the wallet from a credit (Dr the given account / Cr Customer Wallets) or out of it to the customer (Dr Customer Wallets / Cr bank or cash)',
      s.refundBody,
    ),
    async (request, reply) => {
      const result = await wallets.refund(invocation(request), request.params.id, request.body, optionalIfMatch(request));
      setEtag(reply, result.wallet.version);
      return reply.code(201).send(result);
    },
  );

  app.post(
    '/api/v1/customers/:id/wallet/adjust',
    movement('banking.wallet.adjust', 'Adjust the wallet balance with a reason (audited); the given account takes the other side', s.adjustBody),
    async (request, reply) => {
      const result = await wallets.adjust(invocation(request), request.params.id, request.body, optionalIfMatch(request));
      setEtag(reply, result.wallet.version);
      return reply.code(201).send(result);
    },
  );
}
