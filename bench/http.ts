/**
 * HTTP throughput and latency of a whole Kontor process (all modules, embedded PostgreSQL, demo
 * data) on loopback: an unauthenticated liveness probe and an authenticated, tenant-scoped read
 * (RLS transaction included).
 *
 *   npm run bench -- http [--duration-ms 5000] [--concurrency 16]
 *
 * Traffic goes only to 127.0.0.1, bounded in time and in request count.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_LOGIN } from '../src/modules/identity/index.js';
import { loadConfig } from '../src/platform/config.js';
import { startKontor } from '../src/runtime.js';
import { discardDataDir, note, report, reportLoad, round, runLoad } from './_lib.js';

const NAME = 'http';
const { values } = parseArgs({
  options: {
    'duration-ms': { type: 'string', default: '5000' },
    concurrency: { type: 'string', default: '16' },
    'max-requests': { type: 'string', default: '200000' },
  },
});
const durationMs = Number(values['duration-ms']);
const concurrency = Number(values.concurrency);
const maxRequests = Number(values['max-requests']);

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kontor-bench-'));
await fs.chmod(dataDir, 0o755); // the embedded PostgreSQL runs as `postgres` when we are root
const env: NodeJS.ProcessEnv = { ...process.env, KONTOR_DATA_DIR: dataDir, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' };
delete env.DATABASE_URL;
delete env.DATABASE_APP_URL;
delete env.NATS_URL;
delete env.SMTP_URL;
const config = loadConfig(env, { port: 0, host: '127.0.0.1' });

// Never hang: a bench that cannot finish says so and exits.
const watchdog = setTimeout(() => {
  note(`bench ${NAME} did not finish in time`);
  void discardDataDir(dataDir).finally(() => process.exit(1));
}, 2 * durationMs + 90_000);
watchdog.unref();

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void discardDataDir(dataDir).finally(() => process.exit(130)));
}

const bootStarted = performance.now();
const kontor = await startKontor({ config, demo: true, listen: true }).catch(async (error: unknown) => {
  note(`Kontor did not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  await discardDataDir(dataDir);
  process.exit(1);
});
report({ name: NAME, metric: 'cold_start', value: round(performance.now() - bootStarted, 1), unit: 'ms' });

try {
  const base = kontor.url!.replace('0.0.0.0', '127.0.0.1');
  note(`Kontor at ${base}; ${concurrency} concurrent clients for ${durationMs} ms per scenario`);

  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO_LOGIN.email, password: DEMO_LOGIN.password }),
  });
  if (login.status !== 200) throw new Error(`demo login failed: ${login.status} ${await login.text()}`);
  const session = (await login.json()) as { accessToken: string; tenant: { id: string } | null };
  if (!session.tenant) throw new Error('demo login returned no tenant');
  const auth = { authorization: `Bearer ${session.accessToken}` };
  const tenantUrl = `${base}/api/v1/tenants/${session.tenant.id}`;

  const probe = await fetch(tenantUrl, { headers: auth });
  if (probe.status !== 200) throw new Error(`GET ${tenantUrl} answered ${probe.status}: ${await probe.text()}`);
  await probe.arrayBuffer();

  const load = { concurrency, durationMs, maxRequests, warmupRequests: 200 };
  reportLoad(NAME, 'healthz', await runLoad({ url: `${base}/healthz` }, load));
  reportLoad(NAME, 'tenant_get', await runLoad({ url: tenantUrl, headers: auth }, load));
} finally {
  await kontor.stop();
  await fs.rm(dataDir, { recursive: true, force: true });
}
