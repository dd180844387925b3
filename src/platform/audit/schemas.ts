import { z } from 'zod';
import { pageOf, pageQuery } from '../http/pagination.js';

export const auditListQuery = pageQuery.extend({
  entityType: z.string().min(1).max(100).optional(),
  entityId: z.string().min(1).max(200).optional(),
  action: z.string().min(1).max(100).optional(),
});

export const auditRecord = z.object({
  id: z.uuid(),
  seq: z.number().int().positive(),
  occurredAt: z.string(),
  actor: z.object({ type: z.enum(['user', 'api_key', 'system']), id: z.string() }),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown().describe('the entity before the change (null when created)'),
  after: z.unknown().describe('the entity after the change (null when deleted)'),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});

export const auditPage = pageOf(auditRecord);

/** Nothing to send: the caller's own tenant is verified. Anything sent is an error, not ignored. */
export const auditVerifyBody = z.strictObject({}).nullish();

export const auditVerifyResponse = z.object({
  ok: z.boolean(),
  checked: z.number().int().nonnegative(),
  firstBroken: z
    .object({
      seq: z.number().int(),
      id: z.uuid().nullable(),
      reason: z.enum(['missing', 'chain_break', 'hash_mismatch', 'beyond_head', 'head_mismatch']),
      message: z.string(),
    })
    .nullable(),
});
