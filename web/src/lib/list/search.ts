/**
 * A list page's state lives in the URL: `?q=rent&type=expense&sort=-date&cursor=…`. These pure
 * helpers validate raw search params (TanStack Router's `validateSearch`) and derive the next
 * state; changing the search, a filter or the sort always goes back to the first page.
 *
 * Pagination follows the server's convention (src/platform/http/pagination.ts): keyset cursors,
 * `?cursor=<opaque>&limit=n`, answered with `{ items, nextCursor }`.
 */

/** The common part of every list's search params. */
export interface ListSearch {
  /** The opaque cursor of the current page; absent on the first page. */
  cursor?: string;
  /** A column key, `-key` for descending. */
  sort?: string;
  /** Free-text search. */
  q?: string;
}

export type FilterKind = 'text' | 'date' | 'uuid' | readonly string[];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SORT = /^-?[A-Za-z][A-Za-z0-9_.]{0,39}$/;

function text(value: unknown, max: number): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') value = String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed.length > 0 && trimmed.length <= max ? trimmed : undefined;
}

function filterValue(kind: FilterKind, value: unknown): string | undefined {
  const raw = text(value, 200);
  if (raw === undefined) return undefined;
  if (kind === 'text') return raw;
  if (kind === 'date') return DATE.test(raw) ? raw : undefined;
  if (kind === 'uuid') return UUID.test(raw) ? raw.toLowerCase() : undefined;
  return kind.includes(raw) ? raw : undefined;
}

/**
 * A `validateSearch` for a list with the given filters: unknown or malformed values are dropped
 * (a hand-edited URL never reaches the API as a 400), so the page opens with what makes sense.
 *
 *     validateSearch: listSearch({ type: ['income', 'expense'], from: 'date', accountId: 'uuid' })
 */
export function listSearch<const F extends Record<string, FilterKind>>(filters: F, options: { sortable?: readonly string[] } = {}) {
  return (raw: Record<string, unknown>): ListSearch & { [K in keyof F]?: string } => {
    const out: Record<string, string> = {};
    const cursor = text(raw.cursor, 512);
    if (cursor && /^[A-Za-z0-9_-]+$/.test(cursor)) out.cursor = cursor;
    const q = text(raw.q, 100);
    if (q) out.q = q;
    const sort = text(raw.sort, 41);
    if (sort && SORT.test(sort) && (!options.sortable || options.sortable.includes(sort.replace(/^-/, '')))) out.sort = sort;
    for (const [key, kind] of Object.entries(filters)) {
      const value = filterValue(kind, raw[key]);
      if (value !== undefined) out[key] = value;
    }
    return out;
  };
}

export interface SortState {
  key: string;
  direction: 'asc' | 'desc';
}

export function parseSort(sort: string | undefined): SortState | null {
  if (!sort) return null;
  return sort.startsWith('-') ? { key: sort.slice(1), direction: 'desc' } : { key: sort, direction: 'asc' };
}

/** Clicking a header: ascending first, then descending, then back to the default order. */
export function nextSort(current: string | undefined, key: string): string | undefined {
  const state = parseSort(current);
  if (!state || state.key !== key) return key;
  return state.direction === 'asc' ? `-${key}` : undefined;
}

/** The search after changing filters, `q` or sort: the cursor goes (back to page one); empty values are removed. */
export function withChanges<S extends ListSearch>(search: S, changes: Partial<Record<keyof S, string | undefined>>): S {
  const next: Record<string, unknown> = { ...search, ...changes };
  delete next.cursor;
  for (const key of Object.keys(next)) if (next[key] === undefined || next[key] === '') delete next[key];
  return next as S;
}

/** Query parameters for the API from a list's search: the cursor and filters, without UI-only keys. */
export function apiQuery<S extends ListSearch>(search: S, omit: readonly string[] = ['sort']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(search)) if (typeof value === 'string' && !omit.includes(key)) out[key] = value;
  return out;
}

/**
 * Sorts rows of the loaded page by a column (for lists whose API has one fixed order): strings by
 * locale, decimal strings exactly, stable for equal keys.
 */
export function sortRows<T>(rows: readonly T[], sort: string | undefined, accessors: Record<string, (row: T) => string | null>, compare: (a: string, b: string) => number = (a, b) => a.localeCompare(b)): T[] {
  const state = parseSort(sort);
  const accessor = state ? accessors[state.key] : undefined;
  if (!state || !accessor) return [...rows];
  const factor = state.direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: accessor(row) }))
    .sort((a, b) => {
      if (a.key === b.key) return a.index - b.index;
      if (a.key === null) return 1;
      if (b.key === null) return -1;
      return factor * compare(a.key, b.key) || a.index - b.index;
    })
    .map((x) => x.row);
}
