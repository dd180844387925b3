import createClient from 'openapi-fetch';
import type { Problem } from '../lib/problem';
import type { paths } from './schema';
import { session } from './session';

/**
 * The typed Kontor API client: paths, parameters and bodies are checked against schema.d.ts,
 * which scripts/gen-api-types.mjs generates from the server's OpenAPI document.
 */
export const api = createClient<paths>({ baseUrl: '', fetch: session.fetch });

/** Thrown by `unwrap`: the problem document of a failed call. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }
}

/** `unwrap(await api.GET(...))`: the data of a successful call, else throws ApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  const problem = (
    typeof result.error === 'object' && result.error !== null
      ? result.error
      : { title: typeof result.error === 'string' && result.error ? result.error : `HTTP ${result.response.status}` }
  ) as Problem;
  throw new ApiError(result.response.status, problem);
}
