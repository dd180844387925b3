import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type FieldIssue, isAppError } from '../../kernel/index.js';
import type { KontorApp } from './types.js';

/** RFC 9457 problem document, with Kontor's stable `code` and per-field `errors`. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: string;
  requestId?: string;
  errors?: FieldIssue[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problemType(code: string): string {
  return `urn:kontor:problem:${code.toLowerCase()}`;
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  detail: string,
  extra: { errors?: FieldIssue[]; [key: string]: unknown } = {},
): FastifyReply {
  const problem: Problem = {
    type: problemType(code),
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    instance: request.url,
    code,
    requestId: request.id,
    ...extra,
  };
  if (problem.errors !== undefined && problem.errors.length === 0) delete problem.errors;
  return reply.code(status).type(PROBLEM_CONTENT_TYPE).send(problem);
}

/** Maps a fastify/zod validation failure to field paths such as `body.lines[2].amount`. */
function validationIssues(error: FastifyError & { validation?: unknown[]; validationContext?: string }): FieldIssue[] {
  const context = error.validationContext ?? 'request';
  const list = (error.validation ?? []) as { instancePath?: string; message?: string; keyword?: string; params?: { missingProperty?: string } }[];
  return list.map((item) => {
    const segments = (item.instancePath ?? '').split('/').filter(Boolean);
    if (item.params?.missingProperty) segments.push(item.params.missingProperty);
    const path = segments.reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : `${acc}.${seg}`), context);
    return { path, message: item.message ?? 'is invalid', code: item.keyword ?? 'invalid' };
  });
}

interface PgError {
  code?: string;
  detail?: string;
  constraint?: string;
  column?: string;
  severity?: string;
}

function isPgError(error: unknown): error is PgError & Error {
  return (
    error instanceof Error &&
    typeof (error as PgError).code === 'string' &&
    /^[0-9A-Z]{5}$/.test((error as PgError).code!) &&
    typeof (error as PgError).severity === 'string'
  );
}

/**
 * Database errors that reach the edge are a safety net: the input slipped past validation. They
 * become 4xx answers with a stable code rather than 500s.
 */
const PG_ERRORS: Record<string, [number, string, string]> = {
  '23505': [409, 'DB.UNIQUE_VIOLATION', 'A record with these values already exists'],
  '23503': [409, 'DB.REFERENCE_VIOLATION', 'A referenced record does not exist or is still in use'],
  '23514': [422, 'DB.CHECK_VIOLATION', 'A value breaks a rule of the data model'],
  '23502': [422, 'DB.NOT_NULL_VIOLATION', 'A required value is missing'],
  '22P02': [400, 'DB.INVALID_TEXT', 'A value has the wrong format'],
  '22003': [422, 'DB.OUT_OF_RANGE', 'A number is out of range'],
  '22001': [422, 'DB.VALUE_TOO_LONG', 'A value is too long'],
  '22007': [400, 'DB.INVALID_DATETIME', 'A date or time has the wrong format'],
  '22008': [422, 'DB.DATETIME_OUT_OF_RANGE', 'A date or time is out of range'],
  '22021': [400, 'DB.INVALID_ENCODING', 'Text contains characters that cannot be stored'],
  '40001': [409, 'DB.SERIALIZATION_FAILURE', 'A concurrent change conflicted with this one; retry'],
  '40P01': [409, 'DB.DEADLOCK', 'A concurrent change conflicted with this one; retry'],
  '42501': [403, 'DB.INSUFFICIENT_PRIVILEGE', 'Not permitted'],
};

export function registerProblemHandlers(app: KontorApp): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isAppError(error)) {
      return sendProblem(request, reply, error.status, error.code, error.message, { errors: error.errors, ...error.extra });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return sendProblem(request, reply, 400, 'REQUEST.VALIDATION_FAILED', 'The request does not match the schema', {
        errors: validationIssues(error),
      });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response failed its schema');
      return sendProblem(request, reply, 500, 'INTERNAL.RESPONSE_SCHEMA', 'The server produced an invalid response');
    }
    if (isPgError(error)) {
      const pgError: PgError = error;
      const mapped = PG_ERRORS[pgError.code!];
      if (mapped) {
        request.log.warn({ pgCode: pgError.code, constraint: pgError.constraint }, 'database rejected input');
        return sendProblem(request, reply, mapped[0], mapped[1], mapped[2], pgError.constraint ? { constraint: pgError.constraint } : {});
      }
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return sendProblem(request, reply, status, fastifyCode(error, status), error.message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, 500, 'INTERNAL.ERROR', 'An unexpected error occurred');
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, 404, 'ROUTE.NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}`),
  );
}

function fastifyCode(error: FastifyError, status: number): string {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return 'REQUEST.MALFORMED_JSON';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'REQUEST.EMPTY_BODY';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'REQUEST.BODY_TOO_LARGE';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'REQUEST.INVALID_CONTENT_LENGTH';
    default:
      if (error instanceof SyntaxError) return 'REQUEST.MALFORMED_JSON';
      return `HTTP.${status}`;
  }
}

export { AppError };
