export { partiesModule, type PartiesApi } from './module.js';
