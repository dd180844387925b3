export { inventoryModule, type InventoryApi } from './module.js';
export type { DocumentRequest, MoveRequest, PostedDocument } from './engine.js';
