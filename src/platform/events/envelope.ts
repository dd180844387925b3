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
