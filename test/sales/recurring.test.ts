import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesModule } from '../../src/modules/sales/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import { eventsOf, ok, problem, request, setUpSales, type SalesFixture } from './helpers.js';
import { addDays, addMonths, createRecurring, generatedOf, invoiceRows, mailsTo, recurringOf, todayIn, type GeneratedJson, type RecurringJson } from './recurring-helpers.js';

let t: TestApp;
let f: SalesFixture;
let today: string;

beforeAll(async () => {
  t = await createTestApp();
  f = await setUpSales(t);
  today = todayIn();
});
afterAll(async () => t?.close());

const serviceLine = () => ({ productId: f.products.service, quantity: '2' });
const base = (extra: Record<string, unknown> = {}) => ({ customerId: f.customers.local, schedule: { frequency: 'monthly' }, startDate: today, lines: [serviceLine()], ...extra });

/** A customer of its own per test, so invoice counts are not shared. */
async function freshCustomer(name: string, email = `${name.toLowerCase().replace(/\W+/g, '')}@example.test`): Promise<string> {
  return (await ok<{ id: string }>(request(t, f.owner, 'POST', '/api/v1/customers', { legalName: name, billingAddress: { line1: '1 Road', city: 'Pune', stateCode: '27', country: 'IN' }, contacts: [{ name, email, primary: true }], paymentTermsDays: 10 }), 201)).id;
}

describe('recurring invoices: API and validation', () => {
  it('creates, reads, lists and changes a schedule with If-Match', async () => {
    const created = await createRecurring(t, f.owner, base({ name: 'Support retainer', startDate: addDays(today, 10), dueDays: 7, schedule: { frequency: 'monthly', dayOfMonth: 31 } }));
    expect(created).toMatchObject({ name: 'Support retainer', status: 'active', generatedCount: 0, dueDays: 7, autoIssue: false, autoSend: false, version: 1 });
    expect(created.nextRunDate).not.toBeNull();
    const read = await request(t, f.owner, 'GET', `/api/v1/recurring-invoices/${created.id}`);
    expect(read.headers.etag).toBe('"v1"');
    const list = await ok<{ items: RecurringJson[] }>(request(t, f.owner, 'GET', `/api/v1/recurring-invoices?customerId=${f.customers.local}`));
    expect(list.items.map((i) => i.id)).toContain(created.id);
    // Cursor pagination: newest first, every schedule once.
    await createRecurring(t, f.owner, base({ startDate: addDays(today, 10) }));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: RecurringJson[]; nextCursor: string | null } = await ok(request(t, f.owner, 'GET', `/api/v1/recurring-invoices?limit=1${cursor ? `&cursor=${cursor}` : ''}`));
      expect(page.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort().reverse()).toEqual(seen);
    const badCursor = await request(t, f.owner, 'GET', '/api/v1/recurring-invoices?cursor=nonsense');
    expect(badCursor.statusCode).toBe(400);
    expect(problem(badCursor).errors?.[0]?.path).toBe('querystring.cursor');

    const noMatch = await request(t, f.owner, 'PUT', `/api/v1/recurring-invoices/${created.id}`, base({ name: 'Renamed' }));
    expect(noMatch.statusCode).toBe(428);
    const changed = await ok<RecurringJson>(request(t, f.owner, 'PUT', `/api/v1/recurring-invoices/${created.id}`, base({ name: 'Renamed', startDate: addDays(today, 10), schedule: { frequency: 'quarterly' } }), { 'if-match': '"v1"' }));
    expect(changed).toMatchObject({ name: 'Renamed', version: 2, schedule: { frequency: 'quarterly' } });
    const stale = await request(t, f.owner, 'PUT', `/api/v1/recurring-invoices/${created.id}`, base({ name: 'Again' }), { 'if-match': '"v1"' });
    expect(stale.statusCode).toBe(412);
    expect(problem(stale).code).toBe('REQUEST.ETAG_MISMATCH');
  });

  it('two clients changing one schedule with the same ETag: one wins, the other gets 412', async () => {
    const created = await createRecurring(t, f.owner, base({ startDate: addDays(today, 5) }));
    const [a, b] = await Promise.all([
      request(t, f.owner, 'PUT', `/api/v1/recurring-invoices/${created.id}`, base({ name: 'A', startDate: addDays(today, 5) }), { 'if-match': '"v1"' }),
      request(t, f.owner, 'PUT', `/api/v1/recurring-invoices/${created.id}`, base({ name: 'B', startDate: addDays(today, 5) }), { 'if-match': '"v1"' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 412]);
    const after = await ok<RecurringJson>(request(t, f.owner, 'GET', `/api/v1/recurring-invoices/${created.id}`));
    expect(after.version).toBe(2);
    expect(after.name).toBe(a.statusCode === 200 ? 'A' : 'B');
  });

  it('refuses bad input with field paths, and writes nothing', async () => {
    const before = (await adminQuery(t.testDb.ownerUrl, 'select count(*)::int as n from sales.recurring_invoices')).rows[0] as { n: number };
    const cases: [Record<string, unknown>, number, string][] = [
      [base({ startDate: '2026-02-30' }), 400, 'body.startDate'],
      [base({ schedule: { frequency: 'weekly' } }), 400, 'body.schedule.frequency'],
      [base({ lines: [] }), 400, 'body.lines'],
      [base({ lines: [{ productId: f.products.service, quantity: '0' }] }), 400, 'body.lines[0].quantity'],
      [base({ extra: 1 }), 400, 'body'],
      [base({ schedule: { frequency: 'custom' } }), 422, 'body.schedule.unit'],
      [base({ schedule: { frequency: 'custom', unit: 'week', interval: 2, dayOfMonth: 3 } }), 422, 'body.schedule.dayOfMonth'],
      [base({ endDate: addDays(today, -1) }), 422, 'body.endDate'],
      [base({ autoSend: true }), 422, 'body.autoSend'],
      [base({ customerId: '01900000-0000-7000-8000-000000000123' }), 422, 'body.customerId'],
      [base({ lines: [{ quantity: '1' }] }), 422, 'body.lines[0].description'],
    ];
    for (const [body, status, path] of cases) {
      const r = await request(t, f.owner, 'POST', '/api/v1/recurring-invoices', body);
      expect(r.statusCode, `${path}: ${r.body}`).toBe(status);
      const p = problem(r);
      expect(p.errors?.map((e) => e.path).some((x) => x.startsWith(path)), `${path}: ${r.body}`).toBe(true);
    }
    // A product the invoices area does not know: refused by the dry-run draft, with the line's path.
    const unknownProduct = await request(t, f.owner, 'POST', '/api/v1/recurring-invoices', base({ lines: [{ productId: '01900000-0000-7000-8000-000000000456', quantity: '1' }] }));
    expect(unknownProduct.statusCode).toBeGreaterThanOrEqual(400);
    expect(unknownProduct.statusCode).toBeLessThan(500);
    expect(JSON.stringify(problem(unknownProduct).errors ?? [])).toContain('lines[0]');
    const after = (await adminQuery(t.testDb.ownerUrl, 'select count(*)::int as n from sales.recurring_invoices')).rows[0] as { n: number };
    expect(after.n).toBe(before.n);
    // The dry run left no draft behind.
    expect(await invoiceRows(t, f.tenantId, '01900000-0000-7000-8000-000000000123')).toEqual([]);
  });

  it('unknown ids are 404 with a stable code', async () => {
    const r = await request(t, f.owner, 'GET', '/api/v1/recurring-invoices/01900000-0000-7000-8000-000000000999');
    expect(r.statusCode).toBe(404);
    expect(problem(r).code).toBe('SALES.RECURRING_NOT_FOUND');
  });
});

describe('recurring invoices: generation', () => {
  it('catches up three missed months in one run, dated on their periods, then makes nothing more', async () => {
    const customer = await freshCustomer('Catch Up Ltd');
    const start = addMonths(today, -2);
    const r = await createRecurring(t, f.owner, base({ customerId: customer, startDate: start, dueDays: 5 }));
    expect(r.nextRunDate).toBe(start);

    const first = await recurringOf(t).schedules.runDue();
    expect(first.failed).toBe(0);
    const made = await generatedOf(t, f.owner, r.id);
    expect(made.map((g) => g.periodDate)).toEqual([today, addMonths(start, 1), start].sort().reverse());
    expect(made.every((g) => g.status === 'draft' && g.number === null)).toBe(true);
    for (const g of made) {
      expect(g.date).toBe(g.periodDate);
      expect(g.dueDate).toBe(addDays(g.periodDate, 5));
    }
    expect(await invoiceRows(t, f.tenantId, customer)).toHaveLength(3);

    await recurringOf(t).schedules.runDue();
    await ok(request(t, f.owner, 'POST', `/api/v1/recurring-invoices/${r.id}/run`));
    expect(await invoiceRows(t, f.tenantId, customer)).toHaveLength(3);
    const after = await ok<RecurringJson>(request(t, f.owner, 'GET', `/api/v1/recurring-invoices/${r.id}`));
    expect(after).toMatchObject({ generatedCount: 3, lastPeriod: today, nextRunDate: addMonths(start, 3), lastError: null });
    const events = (await eventsOf(t, f.tenantId, 'recurring_invoice.generated')).filter((e) => e.recurringId === r.id);
    expect(events.map((e) => e.periodDate).sort()).toEqual([start, addMonths(start, 1), today].sort());
  });

  it('the scheduler jobs of the sales module run the generation and the reminders', async () => {
    const customer = await freshCustomer('Job Wiring Ltd');
    await createRecurring(t, f.owner, base({ customerId: customer, startDate: addDays(today, -1), schedule: { frequency: 'custom', interval: 1, unit: 'day' }, count: 2 }));
    const jobs = salesModule.jobs ?? [];
    expect(jobs.map((j) => j.name)).toEqual(['recurring-invoices', 'payment-reminders']);
    for (const job of jobs) await job.run(t.context);
    expect((await invoiceRows(t, f.tenantId, customer)).map((x) => x.invoice_date)).toEqual([addDays(today, -1), today]);
  });

  it('two concurrent job runs and a manual run make exactly one invoice per period', async () => {
    const customer = await freshCustomer('Race Ltd');
    const r = await createRecurring(t, f.owner, base({ customerId: customer, startDate: addDays(today, -20), schedule: { frequency: 'custom', interval: 1, unit: 'week' } }));
    const jobs = recurringOf(t).schedules;
    const results = await Promise.all([jobs.runDue(), jobs.runDue(), request(t, f.owner, 'POST', `/api/v1/recurring-invoices/${r.id}/run`), jobs.runDue()]);
    expect(results[2].statusCode).toBe(200);
    // Start −20 days, weekly: −20, −13, −6 are due.
    const rows = await invoiceRows(t, f.tenantId, customer);
    expect(rows.map((x) => x.invoice_date)).toEqual([addDays(today, -20), addDays(today, -13), addDays(today, -6)]);
    const { rows: runs } = await adminQuery(t.testDb.ownerUrl, 'select period_date::text from sales.recurring_runs where recurring_id = $1 order by 1', [r.id]);
    expect(runs).toHaveLength(3);
  });

  it('auto-issue and auto-send: the invoice gets a number and the customer gets it by mail with the PDF', async () => {
    const email = 'billing@autosend.example';
    const customer = await freshCustomer('Auto Send Ltd', email);
    const r = await createRecurring(t, f.owner, base({ customerId: customer, autoIssue: true, autoSend: true, count: 1 }));
    const run = await ok<{ generated: GeneratedJson[]; recurring: RecurringJson }>(request(t, f.owner, 'POST', `/api/v1/recurring-invoices/${r.id}/run`));
    expect(run.generated).toHaveLength(1);
    const [g] = run.generated;
    expect(g!.status).toBe('issued');
    expect(g!.number).toMatch(/\S/);
    expect(g!.sendError).toBeNull();
    expect(g!.sentAt).not.toBeNull();
    expect(run.recurring.status).toBe('finished');
    const mails = await mailsTo(t, email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain(g!.number!);
    expect(mails[0]!.attachments).toEqual([expect.objectContaining({ contentType: 'application/pdf' })]);
    expect(mails[0]!.attachments[0]!.size).toBeGreaterThan(1000);
    const invoice = await ok<{ status: string; number: string }>(request(t, f.owner, 'GET', `/api/v1/invoices/${g!.invoiceId}`));
    expect(invoice).toMatchObject({ status: 'issued', number: g!.number });
    // Running again neither makes nor mails anything.
    await recurringOf(t).schedules.runDue();
    expect(await mailsTo(t, email)).toHaveLength(1);
    expect(await invoiceRows(t, f.tenantId, customer)).toHaveLength(1);
  });

  it('auto-send to a customer without an email: the invoice stays issued, the refusal is recorded once and not retried', async () => {
    const silent = (await ok<{ id: string }>(request(t, f.owner, 'POST', '/api/v1/customers', { legalName: 'Silent Ltd', billingAddress: { line1: '1 Road', city: 'Pune', stateCode: '27', country: 'IN' } }), 201)).id;
    const r = await createRecurring(t, f.owner, base({ customerId: silent, autoIssue: true, autoSend: true, count: 1 }));
    const run = await ok<{ generated: GeneratedJson[]; recurring: RecurringJson }>(request(t, f.owner, 'POST', `/api/v1/recurring-invoices/${r.id}/run`));
    expect(run.generated[0]).toMatchObject({ status: 'issued', sentAt: null });
    expect(run.generated[0]!.sendError).toMatch(/SALES\.NO_RECIPIENT/);
    expect(run.recurring.lastError).toMatch(/SALES\.NO_RECIPIENT/);
    const { rows } = await adminQuery(t.testDb.ownerUrl, 'select send_pending from sales.recurring_runs where recurring_id = $1', [r.id]);
    expect(rows).toEqual([{ send_pending: false }]);
  });

  it('a generated draft deleted later shows as deleted and its period is not made again', async () => {
    const customer = await freshCustomer('Deleted Draft Ltd');
    const r = await createRecurring(t, f.owner, base({ customerId: customer }));
    const run = await ok<{ generated: GeneratedJson[] }>(request(t, f.owner, 'POST', `/api/v1/recurring-invoices/${r.id}/run`));
    const invoiceId = run.generated[0]!.invoiceId;
    expect((await request(t, f.owner, 'DELETE', `/api/v1/invoices/${invoiceId}`)).statusCode).toBeLessThan(300);
    await recurringOf(t).schedules.runDue();
    expect(await invoiceRows(t, f.tenantId, customer)).toEqual([]);
    const listed = await generatedOf(t, f.owner, r.id);
    expect(listed).toEqual([expect.objectContaining({ invoiceId, status: 'deleted', periodDate: today, total: null })]);
  });

  it('a failing schedule records its error and does not stop the others', async () => {
    const goodCustomer = await freshCustomer('Good Ltd');
    const badCustomer = await freshCustomer('Bad Ltd');
    const good = await createRecurring(t, f.owner, base({ customerId: goodCustomer }));
    const bad = await createRecurring(t, f.owner, base({ customerId: badCustomer }));
    // The product on the bad schedule disappears from under it (as if from another tenant or deleted).
    await adminQuery(t.testDb.ownerUrl, `update sales.recurring_invoices set template = jsonb_set(template, '{lines,0,productId}', '"01900000-0000-7000-8000-00000000dead"') where id = $1`, [bad.id]);
    const result = await recurringOf(t).schedules.runDue();
    expect(result.failed).toBeGreaterThanOrEqual(1);
    expect(await invoiceRows(t, f.tenantId, goodCustomer)).toHaveLength(1);
    expect(await invoiceRows(t, f.tenantId, badCustomer)).toHaveLength(0);
    const badAfter = await ok<RecurringJson>(request(t, f.owner, 'GET', `/api/v1/recurring-invoices/${bad.id}`));
    expect(badAfter.lastError).toMatch(/\S/);
    expect(badAfter).toMatchObject({ status: 'active', generatedCount: 0, nextRunDate: today });
    const goodAfter = await ok<RecurringJson>(request(t, f.owner, 'GET', `/api/v1/recurring-invoices/${good.id}`));
    expect(goodAfter).toMatchObject({ generatedCount: 1, lastError: null });
    // By hand the failure is a 4xx with the reason, not a 500.
    const manual = await request(t, f.owner, 'POST', `/api/v1/recurring-invoices/${bad.id}/run`);
    expect(manual.statusCode).toBeGreaterThanOrEqual(400);
    expect(manual.statusCode).toBeLessThan(500);
  });

  it('pause stops generation; resume skips what fell due while paused', async () => {
    const customer = await freshCustomer('Pause Ltd');
    const r = await createRecurring(t, f.owner, base({ customerId: customer, startDate: addDays(today, -14), schedule: { frequency: 'custom', interval: 1, unit: 'week' } }));
    const paused = await ok<RecurringJson>(request(t, f.owner, 'POST', `/api/v1/recurring-invoices/${r.id}/pause`));
    expect(paused.status).toBe('paused');
    expect(paused.nextRunDate).toBeNull();
    await recurringOf(t).schedules.runDue();
    expect(await invoiceRows(t, f.tenantId, customer)).toHaveLength(0);
    const run = await request(t, f.owner, 'POST', `/api/v1/recurring-invoices/${r.id}/run`);
    expect(run.statusCode).toBe(409);
    expect(problem(run).code).toBe('SALES.RECURRING_PAUSED');
    const resumed = await ok<RecurringJson>(request(t, f.owner, 'POST', `/api/v1/recurring-invoices/${r.id}/resume`, undefined, { 'if-match': '"v2"' }));
    // −14 and −7 are skipped; today (−14 + 14) is the next period.
    expect(resumed).toMatchObject({ status: 'active', nextRunDate: today });
    await recurringOf(t).schedules.runDue();
    expect((await invoiceRows(t, f.tenantId, customer)).map((x) => x.invoice_date)).toEqual([today]);
  });

  it('an end date or count finishes the schedule; delete keeps the invoices it made', async () => {
    const customer = await freshCustomer('Finish Ltd');
    const r = await createRecurring(t, f.owner, base({ customerId: customer, startDate: addDays(today, -3), endDate: addDays(today, -1), schedule: { frequency: 'custom', interval: 1, unit: 'day' } }));
    await ok(request(t, f.owner, 'POST', `/api/v1/recurring-invoices/${r.id}/run`));
    const after = await ok<RecurringJson>(request(t, f.owner, 'GET', `/api/v1/recurring-invoices/${r.id}`));
    expect(after).toMatchObject({ status: 'finished', generatedCount: 3, nextRunDate: null });
    const resume = await request(t, f.owner, 'POST', `/api/v1/recurring-invoices/${r.id}/resume`);
    expect(problem(resume).code).toBe('SALES.RECURRING_FINISHED');
    expect((await request(t, f.owner, 'DELETE', `/api/v1/recurring-invoices/${r.id}`, undefined, { 'if-match': '"v9"' })).statusCode).toBe(412);
    expect((await request(t, f.owner, 'DELETE', `/api/v1/recurring-invoices/${r.id}`)).statusCode).toBe(204);
    expect((await request(t, f.owner, 'GET', `/api/v1/recurring-invoices/${r.id}`)).statusCode).toBe(404);
    expect(await invoiceRows(t, f.tenantId, customer)).toHaveLength(3);
  });

  it('an API key with recurring_invoices:read reads schedules but cannot change or run them', async () => {
    const r = await createRecurring(t, f.owner, base({ startDate: addDays(today, 3) }));
    const key = await ok<{ key: string }>(request(t, f.owner, 'POST', '/api/v1/api-keys', { name: 'reader', permissions: ['recurring_invoices:read'] }), 201);
    const reader = { headers: { 'x-api-key': key.key } };
    expect((await request(t, reader, 'GET', `/api/v1/recurring-invoices/${r.id}`)).statusCode).toBe(200);
    expect((await request(t, reader, 'GET', `/api/v1/recurring-invoices/${r.id}/invoices`)).statusCode).toBe(200);
    expect((await request(t, reader, 'POST', `/api/v1/recurring-invoices/${r.id}/run`)).statusCode).toBe(403);
    expect((await request(t, reader, 'POST', `/api/v1/recurring-invoices/${r.id}/pause`)).statusCode).toBe(403);
    expect((await request(t, reader, 'DELETE', `/api/v1/recurring-invoices/${r.id}`)).statusCode).toBe(403);
  });
});
