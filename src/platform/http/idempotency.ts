import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { AppError, canonicalJson, now } from '../../kernel/index.js';
import type { Db } from '../db/index.js';
import type { KontorApp } from './types.js';

const KEY_RE = /^[\x21-\x7e]{1,255}$/;
const REPLAYED_HEADERS = ['content-type', 'location', 'etag'];
const WAIT_STEP_MS = 25;
const ABANDONED_AFTER_MS = 5 * 60_000;

interface Claim {
  scope: string;
  key: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyClaim?: Claim;
  }
}

export interface IdempotencyOptions {
  ttlHours: number;
  /** How long a duplicate waits for the first request to finish before answering 409. */
  waitMs?: number;
}

function fingerprint(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${canonicalJson(request.body ?? null)}`)
    .digest('hex');
}

function scopeOf(request: FastifyRequest): string {
  const p = request.principal;
  if (p?.tenantId) return `tenant:${p.tenantId}`;
  if (p) return `${p.type}:${p.id}`;
  return `anon:${request.ip}`;
}

/**
 * `Idempotency-Key` on POST: the first request with a key runs and its response is stored; a
 * repeat with the same body replays that response (waiting for the first to finish if needed);
 * a repeat with a different body is 422. Keys are kept per tenant until their TTL runs out.
 */
export function registerIdempotency(app: KontorApp, db: Db, options: IdempotencyOptions): void {
  const waitMs = options.waitMs ?? 10_000;

  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST') return;
    const raw = request.headers['idempotency-key'];
    if (raw === undefined) return;
    const key = Array.isArray(raw) ? raw[0] ?? '' : raw;
    if (!KEY_RE.test(key)) {
      throw new AppError('validation', 'IDEMPOTENCY.INVALID_KEY', 'Idempotency-Key must be 1-255 visible ASCII characters', {
        errors: [{ path: 'headers.idempotency-key', message: 'invalid' }],
      });
    }
    const scope = scopeOf(request);
    const hash = fingerprint(request);
    const expiresAt = new Date(now().getTime() + options.ttlHours * 3_600_000);
    const path = request.routeOptions.url ?? request.url;

    const deadline = Date.now() + waitMs;
    for (;;) {
      const inserted = await db
        .insertInto('platform.idempotency_keys')
        .values({ scope, key, method: request.method, path, request_hash: hash, expires_at: expiresAt })
        .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
        .returning('key')
        .executeTakeFirst();
      if (inserted) {
        request.idempotencyClaim = { scope, key };
        return;
      }
      const existing = await db
        .selectFrom('platform.idempotency_keys')
        .selectAll()
        .where('scope', '=', scope)
        .where('key', '=', key)
        .$castTo<StoredResponse & { expires_at: Date; created_at: Date; request_hash: string; state: string }>()
        .executeTakeFirst();
      if (!existing) continue; // expired and swept between our two statements: try to claim again
      if (new Date(existing.expires_at) < now()) {
        await db.deleteFrom('platform.idempotency_keys').where('scope', '=', scope).where('key', '=', key).where('expires_at', '<', now()).execute();
        continue;
      }
      if (existing.request_hash !== hash) {
        throw new AppError('unprocessable', 'IDEMPOTENCY.KEY_REUSED', 'This Idempotency-Key was used with a different request', {
          errors: [{ path: 'headers.idempotency-key', message: 'already used for a different request' }],
        });
      }
      if (existing.state === 'in_progress' && now().getTime() - new Date(existing.created_at).getTime() > ABANDONED_AFTER_MS) {
        // The process that claimed it died mid-request: free the key.
        await db.deleteFrom('platform.idempotency_keys').where('scope', '=', scope).where('key', '=', key).where('state', '=', 'in_progress').execute();
        continue;
      }
      if (existing.state === 'done') {
        return replay(reply, existing);
      }
      if (Date.now() > deadline) {
        throw new AppError('conflict', 'IDEMPOTENCY.IN_PROGRESS', 'A request with this Idempotency-Key is still being processed');
      }
      await new Promise((r) => setTimeout(r, WAIT_STEP_MS));
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotencyClaim;
    if (!claim) return payload;
    request.idempotencyClaim = undefined;
    if (reply.statusCode >= 500) {
      // A failure on our side is not an answer: let the client retry with the same key.
      await db.deleteFrom('platform.idempotency_keys').where('scope', '=', claim.scope).where('key', '=', claim.key).execute();
      return payload;
    }
    const headers: Record<string, string> = {};
    for (const name of REPLAYED_HEADERS) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    await db
      .updateTable('platform.idempotency_keys')
      .set({
        state: 'done',
        status_code: reply.statusCode,
        response_headers: JSON.stringify(headers),
        response_body: storableBody(payload),
      })
      .where('scope', '=', claim.scope)
      .where('key', '=', claim.key)
      .execute();
    return payload;
  });

  // A request that died before sending (client hang-up, crash in a hook) must not pin its key.
  app.addHook('onResponse', async (request) => {
    const claim = request.idempotencyClaim;
    if (!claim) return;
    await db
      .deleteFrom('platform.idempotency_keys')
      .where('scope', '=', claim.scope)
      .where('key', '=', claim.key)
      .where('state', '=', 'in_progress')
      .execute();
  });
}

interface StoredResponse {
  status_code: number;
  response_headers: Record<string, string> | null;
  response_body: string | null;
}

/** Route replies are serialised JSON strings (or Buffers); anything else (a stream) cannot be replayed. */
function storableBody(payload: unknown): string {
  if (typeof payload === 'string') return payload;
  if (Buffer.isBuffer(payload)) return payload.toString('utf8');
  if (payload === null || payload === undefined) return '';
  throw new Error('Idempotent POST routes must reply with a serialisable body, not a stream');
}

function replay(reply: FastifyReply, stored: StoredResponse): FastifyReply {
  for (const [name, value] of Object.entries(stored.response_headers ?? {})) reply.header(name, value);
  reply.header('idempotent-replayed', 'true');
  return reply.code(stored.status_code).send(stored.response_body ?? '');
}

/** Deletes expired keys; run as a scheduled platform job. */
export async function sweepIdempotencyKeys(db: Db): Promise<number> {
  const result = await sql`delete from platform.idempotency_keys where expires_at < ${now()}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
