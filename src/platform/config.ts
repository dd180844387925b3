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
  smtpUrl: string | undefined;
  mailFrom: string;
  redisUrl: string | undefined;
  logLevel: string;
  env: 'production' | 'development' | 'test';
  bodyLimitBytes: number;
  idempotencyTtlHours: number;
  publicUrl: string;
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
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Kontor <no-reply@kontor.local>',
    redisUrl: env.REDIS_URL || undefined,
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    env: nodeEnv,
    bodyLimitBytes: Number.parseInt(env.KONTOR_BODY_LIMIT ?? String(1024 * 1024), 10),
    idempotencyTtlHours: Number.parseInt(env.KONTOR_IDEMPOTENCY_TTL_HOURS ?? '24', 10),
    publicUrl: env.KONTOR_PUBLIC_URL ?? `http://${host}:${Number.isFinite(port) ? port : 3000}`,
  };
  return { ...base, ...overrides };
}
