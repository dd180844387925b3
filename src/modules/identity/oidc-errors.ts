import { AppError } from '../../kernel/index.js';

/**
 * Problems of the OpenID Connect sign-in. The browser flow turns them into a redirect to the
 * sign-in page (`notice` = the message, `oidcError` = the code) rather than a JSON document.
 */
export const oidcProviderNotFound = () => new AppError('not_found', 'AUTH.OIDC_PROVIDER_NOT_FOUND', 'No such sign-in provider is configured');
export const oidcStateInvalid = () =>
  new AppError(
    'unauthenticated',
    'AUTH.OIDC_STATE_INVALID',
    'This sign-in attempt is unknown, expired, already used or was started in another browser; start again',
  );
export const oidcUnavailable = (provider: string) =>
  new AppError('unauthenticated', 'AUTH.OIDC_PROVIDER_UNAVAILABLE', `${provider} cannot be reached right now; try again later`);
export const oidcFailed = (provider: string) =>
  new AppError('unauthenticated', 'AUTH.OIDC_FAILED', `Signing in with ${provider} did not complete; try again`);
export const oidcEmailMissing = (provider: string) =>
  new AppError('forbidden', 'AUTH.OIDC_EMAIL_MISSING', `${provider} did not share an email address, which Kontor needs to sign you in`);
export const oidcEmailUnverified = (provider: string) =>
  new AppError(
    'forbidden',
    'AUTH.OIDC_EMAIL_UNVERIFIED',
    `${provider} has not verified your email address; verify it there first, or sign in with your password`,
  );
export const oidcLinkConflict = () =>
  new AppError('conflict', 'AUTH.OIDC_LINK_CONFLICT', 'Another sign-in changed this account at the same moment; try again');
