import { useCursorPager, type CursorPager } from './CursorPager';
import { withChanges, type ListSearch } from './search';

export interface ListControls<S extends ListSearch> {
  /** Change filters or `q`: back to page one; empty values leave the URL. */
  update: (changes: Partial<Record<keyof S, string | undefined>>) => void;
  setSort: (sort: string | undefined) => void;
  pager: CursorPager;
}

/**
 * Wires a list page's URL state to its controls. `navigateSearch` replaces the route's search
 * (e.g. `(search) => void navigate({ search })` from the route's `useNavigate`). With
 * `clientSort`, sorting orders the loaded page and keeps the cursor; otherwise it reloads from page one.
 */
export function useListControls<S extends ListSearch>(search: S, navigateSearch: (next: S) => void, nextCursor: string | null | undefined, options: { clientSort?: boolean } = {}): ListControls<S> {
  const pager = useCursorPager(search.cursor, nextCursor, (cursor) => {
    const next: ListSearch = { ...search };
    if (cursor) next.cursor = cursor;
    else delete next.cursor;
    navigateSearch(next as S);
  });
  return {
    update: (changes) => navigateSearch(withChanges(search, changes)),
    setSort: (sort) => {
      if (!options.clientSort) return navigateSearch(withChanges(search, { sort } as Partial<Record<keyof S, string | undefined>>));
      const next: ListSearch = { ...search };
      if (sort) next.sort = sort;
      else delete next.sort;
      navigateSearch(next as S);
    },
    pager,
  };
}
