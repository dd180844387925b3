import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../platform/db/index.js';

// ---------------------------------------------------------------- rows

export type OrderStatus = 'draft' | 'confirmed' | 'partly_received' | 'received' | 'cancelled';

export interface OrderRow {
  tenant_id: string;
  id: string;
  number: string;
  vendor_id: string;
  status: OrderStatus;
  order_date: string;
  expected_date: string | null;
  store_id: string;
  currency: string;
  reference: string | null;
  notes: string | null;
  subtotal: string;
  tax_total: string;
  total: string;
  taxes: { label: string; amount: string }[];
  version: number;
  created_at: Date;
}

export interface OrderLineRow {
  id: string;
  order_id: string;
  line_no: number;
  product_id: string | null;
  stocked: boolean;
  description: string;
  hsn: string | null;
  unit: string | null;
  quantity: string;
  unit_price: string;
  gst_rate: string | null;
  account_id: string | null;
  amount: string;
  received_quantity: string;
  billed_quantity: string;
}

export interface ReceiptRow {
  tenant_id: string;
  id: string;
  number: string;
  order_id: string;
  vendor_id: string;
  store_id: string;
  receipt_date: string;
  currency: string;
  exchange_rate: string;
  value: string;
  entry_id: string | null;
  notes: string | null;
  created_at: Date;
}

export interface ReceiptLineRow {
  id: string;
  receipt_id: string;
  line_no: number;
  order_line_id: string;
  product_id: string;
  quantity: string;
  unit_price: string;
  value: string;
  billed_quantity: string;
  billed_value: string;
}

export type BillStatus = 'draft' | 'posted' | 'partly_paid' | 'paid' | 'void';

export interface BillRow {
  tenant_id: string;
  id: string;
  number: string;
  vendor_id: string;
  vendor_bill_number: string;
  vendor_bill_date: string;
  bill_date: string;
  due_date: string;
  status: BillStatus;
  order_id: string | null;
  currency: string;
  exchange_rate: string;
  place_of_supply: string | null;
  supply_type: string | null;
  reverse_charge: boolean;
  tds_section: string | null;
  tds_rate_key: string | null;
  subtotal: string;
  cgst: string;
  sgst: string;
  igst: string;
  cess: string;
  tax_total: string;
  round_off: string;
  total: string;
  total_base: string;
  tds_amount: string;
  payable: string;
  amount_paid: string;
  amount_debited: string;
  entry_id: string | null;
  tds_deduction_id: string | null;
  void_entry_ids: string[];
  notes: string | null;
  version: number;
  created_at: Date;
}

export interface BillLineRow {
  id: string;
  bill_id: string;
  line_no: number;
  kind: 'receipt' | 'order' | 'expense';
  receipt_line_id: string | null;
  order_line_id: string | null;
  product_id: string | null;
  store_id: string | null;
  account_id: string | null;
  description: string;
  hsn: string | null;
  quantity: string;
  unit_price: string;
  taxable_value: string;
  gst_rate: string;
  cgst_rate: string;
  sgst_rate: string;
  igst_rate: string;
  cess_percent: string;
  cgst: string;
  sgst: string;
  igst: string;
  cess: string;
  total: string;
  grni_value: string;
  returned_quantity: string;
  debited_value: string;
}

export interface PaymentRow {
  tenant_id: string;
  id: string;
  number: string;
  vendor_id: string;
  payment_date: string;
  currency: string;
  amount: string;
  unapplied: string;
  bank_account_id: string;
  exchange_rate: string;
  status: 'posted' | 'reversed';
  reference: string | null;
  notes: string | null;
  entry_id: string | null;
  /** Entries that applied the advance to bills later. */
  applied_entry_ids: string[];
  reversal_entry_id: string | null;
  version: number;
  created_at: Date;
}

export interface AllocationRow {
  payment_id: string;
  bill_id: string;
  amount: string;
  gain_loss: string;
}

export interface DebitNoteLine {
  billLineId: string;
  quantity: string | null;
  taxableValue: string;
  cgst: string;
  sgst: string;
  igst: string;
  cess: string;
  returnValue: string;
}

export interface DebitNoteRow {
  tenant_id: string;
  id: string;
  number: string;
  bill_id: string;
  vendor_id: string;
  note_date: string;
  currency: string;
  reason: string;
  subtotal: string;
  cgst: string;
  sgst: string;
  igst: string;
  cess: string;
  total: string;
  return_value: string;
  lines: DebitNoteLine[];
  entry_id: string | null;
  stock_entry_id: string | null;
  created_at: Date;
}

// ---------------------------------------------------------------- helpers

const ORDER_COLS = sql`tenant_id, id, number, vendor_id, status, order_date::text as order_date, expected_date::text as expected_date, store_id, currency,
  reference, notes, subtotal::text as subtotal, tax_total::text as tax_total, total::text as total, taxes, version, created_at`;
const ORDER_LINE_COLS = sql`id, order_id, line_no, product_id, stocked, description, hsn, unit, quantity::text as quantity, unit_price::text as unit_price,
  gst_rate::text as gst_rate, account_id, amount::text as amount, received_quantity::text as received_quantity, billed_quantity::text as billed_quantity`;
const RECEIPT_COLS = sql`tenant_id, id, number, order_id, vendor_id, store_id, receipt_date::text as receipt_date, currency, exchange_rate::text as exchange_rate,
  value::text as value, entry_id, notes, created_at`;
const RECEIPT_LINE_COLS = sql`id, receipt_id, line_no, order_line_id, product_id, quantity::text as quantity, unit_price::text as unit_price, value::text as value,
  billed_quantity::text as billed_quantity, billed_value::text as billed_value`;
const BILL_COLS = sql`tenant_id, id, number, vendor_id, vendor_bill_number, vendor_bill_date::text as vendor_bill_date, bill_date::text as bill_date,
  due_date::text as due_date, status, order_id, currency, exchange_rate::text as exchange_rate, place_of_supply, supply_type, reverse_charge, tds_section,
  tds_rate_key, subtotal::text as subtotal, cgst::text as cgst, sgst::text as sgst, igst::text as igst, cess::text as cess, tax_total::text as tax_total,
  round_off::text as round_off, total::text as total, total_base::text as total_base, tds_amount::text as tds_amount, payable::text as payable, amount_paid::text as amount_paid,
  amount_debited::text as amount_debited, entry_id, tds_deduction_id, void_entry_ids::text[] as void_entry_ids, notes, version, created_at`;
const BILL_LINE_COLS = sql`id, bill_id, line_no, kind, receipt_line_id, order_line_id, product_id, store_id, account_id, description, hsn,
  quantity::text as quantity, unit_price::text as unit_price, taxable_value::text as taxable_value, gst_rate::text as gst_rate, cgst_rate::text as cgst_rate,
  sgst_rate::text as sgst_rate, igst_rate::text as igst_rate, cess_percent::text as cess_percent, cgst::text as cgst, sgst::text as sgst, igst::text as igst,
  cess::text as cess, total::text as total, grni_value::text as grni_value, returned_quantity::text as returned_quantity, debited_value::text as debited_value`;
const PAYMENT_COLS = sql`tenant_id, id, number, vendor_id, payment_date::text as payment_date, currency, amount::text as amount, unapplied::text as unapplied,
  bank_account_id, exchange_rate::text as exchange_rate, status, reference, notes, entry_id, applied_entry_ids::text[] as applied_entry_ids, reversal_entry_id, version, created_at`;
const DEBIT_COLS = sql`tenant_id, id, number, bill_id, vendor_id, note_date::text as note_date, currency, reason, subtotal::text as subtotal, cgst::text as cgst,
  sgst::text as sgst, igst::text as igst, cess::text as cess, total::text as total, return_value::text as return_value, lines, entry_id, stock_entry_id, created_at`;

async function one<T>(tx: Tx, query: RawBuilder<T>): Promise<T | undefined> {
  return (await query.execute(tx)).rows[0];
}

const lock = (forUpdate: boolean) => (forUpdate ? sql`for update` : sql``);

export interface ListFilter {
  vendorId?: string | undefined;
  status?: string | undefined;
  orderId?: string | undefined;
  billId?: string | undefined;
  after?: { date: string; id: string } | undefined;
  limit: number;
}

function listWhere(f: ListFilter, dateColumn: string) {
  const where = [sql`true`];
  if (f.vendorId) where.push(sql`vendor_id = ${f.vendorId}::uuid`);
  if (f.status) where.push(sql`status = ${f.status}`);
  if (f.orderId) where.push(sql`order_id = ${f.orderId}::uuid`);
  if (f.billId) where.push(sql`bill_id = ${f.billId}::uuid`);
  if (f.after) where.push(sql`(${sql.ref(dateColumn)}, id) < (${f.after.date}::date, ${f.after.id}::uuid)`);
  return sql.join(where, sql` and `);
}

// ---------------------------------------------------------------- orders

export async function insertOrder(tx: Tx, o: Omit<OrderRow, 'version' | 'created_at' | 'status'> & { status: OrderStatus }): Promise<void> {
  await sql`insert into purchases.orders (tenant_id, id, number, vendor_id, status, order_date, expected_date, store_id, currency, reference, notes, subtotal, tax_total, total, taxes)
    values (${o.tenant_id}, ${o.id}, ${o.number}, ${o.vendor_id}, ${o.status}, ${o.order_date}::date, ${o.expected_date}::date, ${o.store_id}, ${o.currency}, ${o.reference}, ${o.notes},
      ${o.subtotal}::numeric, ${o.tax_total}::numeric, ${o.total}::numeric, ${JSON.stringify(o.taxes)}::jsonb)`.execute(tx);
}

export async function updateOrderHeader(tx: Tx, id: string, o: Pick<OrderRow, 'vendor_id' | 'order_date' | 'expected_date' | 'store_id' | 'currency' | 'reference' | 'notes' | 'subtotal' | 'tax_total' | 'total' | 'taxes'>): Promise<void> {
  await sql`update purchases.orders set vendor_id = ${o.vendor_id}, order_date = ${o.order_date}::date, expected_date = ${o.expected_date}::date, store_id = ${o.store_id},
      currency = ${o.currency}, reference = ${o.reference}, notes = ${o.notes}, subtotal = ${o.subtotal}::numeric, tax_total = ${o.tax_total}::numeric, total = ${o.total}::numeric,
      taxes = ${JSON.stringify(o.taxes)}::jsonb, version = version + 1, updated_at = now()
    where id = ${id}`.execute(tx);
}

export async function setOrderStatus(tx: Tx, id: string, status: OrderStatus): Promise<void> {
  await sql`update purchases.orders set status = ${status}, version = version + 1, updated_at = now() where id = ${id}`.execute(tx);
}

export async function insertOrderLines(tx: Tx, tenantId: string, orderId: string, lines: Omit<OrderLineRow, 'order_id' | 'received_quantity' | 'billed_quantity'>[]): Promise<void> {
  for (const l of lines) {
    await sql`insert into purchases.order_lines (tenant_id, id, order_id, line_no, product_id, stocked, description, hsn, unit, quantity, unit_price, gst_rate, account_id, amount)
      values (${tenantId}, ${l.id}, ${orderId}, ${l.line_no}, ${l.product_id}, ${l.stocked}, ${l.description}, ${l.hsn}, ${l.unit}, ${l.quantity}::numeric, ${l.unit_price}::numeric,
        ${l.gst_rate}::numeric, ${l.account_id}, ${l.amount}::numeric)`.execute(tx);
  }
}

export async function deleteOrderLines(tx: Tx, orderId: string): Promise<void> {
  await sql`delete from purchases.order_lines where order_id = ${orderId}`.execute(tx);
}

export function findOrder(tx: Tx, id: string, forUpdate = false): Promise<OrderRow | undefined> {
  return one(tx, sql<OrderRow>`select ${ORDER_COLS} from purchases.orders where id = ${id} ${lock(forUpdate)}`);
}

export async function orderLines(tx: Tx, orderIds: readonly string[]): Promise<OrderLineRow[]> {
  if (orderIds.length === 0) return [];
  return (await sql<OrderLineRow>`select ${ORDER_LINE_COLS} from purchases.order_lines where order_id = any(${[...orderIds]}::uuid[]) order by order_id, line_no`.execute(tx)).rows;
}

export async function orderLinesById(tx: Tx, ids: readonly string[], forUpdate = false): Promise<Map<string, OrderLineRow>> {
  if (ids.length === 0) return new Map();
  const { rows } = await sql<OrderLineRow>`select ${ORDER_LINE_COLS} from purchases.order_lines where id = any(${[...new Set(ids)]}::uuid[]) order by id ${lock(forUpdate)}`.execute(tx);
  return new Map(rows.map((r) => [r.id, r]));
}

export async function addOrderLineQuantities(tx: Tx, id: string, received: string, billed: string): Promise<void> {
  await sql`update purchases.order_lines set received_quantity = received_quantity + ${received}::numeric, billed_quantity = billed_quantity + ${billed}::numeric where id = ${id}`.execute(tx);
}

export async function listOrders(tx: Tx, f: ListFilter): Promise<OrderRow[]> {
  return (await sql<OrderRow>`select ${ORDER_COLS} from purchases.orders where ${listWhere(f, 'order_date')} order by order_date desc, id desc limit ${f.limit}`.execute(tx)).rows;
}

// ---------------------------------------------------------------- receipts

export async function insertReceipt(tx: Tx, r: Omit<ReceiptRow, 'created_at'>, lines: Omit<ReceiptLineRow, 'receipt_id' | 'billed_quantity' | 'billed_value'>[]): Promise<void> {
  await sql`insert into purchases.receipts (tenant_id, id, number, order_id, vendor_id, store_id, receipt_date, currency, exchange_rate, value, entry_id, notes)
    values (${r.tenant_id}, ${r.id}, ${r.number}, ${r.order_id}, ${r.vendor_id}, ${r.store_id}, ${r.receipt_date}::date, ${r.currency}, ${r.exchange_rate}::numeric,
      ${r.value}::bigint, ${r.entry_id}, ${r.notes})`.execute(tx);
  for (const l of lines) {
    await sql`insert into purchases.receipt_lines (tenant_id, id, receipt_id, line_no, order_line_id, product_id, quantity, unit_price, value)
      values (${r.tenant_id}, ${l.id}, ${r.id}, ${l.line_no}, ${l.order_line_id}, ${l.product_id}, ${l.quantity}::numeric, ${l.unit_price}::numeric, ${l.value}::bigint)`.execute(tx);
  }
}

export function findReceipt(tx: Tx, id: string): Promise<ReceiptRow | undefined> {
  return one(tx, sql<ReceiptRow>`select ${RECEIPT_COLS} from purchases.receipts where id = ${id}`);
}

export async function receiptLines(tx: Tx, receiptIds: readonly string[]): Promise<ReceiptLineRow[]> {
  if (receiptIds.length === 0) return [];
  return (await sql<ReceiptLineRow>`select ${RECEIPT_LINE_COLS} from purchases.receipt_lines where receipt_id = any(${[...receiptIds]}::uuid[]) order by receipt_id, line_no`.execute(tx)).rows;
}

/** Receipt lines by id with their receipt's vendor, currency and store (locked in id order for billing). */
export async function receiptLinesById(tx: Tx, ids: readonly string[], forUpdate = false): Promise<Map<string, ReceiptLineRow & { vendor_id: string; currency: string; store_id: string; order_id: string; exchange_rate: string }>> {
  if (ids.length === 0) return new Map();
  const { rows } = await sql<ReceiptLineRow & { vendor_id: string; currency: string; store_id: string; order_id: string; exchange_rate: string }>`
    select l.id, l.receipt_id, l.line_no, l.order_line_id, l.product_id, l.quantity::text as quantity, l.unit_price::text as unit_price, l.value::text as value,
           l.billed_quantity::text as billed_quantity, l.billed_value::text as billed_value, r.vendor_id, r.currency, r.store_id, r.order_id, r.exchange_rate::text as exchange_rate
      from purchases.receipt_lines l join purchases.receipts r on r.tenant_id = l.tenant_id and r.id = l.receipt_id
     where l.id = any(${[...new Set(ids)]}::uuid[]) order by l.id ${forUpdate ? sql`for update of l` : sql``}`.execute(tx);
  return new Map(rows.map((r) => [r.id, r]));
}

export async function addReceiptLineBilled(tx: Tx, id: string, quantity: string, value: bigint): Promise<void> {
  await sql`update purchases.receipt_lines set billed_quantity = billed_quantity + ${quantity}::numeric, billed_value = billed_value + ${value.toString()}::bigint where id = ${id}`.execute(tx);
}

export async function listReceipts(tx: Tx, f: ListFilter): Promise<ReceiptRow[]> {
  return (await sql<ReceiptRow>`select ${RECEIPT_COLS} from purchases.receipts where ${listWhere(f, 'receipt_date')} order by receipt_date desc, id desc limit ${f.limit}`.execute(tx)).rows;
}

// ---------------------------------------------------------------- bills

export type BillValues = Omit<BillRow, 'version' | 'created_at' | 'amount_paid' | 'amount_debited' | 'entry_id' | 'tds_deduction_id' | 'void_entry_ids' | 'total_base'>;
export type BillLineValues = Omit<BillLineRow, 'bill_id' | 'returned_quantity' | 'debited_value' | 'grni_value'>;

export async function insertBill(tx: Tx, b: BillValues): Promise<void> {
  await sql`insert into purchases.bills (tenant_id, id, number, vendor_id, vendor_bill_number, vendor_bill_date, bill_date, due_date, status, order_id, currency, exchange_rate,
      place_of_supply, supply_type, reverse_charge, tds_section, tds_rate_key, subtotal, cgst, sgst, igst, cess, tax_total, round_off, total, tds_amount, payable, notes)
    values (${b.tenant_id}, ${b.id}, ${b.number}, ${b.vendor_id}, ${b.vendor_bill_number}, ${b.vendor_bill_date}::date, ${b.bill_date}::date, ${b.due_date}::date, ${b.status},
      ${b.order_id}, ${b.currency}, ${b.exchange_rate}::numeric, ${b.place_of_supply}, ${b.supply_type}, ${b.reverse_charge}, ${b.tds_section}, ${b.tds_rate_key},
      ${b.subtotal}::numeric, ${b.cgst}::numeric, ${b.sgst}::numeric, ${b.igst}::numeric, ${b.cess}::numeric, ${b.tax_total}::numeric, ${b.round_off}::numeric,
      ${b.total}::numeric, ${b.tds_amount}::numeric, ${b.payable}::numeric, ${b.notes})`.execute(tx);
}

export async function replaceBill(tx: Tx, b: BillValues): Promise<void> {
  await sql`update purchases.bills set vendor_id = ${b.vendor_id}, vendor_bill_number = ${b.vendor_bill_number}, vendor_bill_date = ${b.vendor_bill_date}::date,
      bill_date = ${b.bill_date}::date, due_date = ${b.due_date}::date, order_id = ${b.order_id}, currency = ${b.currency}, exchange_rate = ${b.exchange_rate}::numeric,
      place_of_supply = ${b.place_of_supply}, supply_type = ${b.supply_type}, reverse_charge = ${b.reverse_charge}, tds_section = ${b.tds_section}, tds_rate_key = ${b.tds_rate_key},
      subtotal = ${b.subtotal}::numeric, cgst = ${b.cgst}::numeric, sgst = ${b.sgst}::numeric, igst = ${b.igst}::numeric, cess = ${b.cess}::numeric,
      tax_total = ${b.tax_total}::numeric, round_off = ${b.round_off}::numeric, total = ${b.total}::numeric, tds_amount = ${b.tds_amount}::numeric, payable = ${b.payable}::numeric,
      notes = ${b.notes}, version = version + 1, updated_at = now()
    where id = ${b.id}`.execute(tx);
  await sql`delete from purchases.bill_lines where bill_id = ${b.id}`.execute(tx);
}

export async function insertBillLines(tx: Tx, tenantId: string, billId: string, lines: BillLineValues[]): Promise<void> {
  for (const l of lines) {
    await sql`insert into purchases.bill_lines (tenant_id, id, bill_id, line_no, kind, receipt_line_id, order_line_id, product_id, store_id, account_id, description, hsn,
        quantity, unit_price, taxable_value, gst_rate, cgst_rate, sgst_rate, igst_rate, cess_percent, cgst, sgst, igst, cess, total)
      values (${tenantId}, ${l.id}, ${billId}, ${l.line_no}, ${l.kind}, ${l.receipt_line_id}, ${l.order_line_id}, ${l.product_id}, ${l.store_id}, ${l.account_id}, ${l.description},
        ${l.hsn}, ${l.quantity}::numeric, ${l.unit_price}::numeric, ${l.taxable_value}::numeric, ${l.gst_rate}::numeric, ${l.cgst_rate}::numeric, ${l.sgst_rate}::numeric,
        ${l.igst_rate}::numeric, ${l.cess_percent}::numeric, ${l.cgst}::numeric, ${l.sgst}::numeric, ${l.igst}::numeric, ${l.cess}::numeric, ${l.total}::numeric)`.execute(tx);
  }
}

export function findBill(tx: Tx, id: string, forUpdate = false): Promise<BillRow | undefined> {
  return one(tx, sql<BillRow>`select ${BILL_COLS} from purchases.bills where id = ${id} ${lock(forUpdate)}`);
}

/** Bills locked in id order (payments lock every bill they touch the same way, so they never deadlock). */
export async function lockBills(tx: Tx, ids: readonly string[]): Promise<Map<string, BillRow>> {
  if (ids.length === 0) return new Map();
  const { rows } = await sql<BillRow>`select ${BILL_COLS} from purchases.bills where id = any(${[...new Set(ids)]}::uuid[]) order by id for update`.execute(tx);
  return new Map(rows.map((r) => [r.id, r]));
}

export async function billLines(tx: Tx, billIds: readonly string[]): Promise<BillLineRow[]> {
  if (billIds.length === 0) return [];
  return (await sql<BillLineRow>`select ${BILL_LINE_COLS} from purchases.bill_lines where bill_id = any(${[...billIds]}::uuid[]) order by bill_id, line_no`.execute(tx)).rows;
}

export async function markBillPosted(tx: Tx, id: string, p: { entryId: string | null; deductionId: string | null; tdsAmount: string; payable: string; totalBase: bigint }): Promise<void> {
  await sql`update purchases.bills set status = 'posted', entry_id = ${p.entryId}, tds_deduction_id = ${p.deductionId}, tds_amount = ${p.tdsAmount}::numeric, payable = ${p.payable}::numeric,
      total_base = ${p.totalBase.toString()}::bigint, posted_at = now(), version = version + 1, updated_at = now() where id = ${id}`.execute(tx);
}

export async function setBillSettlement(tx: Tx, id: string, paid: string, debited: string, status: BillStatus): Promise<void> {
  await sql`update purchases.bills set amount_paid = ${paid}::numeric, amount_debited = ${debited}::numeric, status = ${status}, version = version + 1, updated_at = now() where id = ${id}`.execute(tx);
}

export async function markBillVoid(tx: Tx, id: string, reversals: string[]): Promise<void> {
  await sql`update purchases.bills set status = 'void', void_entry_ids = ${reversals}::uuid[], voided_at = now(), version = version + 1, updated_at = now() where id = ${id}`.execute(tx);
}

export async function addBillLineDebited(tx: Tx, id: string, quantity: string, value: string): Promise<void> {
  await sql`update purchases.bill_lines set returned_quantity = returned_quantity + ${quantity}::numeric, debited_value = debited_value + ${value}::numeric where id = ${id}`.execute(tx);
}

export async function listBills(tx: Tx, f: ListFilter): Promise<BillRow[]> {
  return (await sql<BillRow>`select ${BILL_COLS} from purchases.bills where ${listWhere(f, 'bill_date')} order by bill_date desc, id desc limit ${f.limit}`.execute(tx)).rows;
}

// ---------------------------------------------------------------- payments

export async function insertPayment(tx: Tx, p: Omit<PaymentRow, 'version' | 'created_at' | 'reversal_entry_id' | 'status' | 'applied_entry_ids'>, allocations: AllocationRow[]): Promise<void> {
  await sql`insert into purchases.payments (tenant_id, id, number, vendor_id, payment_date, currency, amount, unapplied, bank_account_id, exchange_rate, status, reference, notes, entry_id)
    values (${p.tenant_id}, ${p.id}, ${p.number}, ${p.vendor_id}, ${p.payment_date}::date, ${p.currency}, ${p.amount}::numeric, ${p.unapplied}::numeric, ${p.bank_account_id},
      ${p.exchange_rate}::numeric, 'posted', ${p.reference}, ${p.notes}, ${p.entry_id})`.execute(tx);
  for (const a of allocations) {
    await sql`insert into purchases.payment_allocations (tenant_id, payment_id, bill_id, amount, gain_loss)
      values (${p.tenant_id}, ${p.id}, ${a.bill_id}, ${a.amount}::numeric, ${a.gain_loss}::bigint)`.execute(tx);
  }
}

export function findPayment(tx: Tx, id: string, forUpdate = false): Promise<PaymentRow | undefined> {
  return one(tx, sql<PaymentRow>`select ${PAYMENT_COLS} from purchases.payments where id = ${id} ${lock(forUpdate)}`);
}

export async function allocationsOf(tx: Tx, paymentIds: readonly string[]): Promise<AllocationRow[]> {
  if (paymentIds.length === 0) return [];
  return (await sql<AllocationRow>`select payment_id, bill_id, amount::text as amount, gain_loss::text as gain_loss from purchases.payment_allocations
    where payment_id = any(${[...paymentIds]}::uuid[]) order by payment_id, bill_id`.execute(tx)).rows;
}

/** What posted payments settled of a bill so far (for the FX carried value), in the bill currency. */
export async function paidOnBill(tx: Tx, billId: string): Promise<string> {
  const { rows } = await sql<{ paid: string }>`select coalesce(sum(a.amount), 0)::text as paid from purchases.payment_allocations a
    join purchases.payments p on p.tenant_id = a.tenant_id and p.id = a.payment_id where a.bill_id = ${billId} and p.status = 'posted'`.execute(tx);
  return rows[0]!.paid;
}

export async function markPaymentReversed(tx: Tx, id: string, entryId: string | null): Promise<void> {
  await sql`update purchases.payments set status = 'reversed', reversal_entry_id = ${entryId}, reversed_at = now(), version = version + 1 where id = ${id}`.execute(tx);
}

export async function listPayments(tx: Tx, f: ListFilter): Promise<PaymentRow[]> {
  return (await sql<PaymentRow>`select ${PAYMENT_COLS} from purchases.payments where ${listWhere(f, 'payment_date')} order by payment_date desc, id desc limit ${f.limit}`.execute(tx)).rows;
}

// ---------------------------------------------------------------- debit notes

export async function insertDebitNote(tx: Tx, d: Omit<DebitNoteRow, 'created_at'>): Promise<void> {
  await sql`insert into purchases.debit_notes (tenant_id, id, number, bill_id, vendor_id, note_date, currency, reason, subtotal, cgst, sgst, igst, cess, total, return_value, lines, entry_id, stock_entry_id)
    values (${d.tenant_id}, ${d.id}, ${d.number}, ${d.bill_id}, ${d.vendor_id}, ${d.note_date}::date, ${d.currency}, ${d.reason}, ${d.subtotal}::numeric, ${d.cgst}::numeric,
      ${d.sgst}::numeric, ${d.igst}::numeric, ${d.cess}::numeric, ${d.total}::numeric, ${d.return_value}::bigint, ${JSON.stringify(d.lines)}::jsonb, ${d.entry_id}, ${d.stock_entry_id})`.execute(tx);
}

export function findDebitNote(tx: Tx, id: string): Promise<DebitNoteRow | undefined> {
  return one(tx, sql<DebitNoteRow>`select ${DEBIT_COLS} from purchases.debit_notes where id = ${id}`);
}

export async function listDebitNotes(tx: Tx, f: ListFilter): Promise<DebitNoteRow[]> {
  return (await sql<DebitNoteRow>`select ${DEBIT_COLS} from purchases.debit_notes where ${listWhere(f, 'note_date')} order by note_date desc, id desc limit ${f.limit}`.execute(tx)).rows;
}

export async function setBillLineGrni(tx: Tx, id: string, value: bigint): Promise<void> {
  await sql`update purchases.bill_lines set grni_value = ${value.toString()}::bigint where id = ${id}`.execute(tx);
}

/** Records an application of a payment's advance: what is left unapplied, the entry, the allocations (added to earlier ones). */
export async function applyPayment(tx: Tx, id: string, unapplied: string, entryId: string, allocations: AllocationRow[]): Promise<void> {
  await sql`update purchases.payments set unapplied = ${unapplied}::numeric, applied_entry_ids = applied_entry_ids || ${entryId}::uuid, version = version + 1 where id = ${id}`.execute(tx);
  for (const a of allocations) {
    await sql`insert into purchases.payment_allocations (tenant_id, payment_id, bill_id, amount, gain_loss)
      select tenant_id, id, ${a.bill_id}, ${a.amount}::numeric, ${a.gain_loss}::bigint from purchases.payments where id = ${id}
      on conflict (tenant_id, payment_id, bill_id) do update set amount = payment_allocations.amount + excluded.amount, gain_loss = payment_allocations.gain_loss + excluded.gain_loss`.execute(tx);
  }
}
