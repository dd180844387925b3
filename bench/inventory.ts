/**
 * Inventory: stock-on-hand reads after a large stock ledger, and moves per second through the API.
 *
 * 1. `--stores` stores and `--products` goods are added to the demo tenant, then `--moves` receipt
 *    moves generated set-wise (SQL, in chunks) with their balances and FIFO layers — the shape the
 *    API writes, without going through it;
 * 2. stock-on-hand through HTTP, p50/p95 over `--query-runs` runs: one product in every store,
 *    one store's first page (200), one (store, product), the store summary, a product's stock ledger;
 * 3. receipts and issues per second through `POST /api/v1/stock/receipts|issues` (valuation, layers,
 *    ledger posting, audit and events included) from `--concurrency` keep-alive clients.
 *
 *   npm run bench -- inventory [--products 10000] [--stores 20] [--moves 1000000] [--query-runs 50]
 *        [--duration-ms 10000] [--concurrency 16]
 *
 * HTTP traffic goes only to 127.0.0.1, bounded in time and in request count.
 */
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { DEMO_LOGIN } from '../src/modules/identity/index.js';
import { discardDataDir, note, percentile, report, reportLoad, round, runLoad, startBenchKontor } from './_lib.js';

const NAME = 'inventory';
const { values } = parseArgs({
  options: {
    products: { type: 'string', default: '10000' },
    stores: { type: 'string', default: '20' },
    moves: { type: 'string', default: '1000000' },
    'query-runs': { type: 'string', default: '50' },
    'duration-ms': { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '16' },
    'max-requests': { type: 'string', default: '100000' },
  },
});
const productCount = Number(values.products);
const storeCount = Number(values.stores);
const moveCount = Number(values.moves);
const queryRuns = Number(values['query-runs']);
const durationMs = Number(values['duration-ms']);
const concurrency = Number(values.concurrency);
const maxRequests = Number(values['max-requests']);
const CHUNK = 200_000;

const { kontor, dataDir } = await startBenchKontor(NAME, 2 * 3_600_000);
const system = kontor.database.db.system;

async function timeRuns(runs: number, fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
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
  await fetch(`${base}/api/v1/units`, { headers: auth }); // seeds the default units (pcs)

  // 1. Data, set-wise, as the system role (bench data only: stores beyond the plan's limit included).
  // Temp tables live in one session: the whole generation runs on one connection.
  let stores: string[] = [];
  let products: string[] = [];
  await system.connection().execute(async (db) => {
    note(`adding ${storeCount} stores and ${productCount} products`);
    await sql`
      insert into identity.stores (id, tenant_id, name, code)
      select gen_random_uuid(), ${tenantId}::uuid, 'Bench store ' || g, 'BS' || g from generate_series(1, ${storeCount}::int) g`.execute(db);
    await sql`
      insert into catalog.products (tenant_id, id, type, sku, name, base_unit, currency, track_inventory)
      select ${tenantId}::uuid, gen_random_uuid(), 'goods', 'BENCH-' || g, 'Bench item ' || g, 'pcs', t.base_currency, true
      from generate_series(1, ${productCount}::int) g, identity.tenants t where t.id = ${tenantId}::uuid`.execute(db);
    await sql`create temp table bench_stores as select row_number() over (order by id) - 1 as n, id from identity.stores where tenant_id = ${tenantId}::uuid and code like 'BS%'`.execute(db);
    await sql`create temp table bench_products as select row_number() over (order by id) - 1 as n, id from catalog.products where tenant_id = ${tenantId}::uuid and sku like 'BENCH-%'`.execute(db);
    await sql`create unique index on bench_stores (n)`.execute(db);
    await sql`create unique index on bench_products (n)`.execute(db);

    note(`generating ${moveCount} moves`);
    const t0 = performance.now();
    for (let from = 0; from < moveCount; from += CHUNK) {
      const to = Math.min(moveCount, from + CHUNK) - 1;
      await sql`
        insert into inventory.moves (tenant_id, id, store_id, product_id, kind, quantity, value, unit_cost, document_type, document_id, move_date)
        select ${tenantId}::uuid, gen_random_uuid(), s.id, p.id, 'receipt', 1 + g % 7, (1 + g % 7) * (100 + g % 50), (100 + g % 50) / 100.0,
               'receipt', gen_random_uuid(), date '2025-01-01' + (g % 540)
        from generate_series(${from}::int, ${to}::int) g
        join bench_stores s on s.n = g % ${storeCount}::int
        join bench_products p on p.n = (g / ${storeCount}::int) % ${productCount}::int`.execute(db);
      note(`  ${to + 1} moves`);
    }
    await sql`
      insert into inventory.balances (tenant_id, store_id, product_id, quantity, value, last_unit_cost)
      select ${tenantId}::uuid, store_id, product_id, sum(quantity), sum(value), 1 from inventory.moves
      where tenant_id = ${tenantId}::uuid group by store_id, product_id
      on conflict (tenant_id, store_id, product_id) do update set quantity = excluded.quantity, value = excluded.value`.execute(db);
    await sql`
      insert into inventory.cost_layers (tenant_id, id, store_id, product_id, move_id, quantity, remaining, remaining_value, unit_cost)
      select b.tenant_id, gen_random_uuid(), b.store_id, b.product_id, m.id, b.quantity, b.quantity, b.value, 1
      from inventory.balances b
      join (select distinct on (store_id, product_id) store_id, product_id, id from inventory.moves
            where tenant_id = ${tenantId}::uuid order by store_id, product_id, seq) m on m.store_id = b.store_id and m.product_id = b.product_id
      where b.tenant_id = ${tenantId}::uuid and b.quantity > 0`.execute(db);
    await sql`analyze inventory.moves`.execute(db);
    await sql`analyze inventory.balances`.execute(db);
    await sql`analyze inventory.cost_layers`.execute(db);
    report({ name: NAME, metric: 'generate_moves.throughput', value: round((moveCount / (performance.now() - t0)) * 1000, 0), unit: 'moves/s' });

    stores = (await sql<{ id: string }>`select id from bench_stores order by n`.execute(db)).rows.map((r) => r.id);
    products = (await sql<{ id: string }>`select id from bench_products order by n`.execute(db)).rows.map((r) => r.id);
    const counts = await sql<{ moves: string; balances: string }>`
      select (select count(*) from inventory.moves where tenant_id = ${tenantId}::uuid)::text as moves,
             (select count(*) from inventory.balances where tenant_id = ${tenantId}::uuid)::text as balances`.execute(db);
    report({ name: NAME, metric: 'moves', value: Number(counts.rows[0]!.moves), unit: 'count' });
    report({ name: NAME, metric: 'balances', value: Number(counts.rows[0]!.balances), unit: 'count' });
  });

  // 2. Stock on hand through HTTP.
  const get = async (url: string) => {
    const res = await fetch(`${base}${url}`, { headers: auth });
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  };
  let i = 0;
  const pick = <T>(xs: T[]) => xs[(i++ * 7919) % xs.length]!;
  const queries: [string, () => string][] = [
    ['stock_product_all_stores', () => `/api/v1/stock?productId=${pick(products)}`],
    ['stock_store_page_200', () => `/api/v1/stock?storeId=${pick(stores)}&limit=200`],
    ['stock_one', () => `/api/v1/stock?storeId=${pick(stores)}&productId=${pick(products)}`],
    ['store_summary_month', () => `/api/v1/stores/${pick(stores)}/summary?from=2025-03-01&to=2025-03-31`],
    ['stock_ledger_page', () => `/api/v1/products/${pick(products)}/stock-ledger?limit=50`],
  ];
  for (const [label, url] of queries) {
    const r = await timeRuns(queryRuns, () => get(url()));
    report({ name: NAME, metric: `${label}.p50`, value: round(r.p50, 2), unit: 'ms' });
    report({ name: NAME, metric: `${label}.p95`, value: round(r.p95, 2), unit: 'ms' });
  }

  // 3. Moves per second through the API.
  const bodies = (kind: 'receipt' | 'issue') =>
    Array.from({ length: 4096 }, (_, k) =>
      JSON.stringify({
        storeId: stores[k % stores.length],
        date: '2026-05-01',
        lines: [{ productId: products[(k * 31) % products.length], quantity: '1', ...(kind === 'receipt' && { unitCost: `${1 + (k % 9)}.50` }) }],
      }),
    );
  const probe = await fetch(`${base}/api/v1/stock/receipts`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: bodies('receipt')[0] });
  if (probe.status !== 201) throw new Error(`receipt refused: ${probe.status} ${await probe.text()}`);
  note(`receipts through HTTP, ${concurrency} clients for ${durationMs} ms`);
  const receipts = await runLoad({ url: `${base}/api/v1/stock/receipts`, headers: auth, bodies: bodies('receipt'), expectStatus: 201 }, { concurrency, durationMs, maxRequests, warmupRequests: 50 });
  reportLoad(NAME, 'http_receipt', receipts);
  note(`issues through HTTP, ${concurrency} clients for ${durationMs} ms`);
  const issues = await runLoad({ url: `${base}/api/v1/stock/issues`, headers: auth, bodies: bodies('issue'), expectStatus: 201 }, { concurrency, durationMs, maxRequests, warmupRequests: 50 });
  reportLoad(NAME, 'http_issue', issues);
} finally {
  await kontor.stop();
  await discardDataDir(dataDir);
}
