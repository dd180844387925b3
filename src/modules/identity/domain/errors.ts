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

export const lastOwner = () =>
  new AppError('conflict', 'IDENTITY.LAST_OWNER', 'A tenant must keep at least one owner; make someone else owner first');
export const memberNotFound = () => new AppError('not_found', 'IDENTITY.MEMBER_NOT_FOUND', 'No such member');
export const alreadyMember = () => new AppError('conflict', 'IDENTITY.ALREADY_MEMBER', 'That person is already a member of this tenant');
export const invitationInvalid = () =>
  new AppError('not_found', 'IDENTITY.INVITATION_INVALID', 'The invitation is unknown, used, revoked or expired; ask for a new one');
export const invitationNotFound = () => new AppError('not_found', 'IDENTITY.INVITATION_NOT_FOUND', 'No such open invitation');
export const invitationEmailMismatch = () =>
  new AppError('forbidden', 'IDENTITY.INVITATION_EMAIL_MISMATCH', 'This invitation was sent to another email address; sign in with that address');
export const roleNotFound = () => new AppError('not_found', 'IDENTITY.ROLE_NOT_FOUND', 'No such role');
export const roleNameTaken = () => new AppError('conflict', 'IDENTITY.ROLE_NAME_TAKEN', 'A role with this name already exists');
export const roleInUse = (members: number) =>
  new AppError('conflict', 'IDENTITY.ROLE_IN_USE', 'Members or open invitations still have this role; give them another first', { extra: { members } });
export const unknownPermissions = (keys: string[]) =>
  new AppError('validation', 'IDENTITY.UNKNOWN_PERMISSION', `Unknown permission keys: ${keys.join(', ')}`, {
    errors: keys.map((k) => ({ path: 'body.permissions', message: `unknown permission ${k}` })),
    extra: { permissions: keys },
  });
export const cannotGrant = () =>
  new AppError('forbidden', 'IDENTITY.CANNOT_GRANT', 'You cannot grant more than you hold yourself, and only owners manage owners');
export const apiKeyNotFound = () => new AppError('not_found', 'IDENTITY.API_KEY_NOT_FOUND', 'No such API key');
export const invalidApiKey = () => new AppError('unauthenticated', 'AUTH.INVALID_API_KEY', 'The API key is invalid, expired or revoked');
export const storeNotFound = () => new AppError('not_found', 'IDENTITY.STORE_NOT_FOUND', 'No such store');
export const storeArchived = () => new AppError('conflict', 'IDENTITY.STORE_ARCHIVED', 'The store is archived');
export const storeCodeTaken = () => new AppError('conflict', 'IDENTITY.STORE_CODE_TAKEN', 'Another store already uses this code');
export const invalidGstin = (problem: string, path = 'body.gstin') =>
  new AppError('validation', 'IDENTITY.INVALID_GSTIN', `The GSTIN is not valid (${problem})`, { errors: [{ path, message: `invalid GSTIN: ${problem}` }] });
export const invalidGstRegistration = (message: string) =>
  new AppError('unprocessable', 'IDENTITY.INVALID_GST_REGISTRATION', message, { errors: [{ path: 'body.gstRegistration', message }] });
export const planLimitReached = (meter: string, limit: number, plan: string) =>
  new AppError('forbidden', `PLAN.${meter.toUpperCase()}_LIMIT_REACHED`, `The ${plan} plan allows ${limit} ${meter.replace(/_/g, ' ')}; upgrade to add more`, {
    extra: { meter, limit, plan },
  });
export const planTooSmall = (meter: string, used: number, limit: number) =>
  new AppError('conflict', 'PLAN.USAGE_EXCEEDS_LIMITS', `Current ${meter.replace(/_/g, ' ')} (${used}) exceed the plan's limit (${limit})`, {
    extra: { meter, used, limit },
  });
