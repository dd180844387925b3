import { AppError, isUuid, notFound } from '../../kernel/index.js';
import { requireTenant } from '../http/auth.js';
import { decodeCursor, toPage } from '../http/pagination.js';
import type { Database } from '../db/index.js';
import type { KontorApp } from '../http/types.js';
import type { EventBus } from './bus.js';
import { listDeadLetters, type FailureRow } from './failures.js';
import { deadLetterListQuery, deadLetterPage, deadLetterParams, deadLetterRetryResponse } from './schemas.js';

/** Dead-lettered deliveries of the caller's tenant: list them, and retry one. */
export function registerEventAdminRoutes(app: KontorApp, deps: { db: Database; bus: EventBus }): void {
  const { db, bus } = deps;

  app.get(
    '/api/v1/admin/events/dead-letters',
    {
      config: { permission: 'platform.events.manage' },
      schema: {
        tags: ['events'],
        summary: "Your tenant's event deliveries that ran out of retries, oldest event first",
        querystring: deadLetterListQuery,
        response: { 200: deadLetterPage },
      },
    },
    async (request) => {
      const tenantId = requireTenant(request);
      const { limit, consumer } = request.query;
      const after = afterCursor(request.query.cursor);
      const rows = await db.withTenant(tenantId, (tx) => listDeadLetters(tx, { after, limit: limit + 1, consumer }));
      const page = toPage(rows, limit, (row) => ({ k: row.event_id, id: row.consumer }));
      return { items: page.items.map(deadLetterView), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/v1/admin/events/dead-letters/:consumer/:eventId/retry',
    {
      config: { permission: 'platform.events.manage' },
      schema: {
        tags: ['events'],
        summary: 'Deliver a dead-lettered event to its consumer once more',
        params: deadLetterParams,
        response: { 200: deadLetterRetryResponse, 202: deadLetterRetryResponse },
      },
    },
    async (request, reply) => {
      const tenantId = requireTenant(request);
      const { consumer, eventId } = request.params;
      const result = await bus.retryDeadLetter(tenantId, consumer, eventId);
      if (result.outcome === 'not_found') {
        throw notFound('EVENTS.DEAD_LETTER_NOT_FOUND', `No dead-lettered delivery of event ${eventId} to ${consumer}`);
      }
      const lastError = result.outcome === 'failed' ? result.lastError : null;
      return reply
        .code(result.outcome === 'queued' ? 202 : 200)
        .send({ consumer, eventId, outcome: result.outcome, attempts: result.attempts, lastError });
    },
  );
}

function afterCursor(cursor: string | undefined): { eventId: string; consumer: string } | undefined {
  const position = decodeCursor(cursor);
  if (position === undefined) return undefined;
  if (typeof position.k !== 'string' || !isUuid(position.k)) {
    throw new AppError('validation', 'REQUEST.INVALID_CURSOR', 'The cursor is not one this API issued', {
      errors: [{ path: 'querystring.cursor', message: 'invalid cursor' }],
    });
  }
  return { eventId: position.k, consumer: position.id };
}

function deadLetterView(row: FailureRow) {
  return {
    consumer: row.consumer,
    eventId: row.event_id,
    eventType: row.event_type,
    attempts: row.attempts,
    lastError: row.last_error,
    firstFailedAt: row.first_failed_at.toISOString(),
    lastFailedAt: row.last_failed_at.toISOString(),
    event: row.event,
  };
}
