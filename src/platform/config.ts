import path from 'node:path';
import { z } from 'zod';

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
  /** OpenID Connect sign-in providers, from `KONTOR_OIDC_<ID>_*` (docs/operator/oidc.md). */
  oidcProviders: OidcProviderSetting[];
  /** Where the ledger fetches ECB euro reference rates (eurofxref-daily.xml format). */
  ecbRatesUrl: string;
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
    oidcProviders: parseOidcProviders(env),
    ecbRatesUrl: env.KONTOR_ECB_RATES_URL ?? 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml',
  };
  return { ...base, ...overrides };
}

/** `true` (trust every proxy) or a comma list of addresses/CIDRs (`loopback`, `10.0.0.0/8`). */
function parseTrustProxy(value: string | undefined): boolean | string[] {
  if (value === undefined || value.trim() === '' || value === 'false') return false;
  if (value === 'true') return true;
  return value.split(',').map((part) => part.trim()).filter(Boolean);
}

export interface OidcProviderSetting {
  /** Lower case; names the provider in URLs (`/api/v1/auth/oidc/<id>/start`). */
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
}

const OIDC_VAR_RE = /^KONTOR_OIDC_([A-Z][A-Z0-9]{0,31})_(ISSUER|CLIENT_ID|CLIENT_SECRET|NAME)$/;
const OIDC_PRESETS: Record<string, { issuer: string; name: string }> = { google: { issuer: 'https://accounts.google.com', name: 'Google' } };
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

const oidcProviderSetting = z.object({
  id: z.string(),
  name: z.string().trim().min(1).max(60),
  issuer: z.url().refine((value) => {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  }, 'must be an https URL (plain http only on a loopback address)'),
  clientId: z.string().min(1).max(512),
  clientSecret: z.string().min(1).max(512),
});

/**
 * One provider per `<ID>` with a `KONTOR_OIDC_<ID>_CLIENT_ID`; `GOOGLE` comes with its issuer and
 * name. Any other `KONTOR_OIDC_*` variable, or an invalid setting, stops the start-up.
 */
export function parseOidcProviders(env: NodeJS.ProcessEnv): OidcProviderSetting[] {
  const byId = new Map<string, Record<string, string>>();
  for (const [key, value] of Object.entries(env)) {
    if (!key.startsWith('KONTOR_OIDC_') || value === undefined) continue;
    const match = OIDC_VAR_RE.exec(key);
    if (!match) throw new Error(`${key}: not an OIDC setting; use KONTOR_OIDC_<ID>_ISSUER, _CLIENT_ID, _CLIENT_SECRET or _NAME`);
    const id = match[1]!.toLowerCase();
    byId.set(id, { ...byId.get(id), [match[2]!]: value });
  }
  return [...byId].map(([id, vars]) => {
    const preset = OIDC_PRESETS[id];
    const parsed = oidcProviderSetting.safeParse({
      id,
      name: vars.NAME ?? preset?.name ?? id,
      issuer: vars.ISSUER ?? preset?.issuer,
      clientId: vars.CLIENT_ID,
      clientSecret: vars.CLIENT_SECRET,
    });
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      throw new Error(`OIDC provider ${id.toUpperCase()} (KONTOR_OIDC_${id.toUpperCase()}_*): ${problems}`);
    }
    return parsed.data;
  });
}
