import type { LoggerOptions } from 'pino';

/** Paths pino blanks out wherever they appear in a log line. Secrets never reach the log. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.csrfToken',
  '*.secret',
  '*.apiKey',
  '*.otp',
  '*.totp',
  'password',
  'token',
  'secret',
  'databaseUrl',
  'smtpUrl',
];

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    base: { service: 'kontor' },
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
  };
}
