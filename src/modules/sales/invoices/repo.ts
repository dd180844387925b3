import { sql } from 'kysely';
import type { Tx } from '../../../platform/db/index.js';
import type { InvoiceStatus, TaxComponent, TaxRow } from '../domain/invoice.js';
import type { BuyerSnapshot } from './print.js';

export type InvoiceKind = 'invoice' | 'debit_note';

export interface InvoiceRow {
  tenant_id: string;
  id: string;
  kind: InvoiceKind;
  original_invoice_id: string | null;
  number: string | null;
  status: InvoiceStatus;
  customer_id: string;
  customer_name: string;
  buyer: BuyerSnapshot;
  currency: string;
  exchange_rate: string;
  invoice_date: string;
  due_date: string;
  tax_engine: 'gst' | 'vat';
  place_of_supply: string | null;
  supply_type: string | null;
  reverse_charge: boolean;
  reference: string | null;
  notes: string | null;
  terms: string | null;
  sales_order_id: string | null;
  reason: string | null;
  subtotal: string;
  discount_total: string;
  tax_total: string;
  taxes: TaxRow[];
  round_off: string;
  total: string;
  total_minor: string;
  amount_paid: string;
  amount_paid_minor: string;
  entry_id: string | null;
  stock_entry_id: string | null;
  void_entry_id: string | null;
  void_stock_entry_id: string | null;
  issued_at: Date | null;
  voided_at: Date | null;
  sent_at: Date | null;
  created_by: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface LineRow {
  tenant_id: string;
  id: string;
  invoice_id: string;
  line_no: number;
  product_id: string | null;
  description: string;
  hsn: string | null;
  supply_kind: 'goods' | 'service';
  track_stock: boolean;
  quantity: string;
  unit: string | null;
  unit_price: string;
  discount_percent: string;
  discount: string;
  taxable_value: string;
  tax_rate: string;
  tax_components: TaxComponent[];
  tax_amount: string;
  line_total: string;
  tax_rate_id: string | null;
  tax_group_id: string | null;
  store_id: string | null;
  order_line_id: string | null;
  delivery_line_id: string | null;
  cost_value: string | null;
}

export type NewInvoice = Omit<InvoiceRow, 'version' | 'created_at' | 'updated_at' | 'issued_at' | 'voided_at' | 'sent_at'>;

const INVOICE_COLUMNS = sql`tenant_id, id, kind, original_invoice_id, number, status, customer_id, customer_name, buyer, trim(currency) as currency,
  trim_scale(exchange_rate)::text as exchange_rate, invoice_date::text as invoice_date, due_date::text as due_date, tax_engine, place_of_supply,
  supply_type, reverse_charge, reference, notes, terms, sales_order_id, reason, subtotal::text as subtotal, discount_total::text as discount_total,
  tax_total::text as tax_total, taxes, round_off::text as round_off, total::text as total, total_minor::text as total_minor,
  amount_paid::text as amount_paid, amount_paid_minor::text as amount_paid_minor, entry_id, stock_entry_id, void_entry_id, void_stock_entry_id,
  issued_at, voided_at, sent_at, created_by, version, created_at, updated_at`;

const LINE_COLUMNS = sql`tenant_id, id, invoice_id, line_no, product_id, description, hsn, supply_kind, track_stock, trim_scale(quantity)::text as quantity,
  unit, unit_price::text as unit_price, trim_scale(discount_percent)::text as discount_percent, discount::text as discount,
  taxable_value::text as taxable_value, trim_scale(tax_rate)::text as tax_rate, tax_components, tax_amount::text as tax_amount,
  line_total::text as line_total, tax_rate_id, tax_group_id, store_id, order_line_id, delivery_line_id, cost_value::text as cost_value`;

const json = (value: unknown) => JSON.stringify(value);

function invoiceValues(row: NewInvoice) {
  return { ...row, buyer: json(row.buyer), taxes: json(row.taxes) };
}

export async function insertInvoice(tx: Tx, row: NewInvoice, lines: LineRow[]): Promise<void> {
  await tx.insertInto('sales.invoices').values(invoiceValues(row)).execute();
  await insertLines(tx, lines);
}

export async function insertLines(tx: Tx, lines: LineRow[]): Promise<void> {
  if (lines.length === 0) return;
  await tx
    .insertInto('sales.invoice_lines')
    .values(lines.map((l) => ({ ...l, tax_components: json(l.tax_components) })))
    .execute();
}

/** Replaces a draft's header and lines (the caller checked the version). */
export async function replaceDraft(tx: Tx, row: NewInvoice, lines: LineRow[]): Promise<void> {
  const { tenant_id: _t, id, ...rest } = invoiceValues(row);
  await tx.updateTable('sales.invoices').set({ ...rest, version: sql`version + 1`, updated_at: sql`now()` }).where('id', '=', id).execute();
  await tx.deleteFrom('sales.invoice_lines').where('invoice_id', '=', id).execute();
  await insertLines(tx, lines);
}

export async function findInvoice(tx: Tx, id: string, lock = false): Promise<InvoiceRow | undefined> {
  const { rows } = await sql<InvoiceRow>`select ${INVOICE_COLUMNS} from sales.invoices where id = ${id} ${lock ? sql`for update` : sql``}`.execute(tx);
  return rows[0];
}

export async function linesOf(tx: Tx, invoiceIds: readonly string[]): Promise<LineRow[]> {
  if (invoiceIds.length === 0) return [];
  const { rows } = await sql<LineRow>`select ${LINE_COLUMNS} from sales.invoice_lines where invoice_id = any(${[...invoiceIds]}::uuid[]) order by invoice_id, line_no`.execute(tx);
  return rows;
}

export async function updateInvoice(tx: Tx, id: string, changes: Record<string, unknown>): Promise<void> {
  const set: Record<string, unknown> = { ...changes, version: sql`version + 1`, updated_at: sql`now()` };
  if ('taxes' in set) set.taxes = json(set.taxes);
  await tx.updateTable('sales.invoices').set(set).where('id', '=', id).execute();
}

export async function setLineCosts(tx: Tx, costs: { id: string; value: bigint }[]): Promise<void> {
  if (costs.length === 0) return;
  await sql`update sales.invoice_lines l set cost_value = c.value
    from unnest(${costs.map((c) => c.id)}::uuid[], ${costs.map((c) => c.value.toString())}::bigint[]) as c(id, value)
    where l.id = c.id`.execute(tx);
}

export async function deleteDraft(tx: Tx, id: string): Promise<void> {
  await tx.deleteFrom('sales.invoices').where('id', '=', id).execute();
}

export interface InvoiceFilter {
  kind: InvoiceKind;
  status?: InvoiceStatus | undefined;
  customerId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  overdueOn?: string | undefined;
  q?: string | undefined;
  originalInvoiceId?: string | undefined;
  after?: { date: string; id: string } | undefined;
  limit: number;
}

/** Newest first (date, then id), keyset pages. */
export async function listInvoices(tx: Tx, f: InvoiceFilter): Promise<InvoiceRow[]> {
  const where = [sql`kind = ${f.kind}`];
  if (f.status) where.push(sql`status = ${f.status}`);
  if (f.customerId) where.push(sql`customer_id = ${f.customerId}`);
  if (f.from) where.push(sql`invoice_date >= ${f.from}::date`);
  if (f.to) where.push(sql`invoice_date <= ${f.to}::date`);
  if (f.overdueOn) where.push(sql`status in ('issued', 'partly_paid') and due_date < ${f.overdueOn}::date`);
  if (f.q) where.push(sql`number ilike ${`%${f.q.replace(/[\\%_]/g, '\\$&')}%`}`);
  if (f.originalInvoiceId) where.push(sql`original_invoice_id = ${f.originalInvoiceId}`);
  if (f.after) where.push(sql`(invoice_date, id) < (${f.after.date}::date, ${f.after.id}::uuid)`);
  const { rows } = await sql<InvoiceRow>`select ${INVOICE_COLUMNS} from sales.invoices where ${sql.join(where, sql` and `)}
    order by invoice_date desc, id desc limit ${f.limit}`.execute(tx);
  return rows;
}

export async function openInvoices(tx: Tx, filter: { customerId?: string | undefined; dueOnOrBefore?: string | undefined }): Promise<InvoiceRow[]> {
  const where = [sql`status in ('issued', 'partly_paid')`];
  if (filter.customerId) where.push(sql`customer_id = ${filter.customerId}`);
  if (filter.dueOnOrBefore) where.push(sql`due_date <= ${filter.dueOnOrBefore}::date`);
  const { rows } = await sql<InvoiceRow>`select ${INVOICE_COLUMNS} from sales.invoices where ${sql.join(where, sql` and `)}
    order by due_date, invoice_date, id limit 5000`.execute(tx);
  return rows;
}

export async function invoicedQuantities(tx: Tx, orderLineIds: readonly string[]): Promise<Map<string, string>> {
  if (orderLineIds.length === 0) return new Map();
  const { rows } = await sql<{ order_line_id: string; quantity: string }>`
    select l.order_line_id, trim_scale(sum(l.quantity))::text as quantity
      from sales.invoice_lines l join sales.invoices i on i.tenant_id = l.tenant_id and i.id = l.invoice_id
     where l.order_line_id = any(${[...orderLineIds]}::uuid[]) and i.status <> 'void'
     group by l.order_line_id`.execute(tx);
  return new Map(rows.map((r) => [r.order_line_id, r.quantity]));
}

/** Does anything (credit notes, live debit notes) refer to the invoice? */
export async function hasCorrections(tx: Tx, invoiceId: string): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`select
      (select count(*) from sales.credit_notes where invoice_id = ${invoiceId})::int
    + (select count(*) from sales.invoices where original_invoice_id = ${invoiceId} and status <> 'void')::int as n`.execute(tx);
  return (rows[0]?.n ?? 0) > 0;
}

// ---------------- settings ----------------

export interface SettingsRow {
  tenant_id: string;
  upi_vpa: string | null;
  upi_payee_name: string | null;
  default_notes: string | null;
  default_terms: string | null;
  invoice_footer: string | null;
  round_total: boolean;
  version: number;
  updated_at: Date;
}

/** The tenant's settings, created with the defaults on first use. */
export async function settings(tx: Tx, tenantId: string): Promise<SettingsRow> {
  const { rows } = await sql<SettingsRow>`
    with created as (insert into sales.settings (tenant_id) values (${tenantId}) on conflict do nothing returning *)
    select * from created union all select * from sales.settings where not exists (select 1 from created)`.execute(tx);
  if (rows[0]) return rows[0];
  // A concurrent first use inserted the row and committed while this statement waited: its
  // snapshot predates that row, a new statement sees it.
  return tx.selectFrom('sales.settings').selectAll().$castTo<SettingsRow>().executeTakeFirstOrThrow();
}

export async function lockSettings(tx: Tx, tenantId: string): Promise<SettingsRow> {
  await settings(tx, tenantId);
  return tx.selectFrom('sales.settings').selectAll().forUpdate().$castTo<SettingsRow>().executeTakeFirstOrThrow();
}

export async function updateSettings(tx: Tx, changes: Partial<Omit<SettingsRow, 'tenant_id' | 'version' | 'updated_at'>>): Promise<SettingsRow> {
  return tx
    .updateTable('sales.settings')
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
    .returningAll()
    .$castTo<SettingsRow>()
    .executeTakeFirstOrThrow();
}

// ---------------- credit notes ----------------

export interface CreditNoteRow {
  tenant_id: string;
  id: string;
  number: string;
  invoice_id: string;
  customer_id: string;
  currency: string;
  exchange_rate: string;
  note_date: string;
  reason: string | null;
  subtotal: string;
  tax_total: string;
  taxes: TaxRow[];
  total: string;
  total_minor: string;
  applied: string;
  unapplied: string;
  return_store_id: string | null;
  entry_id: string;
  stock_entry_id: string | null;
  created_by: string | null;
  version: number;
  created_at: Date;
}

export interface CreditLineRow {
  tenant_id: string;
  id: string;
  credit_note_id: string;
  invoice_line_id: string;
  line_no: number;
  product_id: string | null;
  description: string;
  hsn: string | null;
  quantity: string;
  unit: string | null;
  unit_price: string;
  taxable_value: string;
  tax_rate: string;
  tax_components: TaxComponent[];
  tax_amount: string;
  line_total: string;
  returned_to_stock: boolean;
  cost_value: string | null;
}

const CREDIT_COLUMNS = sql`tenant_id, id, number, invoice_id, customer_id, trim(currency) as currency, trim_scale(exchange_rate)::text as exchange_rate,
  note_date::text as note_date, reason, subtotal::text as subtotal, tax_total::text as tax_total, taxes, total::text as total,
  total_minor::text as total_minor, applied::text as applied, unapplied::text as unapplied, return_store_id, entry_id, stock_entry_id,
  created_by, version, created_at`;

const CREDIT_LINE_COLUMNS = sql`tenant_id, id, credit_note_id, invoice_line_id, line_no, product_id, description, hsn, trim_scale(quantity)::text as quantity,
  unit, unit_price::text as unit_price, taxable_value::text as taxable_value, trim_scale(tax_rate)::text as tax_rate, tax_components,
  tax_amount::text as tax_amount, line_total::text as line_total, returned_to_stock, cost_value::text as cost_value`;

export async function insertCreditNote(tx: Tx, row: Omit<CreditNoteRow, 'version' | 'created_at'>, lines: CreditLineRow[]): Promise<void> {
  await tx.insertInto('sales.credit_notes').values({ ...row, taxes: json(row.taxes) }).execute();
  await tx
    .insertInto('sales.credit_note_lines')
    .values(lines.map((l) => ({ ...l, tax_components: json(l.tax_components) })))
    .execute();
}

export async function findCreditNote(tx: Tx, id: string): Promise<CreditNoteRow | undefined> {
  const { rows } = await sql<CreditNoteRow>`select ${CREDIT_COLUMNS} from sales.credit_notes where id = ${id}`.execute(tx);
  return rows[0];
}

export async function creditLinesOf(tx: Tx, creditNoteIds: readonly string[]): Promise<CreditLineRow[]> {
  if (creditNoteIds.length === 0) return [];
  const { rows } = await sql<CreditLineRow>`select ${CREDIT_LINE_COLUMNS} from sales.credit_note_lines
    where credit_note_id = any(${[...creditNoteIds]}::uuid[]) order by credit_note_id, line_no`.execute(tx);
  return rows;
}

/** Credit note lines already written against these invoice lines. */
export async function creditedLines(tx: Tx, invoiceLineIds: readonly string[]): Promise<CreditLineRow[]> {
  if (invoiceLineIds.length === 0) return [];
  const { rows } = await sql<CreditLineRow>`select ${CREDIT_LINE_COLUMNS} from sales.credit_note_lines
    where invoice_line_id = any(${[...invoiceLineIds]}::uuid[])`.execute(tx);
  return rows;
}

export async function listCreditNotes(
  tx: Tx,
  f: { invoiceId?: string | undefined; customerId?: string | undefined; from?: string | undefined; to?: string | undefined; after?: { date: string; id: string } | undefined; limit: number },
): Promise<CreditNoteRow[]> {
  const where = [sql`true`];
  if (f.invoiceId) where.push(sql`invoice_id = ${f.invoiceId}`);
  if (f.customerId) where.push(sql`customer_id = ${f.customerId}`);
  if (f.from) where.push(sql`note_date >= ${f.from}::date`);
  if (f.to) where.push(sql`note_date <= ${f.to}::date`);
  if (f.after) where.push(sql`(note_date, id) < (${f.after.date}::date, ${f.after.id}::uuid)`);
  const { rows } = await sql<CreditNoteRow>`select ${CREDIT_COLUMNS} from sales.credit_notes where ${sql.join(where, sql` and `)}
    order by note_date desc, id desc limit ${f.limit}`.execute(tx);
  return rows;
}
