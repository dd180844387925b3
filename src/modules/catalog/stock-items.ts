import type { Tx } from '../../platform/db/index.js';

export interface StockItem {
  id: string;
  sku: string;
  name: string;
  type: 'goods' | 'service';
  trackInventory: boolean;
  status: 'active' | 'archived';
}

/** Products by id, read in the caller's transaction (for modules that keep stock of them). */
export async function stockItems(tx: Tx, ids: readonly string[]): Promise<Map<string, StockItem>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .selectFrom('catalog.products')
    .select(['id', 'sku', 'name', 'type', 'track_inventory', 'status'])
    .where('id', 'in', [...new Set(ids)])
    .$castTo<{ id: string; sku: string; name: string; type: StockItem['type']; track_inventory: boolean; status: StockItem['status'] }>()
    .execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, sku: r.sku, name: r.name, type: r.type, trackInventory: r.track_inventory, status: r.status }]));
}
