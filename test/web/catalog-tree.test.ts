import { describe, expect, it } from 'vitest';
import { categoryRows, subtreeIds } from '../../web/src/features/catalog/tree.js';

const c = (id: string, name: string, parentId: string | null) => ({ id, name, parentId, path: name });

describe('category tree', () => {
  const all = [c('d', 'Tea', 'a'), c('a', 'Beverages', null), c('b', 'Coffee', 'a'), c('e', 'Green', 'd'), c('f', 'Stationery', null), c('g', 'Orphan', 'missing')];

  it('lists each category after its parent, siblings by name, with depth; a missing parent puts it at the top', () => {
    expect(categoryRows(all).map((r) => `${'-'.repeat(r.depth)}${r.category.name}`)).toEqual(['Beverages', '-Coffee', '-Tea', '--Green', 'Orphan', 'Stationery']);
  });

  it('finds a category and all its descendants (where it cannot be moved)', () => {
    expect([...subtreeIds(all, 'a')].sort()).toEqual(['a', 'b', 'd', 'e']);
    expect([...subtreeIds(all, 'e')]).toEqual(['e']);
  });
});
