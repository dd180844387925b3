/** Categories as a flat list in tree order (each after its parent, children by name), with depth. */
export interface CategoryLike {
  id: string;
  name: string;
  parentId: string | null;
  path: string;
}

export function categoryRows<C extends CategoryLike>(categories: readonly C[]): { category: C; depth: number }[] {
  const children = new Map<string | null, C[]>();
  const ids = new Set(categories.map((c) => c.id));
  for (const c of categories) {
    const parent = c.parentId && ids.has(c.parentId) ? c.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), c]);
  }
  const out: { category: C; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const c of [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name))) {
      out.push({ category: c, depth });
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** The ids of a category and everything under it (a category cannot move under these). */
export function subtreeIds(categories: readonly CategoryLike[], id: string): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of categories) {
      if (c.parentId && out.has(c.parentId) && !out.has(c.id)) {
        out.add(c.id);
        grew = true;
      }
    }
  }
  return out;
}
