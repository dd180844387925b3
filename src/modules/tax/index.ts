export { taxModule, type TaxApi, TDS_DUE_NOTICE_DAYS } from './module.js';
export type { TdsPaymentDue } from './tds-service.js';
export type { TdsInput, TdsResult } from './domain/tds.js';
export type { VatInput, VatResult } from './domain/vat.js';
export type { Calculation, PathStyle, TenantTaxProfile } from './calculate.js';
export type { CalculateBody } from './schemas.js';
export type { GstResult, GstLineResult } from './domain/gst-types.js';
