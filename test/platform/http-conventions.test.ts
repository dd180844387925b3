import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let owner: Awaited<ReturnType<TestApp['signUp']>>;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp();
});
afterAll(async () => t?.close());

describe('OpenAPI', () => {
  it('serves an OpenAPI 3.1 document that passes a real validator', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json() as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/api/v1/tenants/{id}');
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('lists every API route in the document', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const documented = new Set(Object.entries(document.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)));
    const missing = t.routes
      .filter((r) => r.url.startsWith('/api/'))
      .flatMap((r) => (Array.isArray(r.method) ? r.method : [r.method]).filter((m) => m !== 'HEAD').map((m) => `${m} ${r.url.replace(/:(\w+)/g, '{$1}')}`))
      .filter((op) => !documented.has(op));
    expect(missing).toEqual([]);
  });

  it('serves the docs UI', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
  });
});

describe('problem documents', () => {
  it('answers an unknown route with a 404 problem', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/nowhere' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ status: 404, code: 'ROUTE.NOT_FOUND', type: 'urn:kontor:problem:route.not_found' });
  });

  it('names the field paths of a validation failure', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tenants',
      headers: owner.headers,
      payload: { name: 'X', countryCode: 'india', baseCurrency: 'INR', timezone: 'Asia/Kolkata' },
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json() as { code: string; errors: { path: string }[] };
    expect(problem.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(problem.errors.map((e) => e.path)).toContain('body.countryCode');
  });

  it('answers 401 without credentials and 403 without the permission', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${owner.tenantId}` });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ code: 'AUTH.REQUIRED' });
    const badToken = await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${owner.tenantId}`, headers: { authorization: 'Bearer nope' } });
    expect(badToken.statusCode).toBe(401);
  });

  it('answers a body over the limit with 413', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tenants',
      headers: { ...owner.headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(2_000_000) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'REQUEST.BODY_TOO_LARGE' });
  });

  it('answers an unsupported content type with 415', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/tenants', headers: { ...owner.headers, 'content-type': 'text/csv' }, payload: 'a,b' });
    expect(response.statusCode).toBe(415);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('request ids and headers', () => {
  it('returns the caller request id, or makes one', async () => {
    const given = await t.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'abc-123' } });
    expect(given.headers['x-request-id']).toBe('abc-123');
    const made = await t.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'bad id with spaces' } });
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('puts the request id in problem documents', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/nowhere', headers: { 'x-request-id': 'trace-me' } });
    expect(response.json()).toMatchObject({ requestId: 'trace-me' });
  });

  it('sends security headers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['strict-transport-security']).toContain('max-age=');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });
});

describe('health and metrics', () => {
  it('answers /healthz and /readyz', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ok', checks: { database: 'ok', bus: 'ok' } });
  });

  it('exposes Prometheus metrics with request latency and pool gauges', async () => {
    await t.app.inject({ method: 'GET', url: '/healthz' });
    const response = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('kontor_http_request_duration_seconds_bucket');
    expect(response.body).toMatch(/kontor_db_pool_connections\{pool="app",state="total"\}/);
    expect(response.body).toMatch(/^kontor_outbox_lag_seconds \d/m);
    expect(response.body).toMatch(/^kontor_outbox_unpublished_events \d/m);
  });
});

describe('optimistic concurrency with ETag / If-Match', () => {
  it('lets one of two clients holding the same ETag win; the other gets 412', async () => {
    const url = `/api/v1/tenants/${owner.tenantId}`;
    const read = await t.app.inject({ method: 'GET', url, headers: owner.headers });
    const etag = String(read.headers.etag);
    expect(etag).toMatch(/^"v\d+"$/);
    const [a, b] = await Promise.all([
      t.app.inject({ method: 'PUT', url, headers: { ...owner.headers, 'if-match': etag }, payload: { name: 'Client A' } }),
      t.app.inject({ method: 'PUT', url, headers: { ...owner.headers, 'if-match': etag }, payload: { name: 'Client B' } }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses).toEqual([200, 412]);
    const loser = a.statusCode === 412 ? a : b;
    expect(loser.json()).toMatchObject({ code: 'REQUEST.ETAG_MISMATCH' });
    const winner = a.statusCode === 200 ? a : b;
    const final = await t.app.inject({ method: 'GET', url, headers: owner.headers });
    expect(final.json().name).toBe(winner.json().name);
    expect(final.headers.etag).not.toBe(etag);
  });

  it('requires If-Match on update (428)', async () => {
    const response = await t.app.inject({ method: 'PUT', url: `/api/v1/tenants/${owner.tenantId}`, headers: owner.headers, payload: { name: 'No etag' } });
    expect(response.statusCode).toBe(428);
    expect(response.json()).toMatchObject({ code: 'REQUEST.IF_MATCH_REQUIRED' });
  });
});
