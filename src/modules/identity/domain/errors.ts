import { AppError, type FieldIssue } from '../../../kernel/index.js';

export const invalidCredentials = () =>
  new AppError('unauthenticated', 'AUTH.INVALID_CREDENTIALS', 'Email or password is incorrect');
export const invalidToken = () => new AppError('unauthenticated', 'AUTH.INVALID_TOKEN', 'The access token is invalid or expired');
export const notMember = () => new AppError('forbidden', 'AUTH.NOT_A_MEMBER', 'You are not a member of that tenant');
export const tenantNotFound = () => new AppError('not_found', 'IDENTITY.TENANT_NOT_FOUND', 'No such tenant');
export const emailTaken = () => new AppError('conflict', 'IDENTITY.EMAIL_TAKEN', 'An account with this email already exists');

/** 429; `retryAfterSeconds` also becomes the `Retry-After` header. */
export const tooManyAttempts = (retryAfterSeconds: number) =>
  new AppError('too_many_requests', 'AUTH.TOO_MANY_ATTEMPTS', `Too many attempts; try again in ${retryAfterSeconds} s`, {
    extra: { retryAfterSeconds },
  });
export const invalidRefreshToken = () =>
  new AppError('unauthenticated', 'AUTH.INVALID_REFRESH_TOKEN', 'The refresh token is invalid, expired or revoked; sign in again');
export const refreshTokenReused = () =>
  new AppError('unauthenticated', 'AUTH.REFRESH_TOKEN_REUSED', 'This refresh token was already used; the session has been ended, sign in again');
export const refreshTokenRequired = () =>
  new AppError('unauthenticated', 'AUTH.REFRESH_TOKEN_REQUIRED', 'Send a refresh token in the body or the session cookie');
export const csrfFailed = () =>
  new AppError('forbidden', 'AUTH.CSRF_FAILED', 'Cookie-authenticated requests must echo the kontor_csrf cookie in X-CSRF-Token');
export const sessionNotFound = () => new AppError('not_found', 'AUTH.SESSION_NOT_FOUND', 'No such active session');
export const userRequired = () => new AppError('forbidden', 'AUTH.USER_REQUIRED', 'Only users can do this');
export const invalidCode = () =>
  new AppError('validation', 'AUTH.INVALID_CODE', 'The code is wrong, used or expired; request a new one', {
    errors: [{ path: 'body.code', message: 'wrong, used or expired' }],
  });
export const weakPassword = (issues: FieldIssue[]) =>
  new AppError('unprocessable', 'IDENTITY.WEAK_PASSWORD', 'Choose a stronger password', { errors: issues });
