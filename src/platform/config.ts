import path from 'node:path';

/** Everything Kontor reads from the environment, in one typed place. */
export interface KontorConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Optional separate URL for the RLS-bound application role (external databases only). */
  databaseAppUrl: string | undefined;
  natsUrl: string | undefined;
  rabbitmqUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  redisUrl: string | undefined;
  logLevel: string;
  env: 'production' | 'development' | 'test';
  bodyLimitBytes: number;
  /** Fastify `trustProxy`: which proxies may set X-Forwarded-For (per-IP limits need the real client). */
  trustProxy: boolean | string[];
  idempotencyTtlHours: number;
  publicUrl: string;
  /** Failed sign-ins allowed per account in one throttle window before answering 429. */
  loginMaxFailuresPerAccount: number;
  /** Failed sign-ins allowed per client IP (IPv6: per /64) in one throttle window. */
  loginMaxFailuresPerIp: number;
  loginThrottleWindowSeconds: number;
}

function positiveInt(value: string | undefined, fallback: number): number {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<KontorConfig> = {}): KontorConfig {
  const port = Number.parseInt(env.PORT ?? '3000', 10);
  const host = env.HOST ?? '127.0.0.1';
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const base: KontorConfig = {
    port: Number.isFinite(port) ? port : 3000,
    host,
    dataDir: path.resolve(env.KONTOR_DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    databaseAppUrl: env.DATABASE_APP_URL || undefined,
    natsUrl: env.NATS_URL || undefined,
    rabbitmqUrl: env.RABBITMQ_URL || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Kontor <no-reply@kontor.local>',
    redisUrl: env.REDIS_URL || undefined,
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    env: nodeEnv,
    trustProxy: parseTrustProxy(env.KONTOR_TRUST_PROXY),
    bodyLimitBytes: Number.parseInt(env.KONTOR_BODY_LIMIT ?? String(1024 * 1024), 10),
    idempotencyTtlHours: Number.parseInt(env.KONTOR_IDEMPOTENCY_TTL_HOURS ?? '24', 10),
    publicUrl: env.KONTOR_PUBLIC_URL ?? `http://${host}:${Number.isFinite(port) ? port : 3000}`,
    loginMaxFailuresPerAccount: positiveInt(env.KONTOR_LOGIN_MAX_FAILURES_PER_ACCOUNT, 5),
    loginMaxFailuresPerIp: positiveInt(env.KONTOR_LOGIN_MAX_FAILURES_PER_IP, 50),
    loginThrottleWindowSeconds: positiveInt(env.KONTOR_LOGIN_THROTTLE_WINDOW_SECONDS, 900),
  };
  return { ...base, ...overrides };
}

/** `true` (trust every proxy) or a comma list of addresses/CIDRs (`loopback`, `10.0.0.0/8`). */
function parseTrustProxy(value: string | undefined): boolean | string[] {
  if (value === undefined || value.trim() === '' || value === 'false') return false;
  if (value === 'true') return true;
  return value.split(',').map((part) => part.trim()).filter(Boolean);
}
