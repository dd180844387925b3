import { AppError } from '../../../kernel/index.js';

/** Problems of two-factor enrolment, sign-in and policy (stable codes clients may rely on). */

export const invalidTwoFactorCode = (path = 'body.code') =>
  new AppError('validation', 'AUTH.INVALID_TWO_FACTOR_CODE', 'The code is wrong or was already used; enter the current code from your app', {
    errors: [{ path, message: 'wrong or already used' }],
  });
export const invalidChallenge = () =>
  new AppError('unauthenticated', 'AUTH.INVALID_CHALLENGE', 'The sign-in step expired or was already used; sign in again with your password');
export const passwordIncorrect = () =>
  new AppError('forbidden', 'IDENTITY.PASSWORD_INCORRECT', 'Your password is incorrect', {
    errors: [{ path: 'body.password', message: 'incorrect password' }],
  });
export const twoFactorAlreadyEnabled = () =>
  new AppError('conflict', 'IDENTITY.TWO_FACTOR_ALREADY_ENABLED', 'Two-factor authentication is already on; turn it off first to set up a new app');
export const twoFactorNotSetUp = () =>
  new AppError('conflict', 'IDENTITY.TWO_FACTOR_NOT_SET_UP', 'Start the set-up first (POST /api/v1/auth/2fa/setup)');
export const twoFactorNotEnabled = () => new AppError('conflict', 'IDENTITY.TWO_FACTOR_NOT_ENABLED', 'Two-factor authentication is not on');
export const twoFactorRequired = (role: string) =>
  new AppError('forbidden', 'IDENTITY.TWO_FACTOR_REQUIRED', `This business requires two-factor authentication for the ${role} role; set it up in your profile first`, {
    extra: { role, setup: '/api/v1/auth/2fa/setup' },
  });
export const enableTwoFactorFirst = () =>
  new AppError('conflict', 'IDENTITY.ENABLE_TWO_FACTOR_FIRST', 'Turn on two-factor authentication for yourself before requiring it for your own role', {
    errors: [{ path: 'body.require2faRoles', message: 'includes your role, and you have no two-factor authentication' }],
  });
