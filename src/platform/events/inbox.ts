import { sql } from 'kysely';
import type { Database, Db, Tx } from '../db/index.js';
import type { EventHandlerDefinition } from '../module.js';
import type { EventEnvelope } from './envelope.js';

export type DeliveryResult = 'handled' | 'duplicate';

/**
 * Runs `handler` for `event` at most once per (consumer, event id): the inbox row and the handler's
 * writes commit together, so a retry after a crash or a duplicate delivery finds the row and skips.
 * Handler errors propagate (and roll the inbox row back with the rest).
 */
export function deliverOnce(db: Database, handler: EventHandlerDefinition, event: EventEnvelope): Promise<DeliveryResult> {
  const run = async (tx: Tx): Promise<DeliveryResult> => {
    const inserted = await sql`
      insert into platform.inbox (consumer, event_id, tenant_id)
      values (${handler.consumer}, ${event.id}, ${event.tenantId})
      on conflict do nothing`.execute(tx);
    if (Number(inserted.numAffectedRows ?? 0n) === 0) return 'duplicate';
    await handler.handle(tx, event);
    return 'handled';
  };
  return event.tenantId === null ? db.withoutTenant(run) : db.withTenant(event.tenantId, run);
}

export async function pruneInbox(db: Db, olderThanMs: number): Promise<number> {
  const result = await sql`
    delete from platform.inbox
    where processed_at < now() - make_interval(secs => ${olderThanMs / 1000})`.execute(db);
  return Number(result.numAffectedRows ?? 0n);
}
