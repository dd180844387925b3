import fc from 'fast-check';
import type { RouteOptions } from 'fastify';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { z } from 'zod';

/** A JSON Schema node, as far as the fuzzer reads it. */
interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

export interface FuzzRoute {
  method: string;
  url: string;
  body?: JsonSchema;
  params?: JsonSchema;
  querystring?: JsonSchema;
}

export interface FuzzProbe {
  name: string;
  request: InjectOptions;
  /** Extra check on a 4xx answer, e.g. that the unknown key is named. */
  expectMention?: string;
}

const HUGE = 'x'.repeat(20_000);
const OVER_BODY_LIMIT = 'y'.repeat(1_100_000);
const FUZZ_KEY = '__fuzz_unknown';

function jsonSchemaOf(schema: unknown): JsonSchema | undefined {
  if (!schema) return undefined;
  if (schema instanceof z.ZodType) return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return schema as JsonSchema;
}

/** Routes the fuzzer can reach: every API route with a method that takes input. */
export function fuzzableRoutes(routes: RouteOptions[]): FuzzRoute[] {
  const out: FuzzRoute[] = [];
  for (const route of routes) {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!route.url.startsWith('/api/')) continue;
    const schema = (route.schema ?? {}) as { body?: unknown; params?: unknown; querystring?: unknown };
    for (const method of methods) {
      if (method === 'HEAD' || method === 'OPTIONS') continue;
      out.push({
        method,
        url: route.url,
        body: jsonSchemaOf(schema.body),
        params: jsonSchemaOf(schema.params),
        querystring: jsonSchemaOf(schema.querystring),
      });
    }
  }
  return out;
}

const typeOf = (s: JsonSchema): string | undefined => (Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type);

/** A value that satisfies the schema's structure (refinements the JSON Schema cannot express may still fail). */
export function sampleOf(schema: JsonSchema, seed = 42): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const branch = schema.anyOf?.[0] ?? schema.oneOf?.[0] ?? schema.allOf?.[0];
  if (branch) return sampleOf(branch, seed);
  switch (typeOf(schema)) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) out[key] = sampleOf(schema.properties?.[key] ?? {}, seed);
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 1 }, () => sampleOf(schema.items ?? {}, seed));
    case 'integer':
    case 'number':
      return schema.minimum ?? Math.min(1, schema.maximum ?? 1);
    case 'boolean':
      return true;
    case 'string':
      return sampleString(schema, seed);
    default:
      return 'x';
  }
}

function sampleString(schema: JsonSchema, seed: number): string {
  switch (schema.format) {
    case 'uuid':
      return '0190a000-0000-7000-8000-000000000001';
    case 'email':
      return 'fuzz@example.test';
    case 'date':
      return '2026-04-01';
    case 'date-time':
      return '2026-04-01T00:00:00.000Z';
    default:
  }
  if (schema.pattern) {
    const arb = fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= (schema.minLength ?? 0) && s.length <= (schema.maxLength ?? 200));
    return fc.sample(arb, { numRuns: 1, seed })[0] ?? 'x';
  }
  return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
}

/** An optional body (`schema.nullish()`) legitimately takes `null`. */
function acceptsNull(schema: JsonSchema): boolean {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.includes('null') || [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].some(acceptsNull);
}

/** A value of a different JSON type than the schema wants. */
function wrongTypeFor(schema: JsonSchema): unknown {
  switch (typeOf(schema)) {
    case 'string':
      return 12_345;
    case 'object':
      return 'not an object';
    case 'array':
      return { not: 'an array' };
    default:
      return { not: 'a scalar' };
  }
}

function fillPath(url: string, params: JsonSchema | undefined, override?: Record<string, string>): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    if (override?.[name] !== undefined) return encodeURIComponent(override[name]);
    const sample = params?.properties?.[name] ? sampleOf(params.properties[name]) : 'x';
    return encodeURIComponent(String(sample));
  });
}

/** Every malformed request the fuzzer sends to one route. */
export function probesFor(route: FuzzRoute, headers: Record<string, string>): FuzzProbe[] {
  const url = fillPath(route.url, route.params);
  const probes: FuzzProbe[] = [];
  const json = { ...headers, 'content-type': 'application/json' };

  for (const name of Object.keys(route.params?.properties ?? {})) {
    probes.push({ name: `param ${name} malformed`, request: { method: route.method as never, url: fillPath(route.url, route.params, { [name]: 'not a valid id \u0000' }), headers: json, payload: route.body ? '{}' : undefined } });
  }
  if (route.querystring?.properties) {
    for (const [name, prop] of Object.entries(route.querystring.properties)) {
      const bad = typeOf(prop) === 'string' ? HUGE : 'not-a-number';
      probes.push({ name: `query ${name} wrong`, request: { method: route.method as never, url: `${url}?${name}=${encodeURIComponent(bad)}`, headers } });
    }
  }
  if (!route.body) return probes;

  const valid = sampleOf(route.body) as Record<string, unknown>;
  const send = (name: string, payload: string, expectMention?: string): FuzzProbe => ({
    name,
    request: { method: route.method as never, url, headers: json, payload },
    ...(expectMention && { expectMention }),
  });
  probes.push(send('malformed JSON', '{"a": '));
  probes.push(send('empty body', ''));
  if (!acceptsNull(route.body)) probes.push(send('JSON null', 'null'));
  probes.push(send('JSON array', '[]'));
  probes.push(send('JSON string', '"text"'));
  probes.push(send('over the body limit', JSON.stringify({ blob: OVER_BODY_LIMIT })));
  if (typeOf(route.body) === 'object') {
    probes.push(send('unknown field', JSON.stringify({ ...valid, [FUZZ_KEY]: 1 }), FUZZ_KEY));
    for (const key of route.body.required ?? []) {
      const { [key]: _dropped, ...rest } = valid;
      probes.push(send(`missing ${key}`, JSON.stringify(rest)));
    }
    for (const [key, prop] of Object.entries(route.body.properties ?? {})) {
      probes.push(send(`wrong type for ${key}`, JSON.stringify({ ...valid, [key]: wrongTypeFor(prop) })));
      if (typeOf(prop) === 'string' && prop.enum === undefined) {
        probes.push(send(`huge string for ${key}`, JSON.stringify({ ...valid, [key]: HUGE })));
      }
    }
  }
  return probes;
}

/** What a fuzzed route answered wrongly, or null when the answer is a proper 4xx problem. */
export function judge(probe: FuzzProbe, response: LightMyRequestResponse): string | null {
  const { statusCode } = response;
  if (statusCode < 400 || statusCode >= 500) return `answered ${statusCode}: ${response.body.slice(0, 300)}`;
  const type = String(response.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json')) return `answered ${statusCode} with content-type ${type}`;
  const problem = response.json() as { code?: unknown; status?: unknown };
  if (typeof problem.code !== 'string' || problem.status !== statusCode) return `problem document lacks code/status: ${response.body.slice(0, 300)}`;
  if (probe.expectMention && !response.body.includes(probe.expectMention)) return `answer does not name ${probe.expectMention}: ${response.body.slice(0, 300)}`;
  return null;
}
