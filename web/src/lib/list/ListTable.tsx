import { Alert, Button, Group, Loader, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { nextSort, parseSort } from './search';

export interface Column<T> {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** The header toggles `?sort=key` / `-key` / default. */
  sortable?: boolean;
  /** Right-aligned, tabular figures (amounts). */
  numeric?: boolean;
}

export interface ListTableProps<T> {
  /** What the table lists, for screen readers (a visually hidden caption). */
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[] | undefined;
  rowKey: (row: T) => string;
  sort?: string | undefined;
  onSort?: (sort: string | undefined) => void;
  loading?: boolean;
  error?: Error | null;
  onRetry?: () => void;
  /** Shown instead of the table when there are no rows (see `EmptyState`). */
  empty: ReactNode;
  /** Rows under the body, e.g. totals. */
  footer?: ReactNode;
  /** Below this width the table scrolls inside its box instead of widening the page. */
  minWidth?: number;
  testId?: string;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** The table of a list page: sortable headers, and the loading, error and empty states. */
export function ListTable<T>({ caption, columns, rows, rowKey, sort, onSort, loading, error, onRetry, empty, footer, minWidth = 640, testId }: ListTableProps<T>) {
  if (error) {
    return (
      <Alert color="red" role="alert" title="Could not load the list">
        <Group gap="sm" justify="space-between">
          <Text size="sm">{error.message}</Text>
          {onRetry && (
            <Button size="xs" variant="default" onClick={onRetry}>
              Try again
            </Button>
          )}
        </Group>
      </Alert>
    );
  }
  if (loading && !rows) return <Loader aria-label="Loading" size="sm" />;
  if (!rows || rows.length === 0) return <>{empty}</>;
  const state = parseSort(sort);
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native" style={{ position: 'relative' }}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid={testId} aria-busy={loading ? true : undefined}>
        <caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => {
              const active = state?.key === column.key ? state.direction : undefined;
              return (
                <Table.Th key={column.key} ta={column.numeric ? 'right' : undefined} aria-sort={column.sortable ? (active ? ARIA_SORT[active] : 'none') : undefined}>
                  {column.sortable && onSort ? (
                    <UnstyledButton fw={700} fz="sm" onClick={() => onSort(nextSort(sort, column.key))}>
                      {column.header}
                      <span aria-hidden="true">{active === 'asc' ? ' ▲' : active === 'desc' ? ' ▼' : ' ↕'}</span>
                    </UnstyledButton>
                  ) : (
                    column.header
                  )}
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)} data-testid={testId ? `${testId}-row` : undefined}>
              {columns.map((column) => (
                <Table.Td key={column.key} ta={column.numeric ? 'right' : undefined} style={column.numeric ? { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } : undefined}>
                  {column.cell(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {footer && <Table.Tfoot>{footer}</Table.Tfoot>}
      </Table>
    </Table.ScrollContainer>
  );
}
