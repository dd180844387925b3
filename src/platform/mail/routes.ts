import { AppError } from '../../kernel/index.js';
import { decodeCursor, toPage } from '../http/pagination.js';
import type { KontorApp } from '../http/types.js';
import type { KontorConfig } from '../config.js';
import { FileMailPort } from './file.js';
import { DevMailbox } from './mailbox.js';
import type { MailPort } from './port.js';
import { devMailDetail, devMailListQuery, devMailPage, devMailParams, devMailReadQuery } from './schemas.js';

const mailNotFound = () => new AppError('not_found', 'MAIL.NOT_FOUND', 'No such message in the development mailbox');

/**
 * The development mailbox: what the file mail port wrote, for any signed-in user to read. Never
 * served in production, nor when mail really goes out over SMTP.
 */
export interface MailDevRouteDeps {
  config: Pick<KontorConfig, 'env'>;
  mail: MailPort;
}

export function registerMailDevRoutes(app: KontorApp, deps: MailDevRouteDeps): void {
  if (deps.config.env === 'production' || !(deps.mail instanceof FileMailPort)) return;
  const mailbox = new DevMailbox(deps.mail.directory);

  app.get(
    '/api/v1/dev/mail',
    {
      config: { authenticated: true },
      schema: {
        tags: ['dev'],
        summary: 'Mail written by the file mail port, newest first (not in production)',
        querystring: devMailListQuery,
        response: { 200: devMailPage },
      },
    },
    async (request) => {
      const { cursor, limit, tag, to } = request.query;
      const after = decodeCursor(cursor)?.k;
      if (after !== undefined && typeof after !== 'string') throw invalidCursor();
      const page = toPage(await mailbox.list({ limit, tag, to, after }), limit, (m) => ({ k: m.file, id: m.id }));
      return { items: page.items.map(({ file: _file, ...summary }) => summary), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/v1/dev/mail/:id',
    {
      config: { authenticated: true },
      schema: {
        tags: ['dev'],
        summary: 'One message from the development mailbox, parsed (or raw with ?raw=1)',
        params: devMailParams,
        querystring: devMailReadQuery,
        response: { 200: devMailDetail },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (request.query.raw === '1' || request.query.raw === 'true') {
        const raw = await mailbox.raw(id);
        if (!raw) throw mailNotFound();
        // A Buffer bypasses the JSON serializer; the schema above describes the parsed form only.
        return reply.type('message/rfc822').send(raw as never);
      }
      const mail = await mailbox.read(id);
      if (!mail) throw mailNotFound();
      return mail;
    },
  );
}

function invalidCursor(): AppError {
  return new AppError('validation', 'REQUEST.INVALID_CURSOR', 'The cursor is not one this API issued', {
    errors: [{ path: 'querystring.cursor', message: 'invalid cursor' }],
  });
}
