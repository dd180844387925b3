import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numberingModule } from '../../src/modules/numbering/index.js';
import { APP_ROLE, Database } from '../../src/platform/db/index.js';
import type { EventEnvelope } from '../../src/platform/events/envelope.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import { draw, numbering, ok, problem, request, setFiscalStart, updateSeries, type SeriesJson } from './helpers.js';

let t: TestApp;
/** A second pool, big enough for 20 transactions to hold a connection each at the same time. */
let wide: Database;

beforeAll(async () => {
  t = await createTestApp();
  wide = new Database({ ownerUrl: t.testDb.ownerUrl, setRole: APP_ROLE, poolSize: 24 });
});
afterAll(async () => {
  await wide?.close();
  await t?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('drawing numbers', () => {
  it('20 concurrent transactions draw 20 distinct consecutive invoice numbers', async () => {
    const owner = await t.signUp();
    // Numbering has met the tenant (as after its tenant.created event): the draws share nothing but the counter.
    expect(await draw(t, owner, 'quotation', '2026-06-15')).toBe('QT/2026-27/0001');
    let inFlight = 0;
    let most = 0;
    const numbers = await Promise.all(
      Array.from({ length: 20 }, () =>
        wide.withTenant(owner.tenantId, async (tx) => {
          inFlight += 1;
          most = Math.max(most, inFlight);
          await sleep(20); // all 20 hold their transactions open before drawing
          const number = await numbering(t).next(tx, owner.tenantId, 'invoice', '2026-06-15');
          await sleep(5); // and keep the counter locked a little after it
          inFlight -= 1;
          return number;
        }),
      ),
    );
    expect(most).toBeGreaterThanOrEqual(10);
    expect(new Set(numbers).size).toBe(20);
    expect([...numbers].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `INV/2026-27/${String(i + 1).padStart(4, '0')}`));
    expect(await draw(t, owner, 'invoice', '2026-06-16')).toBe('INV/2026-27/0021');
  });

  it('20 concurrent first draws of a tenant numbering has never seen are distinct and consecutive too', async () => {
    const owner = await t.signUp();
    const numbers = await Promise.all(Array.from({ length: 20 }, () => draw(t, owner, 'invoice', '2026-06-15', wide)));
    expect([...numbers].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `INV/2026-27/${String(i + 1).padStart(4, '0')}`));
  });

  it('a rolled-back draw gives its number back: the next draw reuses it', async () => {
    const owner = await t.signUp();
    expect(await draw(t, owner, 'invoice', '2026-06-01')).toBe('INV/2026-27/0001');
    let drawn = '';
    await expect(
      t.db.withTenant(owner.tenantId, async (tx) => {
        drawn = await numbering(t).next(tx, owner.tenantId, 'invoice', '2026-06-02');
        throw new Error('the invoice failed to post');
      }),
    ).rejects.toThrow('the invoice failed to post');
    expect(drawn).toBe('INV/2026-27/0002');
    expect(await draw(t, owner, 'invoice', '2026-06-03')).toBe('INV/2026-27/0002');
    expect(await draw(t, owner, 'invoice', '2026-06-03')).toBe('INV/2026-27/0003');
  });

  it('a draw waits for the transaction holding the counter and then gets the following number', async () => {
    const owner = await t.signUp();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const first = wide.withTenant(owner.tenantId, async (tx) => {
      const n = await numbering(t).next(tx, owner.tenantId, 'quotation', '2026-06-01');
      await held;
      return n;
    });
    await sleep(50);
    let secondDone = false;
    const second = draw(t, owner, 'quotation', '2026-06-01', wide).then((n) => ((secondDone = true), n));
    await sleep(100);
    expect(secondDone).toBe(false); // blocked on the first transaction's counter row
    release();
    expect(await first).toBe('QT/2026-27/0001');
    expect(await second).toBe('QT/2026-27/0002');
  });

  it('fiscal year rollover: 31 March and 1 April of an April-start tenant are different series', async () => {
    const owner = await t.signUp();
    expect(await draw(t, owner, 'invoice', '2026-03-30')).toBe('INV/2025-26/0001');
    expect(await draw(t, owner, 'invoice', '2026-03-31')).toBe('INV/2025-26/0002');
    expect(await draw(t, owner, 'invoice', '2026-04-01')).toBe('INV/2026-27/0001');
    expect(await draw(t, owner, 'invoice', '2026-04-02')).toBe('INV/2026-27/0002');
    // A late document dated in the old year continues the old year's series.
    expect(await draw(t, owner, 'invoice', '2026-03-31')).toBe('INV/2025-26/0003');
    expect(await draw(t, owner, 'bill', '2026-04-01')).toBe('BILL/26-27/00001');
  });

  it('a January-start tenant numbers by calendar year', async () => {
    const owner = await t.signUp();
    await setFiscalStart(t, owner, 1);
    expect(await draw(t, owner, 'invoice', '2026-12-31')).toBe('INV/2026/0001');
    expect(await draw(t, owner, 'invoice', '2027-01-01')).toBe('INV/2027/0001');
  });

  it('follows a later change of the fiscal-year start through the tenant.updated event', async () => {
    const owner = await t.signUp();
    expect(await draw(t, owner, 'sales_order', '2026-02-10')).toBe('SO/2025-26/0001'); // April start
    await setFiscalStart(t, owner, 1);
    const { rows } = await adminQuery(
      t.testDb.ownerUrl,
      `select id, type, tenant_id, data, occurred_at from platform.outbox where tenant_id = $1 and type = 'tenant.updated' order by seq desc limit 1`,
      [owner.tenantId],
    );
    const row = rows[0] as { id: string; type: string; tenant_id: string; data: unknown; occurred_at: Date };
    expect(row).toBeDefined();
    const event: EventEnvelope = { id: row.id, type: row.type, tenantId: row.tenant_id, occurredAt: new Date(row.occurred_at).toISOString(), actor: null, data: row.data, schemaVersion: 1 };
    const [handler] = numberingModule.eventHandlers!(t.context);
    await t.db.withTenant(owner.tenantId, (tx) => handler!.handle(tx, event));
    expect(await draw(t, owner, 'sales_order', '2026-02-10')).toBe('SO/2026/0001');
  });

  it('two tenants each start at 0001 and never see each other’s counters', async () => {
    const a = await t.signUp();
    const b = await t.signUp();
    expect(await draw(t, a, 'invoice', '2026-06-01')).toBe('INV/2026-27/0001');
    expect(await draw(t, a, 'invoice', '2026-06-01')).toBe('INV/2026-27/0002');
    expect(await draw(t, b, 'invoice', '2026-06-01')).toBe('INV/2026-27/0001');
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select tenant_id::text, next_value::text from numbering.counters where tenant_id in ($1, $2) order by next_value`, [a.tenantId, b.tenantId]);
    expect(rows).toEqual([
      { tenant_id: b.tenantId, next_value: '2' },
      { tenant_id: a.tenantId, next_value: '3' },
    ]);
    // A's transaction cannot draw from B's series: the rows it sees and writes are A's own.
    const crossed = await t.db.withTenant(a.tenantId, (tx) => numbering(t).next(tx, a.tenantId, 'credit_note', '2026-06-01'));
    expect(crossed).toBe('CN/2026-27/0001');
    await expect(t.db.withTenant(a.tenantId, (tx) => numbering(t).next(tx, b.tenantId, 'credit_note', '2026-06-01'))).rejects.toThrow(/row-level security|No such tenant/);
  });

  it('refuses an unknown document type or a date that is not a calendar date', async () => {
    const owner = await t.signUp();
    await expect(t.db.withTenant(owner.tenantId, (tx) => numbering(t).next(tx, owner.tenantId, 'receipt' as never, '2026-06-01'))).rejects.toMatchObject({ code: 'NUMBERING.SERIES_NOT_FOUND' });
    await expect(t.db.withTenant(owner.tenantId, (tx) => numbering(t).next(tx, owner.tenantId, 'invoice', '2026-02-30'))).rejects.toMatchObject({ code: 'NUMBERING.INVALID_DATE' });
  });
});

describe('series settings', () => {
  it('the next number may be set freely before the first draw, then only upward; each change is audited', async () => {
    const owner = await t.signUp();
    await ok(updateSeries(t, owner, 'invoice', { nextNumber: 100, date: '2026-06-01' }));
    const down = await ok<SeriesJson>(updateSeries(t, owner, 'invoice', { nextNumber: 50, date: '2026-06-01' }));
    expect(down).toMatchObject({ nextNumber: 50, drawn: 0 });
    expect(await draw(t, owner, 'invoice', '2026-06-01')).toBe('INV/2026-27/0050');
    const back = await updateSeries(t, owner, 'invoice', { nextNumber: 10, date: '2026-06-01' });
    expect(back.statusCode).toBe(422);
    expect(problem(back)).toMatchObject({ code: 'NUMBERING.NEXT_NUMBER_BACKWARDS', errors: [{ path: 'body.nextNumber' }] });
    await ok(updateSeries(t, owner, 'invoice', { nextNumber: 200, date: '2026-06-01' }));
    expect(await draw(t, owner, 'invoice', '2026-06-01')).toBe('INV/2026-27/0200');
    // Another fiscal year's counter is untouched.
    expect(await draw(t, owner, 'invoice', '2027-06-01')).toBe('INV/2027-28/0001');
    const { rows } = await adminQuery(
      t.testDb.ownerUrl,
      `select action, entity_type, entity_id, before, after from platform.audit_log where tenant_id = $1 and action = 'numbering.series_updated' order by seq`,
      [owner.tenantId],
    );
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ entity_type: 'numbering_series', entity_id: 'invoice', before: { nextNumber: 1 }, after: { nextNumber: 100, fiscalYear: '2026-27' } });
    expect(rows[2]).toMatchObject({ before: { nextNumber: 51 }, after: { nextNumber: 200 } });
  });

  it('a series that never resets continues across fiscal years', async () => {
    const owner = await t.signUp();
    await ok(updateSeries(t, owner, 'payment_received', { format: 'R-{SEQ:5}', resetYearly: false }));
    expect(await draw(t, owner, 'payment_received', '2026-03-31')).toBe('R-00001');
    expect(await draw(t, owner, 'payment_received', '2026-04-01')).toBe('R-00002');
    expect(await draw(t, owner, 'payment_received', '2025-01-01')).toBe('R-00003');
  });

  it('yearly reset needs a year token and can change only before the first draw', async () => {
    const owner = await t.signUp();
    const noYear = await updateSeries(t, owner, 'credit_note', { format: 'CN-{SEQ:4}' });
    expect(noYear.statusCode).toBe(422);
    expect(problem(noYear)).toMatchObject({ code: 'NUMBERING.RESET_NEEDS_YEAR', errors: [{ path: 'body.format' }] });
    await draw(t, owner, 'credit_note', '2026-06-01');
    const locked = await updateSeries(t, owner, 'credit_note', { format: 'CN-{SEQ:4}', resetYearly: false });
    expect(locked.statusCode).toBe(409);
    expect(problem(locked)).toMatchObject({ code: 'NUMBERING.RESET_LOCKED', errors: [{ path: 'body.resetYearly' }] });
    // The format itself may still change: the counter carries on.
    await ok(updateSeries(t, owner, 'credit_note', { prefix: 'CRN/{FY2}/', padding: 5 }));
    expect(await draw(t, owner, 'credit_note', '2026-06-01')).toBe('CRN/26-27/00002');
  });

  it('a full series refuses the draw that would pass 16 characters and advances nothing', async () => {
    const owner = await t.signUp();
    await ok(updateSeries(t, owner, 'debit_note', { format: 'ABCDEFGHIJKL{SEQ:2}', resetYearly: false, nextNumber: 9998 }));
    expect(await draw(t, owner, 'debit_note', '2026-06-01')).toBe('ABCDEFGHIJKL9998');
    expect(await draw(t, owner, 'debit_note', '2026-06-01')).toBe('ABCDEFGHIJKL9999');
    await expect(draw(t, owner, 'debit_note', '2026-06-01')).rejects.toMatchObject({ code: 'NUMBERING.SERIES_EXHAUSTED', status: 422 });
    const series = await ok<SeriesJson>(request(t, owner, 'GET', '/api/v1/numbering/series/debit_note'));
    expect(series).toMatchObject({ nextNumber: 10000, drawn: 2, preview: null });
    const tooFar = await updateSeries(t, owner, 'debit_note', { nextNumber: 123456 });
    expect(tooFar.statusCode).toBe(422);
    expect(problem(tooFar)).toMatchObject({ code: 'NUMBERING.FORMAT_TOO_LONG', errors: [{ path: 'body.nextNumber' }] });
    // Shortening the prefix makes room again.
    await ok(updateSeries(t, owner, 'debit_note', { prefix: 'D' }));
    expect(await draw(t, owner, 'debit_note', '2026-06-01')).toBe('D10000');
  });

  it('a settings change waits for a draw in flight and the draw sees a consistent series', async () => {
    const owner = await t.signUp();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const drawing = wide.withTenant(owner.tenantId, async (tx) => {
      const n = await numbering(t).next(tx, owner.tenantId, 'purchase_order', '2026-06-01');
      await held;
      return n;
    });
    await sleep(50);
    let changed = false;
    const change = updateSeries(t, owner, 'purchase_order', { resetYearly: false, format: 'PO-{SEQ:6}' }).then((r) => ((changed = true), r));
    await sleep(100);
    expect(changed).toBe(false);
    release();
    expect(await drawing).toBe('PO/2026-27/0001');
    const refused = await change;
    expect(refused.statusCode).toBe(409); // the committed draw now locks the yearly reset
    expect(problem(refused).code).toBe('NUMBERING.RESET_LOCKED');
  });
});
