import Fastify, { type RouteOptions } from 'fastify';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertRouteAccessDeclared, registerAuthGuard } from '../../src/platform/http/auth.js';
import { registerProblemHandlers } from '../../src/platform/http/problem.js';
import { registerSecurityHeaders } from '../../src/platform/http/security.js';
import type { KontorApp } from '../../src/platform/http/types.js';
import { registerWebApp } from '../../src/platform/http/web.js';

/** The platform conventions app.ts applies, around registerWebApp, on a fake build. */
async function appServing(root: string) {
  const app = Fastify({ logger: false }).withTypeProvider() as unknown as KontorApp;
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    routes.push(route);
    assertRouteAccessDeclared(route);
  });
  registerProblemHandlers(app);
  await registerSecurityHeaders(app);
  registerAuthGuard(app, []);
  app.get('/api/v1/thing', { config: { public: true } }, async () => ({ ok: true }));
  const served = await registerWebApp(app, { root });
  await app.ready();
  return { app, routes, served };
}

describe('registerWebApp', () => {
  let root: string;
  let app: KontorApp;
  let routes: RouteOptions[];

  beforeAll(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'kontor-web-'));
    await fs.mkdir(path.join(root, 'assets'));
    await fs.writeFile(path.join(root, 'index.html'), '<!doctype html><title>Kontor</title><div id="root"></div>');
    await fs.writeFile(path.join(root, 'assets', 'index-AbC123.js'), 'console.log("app")');
    await fs.writeFile(path.join(root, 'sw.js'), 'self.addEventListener("fetch", () => {})');
    await fs.writeFile(path.join(root, 'manifest.webmanifest'), '{"name":"Kontor"}');
    await fs.writeFile(path.join(root, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await fs.writeFile(path.join(root, '.env'), 'SECRET=1');
    ({ app, routes } = await appServing(root));
  });

  afterAll(async () => {
    await app.close();
    await fs.rm(root, { recursive: true, force: true });
  });

  it('serves index.html at / with no-cache and the strict CSP', async () => {
    const response = await app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toContain('<div id="root">');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
  });

  it('gives content-hashed assets a one-year immutable cache', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/index-AbC123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('revalidates the service worker and manifest on every load', async () => {
    for (const url of ['/sw.js', '/manifest.webmanifest']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
    }
    expect((await app.inject({ method: 'GET', url: '/icon.svg' })).headers['cache-control']).toBe('public, max-age=3600');
  });

  it('answers deep links from a browser with index.html (client-side routing)', async () => {
    const response = await app.inject({ method: 'GET', url: '/settings/sessions?x=1', headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<div id="root">');
  });

  it('keeps API paths, missing assets and non-HTML requests on the problem+json 404', async () => {
    for (const [url, accept] of [
      ['/api/v1/nope', 'text/html'],
      ['/api', 'text/html'],
      ['/docs/nope', 'text/html'],
      ['/assets/missing-123.js', 'text/html'],
      ['/settings/sessions', 'application/json'],
    ] as const) {
      const response = await app.inject({ method: 'GET', url, headers: { accept } });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).toMatch(/application\/problem\+json/);
    }
    expect((await app.inject({ method: 'GET', url: '/api/v1/thing' })).json()).toEqual({ ok: true });
  });

  it('never serves dotfiles or anything outside the build', async () => {
    for (const url of ['/.env', '/%2e%2e/package.json', '/assets/../../etc/passwd', '/..%2f..%2fetc/passwd']) {
      const response = await app.inject({ method: 'GET', url, headers: { accept: '*/*' } });
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain('SECRET');
    }
  });

  it('declares its routes public and hides them from the OpenAPI document', () => {
    const own = routes.filter((r) => r.url === '/' || r.url === '/*');
    expect(own.length).toBeGreaterThanOrEqual(2);
    for (const route of own) {
      expect(route.config).toMatchObject({ public: true });
      expect(route.schema).toMatchObject({ hide: true });
    }
  });

  it('serves nothing (and says why) when the web app is not built', async () => {
    const empty = await fs.mkdtemp(path.join(os.tmpdir(), 'kontor-web-empty-'));
    try {
      const { app: bare, served } = await appServing(empty);
      expect(served).toBe(false);
      expect((await bare.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } })).statusCode).toBe(404);
      await bare.close();
    } finally {
      await fs.rm(empty, { recursive: true, force: true });
    }
  });
});
