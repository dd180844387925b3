import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { post } from './helpers.js';

let t: TestApp;
let owner: Awaited<ReturnType<TestApp['signUp']>>;
const WEB = { 'x-kontor-client': 'web' };

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp();
});
afterAll(async () => t?.close());

function cookiesOf(response: LightMyRequestResponse) {
  return Object.fromEntries(response.cookies.map((c) => [c.name, c])) as Record<
    string,
    { name: string; value: string; path?: string; httpOnly?: boolean; sameSite?: string; secure?: boolean; maxAge?: number }
  >;
}

async function webLogin(app: TestApp = t) {
  const response = await post(app, '/api/v1/auth/login', { email: owner.email, password: owner.password }, { headers: WEB });
  expect(response.statusCode).toBe(200);
  return { response, cookies: cookiesOf(response), body: response.json() as { accessToken: string; csrfToken: string; refreshToken?: string } };
}

const cookieHeader = (values: Record<string, string>) => Object.entries(values).map(([k, v]) => `${k}=${v}`).join('; ');

describe('the web cookie flow', () => {
  it('sets an httpOnly SameSite=Strict refresh cookie scoped to /api/v1/auth and a readable CSRF cookie; no refresh token in the body', async () => {
    const { cookies, body } = await webLogin();
    expect(body.refreshToken).toBeUndefined();
    expect(body.accessToken).toEqual(expect.any(String));
    expect(cookies.kontor_refresh).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth' });
    expect(cookies.kontor_refresh!.value).toMatch(/^krt_/);
    expect(cookies.kontor_refresh!.maxAge).toBeGreaterThan(30 * 24 * 3600 - 5);
    expect(cookies.kontor_refresh!.maxAge).toBeLessThanOrEqual(30 * 24 * 3600);
    expect(cookies.kontor_refresh!.secure).toBeFalsy(); // http deployment in tests
    expect(cookies.kontor_csrf).toMatchObject({ path: '/', sameSite: 'Strict' });
    expect(cookies.kontor_csrf!.httpOnly).toBeFalsy();
    expect(cookies.kontor_csrf!.value).toBe(body.csrfToken);
  });

  it('refreshes with the cookie and the echoed CSRF token, rotating both', async () => {
    const { cookies } = await webLogin();
    const response = await post(t, '/api/v1/auth/refresh', {}, {
      headers: { ...WEB, cookie: cookieHeader({ kontor_refresh: cookies.kontor_refresh!.value, kontor_csrf: cookies.kontor_csrf!.value }), 'x-csrf-token': cookies.kontor_csrf!.value },
    });
    expect(response.statusCode).toBe(200);
    const next = cookiesOf(response);
    expect(next.kontor_refresh!.value).not.toBe(cookies.kontor_refresh!.value);
    expect(next.kontor_csrf!.value).not.toBe(cookies.kontor_csrf!.value);
    expect(response.json().refreshToken).toBeUndefined();
  });

  it('refuses a cookie refresh without the CSRF header, or with one that differs from the cookie (403), and does not use up the token', async () => {
    const { cookies } = await webLogin();
    const cookie = cookieHeader({ kontor_refresh: cookies.kontor_refresh!.value, kontor_csrf: cookies.kontor_csrf!.value });
    const missing = await post(t, '/api/v1/auth/refresh', {}, { headers: { ...WEB, cookie } });
    expect(missing.statusCode).toBe(403);
    expect(missing.json()).toMatchObject({ code: 'AUTH.CSRF_FAILED' });
    const wrong = await post(t, '/api/v1/auth/refresh', {}, { headers: { ...WEB, cookie, 'x-csrf-token': 'guessed' } });
    expect(wrong.statusCode).toBe(403);
    const right = await post(t, '/api/v1/auth/refresh', {}, { headers: { ...WEB, cookie, 'x-csrf-token': cookies.kontor_csrf!.value } });
    expect(right.statusCode).toBe(200);
  });

  it('refuses a forged double submit: a CSRF cookie and header the attacker planted do not match the session', async () => {
    const { cookies } = await webLogin();
    const planted = 'attacker-chosen-value';
    const response = await post(t, '/api/v1/auth/refresh', {}, {
      headers: { ...WEB, cookie: cookieHeader({ kontor_refresh: cookies.kontor_refresh!.value, kontor_csrf: planted }), 'x-csrf-token': planted },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'AUTH.CSRF_FAILED' });
  });

  it('keeps a cookie refresh in the cookie flow even without X-Kontor-Client', async () => {
    const { cookies } = await webLogin();
    const response = await post(t, '/api/v1/auth/refresh', {}, {
      headers: { cookie: cookieHeader({ kontor_refresh: cookies.kontor_refresh!.value, kontor_csrf: cookies.kontor_csrf!.value }), 'x-csrf-token': cookies.kontor_csrf!.value },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().refreshToken).toBeUndefined();
    expect(cookiesOf(response).kontor_refresh!.value).toMatch(/^krt_/);
  });

  it('clears the cookies when the refresh token turns out dead', async () => {
    const { cookies } = await webLogin();
    const cookie = cookieHeader({ kontor_refresh: cookies.kontor_refresh!.value, kontor_csrf: cookies.kontor_csrf!.value });
    const headers = { ...WEB, cookie, 'x-csrf-token': cookies.kontor_csrf!.value };
    expect((await post(t, '/api/v1/auth/refresh', {}, { headers })).statusCode).toBe(200);
    const replay = await post(t, '/api/v1/auth/refresh', {}, { headers }); // same cookie again: reuse
    expect(replay.statusCode).toBe(401);
    const cleared = cookiesOf(replay);
    expect(cleared.kontor_refresh!.value).toBe('');
    expect(cleared.kontor_csrf!.value).toBe('');
  });

  it('logs out with the cookie (CSRF checked) and clears both cookies', async () => {
    const { cookies, body } = await webLogin();
    const cookie = cookieHeader({ kontor_refresh: cookies.kontor_refresh!.value, kontor_csrf: cookies.kontor_csrf!.value });
    expect((await post(t, '/api/v1/auth/logout', null, { headers: { ...WEB, cookie } })).statusCode).toBe(403);
    const out = await post(t, '/api/v1/auth/logout', null, { headers: { ...WEB, cookie, 'x-csrf-token': cookies.kontor_csrf!.value } });
    expect(out.statusCode).toBe(204);
    const cleared = cookiesOf(out);
    expect(cleared.kontor_refresh).toMatchObject({ value: '', path: '/api/v1/auth' });
    expect(cleared.kontor_csrf).toMatchObject({ value: '' });
    const profile = await t.app.inject({ method: 'GET', url: '/api/v1/auth/profile', headers: { authorization: `Bearer ${body.accessToken}` } });
    expect(profile.statusCode).toBe(401);
  });

  it('marks the cookies Secure when Kontor is served over https', async () => {
    const secure = await createTestApp({ config: { publicUrl: 'https://books.example.test' }, testDb: t.testDb });
    try {
      const { cookies } = await webLogin(secure);
      expect(cookies.kontor_refresh!.secure).toBe(true);
      expect(cookies.kontor_csrf!.secure).toBe(true);
    } finally {
      await secure.close();
    }
  });

  it('gives API clients (no X-Kontor-Client header) the refresh token in the body and no cookies', async () => {
    const response = await post(t, '/api/v1/auth/login', { email: owner.email, password: owner.password });
    expect(response.cookies).toEqual([]);
    expect(response.json().refreshToken).toMatch(/^krt_/);
    expect(response.json().csrfToken).toBeUndefined();
  });
});
