import { sql } from 'kysely';
import type { Tx } from '../../../platform/db/index.js';

/** SQL for bank accounts, presets, imports and statement lines (schema `banking` only). */

export interface BankAccountRow {
  tenant_id: string;
  id: string;
  kind: 'bank' | 'cash';
  name: string;
  ledger_account_id: string;
  bank_name: string | null;
  account_number_masked: string | null;
  ifsc: string | null;
  bic: string | null;
  iban: string | null;
  currency: string;
  opening_balance: string | null;
  opening_balance_date: string | null;
  opening_entry_id: string | null;
  opening_revision: number;
  last_statement_balance: string | null;
  last_statement_date: string | null;
  status: 'active' | 'archived';
  version: number;
  created_at: Date;
  updated_at: Date;
  created_key: string;
}

const ACCOUNT_COLUMNS = sql`tenant_id, id, kind, name, ledger_account_id, bank_name, account_number_masked, ifsc, bic, iban, currency,
  opening_balance::text as opening_balance, opening_balance_date::text as opening_balance_date, opening_entry_id, opening_revision,
  last_statement_balance::text as last_statement_balance, last_statement_date::text as last_statement_date, status, version,
  created_at, updated_at, created_at::text as created_key`;

export type BankAccountValues = Pick<
  BankAccountRow,
  | 'tenant_id'
  | 'id'
  | 'kind'
  | 'name'
  | 'ledger_account_id'
  | 'bank_name'
  | 'account_number_masked'
  | 'ifsc'
  | 'bic'
  | 'iban'
  | 'currency'
  | 'opening_balance'
  | 'opening_balance_date'
  | 'opening_entry_id'
>;

export async function insertAccount(tx: Tx, v: BankAccountValues): Promise<BankAccountRow | undefined> {
  const { rows } = await sql<BankAccountRow>`
    insert into banking.bank_accounts (tenant_id, id, kind, name, ledger_account_id, bank_name, account_number_masked, ifsc, bic, iban, currency,
      opening_balance, opening_balance_date, opening_entry_id)
    values (${v.tenant_id}, ${v.id}, ${v.kind}, ${v.name}, ${v.ledger_account_id}, ${v.bank_name}, ${v.account_number_masked}, ${v.ifsc}, ${v.bic},
      ${v.iban}, ${v.currency}, ${v.opening_balance}::numeric, ${v.opening_balance_date}::date, ${v.opening_entry_id})
    on conflict (tenant_id, ledger_account_id) do nothing
    returning ${ACCOUNT_COLUMNS}`.execute(tx);
  return rows[0];
}

export async function findAccount(tx: Tx, id: string, lock = false): Promise<BankAccountRow | undefined> {
  const { rows } = await sql<BankAccountRow>`select ${ACCOUNT_COLUMNS} from banking.bank_accounts where id = ${id} ${lock ? sql`for update` : sql``}`.execute(tx);
  return rows[0];
}

export async function findByLedgerAccount(tx: Tx, ledgerAccountId: string): Promise<BankAccountRow | undefined> {
  const { rows } = await sql<BankAccountRow>`select ${ACCOUNT_COLUMNS} from banking.bank_accounts where ledger_account_id = ${ledgerAccountId}`.execute(tx);
  return rows[0];
}

export type BankAccountChanges = Partial<Omit<BankAccountRow, 'tenant_id' | 'id' | 'version' | 'created_at' | 'updated_at' | 'created_key'>>;
const CASTS: Partial<Record<keyof BankAccountChanges, string>> = {
  opening_balance: 'numeric',
  opening_balance_date: 'date',
  last_statement_balance: 'numeric',
  last_statement_date: 'date',
};

export async function updateAccount(tx: Tx, id: string, expectedVersion: number, changes: BankAccountChanges): Promise<BankAccountRow | undefined> {
  const sets = Object.entries(changes)
    .filter(([, value]) => value !== undefined)
    .map(([column, value]) => {
      const cast = CASTS[column as keyof BankAccountChanges];
      return cast ? sql`${sql.ref(column)} = ${value}::${sql.raw(cast)}` : sql`${sql.ref(column)} = ${value}`;
    });
  const { rows } = await sql<BankAccountRow>`
    update banking.bank_accounts set ${sql.join([...sets, sql`version = version + 1`, sql`updated_at = now()`], sql`, `)}
    where id = ${id} and version = ${expectedVersion}
    returning ${ACCOUNT_COLUMNS}`.execute(tx);
  return rows[0];
}

export async function listAccounts(tx: Tx, f: { status?: 'active' | 'archived' | undefined; kind?: 'bank' | 'cash' | undefined; currency?: string | undefined; after?: { k: string; id: string } | undefined; limit: number }) {
  const where = [f.status ? sql`status = ${f.status}` : sql`status <> 'archived'`];
  if (f.kind) where.push(sql`kind = ${f.kind}`);
  if (f.currency) where.push(sql`currency = ${f.currency}`);
  if (f.after) where.push(sql`(created_at, id) > (${f.after.k}::timestamptz, ${f.after.id}::uuid)`);
  const { rows } = await sql<BankAccountRow>`
    select ${ACCOUNT_COLUMNS} from banking.bank_accounts where ${sql.join(where, sql` and `)}
    order by created_at, id limit ${f.limit + 1}`.execute(tx);
  return rows;
}

// ---------- presets ----------

export interface PresetRow {
  tenant_id: string;
  id: string;
  name: string;
  bank_name: string | null;
  mapping: unknown;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export async function insertPreset(tx: Tx, v: { tenant_id: string; id: string; name: string; bank_name: string | null; mapping: unknown }): Promise<PresetRow | undefined> {
  const { rows } = await sql<PresetRow>`
    insert into banking.statement_presets (tenant_id, id, name, bank_name, mapping)
    values (${v.tenant_id}, ${v.id}, ${v.name}, ${v.bank_name}, ${JSON.stringify(v.mapping)}::jsonb)
    on conflict (tenant_id, name) do nothing
    returning *`.execute(tx);
  return rows[0];
}

export async function findPreset(tx: Tx, id: string): Promise<PresetRow | undefined> {
  const { rows } = await sql<PresetRow>`select * from banking.statement_presets where id = ${id}`.execute(tx);
  return rows[0];
}

export async function updatePreset(tx: Tx, id: string, expectedVersion: number, v: { name: string; bank_name: string | null; mapping: unknown }): Promise<PresetRow | undefined> {
  const { rows } = await sql<PresetRow>`
    update banking.statement_presets set name = ${v.name}, bank_name = ${v.bank_name}, mapping = ${JSON.stringify(v.mapping)}::jsonb,
      version = version + 1, updated_at = now()
    where id = ${id} and version = ${expectedVersion}
    returning *`.execute(tx);
  return rows[0];
}

export async function deletePreset(tx: Tx, id: string): Promise<boolean> {
  const r = await sql`delete from banking.statement_presets where id = ${id}`.execute(tx);
  return (r.numAffectedRows ?? 0n) > 0n;
}

export async function listPresets(tx: Tx, f: { bankName?: string | undefined; after?: { k: string; id: string } | undefined; limit: number }): Promise<PresetRow[]> {
  const where = [sql`true`];
  if (f.bankName) where.push(sql`lower(bank_name) = lower(${f.bankName})`);
  if (f.after) where.push(sql`(lower(name), id) > (${f.after.k}, ${f.after.id}::uuid)`);
  const { rows } = await sql<PresetRow>`
    select * from banking.statement_presets where ${sql.join(where, sql` and `)} order by lower(name), id limit ${f.limit + 1}`.execute(tx);
  return rows;
}

// ---------- imports and lines ----------

export interface ImportRow {
  id: string;
  bank_account_id: string;
  format: string;
  file_name: string;
  file_sha256: string;
  file_bytes: number;
  statement_count: number;
  line_count: number;
  imported_count: number;
  duplicate_count: number;
  balance_status: 'ok' | 'unchecked';
  opening_balance: string | null;
  closing_balance: string | null;
  period_from: string | null;
  period_to: string | null;
  statements: unknown;
  warnings: unknown;
  created_by: string | null;
  created_at: Date;
  created_key: string;
}

const IMPORT_COLUMNS = sql`id, bank_account_id, format, file_name, file_sha256, file_bytes, statement_count, line_count, imported_count, duplicate_count,
  balance_status, opening_balance::text as opening_balance, closing_balance::text as closing_balance, period_from::text as period_from,
  period_to::text as period_to, statements, warnings, created_by, created_at, created_at::text as created_key`;

export async function insertImport(
  tx: Tx,
  v: Omit<ImportRow, 'created_at' | 'created_key' | 'imported_count' | 'duplicate_count'> & { tenant_id: string },
): Promise<void> {
  await sql`
    insert into banking.statement_imports (tenant_id, id, bank_account_id, format, file_name, file_sha256, file_bytes, statement_count, line_count,
      imported_count, duplicate_count, balance_status, opening_balance, closing_balance, period_from, period_to, statements, warnings, created_by)
    values (${v.tenant_id}, ${v.id}, ${v.bank_account_id}, ${v.format}, ${v.file_name}, ${v.file_sha256}, ${v.file_bytes}, ${v.statement_count}, ${v.line_count},
      0, 0, ${v.balance_status}, ${v.opening_balance}::numeric, ${v.closing_balance}::numeric, ${v.period_from}::date, ${v.period_to}::date,
      ${JSON.stringify(v.statements)}::jsonb, ${JSON.stringify(v.warnings)}::jsonb, ${v.created_by})`.execute(tx);
}

export async function setImportCounts(tx: Tx, id: string, imported: number, duplicates: number): Promise<ImportRow> {
  // The counts are known only once the lines went in (the lines reference the import row).
  const { rows } = await sql<ImportRow>`
    update banking.statement_imports set imported_count = ${imported}, duplicate_count = ${duplicates}
    where id = ${id} returning ${IMPORT_COLUMNS}`.execute(tx);
  return rows[0]!;
}

export interface LineValues {
  id: string;
  statement_index: number;
  line_date: string;
  value_date: string | null;
  amount: string;
  description: string;
  reference: string | null;
  bank_ref: string | null;
  counterparty: string | null;
  balance: string | null;
  dedupe_key: string;
}

/** Inserts the lines whose duplicate key is new for the account; returns the keys inserted. */
export async function insertLines(tx: Tx, tenantId: string, bankAccountId: string, importId: string, currency: string, lines: LineValues[]): Promise<Set<string>> {
  const inserted = new Set<string>();
  for (let i = 0; i < lines.length; i += 1000) {
    const chunk = lines.slice(i, i + 1000);
    const col = <K extends keyof LineValues>(k: K) => chunk.map((l) => l[k]);
    const { rows } = await sql<{ dedupe_key: string }>`
      insert into banking.statement_lines (tenant_id, id, bank_account_id, import_id, statement_index, line_date, value_date, amount, currency,
        description, reference, bank_ref, counterparty, balance, dedupe_key)
      select ${tenantId}::uuid, u.id, ${bankAccountId}::uuid, ${importId}::uuid, u.statement_index, u.line_date, u.value_date, u.amount, ${currency},
        u.description, u.reference, u.bank_ref, u.counterparty, u.balance, u.dedupe_key
      from unnest(${col('id')}::uuid[], ${col('statement_index')}::int[], ${col('line_date')}::date[], ${col('value_date')}::date[], ${col('amount')}::numeric[],
        ${col('description')}::text[], ${col('reference')}::text[], ${col('bank_ref')}::text[], ${col('counterparty')}::text[], ${col('balance')}::numeric[],
        ${col('dedupe_key')}::text[])
        with ordinality as u(id, statement_index, line_date, value_date, amount, description, reference, bank_ref, counterparty, balance, dedupe_key, ord)
      order by u.ord
      on conflict (tenant_id, bank_account_id, dedupe_key) do nothing
      returning dedupe_key`.execute(tx);
    for (const r of rows) inserted.add(r.dedupe_key);
  }
  return inserted;
}

export async function existingKeys(tx: Tx, bankAccountId: string, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const { rows } = await sql<{ dedupe_key: string }>`
    select dedupe_key from banking.statement_lines where bank_account_id = ${bankAccountId} and dedupe_key = any(${keys}::text[])`.execute(tx);
  return new Set(rows.map((r) => r.dedupe_key));
}

export async function listImports(tx: Tx, bankAccountId: string, f: { after?: { k: string; id: string } | undefined; limit: number }): Promise<ImportRow[]> {
  const where = [sql`bank_account_id = ${bankAccountId}`];
  if (f.after) where.push(sql`(created_at, id) < (${f.after.k}::timestamptz, ${f.after.id}::uuid)`);
  const { rows } = await sql<ImportRow>`
    select ${IMPORT_COLUMNS} from banking.statement_imports where ${sql.join(where, sql` and `)}
    order by created_at desc, id desc limit ${f.limit + 1}`.execute(tx);
  return rows;
}

export interface LineRow {
  id: string;
  seq: string;
  bank_account_id: string;
  import_id: string;
  line_date: string;
  value_date: string | null;
  amount: string;
  currency: string;
  description: string;
  reference: string | null;
  bank_ref: string | null;
  counterparty: string | null;
  balance: string | null;
  status: 'unreconciled' | 'reconciled' | 'excluded';
}

export interface LineFilter {
  from?: string | undefined;
  to?: string | undefined;
  status?: 'unreconciled' | 'reconciled' | 'excluded' | undefined;
  importId?: string | undefined;
  q?: string | undefined;
  minAmount?: string | undefined;
  maxAmount?: string | undefined;
  after?: { date: string; seq: string } | undefined;
  limit: number;
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listLines(tx: Tx, bankAccountId: string, f: LineFilter): Promise<LineRow[]> {
  const where = [sql`bank_account_id = ${bankAccountId}`];
  if (f.from) where.push(sql`line_date >= ${f.from}::date`);
  if (f.to) where.push(sql`line_date <= ${f.to}::date`);
  if (f.status) where.push(sql`status = ${f.status}`);
  if (f.importId) where.push(sql`import_id = ${f.importId}`);
  if (f.q) {
    const like = `%${likeEscape(f.q)}%`;
    where.push(sql`(description ilike ${like} or reference ilike ${like} or bank_ref ilike ${like} or counterparty ilike ${like})`);
  }
  if (f.minAmount) where.push(sql`amount >= ${f.minAmount}::numeric`);
  if (f.maxAmount) where.push(sql`amount <= ${f.maxAmount}::numeric`);
  if (f.after) where.push(sql`(line_date, seq) > (${f.after.date}::date, ${f.after.seq}::bigint)`);
  const { rows } = await sql<LineRow>`
    select id, seq::text as seq, bank_account_id, import_id, line_date::text as line_date, value_date::text as value_date, amount::text as amount, currency,
      description, reference, bank_ref, counterparty, balance::text as balance, status
    from banking.statement_lines where ${sql.join(where, sql` and `)}
    order by line_date, seq limit ${f.limit + 1}`.execute(tx);
  return rows;
}

export async function linesByIds(tx: Tx, ids: string[]): Promise<LineRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql<LineRow>`
    select id, seq::text as seq, bank_account_id, import_id, line_date::text as line_date, value_date::text as value_date, amount::text as amount, currency,
      description, reference, bank_ref, counterparty, balance::text as balance, status
    from banking.statement_lines where id = any(${ids}::uuid[]) order by line_date, seq for update`.execute(tx);
  return rows;
}

export async function setLineStatus(tx: Tx, ids: string[], from: LineRow['status'], to: LineRow['status']): Promise<string[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql<{ id: string }>`
    update banking.statement_lines set status = ${to} where id = any(${ids}::uuid[]) and status = ${from} returning id`.execute(tx);
  return rows.map((r) => r.id);
}
