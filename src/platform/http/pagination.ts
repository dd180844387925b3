import { z } from 'zod';
import { AppError } from '../../kernel/index.js';

/** Query parameters every list endpoint accepts. */
export const pageQuery = z.object({
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type PageQuery = z.infer<typeof pageQuery>;

export function pageOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** Keyset position: the sort key and id of the last item on the previous page. */
export interface CursorPosition {
  k: string | number | null;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): CursorPosition | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorPosition> | null;
    if (value && typeof value === 'object' && typeof value.id === 'string' && ['string', 'number', 'object'].includes(typeof value.k)) {
      if (typeof value.k !== 'object' || value.k === null) return value as CursorPosition;
    }
  } catch {
    // fall through
  }
  throw new AppError('validation', 'REQUEST.INVALID_CURSOR', 'The cursor is not one this API issued', {
    errors: [{ path: 'querystring.cursor', message: 'invalid cursor' }],
  });
}

/**
 * Given `limit + 1` rows fetched in keyset order, returns one page and the cursor for the next.
 */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => CursorPosition): { items: T[]; nextCursor: string | null } {
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  const last = items[items.length - 1];
  return { items, nextCursor: hasMore && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
