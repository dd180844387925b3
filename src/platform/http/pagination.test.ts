import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, toPage } from './pagination.js';

describe('cursor pagination', () => {
  it('round-trips every cursor it issues', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), fc.uuid(), (k, id) => {
        expect(decodeCursor(encodeCursor({ k, id }))).toEqual({ k, id });
      }),
    );
  });

  it('rejects a cursor it did not issue with a 400 naming the parameter', () => {
    for (const bad of ['not-base64!', Buffer.from('{"k":1}').toString('base64url'), Buffer.from('[]').toString('base64url')]) {
      try {
        decodeCursor(bad);
        expect.unreachable(`accepted ${bad}`);
      } catch (error) {
        expect(error).toMatchObject({ code: 'REQUEST.INVALID_CURSOR', status: 400, errors: [{ path: 'querystring.cursor' }] });
      }
    }
  });

  it('cuts limit + 1 rows into a page and a next cursor, and ends without one', () => {
    const rows = [1, 2, 3].map((n) => ({ id: `id-${n}`, n }));
    const page = toPage(rows, 2, (r) => ({ k: r.n, id: r.id }));
    expect(page.items).toHaveLength(2);
    expect(decodeCursor(page.nextCursor!)).toEqual({ k: 2, id: 'id-2' });
    expect(toPage(rows.slice(0, 2), 2, (r) => ({ k: r.n, id: r.id })).nextCursor).toBeNull();
  });
});
