/**
 * Invoices: 10-line GST invoices created and issued in one call per second through the HTTP API
 * (number drawn, plan metered, credit checked, GST computed, receivable/revenue/CGST/SGST posted,
 * ten stock issues with their COGS entry, audit and events — all in one transaction), and invoice
 * PDFs rendered per second.
 *
 * Numbers are gapless per tenant and series, so one tenant's issues run one after another (the
 * series row is locked until commit): `--tenants` tenants are loaded side by side, each with
 * `--concurrency` clients, and the throughput of one tenant alone is reported first.
 *
 *   npm run bench -- invoices [--tenants 4] [--duration-ms 10000] [--concurrency 4] [--pdf-duration-ms 5000]
 *
 * HTTP traffic goes only to 127.0.0.1, bounded in time and in request count.
 */
import { parseArgs } from 'node:util';
import type { IdentityApi } from '../src/modules/identity/index.js';
import { discardDataDir, note, report, reportLoad, round, runLoad, startBenchKontor, type LoadResult } from './_lib.js';

const NAME = 'invoices';
const { values } = parseArgs({
  options: {
    tenants: { type: 'string', default: '4' },
    'duration-ms': { type: 'string', default: '10000' },
    'pdf-duration-ms': { type: 'string', default: '5000' },
    concurrency: { type: 'string', default: '4' },
    'max-requests': { type: 'string', default: '50000' },
  },
});
const tenantCount = Number(values.tenants);
const durationMs = Number(values['duration-ms']);
const pdfDurationMs = Number(values['pdf-duration-ms']);
const concurrency = Number(values.concurrency);
const maxRequests = Number(values['max-requests']);

const { kontor, dataDir } = await startBenchKontor(NAME, 3_600_000);

interface BenchTenant {
  headers: Record<string, string>;
  bodies: string[];
}

try {
  const base = kontor.url!.replace('0.0.0.0', '127.0.0.1');
  const identity = kontor.context.modules.get<IdentityApi>('identity');

  const call = async (headers: Record<string, string>, method: string, url: string, body?: unknown, extra: Record<string, string> = {}) => {
    const r = await fetch(`${base}${url}`, { method, headers: { ...headers, ...extra, ...(body !== undefined && { 'content-type': 'application/json' }) }, ...(body !== undefined && { body: JSON.stringify(body) }) });
    const text = await r.text();
    if (r.status >= 300) throw new Error(`${method} ${url}: ${r.status} ${text}`);
    return { json: (text ? JSON.parse(text) : {}) as Record<string, unknown>, etag: r.headers.get('etag') ?? '' };
  };
  const login = async (email: string, password: string, tenantId?: string) =>
    (await call({}, 'POST', '/api/v1/auth/login', { email, password, ...(tenantId && { tenantId }) })).json.accessToken as string;

  /** A GST tenant on the pro plan: India chart, GSTIN, a store, a customer in the same state, ten stock products with stock. */
  async function setUpTenant(i: number): Promise<BenchTenant> {
    const email = `bench-invoices-${i}-${Date.now()}@example.test`;
    const password = 'correct horse battery staple';
    await identity.service.registerUser({ email, name: `Bench ${i}`, password });
    const first = { authorization: `Bearer ${await login(email, password)}` };
    const tenant = await call(first, 'POST', '/api/v1/tenants', { name: `Invoices bench ${i}`, countryCode: 'IN', baseCurrency: 'INR', timezone: 'Asia/Kolkata' });
    const tenantId = tenant.json.id as string;
    const headers = { authorization: `Bearer ${await login(email, password, tenantId)}` };
    await call(headers, 'POST', `/api/v1/tenants/${tenantId}/subscription/upgrade`, { plan: 'pro' });
    await call(headers, 'POST', '/api/v1/accounts/apply-template', { template: 'india' });
    const read = await call(headers, 'GET', `/api/v1/tenants/${tenantId}`);
    await call(headers, 'PUT', `/api/v1/tenants/${tenantId}`, { gstin: '27AAPFU0939F1ZV' }, { 'if-match': read.etag });
    const store = (await call(headers, 'POST', '/api/v1/stores', { name: 'Bench store' })).json.id as string;
    const customer = (await call(headers, 'POST', '/api/v1/customers', { legalName: 'Bench Buyer Pvt Ltd', gstin: '27AAGCG4576J1Z6' })).json.id as string;
    const products: string[] = [];
    for (let p = 0; p < 10; p++) {
      products.push((await call(headers, 'POST', '/api/v1/products', { type: 'goods', sku: `BENCH-${p}`, name: `Bench item ${p}`, baseUnit: 'pcs', hsnSac: p % 2 ? '8471' : '8517', salePrice: `${100 + p}.50` })).json.id as string);
    }
    await call(headers, 'POST', '/api/v1/stock/receipts', { storeId: store, date: '2026-04-01', lines: products.map((productId) => ({ productId, quantity: '10000000', unitCost: '40.00' })) });
    const bodies = Array.from({ length: 64 }, (_, k) =>
      JSON.stringify({
        customerId: customer,
        date: '2026-06-15',
        issue: true,
        lines: products.map((productId, n) => ({ productId, quantity: String(1 + ((k + n) % 3)), storeId: store, ...(n === 0 && { discountPercent: '5' }) })),
      }),
    );
    return { headers, bodies };
  }

  note(`setting up ${tenantCount} tenants`);
  const tenants: BenchTenant[] = [];
  for (let i = 0; i < tenantCount; i++) tenants.push(await setUpTenant(i));
  const first = tenants[0]!;
  const probe = await call(first.headers, 'POST', '/api/v1/invoices', JSON.parse(first.bodies[0]!));
  if (probe.json.status !== 'issued') throw new Error(`invoice not issued: ${JSON.stringify(probe.json).slice(0, 300)}`);

  const load = (t: BenchTenant, ms: number) => runLoad({ url: `${base}/api/v1/invoices`, headers: t.headers, bodies: t.bodies, expectStatus: 201 }, { concurrency, durationMs: ms, maxRequests, warmupRequests: 20 });

  note(`one tenant: 10-line invoices created and issued, ${concurrency} clients for ${durationMs} ms`);
  reportLoad(NAME, 'http_issue_one_tenant', await load(first, durationMs));

  note(`${tenantCount} tenants side by side, ${concurrency} clients each, for ${durationMs} ms`);
  const results = await Promise.all(tenants.map((t) => load(t, durationMs)));
  const merged: LoadResult = {
    requests: results.reduce((s, r) => s + r.requests, 0),
    errors: results.reduce((s, r) => s + r.errors, 0),
    elapsedMs: Math.max(...results.map((r) => r.elapsedMs)),
    latenciesMs: results.flatMap((r) => r.latenciesMs).sort((a, b) => a - b),
  };
  reportLoad(NAME, `http_issue_${tenantCount}_tenants`, merged);

  // PDFs of issued invoices.
  const list = await call(first.headers, 'GET', '/api/v1/invoices?limit=50&status=issued');
  const ids = (list.json.items as { id: string }[]).map((x) => x.id);
  note(`PDFs of ${ids.length} invoices, ${concurrency} clients for ${pdfDurationMs} ms`);
  const pdfs = await Promise.all(
    Array.from({ length: concurrency }, async (_, c) => {
      let n = 0;
      let bytes = 0;
      const end = performance.now() + pdfDurationMs;
      const t0 = performance.now();
      while (performance.now() < end) {
        const r = await fetch(`${base}/api/v1/invoices/${ids[(c + n * concurrency) % ids.length]}/pdf`, { headers: first.headers });
        const buf = await r.arrayBuffer();
        if (r.status !== 200 || r.headers.get('content-type') !== 'application/pdf') throw new Error(`pdf: ${r.status}`);
        bytes += buf.byteLength;
        n += 1;
      }
      return { n, bytes, ms: performance.now() - t0 };
    }),
  );
  const count = pdfs.reduce((s, p) => s + p.n, 0);
  report({ name: NAME, metric: 'http_pdf.throughput', value: round((count / Math.max(...pdfs.map((p) => p.ms))) * 1000, 1), unit: 'pdf/s' });
  report({ name: NAME, metric: 'http_pdf.avg_size', value: round(pdfs.reduce((s, p) => s + p.bytes, 0) / count / 1024, 1), unit: 'KiB' });
} finally {
  await kontor.stop();
  await discardDataDir(dataDir);
}
