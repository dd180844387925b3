import { AppError, newId, now, type Actor, type FieldIssue, type Invocation } from '../../../kernel/index.js';
import { auditFromInvocation, recordAudit } from '../../../platform/audit/index.js';
import { appendEvent } from '../../../platform/events/index.js';
import type { Tx } from '../../../platform/db/index.js';
import { staleVersion } from '../../../platform/http/index.js';
import type { InvoiceDraftInput, InvoicesPort, InvoiceSnapshot } from '../contracts.js';
import type { SalesDeps } from '../deps.js';
import { addDays, checkSchedule, dateIn, nextPeriod, type ScheduleSpec } from '../domain/schedule.js';
import * as errors from './errors.js';
import * as repo from './repo.js';
import type { RecurringBody } from './schemas.js';

export function specOf(r: Pick<repo.RecurringRow, 'frequency' | 'interval_count' | 'interval_unit' | 'day_of_month' | 'start_date' | 'end_date' | 'max_count'>): ScheduleSpec {
  return {
    frequency: r.frequency,
    interval: r.interval_count,
    unit: r.interval_unit,
    dayOfMonth: r.day_of_month,
    startDate: r.start_date,
    endDate: r.end_date,
    count: r.max_count,
  };
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function recurringView(r: repo.RecurringRow) {
  return {
    id: r.id,
    name: r.name,
    customerId: r.customer_id,
    status: r.status,
    schedule: { frequency: r.frequency, interval: r.interval_count, unit: r.interval_unit, dayOfMonth: r.day_of_month },
    startDate: r.start_date,
    endDate: r.end_date,
    count: r.max_count,
    dueDays: r.due_days,
    autoIssue: r.auto_issue,
    autoSend: r.auto_send,
    currency: r.template.currency,
    placeOfSupply: r.template.placeOfSupply,
    reference: r.template.reference,
    notes: r.template.notes,
    terms: r.template.terms,
    lines: r.template.lines as unknown as Record<string, unknown>[],
    generatedCount: r.generated_count,
    lastPeriod: r.last_period,
    nextRunDate: r.status === 'active' ? r.next_run : null,
    lastRunAt: iso(r.last_run_at),
    lastError: r.last_error,
    lastErrorAt: iso(r.last_error_at),
    version: r.version,
    createdAt: iso(r.created_at)!,
    updatedAt: iso(r.updated_at)!,
  };
}
export type RecurringView = ReturnType<typeof recurringView>;

export interface GeneratedInvoice {
  periodDate: string;
  periodIndex: number;
  invoiceId: string;
  number: string | null;
  status: string;
  date: string;
  dueDate: string | null;
  total: string | null;
  currency: string | null;
  sentAt: string | null;
  sendError: string | null;
}

/** The draft a period makes (pure; exported for tests). */
export function draftFor(r: Pick<repo.RecurringRow, 'customer_id' | 'due_days' | 'template' | 'name'>, periodDate: string): InvoiceDraftInput {
  const t = r.template;
  return {
    customerId: r.customer_id,
    date: periodDate,
    dueDate: r.due_days === null ? null : addDays(periodDate, r.due_days),
    currency: t.currency,
    placeOfSupply: t.placeOfSupply,
    reference: t.reference,
    notes: t.notes,
    terms: t.terms,
    lines: t.lines,
  };
}

function errorText(error: unknown): string {
  if (error instanceof AppError) {
    const fields = error.errors.map((e) => `${e.path}: ${e.message}`).join('; ');
    return `${error.code}: ${error.message}${fields ? ` (${fields})` : ''}`.slice(0, 2000);
  }
  return (error instanceof Error ? error.message : String(error)).slice(0, 2000);
}

/** Recurring invoices: schedules, and the scheduler that makes each period's invoice once. */
export class RecurringInvoices {
  constructor(
    private readonly deps: SalesDeps,
    private readonly invoices: InvoicesPort,
  ) {}

  /** Today in the tenant's time zone: a period is due on its date where the tenant is. */
  async todayOf(tenantId: string): Promise<string> {
    const tenant = await this.deps.identity().service.getTenant(tenantId);
    return dateIn(now(), tenant.timezone);
  }

  private async checkBody(inv: Invocation, body: RecurringBody): Promise<void> {
    const issues: FieldIssue[] = checkSchedule(this.specOfBody(body));
    if (body.autoSend && !body.autoIssue) issues.push({ path: 'body.autoSend', message: 'auto-send needs autoIssue: drafts are not sent' });
    body.lines.forEach((line, i) => {
      if (!line.productId && !line.description) issues.push({ path: `body.lines[${i}].description`, message: 'a line without a product needs a description' });
      if (!line.productId && !line.unitPrice) issues.push({ path: `body.lines[${i}].unitPrice`, message: 'a line without a product needs a unit price' });
    });
    if (issues.length > 0) throw errors.invalidRecurring(issues);
    try {
      const customer = await this.deps.parties().service.get(inv.tenantId, 'customer', body.customerId);
      if (customer.status === 'archived') throw errors.invalidRecurring([{ path: 'body.customerId', message: 'the customer is archived' }]);
    } catch (error) {
      if (error instanceof AppError && error.kind === 'not_found') throw errors.customerNotFound();
      throw error;
    }
    // The invoices area validates the lines (products, stores, prices) as it would for the first
    // period's draft; the draft is rolled back.
    const rollback = new Error('dry run');
    try {
      await this.deps.db.withTenant(inv.tenantId, async (tx) => {
        await this.invoices.createDraft(tx, inv, draftFor({ customer_id: body.customerId, due_days: body.dueDays ?? null, template: this.templateOf(body), name: '' }, body.startDate));
        throw rollback;
      });
    } catch (error) {
      if (error !== rollback) throw error;
    }
  }

  private specOfBody(body: RecurringBody): ScheduleSpec {
    return {
      frequency: body.schedule.frequency,
      interval: body.schedule.interval ?? null,
      unit: body.schedule.unit ?? null,
      dayOfMonth: body.schedule.dayOfMonth ?? null,
      startDate: body.startDate,
      endDate: body.endDate ?? null,
      count: body.count ?? null,
    };
  }

  private templateOf(body: RecurringBody): repo.RecurringTemplate {
    return {
      currency: body.currency ?? null,
      placeOfSupply: body.placeOfSupply ?? null,
      reference: body.reference ?? null,
      notes: body.notes ?? null,
      terms: body.terms ?? null,
      lines: body.lines.map((l) => Object.fromEntries(Object.entries(l).filter(([, v]) => v !== undefined))) as unknown as repo.RecurringTemplate['lines'],
    };
  }

  /** Schedule fields from a body, with the next run worked out from what was already made. */
  private fieldsOf(body: RecurringBody, made: { last_period: string | null; not_before: string | null; generated_count: number; status: repo.RecurringRow['status'] }): repo.RecurringWrite {
    const spec = this.specOfBody(body);
    const next = nextPeriod(spec, made.last_period, made.not_before, made.generated_count);
    const status = made.status === 'paused' ? 'paused' : next ? 'active' : 'finished';
    return {
      name: body.name ?? `Every ${body.schedule.frequency === 'custom' ? `${body.schedule.interval} ${body.schedule.unit}(s)` : body.schedule.frequency.replace('ly', '')} from ${body.startDate}`,
      customer_id: body.customerId,
      status,
      frequency: spec.frequency,
      interval_count: spec.interval ?? null,
      interval_unit: spec.unit ?? null,
      day_of_month: spec.dayOfMonth ?? null,
      start_date: spec.startDate,
      end_date: spec.endDate ?? null,
      max_count: spec.count ?? null,
      due_days: body.dueDays ?? null,
      auto_issue: body.autoIssue,
      auto_send: body.autoSend,
      template: this.templateOf(body),
      generated_count: made.generated_count,
      last_period: made.last_period,
      not_before: made.not_before,
      next_run: next?.date ?? null,
    };
  }

  async create(inv: Invocation, body: RecurringBody): Promise<repo.RecurringRow> {
    await this.checkBody(inv, body);
    return this.deps.db.withTenant(inv.tenantId, async (tx) => {
      const id = newId();
      const fields = this.fieldsOf(body, { last_period: null, not_before: null, generated_count: 0, status: 'active' });
      const created = await repo.insert(tx, { ...fields, tenant_id: inv.tenantId, id, created_by: `${inv.actor.type}:${inv.actor.id}` });
      await recordAudit(tx, auditFromInvocation(inv, 'recurring_invoice.created', 'recurring_invoice', id, null, recurringView(created)));
      return created;
    });
  }

  async get(tenantId: string, id: string): Promise<repo.RecurringRow> {
    const found = await this.deps.db.withTenant(tenantId, (tx) => repo.find(tx, id));
    if (!found) throw errors.recurringNotFound();
    return found;
  }

  async list(tenantId: string, filter: { status?: string | undefined; customerId?: string | undefined; afterId?: string | undefined; limit: number }): Promise<repo.RecurringRow[]> {
    return this.deps.db.withTenant(tenantId, (tx) => repo.list(tx, filter));
  }

  async update(inv: Invocation, id: string, expectedVersion: number, body: RecurringBody): Promise<repo.RecurringRow> {
    await this.exists(inv.tenantId, id);
    await this.checkBody(inv, body);
    return this.deps.db.withTenant(inv.tenantId, async (tx) => {
      const before = await repo.find(tx, id, 'update');
      if (!before) throw errors.recurringNotFound();
      if (before.version !== expectedVersion) throw staleVersion(before.version);
      const after = await repo.update(tx, id, expectedVersion, this.fieldsOf(body, before));
      if (!after) throw staleVersion(before.version + 1);
      await recordAudit(tx, auditFromInvocation(inv, 'recurring_invoice.updated', 'recurring_invoice', id, recurringView(before), recurringView(after)));
      return after;
    });
  }

  private async exists(tenantId: string, id: string): Promise<void> {
    await this.get(tenantId, id);
  }

  /** Deletes the schedule (the invoices it made stay). If-Match optional. */
  async remove(inv: Invocation, id: string, expectedVersion: number | null): Promise<void> {
    await this.deps.db.withTenant(inv.tenantId, async (tx) => {
      const before = await repo.find(tx, id, 'update');
      if (!before) throw errors.recurringNotFound();
      if (expectedVersion !== null && before.version !== expectedVersion) throw staleVersion(before.version);
      await repo.remove(tx, id);
      await recordAudit(tx, auditFromInvocation(inv, 'recurring_invoice.deleted', 'recurring_invoice', id, recurringView(before), null));
    });
  }

  /**
   * Pause: nothing is generated until resumed. Resume: periods that fell due while paused are
   * skipped (not billed late); generation continues from today.
   */
  async setPaused(inv: Invocation, id: string, paused: boolean, expectedVersion: number | null): Promise<repo.RecurringRow> {
    const today = await this.todayOf(inv.tenantId);
    return this.deps.db.withTenant(inv.tenantId, async (tx) => {
      const before = await repo.find(tx, id, 'update');
      if (!before) throw errors.recurringNotFound();
      if (expectedVersion !== null && before.version !== expectedVersion) throw staleVersion(before.version);
      if (before.status === 'finished') throw errors.recurringFinished();
      if ((before.status === 'paused') === paused) return before;
      let changes: Partial<repo.RecurringWrite>;
      if (paused) {
        changes = { status: 'paused' };
      } else {
        const notBefore = before.not_before && before.not_before > today ? before.not_before : today;
        const next = nextPeriod(specOf(before), before.last_period, notBefore, before.generated_count);
        changes = { status: next ? 'active' : 'finished', not_before: notBefore, next_run: next?.date ?? null };
      }
      const after = await repo.update(tx, id, before.version, changes);
      if (!after) throw staleVersion(before.version + 1);
      await recordAudit(tx, auditFromInvocation(inv, paused ? 'recurring_invoice.paused' : 'recurring_invoice.resumed', 'recurring_invoice', id, recurringView(before), recurringView(after)));
      return after;
    });
  }

  /** The invoices a schedule made, newest period first. */
  async invoicesOf(tenantId: string, id: string, page: { beforeDate?: string | undefined; limit: number }): Promise<{ items: GeneratedInvoice[]; last: string | null; more: boolean }> {
    return this.deps.db.withTenant(tenantId, async (tx) => {
      if (!(await repo.find(tx, id))) throw errors.recurringNotFound();
      const rows = await repo.runs(tx, id, page);
      const shown = rows.slice(0, page.limit);
      const items: GeneratedInvoice[] = [];
      for (const run of shown) items.push(generatedView(run, await this.invoiceOrNull(tx, tenantId, run.invoice_id)));
      return { items, last: shown[shown.length - 1]?.period_date ?? null, more: rows.length > page.limit };
    });
  }

  /** The invoice a run made, or null when it is gone (a draft deleted since). */
  private async invoiceOrNull(tx: Tx, tenantId: string, invoiceId: string): Promise<InvoiceSnapshot | null> {
    try {
      return await this.invoices.get(tx, tenantId, invoiceId);
    } catch (error) {
      if (error instanceof AppError && error.kind === 'not_found') return null;
      throw error;
    }
  }

  /**
   * Makes every period of one schedule that is due by today (catching up missed ones), each in its
   * own transaction, then mails what auto-send owes. A failure stops this schedule (recorded as its
   * last error) and is rethrown.
   */
  async runSchedule(tenantId: string, id: string, actor: Actor | null = null, requestId: string | null = null): Promise<GeneratedInvoice[]> {
    const today = await this.todayOf(tenantId);
    const made: GeneratedInvoice[] = [];
    try {
      for (let guard = 0; guard < 1000; guard++) {
        const one = await this.generateNext(tenantId, id, today, actor, requestId);
        if (!one) break;
        made.push(one);
      }
    } catch (error) {
      await this.recordError(tenantId, id, error);
      throw error;
    }
    const sends = await this.sendPending(tenantId, id, actor);
    return made.map((m) => ({ ...m, ...sends.get(m.invoiceId) }));
  }

  /** The manual "run now": the caller's schedule must exist and be active. */
  async runNow(inv: Invocation, id: string): Promise<{ generated: GeneratedInvoice[]; recurring: repo.RecurringRow }> {
    const before = await this.get(inv.tenantId, id);
    if (before.status === 'paused') throw errors.recurringPaused();
    const generated = before.status === 'active' ? await this.runSchedule(inv.tenantId, id, inv.actor, inv.requestId) : [];
    return { generated, recurring: await this.get(inv.tenantId, id) };
  }

  /**
   * One period, in one transaction: lock the schedule, work out its next period, make the draft
   * (issue it when asked), record the (schedule, period) run, move the schedule on and append
   * `recurring_invoice.generated`. A second worker waits on the lock and then finds nothing due.
   */
  private async generateNext(tenantId: string, id: string, today: string, caller: Actor | null, requestId: string | null): Promise<GeneratedInvoice | null> {
    return this.deps.db.withTenant(tenantId, async (tx) => {
      const r = await repo.find(tx, id, 'update');
      if (!r || r.status !== 'active') return null;
      const spec = specOf(r);
      const next = nextPeriod(spec, r.last_period, r.not_before, r.generated_count);
      if (!next) {
        await tx.updateTable('sales.recurring_invoices').set({ status: 'finished', next_run: null }).where('id', '=', id).execute();
        return null;
      }
      if (next.date > today) {
        if (r.next_run !== next.date) await tx.updateTable('sales.recurring_invoices').set({ next_run: next.date }).where('id', '=', id).execute();
        return null;
      }
      // The schedule acts (its id is the actor's), on behalf of whoever asked when run by hand.
      const actor: Actor = caller ?? { type: 'system', id: r.id };
      const inv: Invocation = { actor, tenantId, requestId, ip: null };
      const draft = await this.invoices.createDraft(tx, inv, draftFor(r, next.date));
      const invoice = r.auto_issue ? await this.invoices.issue(tx, inv, draft.id) : draft;
      const claimed = await repo.insertRun(tx, {
        tenant_id: tenantId,
        recurring_id: id,
        period_date: next.date,
        period_index: next.index,
        invoice_id: invoice.id,
        issued: invoice.status !== 'draft',
        send_pending: r.auto_send && invoice.status !== 'draft',
      });
      // Under the row lock this cannot happen; if it does, roll the draft back rather than make a second.
      if (!claimed) throw new AppError('conflict', 'SALES.RECURRING_PERIOD_TAKEN', `The period ${next.date} already has an invoice`);
      const following = nextPeriod(spec, next.date, r.not_before, r.generated_count + 1);
      await tx
        .updateTable('sales.recurring_invoices')
        .set({
          generated_count: r.generated_count + 1,
          last_period: next.date,
          next_run: following?.date ?? null,
          status: following ? 'active' : 'finished',
          last_run_at: now(),
          last_error: null,
          last_error_at: null,
        })
        .where('id', '=', id)
        .execute();
      const data = { recurringId: id, periodDate: next.date, periodIndex: next.index, invoiceId: invoice.id, number: invoice.number, status: invoice.status, customerId: r.customer_id, total: invoice.total, currency: invoice.currency };
      await appendEvent(tx, { type: 'recurring_invoice.generated', tenantId, actor, data });
      await recordAudit(tx, auditFromInvocation(inv, 'recurring_invoice.generated', 'recurring_invoice', id, null, data));
      return {
        periodDate: next.date,
        periodIndex: next.index,
        invoiceId: invoice.id,
        number: invoice.number,
        status: invoice.status,
        date: invoice.date,
        dueDate: invoice.dueDate,
        total: invoice.total,
        currency: invoice.currency,
        sentAt: null,
        sendError: null,
      };
    });
  }

  /** Mails every issued invoice of the schedule that auto-send still owes (each in its own transaction, after the one that made it). */
  private async sendPending(tenantId: string, id: string, caller: Actor | null): Promise<Map<string, { sentAt: string | null; sendError: string | null }>> {
    const result = new Map<string, { sentAt: string | null; sendError: string | null }>();
    const pending = await this.deps.db.withTenant(tenantId, (tx) => repo.pendingSends(tx, id));
    for (const run of pending) {
      let error: string | null = null;
      let permanent = false;
      try {
        await this.invoices.send({ actor: caller ?? { type: 'system', id }, tenantId, requestId: null, ip: null }, run.invoice_id);
      } catch (e) {
        error = `Sending invoice ${run.invoice_id}: ${errorText(e)}`;
        // A refusal (no email address, invoice voided) will not fix itself: record it and stop
        // retrying. A delivery failure (SMTP down) is tried again on the next run.
        permanent = e instanceof AppError;
        this.deps.logger.warn({ err: e, tenantId, recurringId: id, invoiceId: run.invoice_id }, 'recurring invoice: auto-send failed');
      }
      await this.deps.db.withTenant(tenantId, async (tx) => {
        await repo.markSent(tx, id, run.period_date, error, permanent);
        if (error) await repo.note(tx, id, { last_error: error, last_error_at: now() });
      });
      result.set(run.invoice_id, { sentAt: error ? null : now().toISOString(), sendError: error });
    }
    return result;
  }

  private async recordError(tenantId: string, id: string, error: unknown): Promise<void> {
    this.deps.logger.warn({ err: error, tenantId, recurringId: id }, 'recurring invoice: generation failed');
    try {
      await this.deps.db.withTenant(tenantId, (tx) => repo.note(tx, id, { last_error: errorText(error), last_error_at: now(), last_run_at: now() }));
    } catch (e) {
      this.deps.logger.error({ err: e, tenantId, recurringId: id }, 'recurring invoice: could not record the failure');
    }
  }

  /**
   * The scheduler job: every active schedule of every tenant with a period due, oldest first. One
   * failing schedule is recorded on it and does not stop the others.
   */
  async runDue(): Promise<{ generated: number; failed: number }> {
    // A day ahead of UTC covers every time zone; each schedule then checks its tenant's today.
    const horizon = addDays(now().toISOString().slice(0, 10), 1);
    const due = await repo.dueSchedules(this.deps.db.system, horizon);
    const pending = await repo.schedulesWithPendingSends(this.deps.db.system);
    const all = new Map<string, string>();
    for (const d of due) all.set(d.id, d.tenant_id);
    for (const p of pending) all.set(p.recurring_id, p.tenant_id);
    let generated = 0;
    let failed = 0;
    for (const [id, tenantId] of all) {
      try {
        generated += (await this.runSchedule(tenantId, id)).length;
      } catch {
        failed++;
      }
    }
    return { generated, failed };
  }
}

export function generatedView(run: repo.RunRow, invoice: InvoiceSnapshot | null): GeneratedInvoice {
  return {
    periodDate: run.period_date,
    periodIndex: run.period_index,
    invoiceId: run.invoice_id,
    number: invoice?.number ?? null,
    status: invoice?.status ?? 'deleted',
    date: invoice?.date ?? run.period_date,
    dueDate: invoice?.dueDate ?? null,
    total: invoice?.total ?? null,
    currency: invoice?.currency ?? null,
    sentAt: run.sent_at ? new Date(run.sent_at).toISOString() : null,
    sendError: run.send_error,
  };
}
