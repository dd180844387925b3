import { Decimal } from 'decimal.js';
import { AppError } from '../../../kernel/index.js';

/** How a product's units are told apart: not at all, by lot (batch, optionally with expiry) or one by one (serial). */
export type TrackingMode = 'none' | 'batch' | 'serial';

export interface Tracking {
  mode: TrackingMode;
  requiresExpiry: boolean;
}

export const UNTRACKED: Tracking = { mode: 'none', requiresExpiry: false };

/** A lot's quantity in one store, as the allocation sees it. */
export interface LotStock {
  lotId: string;
  code: string;
  expiresOn: string | null;
  /** Creation order of the lot (older first on equal expiry). */
  createdAt: string;
  quantity: Decimal;
}

export interface LotTake {
  lotId: string;
  quantity: Decimal;
}

/** First expiry, first out: lots with an expiry date by date (earliest first), then those without; ties by the oldest lot. */
export function fefoOrder(a: LotStock, b: LotStock): number {
  if (a.expiresOn !== b.expiresOn) {
    if (a.expiresOn === null) return 1;
    if (b.expiresOn === null) return -1;
    return a.expiresOn < b.expiresOn ? -1 : 1;
  }
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/**
 * Takes `quantity` from the lots in FEFO order. Returns the takes, or the quantity available in
 * all lots together when it is not enough (nothing is taken then).
 */
export function allocateFefo(lots: readonly LotStock[], quantity: Decimal): { takes: LotTake[] } | { available: Decimal } {
  const sorted = lots.filter((l) => l.quantity.gt(0)).sort(fefoOrder);
  const takes: LotTake[] = [];
  let left = quantity;
  for (const lot of sorted) {
    if (left.lte(0)) break;
    const take = Decimal.min(lot.quantity, left);
    takes.push({ lotId: lot.lotId, quantity: take });
    left = left.sub(take);
  }
  if (left.gt(0)) return { available: sorted.reduce((s, l) => s.add(l.quantity), new Decimal(0)) };
  return { takes };
}

/** Serials named on a line: distinct, as many as the (integral) quantity. Returns the problem or null. */
export function checkSerials(serials: readonly string[], quantity: Decimal): { index: number | null; message: string } | null {
  if (!quantity.isInteger()) return { index: null, message: 'a serial-tracked product moves in whole units' };
  const seen = new Set<string>();
  for (const [i, s] of serials.entries()) {
    if (seen.has(s)) return { index: i, message: 'listed twice' };
    seen.add(s);
  }
  if (!quantity.eq(serials.length)) return { index: null, message: `${quantity.toFixed()} units need exactly ${quantity.toFixed()} serials, got ${serials.length}` };
  return null;
}

// ---------- errors ----------

const at = (path: string, message: string) => ({ errors: [{ path, message }] });

export const lotsRequired = (path: string) =>
  new AppError('unprocessable', 'INVENTORY.LOTS_REQUIRED', 'The product is tracked by lot: name the lots of this line', at(path, 'the lots are required for a batch-tracked product'));
export const serialsRequired = (path: string) =>
  new AppError('unprocessable', 'INVENTORY.SERIALS_REQUIRED', 'The product is tracked by serial number: name the serials of this line', at(path, 'the serials are required for a serial-tracked product'));
export const notTracked = (path: string, mode: TrackingMode) =>
  new AppError(
    'unprocessable',
    'INVENTORY.TRACKING_MISMATCH',
    mode === 'none' ? 'The product is not tracked by lot or serial' : `The product is tracked by ${mode === 'batch' ? 'lot' : 'serial number'}`,
    at(path, mode === 'none' ? 'the product is not tracked by lot or serial' : `the product is tracked by ${mode === 'batch' ? 'lot' : 'serial number'}`),
  );
export const lotQuantityMismatch = (path: string, sum: string, quantity: string) =>
  new AppError('unprocessable', 'INVENTORY.LOT_QUANTITY_MISMATCH', `The lots add up to ${sum}, the line moves ${quantity}`, at(path, `the lots add up to ${sum}, not ${quantity}`));
export const duplicateLot = (path: string) => new AppError('unprocessable', 'INVENTORY.DUPLICATE_LOT', 'A lot appears twice on a line', at(path, 'listed twice'));
export const serialCount = (path: string, message: string) => new AppError('unprocessable', 'INVENTORY.SERIAL_COUNT_MISMATCH', 'The serials do not match the quantity', at(path, message));
export const serialExists = (path: string, serial: string) =>
  new AppError('conflict', 'INVENTORY.SERIAL_EXISTS', `Serial ${serial} is already in stock or in transit`, at(path, 'this serial is already in stock or in transit'));
export const serialNotInStock = (path: string, serial: string) =>
  new AppError('unprocessable', 'INVENTORY.SERIAL_NOT_IN_STOCK', `Serial ${serial} is not in stock in this store`, at(path, 'not in stock in this store'));
export const lotExpiryRequired = (path: string) =>
  new AppError('unprocessable', 'INVENTORY.LOT_EXPIRY_REQUIRED', 'The product requires an expiry date on every new lot', at(path, 'required for a new lot of this product'));
export const lotExpiryMismatch = (path: string, expiresOn: string | null) =>
  new AppError('unprocessable', 'INVENTORY.LOT_EXPIRY_MISMATCH', `The lot exists with expiry ${expiresOn ?? 'none'}`, at(path, `the lot expires on ${expiresOn ?? '(no date)'}`));
export const lotNotFound = (path: string) => new AppError('unprocessable', 'INVENTORY.LOT_NOT_FOUND', 'No such lot of this product', at(path, 'no such lot of this product'));
export const insufficientLot = (path: string, available: string) =>
  new AppError('unprocessable', 'INVENTORY.INSUFFICIENT_LOT_STOCK', `Not enough in the lot(s): ${available} available`, { ...at(path, `only ${available} available`), extra: { available } });
export const trackingLocked = () =>
  new AppError('conflict', 'INVENTORY.TRACKING_LOCKED', 'The tracking mode can change only while the product has no stock on hand or in transit', at('body.mode', 'the product has stock'));
