/**
 * GST engine speed: `computeTax` on one invoice of `--lines` lines (default 50) with mixed rates
 * (5/12/18/28%), compensation cess (ad valorem, specific and both), tax-inclusive lines and
 * discounts, resolved through the in-memory rate resolver. Pure CPU, no database. Two scenarios:
 * intra-state with per-line rounding, and inter-state with per-document rounding. For each:
 * computations per second over `--duration-ms`, and p50/p99 of single computations.
 *
 *   npm run bench -- tax [--lines 50] [--duration-ms 5000] [--warmup 500]
 */
import { parseArgs } from 'node:util';
import { computeTax, inMemoryRateResolver, type GstInput, type GstLineInput, type GstRateEntry } from '../src/modules/tax/domain/gst-engine.js';
import { gstinCheckChar } from '../src/kernel/gstin.js';
import { note, percentile, report, round } from './_lib.js';

const NAME = 'tax';
const { values } = parseArgs({
  options: {
    lines: { type: 'string', default: '50' },
    'duration-ms': { type: 'string', default: '5000' },
    warmup: { type: 'string', default: '500' },
  },
});
const lineCount = Number(values.lines);
const durationMs = Number(values['duration-ms']);
const warmup = Number(values.warmup);

const RATES: GstRateEntry[] = [
  { hsn: '6109', rate: '5', effectiveFrom: '2017-07-01' },
  { hsn: '3004', rate: '12', effectiveFrom: '2017-07-01' },
  { hsn: '8471', rate: '18', effectiveFrom: '2017-07-01' },
  { hsn: '8517', rate: '18', effectiveFrom: '2017-07-01' },
  { hsn: '2202', rate: '28', cess: { percent: '12' }, effectiveFrom: '2017-07-01' },
  { hsn: '2701', rate: '5', cess: { perUnit: '400' }, effectiveFrom: '2017-07-01' },
  { hsn: '2402', rate: '28', cess: { percent: '5', perUnit: '2076', per: '1000' }, effectiveFrom: '2017-07-01' },
  { hsn: '0401', rate: '0', category: 'nil_rated', effectiveFrom: '2017-07-01' },
  { hsn: '3401', rate: '18', effectiveFrom: '2017-07-01', effectiveTo: '2025-09-21' },
  { hsn: '3401', rate: '5', effectiveFrom: '2025-09-22' },
];
const resolver = inMemoryRateResolver(RATES);
const HSNS = ['61091000', '30049099', '84713010', '85171300', '22021010', '27011200', '24022010', '04011000', '34011190'];

function invoiceLines(count: number): GstLineInput[] {
  return Array.from({ length: count }, (_, i) => {
    const hsn = HSNS[i % HSNS.length]!;
    const line: GstLineInput = {
      item: `SKU-${i}`,
      hsn,
      kind: 'goods',
      quantity: String(1 + (i % 7)),
      unitPrice: `${100 + i * 37}.${String((i * 13) % 100).padStart(2, '0')}`,
    };
    if (i % 3 === 0) line.priceIncludesTax = true;
    if (i % 4 === 1) line.discount = { percent: '7.5' };
    if (i % 10 === 5) line.discount = { amount: '10' };
    if (hsn.startsWith('2402')) line.cessQuantity = String(20 * (1 + (i % 7)));
    return line;
  });
}

function gstin(state: string): string {
  const first14 = `${state}AAPFU0939F1Z`;
  return first14 + gstinCheckChar(first14);
}

const base = { date: '2025-10-01', documentType: 'invoice', seller: { country: 'IN', stateCode: '27', registration: 'regular', gstin: gstin('27') } } as const;
const scenarios: { label: string; input: GstInput }[] = [
  {
    label: `invoice${lineCount}.intra_per_line`,
    input: { ...base, buyer: { country: 'IN', registration: 'registered', gstin: gstin('27') }, lines: invoiceLines(lineCount) },
  },
  {
    label: `invoice${lineCount}.inter_per_document`,
    input: { ...base, buyer: { country: 'IN', registration: 'registered', gstin: gstin('29') }, lines: invoiceLines(lineCount), options: { rounding: 'per_document' } },
  },
];

for (const { label, input } of scenarios) {
  const sample = computeTax(input, resolver);
  note(`${label}: ${sample.lines.length} lines, taxable ${sample.totals.taxableValue}, tax ${sample.totals.totalTax}, total ${sample.totals.grandTotal}`);
  for (let i = 0; i < warmup; i += 1) computeTax(input, resolver);

  note(`${label}: measuring for ${durationMs} ms`);
  const latencies: number[] = [];
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + durationMs;
  let now = started;
  while (now < deadline) {
    const t0 = now;
    computeTax(input, resolver);
    now = performance.now();
    latencies.push(now - t0);
  }
  const elapsedMs = now - started;
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort((a, b) => a - b);
  report({ name: NAME, metric: `${label}.throughput`, value: round((latencies.length / elapsedMs) * 1000, 1), unit: 'computations/s' });
  report({ name: NAME, metric: `${label}.lines_per_second`, value: round(((latencies.length * lineCount) / elapsedMs) * 1000, 0), unit: 'lines/s' });
  report({ name: NAME, metric: `${label}.latency_p50`, value: round(percentile(latencies, 50), 3), unit: 'ms' });
  report({ name: NAME, metric: `${label}.latency_p99`, value: round(percentile(latencies, 99), 3), unit: 'ms' });
  // CPU time per computation: steadier than wall-clock latency on a machine shared with other work.
  report({ name: NAME, metric: `${label}.cpu_per_computation`, value: round((cpu.user + cpu.system) / 1000 / latencies.length, 3), unit: 'ms' });
  report({ name: NAME, metric: `${label}.computations`, value: latencies.length, unit: 'count' });
}
