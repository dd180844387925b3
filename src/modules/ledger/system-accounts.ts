import { newId, type Invocation } from '../../kernel/index.js';
import { auditFromInvocation, recordAudit } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { appendEvent } from '../../platform/events/index.js';
import type { AccountSubtype, AccountType } from './domain/accounts.js';
import * as repo from './repo.js';
import { accountView } from './views.js';

/** An account another module posts to by role (e.g. inventory's "Stock received not billed"). */
export interface SystemAccountSpec {
  code: string;
  name: string;
  type: AccountType;
  subtype: AccountSubtype;
  description: string;
  /** Find an existing one by subtype (first by code) or by name (case-insensitive). */
  findBy: 'subtype' | 'name';
}

/**
 * For each spec, the id of the first active, postable account fitting it (by code); one is created
 * (with a free code, audited, `account.created` emitted) when there is none.
 */
export async function ensureSystemAccounts(tx: Tx, inv: Invocation, specs: readonly SystemAccountSpec[], baseCurrency: string): Promise<string[]> {
  const all = await repo.allAccounts(tx);
  const ids: string[] = [];
  for (const spec of specs) {
    const fits = (a: repo.AccountRow) =>
      a.type === spec.type && a.status === 'active' && !a.is_group && (spec.findBy === 'subtype' ? a.subtype === spec.subtype : a.name.toLowerCase() === spec.name.toLowerCase());
    const found = all.filter(fits).sort((x, y) => x.code.localeCompare(y.code))[0];
    if (found) {
      ids.push(found.id);
      continue;
    }
    const taken = new Set(all.map((a) => a.code.toLowerCase()));
    let code = spec.code;
    for (let n = 2; taken.has(code.toLowerCase()); n++) code = `${spec.code}-${n}`;
    const row = await repo.insertAccount(tx, {
      tenant_id: inv.tenantId,
      id: newId(),
      code,
      name: spec.name,
      type: spec.type,
      subtype: spec.subtype,
      parent_id: null,
      is_group: false,
      currency: baseCurrency,
      description: spec.description,
    });
    all.push(row);
    await recordAudit(tx, auditFromInvocation(inv, 'account.created', 'account', row.id, null, accountView(row)));
    await appendEvent(tx, { type: 'account.created', tenantId: inv.tenantId, actor: inv.actor, data: accountView(row) });
    ids.push(row.id);
  }
  return ids;
}
