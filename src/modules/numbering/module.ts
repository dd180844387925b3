import { fileURLToPath } from 'node:url';
import type { Tx } from '../../platform/db/index.js';
import { defineModule } from '../../platform/module.js';

/** Every document type that draws numbers from a series. */
export const NUMBERED_DOCUMENTS = [
  'quotation',
  'sales_order',
  'delivery_note',
  'invoice',
  'credit_note',
  'debit_note',
  'payment_received',
  'purchase_order',
  'goods_receipt',
  'bill',
  'vendor_debit_note',
  'vendor_payment',
] as const;
export type NumberedDocument = (typeof NUMBERED_DOCUMENTS)[number];

/** The numbering module's public API for other modules. */
export interface NumberingApi {
  /**
   * The next number of the document type's series for the fiscal year containing `date`, drawn in the
   * caller's transaction: gapless (a rolled-back transaction gives its number back) and unique under
   * concurrency (the series row is locked until the caller commits). At most 16 characters.
   */
  next(tx: Tx, tenantId: string, document: NumberedDocument, date: string): Promise<string>;
}

// SKELETON: the numbering helper replaces this file's body (series table, routes, settings).
export const numberingModule = defineModule<NumberingApi>({
  name: 'numbering',
  schema: 'numbering',
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  dependsOn: ['identity', 'ledger'],
  permissions: [],
  api() {
    return {
      next() {
        throw new Error('numbering.next is not built yet');
      },
    };
  },
});
