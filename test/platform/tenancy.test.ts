import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import { ALL_MODULES } from '../../src/modules/registry.js';
import { Database } from '../../src/platform/db/index.js';
import { identityOf } from '../identity/helpers.js';

let t: TestApp;
let a: Awaited<ReturnType<TestApp['signUp']>>;
let b: Awaited<ReturnType<TestApp['signUp']>>;

/**
 * Tables that hold no tenant's data and so carry no tenant_id and no row-level security, each with
 * the reason. Everything else in a Kontor schema must be a tenant table bound by forced policies.
 */
const GLOBAL_TABLES: Record<string, string> = {
  'platform.schema_migrations': 'which migrations ran; the same for every tenant',
  'platform.idempotency_keys': 'only the system pool reads it (kontor_app has no grant); its scope is the tenant or principal',
  'identity.users': 'an account is a person who may belong to several tenants; reached through memberships',
  'identity.sessions': "a user's sign-in; it can switch between the user's tenants",
  'identity.refresh_tokens': 'belong to a session, so to a user',
  'identity.one_time_codes': 'email verification and password reset codes of a user',
  'identity.security_events': "the user's own security log, across tenants",
  'identity.signing_keys': 'the keys that sign access tokens; kontor_app has no grant',
  'identity.encryption_keys': 'platform keys that encrypt secrets at rest; kontor_app has no grant',
  'identity.two_factor': "a user's second factor, the same in every tenant",
  'identity.recovery_codes': "a user's two-factor recovery codes",
  'identity.login_challenges': 'a sign-in waiting for its second factor, before any tenant is chosen',
  'identity.external_identities': "a user's link to an OpenID Connect provider",
  'identity.oidc_login_states': 'an OpenID Connect sign-in in flight, before there is a user or tenant',
  'tax.hsn_codes': 'the published HSN/SAC schedule; tenants add their own codes in tax.tenant_hsn_codes',
  'tax.hsn_rates': 'published GST rates of the HSN/SAC codes by effective date',
};

/** Tenant tables whose tenant key is not called tenant_id. */
const TENANT_KEY: Record<string, string> = { 'identity.tenants': 'id' };

const HOW_TO_FIX =
  "give it tenant_id and call SELECT platform.protect_tenant_table('<table>') in its migration; " +
  'if it holds no tenant data, add it to GLOBAL_TABLES in test/platform/tenancy.test.ts with a one-line reason';

interface TableFacts {
  name: string;
  columns: string[];
  rls: boolean;
  forced: boolean;
  policies: { name: string; roles: string[]; qual: string | null; check: string | null }[];
}

/** Every base table of every schema Kontor owns: all but PostgreSQL's own. */
async function kontorTables(): Promise<TableFacts[]> {
  const { rows } = await adminQuery(
    t.testDb.ownerUrl,
    `select format('%s.%s', n.nspname, c.relname) as name, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
            (select array_agg(a.attname::text order by a.attnum) from pg_attribute a where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped) as columns,
            coalesce((select json_agg(json_build_object('name', p.policyname, 'roles', p.roles, 'qual', p.qual, 'check', p.with_check))
                        from pg_policies p where p.schemaname = n.nspname and p.tablename = c.relname), '[]') as policies
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and not c.relispartition
        and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname !~ '^pg_'
      order by 1`,
  );
  return rows as TableFacts[];
}

/** Data in every tenant table for both tenants: through the API where there is one, else inserted as the owner. */
async function seedTwoTenants(): Promise<void> {
  for (const owner of [a, b]) {
    const call = async (method: 'POST' | 'PUT', url: string, payload: object, headers: Record<string, string> = {}) => {
      const r = await t.app.inject({ method, url, headers: { ...owner.headers, ...headers }, payload });
      if (r.statusCode >= 300) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body}`);
      return r.json() as { id: string };
    };
    await call('POST', '/api/v1/stores', { name: 'Main store' });
    await call('POST', '/api/v1/roles', { name: 'Clerk', permissions: ['identity.tenant.read'] });
    await call('POST', '/api/v1/api-keys', { name: 'Key', permissions: ['identity.tenant.read'] });
    await call('POST', `/api/v1/tenants/${owner.tenantId}/members`, { email: `invitee-${owner.tenantId}@example.test`, role: 'viewer' });
    await call('POST', '/api/v1/accounts/apply-template', { template: 'small_business' });
    const accounts = (await t.app.inject({ method: 'GET', url: '/api/v1/accounts?limit=200', headers: owner.headers })).json() as { items: { id: string; code: string }[] };
    const id = (code: string) => accounts.items.find((x) => x.code === code)!.id;
    await call('POST', '/api/v1/transactions', { type: 'income', date: '2026-06-01', amount: '100.00', accountId: id('1120'), counterAccountId: id('4100') });
    const settings = await t.app.inject({ method: 'GET', url: '/api/v1/ledger/settings', headers: owner.headers });
    await call('PUT', '/api/v1/ledger/settings', { lockDate: '2020-12-31' }, { 'if-match': settings.headers.etag as string });
    await t.db.withTenant(owner.tenantId, (tx) => identityOf(t).plans.consume(tx, owner.tenantId, 'documents_per_month'));
    // Written by the event machinery only after a delivery or a failure: inserted as the owner.
    await adminQuery(t.testDb.ownerUrl, `insert into platform.inbox (consumer, event_id, tenant_id) values ('tenancy-test', gen_random_uuid(), $1)`, [owner.tenantId]);
    await adminQuery(
      t.testDb.ownerUrl,
      `insert into platform.event_failures (consumer, event_id, tenant_id, event_type, event, status, attempts, last_error)
       values ('tenancy-test', gen_random_uuid(), $1, 'test.failed', '{}', 'dead', 1, 'boom')`,
      [owner.tenantId],
    );
    await call('PUT', '/api/v1/ledger/rates', { rates: [{ currency: 'USD', date: '2026-06-01', rate: '83.5' }] });
    await call('POST', '/api/v1/tax/hsn-codes', { code: '12345678', kind: 'goods', description: 'Own item', gstRate: '18', effectiveFrom: '2026-01-01' });
    await call('POST', '/api/v1/tax/rates/defaults', { country: 'MX' }); // rates, groups, group components
    await call('POST', '/api/v1/tax/exemptions', { category: 'medical', reason: 'Exempt supplies', validFrom: '2026-01-01' });
    await call('POST', '/api/v1/tax/tds/deductions', { partyId: owner.userId, section: '194C', date: '2026-06-01', amount: '35000', pan: 'ABCPK1234A' });
    const category = await call('POST', '/api/v1/categories', { name: 'Seed category' });
    const product = await call('POST', '/api/v1/products', { type: 'goods', sku: 'SEED-1', name: 'Seed product', baseUnit: 'pcs', categoryId: category.id });
    await call('PUT', `/api/v1/products/${product.id}/units`, { units: [{ unit: 'box', factor: '12' }] });
    const supplier = await call('POST', '/api/v1/vendors', { legalName: 'Seed Supplier' });
    await call('POST', `/api/v1/products/${product.id}/suppliers`, { vendorId: supplier.id });
    const priceList = await call('POST', '/api/v1/price-lists', { name: 'Seed prices' });
    await call('PUT', `/api/v1/price-lists/${priceList.id}/items`, { items: [{ productId: product.id, price: '10.00' }] });
    await call('POST', '/api/v1/customers', { legalName: 'Seed Customer' });
    // banking: bank_accounts, statement_presets, statement_imports, statement_lines
    const seedBank = await call('POST', '/api/v1/bank-accounts', { name: 'Seed Bank', ledgerAccount: { code: 'SEEDBANK' } });
    const seedPreset = await call('POST', '/api/v1/bank-statement-presets', { name: 'Seed preset', mapping: { dateFormat: 'YYYY-MM-DD', columns: { date: 'Date', description: 'Text', amount: 'Amount' } } });
    await call('POST', `/api/v1/bank-accounts/${seedBank.id}/statements`, { fileName: 'seed.csv', presetId: seedPreset.id, content: Buffer.from('Date,Text,Amount\n2026-06-01,Seed line,10.00\n').toString('base64') });
    const partiesSettings = await t.app.inject({ method: 'GET', url: '/api/v1/parties/settings', headers: owner.headers });
    await call('PUT', '/api/v1/parties/settings', { creditLimitMode: 'block' }, { 'if-match': partiesSettings.headers.etag as string });
    await call('POST', `/api/v1/tenants/${owner.tenantId}/subscription/upgrade`, { plan: 'pro' });
    const branch = (await call('POST', '/api/v1/stores', { name: 'Branch' })).id;
    const mainStore = ((await t.app.inject({ method: 'GET', url: '/api/v1/stores', headers: owner.headers })).json() as { items: { id: string }[] }).items[0]!.id;
    await call('PUT', '/api/v1/inventory/settings', { allowNegative: false }, { 'if-match': '"v1"' }); // inventory.settings
    await call('POST', '/api/v1/stock/receipts', { storeId: mainStore, date: '2026-06-01', lines: [{ productId: product.id, quantity: '2', unitCost: '1' }] }); // moves, balances, cost_layers
    await call('POST', '/api/v1/stores/transfer', { fromStoreId: mainStore, toStoreId: branch, date: '2026-06-01', mode: 'dispatch', lines: [{ productId: product.id, quantity: '1' }] });
    await call('PUT', '/api/v1/stock/reorder-levels', { storeId: mainStore, productId: product.id, level: '1' });
    await call('POST', '/api/v1/stock/counts', { storeId: mainStore, date: '2026-06-30' });
    // inventory lots and serials: product_tracking, lots, lot_balances, serials, move_lots
    const lotted = await call('POST', '/api/v1/products', { type: 'goods', sku: 'SEED-LOT', name: 'Seed lot product', baseUnit: 'pcs' });
    await call('PUT', `/api/v1/products/${lotted.id}/tracking`, { mode: 'batch' }, { 'if-match': '"v1"' });
    const serialed = await call('POST', '/api/v1/products', { type: 'goods', sku: 'SEED-SN', name: 'Seed serial product', baseUnit: 'pcs' });
    await call('PUT', `/api/v1/products/${serialed.id}/tracking`, { mode: 'serial' }, { 'if-match': '"v1"' });
    await call('POST', '/api/v1/stock/receipts', { storeId: mainStore, date: '2026-06-01', lines: [{ productId: lotted.id, quantity: '2', unitCost: '1', lots: [{ lot: 'SEED-L1', quantity: '2', expiresOn: '2027-01-01' }] }, { productId: serialed.id, quantity: '1', unitCost: '1', serials: ['SEED-SN-1'] }] });
    // purchases: orders + lines, receipts + lines, bills + lines, a debit note, a payment + allocation
    const seedVendor = await call('POST', '/api/v1/vendors', { legalName: 'Seed Vendor' });
    const purchaseOrder = await call('POST', '/api/v1/purchase-orders', { vendorId: seedVendor.id, storeId: mainStore, date: '2026-06-01', lines: [{ productId: product.id, quantity: '2', unitPrice: '5' }] });
    await call('POST', `/api/v1/purchase-orders/${purchaseOrder.id}/confirm`, {});
    const goodsReceipt = await call('POST', '/api/v1/goods-receipts', { orderId: purchaseOrder.id, date: '2026-06-01' });
    const vendorBill = await call('POST', '/api/v1/bills', { vendorId: seedVendor.id, vendorBillNumber: 'SEED-1', vendorBillDate: '2026-06-01', goodsReceiptIds: [goodsReceipt.id] });
    const postedBill = (await call('POST', `/api/v1/bills/${vendorBill.id}/post`, {})) as unknown as { id: string; lines: { id: string }[] };
    await call('POST', '/api/v1/vendor-debit-notes', { billId: postedBill.id, date: '2026-06-02', reason: 'Seed return', lines: [{ billLineId: postedBill.lines[0]!.id, quantity: '1' }] });
    await call('POST', '/api/v1/vendor-payments', { vendorId: seedVendor.id, amount: '5.00', date: '2026-06-02', bankAccountId: id('1120'), allocations: [{ billId: postedBill.id, amount: '5.00' }] });
    // sales orders area: approval_rules, quotations (+ a revision), sales_orders, lines, reservations, delivery notes, lines and a return
    const sellerRead = await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${owner.tenantId}`, headers: owner.headers }); // GST needs the seller's state
    await call('PUT', `/api/v1/tenants/${owner.tenantId}`, { gstin: '27AAPFU0939F1ZV' }, { 'if-match': sellerRead.headers.etag as string });
    await call('PUT', '/api/v1/sales/approval-rules', { maxDiscountPercent: '10', maxTotal: null }, { 'if-match': '"v1"' });
    const buyer = await call('POST', '/api/v1/customers', { legalName: 'Ordering Customer' });
    const quoteLines = [{ productId: product.id, hsn: '8471', quantity: '1', unitPrice: '10.00' }];
    const quotation = await call('POST', '/api/v1/quotations', { customerId: buyer.id, lines: quoteLines });
    const sentQuote = await call('POST', `/api/v1/quotations/${quotation.id}/send`, {});
    await call('PUT', `/api/v1/quotations/${quotation.id}`, { customerId: buyer.id, lines: quoteLines }, { 'if-match': `"v${(sentQuote as unknown as { version: number }).version}"` });
    await call('POST', '/api/v1/stock/receipts', { storeId: mainStore, date: '2026-06-01', lines: [{ productId: product.id, quantity: '3', unitCost: '1' }] });
    const salesOrder = await call('POST', '/api/v1/sales-orders', { customerId: buyer.id, storeId: mainStore, reserveStock: true, confirm: true, lines: quoteLines });
    const deliveryNote = await call('POST', '/api/v1/delivery-notes', { salesOrderId: salesOrder.id });
    await call('POST', `/api/v1/delivery-notes/${deliveryNote.id}/return`, { reason: 'Seed return' });
    await call('POST', `/api/v1/sales-orders/${salesOrder.id}/invoice`, {}); // order_invoice_links
    await call('PUT', '/api/v1/numbering/series/invoice', { nextNumber: 5, date: '2026-06-01' }, { 'if-match': '"v1"' }); // numbering.series, counters, settings
    // sales.payments, payment_allocations, payment_settings: a payment settling part of an issued invoice, the rest kept as an advance
    const tenantRead = await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${owner.tenantId}`, headers: owner.headers }); // invoices need the seller's GST state
    await call('PUT', `/api/v1/tenants/${owner.tenantId}`, { gstin: '27AAPFU0939F1ZV' }, { 'if-match': tenantRead.headers.etag as string });
    const payer = await call('POST', '/api/v1/customers', { legalName: 'Paying Customer' });
    const billed = await call('POST', '/api/v1/invoices', { customerId: payer.id, date: '2026-06-01', issue: true, lines: [{ description: 'Consulting', hsn: '998311', quantity: '1', unitPrice: '100.00' }] });
    await call('POST', '/api/v1/payments', { customerId: payer.id, amount: '500.00', date: '2026-06-02', depositAccountId: id('1120'), mode: 'cash', allocations: [{ invoiceId: billed.id, amount: '10.00' }] });
    await call('POST', `/api/v1/customers/${payer.id}/wallet/top-up`, { amount: '5.00', date: '2026-06-02', depositAccountId: id('1120') }); // banking.wallets, wallet_movements
    // sales.settings, invoices + lines (above), credit notes + lines
    await call('PUT', '/api/v1/sales/settings', { upiVpa: 'seed@okbank' }, { 'if-match': '"v1"' });
    const creditBuyer = await call('POST', '/api/v1/customers', { legalName: 'Credited Customer' });
    const credited = (await call('POST', '/api/v1/invoices', { customerId: creditBuyer.id, date: '2026-06-15', issue: true, lines: [{ description: 'Seed service', hsn: '9983', quantity: '1', unitPrice: '100.00' }] })) as unknown as { id: string; lines: { id: string }[] };
    await call('POST', '/api/v1/credit-notes', { invoiceId: credited.id, date: '2026-06-16', lines: [{ invoiceLineId: credited.lines[0]!.id, quantity: '1' }] });
    // sales recurring area: recurring_invoices + recurring_runs, reminder_settings, invoice_reminders (dunning), manual_reminders, link_secrets
    const subscriber = await call('POST', '/api/v1/customers', { legalName: 'Recurring Customer', contacts: [{ name: 'Rita', email: `rita-${owner.tenantId}@example.test`, primary: true }] });
    const recurring = await call('POST', '/api/v1/recurring-invoices', { customerId: subscriber.id, schedule: { frequency: 'monthly' }, startDate: '2026-06-01', count: 1, dueDays: 0, autoIssue: true, lines: [{ description: 'Seed retainer', hsn: '998311', quantity: '1', unitPrice: '50.00' }] });
    const ran = (await call('POST', `/api/v1/recurring-invoices/${recurring.id}/run`, {})) as unknown as { generated: { invoiceId: string }[] };
    await call('POST', `/api/v1/invoices/${ran.generated[0]!.invoiceId}/remind`, {});
    await (t.context.modules.get('sales') as { recurring: { reminders: { runTenant(tenantId: string): Promise<unknown> } } }).recurring.reminders.runTenant(owner.tenantId);
    await call('PUT', '/api/v1/sales/reminder-schedule', { enabled: true, stages: [{ offsetDays: 0 }], subject: 'Reminder {{invoiceNumber}}', body: 'Please pay {{amountDue}}' }, { 'if-match': '"v0"' });
    await call('POST', '/api/v1/sales/share-links/rotate', {});
  }
}

beforeAll(async () => {
  t = await createTestApp();
  a = await t.signUp({ tenantName: 'Tenant A' });
  b = await t.signUp({ tenantName: 'Tenant B' });
  await seedTwoTenants();
});
afterAll(async () => t?.close());

describe('row-level security', () => {
  it('covers every table of every Kontor schema: forced tenant policies, or a listed global table', async () => {
    const tables = await kontorTables();
    const schemas = new Set(tables.map((x) => x.name.split('.')[0]));
    for (const schema of ['platform', ...ALL_MODULES.map((m) => m.schema)]) expect(schemas, `schema ${schema}`).toContain(schema);

    const problems: string[] = [];
    for (const table of tables) {
      const reason = GLOBAL_TABLES[table.name];
      if (reason !== undefined) {
        if (table.columns.includes('tenant_id')) problems.push(`${table.name} is listed as global ("${reason}") but has tenant_id: protect it instead`);
        continue;
      }
      const key = TENANT_KEY[table.name] ?? 'tenant_id';
      if (!table.columns.includes(key)) {
        problems.push(`${table.name} has no ${key} column: ${HOW_TO_FIX.replace('<table>', table.name)}`);
        continue;
      }
      const fix = `call SELECT platform.protect_tenant_table('${table.name}') at the end of its migration`;
      if (!table.rls || !table.forced) problems.push(`${table.name}: row-level security is ${table.rls ? 'enabled but not forced' : 'off'}: ${fix}`);
      const tenantPolicies = table.policies.filter((p) => `${p.qual ?? ''} ${p.check ?? ''}`.includes('current_tenant()'));
      if (tenantPolicies.length === 0) problems.push(`${table.name}: no policy refers to platform.current_tenant(): ${fix}`);
      if (!table.policies.some((p) => p.roles.length === 1 && p.roles[0] === 'kontor_system' && p.qual === 'true')) {
        problems.push(`${table.name}: no system_access policy for kontor_system, so the outbox relay and audit cannot see it: ${fix}`);
      }
      const open = table.policies.filter((p) => p.roles.some((r) => r !== 'kontor_system') && (p.qual === 'true' || p.check === 'true'));
      for (const p of open) problems.push(`${table.name}: policy ${p.name} lets ${p.roles.join(', ')} through unconditionally`);
    }
    const stale = Object.keys(GLOBAL_TABLES).filter((name) => !tables.some((x) => x.name === name));
    for (const name of stale) problems.push(`${name} is in GLOBAL_TABLES but does not exist: remove it from the list`);
    expect(problems).toEqual([]);
    expect(tables.filter((x) => x.forced).length).toBeGreaterThanOrEqual(18);
  });

  it('shows kontor_app no tenant row without a tenant set, in any tenant table with data of two tenants', async () => {
    const tenantTables = (await kontorTables()).filter((x) => GLOBAL_TABLES[x.name] === undefined);
    const unseeded: string[] = [];
    const leaks: string[] = [];
    for (const table of tenantTables) {
      const key = TENANT_KEY[table.name] ?? 'tenant_id';
      const relation = table.name.split('.').map((p) => `"${p}"`).join('.');
      // Rows of no tenant (the inbox guard of a tenant-free event) belong to nobody: not counted.
      const query = sql<{ t: string }>`select distinct ${sql.ref(key)}::text as t from ${sql.raw(relation)} where ${sql.ref(key)} is not null`;
      const { rows: present } = await adminQuery(t.testDb.ownerUrl, `select distinct ${key}::text as t from ${relation} where ${key} in ($1, $2)`, [a.tenantId, b.tenantId]);
      if (present.length < 2) unseeded.push(table.name);
      const { rows: grant } = await adminQuery(t.testDb.ownerUrl, `select has_table_privilege('kontor_app', $1, 'SELECT') as readable`, [relation]);
      if (!(grant[0] as { readable: boolean }).readable) continue; // e.g. the outbox: the application only appends
      const withoutTenant = (await t.db.withoutTenant((tx) => query.execute(tx))).rows;
      if (withoutTenant.length > 0) leaks.push(`${table.name}: ${withoutTenant.length} tenant(s) visible without a tenant set`);
      const asA = (await t.db.withTenant(a.tenantId, (tx) => query.execute(tx))).rows.map((r) => r.t);
      if (present.length === 2 && asA.join() !== a.tenantId) leaks.push(`${table.name}: tenant A sees rows of [${asA.join(', ')}], not just its own`);
    }
    expect(unseeded, 'tables without rows of both tenants: extend seedTwoTenants() in this file').toEqual([]);
    expect(leaks).toEqual([]);
    expect(tenantTables.length).toBeGreaterThanOrEqual(18);
  });

  it('runs requests as a role that cannot bypass it', async () => {
    const { rows } = await sql<{ rolsuper: boolean; rolbypassrls: boolean; current_user: string }>`
      select r.rolsuper, r.rolbypassrls, current_user from pg_roles r where r.rolname = current_user`.execute(t.db.app);
    expect(rows[0]).toMatchObject({ current_user: 'kontor_app', rolsuper: false, rolbypassrls: false });
  });

  it('refuses to connect at all when the login cannot take the application role', async () => {
    const misconfigured = new Database({ ownerUrl: t.testDb.ownerUrl, setRole: 'kontor_no_such_role' });
    try {
      await expect(misconfigured.ping()).rejects.toThrow(/kontor_no_such_role/);
    } finally {
      await misconfigured.close();
    }
  });

  it('shows a tenant transaction only its own tenant', async () => {
    const seen = await t.db.withTenant(a.tenantId, async (tx) => (await sql<{ id: string }>`select id from identity.tenants`.execute(tx)).rows.map((r) => r.id));
    expect(seen).toEqual([a.tenantId]);
    const none = await t.db.withoutTenant(async (tx) => (await sql<{ id: string }>`select id from identity.tenants`.execute(tx)).rows);
    expect(none).toEqual([]);
  });

  it('refuses to write a row into another tenant', async () => {
    await expect(
      t.db.withTenant(a.tenantId, (tx) => sql`insert into identity.memberships (tenant_id, user_id, role) values (${b.tenantId}, ${a.userId}, 'owner')`.execute(tx)),
    ).rejects.toThrow(/row-level security/);
  });
});

describe('cross-tenant probe over HTTP', () => {
  it('never shows or changes another tenant through the API', async () => {
    const read = await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${a.tenantId}`, headers: b.headers });
    expect(read.statusCode).toBe(404);
    const write = await t.app.inject({ method: 'PUT', url: `/api/v1/tenants/${a.tenantId}`, headers: { ...b.headers, 'if-match': '"v1"' }, payload: { name: 'Hijacked' } });
    expect(write.statusCode).toBe(404);
    const switched = await t.app.inject({ method: 'POST', url: '/api/v1/auth/switch-tenant', headers: b.headers, payload: { tenantId: a.tenantId } });
    expect(switched.statusCode).toBe(403);
    const { rows } = await adminQuery(t.testDb.ownerUrl, 'select name from identity.tenants where id = $1', [a.tenantId]);
    expect(rows[0]).toEqual({ name: 'Tenant A' });
  });
});
