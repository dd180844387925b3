import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import type { Address, Contact, RegistrationType } from './domain/party.js';

export type PartyStatus = 'active' | 'suspended' | 'archived';
export type PartyKind = 'customer' | 'vendor';

export interface PartyRow {
  tenant_id: string;
  id: string;
  is_customer: boolean;
  is_vendor: boolean;
  legal_name: string;
  display_name: string;
  registration_type: RegistrationType;
  gstin: string | null;
  gst_state_code: string | null;
  pan: string | null;
  billing_address: Address | null;
  shipping_address: Address | null;
  contacts: Contact[];
  emails: string[];
  phones: string[];
  payment_terms_days: number | null;
  currency: string;
  /** numeric, as PostgreSQL returns it: a decimal string. */
  credit_limit: string | null;
  opening_balance: string | null;
  opening_balance_date: string | null;
  opening_entry_id: string | null;
  opening_side: 'receivable' | 'payable' | null;
  opening_revision: number;
  tags: string[];
  notes: string | null;
  status: PartyStatus;
  search_text: string;
  version: number;
  created_at: Date;
  updated_at: Date;
  /** created_at with microseconds, as the list cursor carries it. */
  created_key: string;
}

export type PartyValues = Omit<PartyRow, 'version' | 'created_at' | 'updated_at' | 'created_key' | 'status'>;
export type PartyChanges = Partial<Omit<PartyRow, 'tenant_id' | 'id' | 'version' | 'created_at' | 'updated_at' | 'created_key'>>;

const COLUMNS = sql`tenant_id, id, is_customer, is_vendor, legal_name, display_name, registration_type, gstin, gst_state_code, pan,
  billing_address, shipping_address, contacts, emails, phones, payment_terms_days, currency, credit_limit::text as credit_limit,
  opening_balance::text as opening_balance, opening_balance_date::text as opening_balance_date, opening_entry_id, opening_side, opening_revision,
  tags, notes, status, search_text, version, created_at, updated_at, created_at::text as created_key`;

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

export async function insertParty(tx: Tx, v: PartyValues): Promise<PartyRow> {
  const { rows } = await sql<PartyRow>`
    insert into parties.parties (tenant_id, id, is_customer, is_vendor, legal_name, display_name, registration_type, gstin, gst_state_code, pan,
      billing_address, shipping_address, contacts, emails, phones, payment_terms_days, currency, credit_limit, opening_balance,
      opening_balance_date, opening_entry_id, opening_side, opening_revision, tags, notes, search_text)
    values (${v.tenant_id}, ${v.id}, ${v.is_customer}, ${v.is_vendor}, ${v.legal_name}, ${v.display_name}, ${v.registration_type}, ${v.gstin},
      ${v.gst_state_code}, ${v.pan}, ${json(v.billing_address)}::jsonb, ${json(v.shipping_address)}::jsonb, ${json(v.contacts)}::jsonb,
      ${v.emails}::text[], ${v.phones}::text[], ${v.payment_terms_days}, ${v.currency}, ${v.credit_limit}::numeric, ${v.opening_balance}::numeric,
      ${v.opening_balance_date}::date, ${v.opening_entry_id}, ${v.opening_side}, ${v.opening_revision}, ${v.tags}::text[], ${v.notes}, ${v.search_text})
    returning ${COLUMNS}`.execute(tx);
  return rows[0]!;
}

export async function findParty(tx: Tx, id: string, lock = false): Promise<PartyRow | undefined> {
  const { rows } = await sql<PartyRow>`select ${COLUMNS} from parties.parties where id = ${id} ${lock ? sql`for update` : sql``}`.execute(tx);
  return rows[0];
}

const COLUMN_CASTS: Partial<Record<keyof PartyChanges, string>> = {
  billing_address: 'jsonb',
  shipping_address: 'jsonb',
  contacts: 'jsonb',
  emails: 'text[]',
  phones: 'text[]',
  tags: 'text[]',
  credit_limit: 'numeric',
  opening_balance: 'numeric',
  opening_balance_date: 'date',
};
const JSON_COLUMNS = new Set(['billing_address', 'shipping_address', 'contacts']);

/** Applies the changes when the row is still at `expectedVersion`; undefined when it moved on. */
export async function updateParty(tx: Tx, id: string, expectedVersion: number, changes: PartyChanges): Promise<PartyRow | undefined> {
  const sets = Object.entries(changes)
    .filter(([, value]) => value !== undefined)
    .map(([column, value]) => {
      const cast = COLUMN_CASTS[column as keyof PartyChanges];
      const param = JSON_COLUMNS.has(column) ? json(value) : value;
      return cast ? sql`${sql.ref(column)} = ${param}::${sql.raw(cast)}` : sql`${sql.ref(column)} = ${param}`;
    });
  const { rows } = await sql<PartyRow>`
    update parties.parties set ${sql.join([...sets, sql`version = version + 1`, sql`updated_at = now()`], sql`, `)}
    where id = ${id} and version = ${expectedVersion}
    returning ${COLUMNS}`.execute(tx);
  return rows[0];
}

export interface PartyFilter {
  kind: PartyKind;
  q?: string | undefined;
  status?: PartyStatus | undefined;
  tag?: string | undefined;
  registrationType?: RegistrationType | undefined;
  sort: 'name' | '-name' | 'createdAt' | '-createdAt';
  after?: { k: string; id: string } | undefined;
  limit: number;
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** One page (plus one row) in keyset order; archived parties only when asked for. */
export async function listParties(tx: Tx, f: PartyFilter): Promise<PartyRow[]> {
  const where = [f.kind === 'customer' ? sql`is_customer` : sql`is_vendor`];
  where.push(f.status ? sql`status = ${f.status}` : sql`status <> 'archived'`);
  if (f.tag) where.push(sql`tags @> array[${f.tag}]::text[]`);
  if (f.registrationType) where.push(sql`registration_type = ${f.registrationType}`);
  if (f.q) {
    const term = f.q.toLowerCase();
    const digits = /^[0-9\s+()-]+$/.test(term) ? term.replace(/\D/g, '') : '';
    const matches = [sql`search_text like ${`%${likeEscape(term)}%`}`];
    if (digits.length >= 3 && digits !== term) matches.push(sql`search_text like ${`%${digits}%`}`);
    where.push(sql`(${sql.join(matches, sql` or `)})`);
  }
  const byName = f.sort === 'name' || f.sort === '-name';
  const descending = f.sort.startsWith('-');
  const key = byName ? sql`lower(display_name)` : sql`created_at`;
  const keyParam = (k: string) => (byName ? sql`${k}` : sql`${k}::timestamptz`);
  if (f.after) where.push(descending ? sql`(${key}, id) < (${keyParam(f.after.k)}, ${f.after.id}::uuid)` : sql`(${key}, id) > (${keyParam(f.after.k)}, ${f.after.id}::uuid)`);
  const direction = descending ? sql`desc` : sql`asc`;
  const { rows } = await sql<PartyRow>`
    select ${COLUMNS} from parties.parties where ${sql.join(where, sql` and `)}
    order by ${key} ${direction}, id ${direction}
    limit ${f.limit + 1}`.execute(tx);
  return rows;
}

/** Other parties with the same GSTIN or one of the same emails (archived ones are not counted). */
export async function possibleDuplicates(tx: Tx, p: { id: string; gstin: string | null; emails: readonly string[] }): Promise<{ id: string; field: 'gstin' | 'email' }[]> {
  const out: { id: string; field: 'gstin' | 'email' }[] = [];
  if (p.gstin) {
    const { rows } = await sql<{ id: string }>`
      select id from parties.parties where gstin = ${p.gstin} and id <> ${p.id} and status <> 'archived' order by created_at, id limit 10`.execute(tx);
    out.push(...rows.map((r) => ({ id: r.id, field: 'gstin' as const })));
  }
  if (p.emails.length > 0) {
    const { rows } = await sql<{ id: string }>`
      select id from parties.parties where emails && ${[...p.emails]}::text[] and id <> ${p.id} and status <> 'archived' order by created_at, id limit 10`.execute(tx);
    out.push(...rows.map((r) => ({ id: r.id, field: 'email' as const })));
  }
  return out;
}

// ---------- settings ----------

export interface SettingsRow {
  credit_limit_mode: 'warn' | 'block';
  version: number;
}

export async function settings(tx: Tx, tenantId: string): Promise<SettingsRow> {
  const { rows } = await sql<SettingsRow>`select credit_limit_mode, version from parties.settings where tenant_id = ${tenantId}`.execute(tx);
  return rows[0] ?? { credit_limit_mode: 'warn', version: 0 };
}

export async function setSettings(tx: Tx, tenantId: string, mode: 'warn' | 'block', expectedVersion: number): Promise<SettingsRow | undefined> {
  const { rows } = await sql<SettingsRow>`
    insert into parties.settings as s (tenant_id, credit_limit_mode, version) values (${tenantId}, ${mode}, 1)
    on conflict (tenant_id) do update set credit_limit_mode = excluded.credit_limit_mode, version = s.version + 1, updated_at = now()
      where s.version = ${expectedVersion}
    returning credit_limit_mode, version`.execute(tx);
  return rows[0];
}
