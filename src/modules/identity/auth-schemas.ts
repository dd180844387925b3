import { z } from 'zod';
import { pageOf } from '../../platform/http/pagination.js';
import { CODE_PURPOSES } from './domain/codes.js';
import { ROLES } from './domain/roles.js';
import { MAX_PASSWORD_LENGTH } from './password-policy.js';
import { email } from './schemas.js';

/** A password being set: the policy (length, deny list) is checked by the service, with field issues. */
const newPassword = z.string().min(1).max(MAX_PASSWORD_LENGTH * 4);
const refreshToken = z.string().min(1).max(256);
const code = z.string().trim().min(1).max(32);

export const registerBody = z.strictObject({
  email,
  password: newPassword,
  name: z.string().trim().min(1).max(200),
});

export const emailOnlyBody = z.strictObject({ email });

export const verifyCodeBody = z.strictObject({
  email,
  code,
  purpose: z.enum(CODE_PURPOSES),
});

export const resetPasswordBody = z.strictObject({
  email,
  code,
  newPassword,
});

/** Refresh and logout: the token in the body (API clients) or in the `kontor_refresh` cookie (web). */
export const refreshBody = z.strictObject({ refreshToken: refreshToken.optional() }).nullish();

export const acceptedResponse = z.object({ status: z.enum(['verification_sent', 'code_sent']), detail: z.string() });
export const verifiedResponse = z.object({ purpose: z.enum(CODE_PURPOSES), verified: z.literal(true) });
export const resetResponse = z.object({ status: z.literal('password_reset'), sessionsEnded: z.number().int() });

export const grantResponse = z.object({
  accessToken: z.string(),
  tokenType: z.literal('Bearer'),
  expiresIn: z.number().int().describe('Seconds the access token is valid'),
  sessionId: z.uuid(),
  refreshToken: z.string().optional().describe('Absent for web clients (it is in the httpOnly cookie) and on tenant switch'),
  refreshExpiresAt: z.string().optional().describe('When the session ends unless refreshed before'),
  csrfToken: z.string().optional().describe('Web clients: echo it in X-CSRF-Token on /refresh and /logout'),
  user: z.object({ id: z.uuid(), email: z.string(), name: z.string() }),
  tenant: z.object({ id: z.uuid(), name: z.string(), role: z.enum(ROLES) }).nullable(),
});

/** 202 from /login when the account has two-factor on: no tokens until /login/2fa. */
export const challengeResponse = z.object({
  mfaRequired: z.literal(true),
  challenge: z.string().describe('Opaque; send it to /api/v1/auth/login/2fa within expiresAt'),
  expiresAt: z.string(),
  methods: z.array(z.enum(['totp', 'recovery_code'])),
});

const totpCode = z.string().trim().regex(/^\d{6}$/, 'the 6-digit code from your authenticator app');
const recoveryCode = z.string().trim().min(1).max(64);

/** Exactly one of `code` (from the app) and `recoveryCode`. */
export const secondFactorFields = { code: totpCode.optional(), recoveryCode: recoveryCode.optional() };
export const hasOneFactor = (body: { code?: string | undefined; recoveryCode?: string | undefined }) =>
  (body.code === undefined) !== (body.recoveryCode === undefined);
export const oneFactorIssue = { path: ['code'], message: 'send either code (from your authenticator app) or recoveryCode' };

export const secondFactorBody = z
  .strictObject({ challenge: z.string().min(1).max(128), ...secondFactorFields })
  .refine(hasOneFactor, oneFactorIssue);

export const sessionView = z.object({
  id: z.uuid(),
  current: z.boolean(),
  createdAt: z.string(),
  lastUsedAt: z.string(),
  expiresAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  actingTenantId: z.uuid().nullable(),
});
export const sessionList = z.object({ items: z.array(sessionView) });
export const sessionParams = z.object({ id: z.uuid() });

export const securityEventView = z.object({
  id: z.uuid(),
  type: z.string(),
  sessionId: z.uuid().nullable(),
  actingTenantId: z.uuid().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  occurredAt: z.string(),
});
export const securityEventPage = pageOf(securityEventView);

export const noContent = z.null().describe('No content');
