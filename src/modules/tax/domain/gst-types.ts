/**
 * Input and output types of the GST engine (`computeTax` in gst-engine.ts). Money, quantities and
 * rates are decimal strings in and out ("1234.50", "1.5", "18"); rates are percentages.
 * Dates are ISO calendar dates ("2026-04-01").
 */

/** Country codes are ISO 3166-1 alpha-2; the seller must be in India ("IN"). */
export type SellerRegistration = 'regular' | 'composition' | 'unregistered' | 'sez';
export type BuyerRegistration = 'registered' | 'unregistered' | 'composition' | 'sez' | 'overseas';
export type GstDocumentType = 'invoice' | 'credit_note' | 'debit_note';
export type SupplyKind = 'goods' | 'service';

/**
 * `taxable` supplies carry GST (a taxable line whose rate is 0% and has no cess is reported as
 * `nil_rated`); `nil_rated`, `exempt` and `non_gst` carry none and are totalled apart (GSTR-1 needs
 * them apart). `zero_rated` is an output-only category: exports and supplies to SEZ.
 */
export type GstCategory = 'taxable' | 'nil_rated' | 'exempt' | 'non_gst';
export type GstLineCategory = GstCategory | 'zero_rated';

/** Exports and SEZ supplies: IGST charged and refunded later (`with_payment`) or no tax under LUT/bond. */
export type ZeroRatedOption = 'with_payment' | 'lut';

/** `per_line`: every tax component rounded on every line, document = sum of lines. `per_document`: rounded once on the document total. */
export type GstRoundingMode = 'per_line' | 'per_document';

/** Composition scheme categories and their flat rates on turnover (defaults 1%, 5%, 6%). */
export type CompositionCategory = 'goods' | 'restaurant' | 'services';

export interface GstSeller {
  country: string;
  /** Two-digit GST state code ("27" Maharashtra). */
  stateCode: string;
  registration: SellerRegistration;
  gstin?: string;
  /** For a composition seller: which flat rate applies (default `goods`). */
  compositionCategory?: CompositionCategory;
}

export interface GstBuyer {
  country: string;
  /** The buyer's state code, when known (B2C services use it as place of supply). */
  stateCode?: string;
  registration: BuyerRegistration;
  /** Required for registered, composition and SEZ buyers; its first two digits are the registered state. */
  gstin?: string;
}

export type GstDiscount = { percent: string } | { amount: string };

export interface GstLineInput {
  /** Free text (item code or name) echoed in the result. */
  item?: string;
  /** HSN (goods) or SAC (services) code, 4–8 digits; the rate resolver looks it up. */
  hsn: string;
  kind: SupplyKind;
  /** Positive, up to 6 decimals. */
  quantity: string;
  /** Price of one unit, up to 6 decimals; exclusive of tax unless `priceIncludesTax`. */
  unitPrice?: string;
  /** The line's value instead of quantity × unit price (2 decimals); exclusive unless `priceIncludesTax`. */
  amount?: string;
  /** Overrides the document's `pricesIncludeTax`. */
  priceIncludesTax?: boolean;
  discount?: GstDiscount;
  /** Overrides the resolver's category. */
  category?: GstCategory;
  /** GST rate in percent, overriding the resolver ("18"). */
  rate?: string;
  /** Cess overriding the resolver's: ad valorem percent and/or a specific amount per `per` units. */
  cess?: GstCessRate;
  /** Quantity the specific cess counts, when it differs from `quantity` (sticks in a pack). Defaults to `quantity`. */
  cessQuantity?: string;
  /** Overrides the document's `reverseCharge`. */
  reverseCharge?: boolean;
}

export interface GstCessRate {
  /** Ad valorem percent of the taxable value. */
  percent?: string;
  /** Specific amount (rupees) per `per` units of `cessQuantity`. */
  perUnit?: string;
  /** How many units `perUnit` is for (default "1"; "1000" for "per 1000 sticks"). */
  per?: string;
}

export interface GstOptions {
  rounding?: GstRoundingMode;
  /** Round the invoice total to the rupee (half up) and report the difference as `roundOff` (default true). */
  roundOff?: boolean;
  /** Composition flat rates in percent, overriding the defaults. */
  compositionRates?: Partial<Record<CompositionCategory, string>>;
}

export interface GstInput {
  documentType: GstDocumentType;
  /** The document date: rates are those in force on it. */
  date: string;
  seller: GstSeller;
  buyer: GstBuyer;
  /** Explicit place-of-supply state code, overriding the derived one. */
  placeOfSupply?: string;
  /** State code goods are delivered to (place of supply for goods); defaults to the buyer's state. */
  deliveryStateCode?: string;
  /** Default for the lines' `priceIncludesTax` (default false). */
  pricesIncludeTax?: boolean;
  /** Tax is payable by the recipient (notified goods/services, or supplies from an unregistered seller). */
  reverseCharge?: boolean;
  /** For exports and SEZ supplies (default `lut`). */
  zeroRated?: ZeroRatedOption;
  lines: GstLineInput[];
  options?: GstOptions;
}

/** What the rate resolver knows about an HSN/SAC on a date. */
export interface GstRateInfo {
  /** GST rate in percent ("18"). */
  rate: string;
  cess?: GstCessRate;
  /** Defaults to `taxable`. */
  category?: GstCategory;
}

/** Looks up the rate of an HSN/SAC code in force on a date; undefined when unknown. Synchronous: load rates first. */
export type GstRateResolver = (hsn: string, date: string) => GstRateInfo | undefined;

export type GstRegime = 'cgst_sgst' | 'cgst_utgst' | 'igst' | 'none';
export type GstSupplyType = 'intra_state' | 'inter_state' | 'export' | 'sez';

export interface GstSupply {
  /** Place-of-supply state code; null for exports. */
  placeOfSupply: string | null;
  placeOfSupplySource: 'explicit' | 'delivery' | 'buyer_gstin' | 'buyer_state' | 'seller_state' | 'outside_india';
  supplyType: GstSupplyType;
  /** Which components apply: none for composition/unregistered sellers (without reverse charge) and zero-rated under LUT. */
  regime: GstRegime;
  zeroRated: ZeroRatedOption | null;
  /** True when any line's tax is payable by the recipient. */
  reverseCharge: boolean;
  /** Composition seller: a bill of supply, no tax collected. */
  composition: boolean;
}

/** Tax components; all money strings with two decimals, negative on a credit note. */
export interface GstComponents {
  cgst: string;
  sgst: string;
  utgst: string;
  igst: string;
  /** Ad valorem + specific. */
  cess: string;
  /** cgst + sgst + utgst + igst + cess. */
  totalTax: string;
}

export interface GstLineResult extends GstComponents {
  index: number;
  item: string | null;
  hsn: string;
  kind: SupplyKind;
  category: GstLineCategory;
  quantity: string;
  /** Quantity × unit price (or `amount`), rounded to the paisa; tax-inclusive for inclusive lines. */
  gross: string;
  discount: string;
  /** The value tax is computed on (for inclusive lines: back-calculated). */
  taxableValue: string;
  /** GST rate applied in percent (0 when no tax applies), and its split. */
  rate: string;
  cgstRate: string;
  sgstRate: string;
  utgstRate: string;
  igstRate: string;
  cessPercent: string;
  cessAdValorem: string;
  cessSpecific: string;
  reverseCharge: boolean;
  priceIncludesTax: boolean;
  /** Inclusive lines: paisa put on the taxable value so that taxable + tax == the inclusive amount exactly. */
  inclusiveAdjustment: string;
  /** taxableValue + tax collected on this line (tax under reverse charge is not collected). */
  lineTotal: string;
}

export interface GstTotals extends GstComponents {
  gross: string;
  discount: string;
  /** Σ line taxable values over every category. */
  taxableValue: string;
  /** Tax charged on the document and paid by the buyer. */
  taxCollected: string;
  /** Tax computed but payable by the recipient under reverse charge (not in the invoice total). */
  reverseChargeTax: string;
  /** taxableValue + taxCollected, before round-off. */
  invoiceTotal: string;
  /** Rounded total − invoiceTotal (post to the round-off account); "0.00" when round-off is off. */
  roundOff: string;
  /** invoiceTotal + roundOff: what the buyer pays. */
  grandTotal: string;
}

/** Taxable values by category (for GSTR-1). */
export interface GstCategoryTotals {
  taxable: string;
  zeroRated: string;
  nilRated: string;
  exempt: string;
  nonGst: string;
}

export interface GstCompositionLiability {
  category: CompositionCategory;
  /** Flat rate in percent. */
  rate: string;
  /** Turnover of taxable supplies the rate applies to. */
  turnover: string;
  /** Half each as CGST and SGST, to the paisa. */
  cgst: string;
  sgst: string;
  tax: string;
}

export interface GstResult {
  documentType: GstDocumentType;
  date: string;
  currency: 'INR';
  supply: GstSupply;
  lines: GstLineResult[];
  totals: GstTotals;
  categories: GstCategoryTotals;
  /** Composition seller only: the tax the seller pays on turnover (not charged to the buyer). */
  compositionLiability: GstCompositionLiability | null;
  rounding: {
    mode: GstRoundingMode;
    /** Per-document mode: document component − Σ rounded line components (a few paisa at most). */
    documentDifference: GstComponents;
  };
}

/** Aliases under the names the tax module uses. */
export type TaxInput = GstInput;
export type TaxResult = GstResult;
export type RateResolver = GstRateResolver;
