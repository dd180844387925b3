export { numberingModule, type NumberingApi, type NumberedDocument, NUMBERED_DOCUMENTS } from './module.js';
export { fiscalYearOf, parseFormat, type FiscalYear } from './domain/format.js';
