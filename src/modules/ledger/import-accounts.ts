import { sql } from 'kysely';
import { AppError, newId, type Invocation } from '../../kernel/index.js';
import { auditFromInvocation, recordAudit } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { appendEvent } from '../../platform/events/index.js';
import type { AccountType } from './domain/accounts.js';
import { hledgerAccountNames } from './export.js';
import * as repo from './repo.js';
import { accountView } from './views.js';

/**
 * Journal account names (`Assets:Bank:Checking`) to Kontor accounts. A name matches the account
 * whose hledger export name is the same (case-insensitive), so what Kontor exports imports back onto
 * the same accounts. Missing accounts are created, with a group for each missing parent; the type
 * comes from the top-level name (Assets, Liabilities, Equity, Income or Revenue, Expenses).
 */

const TOP_LEVEL: Record<string, AccountType> = {
  asset: 'asset',
  assets: 'asset',
  liability: 'liability',
  liabilities: 'liability',
  equity: 'equity',
  income: 'income',
  revenue: 'income',
  revenues: 'income',
  expense: 'expense',
  expenses: 'expense',
};

export function accountTypeOf(name: string): AccountType | null {
  return TOP_LEVEL[name.split(':')[0]!.trim().toLowerCase()] ?? null;
}

export interface NeededAccount {
  name: string;
  /** The currency a new account gets (its first posting's). */
  currency: string;
  /** Where the name was first used, for errors (`line 12`). */
  at: string;
}

export interface AccountMapping {
  ids: Map<string, string>;
  created: string[];
}

const displayName = (name: string) => name.replace(/[\r\n\t;]+/g, ' ').trim().slice(0, 200);

export async function mapAccounts(tx: Tx, inv: Invocation, baseCurrency: string, needed: NeededAccount[]): Promise<AccountMapping> {
  const all = await repo.allAccounts(tx);
  const byName = new Map<string, repo.AccountRow>();
  for (const [id, name] of hledgerAccountNames(all)) byName.set(name.toLowerCase(), all.find((a) => a.id === id)!);
  const posted = new Set(needed.map((n) => n.name.toLowerCase()));
  let nextCode = await firstFreeCode(tx);
  const ids = new Map<string, string>();
  const created: repo.AccountRow[] = [];
  const unknownType: string[] = [];

  const create = async (name: string, own: string, parent: repo.AccountRow | null, type: AccountType, group: boolean, currency: string): Promise<repo.AccountRow> => {
    const row = await repo.insertAccount(tx, {
      tenant_id: inv.tenantId,
      id: newId(),
      code: `J${String(nextCode++).padStart(4, '0')}`,
      name: displayName(own) || 'Imported',
      // Under an existing group the account takes the group's type (a group holds one type).
      type: parent ? parent.type : type,
      subtype: null,
      parent_id: parent?.id ?? null,
      is_group: group,
      currency: group ? baseCurrency : currency,
      description: 'Created by a ledger import',
    });
    byName.set(name.toLowerCase(), row);
    created.push(row);
    return row;
  };

  const ensure = async (wanted: NeededAccount): Promise<repo.AccountRow> => {
    const known = byName.get(wanted.name.toLowerCase());
    if (known) return known;
    const type = accountTypeOf(wanted.name)!;
    const segments = wanted.name.split(':').map((s) => s.trim());
    let parent: repo.AccountRow | null = null;
    for (let i = 0; i < segments.length; i++) {
      const prefix = segments.slice(0, i + 1).join(':');
      const last = i === segments.length - 1;
      let row = byName.get(prefix.toLowerCase());
      if (!row && !last && posted.has(prefix.toLowerCase())) row = await ensure({ ...wanted, name: prefix });
      if (row && (last || row.is_group)) {
        parent = row;
        continue;
      }
      if (row) {
        // The journal posts to both `a:b` and `a:b:c`; Kontor's groups take no lines, so `b:c` becomes `b - c` beside `b`.
        return create(wanted.name, segments.slice(i).join(' - '), parent, type, false, wanted.currency);
      }
      parent = await create(prefix, segments[i]!, parent, type, !last, wanted.currency);
    }
    return parent!;
  };

  for (const wanted of needed) {
    if (!byName.has(wanted.name.toLowerCase()) && !accountTypeOf(wanted.name)) unknownType.push(`${wanted.name} (${wanted.at})`);
  }
  if (unknownType.length > 0) {
    throw new AppError('unprocessable', 'LEDGER.IMPORT_ACCOUNT_TYPE', 'Top-level account names must be Assets, Liabilities, Equity, Income (or Revenue) or Expenses', {
      errors: unknownType.slice(0, 50).map((name) => ({ path: name, message: 'no account of this name, and its top-level name gives no account type' })),
    });
  }
  for (const wanted of needed) {
    const row = await ensure(wanted);
    if (row.is_group) {
      throw new AppError('unprocessable', 'LEDGER.ACCOUNT_NOT_POSTABLE', `${wanted.name} is a group account in Kontor; post to one of its accounts`, {
        errors: [{ path: wanted.at, message: 'a group account takes no lines' }],
      });
    }
    ids.set(wanted.name, row.id);
  }
  for (const row of created) {
    await recordAudit(tx, auditFromInvocation(inv, 'account.created', 'account', row.id, null, accountView(row)));
    await appendEvent(tx, { type: 'account.created', tenantId: inv.tenantId, actor: inv.actor, data: accountView(row) });
  }
  return { ids, created: created.map((a) => `${a.code} ${a.name}`) };
}

/** Codes of imported accounts are J0001, J0002, …: the next one after those in use. */
async function firstFreeCode(tx: Tx): Promise<number> {
  const { rows } = await sql<{ n: number | null }>`select max(substring(code from 2)::int) as n from ledger.accounts where code ~ '^[Jj][0-9]{1,9}$'`.execute(tx);
  return (rows[0]?.n ?? 0) + 1;
}
