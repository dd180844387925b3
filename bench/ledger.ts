/**
 * Ledger throughput and report speed on a whole Kontor process (embedded PostgreSQL, demo data):
 * journal postings per second through the HTTP API (audit, outbox event, rollup upsert and the
 * deferred balance check included), then the trial balance from the daily rollups after bulk
 * posting, next to the same totals computed by scanning the lines.
 *
 *   npm run bench -- ledger [--duration-ms 5000] [--concurrency 8] [--bulk-entries 20000]
 *
 * Traffic goes only to 127.0.0.1, bounded in time and in request count.
 */
import http from 'node:http';
import { parseArgs } from 'node:util';
import { DEMO_LOGIN } from '../src/modules/identity/index.js';
import type { LedgerApi } from '../src/modules/ledger/index.js';
import { discardDataDir, note, percentile, report, round, startBenchKontor } from './_lib.js';

const NAME = 'ledger';
const { values } = parseArgs({
  options: {
    'duration-ms': { type: 'string', default: '5000' },
    concurrency: { type: 'string', default: '8' },
    'max-requests': { type: 'string', default: '50000' },
    'bulk-entries': { type: 'string', default: '20000' },
  },
});
const durationMs = Number(values['duration-ms']);
const concurrency = Number(values.concurrency);
const maxRequests = Number(values['max-requests']);
const bulkEntries = Number(values['bulk-entries']);

const { kontor, dataDir } = await startBenchKontor(NAME, 2 * durationMs + 600_000);

const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

function request(url: string, method: string, headers: Record<string, string>, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers: { ...headers, ...(body && { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }) }, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

try {
  const base = kontor.url!.replace('0.0.0.0', '127.0.0.1');
  const login = await request(`${base}/api/v1/auth/login`, 'POST', {}, JSON.stringify({ email: DEMO_LOGIN.email, password: DEMO_LOGIN.password }));
  if (login.status !== 200) throw new Error(`demo login failed: ${login.status} ${login.text}`);
  const session = JSON.parse(login.text) as { accessToken: string; tenant: { id: string } };
  const auth = { authorization: `Bearer ${session.accessToken}` };
  const tenantId = session.tenant.id;
  const accounts = JSON.parse((await request(`${base}/api/v1/accounts?limit=200`, 'GET', auth)).text) as { items: { id: string; code: string }[] };
  const code = (c: string) => accounts.items.find((a) => a.code === c)!.id;
  const pairs = [
    [code('1110'), code('4100')],
    [code('1120'), code('4100')],
    [code('5200'), code('1120')],
    [code('1140'), code('2110')],
  ] as const;

  // 1. Postings through the HTTP API, closed loop.
  note(`posting through HTTP: ${concurrency} clients for ${durationMs} ms`);
  const latencies: number[] = [];
  let sent = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (performance.now() < deadline && sent < maxRequests) {
        const i = sent++;
        const [dr, cr] = pairs[(i + worker) % pairs.length]!;
        const amount = `${1 + (i % 997)}.${String(i % 100).padStart(2, '0')}`;
        const day = String(1 + (i % 28)).padStart(2, '0');
        const body = JSON.stringify({ post: true, date: `2026-05-${day}`, reference: `B-${i}`, lines: [{ accountId: dr, debit: amount }, { accountId: cr, credit: amount }] });
        const t0 = performance.now();
        const res = await request(`${base}/api/v1/journal-entries`, 'POST', auth, body);
        latencies.push(performance.now() - t0);
        if (res.status !== 201) {
          errors += 1;
          if (errors <= 3) note(`posting failed: ${res.status} ${res.text.slice(0, 300)}`);
        }
      }
    }),
  );
  const elapsed = performance.now() - started;
  latencies.sort((a, b) => a - b);
  report({ name: NAME, metric: 'http_post.throughput', value: round(((latencies.length - errors) / elapsed) * 1000, 1), unit: 'postings/s' });
  report({ name: NAME, metric: 'http_post.latency_p50', value: round(percentile(latencies, 50), 3), unit: 'ms' });
  report({ name: NAME, metric: 'http_post.latency_p99', value: round(percentile(latencies, 99), 3), unit: 'ms' });
  report({ name: NAME, metric: 'http_post.errors', value: errors, unit: 'count' });

  // 2. Bulk postings through the module API (ledger.post), 500 entries per transaction.
  // Statistics are refreshed between batches as autovacuum would on a live server: a table that was
  // never analyzed gets tenant-prefix index scans that filter every row of the tenant.
  const { sql } = await import('kysely');
  const analyze = () => sql`analyze ledger.journal_entries, ledger.journal_lines, ledger.accounts, ledger.daily_balances`.execute(kontor.database.db.system);
  await analyze();
  const ledger = kontor.context.modules.get<LedgerApi>('ledger');
  note(`bulk posting ${bulkEntries} entries through ledger.post`);
  const bulkStarted = performance.now();
  for (let start = 0; start < bulkEntries; start += 500) {
    await ledger.service.run(tenantId, async (tx) => {
      for (let i = start; i < Math.min(bulkEntries, start + 500); i++) {
        const [dr, cr] = pairs[i % pairs.length]!;
        const amount = BigInt(100 + (i % 100_000));
        const date = new Date(Date.UTC(2024, 0, 1 + (i % 730))).toISOString().slice(0, 10);
        await ledger.post(tx, { tenantId, date, source: { module: 'bench', id: `b-${i}` }, lines: [{ accountId: dr, debit: amount }, { accountId: cr, credit: amount }] });
      }
    });
    if (start % 5000 === 0) await analyze();
  }
  report({ name: NAME, metric: 'module_post.throughput', value: round((bulkEntries / (performance.now() - bulkStarted)) * 1000, 1), unit: 'postings/s' });

  // 3. Trial balance from rollups (HTTP, best of 5) vs. the same totals by scanning lines.
  const timeBest = async (fn: () => Promise<unknown>) => {
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await fn();
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  const tbMs = await timeBest(async () => {
    const res = await request(`${base}/api/v1/reports/trial-balance?asOf=2026-12-31`, 'GET', auth);
    if (res.status !== 200 || !(JSON.parse(res.text) as { balanced: boolean }).balanced) throw new Error(`trial balance: ${res.status} ${res.text.slice(0, 200)}`);
  });
  await analyze();
  const scanMs = await timeBest(() =>
    ledger.service.run(tenantId, (tx) =>
      sql`select l.account_id, sum(l.base_debit - l.base_credit) from ledger.journal_lines l join ledger.journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
          where e.status = 'posted' and l.entry_date <= '2026-12-31' group by l.account_id`.execute(tx),
    ),
  );
  const lines = await ledger.service.run(tenantId, (tx) => sql<{ n: string }>`select count(*)::text as n from ledger.journal_lines`.execute(tx));
  report({ name: NAME, metric: 'lines', value: Number(lines.rows[0]!.n), unit: 'count' });
  report({ name: NAME, metric: 'trial_balance_http', value: round(tbMs, 2), unit: 'ms' });
  report({ name: NAME, metric: 'trial_balance_line_scan_sql', value: round(scanMs, 2), unit: 'ms' });
} finally {
  agent.destroy();
  await kontor.stop();
  await discardDataDir(dataDir);
}
