/**
 * Ledger throughput and report speed, in one run on one embedded PostgreSQL cluster:
 *
 * 1. journal postings per second through the HTTP API (`POST /api/v1/journal-entries`, posted:
 *    audit, outbox events, rollups and the database's posting checks included) from `--concurrency`
 *    keep-alive clients, with p50/p95/p99 latency, the load average when it starts, and the CPU
 *    time per posting of this process (server and load generator) and of PostgreSQL;
 * 2. pgbench's built-in tpcb-like script at `--pgbench-clients` on a scratch database of the same
 *    cluster (`pgbench -i -s <scale>`), and the ratio of the two (the two take turns, `--rounds`
 *    times each, and each figure is the total over its rounds);
 * 3. `--lines` journal lines generated set-wise (see generateLines), then the trial balance and a
 *    one-quarter profit and loss from the daily rollups, p50/p95 over `--report-runs` runs;
 * 4. `hledger -f FILE bal` on a journal of about `--hledger-postings` postings exported from Kontor,
 *    next to Kontor's trial balance of the same postings.
 *
 *   npm run bench -- ledger [--duration-ms 10000] [--rounds 2] [--concurrency 32] [--pgbench-clients 16]
 *        [--pgbench-scale 16] [--lines 10000000] [--report-runs 50] [--hledger-postings 1000000]
 *
 * `--lines 1000000` runs in a few minutes; the 10M default takes much longer on a small machine.
 * Pass `--pgbench-clients 0` or `--hledger-postings 0` to skip those parts. HTTP traffic goes only
 * to 127.0.0.1, bounded in time and in request count.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { DEMO_LOGIN } from '../src/modules/identity/index.js';
import type { LedgerApi } from '../src/modules/ledger/index.js';
import { discardDataDir, note, percentile, postgresCpuBetween, postgresCpuMs, processCpuMs, report, round, runLoad, startBenchKontor } from './_lib.js';

const NAME = 'ledger';
const run = promisify(execFile);
const { values } = parseArgs({
  options: {
    'duration-ms': { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '2' },
    concurrency: { type: 'string', default: '32' },
    'max-requests': { type: 'string', default: '200000' },
    'pgbench-clients': { type: 'string', default: '16' },
    'pgbench-scale': { type: 'string', default: '16' },
    lines: { type: 'string', default: '10000000' },
    'report-runs': { type: 'string', default: '50' },
    'hledger-postings': { type: 'string', default: '1000000' },
  },
});
const durationMs = Number(values['duration-ms']);
const rounds = Number(values.rounds);
const concurrency = Number(values.concurrency);
const maxRequests = Number(values['max-requests']);
const pgbenchClients = Number(values['pgbench-clients']);
const pgbenchScale = Number(values['pgbench-scale']);
const lineCount = Number(values.lines);
const reportRuns = Number(values['report-runs']);
const hledgerPostings = Number(values['hledger-postings']);

const { kontor, dataDir } = await startBenchKontor(NAME, 4 * 3_600_000);
const system = kontor.database.db.system;

/** p50/p95 (and best) of `runs` sequential calls. */
async function timeRuns(runs: number, fn: () => Promise<unknown>): Promise<{ p50: number; p95: number; best: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), best: times[0]! };
}

try {
  const base = kontor.url!.replace('0.0.0.0', '127.0.0.1');
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO_LOGIN.email, password: DEMO_LOGIN.password }),
  });
  if (login.status !== 200) throw new Error(`demo login failed: ${login.status} ${await login.text()}`);
  const session = (await login.json()) as { accessToken: string; tenant: { id: string } };
  const auth = { authorization: `Bearer ${session.accessToken}` };
  const tenantId = session.tenant.id;
  const ledger = kontor.context.modules.get<LedgerApi>('ledger');
  const accounts = await ledger.service.run(tenantId, (tx) => sql<{ id: string; code: string }>`select id, code from ledger.accounts`.execute(tx));
  const code = (c: string) => accounts.rows.find((a) => a.code === c)!.id;
  // Sales, purchases of stock, an expense paid from the bank: income and expense accounts for the P&L.
  const pairs = [
    [code('1110'), code('4100')],
    [code('1120'), code('4100')],
    [code('5200'), code('1120')],
    [code('1140'), code('2110')],
  ] as const;

  // 1 and 2. Postings through the HTTP API (closed loop, from a worker thread) and pgbench tpcb-like on
  // a scratch database of the same cluster, taking turns for `--rounds` rounds so that both see the
  // same machine (other load on a shared machine drifts over minutes).
  const bodies = Array.from({ length: 4096 }, (_, i) => {
    const [dr, cr] = pairs[i % pairs.length]!;
    const amount = `${1 + (i % 997)}.${String(i % 100).padStart(2, '0')}`;
    const day = String(1 + (i % 28)).padStart(2, '0');
    return JSON.stringify({ post: true, date: `2026-05-${day}`, reference: `B-${i}`, lines: [{ accountId: dr, debit: amount }, { accountId: cr, credit: amount }] });
  });
  const embedded = kontor.database.embedded;
  const pgbench = pgbenchClients > 0 && embedded ? await preparePgbench(embedded.socketDir) : undefined;
  const latencies: number[] = [];
  let posted = 0;
  let errors = 0;
  let postingMs = 0;
  let transactions = 0;
  let pgbenchSeconds = 0;
  let nodeCpu = 0;
  let pgCpu = 0;
  let loopActive = 0;
  let loopTotal = 0;
  report({ name: NAME, metric: 'load_average_1m', value: round(os.loadavg()[0]!, 2), unit: 'load' });
  try {
    for (let turn = 1; turn <= rounds; turn++) {
      note(`round ${turn}/${rounds}: posting through HTTP, ${concurrency} clients for ${durationMs} ms`);
      if (turn === 1) {
        // Warm-up (JIT, connection pool) outside the CPU accounting.
        await runLoad({ url: `${base}/api/v1/journal-entries`, headers: auth, bodies, expectStatus: 201 }, { concurrency, durationMs: 1000, maxRequests: 2000 });
      }
      const cpu0 = processCpuMs();
      const pg0 = postgresCpuMs(dataDir);
      const loop0 = performance.eventLoopUtilization();
      const load = await runLoad(
        { url: `${base}/api/v1/journal-entries`, headers: auth, bodies, expectStatus: 201 },
        { concurrency, durationMs, maxRequests },
      );
      const loop = performance.eventLoopUtilization(loop0);
      nodeCpu += processCpuMs() - cpu0;
      pgCpu += postgresCpuBetween(pg0, postgresCpuMs(dataDir));
      loopActive += loop.active;
      loopTotal += loop.active + loop.idle;
      latencies.push(...load.latenciesMs);
      posted += load.requests - load.errors;
      errors += load.errors;
      postingMs += load.elapsedMs;
      if (pgbench) {
        note(`round ${turn}/${rounds}: pgbench tpcb-like, ${pgbenchClients} clients for ${durationMs} ms`);
        const r = await pgbench.run();
        transactions += r.transactions;
        pgbenchSeconds += r.seconds;
      }
    }
  } finally {
    await pgbench?.drop();
  }
  latencies.sort((a, b) => a - b);
  const httpThroughput = (posted / postingMs) * 1000;
  report({ name: NAME, metric: 'http_post.throughput', value: round(httpThroughput, 1), unit: 'postings/s' });
  report({ name: NAME, metric: 'http_post.latency_p50', value: round(percentile(latencies, 50), 3), unit: 'ms' });
  report({ name: NAME, metric: 'http_post.latency_p95', value: round(percentile(latencies, 95), 3), unit: 'ms' });
  report({ name: NAME, metric: 'http_post.latency_p99', value: round(percentile(latencies, 99), 3), unit: 'ms' });
  report({ name: NAME, metric: 'http_post.requests', value: latencies.length, unit: 'count' });
  report({ name: NAME, metric: 'http_post.errors', value: errors, unit: 'count' });
  // CPU per posting: steadier than postings/s on a machine other work shares.
  report({ name: NAME, metric: 'http_post.node_cpu_per_posting', value: round((nodeCpu / Math.max(1, posted)) * 1000, 0), unit: 'us (server + load generator)' });
  report({ name: NAME, metric: 'http_post.postgres_cpu_per_posting', value: round((pgCpu / Math.max(1, posted)) * 1000, 0), unit: 'us' });
  report({ name: NAME, metric: 'http_post.server_event_loop_utilization', value: round(loopActive / Math.max(1, loopTotal), 2), unit: 'ratio' });
  if (pgbench) {
    const tps = transactions / pgbenchSeconds;
    report({ name: NAME, metric: 'pgbench_tpcb_like.tps', value: round(tps, 1), unit: 'tx/s' });
    report({ name: NAME, metric: 'http_post_vs_pgbench', value: round(httpThroughput / tps, 2), unit: 'ratio' });
  }

  // 3. Reports over generated lines.
  const from = '2019-01-01';
  const days = 5 * 365;
  if (lineCount > 0) {
    note(`generating ${lineCount} journal lines`);
    const t0 = performance.now();
    await generateLines(tenantId, pairs, lineCount, from, days);
    report({ name: NAME, metric: 'generate_lines.throughput', value: round((lineCount / (performance.now() - t0)) * 1000, 0), unit: 'lines/s' });
  }
  const lines = await ledger.service.run(tenantId, (tx) => sql<{ n: string }>`select count(*)::text as n from ledger.journal_lines`.execute(tx));
  report({ name: NAME, metric: 'lines', value: Number(lines.rows[0]!.n), unit: 'count' });

  const asOf = '2023-12-31';
  const tb = await timeRuns(reportRuns, async () => {
    const result = await ledger.service.trialBalance(tenantId, asOf);
    if (!result.balanced) throw new Error('trial balance does not balance');
  });
  report({ name: NAME, metric: 'trial_balance.p50', value: round(tb.p50, 2), unit: 'ms' });
  report({ name: NAME, metric: 'trial_balance.p95', value: round(tb.p95, 2), unit: 'ms' });
  const tbHttp = await timeRuns(reportRuns, async () => {
    const res = await fetch(`${base}/api/v1/reports/trial-balance?asOf=${asOf}`, { headers: auth });
    if (res.status !== 200) throw new Error(`trial balance: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  });
  report({ name: NAME, metric: 'trial_balance_http.p50', value: round(tbHttp.p50, 2), unit: 'ms' });
  report({ name: NAME, metric: 'trial_balance_http.p95', value: round(tbHttp.p95, 2), unit: 'ms' });
  const pnl = await timeRuns(reportRuns, () => ledger.service.profitAndLoss(tenantId, '2023-04-01', '2023-06-30'));
  report({ name: NAME, metric: 'profit_and_loss_quarter.p50', value: round(pnl.p50, 2), unit: 'ms' });
  report({ name: NAME, metric: 'profit_and_loss_quarter.p95', value: round(pnl.p95, 2), unit: 'ms' });
  const scan = await timeRuns(1, () =>
    ledger.service.run(tenantId, (tx) =>
      sql`select l.account_id, sum(l.base_debit - l.base_credit) from ledger.journal_lines l join ledger.journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
          where e.status = 'posted' and l.entry_date <= ${asOf}::date group by l.account_id`.execute(tx),
    ),
  );
  report({ name: NAME, metric: 'trial_balance_line_scan_sql', value: round(scan.best, 1), unit: 'ms' });

  // 4. hledger on an export of the first ~N generated postings, next to Kontor's trial balance of them.
  if (hledgerPostings > 0 && lineCount > 0) {
    const until = await ledger.service.run(tenantId, async (tx) => {
      const { rows } = await sql<{ day: string }>`
        select day::text as day from (select day, sum(sum(line_count)) over (order by day) as n from ledger.daily_balances where day >= ${from}::date group by day) c
        where n >= ${hledgerPostings} order by day limit 1`.execute(tx);
      return rows[0]?.day ?? asOf;
    });
    const journal = await ledger.service.exportHledger(tenantId, { from, to: until });
    const file = path.join(dataDir, 'export.journal');
    await fs.writeFile(file, journal);
    const postings = journal.split('\n').filter((l) => l.startsWith('    ')).length;
    report({ name: NAME, metric: 'hledger.postings', value: postings, unit: 'count' });
    note(`hledger -f ${file} bal (${postings} postings up to ${until})`);
    const t0 = performance.now();
    await run('hledger', ['-f', file, 'bal'], { maxBuffer: 1 << 26 });
    const hledgerMs = performance.now() - t0;
    const kontorTb = await timeRuns(Math.max(5, Math.min(reportRuns, 20)), () => ledger.service.trialBalance(tenantId, until));
    report({ name: NAME, metric: 'hledger_bal', value: round(hledgerMs, 0), unit: 'ms' });
    report({ name: NAME, metric: 'kontor_trial_balance_same_postings.p50', value: round(kontorTb.p50, 2), unit: 'ms' });
    report({ name: NAME, metric: 'kontor_vs_hledger', value: round(hledgerMs / kontorTb.p50, 0), unit: 'times faster' });
  }
} finally {
  await kontor.stop();
  await discardDataDir(dataDir);
}

/** A scratch database for pgbench on the cluster Kontor runs on, initialised at `--pgbench-scale`. */
async function preparePgbench(socketDir: string): Promise<{ run: () => Promise<{ transactions: number; seconds: number }>; drop: () => Promise<void> }> {
  const database = 'kontor_pgbench';
  const target = ['-h', socketDir, '-p', '5432', '-U', 'kontor'];
  const drop = async () => {
    await sql.raw(`drop database if exists ${database}`).execute(system);
  };
  await drop();
  await sql.raw(`create database ${database}`).execute(system);
  note(`pgbench: initialising scale ${pgbenchScale}`);
  await run('/usr/bin/pgbench', ['-i', '-q', '-s', String(pgbenchScale), ...target, database], { maxBuffer: 1 << 24 });
  const seconds = Math.max(1, Math.round(durationMs / 1000));
  const jobs = String(Math.min(pgbenchClients, os.availableParallelism()));
  return {
    drop,
    run: async () => {
      const { stdout } = await run('/usr/bin/pgbench', ['-b', 'tpcb-like', '-c', String(pgbenchClients), '-j', jobs, '-T', String(seconds), ...target, database], { maxBuffer: 1 << 24 });
      const transactions = Number(/number of transactions actually processed: (\d+)/.exec(stdout)?.[1] ?? Number.NaN);
      const tps = Number(/tps = ([\d.]+)/.exec(stdout)?.[1] ?? Number.NaN);
      return { transactions, seconds: transactions / tps };
    },
  };
}

/**
 * Writes `count` posted journal lines (two per entry, one per `pairs` debit/credit) spread evenly over
 * `days` days from `from`, set-wise: the schema owner inserts entries and lines with generate_series
 * in one transaction with the row triggers off (session_replication_role = replica), computes the
 * daily rollups with one grouped insert, and checks in the same transaction that every generated entry
 * balances and every line's account exists; only then does it commit. These are the checks the
 * per-row triggers would have made one entry at a time.
 */
async function generateLines(tenantId: string, pairs: readonly (readonly [string, string])[], count: number, from: string, days: number): Promise<void> {
  const entries = Math.floor(count / 2);
  const chunk = 500_000;
  const dr = pairs.map((p) => p[0]);
  const cr = pairs.map((p) => p[1]);
  await system.transaction().execute(async (tx) => {
    await sql`set local session_replication_role = replica`.execute(tx);
    await sql`set local maintenance_work_mem = '256MB'`.execute(tx);
    const currency = (await sql<{ c: string }>`select base_currency as c from identity.tenants where id = ${tenantId}`.execute(tx)).rows[0]?.c ?? 'INR';
    // Entry n's id: a fixed uuid (version nibble 4) that no Kontor id (UUIDv7) can equal.
    const entryId = sql`('00000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid`;
    const day = sql`(${from}::date + (n % ${days})::int)`;
    const amount = sql`(100 + (n * 7919) % 10000000)::bigint`;
    for (let start = 1; start <= entries; start += chunk) {
      const end = Math.min(entries, start + chunk - 1);
      await sql`
        insert into ledger.journal_entries (tenant_id, id, entry_date, memo, reference, source_module, source_id, source_revision, status, base_currency, posted_at, version, created_by)
        select ${tenantId}::uuid, ${entryId}, ${day}, null, 'GEN-' || n, 'bench', 'gen-' || n, 0, 'posted', ${currency}, now(), 2, null
        from generate_series(${start}::bigint, ${end}::bigint) n`.execute(tx);
      await sql`
        insert into ledger.journal_lines (tenant_id, entry_id, line_no, account_id, entry_date, currency, debit, credit, base_debit, base_credit)
        select ${tenantId}::uuid, ${entryId}, side, case side when 1 then (${dr}::uuid[])[1 + n % ${pairs.length}] else (${cr}::uuid[])[1 + n % ${pairs.length}] end,
               ${day}, ${currency}, case side when 1 then ${amount} else 0 end, case side when 2 then ${amount} else 0 end,
               case side when 1 then ${amount} else 0 end, case side when 2 then ${amount} else 0 end
        from generate_series(${start}::bigint, ${end}::bigint) n cross join (values (1), (2)) s(side)`.execute(tx);
      note(`  ${end * 2} lines`);
    }
    await sql`
      insert into ledger.daily_balances as b (tenant_id, account_id, day, currency, debit, credit, base_debit, base_credit, line_count)
      select l.tenant_id, l.account_id, l.entry_date, l.currency, sum(l.debit), sum(l.credit), sum(l.base_debit), sum(l.base_credit), count(*)
      from ledger.journal_lines l
      where l.tenant_id = ${tenantId}::uuid and l.entry_id between ${'00000000-0000-4000-8000-000000000000'}::uuid and ${'00000000-0000-4000-8000-ffffffffffff'}::uuid
      group by l.tenant_id, l.account_id, l.entry_date, l.currency
      on conflict (tenant_id, account_id, day, currency) do update
        set debit = b.debit + excluded.debit, credit = b.credit + excluded.credit, base_debit = b.base_debit + excluded.base_debit,
            base_credit = b.base_credit + excluded.base_credit, line_count = b.line_count + excluded.line_count`.execute(tx);
    const { rows } = await sql<{ unbalanced: string; orphans: string }>`
      select (select count(*) from (select entry_id from ledger.journal_lines
                                     where tenant_id = ${tenantId}::uuid and entry_id between ${'00000000-0000-4000-8000-000000000000'}::uuid and ${'00000000-0000-4000-8000-ffffffffffff'}::uuid
                                     group by entry_id having sum(debit) <> sum(credit) or sum(base_debit) <> sum(base_credit) or count(*) < 2) u)::text as unbalanced,
             (select count(*) from unnest(${[...dr, ...cr]}::uuid[]) a(id) where not exists (select 1 from ledger.accounts x where x.tenant_id = ${tenantId}::uuid and x.id = a.id))::text as orphans`.execute(tx);
    if (rows[0]!.unbalanced !== '0' || rows[0]!.orphans !== '0') throw new Error(`generated lines are not valid: ${JSON.stringify(rows[0])}`);
  });
  await sql`analyze ledger.journal_entries, ledger.journal_lines, ledger.daily_balances`.execute(system);
}
