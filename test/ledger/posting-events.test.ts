import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import type { SignedUp } from '../support/factories.js';
import { applyTemplate, postEntry, type AccountJson } from './helpers.js';

let t: TestApp;
let owner: SignedUp;
let acc: Map<string, AccountJson>;
const id = (code: string) => acc.get(code)!.id;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp();
  acc = await applyTemplate(t, owner, 'small_business');
});
afterAll(async () => t?.close());

interface Event {
  seq: string;
  type: string;
  data: Record<string, unknown>;
}

/** Ledger and transaction events written since `after` (an outbox seq). */
async function eventsSince(after: string): Promise<Event[]> {
  const { rows } = await adminQuery(
    t.testDb.ownerUrl,
    `select seq::text, type, data from platform.outbox where tenant_id = $1 and seq > $2 and type not like 'account.%' and type <> 'chart.template_applied' order by seq`,
    [owner.tenantId, after],
  );
  return rows as Event[];
}

async function lastSeq(): Promise<string> {
  const { rows } = await adminQuery(t.testDb.ownerUrl, 'select coalesce(max(seq), 0)::text as seq from platform.outbox');
  return (rows[0] as { seq: string }).seq;
}

const types = (events: Event[]) => events.map((e) => e.type);

describe('ledger events (seed 001 transaction.*, seed 002 TransactionPosted and GLUpdated)', () => {
  it('announces a journal entry posted over HTTP: journal_entry.posted with the entry, general_ledger.updated with accounts and dates', async () => {
    const since = await lastSeq();
    const response = await postEntry(t, owner, { date: '2026-03-10', reference: 'EV-1', lines: [{ accountId: id('1110'), debit: '12.34' }, { accountId: id('4100'), credit: '12.34' }] });
    expect(response.statusCode, response.body).toBe(201);
    const entry = response.json() as { id: string };
    const events = await eventsSince(since);
    expect(types(events)).toEqual(['journal_entry.posted', 'general_ledger.updated']);
    expect(events[0]!.data).toMatchObject({ id: entry.id, status: 'posted', date: '2026-03-10', reference: 'EV-1', lines: [{ debit: '12.34' }, { credit: '12.34' }] });
    expect(events[1]!.data).toEqual({ accountIds: [id('1110'), id('4100')].sort(), from: '2026-03-10', to: '2026-03-10', entryIds: [entry.id] });
  });

  it('announces nothing for a draft, and the posting when the draft is posted', async () => {
    const since = await lastSeq();
    const draft = await postEntry(t, owner, { post: false, date: '2026-03-11', lines: [{ accountId: id('5200'), debit: '7.00' }, { accountId: id('1110'), credit: '7.00' }] });
    expect(draft.statusCode, draft.body).toBe(201);
    expect(await eventsSince(since)).toEqual([]);
    const draftId = (draft.json() as { id: string }).id;
    const posted = await t.app.inject({ method: 'POST', url: `/api/v1/journal-entries/${draftId}/post`, headers: owner.headers });
    expect(posted.statusCode, posted.body).toBe(200);
    const events = await eventsSince(since);
    expect(types(events)).toEqual(['journal_entry.posted', 'general_ledger.updated']);
    expect(events[0]!.data).toMatchObject({ id: draftId, status: 'posted' });
    expect(events[1]!.data).toMatchObject({ accountIds: [id('5200'), id('1110')].sort(), entryIds: [draftId] });
  });

  it('fires transaction.created, .updated and .deleted, each with the postings and reversals behind it', async () => {
    const since = await lastSeq();
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/transactions',
      headers: owner.headers,
      payload: { type: 'expense', date: '2026-03-12', amount: '50.00', accountId: id('1120'), counterAccountId: id('5200') },
    });
    expect(created.statusCode, created.body).toBe(201);
    const txn = created.json() as { id: string; entryId: string };
    let events = await eventsSince(since);
    expect(types(events)).toEqual(['journal_entry.posted', 'general_ledger.updated', 'transaction.created']);
    expect(events[0]!.data).toMatchObject({ id: txn.entryId, source: { module: 'ledger.transaction', id: txn.id, revision: 0 } });

    const afterCreate = await lastSeq();
    const updated = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/transactions/${txn.id}`,
      headers: { ...owner.headers, 'if-match': String(created.headers.etag) },
      payload: { type: 'expense', date: '2026-03-13', amount: '55.00', accountId: id('1120'), counterAccountId: id('5200') },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    const revised = updated.json() as { entryId: string };
    events = await eventsSince(afterCreate);
    // The reversal of revision 0, the posting of revision 1, then the transaction's own event.
    expect(types(events)).toEqual(['journal_entry.posted', 'general_ledger.updated', 'journal_entry.posted', 'general_ledger.updated', 'transaction.updated']);
    expect(events[0]!.data).toMatchObject({ reversesId: txn.entryId });
    expect(events[1]!.data).toMatchObject({ from: '2026-03-12', to: '2026-03-12' });
    expect(events[2]!.data).toMatchObject({ id: revised.entryId, source: { revision: 1 } });
    expect(events[4]!.data).toMatchObject({ id: txn.id, amount: '55.00', revision: 1 });

    const afterUpdate = await lastSeq();
    const deleted = await t.app.inject({ method: 'DELETE', url: `/api/v1/transactions/${txn.id}`, headers: owner.headers });
    expect(deleted.statusCode, deleted.body).toBe(204);
    events = await eventsSince(afterUpdate);
    expect(types(events)).toEqual(['journal_entry.posted', 'general_ledger.updated', 'transaction.deleted']);
    expect(events[0]!.data).toMatchObject({ reversesId: revised.entryId });
    expect(events[2]!.data).toEqual({ id: txn.id, entryId: revised.entryId });
  });

  it('announces a reversal as a posting, next to journal_entry.reversed', async () => {
    const posted = await postEntry(t, owner, { date: '2026-03-14', lines: [{ accountId: id('1110'), debit: '3.00' }, { accountId: id('4100'), credit: '3.00' }] });
    const entryId = (posted.json() as { id: string }).id;
    const since = await lastSeq();
    const reversed = await t.app.inject({ method: 'POST', url: `/api/v1/journal-entries/${entryId}/reverse`, headers: owner.headers, payload: {} });
    expect(reversed.statusCode, reversed.body).toBe(201);
    const events = await eventsSince(since);
    expect(types(events)).toEqual(['journal_entry.posted', 'general_ledger.updated', 'journal_entry.reversed']);
    expect(events[0]!.data).toMatchObject({ reversesId: entryId, status: 'posted' });
  });
});
