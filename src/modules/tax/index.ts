export { taxModule, type TaxApi, TDS_DUE_NOTICE_DAYS } from './module.js';
export type { TdsPaymentDue } from './tds-service.js';
export type { TdsInput, TdsResult } from './domain/tds.js';
export type { VatInput, VatResult } from './domain/vat.js';
