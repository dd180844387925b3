export type { KontorApp, Principal, Authenticator, RequestContext } from './types.js';
export { actorOf } from './types.js';
export { requireTenant, requirePrincipal, hasPermission } from './auth.js';
export { etagOf, setEtag, requireIfMatch, staleVersion, ifNoneMatchHit } from './etag.js';
export { pageQuery, pageOf, encodeCursor, decodeCursor, toPage, type PageQuery, type CursorPosition } from './pagination.js';
export { sendProblem, problemType, PROBLEM_CONTENT_TYPE, type Problem } from './problem.js';
export const problemSchemaRef = 'Problem';
export { currency, isoDate, isRealDate, money } from './fields.js';
