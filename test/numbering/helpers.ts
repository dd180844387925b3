import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { NumberingApi, NumberedDocument } from '../../src/modules/numbering/index.js';
import type { Database } from '../../src/platform/db/index.js';
import type { TestApp } from '../support/app.js';
import type { SignedUp } from '../support/factories.js';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export function request(t: TestApp, who: { headers: Record<string, string> }, method: Method, url: string, payload?: object, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return t.app.inject({ method, url, headers: { ...who.headers, ...headers }, ...(payload !== undefined && { payload }) });
}

export async function ok<T = Record<string, unknown>>(response: Promise<LightMyRequestResponse> | LightMyRequestResponse, status = 200): Promise<T> {
  const r = await response;
  expect(r.statusCode, r.body).toBe(status);
  return r.json() as T;
}

export function problem(response: LightMyRequestResponse): { code: string; errors?: { path: string; message: string }[] } {
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  return response.json() as { code: string; errors?: { path: string; message: string }[] };
}

export const numbering = (t: TestApp) => t.context.modules.get<NumberingApi>('numbering');

/** Draws one number in its own committed transaction. */
export function draw(t: TestApp, who: SignedUp, type: NumberedDocument, date: string, db: Database = t.db): Promise<string> {
  return db.withTenant(who.tenantId, (tx) => numbering(t).next(tx, who.tenantId, type, date));
}

export interface SeriesJson {
  documentType: string;
  format: string;
  prefix: string;
  padding: number;
  resetYearly: boolean;
  version: number;
  fiscalYear: string;
  nextNumber: number;
  drawn: number;
  preview: string | null;
}

/** PUT a series with the ETag read just before. */
export async function updateSeries(t: TestApp, who: SignedUp, type: string, body: object): Promise<LightMyRequestResponse> {
  const current = await request(t, who, 'GET', `/api/v1/numbering/series/${type}`);
  expect(current.statusCode, current.body).toBe(200);
  return request(t, who, 'PUT', `/api/v1/numbering/series/${type}`, body, { 'if-match': current.headers.etag as string });
}

/** Changes the tenant's fiscal-year start month through identity (before numbering first sees the tenant). */
export async function setFiscalStart(t: TestApp, who: SignedUp, month: number): Promise<void> {
  const current = await request(t, who, 'GET', `/api/v1/tenants/${who.tenantId}`);
  await ok(request(t, who, 'PUT', `/api/v1/tenants/${who.tenantId}`, { fiscalYearStartMonth: month }, { 'if-match': current.headers.etag as string }));
}
