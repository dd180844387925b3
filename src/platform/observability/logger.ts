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

/** Query parameters that carry one-time secrets (an OIDC callback's `code` and `state`, link tokens). */
const SECRET_QUERY_PARAMS = new Set(['code', 'state', 'token', 'key', 'challenge', 'mfa', 'id_token', 'access_token']);

/** The URL with the values of secret-bearing query parameters replaced. */
export function redactUrl(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const params = new URLSearchParams(url.slice(at + 1));
  let changed = false;
  for (const name of [...params.keys()]) {
    if (SECRET_QUERY_PARAMS.has(name.toLowerCase())) {
      params.set(name, '[redacted]');
      changed = true;
    }
  }
  return changed ? `${url.slice(0, at)}?${params.toString()}` : url;
}

interface LoggedRequest {
  method?: string;
  url?: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      req: (req: LoggedRequest) => ({
        method: req.method,
        url: typeof req.url === 'string' ? redactUrl(req.url) : req.url,
        host: req.host,
        remoteAddress: req.ip,
        remotePort: req.socket?.remotePort,
      }),
    },
    base: { service: 'kontor' },
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
  };
}
