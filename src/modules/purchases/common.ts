import type { FastifyRequest } from 'fastify';
import { Decimal } from 'decimal.js';
import { AppError, now, type FieldIssue, type Invocation } from '../../kernel/index.js';
import type { Tx } from '../../platform/db/index.js';
import { actorOf, requirePrincipal, requireTenant } from '../../platform/http/index.js';
import type { TaxApi } from '../tax/index.js';
import type { PurchasesDeps } from './deps.js';
import { lineAmount, percentOf } from './domain/amounts.js';
import * as errors from './domain/errors.js';

export function invocation(request: FastifyRequest): Invocation {
  return { actor: actorOf(requirePrincipal(request)), tenantId: requireTenant(request), requestId: request.id, ip: request.ip };
}

export const today = () => now().toISOString().slice(0, 10);

export type Vendor = Awaited<ReturnType<ReturnType<PurchasesDeps['parties']>['service']['get']>>;
export type Tenant = Awaited<ReturnType<ReturnType<PurchasesDeps['identity']>['service']['getTenant']>>;
export type Product = Awaited<ReturnType<ReturnType<PurchasesDeps['catalog']>['service']['getProduct']>>;

/** An active vendor of the tenant (from the parties module), or a 422 at `path`. */
export async function activeVendor(deps: PurchasesDeps, tenantId: string, vendorId: string, path = 'body.vendorId'): Promise<Vendor> {
  let vendor: Vendor;
  try {
    vendor = await deps.parties().service.get(tenantId, 'vendor', vendorId);
  } catch (error) {
    if (error instanceof AppError && error.kind === 'not_found') throw errors.vendorNotFound(path);
    throw error;
  }
  if (vendor.status !== 'active') throw errors.vendorInactive(path, vendor.status);
  return vendor;
}

/** The vendor as a document shows it, even when archived since. */
export async function vendorOf(deps: PurchasesDeps, tenantId: string, vendorId: string): Promise<Vendor | null> {
  try {
    return await deps.parties().service.get(tenantId, null, vendorId);
  } catch (error) {
    if (error instanceof AppError && error.kind === 'not_found') return null;
    throw error;
  }
}

export async function activeStore(deps: PurchasesDeps, tenantId: string, storeId: string, path = 'body.storeId'): Promise<void> {
  try {
    const store = await deps.identity().stores.get(tenantId, storeId);
    if (store.status !== 'active') throw errors.storeNotFound(path);
  } catch (error) {
    if (error instanceof AppError && error.kind === 'not_found') throw errors.storeNotFound(path);
    throw error;
  }
}

/** Active catalog products by id; a 422 at the line's path for one that is missing or archived. */
export async function activeProducts(deps: PurchasesDeps, tenantId: string, wanted: { productId: string; path: string }[]): Promise<Map<string, Product>> {
  const out = new Map<string, Product>();
  for (const w of wanted) {
    if (out.has(w.productId)) continue;
    try {
      const p = await deps.catalog().service.getProduct(tenantId, w.productId);
      if (p.status !== 'active') throw errors.productNotFound(w.path);
      out.set(w.productId, p);
    } catch (error) {
      if (error instanceof AppError && error.kind === 'not_found') throw errors.productNotFound(w.path);
      throw error;
    }
  }
  return out;
}

/** The vendor's last cost of a product (in `currency`), else the product's purchase price. */
export async function defaultCost(deps: PurchasesDeps, tenantId: string, product: Product, vendorId: string, currency: string): Promise<string | null> {
  const suppliers = await deps.catalog().service.listSuppliers(tenantId, product.id);
  const own = suppliers.find((s) => s.vendorId === vendorId && s.lastCost && s.lastCost.currency === currency);
  if (own?.lastCost) return own.lastCost.amount;
  if (product.purchase_price !== null && product.currency === currency) return product.purchase_price;
  return null;
}

/** A ledger account that the document may debit or pay from (active, postable, of the given types). */
export async function checkAccount(deps: PurchasesDeps, tenantId: string, accountId: string, path: string, types: readonly string[], what: string): Promise<void> {
  try {
    const a = await deps.ledger().service.getAccount(tenantId, accountId);
    if (a.status !== 'active' || a.is_group || !types.includes(a.type)) throw errors.accountInvalid(path, `not an active ${what} account`);
  } catch (error) {
    if (error instanceof AppError && error.kind === 'not_found') throw errors.accountInvalid(path, 'no such account');
    throw error;
  }
}

/** Base-currency value of one unit of `currency` on `date` ("1" for the base currency); a missing rate is a 422. */
export async function rateOn(deps: PurchasesDeps, tx: Tx, tenantId: string, currency: string, date: string): Promise<string> {
  try {
    return (await deps.ledger().rates.rateOn(tx, tenantId, currency, date)).rate;
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.kind, error.code, error.message, { errors: [{ path: 'body.currency', message: error.message }], extra: error.extra });
    throw error;
  }
}

// ---------------------------------------------------------------- tax

export interface TaxableLine {
  hsn: string | null;
  quantity: string;
  unitPrice: string;
  gstRate: string | null;
  /** Where problems with this line are reported, e.g. `body.lines[2]`. */
  path: string;
}

export interface TaxedLine {
  taxable: bigint;
  gstRate: string;
  cgstRate: string;
  sgstRate: string;
  igstRate: string;
  cessPercent: string;
  cgst: bigint;
  sgst: bigint;
  igst: bigint;
  cess: bigint;
  /** taxable + tax charged by the vendor (reverse-charge tax is not charged). */
  total: bigint;
}

export interface TaxOutcome {
  lines: TaxedLine[];
  placeOfSupply: string | null;
  supplyType: string | null;
  reverseCharge: boolean;
  subtotal: bigint;
  cgst: bigint;
  sgst: bigint;
  igst: bigint;
  cess: bigint;
  taxTotal: bigint;
  /** What the vendor charges: subtotal + tax charged (not reverse-charge tax). */
  total: bigint;
}

type GstInput = Parameters<TaxApi['gst']['compute']>[0];
type GstResolver = Parameters<TaxApi['gst']['compute']>[1];

const SELLER_REGISTRATION = { registered: 'regular', composition: 'composition', sez: 'sez', unregistered: 'unregistered' } as const;

/** Longest-prefix rate lookup over rows loaded for one document (as the tax module's resolver does). */
function resolverOf(entries: Awaited<ReturnType<TaxApi['hsn']['rateEntries']>>): GstResolver {
  return (hsn, date) => {
    for (let length = hsn.length; length >= 2; length -= 1) {
      const found = entries
        .filter((e) => e.hsn === hsn.slice(0, length) && e.effectiveFrom <= date && (e.effectiveTo === undefined || date <= e.effectiveTo))
        .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
      if (found) return { rate: found.rate, ...(found.cess !== undefined && { cess: found.cess }), ...(found.category !== undefined && { category: found.category }) };
    }
    return undefined;
  };
}

function relocate(error: unknown, enginePaths: string[]): unknown {
  if (!(error instanceof AppError) || error.errors.length === 0) return error;
  const mapped: FieldIssue[] = error.errors.map((e) => {
    const m = /^lines\[(\d+)\](.*)$/.exec(e.path);
    if (m) return { ...e, path: `${enginePaths[Number(m[1])] ?? 'body.lines'}${m[2] === '.rate' ? '.gstRate' : m[2]}` };
    if (e.path.startsWith('seller')) return { ...e, path: 'body.vendorId', message: `vendor: ${e.message}` };
    if (e.path.startsWith('buyer')) return { ...e, path: 'tenant.gstin', message: `business: ${e.message}` };
    return { ...e, path: e.path === 'placeOfSupply' ? 'body.placeOfSupply' : e.path };
  });
  return new AppError(error.kind, error.code, error.message, { errors: mapped, extra: error.extra });
}

/**
 * GST on a purchase through the tax module's engine, the vendor as the supplier and the business
 * as the recipient: intra-state CGST+SGST, inter-state IGST, reverse charge when asked. Lines
 * without an HSN/SAC and without a rate carry no GST; documents in another currency than INR, from
 * overseas vendors or of businesses outside India carry none either.
 */
export async function purchaseTax(
  deps: PurchasesDeps,
  tx: Tx,
  doc: { tenant: Tenant; vendor: Vendor; currency: string; date: string; placeOfSupply?: string | undefined; reverseCharge: boolean; documentType?: 'invoice' | 'debit_note' },
  lines: TaxableLine[],
): Promise<TaxOutcome> {
  const { tenant, vendor, currency } = doc;
  const taxed: TaxedLine[] = lines.map((l) => {
    const taxable = lineAmount(l.quantity, l.unitPrice, currency);
    return { taxable, gstRate: '0', cgstRate: '0', sgstRate: '0', igstRate: '0', cessPercent: '0', cgst: 0n, sgst: 0n, igst: 0n, cess: 0n, total: taxable };
  });
  let supplyType: string | null = null;
  let placeOfSupply: string | null = null;
  let reverseCharge = false;
  const gstLines = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.hsn !== null || l.gstRate !== null);
  const applies = tenant.country_code === 'IN' && currency === 'INR' && vendor.registration_type !== 'overseas' && gstLines.length > 0;
  if (applies) {
    // A business without a GST state buys where its vendor is (intra-state).
    const ownState = tenant.state_code ?? tenant.gstin?.slice(0, 2) ?? null;
    const vendorState = vendor.gst_state_code ?? vendor.gstin?.slice(0, 2) ?? ownState;
    const tenantState = ownState ?? vendorState;
    if (!tenantState || !vendorState) {
      throw new AppError('unprocessable', 'TAX.SELLER_STATE_MISSING', "Set the business's GST state code (or GSTIN), or the vendor's, before booking GST purchases", {
        errors: [{ path: 'tenant.stateCode', message: 'neither the business nor the vendor has a GST state code' }],
      });
    }
    const registration = SELLER_REGISTRATION[vendor.registration_type as keyof typeof SELLER_REGISTRATION] ?? 'unregistered';
    const input: GstInput = {
      documentType: doc.documentType ?? 'invoice',
      date: doc.date,
      seller: { country: 'IN', stateCode: vendorState, registration, ...(vendor.gstin && registration !== 'unregistered' && { gstin: vendor.gstin }) },
      buyer: { country: 'IN', stateCode: tenantState, registration: tenant.gstin ? 'registered' : 'unregistered', ...(tenant.gstin && { gstin: tenant.gstin }) },
      ...(doc.placeOfSupply !== undefined && { placeOfSupply: doc.placeOfSupply }),
      reverseCharge: doc.reverseCharge,
      lines: gstLines.map(({ l }) => ({
        hsn: l.hsn ?? '0000',
        kind: l.hsn?.startsWith('99') ? 'service' : 'goods',
        quantity: l.quantity,
        unitPrice: l.unitPrice,
        ...(l.gstRate !== null && { rate: l.gstRate }),
      })),
      options: { rounding: 'per_line', roundOff: false },
    };
    const tax = deps.tax();
    const codes = gstLines.flatMap(({ l }) => (l.hsn ? [l.hsn] : []));
    const entries = await tax.hsn.rateEntries(tx, codes);
    let result;
    try {
      result = tax.gst.compute(input, resolverOf(entries));
    } catch (error) {
      throw relocate(error, gstLines.map(({ l }) => l.path));
    }
    supplyType = result.supply.supplyType;
    placeOfSupply = result.supply.placeOfSupply;
    reverseCharge = result.supply.reverseCharge;
    result.lines.forEach((r, k) => {
      const i = gstLines[k]!.i;
      const cgst = toPaise(r.cgst);
      const sgst = toPaise(r.sgst) + toPaise(r.utgst);
      const igst = toPaise(r.igst);
      const cess = toPaise(r.cess);
      const taxable = toPaise(r.taxableValue);
      taxed[i] = {
        taxable,
        gstRate: r.rate,
        cgstRate: r.cgstRate,
        sgstRate: new Decimal(r.sgstRate).add(r.utgstRate).toFixed(),
        igstRate: r.igstRate,
        cessPercent: r.cessPercent,
        cgst,
        sgst,
        igst,
        cess,
        total: r.reverseCharge ? taxable : taxable + cgst + sgst + igst + cess,
      };
    });
  }
  const sum = (f: (t: TaxedLine) => bigint) => taxed.reduce((s, t) => s + f(t), 0n);
  const cgst = sum((t) => t.cgst);
  const sgst = sum((t) => t.sgst);
  const igst = sum((t) => t.igst);
  const cess = sum((t) => t.cess);
  return {
    lines: taxed,
    placeOfSupply,
    supplyType,
    reverseCharge,
    subtotal: sum((t) => t.taxable),
    cgst,
    sgst,
    igst,
    cess,
    taxTotal: cgst + sgst + igst + cess,
    total: sum((t) => t.total),
  };
}

/**
 * Whether the business takes input tax credit: registered (a GSTIN) and not under the composition
 * scheme. Otherwise the GST a vendor charges is part of the cost of what was bought.
 */
export function claimsInputCredit(tenant: Tenant): boolean {
  return tenant.gstin !== null && tenant.gst_registration !== 'composition';
}

const toPaise = (s: string) => BigInt(new Decimal(s).mul(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));

/** Tax components of a part of a taxed line at the line's rates (debit notes). */
export function taxAtRates(taxable: bigint, line: { cgst_rate: string; sgst_rate: string; igst_rate: string; cess_percent: string }) {
  return { cgst: percentOf(taxable, line.cgst_rate), sgst: percentOf(taxable, line.sgst_rate), igst: percentOf(taxable, line.igst_rate), cess: percentOf(taxable, line.cess_percent) };
}

/** Tax rows as documents print them ("CGST 9%"). */
export function taxRows(t: { cgst: bigint; sgst: bigint; igst: bigint; cess: bigint }, lines: readonly TaxedLine[], fmt: (m: bigint) => string): { label: string; amount: string }[] {
  const rates = (f: (l: TaxedLine) => string) => [...new Set(lines.map(f).filter((r) => !new Decimal(r).isZero()))].join('/');
  const rows: { label: string; amount: string }[] = [];
  if (t.cgst !== 0n) rows.push({ label: `CGST ${rates((l) => l.cgstRate)}%`, amount: fmt(t.cgst) });
  if (t.sgst !== 0n) rows.push({ label: `SGST ${rates((l) => l.sgstRate)}%`, amount: fmt(t.sgst) });
  if (t.igst !== 0n) rows.push({ label: `IGST ${rates((l) => l.igstRate)}%`, amount: fmt(t.igst) });
  if (t.cess !== 0n) rows.push({ label: 'Cess', amount: fmt(t.cess) });
  return rows;
}
