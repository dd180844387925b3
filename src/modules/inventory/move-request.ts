import type { Decimal } from 'decimal.js';
import type * as repo from './repo.js';

/** One change of stock asked for by a document line. Quantities are positive; `direction` says which way. */
export interface MoveRequest {
  storeId: string;
  productId: string;
  kind: repo.MoveKind;
  direction: 'in' | 'out';
  quantity: Decimal;
  /** In-moves: total value in minor units; absent → at the current unit cost (adjustments, counts). */
  value?: bigint | undefined;
  /** In-moves: take the value of an earlier (out) move of the same document, by index (transfers). */
  valueOfMove?: number | undefined;
  memo?: string | null | undefined;
  reason?: string | null | undefined;
  /** The account on the other side: a receipt's credit, an issue's debit. Default by kind. */
  counterAccountId?: string | undefined;
  /** Where a problem with this line is reported, e.g. `body.lines[2]`. */
  path: string;
  /**
   * Lot-tracked products: the lots of this move (quantities add up to `quantity`). Required for
   * in-moves; out-moves without them are allocated first expiry, first out. Ignored shape for
   * untracked products (naming lots there is refused).
   */
  lots?: { lot: string; quantity: Decimal; expiresOn?: string | null | undefined }[] | undefined;
  /** Serial-tracked products: exactly `quantity` distinct serial numbers (required both ways). */
  serials?: string[] | undefined;
}
