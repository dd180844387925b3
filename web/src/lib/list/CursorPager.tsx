import { Button, Group, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

export interface CursorPager {
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  /** On a deep link to a later page the earlier cursors are unknown: only "first page" can go back. */
  canGoFirst: boolean;
  next: () => void;
  previous: () => void;
  first: () => void;
}

/**
 * Keyset pagination over the server's `{ items, nextCursor }`: the current cursor is in the URL
 * (`?cursor=`); the cursors of the pages before it are remembered while the list is open, so
 * "previous" works and the browser's back button keeps them in step.
 */
export function useCursorPager(cursor: string | undefined, nextCursor: string | null | undefined, go: (cursor: string | undefined) => void): CursorPager {
  const [stack, setStack] = useState<(string | undefined)[]>([]);
  const seen = useRef(cursor);
  useEffect(() => {
    if (seen.current === cursor) return;
    seen.current = cursor;
    // Back in history (or a "previous" click) lands on the top of the stack: pop it.
    setStack((s) => (s.length > 0 && s[s.length - 1] === cursor ? s.slice(0, -1) : cursor === undefined ? [] : s));
  }, [cursor]);
  return {
    page: stack.length + 1,
    hasPrevious: stack.length > 0,
    hasNext: Boolean(nextCursor),
    canGoFirst: cursor !== undefined,
    next: () => {
      if (!nextCursor) return;
      setStack((s) => [...s, cursor]);
      seen.current = nextCursor;
      go(nextCursor);
    },
    previous: () => {
      const target = stack[stack.length - 1];
      setStack((s) => s.slice(0, -1));
      seen.current = target;
      go(target);
    },
    first: () => {
      setStack([]);
      seen.current = undefined;
      go(undefined);
    },
  };
}

export function CursorPagination({ pager }: { pager: CursorPager }) {
  if (!pager.hasNext && !pager.canGoFirst) return null;
  return (
    <Group justify="space-between" component="nav" aria-label="Pages">
      {/* After a deep link to a later page its number is unknown. */}
      <Text size="sm" data-testid="page-number">{pager.canGoFirst && !pager.hasPrevious ? 'A later page' : `Page ${pager.page}`}</Text>
      <Group gap="xs">
        {pager.canGoFirst && !pager.hasPrevious && (
          <Button variant="default" size="xs" onClick={pager.first}>
            First page
          </Button>
        )}
        <Button variant="default" size="xs" onClick={pager.previous} disabled={!pager.hasPrevious}>
          Previous
        </Button>
        <Button variant="default" size="xs" onClick={pager.next} disabled={!pager.hasNext} data-testid="next-page">
          Next
        </Button>
      </Group>
    </Group>
  );
}
