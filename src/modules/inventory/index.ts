export { inventoryModule, type InventoryApi } from './module.js';
