import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loggerOptions, redactUrl } from './logger.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: pino(loggerOptions('info'), stream), lines };
}

describe('log redaction', () => {
  it('never writes credentials, tokens or secrets', () => {
    const { logger, lines } = capture();
    logger.info(
      {
        req: { headers: { authorization: 'Bearer eyJsecret', cookie: 'sid=secret-cookie', 'x-api-key': 'kontor_live_secret', 'x-csrf-token': 'csrf-secret' } },
        body: { password: 'hunter2-secret', newPassword: 'n3w-secret', token: 'tok-secret', refreshToken: 'rt-secret', csrfToken: 'csrf2-secret', otp: '123456' },
        databaseUrl: 'postgres://u:pw-secret@h/db',
        smtpUrl: 'smtp://u:smtp-secret@h',
      },
      'request',
    );
    const out = lines.join('');
    expect(out).toContain('[redacted]');
    for (const secret of ['eyJsecret', 'secret-cookie', 'kontor_live_secret', 'hunter2', 'n3w-secret', 'tok-secret', 'rt-secret', 'csrf-secret', 'csrf2-secret', '123456', 'pw-secret', 'smtp-secret']) {
      expect(out).not.toContain(secret);
    }
  });

  it('blanks one-time secrets in logged request URLs (an OIDC callback\'s code and state)', () => {
    const { logger, lines } = capture();
    logger.info({ req: { method: 'GET', url: '/api/v1/auth/oidc/google/callback?code=c0de-secret&state=st4te-secret&iss=https%3A%2F%2Fidp' } }, 'incoming request');
    const out = lines.join('');
    expect(out).not.toContain('c0de-secret');
    expect(out).not.toContain('st4te-secret');
    expect(out).toContain('iss=https');
    expect(redactUrl('/api/v1/ledger?from=2026-01-01')).toBe('/api/v1/ledger?from=2026-01-01');
  });

  it('writes JSON lines with a service name and ISO time', () => {
    const { logger, lines } = capture();
    logger.info({ requestId: 'r-1' }, 'hello');
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({ service: 'kontor', msg: 'hello', requestId: 'r-1' });
    expect(String(line.time)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});
