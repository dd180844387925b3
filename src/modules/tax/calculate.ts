import { AppError, type FieldIssue } from '../../kernel/index.js';
import { currencyExponent } from '../../kernel/money.js';
import type { Database, Tx } from '../../platform/db/index.js';
import { computeTax, inMemoryRateResolver, type GstInput, type GstLineInput, type GstResult } from './domain/gst-engine.js';
import { computeVat, type VatComponent, type VatLineInput, type VatResult } from './domain/vat.js';
import { invalidCalculation } from './errors.js';
import { today, type HsnService } from './hsn.js';
import type { TaxRateRow, TaxRatesService } from './rates.js';
import type { CalculateBody } from './schemas.js';

export interface TenantTaxProfile {
  country_code: string;
  base_currency: string;
  gstin: string | null;
  state_code: string | null;
  /** regular | composition | sez | unregistered; null: derived from the GSTIN. */
  gst_registration: 'regular' | 'composition' | 'sez' | 'unregistered' | null;
}

const GST_ONLY_DOC = ['documentType', 'buyer', 'placeOfSupply', 'deliveryStateCode', 'reverseCharge', 'zeroRated', 'roundOff'] as const;
const GST_ONLY_LINE = ['hsn', 'kind', 'rate', 'gstCategory', 'reverseCharge', 'priceIncludesTax'] as const;
const VAT_ONLY_DOC = ['partyId'] as const;
const VAT_ONLY_LINE = ['taxRateId', 'taxGroupId', 'category'] as const;

/** Fields that belong to the other engine: refused rather than silently ignored. */
function foreignFields(body: CalculateBody, doc: readonly string[], line: readonly string[], engine: string): FieldIssue[] {
  const message = `not used by the ${engine} calculation of this business`;
  return [
    ...doc.filter((k) => (body as Record<string, unknown>)[k] !== undefined).map((k) => ({ path: k, message })),
    ...body.lines.flatMap((l, i) => line.filter((k) => (l as Record<string, unknown>)[k] !== undefined).map((k) => ({ path: `lines[${i}].${k}`, message }))),
  ];
}

export type Calculation = { engine: 'gst'; currency: 'INR'; result: GstResult } | { engine: 'vat'; currency: string; result: VatResult };

/** Runs a function in a tenant transaction: a new one, or the caller's. */
type InTx = <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;

/** Where field paths point: the JSON body, or (single line) the query string. */
export type PathStyle = 'body' | 'querystring';

function pathOf(style: PathStyle, path: string): string {
  if (path.startsWith('tenant.')) return path;
  return style === 'body' ? `body.${path}` : `querystring.${path.replace(/^lines\[0\]\./, '')}`;
}

function relocate(error: unknown, style: PathStyle): unknown {
  if (error instanceof AppError && error.errors.length > 0) {
    return new AppError(error.kind, error.code, error.message, { errors: error.errors.map((e) => ({ ...e, path: pathOf(style, e.path) })), extra: error.extra });
  }
  return error;
}

/**
 * Taxes a document: Indian tenants through the GST engine (rates from the HSN/SAC master and the
 * tenant's own codes), everyone else through the VAT calculator with the tenant's rates and groups.
 */
export class CalculateService {
  constructor(
    private readonly db: Database,
    private readonly hsn: HsnService,
    private readonly rates: TaxRatesService,
    private readonly profileOf: (tenantId: string) => Promise<TenantTaxProfile>,
  ) {}

  async calculate(tenantId: string, body: CalculateBody, style: PathStyle = 'body'): Promise<Calculation> {
    const tenant = await this.profileOf(tenantId);
    const run: InTx = (fn) => this.db.withTenant(tenantId, fn);
    try {
      return tenant.country_code === 'IN' ? await this.gst(run, tenant, body) : await this.vat(run, tenant, body);
    } catch (error) {
      throw relocate(error, style);
    }
  }

  /**
   * As `calculate`, in the caller's (tenant) transaction and for the tenant profile the caller
   * already read: for documents that tax their lines while they write them (sales invoices).
   */
  async calculateIn(tx: Tx, tenant: TenantTaxProfile, body: CalculateBody, style: PathStyle = 'body'): Promise<Calculation> {
    const run: InTx = (fn) => fn(tx);
    try {
      return tenant.country_code === 'IN' ? await this.gst(run, tenant, body) : await this.vat(run, tenant, body);
    } catch (error) {
      throw relocate(error, style);
    }
  }

  private async gst(run: InTx, tenant: TenantTaxProfile, body: CalculateBody): Promise<Calculation> {
    const foreign = foreignFields(body, VAT_ONLY_DOC, VAT_ONLY_LINE, 'GST');
    if (foreign.length > 0) throw invalidCalculation(foreign);
    const sellerState = tenant.state_code ?? tenant.gstin?.slice(0, 2) ?? null;
    if (!sellerState) {
      throw new AppError('unprocessable', 'TAX.SELLER_STATE_MISSING', "Set the business's GST state code (or GSTIN) before computing GST", {
        errors: [{ path: 'tenant.stateCode', message: 'the tenant has no GST state code' }],
      });
    }
    const buyer = body.buyer ?? {};
    const input: GstInput = {
      documentType: body.documentType ?? 'invoice',
      date: body.date ?? today(),
      seller: { country: 'IN', stateCode: sellerState, registration: tenant.gst_registration ?? (tenant.gstin ? 'regular' : 'unregistered'), ...(tenant.gstin && { gstin: tenant.gstin }) },
      buyer: {
        country: buyer.country ?? 'IN',
        registration: buyer.registration ?? (buyer.gstin ? 'registered' : buyer.country && buyer.country !== 'IN' ? 'overseas' : 'unregistered'),
        ...(buyer.stateCode !== undefined && { stateCode: buyer.stateCode }),
        ...(buyer.gstin !== undefined && { gstin: buyer.gstin }),
      },
      ...(body.placeOfSupply !== undefined && { placeOfSupply: body.placeOfSupply }),
      ...(body.deliveryStateCode !== undefined && { deliveryStateCode: body.deliveryStateCode }),
      ...(body.pricesInclusive !== undefined && { pricesIncludeTax: body.pricesInclusive }),
      ...(body.reverseCharge !== undefined && { reverseCharge: body.reverseCharge }),
      ...(body.zeroRated !== undefined && { zeroRated: body.zeroRated }),
      lines: body.lines.map((l) => {
        const line: GstLineInput = { hsn: l.hsn ?? '', kind: l.kind ?? (l.hsn?.startsWith('99') ? 'service' : 'goods'), quantity: l.quantity ?? '1' };
        if (l.item !== undefined) line.item = l.item;
        if (l.unitPrice !== undefined) line.unitPrice = l.unitPrice;
        if (l.amount !== undefined) line.amount = l.amount;
        if (l.discount !== undefined) line.discount = { amount: l.discount };
        if (l.rate !== undefined) line.rate = l.rate;
        if (l.gstCategory !== undefined) line.category = l.gstCategory;
        if (l.reverseCharge !== undefined) line.reverseCharge = l.reverseCharge;
        if (l.priceIncludesTax !== undefined) line.priceIncludesTax = l.priceIncludesTax;
        return line;
      }),
      options: { rounding: body.rounding === 'document' ? 'per_document' : 'per_line', ...(body.roundOff !== undefined && { roundOff: body.roundOff }) },
    };
    const missingHsn: FieldIssue[] = body.lines.flatMap((l, i) => (l.hsn === undefined && l.rate === undefined ? [{ path: `lines[${i}].hsn`, message: 'give the HSN/SAC code (or a rate)' }] : []));
    if (missingHsn.length > 0) throw invalidCalculation(missingHsn);
    const entries = await run((tx) => this.hsn.rateEntries(tx, body.lines.flatMap((l) => (l.hsn ? [l.hsn] : []))));
    return { engine: 'gst', currency: 'INR', result: computeTax(input, inMemoryRateResolver(entries)) };
  }

  private async vat(run: InTx, tenant: TenantTaxProfile, body: CalculateBody): Promise<Calculation> {
    const date = body.date ?? today();
    const issues: FieldIssue[] = foreignFields(body, GST_ONLY_DOC, GST_ONLY_LINE, 'VAT/sales tax');
    body.lines.forEach((l, i) => {
      if ((l.taxRateId === undefined) === (l.taxGroupId === undefined)) issues.push({ path: `lines[${i}].taxRateId`, message: 'give exactly one of taxRateId and taxGroupId' });
      if ((l.unitPrice === undefined) === (l.amount === undefined)) issues.push({ path: `lines[${i}].unitPrice`, message: 'give exactly one of unitPrice and amount' });
    });
    if (issues.length > 0) throw invalidCalculation(issues);

    const { resolved, exemptions } = await run(async (tx) => ({
      resolved: await this.rates.resolve(tx, body.lines.flatMap((l) => (l.taxRateId ? [l.taxRateId] : [])), body.lines.flatMap((l) => (l.taxGroupId ? [l.taxGroupId] : []))),
      exemptions: body.partyId || body.lines.some((l) => l.category) ? await this.rates.exemptionFor(tx, date, body.partyId ?? null, body.lines.flatMap((l) => (l.category ? [l.category] : []))) : new Map<string, string>(),
    }));

    const componentsOf = (rates: TaxRateRow[]): VatComponent[] =>
      rates.map((r) => ({ code: r.code, name: r.name, rate: r.percent, compound: r.compound, retention: r.kind === 'retention' }));
    const used: TaxRateRow[] = [];
    const lines: VatLineInput[] = body.lines.map((l, i) => {
      let rates: TaxRateRow[] = [];
      if (l.taxRateId) {
        const rate = resolved.rates.get(l.taxRateId);
        if (!rate) issues.push({ path: `lines[${i}].taxRateId`, message: 'no such tax rate' });
        else if (rate.archived) issues.push({ path: `lines[${i}].taxRateId`, message: 'the tax rate is archived' });
        else rates = [rate];
      } else if (l.taxGroupId) {
        const group = resolved.groups.get(l.taxGroupId);
        if (!group) issues.push({ path: `lines[${i}].taxGroupId`, message: 'no such tax group' });
        else rates = group;
      }
      used.push(...rates);
      const exempt = exemptions.get('') ?? (l.category ? exemptions.get(l.category) : undefined) ?? null;
      return {
        unitPrice: l.unitPrice ?? l.amount!,
        ...(l.quantity !== undefined && { quantity: l.quantity }),
        ...(l.discount !== undefined && { discount: l.discount }),
        components: componentsOf(rates),
        exemptReason: exempt,
      };
    });
    if (issues.length > 0) throw invalidCalculation(issues);
    const pricesInclusive = body.pricesInclusive ?? (used.length > 0 && used.filter((r) => r.kind === 'tax').every((r) => r.inclusive));
    const result = computeVat({ lines, pricesInclusive, rounding: body.rounding ?? 'line', decimals: currencyExponent(tenant.base_currency) });
    return { engine: 'vat', currency: tenant.base_currency, result };
  }
}
