import type { Actor } from '../../kernel/index.js';

/** The shape of every event Kontor emits, in the outbox and on the wire. */
export interface EventEnvelope<T = unknown> {
  /** UUIDv7; also the deduplication key for consumers and brokers. */
  id: string;
  /** `noun.verb_past`, e.g. `invoice.created`. */
  type: string;
  tenantId: string | null;
  /** ISO 8601 timestamp. */
  occurredAt: string;
  actor: Actor | null;
  data: T;
  schemaVersion: number;
}

export interface NewEvent<T = unknown> {
  type: string;
  tenantId: string | null;
  actor: Actor | null;
  data: T;
  schemaVersion?: number;
}

/**
 * Dot-separated lowercase words (`invoice.created`, `customer.credit_limit_exceeded`). Each word is a
 * valid NATS subject token and routing-key word, so the type maps to a subject without escaping.
 */
export const EVENT_TYPE_RE = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

export function isEventType(value: string): boolean {
  return EVENT_TYPE_RE.test(value);
}
