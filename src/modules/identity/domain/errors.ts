import { AppError } from '../../../kernel/index.js';

export const invalidCredentials = () =>
  new AppError('unauthenticated', 'AUTH.INVALID_CREDENTIALS', 'Email or password is incorrect');
export const invalidToken = () => new AppError('unauthenticated', 'AUTH.INVALID_TOKEN', 'The access token is invalid or expired');
export const notMember = () => new AppError('forbidden', 'AUTH.NOT_A_MEMBER', 'You are not a member of that tenant');
export const tenantNotFound = () => new AppError('not_found', 'IDENTITY.TENANT_NOT_FOUND', 'No such tenant');
export const emailTaken = () => new AppError('conflict', 'IDENTITY.EMAIL_TAKEN', 'An account with this email already exists');
