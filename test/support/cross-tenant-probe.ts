import type { RouteOptions } from 'fastify';
import type { InjectOptions } from 'fastify';
import type { TestApp } from './app.js';
import { fuzzableRoutes, sampleOf } from './route-fuzzer.js';
import { changedTables, rowCounts } from './row-counts.js';

/** Whoever owns or probes: bearer headers acting in one tenant (as `TestApp.signUp()` returns). */
export interface ProbeActor {
  tenantId: string;
  headers: Record<string, string>;
}

/**
 * A resource tenant A created, e.g. `/api/v1/stores/<id>`. `bodies` overrides the body sampled
 * from the route schema, keyed by method (`PUT`) for the URL itself or by `METHOD /route/:pattern`.
 */
export type ProbeTarget = string | { url: string; bodies?: Record<string, unknown> };

export interface ProbeOptions {
  /** Also call action routes under each URL (`POST /api/v1/stores/:id/archive`). Default true. */
  actions?: boolean;
  /** Methods to try on the URL itself. Default GET, PUT, PATCH, DELETE. */
  methods?: string[];
}

export interface ProbeReport {
  /** Every request the intruder made, as `METHOD url -> status`. */
  calls: string[];
  /** What went wrong; empty when tenant B could neither see nor change anything of A's. */
  failures: string[];
}

function patternOf(routeUrl: string): RegExp {
  const escaped = routeUrl.split('/').map((seg) => (seg.startsWith(':') ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/');
  return new RegExp(`^${escaped}$`);
}

function methodsOf(route: RouteOptions): string[] {
  return (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD' && m !== 'OPTIONS');
}

/**
 * Tenant B (`intruder`) calls every GET/PUT/PATCH/DELETE route matching each of tenant A's
 * resource URLs (and, by default, the POST action routes under them) with A's ids. Every answer
 * must be a 404, no table may gain or lose rows, and A must read each resource exactly as before.
 * Writes carry `If-Match: "v1"` and a body sampled from the route schema (or the target's own),
 * so they get past validation and reach the tenant check.
 */
export async function crossTenantProbe(t: TestApp, owner: ProbeActor, intruder: ProbeActor, targets: ProbeTarget[], options: ProbeOptions = {}): Promise<ProbeReport> {
  const methods = new Set(options.methods ?? ['GET', 'PUT', 'PATCH', 'DELETE']);
  const schemas = new Map(fuzzableRoutes(t.routes).map((r) => [`${r.method} ${r.url}`, r]));
  const failures: string[] = [];
  const calls: string[] = [];

  const snapshot = async (url: string) => {
    const r = await t.app.inject({ method: 'GET', url, headers: owner.headers });
    return `${r.statusCode} ${r.body}`;
  };

  const before = await rowCounts(t.testDb.ownerUrl);
  const readable = new Map<string, string>();
  for (const target of targets) {
    const url = typeof target === 'string' ? target : target.url;
    const self = t.routes.filter((r) => r.url.startsWith('/api/') && patternOf(r.url).test(url));
    if (self.length === 0) failures.push(`${url}: no route matches`);
    if (self.some((r) => methodsOf(r).includes('GET'))) {
      const seen = await snapshot(url);
      if (!seen.startsWith('200 ')) failures.push(`${url}: tenant A cannot read it (${seen.slice(0, 120)}); the probe would prove nothing`);
      readable.set(url, seen);
    }
  }

  for (const target of targets) {
    const url = typeof target === 'string' ? target : target.url;
    const requests: { method: string; url: string; route: RouteOptions }[] = [];
    for (const route of t.routes.filter((r) => r.url.startsWith('/api/'))) {
      if (patternOf(route.url).test(url)) {
        for (const method of methodsOf(route)) if (methods.has(method)) requests.push({ method, url, route });
      } else if (options.actions !== false) {
        // An action under the resource: the route's pattern is the resource's plus static segments.
        const match = /^(.*?)((?:\/[A-Za-z0-9_-]+)+)$/.exec(route.url);
        if (match && match[1] && patternOf(match[1]).test(url) && !match[2]!.includes(':')) {
          for (const method of methodsOf(route)) if (method === 'POST') requests.push({ method, url: `${url}${match[2]}`, route });
        }
      }
    }
    for (const request of requests) {
      const schema = schemas.get(`${request.method} ${request.route.url}`);
      const bodies = typeof target === 'string' ? {} : (target.bodies ?? {});
      const own = bodies[`${request.method} ${request.route.url}`] ?? (request.url === url ? bodies[request.method] : undefined);
      const body = own !== undefined ? own : schema?.body ? sampleOf(schema.body) : undefined;
      const inject: InjectOptions = {
        method: request.method as InjectOptions['method'],
        url: request.url,
        headers: { ...intruder.headers, 'if-match': '"v1"', ...(body !== undefined && { 'content-type': 'application/json' }) },
        ...(body !== undefined && { payload: JSON.stringify(body) }),
      };
      const response = await t.app.inject(inject);
      calls.push(`${request.method} ${request.url} -> ${response.statusCode}`);
      if (response.statusCode !== 404) failures.push(`${request.method} ${request.url}: tenant B got ${response.statusCode}, expected 404: ${response.body.slice(0, 200)}`);
    }
  }

  const changed = changedTables(before, await rowCounts(t.testDb.ownerUrl));
  if (changed.length > 0) failures.push(`tenant B's requests changed row counts of ${changed.join(', ')}`);
  for (const [url, seen] of readable) {
    if ((await snapshot(url)) !== seen) failures.push(`${url}: tenant A reads something different after the probe`);
  }
  return { calls, failures };
}
