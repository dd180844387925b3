import { sql } from 'kysely';
import type { Tx } from '../../../platform/db/index.js';
import type { QuotationStatus } from '../domain/quotation.js';
import type { StoredOrderStatus } from '../domain/order.js';
import type { PricedLine, Totals } from './pricing.js';

// SQL for the sales schema's quotation, order and delivery tables only.

export interface RulesRow {
  tenant_id: string;
  max_discount_percent: string | null;
  max_total: string | null;
  version: number;
}

export interface QuotationRow {
  tenant_id: string;
  id: string;
  number: string | null;
  status: QuotationStatus;
  revision: number;
  customer_id: string;
  customer_name: string;
  currency: string;
  quote_date: string;
  valid_until: string;
  place_of_supply: string | null;
  reference: string | null;
  terms: string | null;
  notes: string | null;
  lines: PricedLine[];
  totals: Totals;
  total: string;
  max_discount_percent: string;
  approval_reasons: string[];
  decided_by: string | null;
  decided_at: Date | null;
  decision_reason: string | null;
  sales_order_id: string | null;
  created_by: string | null;
  edited_by: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface RevisionRow {
  quotation_id: string;
  revision: number;
  snapshot: QuotationRow;
  created_at: Date;
}

export interface OrderRow {
  tenant_id: string;
  id: string;
  number: string | null;
  status: StoredOrderStatus;
  customer_id: string;
  customer_name: string;
  currency: string;
  order_date: string;
  expected_date: string | null;
  store_id: string | null;
  reserve_stock: boolean;
  place_of_supply: string | null;
  reference: string | null;
  terms: string | null;
  notes: string | null;
  totals: Totals;
  total: string;
  quotation_id: string | null;
  credit_warning: { code: string; message: string } | null;
  created_by: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface OrderLineRow {
  tenant_id: string;
  id: string;
  order_id: string;
  position: number;
  product_id: string | null;
  stocked: boolean;
  description: string;
  hsn: string | null;
  unit: string | null;
  quantity: string;
  unit_price: string;
  discount_percent: string;
  discount: string;
  tax_rate: string | null;
  tax_rate_id: string | null;
  tax_group_id: string | null;
  taxable_value: string;
  tax: string;
  amount: string;
  store_id: string | null;
  delivered: string;
  returned: string;
  /** Invoiced without a delivery line (the invoice issues the stock): filled in from the invoice links. */
  invoiced_direct: string;
}

export interface ReservationRow {
  id: string;
  order_id: string;
  order_line_id: string;
  store_id: string;
  product_id: string;
  reserved: string;
  quantity: string;
  status: 'open' | 'released';
}

export interface DeliveryRow {
  tenant_id: string;
  id: string;
  number: string;
  order_id: string;
  customer_id: string;
  customer_name: string;
  delivery_date: string;
  memo: string | null;
  entry_id: string | null;
  version: number;
  created_by: string | null;
  created_at: Date;
}

export interface DeliveryLineRow {
  tenant_id: string;
  id: string;
  delivery_id: string;
  order_line_id: string;
  position: number;
  product_id: string | null;
  store_id: string | null;
  description: string;
  quantity: string;
  cost: string;
  returned: string;
  returned_cost: string;
  /** Invoiced against this delivery line: filled in from the invoice links. */
  invoiced: string;
}

export interface ReturnLine {
  deliveryLineId: string;
  orderLineId: string;
  productId: string | null;
  storeId: string | null;
  quantity: string;
  cost: string;
}

export interface ReturnRow {
  id: string;
  delivery_id: string;
  return_date: string;
  reason: string;
  lines: ReturnLine[];
  entry_id: string | null;
  created_at: Date;
}

// ---------- approval rules ----------

export async function rules(tx: Tx, tenantId: string): Promise<RulesRow> {
  const { rows } = await sql<RulesRow>`
    with created as (insert into sales.approval_rules (tenant_id) values (${tenantId}) on conflict do nothing
                     returning tenant_id, max_discount_percent::text, max_total::text, version)
    select * from created
    union all
    select tenant_id, max_discount_percent::text, max_total::text, version from sales.approval_rules where not exists (select 1 from created)`.execute(tx);
  return rows[0]!;
}

export async function updateRules(tx: Tx, tenantId: string, expected: number, values: { maxDiscountPercent: string | null; maxTotal: string | null }): Promise<RulesRow | undefined> {
  await rules(tx, tenantId);
  const { rows } = await sql<RulesRow>`
    update sales.approval_rules set max_discount_percent = ${values.maxDiscountPercent}::numeric, max_total = ${values.maxTotal}::numeric,
      version = version + 1, updated_at = now()
    where tenant_id = ${tenantId} and version = ${expected}
    returning tenant_id, max_discount_percent::text, max_total::text, version`.execute(tx);
  return rows[0];
}

// ---------- quotations ----------

const QUOTATION = sql`tenant_id, id, number, status, revision, customer_id, customer_name, currency, quote_date::text as quote_date,
  valid_until::text as valid_until, place_of_supply, reference, terms, notes, lines, totals, total::text as total,
  max_discount_percent::text as max_discount_percent, approval_reasons, decided_by, decided_at, decision_reason, sales_order_id,
  created_by, edited_by, version, created_at, updated_at`;

export type NewQuotation = Omit<QuotationRow, 'version' | 'created_at' | 'updated_at' | 'decided_by' | 'decided_at' | 'decision_reason' | 'sales_order_id' | 'number' | 'revision'>;

export async function insertQuotation(tx: Tx, q: NewQuotation): Promise<QuotationRow> {
  const { rows } = await sql<QuotationRow>`
    insert into sales.quotations (tenant_id, id, status, customer_id, customer_name, currency, quote_date, valid_until, place_of_supply,
      reference, terms, notes, lines, totals, total, max_discount_percent, approval_reasons, created_by, edited_by)
    values (${q.tenant_id}, ${q.id}, ${q.status}, ${q.customer_id}, ${q.customer_name}, ${q.currency}, ${q.quote_date}, ${q.valid_until},
      ${q.place_of_supply}, ${q.reference}, ${q.terms}, ${q.notes}, ${JSON.stringify(q.lines)}::jsonb, ${JSON.stringify(q.totals)}::jsonb,
      ${q.total}::numeric, ${q.max_discount_percent}::numeric, ${JSON.stringify(q.approval_reasons)}::jsonb, ${q.created_by}, ${q.edited_by})
    returning ${QUOTATION}`.execute(tx);
  return rows[0]!;
}

export async function findQuotation(tx: Tx, id: string, lock = false): Promise<QuotationRow | undefined> {
  const { rows } = await sql<QuotationRow>`select ${QUOTATION} from sales.quotations where id = ${id} ${lock ? sql`for update` : sql``}`.execute(tx);
  return rows[0];
}

export type QuotationChanges = Partial<
  Pick<
    QuotationRow,
    | 'status'
    | 'number'
    | 'revision'
    | 'customer_id'
    | 'customer_name'
    | 'currency'
    | 'quote_date'
    | 'valid_until'
    | 'place_of_supply'
    | 'reference'
    | 'terms'
    | 'notes'
    | 'lines'
    | 'totals'
    | 'total'
    | 'max_discount_percent'
    | 'approval_reasons'
    | 'decided_by'
    | 'decision_reason'
    | 'sales_order_id'
    | 'edited_by'
  >
> & { decided?: 'now' | null };

export async function updateQuotation(tx: Tx, id: string, changes: QuotationChanges): Promise<QuotationRow> {
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || key === 'decided') continue;
    set[key] = key === 'lines' || key === 'totals' || key === 'approval_reasons' ? JSON.stringify(value) : value;
  }
  if (changes.decided !== undefined) set.decided_at = changes.decided === 'now' ? sql`now()` : null;
  await tx
    .updateTable('sales.quotations')
    .set({ ...set, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
  return (await findQuotation(tx, id))!;
}

export async function insertRevision(tx: Tx, row: QuotationRow, createdBy: string | null): Promise<void> {
  await sql`insert into sales.quotation_revisions (tenant_id, quotation_id, revision, snapshot, created_by)
    values (${row.tenant_id}, ${row.id}, ${row.revision}, ${JSON.stringify(row)}::jsonb, ${createdBy})`.execute(tx);
}

export async function revisions(tx: Tx, quotationId: string): Promise<RevisionRow[]> {
  const { rows } = await sql<RevisionRow>`select quotation_id, revision, snapshot, created_at from sales.quotation_revisions
    where quotation_id = ${quotationId} order by revision`.execute(tx);
  return rows;
}

export async function listQuotations(
  tx: Tx,
  filter: { status?: string | undefined; customerId?: string | undefined; today: string; after?: { k: string; id: string } | undefined; limit: number },
): Promise<QuotationRow[]> {
  const open = sql`status in ('draft', 'pending_approval', 'approved', 'sent')`;
  const status =
    filter.status === undefined
      ? sql`true`
      : filter.status === 'expired'
        ? sql`(${open} and valid_until < ${filter.today}::date)`
        : ['draft', 'pending_approval', 'approved', 'sent'].includes(filter.status)
          ? sql`(status = ${filter.status} and valid_until >= ${filter.today}::date)`
          : sql`status = ${filter.status}`;
  const { rows } = await sql<QuotationRow & { k: string }>`
    select ${QUOTATION}, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as k from sales.quotations
    where ${status} ${filter.customerId ? sql`and customer_id = ${filter.customerId}` : sql``}
      ${filter.after ? sql`and (to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), id) < (${filter.after.k}, ${filter.after.id}::uuid)` : sql``}
    order by created_at desc, id desc limit ${filter.limit}`.execute(tx);
  return rows;
}

export async function pendingApprovals(tx: Tx, filter: { today: string; after?: { k: string; id: string } | undefined; limit: number }): Promise<(QuotationRow & { k: string })[]> {
  const { rows } = await sql<QuotationRow & { k: string }>`
    select ${QUOTATION}, to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as k from sales.quotations
    where status = 'pending_approval' and valid_until >= ${filter.today}::date
      ${filter.after ? sql`and (to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), id) > (${filter.after.k}, ${filter.after.id}::uuid)` : sql``}
    order by updated_at, id limit ${filter.limit}`.execute(tx);
  return rows;
}

// ---------- orders ----------

const ORDER = sql`tenant_id, id, number, status, customer_id, customer_name, currency, order_date::text as order_date,
  expected_date::text as expected_date, store_id, reserve_stock, place_of_supply, reference, terms, notes, totals, total::text as total,
  quotation_id, credit_warning, created_by, version, created_at, updated_at`;
const LINE = sql`tenant_id, id, order_id, position, product_id, stocked, description, hsn, unit, quantity::text as quantity,
  unit_price::text as unit_price, discount_percent::text as discount_percent, discount::text as discount, tax_rate, tax_rate_id, tax_group_id, taxable_value::text as taxable_value,
  tax::text as tax, amount::text as amount, store_id, delivered::text as delivered, returned::text as returned, '0' as invoiced_direct`;

export type NewOrder = Omit<OrderRow, 'version' | 'created_at' | 'updated_at' | 'number' | 'credit_warning'>;

export async function insertOrder(tx: Tx, o: NewOrder, lines: PricedLine[]): Promise<void> {
  await sql`
    insert into sales.sales_orders (tenant_id, id, status, customer_id, customer_name, currency, order_date, expected_date, store_id,
      reserve_stock, place_of_supply, reference, terms, notes, totals, total, quotation_id, created_by)
    values (${o.tenant_id}, ${o.id}, ${o.status}, ${o.customer_id}, ${o.customer_name}, ${o.currency}, ${o.order_date}, ${o.expected_date},
      ${o.store_id}, ${o.reserve_stock}, ${o.place_of_supply}, ${o.reference}, ${o.terms}, ${o.notes}, ${JSON.stringify(o.totals)}::jsonb,
      ${o.total}::numeric, ${o.quotation_id}, ${o.created_by})`.execute(tx);
  await insertLines(tx, o.tenant_id, o.id, lines);
}

async function insertLines(tx: Tx, tenantId: string, orderId: string, lines: PricedLine[]): Promise<void> {
  await tx
    .insertInto('sales.sales_order_lines')
    .values(
      lines.map((l, i) => ({
        tenant_id: tenantId,
        id: l.id,
        order_id: orderId,
        position: i + 1,
        product_id: l.productId,
        stocked: l.stocked,
        description: l.description,
        hsn: l.hsn,
        unit: l.unit,
        quantity: l.quantity,
        unit_price: l.unitPrice,
        discount_percent: l.discountPercent,
        discount: l.discount,
        tax_rate: l.taxRate,
        tax_rate_id: l.taxRateId,
        tax_group_id: l.taxGroupId,
        taxable_value: l.taxableValue,
        tax: l.tax,
        amount: l.amount,
        store_id: l.storeId,
      })),
    )
    .execute();
}

export async function replaceLines(tx: Tx, tenantId: string, orderId: string, lines: PricedLine[]): Promise<void> {
  await tx.deleteFrom('sales.sales_order_lines').where('order_id', '=', orderId).execute();
  await insertLines(tx, tenantId, orderId, lines);
}

export async function findOrder(tx: Tx, id: string, lock = false): Promise<OrderRow | undefined> {
  const { rows } = await sql<OrderRow>`select ${ORDER} from sales.sales_orders where id = ${id} ${lock ? sql`for update` : sql``}`.execute(tx);
  return rows[0];
}

export async function orderLines(tx: Tx, orderIds: readonly string[]): Promise<OrderLineRow[]> {
  if (orderIds.length === 0) return [];
  const { rows } = await sql<OrderLineRow>`select ${LINE} from sales.sales_order_lines where order_id = any(${[...orderIds]}::uuid[]) order by order_id, position`.execute(tx);
  return rows;
}

export async function orderLinesById(tx: Tx, ids: readonly string[]): Promise<OrderLineRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql<OrderLineRow>`select ${LINE} from sales.sales_order_lines where id = any(${[...ids]}::uuid[])`.execute(tx);
  return rows;
}

export async function updateOrder(tx: Tx, id: string, changes: Record<string, unknown>): Promise<OrderRow> {
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    set[key] = key === 'totals' || key === 'credit_warning' ? (value === null ? null : JSON.stringify(value)) : value;
  }
  await tx
    .updateTable('sales.sales_orders')
    .set({ ...set, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
  return (await findOrder(tx, id))!;
}

/** Adds (or with a negative amount takes away) delivered, returned and invoiced-direct quantities. */
export async function bumpLine(tx: Tx, id: string, delta: { delivered?: string; returned?: string }): Promise<void> {
  await sql`update sales.sales_order_lines set delivered = delivered + ${delta.delivered ?? '0'}::numeric,
    returned = returned + ${delta.returned ?? '0'}::numeric
    where id = ${id}`.execute(tx);
}

export interface InvoiceLinkRow {
  invoice_id: string;
  order_line_id: string;
  delivery_line_id: string | null;
  quantity: string;
}

export async function insertInvoiceLinks(tx: Tx, tenantId: string, invoiceId: string, links: readonly { id: string; orderLineId: string; deliveryLineId: string | null; quantity: string }[]): Promise<void> {
  if (links.length === 0) return;
  await tx
    .insertInto('sales.order_invoice_links')
    .values(links.map((l) => ({ tenant_id: tenantId, id: l.id, invoice_id: invoiceId, order_line_id: l.orderLineId, delivery_line_id: l.deliveryLineId, quantity: l.quantity })))
    .execute();
}

export async function invoiceLinks(tx: Tx, orderLineIds: readonly string[]): Promise<InvoiceLinkRow[]> {
  if (orderLineIds.length === 0) return [];
  const { rows } = await sql<InvoiceLinkRow>`select invoice_id, order_line_id, delivery_line_id, quantity::text as quantity
    from sales.order_invoice_links where order_line_id = any(${[...new Set(orderLineIds)]}::uuid[])`.execute(tx);
  return rows;
}

export async function listOrders(
  tx: Tx,
  filter: { status?: string | undefined; customerId?: string | undefined; after?: { k: string; id: string } | undefined; limit: number },
): Promise<(OrderRow & { k: string })[]> {
  const { rows } = await sql<OrderRow & { k: string }>`
    select ${ORDER}, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as k from sales.sales_orders
    where true ${filter.status ? sql`and status = ${filter.status}` : sql``} ${filter.customerId ? sql`and customer_id = ${filter.customerId}` : sql``}
      ${filter.after ? sql`and (to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), id) < (${filter.after.k}, ${filter.after.id}::uuid)` : sql``}
    order by created_at desc, id desc limit ${filter.limit}`.execute(tx);
  return rows;
}

// ---------- reservations ----------

/** Serialises reservations of one product in one store (transaction-scoped advisory locks, in a fixed order). */
export async function lockStock(tx: Tx, tenantId: string, keys: readonly { storeId: string; productId: string }[]): Promise<void> {
  const unique = [...new Set(keys.map((k) => `${tenantId}|${k.storeId}|${k.productId}`))].sort();
  for (const key of unique) await sql`select pg_advisory_xact_lock(hashtextextended(${`sales.reserve|${key}`}, 0))`.execute(tx);
}

/** Quantity held by open reservations of a product in a store (optionally leaving one order out). */
export async function reservedQuantity(tx: Tx, storeId: string, productId: string, exceptOrderId: string | null = null): Promise<string> {
  const { rows } = await sql<{ q: string }>`select coalesce(sum(quantity), 0)::text as q from sales.stock_reservations
    where store_id = ${storeId} and product_id = ${productId} and status = 'open' ${exceptOrderId ? sql`and order_id <> ${exceptOrderId}` : sql``}`.execute(tx);
  return rows[0]!.q;
}

export async function insertReservation(tx: Tx, r: { tenant_id: string; id: string; order_id: string; order_line_id: string; store_id: string; product_id: string; quantity: string }): Promise<void> {
  await sql`insert into sales.stock_reservations (tenant_id, id, order_id, order_line_id, store_id, product_id, reserved, quantity, status)
    values (${r.tenant_id}, ${r.id}, ${r.order_id}, ${r.order_line_id}, ${r.store_id}, ${r.product_id}, ${r.quantity}::numeric, ${r.quantity}::numeric, 'open')`.execute(tx);
}

export async function reservations(tx: Tx, orderId: string): Promise<ReservationRow[]> {
  const { rows } = await sql<ReservationRow>`select id, order_id, order_line_id, store_id, product_id, reserved::text as reserved, quantity::text as quantity, status
    from sales.stock_reservations where order_id = ${orderId} order by created_at, id`.execute(tx);
  return rows;
}

/** Releases up to `quantity` of a line's open reservation (all of it with null). */
export async function releaseReservation(tx: Tx, orderLineId: string, quantity: string | null): Promise<void> {
  if (quantity === null) {
    await sql`update sales.stock_reservations set quantity = 0, status = 'released', updated_at = now() where order_line_id = ${orderLineId} and status = 'open'`.execute(tx);
    return;
  }
  await sql`update sales.stock_reservations set quantity = greatest(quantity - ${quantity}::numeric, 0),
      status = case when quantity - ${quantity}::numeric <= 0 then 'released' else 'open' end, updated_at = now()
    where order_line_id = ${orderLineId} and status = 'open'`.execute(tx);
}

// ---------- delivery notes ----------

const DELIVERY = sql`tenant_id, id, number, order_id, customer_id, customer_name, delivery_date::text as delivery_date, memo, entry_id, version, created_by, created_at`;
const DLINE = sql`tenant_id, id, delivery_id, order_line_id, position, product_id, store_id, description, quantity::text as quantity, cost::text as cost,
  returned::text as returned, returned_cost::text as returned_cost, '0' as invoiced`;

export async function insertDelivery(tx: Tx, d: Omit<DeliveryRow, 'version' | 'created_at'>, lines: Omit<DeliveryLineRow, 'returned' | 'returned_cost' | 'invoiced'>[]): Promise<void> {
  await sql`insert into sales.delivery_notes (tenant_id, id, number, order_id, customer_id, customer_name, delivery_date, memo, entry_id, created_by)
    values (${d.tenant_id}, ${d.id}, ${d.number}, ${d.order_id}, ${d.customer_id}, ${d.customer_name}, ${d.delivery_date}, ${d.memo}, ${d.entry_id}, ${d.created_by})`.execute(tx);
  await tx.insertInto('sales.delivery_lines').values(lines).execute();
}

export async function findDelivery(tx: Tx, id: string, lock = false): Promise<DeliveryRow | undefined> {
  const { rows } = await sql<DeliveryRow>`select ${DELIVERY} from sales.delivery_notes where id = ${id} ${lock ? sql`for update` : sql``}`.execute(tx);
  return rows[0];
}

export async function findDeliveries(tx: Tx, ids: readonly string[], lock = false): Promise<DeliveryRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql<DeliveryRow>`select ${DELIVERY} from sales.delivery_notes where id = any(${[...ids]}::uuid[]) order by id ${lock ? sql`for update` : sql``}`.execute(tx);
  return rows;
}

export async function deliveryLines(tx: Tx, deliveryIds: readonly string[]): Promise<DeliveryLineRow[]> {
  if (deliveryIds.length === 0) return [];
  const { rows } = await sql<DeliveryLineRow>`select ${DLINE} from sales.delivery_lines where delivery_id = any(${[...deliveryIds]}::uuid[]) order by delivery_id, position`.execute(tx);
  return rows;
}

export async function deliveryLinesOfOrderLines(tx: Tx, orderLineIds: readonly string[]): Promise<(DeliveryLineRow & { delivery_date: string })[]> {
  if (orderLineIds.length === 0) return [];
  const { rows } = await sql<DeliveryLineRow & { delivery_date: string }>`
    select ${sql.raw('l.tenant_id, l.id, l.delivery_id, l.order_line_id, l.position, l.product_id, l.store_id, l.description, l.quantity::text as quantity, l.cost::text as cost, l.returned::text as returned, l.returned_cost::text as returned_cost, \'0\' as invoiced')},
      d.delivery_date::text as delivery_date
    from sales.delivery_lines l join sales.delivery_notes d on d.tenant_id = l.tenant_id and d.id = l.delivery_id
    where l.order_line_id = any(${[...orderLineIds]}::uuid[]) order by d.created_at, d.id, l.position`.execute(tx);
  return rows;
}

export async function deliveryIdsOfOrder(tx: Tx, orderId: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`select id from sales.delivery_notes where order_id = ${orderId} order by created_at, id`.execute(tx);
  return rows.map((r) => r.id);
}

export async function bumpDeliveryLine(tx: Tx, id: string, delta: { returned: string; returnedCost: bigint }): Promise<void> {
  await sql`update sales.delivery_lines set returned = returned + ${delta.returned}::numeric,
    returned_cost = returned_cost + ${delta.returnedCost.toString()}::bigint
    where id = ${id}`.execute(tx);
}

export async function touchDelivery(tx: Tx, id: string): Promise<void> {
  await sql`update sales.delivery_notes set version = version + 1, updated_at = now() where id = ${id}`.execute(tx);
}

export async function insertReturn(tx: Tx, r: { tenant_id: string; id: string; delivery_id: string; return_date: string; reason: string; lines: ReturnLine[]; entry_id: string | null; created_by: string | null }): Promise<void> {
  await sql`insert into sales.delivery_returns (tenant_id, id, delivery_id, return_date, reason, lines, entry_id, created_by)
    values (${r.tenant_id}, ${r.id}, ${r.delivery_id}, ${r.return_date}, ${r.reason}, ${JSON.stringify(r.lines)}::jsonb, ${r.entry_id}, ${r.created_by})`.execute(tx);
}

export async function returnsOf(tx: Tx, deliveryId: string): Promise<ReturnRow[]> {
  const { rows } = await sql<ReturnRow>`select id, delivery_id, return_date::text as return_date, reason, lines, entry_id, created_at
    from sales.delivery_returns where delivery_id = ${deliveryId} order by created_at, id`.execute(tx);
  return rows;
}

export async function listDeliveries(
  tx: Tx,
  filter: { salesOrderId?: string | undefined; customerId?: string | undefined; after?: { k: string; id: string } | undefined; limit: number },
): Promise<(DeliveryRow & { k: string })[]> {
  const { rows } = await sql<DeliveryRow & { k: string }>`
    select ${DELIVERY}, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as k from sales.delivery_notes
    where true ${filter.salesOrderId ? sql`and order_id = ${filter.salesOrderId}` : sql``} ${filter.customerId ? sql`and customer_id = ${filter.customerId}` : sql``}
      ${filter.after ? sql`and (to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), id) < (${filter.after.k}, ${filter.after.id}::uuid)` : sql``}
    order by created_at desc, id desc limit ${filter.limit}`.execute(tx);
  return rows;
}
