import type { GstInput, GstRegime, GstSupply } from './gst-types.js';

/**
 * Union territories without legislature, where intra-state supplies carry UTGST instead of SGST:
 * 04 Chandigarh, 25 Daman & Diu (merged into 26 in 2020, kept for old documents), 26 Dadra & Nagar
 * Haveli and Daman & Diu, 31 Lakshadweep, 35 Andaman & Nicobar Islands, 38 Ladakh.
 */
export const UTGST_STATE_CODES: ReadonlySet<string> = new Set(['04', '25', '26', '31', '35', '38']);

/**
 * Place of supply, supply type and regime of a (validated) document:
 * - an explicit `placeOfSupply` wins;
 * - a buyer outside India: an export (place of supply outside India);
 * - goods (any goods line): the delivery state, else the buyer's registered state (GSTIN), else the
 *   buyer's state, else the seller's state (over the counter);
 * - services: B2B → the buyer's registered state (GSTIN); B2C → the buyer's state when known, else
 *   the seller's state.
 * Supplies to SEZ are zero-rated, supplies by an SEZ unit are inter-state (IGST Act s.7(5)(b)).
 */
export function determineSupply(input: GstInput): GstSupply {
  const { seller, buyer } = input;
  const hasGoods = input.lines.some((line) => line.kind === 'goods');
  const buyerGstinState = buyer.gstin?.slice(0, 2);

  let placeOfSupply: string | null;
  let source: GstSupply['placeOfSupplySource'];
  if (input.placeOfSupply !== undefined) [placeOfSupply, source] = [input.placeOfSupply, 'explicit'];
  else if (buyer.country !== 'IN') [placeOfSupply, source] = [null, 'outside_india'];
  else if (hasGoods && input.deliveryStateCode !== undefined) [placeOfSupply, source] = [input.deliveryStateCode, 'delivery'];
  else if (buyerGstinState !== undefined) [placeOfSupply, source] = [buyerGstinState, 'buyer_gstin'];
  else if (buyer.stateCode !== undefined) [placeOfSupply, source] = [buyer.stateCode, 'buyer_state'];
  else [placeOfSupply, source] = [seller.stateCode, 'seller_state'];

  const supplyType: GstSupply['supplyType'] =
    placeOfSupply === null ? 'export'
    : buyer.registration === 'sez' ? 'sez'
    : seller.registration === 'sez' || placeOfSupply !== seller.stateCode ? 'inter_state'
    : 'intra_state';
  const zeroRated = supplyType === 'export' || supplyType === 'sez' ? (input.zeroRated ?? 'lut') : null;

  const composition = seller.registration === 'composition';
  const anyReverseCharge = !composition && (input.lines.some((line) => line.reverseCharge ?? input.reverseCharge ?? false));
  const sellerCharges = seller.registration === 'regular' || seller.registration === 'sez';
  const taxApplies = !composition && zeroRated !== 'lut' && (sellerCharges || anyReverseCharge);
  return {
    placeOfSupply,
    placeOfSupplySource: source,
    supplyType,
    regime: taxApplies ? regimeOf(supplyType, placeOfSupply) : 'none',
    zeroRated,
    reverseCharge: anyReverseCharge && taxApplies,
    composition,
  };
}

/** The components a taxed supply of this type carries. */
export function regimeOf(supplyType: GstSupply['supplyType'], placeOfSupply: string | null): GstRegime {
  if (supplyType !== 'intra_state') return 'igst';
  return placeOfSupply !== null && UTGST_STATE_CODES.has(placeOfSupply) ? 'cgst_utgst' : 'cgst_sgst';
}
