/**
 * Typed application errors. Domain and service code throw these; the HTTP edge turns them into
 * RFC 9457 problem documents. Codes are stable identifiers (`MODULE.REASON`) that clients may rely on.
 */
export interface FieldIssue {
  /** JSON pointer-ish path into the request, e.g. `body.lines[2].amount`. */
  path: string;
  message: string;
  code?: string;
}

export type ErrorKind =
  | 'validation' // 400
  | 'unauthenticated' // 401
  | 'forbidden' // 403
  | 'not_found' // 404
  | 'conflict' // 409
  | 'precondition_failed' // 412
  | 'precondition_required' // 428
  | 'unprocessable' // 422
  | 'too_many_requests' // 429
  | 'payload_too_large' // 413
  | 'unsupported_media_type'; // 415

export const statusOfKind: Record<ErrorKind, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  precondition_required: 428,
  unprocessable: 422,
  too_many_requests: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
};

export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly code: string;
  readonly errors: FieldIssue[];
  readonly extra: Record<string, unknown>;

  constructor(
    kind: ErrorKind,
    code: string,
    message: string,
    options: { errors?: FieldIssue[]; extra?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.kind = kind;
    this.code = code;
    this.errors = options.errors ?? [];
    this.extra = options.extra ?? {};
  }

  get status(): number {
    return statusOfKind[this.kind];
  }
}

export const notFound = (code: string, message: string) => new AppError('not_found', code, message);
export const conflict = (code: string, message: string, extra?: Record<string, unknown>) =>
  new AppError('conflict', code, message, extra ? { extra } : {});
export const unprocessable = (code: string, message: string, errors: FieldIssue[] = []) =>
  new AppError('unprocessable', code, message, { errors });
export const forbidden = (code: string, message: string) => new AppError('forbidden', code, message);
export const unauthenticated = (code: string, message: string) =>
  new AppError('unauthenticated', code, message);

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
