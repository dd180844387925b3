import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import { FX_ADJUSTMENT_TAG } from './domain/fx.js';

/**
 * Base-currency value that earlier revaluations (and their reversals) and realised gains/losses
 * added to each (account, foreign currency) up to `asOf`, debit-positive, from the lines tagged
 * `fx-adjustment:<currency>`.
 */
export async function fxAdjustmentsSoFar(tx: Tx, asOf: string): Promise<{ account_id: string; currency: string; base_net: string }[]> {
  const prefix = `${FX_ADJUSTMENT_TAG}:`;
  const { rows } = await sql<{ account_id: string; currency: string; base_net: string }>`
    select l.account_id, substr(t.tag, ${prefix.length + 1}) as currency, (sum(l.base_debit) - sum(l.base_credit))::text as base_net
      from ledger.journal_lines l
      join ledger.journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id and e.status = 'posted'
      cross join lateral unnest(l.tags) as t(tag)
     where l.tags @> array[${FX_ADJUSTMENT_TAG}]::text[] and l.entry_date <= ${asOf}::date and starts_with(t.tag, ${prefix})
     group by l.account_id, t.tag`.execute(tx);
  return rows;
}
