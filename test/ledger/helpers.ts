import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TestApp } from '../support/app.js';
import type { SignedUp } from '../support/factories.js';
import { adminQuery } from '../support/db.js';

export interface AccountJson {
  id: string;
  code: string;
  name: string;
  type: string;
  currency: string;
  status: string;
  version: number;
}

export async function applyTemplate(t: TestApp, owner: SignedUp, template = 'india'): Promise<Map<string, AccountJson>> {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/accounts/apply-template', headers: owner.headers, payload: { template } });
  expect(response.statusCode, response.body).toBe(200);
  return accountsByCode(t, owner);
}

export async function accountsByCode(t: TestApp, owner: SignedUp): Promise<Map<string, AccountJson>> {
  const out = new Map<string, AccountJson>();
  let cursor: string | null = null;
  do {
    const url: string = `/api/v1/accounts?limit=200${cursor ? `&cursor=${cursor}` : ''}`;
    const response = await t.app.inject({ method: 'GET', url, headers: owner.headers });
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json() as { items: AccountJson[]; nextCursor: string | null };
    for (const a of page.items) out.set(a.code, a);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

export type Line = { accountId: string; debit?: string; credit?: string; currency?: string; baseAmount?: string; partyId?: string; storeId?: string; tags?: string[] };

export function postEntry(t: TestApp, owner: SignedUp, body: { date: string; memo?: string; reference?: string; lines: Line[]; post?: boolean }): Promise<LightMyRequestResponse> {
  return t.app.inject({ method: 'POST', url: '/api/v1/journal-entries', headers: owner.headers, payload: { post: true, ...body } });
}

/** Row counts of the ledger's tables, read as the owner (no RLS). */
export async function ledgerCounts(t: TestApp): Promise<Record<string, number>> {
  const { rows } = await adminQuery(
    t.testDb.ownerUrl,
    `select (select count(*) from ledger.journal_entries)::int as entries, (select count(*) from ledger.journal_lines)::int as lines,
            (select count(*) from ledger.daily_balances)::int as rollups, (select coalesce(sum(line_count), 0) from ledger.daily_balances)::int as rolled_lines,
            (select count(*) from ledger.transactions)::int as transactions, (select count(*) from platform.outbox)::int as events`,
  );
  return rows[0] as Record<string, number>;
}

export function problemCode(response: LightMyRequestResponse): string {
  return (response.json() as { code: string }).code;
}
