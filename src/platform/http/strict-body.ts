import type { RouteOptions } from 'fastify';

interface ZodLike {
  _zod?: { def?: { type?: string; catchall?: ZodLike; innerType?: ZodLike; in?: ZodLike; options?: ZodLike[] } };
}

/** True when the schema (through wrappers) is an object that rejects unknown keys. */
function rejectsUnknownKeys(schema: ZodLike | undefined): boolean {
  const def = schema?._zod?.def;
  if (!def) return false;
  switch (def.type) {
    case 'object':
      return def.catchall?._zod?.def?.type === 'never';
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return rejectsUnknownKeys(def.innerType);
    case 'pipe':
      return rejectsUnknownKeys(def.in);
    case 'union':
      return (def.options ?? []).every(rejectsUnknownKeys);
    default:
      return true; // arrays, scalars: nothing to leak through
  }
}

/**
 * Request bodies must be strict (`z.strictObject`): a misspelt field is an error the caller sees,
 * never a value silently dropped.
 */
export function assertStrictBody(route: RouteOptions): void {
  const body = (route.schema as { body?: ZodLike } | undefined)?.body;
  if (body && !rejectsUnknownKeys(body)) {
    throw new Error(`Route ${String(route.method)} ${route.url}: body schema must reject unknown keys (use z.strictObject)`);
  }
}
