import type { FastifyReply, FastifyRequest } from 'fastify';
import { now } from '../../kernel/index.js';
import { csrfFailed } from './domain/errors.js';

/**
 * The browser flow. A web client (header `X-Kontor-Client: web`) keeps its refresh token in an
 * httpOnly, SameSite=Strict cookie scoped to /api/v1/auth, which page scripts cannot read; the
 * access token stays in memory and travels as a bearer header. Cookie-authenticated requests
 * (refresh, logout) must also echo the readable `kontor_csrf` cookie in `X-CSRF-Token`
 * (double submit), and that token must match the one bound to the session.
 */
export const REFRESH_COOKIE = 'kontor_refresh';
export const CSRF_COOKIE = 'kontor_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const CLIENT_HEADER = 'x-kontor-client';
const REFRESH_COOKIE_PATH = '/api/v1/auth';

export function isWebClient(request: FastifyRequest): boolean {
  return String(request.headers[CLIENT_HEADER] ?? '').toLowerCase() === 'web';
}

export interface CookiePolicy {
  /** Mark cookies Secure: when the public URL is https, or this request came over https. */
  secure(request: FastifyRequest): boolean;
}

export function cookiePolicy(publicUrl: string): CookiePolicy {
  const httpsDeployment = publicUrl.startsWith('https:');
  return { secure: (request) => httpsDeployment || request.protocol === 'https' };
}

export function setSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  policy: CookiePolicy,
  grant: { refreshToken: string; csrfToken: string; expiresAt: Date },
): void {
  const secure = policy.secure(request);
  const maxAge = Math.max(0, Math.floor((grant.expiresAt.getTime() - now().getTime()) / 1000));
  reply.setCookie(REFRESH_COOKIE, grant.refreshToken, { httpOnly: true, secure, sameSite: 'strict', path: REFRESH_COOKIE_PATH, maxAge });
  reply.setCookie(CSRF_COOKIE, grant.csrfToken, { httpOnly: false, secure, sameSite: 'strict', path: '/', maxAge });
}

export function clearSessionCookies(request: FastifyRequest, reply: FastifyReply, policy: CookiePolicy): void {
  const secure = policy.secure(request);
  reply.clearCookie(REFRESH_COOKIE, { httpOnly: true, secure, sameSite: 'strict', path: REFRESH_COOKIE_PATH });
  reply.clearCookie(CSRF_COOKIE, { httpOnly: false, secure, sameSite: 'strict', path: '/' });
}

/**
 * The refresh token from the cookie, with the CSRF token the request echoed. Undefined when there
 * is no refresh cookie; throws 403 when the echo is missing or differs from the CSRF cookie.
 */
export function cookieCredentials(request: FastifyRequest): { refreshToken: string; csrf: string } | undefined {
  const refreshToken = request.cookies[REFRESH_COOKIE];
  if (!refreshToken) return undefined;
  const header = request.headers[CSRF_HEADER];
  const echoed = typeof header === 'string' ? header : undefined;
  const cookie = request.cookies[CSRF_COOKIE];
  if (!echoed || !cookie || echoed !== cookie || echoed.length > 128) throw csrfFailed();
  return { refreshToken, csrf: echoed };
}
