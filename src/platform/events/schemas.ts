import { z } from 'zod';
import { pageOf, pageQuery } from '../http/pagination.js';

export const deadLetterListQuery = pageQuery.extend({
  consumer: z.string().min(1).max(200).optional(),
});

export const deadLetterParams = z.object({
  consumer: z.string().min(1).max(200),
  eventId: z.uuid(),
});

const actor = z.object({ type: z.enum(['user', 'api_key', 'system']), id: z.string() });

export const eventEnvelopeSchema = z.object({
  id: z.uuid(),
  type: z.string(),
  tenantId: z.uuid().nullable(),
  occurredAt: z.string(),
  actor: actor.nullable(),
  data: z.unknown(),
  schemaVersion: z.number().int(),
});

export const deadLetter = z.object({
  consumer: z.string(),
  eventId: z.uuid(),
  eventType: z.string(),
  attempts: z.number().int(),
  lastError: z.string(),
  firstFailedAt: z.string(),
  lastFailedAt: z.string(),
  event: eventEnvelopeSchema,
});

export const deadLetterPage = pageOf(deadLetter);

export const deadLetterRetryResponse = z.object({
  consumer: z.string(),
  eventId: z.uuid(),
  outcome: z.enum(['delivered', 'failed', 'queued']).describe(
    'delivered: the handler succeeded now; failed: it failed again (dead again once its attempts are used up); queued: the worker running this consumer will try it',
  ),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
});
