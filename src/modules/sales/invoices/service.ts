import { Decimal } from 'decimal.js';
import { AppError, newId, now, type FieldIssue, type Invocation } from '../../../kernel/index.js';
import { convertMinor, currencyExponent, formatMoney, isCurrencyCode, roundToMinor } from '../../../kernel/money.js';
import { auditFromInvocation, recordAudit } from '../../../platform/audit/index.js';
import type { Tx } from '../../../platform/db/index.js';
import { appendEvent } from '../../../platform/events/index.js';
import { staleVersion } from '../../../platform/http/index.js';
import { renderDocumentPdf, type PrintableDocument } from '../../../platform/pdf/index.js';
import type { CatalogApi } from '../../catalog/index.js';
import type { IdentityApi } from '../../identity/index.js';
import type { LineInput } from '../../ledger/index.js';
import type { MoveRequest } from '../../inventory/index.js';
import type { PartiesApi } from '../../parties/index.js';
import type { CalculateBody, GstResult } from '../../tax/index.js';
import { resolveSalesAccounts, type SalesAccounts } from '../accounts.js';
import type { InvoiceDraftInput, InvoiceLineDraft, InvoicesPort, InvoiceSnapshot } from '../contracts.js';
import type { SalesDeps } from '../deps.js';
import { addDays, componentLabel, creditShare, minorShare, settle, taxRows, type InvoiceStatus, type TaxComponent } from '../domain/invoice.js';
import * as errors from '../domain/invoice-errors.js';
import { printableInvoice, type BuyerSnapshot, type PrintInvoice } from './print.js';
import * as repo from './repo.js';
import { creditNoteView, invoiceView, type CreditNoteView, type InvoiceView } from './views.js';

type PartyRow = Awaited<ReturnType<PartiesApi['service']['get']>>;
type ProductRow = Awaited<ReturnType<CatalogApi['service']['getProduct']>>;
type TenantRow = Awaited<ReturnType<IdentityApi['service']['getTenant']>>;

const today = () => now().toISOString().slice(0, 10);

/** What writing an invoice needs to know beforehand, read through the owners' APIs. */
export interface SaleLookups {
  tenant: TenantRow;
  baseCurrency: string;
  customer: PartyRow;
  products: Map<string, ProductRow>;
}

export interface LineInputFull extends InvoiceLineDraft {
  taxRateId?: string | null;
  taxGroupId?: string | null;
}

export interface DraftInput extends InvoiceDraftInput {
  lines: LineInputFull[];
}

export interface CreditNoteInput {
  invoiceId: string;
  date?: string | null | undefined;
  reason?: string | null | undefined;
  lines: { invoiceLineId: string; quantity: string }[];
  returnToStock?: boolean | undefined;
  storeId?: string | null | undefined;
}

export interface DebitNoteInput {
  invoiceId: string;
  date?: string | null | undefined;
  dueDate?: string | null | undefined;
  reason?: string | null | undefined;
  notes?: string | null | undefined;
  lines: LineInputFull[];
}

export interface SettingsInput {
  upiVpa?: string | null | undefined;
  upiPayeeName?: string | null | undefined;
  defaultNotes?: string | null | undefined;
  defaultTerms?: string | null | undefined;
  invoiceFooter?: string | null | undefined;
  roundTotal?: boolean | undefined;
}

const GST_ACCOUNT: Record<string, keyof SalesAccounts> = { cgst: 'outputCgst', sgst: 'outputSgst', utgst: 'outputSgst', igst: 'outputIgst', cess: 'outputCess' };

function notFoundToNull<T>(promise: Promise<T>): Promise<T | null> {
  return promise.catch((error: unknown) => {
    if (error instanceof AppError && error.kind === 'not_found') return null;
    throw error;
  });
}

/** Prefixes relative field paths ("lines[0].quantity") with `body.` unless they already carry a root. */
function relocate(error: unknown, prefix: string): unknown {
  if (!(error instanceof AppError) || error.errors.length === 0) return error;
  return new AppError(error.kind, error.code, error.message, {
    errors: error.errors.map((e) => ({ ...e, path: /^(body|querystring|params|tenant)\b/.test(e.path) ? e.path : `${prefix}${e.path}` })),
    extra: error.extra,
    cause: error,
  });
}

function addressLines(a: { line1: string; line2?: string | null | undefined; city: string; stateCode?: string | null | undefined; postalCode?: string | null | undefined; country: string } | null): string[] {
  if (!a) return [];
  return [a.line1, ...(a.line2 ? [a.line2] : []), [a.city, a.postalCode].filter(Boolean).join(' '), ...(a.country !== 'IN' ? [a.country] : [])];
}

function buyerOf(p: PartyRow): BuyerSnapshot {
  const address = p.billing_address;
  const stateCode = p.gst_state_code ?? address?.stateCode ?? p.gstin?.slice(0, 2) ?? null;
  return {
    name: p.legal_name,
    address: addressLines(address),
    gstin: p.gstin,
    stateCode,
    country: address?.country ?? 'IN',
    email: p.emails[0] ?? p.contacts.find((c) => c.email)?.email ?? null,
    phone: p.phones[0] ?? null,
    currency: p.currency,
  };
}

const dec = (v: Decimal.Value) => new Decimal(v);

/**
 * Issues of one tenant and document type wait for each other in the database anyway (the number
 * series row is locked until commit). Letting only a few of them into a transaction at a time
 * keeps the waiting out of the connection pool: twenty concurrent issues hold a few connections,
 * not twenty idle ones (a pool full of waiters could starve the holder of a connection it needs),
 * while the next ones already compose their lines (prices, tax) before the number is drawn.
 */
class KeyedLimiter {
  private readonly slots = new Map<string, { active: number; waiting: (() => void)[] }>();

  constructor(private readonly limit: number) {}

  async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    let slot = this.slots.get(key);
    if (!slot) {
      slot = { active: 0, waiting: [] };
      this.slots.set(key, slot);
    }
    if (slot.active >= this.limit) {
      const waiting = slot.waiting;
      await new Promise<void>((resolve) => waiting.push(resolve));
    } else {
      slot.active += 1;
    }
    try {
      return await fn();
    } finally {
      const next = slot.waiting.shift();
      if (next) next();
      else {
        slot.active -= 1;
        if (slot.active === 0) this.slots.delete(key);
      }
    }
  }
}

/** Transactions of one tenant and series allowed in at once (see KeyedLimiter). */
const ISSUES_IN_FLIGHT = 4;

/**
 * Sales invoices, debit notes and credit notes: drafts, issue (number, plan meter, credit check,
 * tax, ledger and stock in one transaction), void, settlement for payments, PDF and email.
 */
export class InvoiceService implements InvoicesPort {
  private readonly queue = new KeyedLimiter(ISSUES_IN_FLIGHT);

  constructor(private readonly deps: SalesDeps) {}

  /** Runs a use case that draws a number of `document` (see KeyedLimiter). */
  private numbered<T>(tenantId: string, document: string, fn: () => Promise<T>): Promise<T> {
    return this.queue.run(`${tenantId}|${document}`, fn);
  }

  private run<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.deps.db.withTenant(tenantId, fn);
  }

  // ---------------- look-ups (through the owning modules) ----------------

  /** Tenant, customer and products, each read through its module's API (own connections). */
  async lookups(tenantId: string, customerId: string, lines: readonly LineInputFull[], customerPath = 'body.customerId'): Promise<SaleLookups> {
    const ids = [...new Set(lines.flatMap((l) => (l.productId ? [l.productId] : [])))];
    const storeIds = [...new Set(lines.flatMap((l) => (l.storeId ? [l.storeId] : [])))];
    const [tenant, baseCurrency, customer, products, stores] = await Promise.all([
      this.deps.identity().service.getTenant(tenantId),
      this.deps.identity().baseCurrencyOf(tenantId),
      notFoundToNull(this.deps.parties().service.get(tenantId, 'customer', customerId)),
      Promise.all(ids.map((id) => notFoundToNull(this.deps.catalog().service.getProduct(tenantId, id)))),
      Promise.all(storeIds.map((id) => notFoundToNull(this.deps.identity().stores.get(tenantId, id)))),
    ]);
    if (!customer || !customer.is_customer) throw errors.customerNotFound(customerPath);
    if (customer.status !== 'active') throw errors.customerNotActive(customerPath, customer.status);
    const byId = new Map(products.flatMap((p) => (p ? [[p.id, p] as const] : [])));
    const storeOk = new Map(stores.flatMap((s) => (s ? [[s.id, s.status] as const] : [])));
    const issues: FieldIssue[] = [];
    lines.forEach((l, i) => {
      if (l.productId) {
        const p = byId.get(l.productId);
        if (!p) issues.push({ path: `body.lines[${i}].productId`, message: 'no such product' });
        else if (p.status !== 'active') issues.push({ path: `body.lines[${i}].productId`, message: 'the product is archived' });
      }
      if (l.storeId) {
        const status = storeOk.get(l.storeId);
        if (!status) issues.push({ path: `body.lines[${i}].storeId`, message: 'no such store' });
        else if (status !== 'active') issues.push({ path: `body.lines[${i}].storeId`, message: 'the store is archived' });
      }
    });
    if (issues.length > 0) throw errors.invalidInvoice(issues);
    return { tenant, baseCurrency, customer, products: byId };
  }

  // ---------------- composing a draft ----------------

  /** Computes a draft's rows (defaults, prices, tax) in the caller's transaction. Nothing is written. */
  private async compose(
    tx: Tx,
    inv: Invocation,
    look: SaleLookups,
    input: DraftInput,
    options: { id: string; kind: repo.InvoiceKind; originalInvoiceId: string | null; buyer?: BuyerSnapshot; reason?: string | null },
  ): Promise<{ row: repo.NewInvoice; lines: repo.LineRow[] }> {
    const { tenant, customer, products } = look;
    const settings = await repo.settings(tx, inv.tenantId);
    const issues: FieldIssue[] = [];
    const date = input.date ?? today();
    const dueDate = input.dueDate ?? addDays(date, customer.payment_terms_days ?? 0);
    if (dueDate < date) issues.push({ path: 'body.dueDate', message: 'must not be before the invoice date' });
    const currency = input.currency ?? customer.currency;
    if (!isCurrencyCode(currency)) issues.push({ path: 'body.currency', message: 'not an ISO 4217 currency' });
    if (input.lines.length === 0) issues.push({ path: 'body.lines', message: 'at least one line' });
    const decimals = isCurrencyCode(currency) ? currencyExponent(currency) : 2;
    const gst = tenant.country_code === 'IN';

    const prepared = await Promise.all(
      input.lines.map(async (l, i) => {
        const at = `body.lines[${i}]`;
        const product = l.productId ? products.get(l.productId) : undefined;
        const description = l.description ?? product?.name ?? null;
        if (!description) issues.push({ path: `${at}.description`, message: 'required for a line without a product' });
        const quantity = dec(l.quantity);
        if (!quantity.gt(0)) issues.push({ path: `${at}.quantity`, message: 'must be positive' });
        const unit = l.unit ?? product?.base_unit ?? null;
        const trackStock = !!product && product.type === 'goods' && product.track_inventory;
        if (trackStock && !l.deliveryLineId) {
          if (!l.storeId) issues.push({ path: `${at}.storeId`, message: 'a stock item invoiced without a delivery note leaves from a store: give storeId' });
          if (unit !== product.base_unit) issues.push({ path: `${at}.unit`, message: `stock leaves in the product's base unit (${product.base_unit})` });
        }
        let unitPrice = l.unitPrice ?? null;
        let inclusive = false;
        if (unitPrice === null) {
          if (!product) issues.push({ path: `${at}.unitPrice`, message: 'required for a line without a product' });
          else if (quantity.gt(0) && isCurrencyCode(currency)) {
            try {
              const quote = await this.deps.catalog().priceFor(tx, inv.tenantId, { productId: product.id, quantity: quantity.toFixed(), ...(unit && { unit }), currency, date });
              unitPrice = quote.unitPrice;
              inclusive = quote.taxInclusive;
            } catch (error) {
              if (!(error instanceof AppError)) throw error;
              issues.push({ path: `${at}.unitPrice`, message: `no price for the product in ${currency}: give unitPrice` });
            }
          }
        }
        const discountPercent = dec(l.discountPercent ?? '0');
        if (discountPercent.lt(0) || discountPercent.gt(100)) issues.push({ path: `${at}.discountPercent`, message: 'between 0 and 100' });
        const gross = quantity.mul(unitPrice ?? '0').toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
        const discount = gross.mul(discountPercent).div(100).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
        return {
          product,
          description: description ?? '',
          hsn: l.hsn ?? product?.hsn_sac ?? null,
          kind: (product?.type ?? ((l.hsn ?? '').startsWith('99') ? 'service' : 'goods')),
          quantity,
          unit,
          unitPrice: unitPrice ?? '0',
          discountPercent,
          discount,
          trackStock,
          inclusive,
          input: l,
        };
      }),
    );
    if (issues.length > 0) throw errors.invalidInvoice(issues);

    const buyer = options.buyer ?? buyerOf(customer);
    let taxed: { taxable: string; components: TaxComponent[]; rate: string; tax: string; total: string }[];
    let totals: { subtotal: string; discount: string; tax: string; roundOff: string; total: string };
    let placeOfSupply: string | null = null;
    let supplyType: string | null = null;
    let reverseCharge = false;
    if (gst) {
      const body: CalculateBody = {
        documentType: options.kind,
        date,
        buyer: {
          country: buyer.country ?? 'IN',
          ...(buyer.gstin && { gstin: buyer.gstin }),
          ...(buyer.stateCode && { stateCode: buyer.stateCode }),
        },
        ...(input.placeOfSupply && { placeOfSupply: input.placeOfSupply }),
        roundOff: settings.round_total,
        rounding: 'line',
        lines: prepared.map((p) => ({
          item: p.description.slice(0, 200),
          ...(p.hsn && { hsn: p.hsn }),
          kind: p.kind,
          quantity: p.quantity.toFixed(),
          unitPrice: dec(p.unitPrice).toFixed(),
          ...(!p.discount.isZero() && { discount: p.discount.toFixed() }),
          ...(p.product?.gst_rate != null && { rate: dec(p.product.gst_rate).toFixed() }),
          // A tax-inclusive price list's price: the engine backs the taxable value out of it.
          ...(p.inclusive && { priceIncludesTax: true }),
        })),
      };
      let calc;
      try {
        calc = await this.deps.tax().calculate.calculateIn(tx, tenant, body);
      } catch (error) {
        throw error instanceof AppError ? errors.invalidInvoice(error.errors.length > 0 ? error.errors : [{ path: 'body', message: error.message }]) : error;
      }
      const result = calc.result as GstResult;
      placeOfSupply = result.supply.placeOfSupply;
      supplyType = result.supply.supplyType;
      reverseCharge = result.supply.reverseCharge;
      taxed = result.lines.map((r) => {
        const rates: Record<string, string> = { cgst: r.cgstRate, sgst: r.sgstRate, utgst: r.utgstRate, igst: r.igstRate, cess: r.cessPercent };
        const components: TaxComponent[] = r.reverseCharge
          ? []
          : (['cgst', 'sgst', 'utgst', 'igst', 'cess'] as const).flatMap((code) =>
              dec(r[code]).isZero() ? [] : [{ code, label: componentLabel(code, rates[code] ?? '0'), rate: dec(rates[code] ?? '0').toFixed(), amount: dec(r[code]).toFixed(decimals) }],
            );
        const tax = components.reduce((s, c) => s.add(c.amount), dec(0));
        return { taxable: dec(r.taxableValue).toFixed(decimals), components, rate: dec(r.rate).toFixed(), tax: tax.toFixed(decimals), total: dec(r.taxableValue).add(tax).toFixed(decimals) };
      });
      totals = {
        subtotal: dec(result.totals.taxableValue).toFixed(decimals),
        discount: dec(result.totals.discount).toFixed(decimals),
        tax: dec(result.totals.taxCollected).toFixed(decimals),
        roundOff: dec(result.totals.roundOff).toFixed(decimals),
        total: dec(result.totals.grandTotal).toFixed(decimals),
      };
    } else {
      const rateIds = prepared.flatMap((p) => (p.input.taxRateId ? [p.input.taxRateId] : []));
      const groupIds = prepared.flatMap((p) => (p.input.taxGroupId ? [p.input.taxGroupId] : []));
      const resolved = await this.deps.tax().rates.resolve(tx, rateIds, groupIds);
      const vatLines = prepared.map((p, i) => {
        let rates: { code: string; name: string; percent: string; compound: boolean; kind: string }[] = [];
        if (p.input.taxRateId && p.input.taxGroupId) issues.push({ path: `body.lines[${i}].taxRateId`, message: 'give taxRateId or taxGroupId, not both' });
        if (p.input.taxRateId) {
          const r = resolved.rates.get(p.input.taxRateId);
          if (!r || r.archived) issues.push({ path: `body.lines[${i}].taxRateId`, message: 'no such tax rate' });
          else rates = [r];
        } else if (p.input.taxGroupId) {
          const g = resolved.groups.get(p.input.taxGroupId);
          if (!g) issues.push({ path: `body.lines[${i}].taxGroupId`, message: 'no such tax group' });
          else rates = g;
        }
        return {
          unitPrice: dec(p.unitPrice).toFixed(),
          quantity: p.quantity.toFixed(),
          ...(!p.discount.isZero() && { discount: p.discount.toFixed() }),
          components: rates.map((r) => ({ code: r.code, name: r.name, rate: r.percent, compound: r.compound, retention: r.kind === 'retention' })),
        };
      });
      // VAT prices are inclusive or exclusive for the whole document: a tax-inclusive price list's
      // prices can only be mixed with prices given on the lines when those are inclusive too.
      const pricesInclusive = prepared.some((p) => p.inclusive);
      if (pricesInclusive) {
        prepared.forEach((p, i) => {
          if (!p.inclusive) issues.push({ path: `body.lines[${i}].unitPrice`, message: 'other lines are priced from a tax-inclusive price list: leave unitPrice out, or give every price' });
        });
      }
      if (issues.length > 0) throw errors.invalidInvoice(issues);
      const result = this.deps.tax().vat.compute({ lines: vatLines, pricesInclusive, rounding: 'line', decimals });
      taxed = result.lines.map((r) => {
        const components = r.components.filter((c) => !c.retention).map((c) => ({ code: c.code, label: componentLabel(c.code, c.rate, c.name), rate: dec(c.rate).toFixed(), amount: dec(c.amount).toFixed(decimals) }));
        const rate = components.reduce((s, c) => s.add(c.rate), dec(0)).toFixed();
        return { taxable: dec(r.net).toFixed(decimals), components, rate, tax: dec(r.tax).toFixed(decimals), total: dec(r.net).add(r.tax).toFixed(decimals) };
      });
      const gross = taxed.reduce((s, l) => s.add(l.total), dec(0));
      const rounded = settings.round_total ? gross.toDecimalPlaces(0, Decimal.ROUND_HALF_UP) : gross;
      totals = {
        subtotal: taxed.reduce((s, l) => s.add(l.taxable), dec(0)).toFixed(decimals),
        discount: prepared.reduce((s, p) => s.add(p.discount), dec(0)).toFixed(decimals),
        tax: taxed.reduce((s, l) => s.add(l.tax), dec(0)).toFixed(decimals),
        roundOff: rounded.sub(gross).toFixed(decimals),
        total: rounded.toFixed(decimals),
      };
    }

    const lines: repo.LineRow[] = prepared.map((p, i) => ({
      tenant_id: inv.tenantId,
      id: newId(),
      invoice_id: options.id,
      line_no: i + 1,
      product_id: p.product?.id ?? p.input.productId ?? null,
      description: p.description,
      hsn: p.hsn,
      supply_kind: p.kind,
      track_stock: p.trackStock,
      quantity: p.quantity.toFixed(),
      unit: p.unit,
      unit_price: dec(p.unitPrice).toFixed(),
      discount_percent: p.discountPercent.toFixed(),
      discount: p.discount.toFixed(decimals),
      taxable_value: taxed[i]!.taxable,
      tax_rate: taxed[i]!.rate,
      tax_components: taxed[i]!.components,
      tax_amount: taxed[i]!.tax,
      line_total: taxed[i]!.total,
      tax_rate_id: p.input.taxRateId ?? null,
      tax_group_id: p.input.taxGroupId ?? null,
      store_id: p.input.storeId ?? null,
      order_line_id: p.input.orderLineId ?? null,
      delivery_line_id: p.input.deliveryLineId ?? null,
      cost_value: null,
    }));
    const row: repo.NewInvoice = {
      tenant_id: inv.tenantId,
      id: options.id,
      kind: options.kind,
      original_invoice_id: options.originalInvoiceId,
      number: null,
      status: 'draft',
      customer_id: customer.id,
      customer_name: customer.display_name || customer.legal_name,
      buyer,
      currency,
      exchange_rate: '1',
      invoice_date: date,
      due_date: dueDate,
      tax_engine: gst ? 'gst' : 'vat',
      place_of_supply: placeOfSupply,
      supply_type: supplyType,
      reverse_charge: reverseCharge,
      reference: input.reference ?? null,
      notes: input.notes ?? settings.default_notes,
      terms: input.terms ?? settings.default_terms,
      sales_order_id: input.salesOrderId ?? null,
      reason: options.reason ?? null,
      subtotal: totals.subtotal,
      discount_total: totals.discount,
      tax_total: totals.tax,
      taxes: taxRows(lines.map((l) => ({ taxableValue: l.taxable_value, components: l.tax_components }))),
      round_off: totals.roundOff,
      total: totals.total,
      total_minor: roundToMinor(totals.total, currency).toString(),
      amount_paid: '0',
      amount_paid_minor: '0',
      entry_id: null,
      stock_entry_id: null,
      void_entry_id: null,
      void_stock_entry_id: null,
      created_by: inv.actor.type === 'user' ? inv.actor.id : null,
    };
    return { row, lines };
  }

  private async viewIn(tx: Tx, id: string): Promise<InvoiceView> {
    const row = await repo.findInvoice(tx, id);
    if (!row) throw errors.invoiceNotFound();
    return invoiceView(row, await repo.linesOf(tx, [id]), today());
  }

  // ---------------- InvoicesPort ----------------

  /**
   * The port's createDraft. Reading the tenant, customer and products goes through their modules on
   * connections of its own: a caller writing many invoices at once may read them first, outside its
   * transaction, with `lookups(tenantId, customerId, lines)` and pass them as `prepared`.
   */
  async createDraft(tx: Tx, inv: Invocation, input: InvoiceDraftInput, prepared?: SaleLookups): Promise<InvoiceSnapshot> {
    const look = prepared ?? (await this.lookups(inv.tenantId, input.customerId, input.lines));
    return this.createDraftWith(tx, inv, look, input);
  }

  private async createDraftWith(tx: Tx, inv: Invocation, look: SaleLookups, input: DraftInput, kind: repo.InvoiceKind = 'invoice', original: repo.InvoiceRow | null = null, reason: string | null = null): Promise<InvoiceView> {
    const id = await this.insertDraft(tx, inv, look, input, kind, original, reason);
    const view = await this.viewIn(tx, id);
    await recordAudit(tx, auditFromInvocation(inv, `${kind}.draft_created`, kind, id, null, view));
    return view;
  }

  /** Writes a draft and returns its id (no audit: for drafts issued in the same transaction, whose issue is audited). */
  private async insertDraft(tx: Tx, inv: Invocation, look: SaleLookups, input: DraftInput, kind: repo.InvoiceKind, original: repo.InvoiceRow | null, reason: string | null): Promise<string> {
    const id = newId();
    const { row, lines } = await this.compose(tx, inv, look, input, {
      id,
      kind,
      originalInvoiceId: original?.id ?? null,
      ...(original && { buyer: original.buyer }),
      reason,
    });
    await repo.insertInvoice(tx, row, lines);
    return id;
  }

  async issue(tx: Tx, inv: Invocation, invoiceId: string): Promise<InvoiceSnapshot> {
    const row = await repo.findInvoice(tx, invoiceId, true);
    if (!row) throw errors.invoiceNotFound();
    if (row.status !== 'draft') throw errors.invoiceIssued(row.status);
    return this.issueLocked(tx, inv, row);
  }

  private async issueLocked(tx: Tx, inv: Invocation, row: repo.InvoiceRow): Promise<InvoiceView> {
    const tenantId = inv.tenantId;
    const lines = await repo.linesOf(tx, [row.id]);
    const baseCurrency = await this.deps.identity().baseCurrencyOf(tenantId);
    const number = await this.deps.numbering().next(tx, tenantId, row.kind, row.invoice_date);
    await this.deps.identity().plans.consume(tx, tenantId, 'documents_per_month');

    const rate = row.currency === baseCurrency ? '1' : (await this.rateOn(tx, tenantId, row.currency, row.invoice_date)).rate;
    const customerCurrency = row.buyer.currency ?? row.currency;
    const exposure =
      customerCurrency === row.currency ? row.total : customerCurrency === baseCurrency ? formatMoney(convertMinor(BigInt(row.total_minor), row.currency, baseCurrency, rate), baseCurrency) : null;
    const warnings: { code: string; message: string }[] = [];
    if (exposure !== null) {
      const credit = await this.deps.parties().checkCredit(tx, tenantId, row.customer_id, exposure, inv.actor);
      if (credit.warning) warnings.push(credit.warning);
    }

    const accounts = await resolveSalesAccounts(tx, inv, baseCurrency);
    const parts = this.postingParts(row, lines, accounts);
    const entryId = await this.postEntry(tx, inv, {
      date: row.invoice_date,
      memo: `${row.kind === 'debit_note' ? 'Debit note' : 'Invoice'} ${number} — ${row.customer_name}`,
      reference: number,
      sourceId: row.id,
      currency: row.currency,
      baseCurrency,
      rate,
      customerId: row.customer_id,
      receivable: accounts.receivable,
      parts,
      direction: 'sale',
    });

    // Stock leaves for lines no delivery note has issued; inventory posts the cost of goods sold.
    let stockEntryId: string | null = null;
    const stock = lines.filter((l) => l.track_stock && !l.delivery_line_id && l.product_id && l.store_id);
    if (stock.length > 0) {
      const moves: MoveRequest[] = stock.map((l) => ({
        storeId: l.store_id!,
        productId: l.product_id!,
        kind: 'issue',
        direction: 'out',
        quantity: dec(l.quantity),
        memo: l.description.slice(0, 500),
        path: `lines[${l.line_no - 1}]`,
      }));
      const posted = await this.deps.inventory().post(tx, inv, { documentType: 'issue', documentId: row.id, date: row.invoice_date, memo: `Invoice ${number}`, source: { module: 'sales', id: row.id }, moves });
      stockEntryId = posted.entryId;
      await repo.setLineCosts(
        tx,
        stock.map((l, i) => ({ id: l.id, value: -BigInt(posted.moves[i]!.value) })),
      );
    }

    await repo.updateInvoice(tx, row.id, { status: 'issued', number, exchange_rate: rate, entry_id: entryId, stock_entry_id: stockEntryId, issued_at: now() });
    const view = await this.viewIn(tx, row.id);
    await appendEvent(tx, { type: row.kind === 'debit_note' ? 'debit_note.created' : 'invoice.created', tenantId, actor: inv.actor, data: view });
    await recordAudit(tx, auditFromInvocation(inv, `${row.kind}.issued`, row.kind, row.id, { status: 'draft', version: row.version }, view));
    return warnings.length > 0 ? { ...view, warnings } : view;
  }

  private async rateOn(tx: Tx, tenantId: string, currency: string, date: string) {
    try {
      return await this.deps.ledger().rates.rateOn(tx, tenantId, currency, date);
    } catch (error) {
      throw relocate(error, 'body.');
    }
  }

  /** The credit side of a sale in document-currency minor units: revenue per store, each tax, round-off. */
  private postingParts(
    row: { currency: string; round_off: string },
    lines: readonly { taxable_value: string; tax_components: TaxComponent[]; store_id: string | null }[],
    accounts: SalesAccounts,
    roundOff = true,
  ): { accountId: string; minor: bigint; storeId: string | null; memo: string }[] {
    const parts = new Map<string, { accountId: string; minor: bigint; storeId: string | null; memo: string }>();
    const add = (accountId: string, storeId: string | null, minor: bigint, memo: string) => {
      const key = `${accountId}|${storeId ?? ''}`;
      const p = parts.get(key) ?? { accountId, minor: 0n, storeId, memo };
      p.minor += minor;
      parts.set(key, p);
    };
    for (const l of lines) {
      add(accounts.revenue, l.store_id, roundToMinor(l.taxable_value, row.currency), 'Sales');
      for (const c of l.tax_components) {
        const key = GST_ACCOUNT[c.code];
        add(key ? accounts[key] : accounts.salesTax, null, roundToMinor(c.amount, row.currency), key ? `Output ${c.code.toUpperCase()}` : c.label);
      }
    }
    if (roundOff) add(accounts.roundOff, null, roundToMinor(row.round_off, row.currency), 'Round off');
    return [...parts.values()].filter((p) => p.minor !== 0n);
  }

  /**
   * One balanced entry: the receivable (customer as party, document currency) against the parts.
   * A sale credits the parts and debits the receivable; a credit note the other way round. Foreign
   * currency: each part is converted at `rate`, the receivable carries their sum, so the base
   * currency balances exactly.
   */
  private async postEntry(
    tx: Tx,
    inv: Invocation,
    e: {
      date: string;
      memo: string;
      reference: string;
      sourceId: string;
      currency: string;
      baseCurrency: string;
      rate: string;
      customerId: string;
      receivable: string;
      parts: { accountId: string; minor: bigint; storeId: string | null; memo: string }[];
      direction: 'sale' | 'credit';
    },
  ): Promise<string | null> {
    if (e.parts.length === 0) return null;
    const foreign = e.currency !== e.baseCurrency;
    const sign = e.direction === 'sale' ? 1n : -1n;
    let total = 0n;
    let baseTotal = 0n;
    const lines: LineInput[] = e.parts.map((p) => {
      const signed = p.minor * sign; // > 0: credit
      const abs = signed < 0n ? -signed : signed;
      let base = abs;
      if (foreign) {
        base = convertMinor(abs, e.currency, e.baseCurrency, e.rate);
        if (base === 0n) base = 1n;
      }
      total += signed;
      baseTotal += signed < 0n ? -base : base;
      return {
        accountId: p.accountId,
        ...(signed > 0n ? { credit: abs } : { debit: abs }),
        currency: e.currency,
        ...(foreign && { baseAmount: base }),
        memo: p.memo,
        storeId: p.storeId,
      };
    });
    const receivableAbs = total < 0n ? -total : total;
    if (receivableAbs === 0n) return null;
    const receivableBase = baseTotal < 0n ? -baseTotal : baseTotal;
    lines.unshift({
      accountId: e.receivable,
      ...(total > 0n ? { debit: receivableAbs } : { credit: receivableAbs }),
      currency: e.currency,
      ...(foreign && { baseAmount: receivableBase }),
      partyId: e.customerId,
      memo: e.memo,
    });
    const posted = await this.deps.ledger().post(tx, {
      tenantId: inv.tenantId,
      date: e.date,
      memo: e.memo,
      reference: e.reference,
      source: { module: 'sales', id: e.sourceId, revision: 0 },
      lines,
      actor: inv.actor,
    });
    return posted.entryId;
  }

  async get(tx: Tx, tenantId: string, invoiceId: string): Promise<InvoiceSnapshot> {
    void tenantId;
    return this.viewIn(tx, invoiceId);
  }

  async lockOpen(tx: Tx, tenantId: string, invoiceId: string): Promise<InvoiceSnapshot> {
    void tenantId;
    const row = await repo.findInvoice(tx, invoiceId, true);
    if (!row) throw errors.invoiceNotFound();
    if (row.status !== 'issued' && row.status !== 'partly_paid') throw errors.invoiceNotOpen(row.status);
    return invoiceView(row, await repo.linesOf(tx, [invoiceId]), today());
  }

  async applySettlement(tx: Tx, inv: Invocation, invoiceId: string, amount: string): Promise<InvoiceSnapshot> {
    const row = await repo.findInvoice(tx, invoiceId, true);
    if (!row) throw errors.invoiceNotFound();
    if (row.status === 'draft' || row.status === 'void') throw errors.invoiceNotOpen(row.status);
    const delta = roundToMinor(amount, row.currency);
    if (!dec(amount).eq(dec(formatMoney(delta, row.currency)))) {
      throw new AppError('validation', 'SALES.INVALID_AMOUNT', `${row.currency} has ${currencyExponent(row.currency)} decimals`, { errors: [{ path: 'amount', message: 'too many decimals' }] });
    }
    const next = settle(BigInt(row.total_minor), BigInt(row.amount_paid_minor), delta, row.currency);
    await repo.updateInvoice(tx, invoiceId, { amount_paid_minor: next.paidMinor.toString(), amount_paid: formatMoney(next.paidMinor, row.currency), status: next.status });
    const view = await this.viewIn(tx, invoiceId);
    if (next.status === 'paid' && row.status !== 'paid') {
      await appendEvent(tx, {
        type: 'invoice.paid',
        tenantId: inv.tenantId,
        actor: inv.actor,
        data: { invoiceId, kind: row.kind, number: row.number, customerId: row.customer_id, currency: row.currency, total: view.total, amountPaid: view.amountPaid },
      });
    }
    return view;
  }

  async listOpen(tx: Tx, tenantId: string, filter: { customerId?: string; dueOnOrBefore?: string }): Promise<InvoiceSnapshot[]> {
    void tenantId;
    const rows = await repo.openInvoices(tx, filter);
    const lines = await repo.linesOf(
      tx,
      rows.map((r) => r.id),
    );
    const day = today();
    return rows.map((r) => invoiceView(r, lines, day));
  }

  async invoicedQuantities(tx: Tx, tenantId: string, orderLineIds: string[]): Promise<Map<string, string>> {
    void tenantId;
    return repo.invoicedQuantities(tx, orderLineIds);
  }

  async pdf(tenantId: string, invoiceId: string, kind?: repo.InvoiceKind): Promise<{ filename: string; content: Buffer }> {
    const doc = await this.printable(tenantId, invoiceId, kind);
    return { filename: `${(doc.number || 'draft').replace(/[^A-Za-z0-9._-]+/g, '-')}.pdf`, content: await renderDocumentPdf(doc) };
  }

  /** The printable form of an invoice or debit note (what the PDF shows). */
  async printable(tenantId: string, invoiceId: string, kind?: repo.InvoiceKind): Promise<PrintableDocument> {
    const tenant = await this.deps.identity().service.getTenant(tenantId);
    return this.run(tenantId, async (tx) => {
      const view = await this.viewIn(tx, invoiceId);
      if (kind && view.kind !== kind) throw kind === 'invoice' ? errors.invoiceNotFound() : errors.debitNoteNotFound();
      const settings = await repo.settings(tx, tenantId);
      const original = view.originalInvoiceId ? await repo.findInvoice(tx, view.originalInvoiceId) : undefined;
      return printableInvoice(printInvoiceOf(view, original?.number ?? null), sellerOf(tenant), printSettingsOf(settings));
    });
  }

  async send(inv: Invocation, invoiceId: string, options: { to?: string[]; cc?: string[]; message?: string | null } = {}): Promise<void> {
    const view = await this.run(inv.tenantId, (tx) => this.viewIn(tx, invoiceId));
    if (view.status === 'draft') throw errors.invoiceNotIssued(view.status);
    if (view.status === 'void') throw errors.invoiceVoid();
    const to = options.to && options.to.length > 0 ? options.to : view.buyer.email ? [view.buyer.email] : [];
    if (to.length === 0) throw errors.noRecipient();
    const tenant = await this.deps.identity().service.getTenant(inv.tenantId);
    const { filename, content } = await this.pdf(inv.tenantId, invoiceId);
    const seller = tenant.legal_name ?? tenant.name;
    const title = view.kind === 'debit_note' ? 'Debit note' : 'Invoice';
    const text = [
      `Dear ${view.customerName},`,
      '',
      options.message ?? `Please find attached ${title.toLowerCase()} ${view.number} dated ${view.date} for ${view.currency} ${view.total}.`,
      '',
      `Amount due: ${view.currency} ${view.amountDue}, due on ${view.dueDate}.`,
      '',
      seller,
    ].join('\n');
    await this.deps.mail.send({
      to,
      ...(options.cc && options.cc.length > 0 && { cc: options.cc }),
      subject: `${title} ${view.number} from ${seller}`,
      text,
      attachments: [{ filename, content, contentType: 'application/pdf' }],
      tag: 'sales.invoice',
    });
    await this.run(inv.tenantId, async (tx) => {
      await repo.updateInvoice(tx, invoiceId, { sent_at: now() });
      const data = { invoiceId, number: view.number, customerId: view.customerId, to, cc: options.cc ?? [] };
      await appendEvent(tx, { type: 'invoice.sent', tenantId: inv.tenantId, actor: inv.actor, data });
      await recordAudit(tx, auditFromInvocation(inv, 'invoice.sent', view.kind, invoiceId, null, data));
    });
  }

  // ---------------- HTTP use cases (own transactions) ----------------

  async create(inv: Invocation, input: DraftInput, issue: boolean): Promise<InvoiceView> {
    const look = await this.lookups(inv.tenantId, input.customerId, input.lines);
    const write = () =>
      this.run(inv.tenantId, async (tx) => {
        if (!issue) return this.createDraftWith(tx, inv, look, input);
        const id = await this.insertDraft(tx, inv, look, input, 'invoice', null, null);
        return this.issueLocked(tx, inv, (await repo.findInvoice(tx, id, true))!);
      });
    return issue ? this.numbered(inv.tenantId, 'invoice', write) : write();
  }

  async update(inv: Invocation, id: string, expected: number, input: DraftInput): Promise<InvoiceView> {
    const current = await this.run(inv.tenantId, (tx) => repo.findInvoice(tx, id));
    if (!current || current.kind !== 'invoice') throw errors.invoiceNotFound();
    if (current.status !== 'draft') throw errors.invoiceIssued(current.status);
    const look = await this.lookups(inv.tenantId, input.customerId, input.lines);
    return this.run(inv.tenantId, async (tx) => {
      const before = await repo.findInvoice(tx, id, true);
      if (!before) throw errors.invoiceNotFound();
      if (before.status !== 'draft') throw errors.invoiceIssued(before.status);
      if (before.version !== expected) throw staleVersion(before.version);
      if (before.kind === 'debit_note') throw errors.invoiceIssued(before.status);
      const beforeView = invoiceView(before, await repo.linesOf(tx, [id]), today());
      const { row, lines } = await this.compose(tx, inv, look, input, { id, kind: before.kind, originalInvoiceId: before.original_invoice_id });
      await repo.replaceDraft(tx, row, lines);
      const view = await this.viewIn(tx, id);
      await recordAudit(tx, auditFromInvocation(inv, 'invoice.draft_updated', 'invoice', id, beforeView, view));
      return view;
    });
  }

  async remove(inv: Invocation, id: string): Promise<void> {
    await this.run(inv.tenantId, async (tx) => {
      const before = await repo.findInvoice(tx, id, true);
      if (!before || before.kind !== 'invoice') throw errors.invoiceNotFound();
      if (before.status !== 'draft') throw errors.invoiceIssued(before.status);
      const beforeView = invoiceView(before, await repo.linesOf(tx, [id]), today());
      await repo.deleteDraft(tx, id);
      await recordAudit(tx, auditFromInvocation(inv, 'invoice.draft_deleted', 'invoice', id, beforeView, null));
    });
  }

  /** Issues a draft in its own transaction; `expected` (If-Match) must be the draft's version when given. */
  async issueById(inv: Invocation, id: string, expected: number | null = null): Promise<InvoiceView> {
    return this.numbered(inv.tenantId, 'invoice', () =>
      this.run(inv.tenantId, async (tx) => {
        const row = await repo.findInvoice(tx, id, true);
        if (!row || row.kind !== 'invoice') throw errors.invoiceNotFound();
        if (row.status !== 'draft') throw errors.invoiceIssued(row.status);
        if (expected !== null && row.version !== expected) throw staleVersion(row.version);
        return this.issueLocked(tx, inv, row);
      }),
    );
  }

  async view(tenantId: string, id: string, kind: repo.InvoiceKind = 'invoice'): Promise<InvoiceView> {
    const view = await this.run(tenantId, (tx) => this.viewIn(tx, id));
    if (view.kind !== kind) throw kind === 'invoice' ? errors.invoiceNotFound() : errors.debitNoteNotFound();
    return view;
  }

  async list(tenantId: string, filter: Omit<repo.InvoiceFilter, 'overdueOn'> & { overdue?: boolean | undefined }): Promise<{ items: InvoiceView[]; rows: repo.InvoiceRow[] }> {
    const day = today();
    return this.run(tenantId, async (tx) => {
      const { overdue, ...rest } = filter;
      const rows = await repo.listInvoices(tx, { ...rest, ...(overdue && { overdueOn: day }), limit: filter.limit + 1 });
      const page = rows.slice(0, filter.limit);
      const lines = await repo.linesOf(
        tx,
        page.map((r) => r.id),
      );
      return { rows, items: page.map((r) => invoiceView(r, lines, day)) };
    });
  }

  /** Voids an issued invoice: reverses its ledger entry and returns the stock it issued at the cost it left with. */
  async void(inv: Invocation, id: string, options: { reason?: string | null | undefined; expected?: number | null } = {}): Promise<InvoiceView> {
    const baseCurrency = await this.deps.identity().baseCurrencyOf(inv.tenantId);
    return this.run(inv.tenantId, async (tx) => {
      const row = await repo.findInvoice(tx, id, true);
      if (!row) throw errors.invoiceNotFound();
      if (row.status === 'void') throw errors.invoiceVoid();
      if (options.expected != null && row.version !== options.expected) throw staleVersion(row.version);
      if (row.status === 'draft') throw errors.invoiceNotIssued(row.status);
      if (BigInt(row.amount_paid_minor) > 0n || row.status !== 'issued') throw errors.invoiceSettled(formatMoney(BigInt(row.amount_paid_minor), row.currency));
      if (await repo.hasCorrections(tx, id)) throw errors.invoiceCredited();
      const before = invoiceView(row, await repo.linesOf(tx, [id]), today());
      const on = today() > row.invoice_date ? today() : row.invoice_date;
      const voidEntryId = row.entry_id ? await this.deps.ledger().reverse(tx, inv.tenantId, row.entry_id, { date: on, memo: `Void of ${row.number}` }) : null;
      let voidStockEntryId: string | null = null;
      const returned = (await repo.linesOf(tx, [id])).filter((l) => l.cost_value !== null && l.store_id && l.product_id);
      if (returned.length > 0) {
        const accounts = await resolveSalesAccounts(tx, inv, baseCurrency);
        const posted = await this.deps.inventory().post(tx, inv, {
          documentType: 'receipt',
          documentId: newId(),
          sourceId: `${id}/void`,
          date: on,
          memo: `Void of invoice ${row.number}`,
          source: { module: 'sales', id },
          moves: returned.map((l) => ({
            storeId: l.store_id!,
            productId: l.product_id!,
            kind: 'receipt',
            direction: 'in',
            quantity: dec(l.quantity),
            value: BigInt(l.cost_value!),
            counterAccountId: accounts.costOfGoodsSold,
            memo: `Void of invoice ${row.number}`,
            path: `lines[${l.line_no - 1}]`,
          })),
        });
        voidStockEntryId = posted.entryId;
      }
      await repo.updateInvoice(tx, id, { status: 'void', void_entry_id: voidEntryId, void_stock_entry_id: voidStockEntryId, voided_at: now(), ...(options.reason && { reason: options.reason }) });
      const view = await this.viewIn(tx, id);
      await appendEvent(tx, { type: 'invoice.voided', tenantId: inv.tenantId, actor: inv.actor, data: { invoiceId: id, kind: row.kind, number: row.number, customerId: row.customer_id, voidEntryId, voidStockEntryId } });
      await recordAudit(tx, auditFromInvocation(inv, `${row.kind}.voided`, row.kind, id, before, view));
      return view;
    });
  }

  // ---------------- debit notes ----------------

  async createDebitNote(inv: Invocation, input: DebitNoteInput): Promise<InvoiceView> {
    const original = await this.run(inv.tenantId, (tx) => repo.findInvoice(tx, input.invoiceId));
    if (!original) throw new AppError('unprocessable', 'SALES.INVOICE_NOT_FOUND', 'No such invoice', { errors: [{ path: 'body.invoiceId', message: 'no such invoice' }] });
    const look = await this.lookups(inv.tenantId, original.customer_id, input.lines, 'body.invoiceId');
    return this.numbered(inv.tenantId, 'debit_note', () => this.run(inv.tenantId, async (tx) => {
      const locked = (await repo.findInvoice(tx, input.invoiceId, true))!;
      if (locked.kind !== 'invoice' || locked.status === 'draft' || locked.status === 'void') throw errors.invoiceNotOpen(locked.status);
      const draftId = await this.insertDraft(
        tx,
        inv,
        look,
        {
          customerId: locked.customer_id,
          currency: locked.currency,
          placeOfSupply: locked.place_of_supply,
          date: input.date ?? null,
          dueDate: input.dueDate ?? null,
          notes: input.notes ?? null,
          reference: locked.number,
          lines: input.lines,
        },
        'debit_note',
        locked,
        input.reason ?? null,
      );
      const row = await repo.findInvoice(tx, draftId, true);
      return this.issueLocked(tx, inv, row!);
    }));
  }

  // ---------------- credit notes ----------------

  async createCreditNote(inv: Invocation, input: CreditNoteInput): Promise<CreditNoteView> {
    const baseCurrency = await this.deps.identity().baseCurrencyOf(inv.tenantId);
    if (input.storeId) {
      const store = await notFoundToNull(this.deps.identity().stores.get(inv.tenantId, input.storeId));
      if (!store || store.status !== 'active') throw errors.invalidCreditNote([{ path: 'body.storeId', message: 'no such store' }]);
    }
    return this.numbered(inv.tenantId, 'credit_note', () => this.run(inv.tenantId, async (tx) => {
      const invoice = await repo.findInvoice(tx, input.invoiceId, true);
      if (!invoice) throw errors.invalidCreditNote([{ path: 'body.invoiceId', message: 'no such invoice' }]);
      if (invoice.status === 'draft' || invoice.status === 'void') throw errors.invoiceNotOpen(invoice.status);
      const date = input.date ?? today();
      if (date < invoice.invoice_date) throw errors.invalidCreditNote([{ path: 'body.date', message: 'must not be before the invoice date' }]);
      const invoiceLines = await repo.linesOf(tx, [invoice.id]);
      const byId = new Map(invoiceLines.map((l) => [l.id, l]));
      const already = await repo.creditedLines(tx, invoiceLines.map((l) => l.id));
      const decimals = currencyExponent(invoice.currency);
      const issues: FieldIssue[] = [];
      const over: FieldIssue[] = [];
      const id = newId();
      const seen = new Map<string, Decimal>();
      const lines: repo.CreditLineRow[] = [];
      input.lines.forEach((l, i) => {
        const line = byId.get(l.invoiceLineId);
        if (!line) {
          issues.push({ path: `body.lines[${i}].invoiceLineId`, message: 'not a line of this invoice' });
          return;
        }
        const q = dec(l.quantity);
        if (!q.gt(0)) {
          issues.push({ path: `body.lines[${i}].quantity`, message: 'must be positive' });
          return;
        }
        const prior = already.filter((c) => c.invoice_line_id === line.id);
        const priorQty = prior.reduce((s, c) => s.add(c.quantity), dec(0)).add(seen.get(line.id) ?? 0);
        const available = dec(line.quantity).sub(priorQty);
        if (q.gt(available)) {
          over.push({ path: `body.lines[${i}].quantity`, message: `at most ${available.toFixed()} can still be credited` });
          return;
        }
        const priorRows = [...prior, ...lines.filter((c) => c.invoice_line_id === line.id)];
        const credited = {
          quantity: priorRows.reduce((s, c) => s.add(c.quantity), dec(0)).toFixed(),
          taxableValue: priorRows.reduce((s, c) => s.add(c.taxable_value), dec(0)).toFixed(),
          components: new Map(line.tax_components.map((c) => [c.code, priorRows.reduce((s, r) => s.add(r.tax_components.find((x) => x.code === c.code)?.amount ?? 0), dec(0)).toFixed()])),
        };
        const part = creditShare({ quantity: line.quantity, taxableValue: line.taxable_value, components: line.tax_components }, credited, q.toFixed(), decimals);
        seen.set(line.id, (seen.get(line.id) ?? dec(0)).add(q));
        const returning = !!input.returnToStock && line.track_stock && !!line.product_id;
        if (returning && !input.storeId && !line.store_id) issues.push({ path: `body.storeId`, message: 'give the store the goods come back to' });
        // Stock cost comes back only for units returned to stock: its cumulative share counts those alone.
        const returnedBefore = priorRows.filter((c) => c.returned_to_stock && c.cost_value !== null);
        const priorCost = returnedBefore.reduce((s, c) => s + BigInt(c.cost_value!), 0n);
        const priorReturned = returnedBefore.reduce((s, c) => s.add(c.quantity), dec(0)).toFixed();
        lines.push({
          tenant_id: inv.tenantId,
          id: newId(),
          credit_note_id: id,
          invoice_line_id: line.id,
          line_no: lines.length + 1,
          product_id: line.product_id,
          description: line.description,
          hsn: line.hsn,
          quantity: q.toFixed(),
          unit: line.unit,
          unit_price: line.unit_price,
          taxable_value: part.taxableValue,
          tax_rate: line.tax_rate,
          tax_components: part.components,
          tax_amount: part.tax,
          line_total: part.total,
          returned_to_stock: returning,
          cost_value: returning && line.cost_value !== null ? minorShare(BigInt(line.cost_value), q.toFixed(), line.quantity, priorCost, priorReturned).toString() : null,
        });
      });
      if (over.length > 0) throw errors.creditExceedsInvoiced(over);
      if (issues.length > 0) throw errors.invalidCreditNote(issues);
      if (lines.length === 0) throw errors.invalidCreditNote([{ path: 'body.lines', message: 'at least one line' }]);

      const number = await this.deps.numbering().next(tx, inv.tenantId, 'credit_note', date);
      await this.deps.identity().plans.consume(tx, inv.tenantId, 'documents_per_month');
      const subtotal = lines.reduce((s, l) => s.add(l.taxable_value), dec(0));
      const tax = lines.reduce((s, l) => s.add(l.tax_amount), dec(0));
      const total = subtotal.add(tax);
      const totalMinor = roundToMinor(total, invoice.currency);
      const dueMinor = BigInt(invoice.total_minor) - BigInt(invoice.amount_paid_minor);
      const appliedMinor = totalMinor < dueMinor ? totalMinor : dueMinor;

      const accounts = await resolveSalesAccounts(tx, inv, baseCurrency);
      const entryId = await this.postEntry(tx, inv, {
        date,
        memo: `Credit note ${number} against ${invoice.number} — ${invoice.customer_name}`,
        reference: number,
        sourceId: id,
        currency: invoice.currency,
        baseCurrency,
        rate: invoice.exchange_rate,
        customerId: invoice.customer_id,
        receivable: accounts.receivable,
        parts: this.postingParts({ currency: invoice.currency, round_off: '0' }, lines.map((l) => ({ taxable_value: l.taxable_value, tax_components: l.tax_components, store_id: byId.get(l.invoice_line_id)!.store_id })), accounts, false),
        direction: 'credit',
      });

      let stockEntryId: string | null = null;
      const back = lines.filter((l) => l.returned_to_stock);
      if (back.length > 0) {
        const posted = await this.deps.inventory().post(tx, inv, {
          documentType: 'receipt',
          documentId: id,
          sourceId: `${id}/return`,
          date,
          memo: `Return on credit note ${number}`,
          source: { module: 'sales', id },
          moves: back.map((l) => ({
            storeId: input.storeId ?? byId.get(l.invoice_line_id)!.store_id!,
            productId: l.product_id!,
            kind: 'receipt',
            direction: 'in',
            quantity: dec(l.quantity),
            ...(l.cost_value !== null && { value: BigInt(l.cost_value) }),
            counterAccountId: accounts.costOfGoodsSold,
            memo: `Return on credit note ${number}`,
            path: `body.lines[${l.line_no - 1}]`,
          })),
        });
        stockEntryId = posted.entryId;
        back.forEach((l, i) => {
          if (l.cost_value === null) l.cost_value = posted.moves[i]!.value;
        });
      }

      await repo.insertCreditNote(
        tx,
        {
          tenant_id: inv.tenantId,
          id,
          number,
          invoice_id: invoice.id,
          customer_id: invoice.customer_id,
          currency: invoice.currency,
          exchange_rate: invoice.exchange_rate,
          note_date: date,
          reason: input.reason ?? null,
          subtotal: subtotal.toFixed(decimals),
          tax_total: tax.toFixed(decimals),
          taxes: taxRows(lines.map((l) => ({ taxableValue: l.taxable_value, components: l.tax_components }))),
          total: total.toFixed(decimals),
          total_minor: totalMinor.toString(),
          applied: formatMoney(appliedMinor, invoice.currency),
          unapplied: formatMoney(totalMinor - appliedMinor, invoice.currency),
          return_store_id: back.length > 0 ? (input.storeId ?? null) : null,
          entry_id: entryId!,
          stock_entry_id: stockEntryId,
          created_by: inv.actor.type === 'user' ? inv.actor.id : null,
        },
        lines,
      );
      if (appliedMinor > 0n) await this.applySettlement(tx, inv, invoice.id, formatMoney(appliedMinor, invoice.currency));
      const view = creditNoteView((await repo.findCreditNote(tx, id))!, lines);
      await appendEvent(tx, { type: 'credit_note.created', tenantId: inv.tenantId, actor: inv.actor, data: view });
      await recordAudit(tx, auditFromInvocation(inv, 'credit_note.created', 'credit_note', id, null, view));
      return view;
    }));
  }

  async creditNote(tenantId: string, id: string): Promise<CreditNoteView> {
    return this.run(tenantId, async (tx) => {
      const row = await repo.findCreditNote(tx, id);
      if (!row) throw errors.creditNoteNotFound();
      return creditNoteView(row, await repo.creditLinesOf(tx, [id]));
    });
  }

  async listCreditNotes(tenantId: string, filter: Parameters<typeof repo.listCreditNotes>[1]): Promise<{ rows: repo.CreditNoteRow[]; items: CreditNoteView[] }> {
    return this.run(tenantId, async (tx) => {
      const rows = await repo.listCreditNotes(tx, { ...filter, limit: filter.limit + 1 });
      const page = rows.slice(0, filter.limit);
      const lines = await repo.creditLinesOf(
        tx,
        page.map((r) => r.id),
      );
      return { rows, items: page.map((r) => creditNoteView(r, lines)) };
    });
  }

  async creditNotePrintable(tenantId: string, id: string): Promise<PrintableDocument> {
    const tenant = await this.deps.identity().service.getTenant(tenantId);
    return this.run(tenantId, async (tx) => {
      const row = await repo.findCreditNote(tx, id);
      if (!row) throw errors.creditNoteNotFound();
      const view = creditNoteView(row, await repo.creditLinesOf(tx, [id]));
      const invoice = (await repo.findInvoice(tx, row.invoice_id))!;
      const settings = await repo.settings(tx, tenantId);
      const doc: PrintInvoice = {
        kind: 'credit_note',
        number: view.number,
        status: 'issued',
        date: view.date,
        dueDate: null,
        currency: view.currency,
        taxEngine: invoice.tax_engine,
        placeOfSupply: invoice.place_of_supply,
        reverseCharge: invoice.reverse_charge,
        reference: view.reason,
        originalNumber: invoice.number,
        buyer: invoice.buyer,
        lines: view.lines.map((l) => ({
          description: l.description,
          hsn: l.hsn,
          quantity: l.quantity,
          unit: l.unit,
          unitPrice: l.unitPrice,
          discount: '0',
          taxableValue: l.taxableValue,
          taxRate: l.taxRate,
          taxAmount: l.taxAmount,
          lineTotal: l.lineTotal,
          components: l.taxComponents,
        })),
        subtotal: view.subtotal,
        discountTotal: '0',
        taxes: view.taxes,
        roundOff: '0',
        total: view.total,
        amountPaid: null,
        amountDue: null,
        notes: null,
        terms: null,
      };
      return printableInvoice(doc, sellerOf(tenant), printSettingsOf(settings));
    });
  }

  async creditNotePdf(tenantId: string, id: string): Promise<{ filename: string; content: Buffer }> {
    const doc = await this.creditNotePrintable(tenantId, id);
    return { filename: `${doc.number.replace(/[^A-Za-z0-9._-]+/g, '-')}.pdf`, content: await renderDocumentPdf(doc) };
  }

  // ---------------- settings ----------------

  async getSettings(tenantId: string) {
    return settingsView(await this.run(tenantId, (tx) => repo.settings(tx, tenantId)));
  }

  async updateSettings(inv: Invocation, expected: number, input: SettingsInput) {
    return this.run(inv.tenantId, async (tx) => {
      const before = await repo.lockSettings(tx, inv.tenantId);
      if (before.version !== expected) throw staleVersion(before.version);
      const after = await repo.updateSettings(tx, {
        ...(input.upiVpa !== undefined && { upi_vpa: input.upiVpa }),
        ...(input.upiPayeeName !== undefined && { upi_payee_name: input.upiPayeeName }),
        ...(input.defaultNotes !== undefined && { default_notes: input.defaultNotes }),
        ...(input.defaultTerms !== undefined && { default_terms: input.defaultTerms }),
        ...(input.invoiceFooter !== undefined && { invoice_footer: input.invoiceFooter }),
        ...(input.roundTotal !== undefined && { round_total: input.roundTotal }),
      });
      const view = settingsView(after);
      await recordAudit(tx, auditFromInvocation(inv, 'sales.settings_updated', 'sales_settings', inv.tenantId, settingsView(before), view));
      await appendEvent(tx, { type: 'sales.settings_updated', tenantId: inv.tenantId, actor: inv.actor, data: view });
      return view;
    });
  }
}

export function settingsView(r: repo.SettingsRow) {
  return {
    upiVpa: r.upi_vpa,
    upiPayeeName: r.upi_payee_name,
    defaultNotes: r.default_notes,
    defaultTerms: r.default_terms,
    invoiceFooter: r.invoice_footer,
    roundTotal: r.round_total,
    version: r.version,
  };
}

function sellerOf(tenant: TenantRow) {
  return { name: tenant.legal_name ?? tenant.name, gstin: tenant.gstin, stateCode: tenant.state_code ?? tenant.gstin?.slice(0, 2) ?? null };
}

function printSettingsOf(s: repo.SettingsRow) {
  return { upiVpa: s.upi_vpa, upiPayeeName: s.upi_payee_name, footer: s.invoice_footer };
}

/** An invoice view in the shape the printable mapping takes. */
export function printInvoiceOf(view: InvoiceView, originalNumber: string | null): PrintInvoice {
  return {
    kind: view.kind,
    number: view.number,
    status: view.status,
    date: view.date,
    dueDate: view.dueDate,
    currency: view.currency,
    taxEngine: view.taxEngine,
    placeOfSupply: view.placeOfSupply,
    reverseCharge: view.reverseCharge,
    reference: view.reference,
    originalNumber,
    buyer: view.buyer,
    lines: view.lines.map((l) => ({
      description: l.description,
      hsn: l.hsn,
      quantity: l.quantity,
      unit: l.unit,
      unitPrice: l.unitPrice,
      discount: l.discount,
      taxableValue: l.taxableValue,
      taxRate: l.taxRate,
      taxAmount: l.taxAmount,
      lineTotal: l.lineTotal,
      components: l.taxComponents,
    })),
    subtotal: view.subtotal,
    discountTotal: view.discountTotal,
    taxes: view.taxes,
    roundOff: view.roundOff,
    total: view.total,
    amountPaid: view.status === 'draft' ? null : view.amountPaid,
    amountDue: view.amountDue,
    notes: view.notes,
    terms: view.terms,
  };
}

export type { InvoiceStatus };
