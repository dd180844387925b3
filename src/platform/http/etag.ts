import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../kernel/index.js';

/** Strong ETag for a row version (an integer bumped on every update). */
export function etagOf(version: number | string): string {
  return `"v${version}"`;
}

export function setEtag(reply: FastifyReply, version: number | string): void {
  reply.header('etag', etagOf(version));
}

/**
 * Optimistic concurrency: an update must carry `If-Match` with the ETag the client read.
 * Returns the expected version so the repository can update `where version = expected`.
 */
export function requireIfMatch(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (!header) {
    throw new AppError('precondition_required', 'REQUEST.IF_MATCH_REQUIRED', 'Send If-Match with the ETag from your last read');
  }
  const match = /^(?:W\/)?"v(\d{1,9})"$/.exec(String(header).trim());
  if (!match) {
    throw new AppError('precondition_failed', 'REQUEST.ETAG_MISMATCH', 'If-Match does not match the current version');
  }
  return Number(match[1]);
}

/** Thrown by a use case when the stored version moved on since the client read it. */
export function staleVersion(current: number | string): AppError {
  return new AppError('precondition_failed', 'REQUEST.ETAG_MISMATCH', 'The record changed since you read it; reload and retry', {
    extra: { currentEtag: etagOf(current) },
  });
}

export function ifNoneMatchHit(request: FastifyRequest, version: number | string): boolean {
  const header = request.headers['if-none-match'];
  return header !== undefined && String(header).split(',').map((s) => s.trim()).includes(etagOf(version));
}
