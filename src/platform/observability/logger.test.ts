import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loggerOptions } from './logger.js';

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

  it('writes JSON lines with a service name and ISO time', () => {
    const { logger, lines } = capture();
    logger.info({ requestId: 'r-1' }, 'hello');
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({ service: 'kontor', msg: 'hello', requestId: 'r-1' });
    expect(String(line.time)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});
