/**
 * HTTP throughput and latency of a whole Kontor process (all modules, embedded PostgreSQL, demo
 * data) on loopback: an unauthenticated liveness probe and an authenticated, tenant-scoped read
 * (RLS transaction included).
 *
 *   npm run bench -- http [--duration-ms 5000] [--concurrency 16]
 *
 * Traffic goes only to 127.0.0.1, bounded in time and in request count.
 */
import { parseArgs } from 'node:util';
import { DEMO_LOGIN } from '../src/modules/identity/index.js';
import { discardDataDir, note, report, reportLoad, round, runLoad, startBenchKontor } from './_lib.js';

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

const { kontor, dataDir, bootMs } = await startBenchKontor(NAME, 2 * durationMs + 90_000);
report({ name: NAME, metric: 'cold_start', value: round(bootMs, 1), unit: 'ms' });

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
  await discardDataDir(dataDir);
}
