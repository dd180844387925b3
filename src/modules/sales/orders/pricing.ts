import { Decimal } from 'decimal.js';
import { AppError, newId, type FieldIssue } from '../../../kernel/index.js';
import { currencyExponent } from '../../../kernel/money.js';
import type { CalculateBody, Calculation } from '../../tax/index.js';
import type { SalesDeps } from '../deps.js';
import * as errors from './errors.js';
import type { LineBody } from './schemas.js';

/** A document line as priced and taxed: every amount a decimal string in the document currency. */
export interface PricedLine {
  id: string;
  productId: string | null;
  /** Goods whose stock the inventory module keeps. */
  stocked: boolean;
  description: string;
  hsn: string | null;
  quantity: string;
  unit: string | null;
  unitPrice: string;
  discountPercent: string;
  discount: string;
  taxableValue: string;
  taxRate: string | null;
  tax: string;
  amount: string;
  /** `price_list`, `product` or `manual`. */
  priceSource: string;
  taxRateId: string | null;
  taxGroupId: string | null;
  storeId: string | null;
}

export interface TaxRow {
  label: string;
  taxableValue: string | null;
  amount: string;
}

export interface Totals {
  subtotal: string;
  discount: string;
  taxableValue: string;
  tax: string;
  taxes: TaxRow[];
  roundOff: string;
  total: string;
}

export interface Customer {
  id: string;
  name: string;
  currency: string;
  gstin: string | null;
  stateCode: string | null;
  status: string;
}

export interface PricingInput {
  tenantId: string;
  customer: Customer;
  currency: string;
  date: string;
  placeOfSupply: string | null;
  lines: (LineBody & { id?: string | null; storeId?: string | null })[];
}

const HUNDRED = new Decimal(100);

/** The customer, checked: a 422 with `path` when it is not one of the tenant's active customers. */
export async function customerFor(deps: SalesDeps, tenantId: string, customerId: string, path = 'body.customerId'): Promise<Customer> {
  let party;
  try {
    party = await deps.parties().service.get(tenantId, 'customer', customerId);
  } catch (error) {
    if (error instanceof AppError && error.kind === 'not_found') throw errors.customerNotFound(path);
    throw error;
  }
  if (party.status !== 'active') throw errors.customerNotActive(path);
  const billingState = (party.billing_address as { stateCode?: string | null } | null)?.stateCode ?? null;
  return { id: party.id, name: party.display_name, currency: party.currency, gstin: party.gstin, stateCode: party.gst_state_code ?? billingState, status: party.status };
}

/**
 * Prices and taxes document lines: catalog lines take the product's name, unit, HSN and GST rate and
 * (unless a price is given) the catalog price for the customer's currency; free-text lines give
 * their own. Taxes come from the tax module's calculation (GST for Indian tenants, VAT/sales tax
 * otherwise), the same one invoices use. Problems come back as 4xx with `body.lines[i]…` paths.
 */
export async function priceLines(deps: SalesDeps, input: PricingInput): Promise<{ lines: PricedLine[]; totals: Totals }> {
  const exponent = currencyExponent(input.currency);
  const round = (d: Decimal) => d.toDecimalPlaces(exponent, Decimal.ROUND_HALF_UP);
  const fmt = (d: Decimal) => round(d).toFixed(exponent);
  const issues: FieldIssue[] = [];
  const catalog = deps.catalog();

  // Products (read in their own transactions; nothing is written here).
  const products = new Map<string, Awaited<ReturnType<typeof catalog.service.getProduct>>>();
  for (const [i, l] of input.lines.entries()) {
    if (!l.productId || products.has(l.productId)) continue;
    try {
      products.set(l.productId, await catalog.service.getProduct(input.tenantId, l.productId));
    } catch (error) {
      if (error instanceof AppError && error.kind === 'not_found') throw errors.productNotFound(`body.lines[${i}].productId`);
      throw error;
    }
  }

  const drafts = await deps.db.withTenant(input.tenantId, async (tx) => {
    const out: Omit<PricedLine, 'discount' | 'taxableValue' | 'tax' | 'amount' | 'taxRate'>[] = [];
    for (const [i, l] of input.lines.entries()) {
      const product = l.productId ? products.get(l.productId) : undefined;
      if (product && product.status !== 'active') throw errors.productArchived(`body.lines[${i}].productId`);
      const description = l.description ?? product?.name ?? null;
      if (!description) issues.push({ path: `body.lines[${i}].description`, message: 'give a description (or a productId)' });
      const unit = l.unit ?? product?.base_unit ?? null;
      let unitPrice = l.unitPrice ?? null;
      let priceSource = 'manual';
      if (unitPrice === null) {
        if (!product) {
          issues.push({ path: `body.lines[${i}].unitPrice`, message: 'give a unit price (or a productId)' });
        } else {
          try {
            const quote = await catalog.priceFor(tx, input.tenantId, {
              productId: product.id,
              quantity: l.quantity,
              ...(unit && { unit }),
              currency: input.currency,
              customerGroup: null,
              date: input.date,
            });
            unitPrice = quote.unitPrice;
            priceSource = quote.source.kind;
          } catch (error) {
            if (error instanceof AppError && error.code === 'CATALOG.NO_PRICE') throw errors.noPrice(`body.lines[${i}].unitPrice`, input.currency);
            if (error instanceof AppError && error.code === 'CATALOG.INVALID_UNITS') throw errors.invalidLines([{ path: `body.lines[${i}].unit`, message: 'not a unit of the product' }]);
            throw error;
          }
        }
      }
      out.push({
        id: l.id ?? newId(),
        productId: product?.id ?? null,
        stocked: product ? product.type === 'goods' && product.track_inventory : false,
        description: description ?? '',
        hsn: l.hsn ?? product?.hsn_sac ?? null,
        quantity: new Decimal(l.quantity).toFixed(),
        unit,
        unitPrice: unitPrice === null ? '0' : new Decimal(unitPrice).toFixed(),
        discountPercent: new Decimal(l.discountPercent ?? '0').toFixed(),
        priceSource,
        taxRateId: l.taxRateId ?? null,
        taxGroupId: l.taxGroupId ?? null,
        storeId: l.storeId ?? null,
      });
    }
    return out;
  });
  if (issues.length > 0) throw errors.invalidLines(issues);

  const gross = drafts.map((d) => round(new Decimal(d.quantity).mul(d.unitPrice)));
  const discounts = drafts.map((d, i) => round(gross[i]!.mul(d.discountPercent).div(HUNDRED)));
  const gstRates = input.lines.map((l) => {
    const product = l.productId ? products.get(l.productId) : undefined;
    return l.taxRate ?? product?.gst_rate ?? null;
  });

  const tenant = await deps.identity().service.getTenant(input.tenantId);
  const taxed = tenant.country_code === 'IN' || drafts.some((d) => d.taxRateId || d.taxGroupId);
  if (!taxed) {
    const lines = drafts.map((d, i) => {
      const taxable = gross[i]!.sub(discounts[i]!);
      return { ...d, discount: fmt(discounts[i]!), taxableValue: fmt(taxable), taxRate: null, tax: fmt(new Decimal(0)), amount: fmt(taxable) };
    });
    const sum = (pick: (i: number) => Decimal) => drafts.reduce((s, _d, i) => s.add(pick(i)), new Decimal(0));
    const taxable = sum((i) => gross[i]!.sub(discounts[i]!));
    return {
      lines,
      totals: { subtotal: fmt(sum((i) => gross[i]!)), discount: fmt(sum((i) => discounts[i]!)), taxableValue: fmt(taxable), tax: fmt(new Decimal(0)), taxes: [], roundOff: fmt(new Decimal(0)), total: fmt(taxable) },
    };
  }

  const body: CalculateBody =
    tenant.country_code === 'IN'
      ? {
          date: input.date,
          buyer: { ...(input.customer.gstin && { gstin: input.customer.gstin }), ...(input.customer.stateCode && { stateCode: input.customer.stateCode }) },
          ...(input.placeOfSupply && { placeOfSupply: input.placeOfSupply }),
          lines: drafts.map((d, i) => ({
            item: d.description.slice(0, 200),
            unitPrice: d.unitPrice,
            quantity: d.quantity,
            ...(!discounts[i]!.isZero() && { discount: fmt(discounts[i]!) }),
            ...(d.hsn && { hsn: d.hsn }),
            ...(gstRates[i] && { rate: gstRates[i] }),
          })),
        }
      : {
          date: input.date,
          partyId: input.customer.id,
          lines: drafts.map((d, i) => ({
            unitPrice: d.unitPrice,
            quantity: d.quantity,
            ...(!discounts[i]!.isZero() && { discount: fmt(discounts[i]!) }),
            ...(d.taxRateId && { taxRateId: d.taxRateId }),
            ...(d.taxGroupId && { taxGroupId: d.taxGroupId }),
          })),
        };
  let calc: Calculation;
  try {
    calc = await deps.tax().calculate.calculate(input.tenantId, body, 'body');
  } catch (error) {
    // The tax module reports `body.lines[i].taxRateId` etc.; keep its code and paths, but as a 422.
    if (error instanceof AppError && error.kind === 'validation') throw new AppError('unprocessable', error.code, error.message, { errors: error.errors, extra: error.extra });
    throw error;
  }

  if (calc.engine === 'gst') {
    const r = calc.result;
    const rows = new Map<string, { taxable: Decimal; amount: Decimal }>();
    const addRow = (label: string, taxable: string, amount: string) => {
      if (new Decimal(amount).isZero()) return;
      const row = rows.get(label) ?? { taxable: new Decimal(0), amount: new Decimal(0) };
      row.taxable = row.taxable.add(taxable);
      row.amount = row.amount.add(amount);
      rows.set(label, row);
    };
    const lines = drafts.map((d, i) => {
      const l = r.lines[i]!;
      addRow(`CGST ${l.cgstRate}%`, l.taxableValue, l.cgst);
      addRow(`SGST ${l.sgstRate}%`, l.taxableValue, l.sgst);
      addRow(`UTGST ${l.utgstRate}%`, l.taxableValue, l.utgst);
      addRow(`IGST ${l.igstRate}%`, l.taxableValue, l.igst);
      addRow('Cess', l.taxableValue, l.cess);
      return { ...d, discount: l.discount, taxableValue: l.taxableValue, taxRate: l.rate, tax: l.totalTax, amount: l.lineTotal };
    });
    const t = r.totals;
    return {
      lines,
      totals: {
        subtotal: t.gross,
        discount: t.discount,
        taxableValue: t.taxableValue,
        tax: t.taxCollected,
        taxes: [...rows].map(([label, v]) => ({ label, taxableValue: fmt(v.taxable), amount: fmt(v.amount) })),
        roundOff: t.roundOff,
        total: t.grandTotal,
      },
    };
  }

  const r = calc.result;
  const lines = drafts.map((d, i) => {
    const l = r.lines[i]!;
    const rate = l.components.reduce((s, c) => (c.retention ? s : s.add(c.rate)), new Decimal(0));
    return { ...d, discount: fmt(discounts[i]!), taxableValue: l.net, taxRate: l.components.length > 0 ? rate.toFixed() : null, tax: l.tax, amount: l.gross };
  });
  return {
    lines,
    totals: {
      subtotal: fmt(gross.reduce((s, g) => s.add(g), new Decimal(0))),
      discount: fmt(discounts.reduce((s, g) => s.add(g), new Decimal(0))),
      taxableValue: r.totals.net,
      tax: r.totals.tax,
      taxes: r.totals.components.map((c) => ({ label: `${c.name} ${c.rate}%`, taxableValue: c.base, amount: c.amount })),
      roundOff: fmt(new Decimal(0)),
      total: r.totals.gross,
    },
  };
}

/** Highest line discount percentage (what the discount approval rule looks at). */
export function maxDiscount(lines: readonly { discountPercent: string }[]): string {
  return lines.reduce((m, l) => Decimal.max(m, l.discountPercent), new Decimal(0)).toFixed();
}
