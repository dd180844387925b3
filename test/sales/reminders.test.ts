import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, resetClock, setClock, systemActor } from '../../src/kernel/index.js';
import type { SalesApi } from '../../src/modules/sales/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { eventsOf, ok, problem, request, setUpSales, type SalesFixture } from './helpers.js';
import { addDays, issuedInvoice, mailsTo, recurringOf, todayIn } from './recurring-helpers.js';

let t: TestApp;
let f: SalesFixture;
let today: string;

beforeAll(async () => {
  t = await createTestApp();
  f = await setUpSales(t);
  today = todayIn();
});
afterEach(() => resetClock());
afterAll(async () => t?.close());

/** Runs the tenant's dunning as the job would, on `date` (noon UTC: the same date in Asia/Kolkata). */
async function dunOn(date: string) {
  setClock(fixedClock(`${date}T06:00:00Z`));
  try {
    return await recurringOf(t).reminders.runTenant(f.tenantId);
  } finally {
    resetClock();
  }
}

async function customer(name: string, email: string | null): Promise<string> {
  const contacts = email ? [{ name, email, primary: true }] : [];
  return (await ok<{ id: string }>(request(t, f.owner, 'POST', '/api/v1/customers', { legalName: name, billingAddress: { line1: '1 Road', city: 'Pune', stateCode: '27', country: 'IN' }, contacts }), 201)).id;
}

const overdueOf = async (invoiceId: string) => (await eventsOf(t, f.tenantId, 'invoice.overdue')).filter((e) => e.invoiceId === invoiceId);
const remindedOf = async (invoiceId: string) => (await eventsOf(t, f.tenantId, 'invoice.reminded')).filter((e) => e.invoiceId === invoiceId);

describe('the reminder schedule', () => {
  it('shows the defaults until saved, saves with If-Match and refuses bad input with field paths', async () => {
    const read = await request(t, f.owner, 'GET', '/api/v1/sales/reminder-schedule');
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe('"v0"');
    expect(read.json()).toMatchObject({ enabled: true, stages: [{ offsetDays: -3, key: 'd-3' }, { offsetDays: 0, key: 'd0' }, { offsetDays: 7, key: 'd+7' }, { offsetDays: 30, key: 'd+30' }], version: 0 });

    const body = { enabled: true, stages: [{ offsetDays: 30 }, { offsetDays: -3 }, { offsetDays: 0 }, { offsetDays: 7 }], subject: 'Reminder {{invoiceNumber}}', body: 'Dear {{customerName}}, {{currency}} {{amountDue}} due {{dueDate}}. {{link}}' };
    expect((await request(t, f.owner, 'PUT', '/api/v1/sales/reminder-schedule', body)).statusCode).toBe(428);
    const bad = await request(t, f.owner, 'PUT', '/api/v1/sales/reminder-schedule', { ...body, subject: 'Pay {{invoiceNo}}', stages: [{ offsetDays: 1 }, { offsetDays: 1 }] }, { 'if-match': '"v0"' });
    expect(bad.statusCode).toBe(422);
    expect(problem(bad).errors?.map((e) => e.path)).toEqual(['body.subject', 'body.stages[1].offsetDays']);
    const invalid = await request(t, f.owner, 'PUT', '/api/v1/sales/reminder-schedule', { ...body, stages: [{ offsetDays: 'soon' }] }, { 'if-match': '"v0"' });
    expect(invalid.statusCode).toBe(400);
    expect(problem(invalid).errors?.[0]?.path).toBe('body.stages[0].offsetDays');

    const saved = await ok<{ version: number; stages: { offsetDays: number }[] }>(request(t, f.owner, 'PUT', '/api/v1/sales/reminder-schedule', body, { 'if-match': '"v0"' }));
    expect(saved.version).toBe(1);
    expect(saved.stages.map((s) => s.offsetDays)).toEqual([-3, 0, 7, 30]);
    const stale = await request(t, f.owner, 'PUT', '/api/v1/sales/reminder-schedule', body, { 'if-match': '"v0"' });
    expect(stale.statusCode).toBe(412);
  });
});

describe('dunning', () => {
  it('mails each stage once, raises invoice.overdue once, and runs twice a day without repeating', async () => {
    const email = 'ap@stages.example';
    const c = await customer('Stages Ltd', email);
    const due = addDays(today, 5);
    const invoice = await issuedInvoice(t, f.owner, c, f.products.service, today, due);

    const mailedOn: string[] = [];
    for (let d = 0; d <= 40; d++) {
      const date = addDays(today, d);
      const before = (await mailsTo(t, email)).length;
      await dunOn(date);
      await dunOn(date); // a second run the same day sends nothing new
      const after = (await mailsTo(t, email)).length;
      expect(after - before, date).toBeLessThanOrEqual(1);
      if (after > before) mailedOn.push(date);
    }
    expect(mailedOn).toEqual([addDays(due, -3), due, addDays(due, 7), addDays(due, 30)]);
    const mails = await mailsTo(t, email);
    expect(mails[0]!.subject).toBe(`Reminder ${invoice.number}`);
    expect(mails[0]!.text).toContain('Dear Stages Ltd');
    expect(mails[0]!.text).toMatch(/\/public\/invoices\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/);
    expect((await remindedOf(invoice.id)).map((e) => e.stage)).toEqual(['d-3', 'd0', 'd+7', 'd+30']);
    const overdue = await overdueOf(invoice.id);
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatchObject({ number: invoice.number, dueDate: due, daysOverdue: 1 });
  });

  it('the link in a reminder opens the invoice without an account', async () => {
    const email = 'ap@linked.example';
    const c = await customer('Linked Ltd', email);
    const invoice = await issuedInvoice(t, f.owner, c, f.products.service, today, today);
    await dunOn(today);
    const [mail] = await mailsTo(t, email);
    const url = /(\/public\/invoices\/[A-Za-z0-9_.-]+)/.exec(mail!.text)![1]!;
    const page = await t.app.inject({ method: 'GET', url });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(invoice.number);
  });

  it('after a gap only the latest stage is mailed; the missed ones are not sent late', async () => {
    const email = 'ap@gap.example';
    const c = await customer('Gap Ltd', email);
    const invoice = await issuedInvoice(t, f.owner, c, f.products.service, addDays(today, -20), addDays(today, -10));
    await dunOn(today);
    await dunOn(today);
    const mails = await mailsTo(t, email);
    expect(mails).toHaveLength(1);
    expect((await remindedOf(invoice.id)).map((e) => e.stage)).toEqual(['d+7']);
    await dunOn(addDays(today, 5));
    expect(await mailsTo(t, email)).toHaveLength(1);
    await dunOn(addDays(today, 20));
    expect((await remindedOf(invoice.id)).map((e) => e.stage)).toEqual(['d+7', 'd+30']);
  });

  it('paid invoices get no reminders and no overdue event', async () => {
    const email = 'ap@paid.example';
    const c = await customer('Paid Ltd', email);
    const invoice = await issuedInvoice(t, f.owner, c, f.products.service, addDays(today, -40), addDays(today, -35));
    const sales = t.context.modules.get<SalesApi>('sales');
    await t.db.withTenant(f.tenantId, (tx) => sales.invoices.applySettlement(tx, { actor: systemActor('test'), tenantId: f.tenantId, requestId: null, ip: null }, invoice.id, invoice.total));
    await dunOn(today);
    expect(await mailsTo(t, email)).toEqual([]);
    expect(await overdueOf(invoice.id)).toEqual([]);
    const remind = await request(t, f.owner, 'POST', `/api/v1/invoices/${invoice.id}/remind`, {});
    expect(remind.statusCode).toBe(409);
    expect(problem(remind).code).toBe('SALES.INVOICE_NOT_OPEN');
  });

  it('two concurrent runs mail a stage once', async () => {
    const email = 'ap@race.example';
    const c = await customer('Race Reminders Ltd', email);
    const invoice = await issuedInvoice(t, f.owner, c, f.products.service, addDays(today, -1), today);
    setClock(fixedClock(`${today}T06:00:00Z`));
    await Promise.all([recurringOf(t).reminders.runTenant(f.tenantId), recurringOf(t).reminders.runTenant(f.tenantId), recurringOf(t).reminders.runDue()]);
    resetClock();
    expect(await mailsTo(t, email)).toHaveLength(1);
    expect(await remindedOf(invoice.id)).toHaveLength(1);
  });

  it('switched off: no emails, but invoice.overdue is still raised once', async () => {
    const read = await request(t, f.owner, 'GET', '/api/v1/sales/reminder-schedule');
    const current = read.json() as { subject: string; body: string; stages: { offsetDays: number }[] };
    await ok(request(t, f.owner, 'PUT', '/api/v1/sales/reminder-schedule', { enabled: false, stages: current.stages.map((s) => ({ offsetDays: s.offsetDays })), subject: current.subject, body: current.body }, { 'if-match': read.headers.etag as string }));
    try {
      const email = 'ap@off.example';
      const c = await customer('Off Ltd', email);
      const invoice = await issuedInvoice(t, f.owner, c, f.products.service, addDays(today, -9), addDays(today, -8));
      await dunOn(today);
      await dunOn(addDays(today, 1));
      expect(await mailsTo(t, email)).toEqual([]);
      expect(await overdueOf(invoice.id)).toHaveLength(1);
    } finally {
      const again = await request(t, f.owner, 'GET', '/api/v1/sales/reminder-schedule');
      await ok(request(t, f.owner, 'PUT', '/api/v1/sales/reminder-schedule', { enabled: true, stages: current.stages.map((s) => ({ offsetDays: s.offsetDays })), subject: current.subject, body: current.body }, { 'if-match': again.headers.etag as string }));
    }
  });
});

describe('a reminder by hand', () => {
  it('mails the customer now, logs invoice.reminded, and refuses drafts, unknown invoices and bad addresses', async () => {
    const email = 'ap@manual.example';
    const c = await customer('Manual Ltd', email);
    const invoice = await issuedInvoice(t, f.owner, c, f.products.service, today, addDays(today, 30));
    const sent = await ok<{ sentTo: string[]; subject: string }>(request(t, f.owner, 'POST', `/api/v1/invoices/${invoice.id}/remind`, {}));
    expect(sent.sentTo).toEqual([email]);
    const custom = await ok<{ sentTo: string[] }>(request(t, f.owner, 'POST', `/api/v1/invoices/${invoice.id}/remind`, { to: ['Boss@Manual.example'], message: 'Please pay {{invoiceNumber}}' }));
    expect(custom.sentTo).toEqual(['boss@manual.example']);
    expect(await mailsTo(t, email)).toHaveLength(1);
    const [bossMail] = await mailsTo(t, 'boss@manual.example');
    expect(bossMail!.text).toContain(`Please pay ${invoice.number}`);
    expect((await remindedOf(invoice.id)).map((e) => e.manual)).toEqual([true, true]);
    // A manual reminder does not use up a stage.
    await dunOn(addDays(today, 30));
    expect((await remindedOf(invoice.id)).map((e) => e.stage)).toEqual(['manual', 'manual', 'd0']);

    const draft = await ok<{ id: string }>(request(t, f.owner, 'POST', '/api/v1/invoices', { customerId: c, lines: [{ productId: f.products.service, quantity: '1' }] }), 201);
    const refused = await request(t, f.owner, 'POST', `/api/v1/invoices/${draft.id}/remind`, {});
    expect(refused.statusCode).toBe(409);
    expect(problem(refused).code).toBe('SALES.INVOICE_NOT_OPEN');
    const unknown = await request(t, f.owner, 'POST', '/api/v1/invoices/01900000-0000-7000-8000-000000000777/remind', {});
    expect(unknown.statusCode).toBe(404);
    const badTo = await request(t, f.owner, 'POST', `/api/v1/invoices/${invoice.id}/remind`, { to: ['not-an-email'] });
    expect(badTo.statusCode).toBe(400);
    expect(problem(badTo).errors?.[0]?.path).toBe('body.to[0]');

    const silent = await customer('No Mail Ltd', null);
    const noAddress = await issuedInvoice(t, f.owner, silent, f.products.service, today, today);
    const none = await request(t, f.owner, 'POST', `/api/v1/invoices/${noAddress.id}/remind`, {});
    expect(none.statusCode).toBe(422);
    expect(problem(none).code).toBe('SALES.NO_RECIPIENT');
  });
});
