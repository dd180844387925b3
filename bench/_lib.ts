import { readdirSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadConfig } from '../src/platform/config.js';
import { startKontor, type RunningKontor } from '../src/runtime.js';

/** Helpers shared by the benchmarks in bench/ (files starting with `_` are not benchmarks). */

export interface Result {
  name: string;
  metric: string;
  value: number;
  unit: string;
}

/** Prints one result as a JSON line on stdout: the comparable output of every bench. */
export function report(result: Result): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** Progress and context go to stderr so stdout stays JSON lines. */
export function note(message: string): void {
  process.stderr.write(`${message}\n`);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

export interface LoadOptions {
  /** Requests in flight at once. */
  concurrency: number;
  /** Stop issuing new requests after this long. */
  durationMs: number;
  /** Hard cap on requests, so the loop is bounded in count as well as time. */
  maxRequests: number;
  /** Requests before measuring starts (JIT, connection pool). */
  warmupRequests?: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  elapsedMs: number;
  latenciesMs: number[];
}

/**
 * A closed-loop HTTP load generator: `concurrency` clients each send one request at a time until the
 * time or the request budget runs out. It runs in a worker thread, so the client's own work does
 * not compete with an in-process server for the main event loop.
 */
export async function runLoad(target: LoadTarget, options: LoadOptions): Promise<LoadResult> {
  const worker = new Worker(LOAD_WORKER, { eval: true, workerData: { target, options } });
  try {
    return await new Promise<LoadResult>((resolve, reject) => {
      worker.once('message', (result: LoadResult) => resolve(result));
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`load worker exited with ${code}`)));
    });
  } finally {
    await worker.terminate();
  }
}

export interface LoadTarget {
  url: string;
  headers?: Record<string, string>;
  /** The status a good response has (default 200). */
  expectStatus?: number;
  /** JSON bodies to POST, one per request, cycled in order; without them each request is a GET. */
  bodies?: string[];
}

// Plain JavaScript (the worker is not run through tsx). It uses node:http with a keep-alive agent
// rather than fetch: undici's fetch costs the client several times the CPU of the request itself,
// and on two cores the client's CPU is the server's CPU.
const LOAD_WORKER = `
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const { target, options } = workerData;
const expected = target.expectStatus ?? 200;
const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
const url = new URL(target.url);
let sent = 0;
function send() {
  return new Promise((resolve) => {
    const body = target.bodies ? target.bodies[sent++ % target.bodies.length] : undefined;
    const headers = body === undefined ? (target.headers ?? {}) : { ...target.headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
    const request = http.request(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method: body === undefined ? 'GET' : 'POST', headers, agent },
      (response) => {
        response.on('data', () => {});
        response.on('end', () => resolve(response.statusCode === expected));
        response.on('error', () => resolve(false));
      },
    );
    request.on('error', () => resolve(false));
    request.setTimeout(10000, () => request.destroy());
    request.end(body);
  });
}
(async () => {
  for (let i = 0; i < (options.warmupRequests ?? 0); i += 1) await send();
  const latencies = [];
  let issued = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const client = async () => {
    while (issued < options.maxRequests && performance.now() < deadline) {
      issued += 1;
      const t0 = performance.now();
      const ok = await send();
      latencies.push(performance.now() - t0);
      if (!ok) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const elapsedMs = performance.now() - started;
  latencies.sort((a, b) => a - b);
  parentPort.postMessage({ requests: latencies.length, errors, elapsedMs, latenciesMs: latencies });
})();
`;

/**
 * CPU time (user + system, ms) used so far by each process of the PostgreSQL server running on
 * `dataDir`: its postmaster and every process it started that is alive now. Linux only (/proc);
 * empty elsewhere. Under a machine shared with other work, CPU per operation swings far less than
 * operations per second. Take two snapshots and `postgresCpuBetween` them.
 */
export function postgresCpuMs(dataDir: string): Map<number, number> {
  const out = new Map<number, number>();
  try {
    const root = Number.parseInt(readFileSync(path.join(dataDir, 'pgdata', 'postmaster.pid'), 'utf8').split('\n')[0] ?? '', 10);
    const tick = 1000 / 100; // USER_HZ is 100 on Linux
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        continue; // gone meanwhile
      }
      // Fields after the command (which may hold spaces) start at ") ": state ppid … utime(14) stime(15).
      const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
      const pid = Number(entry);
      if (pid !== root && Number(fields[1]) !== root) continue;
      out.set(pid, (Number(fields[11]) + Number(fields[12])) * tick);
    }
  } catch {
    // no server, or no /proc
  }
  return out;
}

/**
 * PostgreSQL CPU (ms) spent between two snapshots: the growth of every process in both, plus all
 * of every process started in between. A process that ended in between (a pool connection closed
 * for idleness) is left out: its last moments are lost, not its whole history subtracted.
 */
export function postgresCpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, cpu] of after) total += cpu - (before.get(pid) ?? 0);
  return after.size === 0 ? Number.NaN : total;
}

/** CPU time (user + system, ms) of this whole process so far: the server and, in its worker thread, the load generator. */
export function processCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** The standard set of lines for one load run. */
export function reportLoad(name: string, label: string, result: LoadResult): void {
  report({ name, metric: `${label}.throughput`, value: round((result.requests / result.elapsedMs) * 1000, 1), unit: 'req/s' });
  report({ name, metric: `${label}.latency_p50`, value: round(percentile(result.latenciesMs, 50), 3), unit: 'ms' });
  report({ name, metric: `${label}.latency_p99`, value: round(percentile(result.latenciesMs, 99), 3), unit: 'ms' });
  report({ name, metric: `${label}.requests`, value: result.requests, unit: 'count' });
  report({ name, metric: `${label}.errors`, value: result.errors, unit: 'count' });
}

/**
 * Last-resort cleanup for a bench that could not stop Kontor: fast-shutdown the embedded
 * PostgreSQL that runs on `dataDir` (if any) and remove the directory.
 */
export async function discardDataDir(dataDir: string): Promise<void> {
  try {
    const pid = Number.parseInt(readFileSync(path.join(dataDir, 'pgdata', 'postmaster.pid'), 'utf8').split('\n')[0] ?? '', 10);
    if (Number.isInteger(pid) && pid > 0) {
      process.kill(pid, 'SIGINT');
      const until = Date.now() + 15_000;
      while (Date.now() < until) {
        try {
          process.kill(pid, 0);
        } catch {
          break;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } catch {
    // no server running
  }
  await fs.rm(dataDir, { recursive: true, force: true });
}

export interface BenchKontor {
  kontor: RunningKontor;
  dataDir: string;
  /** Milliseconds from start-up to serving (initdb, migrations and demo data included). */
  bootMs: number;
}

/**
 * Starts a whole Kontor on a throw-away data dir with its own embedded PostgreSQL and demo data,
 * listening on a free loopback port. A watchdog and signal handlers remove the data dir however
 * the bench ends.
 */
export async function startBenchKontor(name: string, watchdogMs: number): Promise<BenchKontor> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kontor-bench-'));
  await fs.chmod(dataDir, 0o755); // the embedded PostgreSQL runs as `postgres` when we are root
  const env: NodeJS.ProcessEnv = { ...process.env, KONTOR_DATA_DIR: dataDir, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' };
  for (const external of ['DATABASE_URL', 'DATABASE_APP_URL', 'NATS_URL', 'RABBITMQ_URL', 'SMTP_URL']) delete env[external];
  const config = loadConfig(env, { port: 0, host: '127.0.0.1' });

  const watchdog = setTimeout(() => {
    note(`bench ${name} did not finish in time`);
    void discardDataDir(dataDir).finally(() => process.exit(1));
  }, watchdogMs);
  watchdog.unref();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void discardDataDir(dataDir).finally(() => process.exit(130)));
  }

  const started = performance.now();
  try {
    const kontor = await startKontor({ config, demo: true, listen: true });
    return { kontor, dataDir, bootMs: performance.now() - started };
  } catch (error) {
    note(`Kontor did not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await discardDataDir(dataDir);
    process.exit(1);
  }
}
