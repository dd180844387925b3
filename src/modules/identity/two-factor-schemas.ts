import { z } from 'zod';
import { hasOneFactor, oneFactorIssue, secondFactorFields } from './auth-schemas.js';
import { ROLES } from './domain/roles.js';
import { password } from './schemas.js';

const totpCode = z.string().trim().regex(/^\d{6}$/, 'the 6-digit code from your authenticator app');

export const setupBody = z.strictObject({ password });
export const enableBody = z.strictObject({ code: totpCode });
export const disableBody = z.strictObject({ password, ...secondFactorFields }).refine(hasOneFactor, oneFactorIssue);
export const regenerateBody = z.strictObject({ code: totpCode });

export const policyBody = z.strictObject({
  require2faRoles: z
    .array(z.enum(ROLES))
    .max(ROLES.length)
    .refine((roles) => new Set(roles).size === roles.length, 'list each role once')
    .describe('Members with these roles must turn on two-factor authentication; [] requires it of nobody'),
});

export const statusResponse = z.object({
  enabled: z.boolean(),
  enabledAt: z.string().nullable(),
  pending: z.boolean().describe('Set up, waiting for the first code'),
  recoveryCodesRemaining: z.number().int(),
  requiredBy: z
    .array(z.object({ tenantId: z.uuid(), tenantName: z.string(), role: z.enum(ROLES) }))
    .describe('Businesses whose policy requires two-factor authentication for your role there'),
});

export const setupResponse = z.object({
  secret: z.string().describe('Base32; type it into the app if you cannot scan the QR code'),
  otpauthUri: z.string().describe('otpauth://totp/… — render it as a QR code'),
  issuer: z.string(),
  account: z.string(),
});

export const recoveryCodesResponse = z.object({
  enabled: z.literal(true),
  recoveryCodes: z.array(z.string()).describe('Shown once: each works once, instead of a code from the app'),
});
