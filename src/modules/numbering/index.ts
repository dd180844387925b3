export { numberingModule, type NumberingApi, type NumberedDocument, NUMBERED_DOCUMENTS } from './module.js';
