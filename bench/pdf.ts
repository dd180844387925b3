/**
 * PDF rendering speed: `renderDocumentPdf` on a GST tax invoice of `--lines` lines (default 10)
 * with seller logo, ship-to, references, HSN summary, UPI QR, notes and terms, embedding DejaVu Sans
 * regular and bold. Pure CPU, no database. Reports PDFs per second over `--duration-ms`, p50/p99 of
 * single renders and the file size.
 *
 *   npm run bench -- pdf [--lines 10] [--duration-ms 5000] [--warmup 20]
 */
import { parseArgs } from 'node:util';
import { renderDocumentPdf } from '../src/platform/pdf/index.js';
import { invoice } from '../test/pdf/fixtures.js';
import { note, percentile, report, round } from './_lib.js';

const NAME = 'pdf';
const { values } = parseArgs({
  options: {
    lines: { type: 'string', default: '10' },
    'duration-ms': { type: 'string', default: '5000' },
    warmup: { type: 'string', default: '20' },
  },
});
const lineCount = Number(values.lines);
const durationMs = Number(values['duration-ms']);
const warmup = Number(values.warmup);

const doc = invoice(lineCount);
const label = `invoice${lineCount}`;
const sample = await renderDocumentPdf(doc);
note(`${label}: ${sample.length} bytes`);
for (let i = 0; i < warmup; i += 1) await renderDocumentPdf(doc);

note(`${label}: measuring for ${durationMs} ms`);
const latencies: number[] = [];
const cpuBefore = process.cpuUsage();
const started = performance.now();
const deadline = started + durationMs;
let now = started;
while (now < deadline) {
  const t0 = now;
  await renderDocumentPdf(doc);
  now = performance.now();
  latencies.push(now - t0);
}
const elapsedMs = now - started;
const cpu = process.cpuUsage(cpuBefore);
latencies.sort((a, b) => a - b);
report({ name: NAME, metric: `${label}.throughput`, value: round((latencies.length / elapsedMs) * 1000, 1), unit: 'pdfs/s' });
report({ name: NAME, metric: `${label}.latency_p50`, value: round(percentile(latencies, 50), 2), unit: 'ms' });
report({ name: NAME, metric: `${label}.latency_p99`, value: round(percentile(latencies, 99), 2), unit: 'ms' });
report({ name: NAME, metric: `${label}.cpu_per_pdf`, value: round((cpu.user + cpu.system) / 1000 / latencies.length, 2), unit: 'ms' });
report({ name: NAME, metric: `${label}.bytes`, value: sample.length, unit: 'bytes' });
report({ name: NAME, metric: `${label}.pdfs`, value: latencies.length, unit: 'count' });
