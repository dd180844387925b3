/** The category tree: cycle checks, paths and nesting, over a tenant's categories held in memory. */
export interface CategoryNode {
  id: string;
  name: string;
  parentId: string | null;
}

export interface CategoryTree<T extends CategoryNode> {
  category: T;
  path: string;
  children: CategoryTree<T>[];
}

/** Would putting `id` under `newParentId` make it its own ancestor? */
export function wouldCycle(all: readonly CategoryNode[], id: string, newParentId: string | null): boolean {
  const parentOf = new Map(all.map((c) => [c.id, c.parentId]));
  const seen = new Set<string>();
  for (let at = newParentId; at !== null && at !== undefined; at = parentOf.get(at) ?? null) {
    if (at === id || seen.has(at)) return true;
    seen.add(at);
  }
  return false;
}

/** Names from the root down, joined with " / ". */
export function pathOf(all: readonly CategoryNode[], id: string): string {
  const byId = new Map(all.map((c) => [c.id, c]));
  const names: string[] = [];
  const seen = new Set<string>();
  for (let at = byId.get(id); at && !seen.has(at.id); at = at.parentId ? byId.get(at.parentId) : undefined) {
    seen.add(at.id);
    names.unshift(at.name);
  }
  return names.join(' / ');
}

/** The id and every descendant's id. */
export function descendantIds(all: readonly CategoryNode[], id: string): string[] {
  const children = childrenByParent(all);
  const out: string[] = [];
  const stack = [id];
  while (stack.length > 0) {
    const at = stack.pop()!;
    if (out.includes(at)) continue;
    out.push(at);
    for (const c of children.get(at) ?? []) stack.push(c.id);
  }
  return out;
}

/** Roots and their children, each level sorted by name. */
export function buildTree<T extends CategoryNode>(all: readonly T[]): CategoryTree<T>[] {
  const children = childrenByParent(all);
  const grow = (parentId: string | null, prefix: string): CategoryTree<T>[] =>
    (children.get(parentId) ?? [])
      .slice()
      .sort((x, y) => x.name.localeCompare(y.name) || x.id.localeCompare(y.id))
      .map((category) => {
        const path = prefix ? `${prefix} / ${category.name}` : category.name;
        return { category, path, children: grow(category.id, path) };
      });
  return grow(null, '');
}

function childrenByParent<T extends CategoryNode>(all: readonly T[]): Map<string | null, T[]> {
  const out = new Map<string | null, T[]>();
  for (const c of all) {
    const list = out.get(c.parentId);
    if (list) list.push(c);
    else out.set(c.parentId, [c]);
  }
  return out;
}
