/** The list-page pattern: URL state, table, search, cursor pagination, empty state. See docs/dev/web-patterns.md. */
export { listSearch, parseSort, nextSort, withChanges, apiQuery, sortRows, type ListSearch, type SortState, type FilterKind } from './search';
export { ListTable, type Column, type ListTableProps } from './ListTable';
export { SearchBox } from './SearchBox';
export { EmptyState } from './EmptyState';
export { useCursorPager, CursorPagination, type CursorPager } from './CursorPager';
export { useListControls, type ListControls } from './use-list';
