import { AppError, newId, now, type Invocation } from '../../../kernel/index.js';
import { auditFromInvocation, recordAudit } from '../../../platform/audit/index.js';
import type { Tx } from '../../../platform/db/index.js';
import { appendEvent } from '../../../platform/events/index.js';
import { staleVersion } from '../../../platform/http/index.js';
import type { InvoicesPort, InvoiceSnapshot } from '../contracts.js';
import type { SalesDeps } from '../deps.js';
import {
  checkReminderSettings,
  DEFAULT_REMINDER_SETTINGS,
  daysOverdue,
  isOverdue,
  OVERDUE_KEY,
  planStages,
  renderTemplate,
  sortedStages,
  stageKey,
  type Placeholder,
  type ReminderSettings,
} from '../domain/dunning.js';
import { addDays, dateIn } from '../domain/schedule.js';
import * as errors from './errors.js';
import type { PublicLinks } from './links.js';
import * as repo from './repo.js';

export interface ReminderScheduleView extends ReminderSettings {
  version: number;
}

const REMINDER_LINK_DAYS = 30;

/** Email addresses of a customer: the primary contact first. */
export function customerEmails(contacts: readonly { email?: string | null | undefined; primary?: boolean | undefined }[]): string[] {
  const sorted = [...contacts].sort((a, b) => Number(b.primary ?? false) - Number(a.primary ?? false));
  return [...new Set(sorted.map((c) => c.email?.trim().toLowerCase()).filter((e): e is string => !!e))];
}

/**
 * Payment reminders: the tenant's dunning schedule, the job that mails each open invoice once per
 * stage and raises `invoice.overdue` once, and the reminder sent by hand.
 */
export class Reminders {
  constructor(
    private readonly deps: SalesDeps,
    private readonly invoices: InvoicesPort,
    private readonly links: PublicLinks,
  ) {}

  private async settingsIn(tx: Tx): Promise<ReminderScheduleView> {
    const row = await repo.reminderSettings(tx);
    if (!row) return { ...DEFAULT_REMINDER_SETTINGS, version: 0 };
    return { enabled: row.enabled, stages: sortedStages(row.stages), subject: row.subject, body: row.body, version: row.version };
  }

  async getSchedule(tenantId: string): Promise<ReminderScheduleView> {
    return this.deps.db.withTenant(tenantId, (tx) => this.settingsIn(tx));
  }

  /** Saves the schedule. `expectedVersion` 0: the defaults were shown (nothing saved yet). */
  async putSchedule(inv: Invocation, expectedVersion: number, settings: ReminderSettings): Promise<ReminderScheduleView> {
    const issues = checkReminderSettings(settings);
    if (issues.length > 0) throw errors.invalidReminderSettings(issues);
    return this.deps.db.withTenant(inv.tenantId, async (tx) => {
      const before = await this.settingsIn(tx);
      if (before.version !== expectedVersion) throw staleVersion(before.version);
      const saved = await repo.saveReminderSettings(tx, inv.tenantId, expectedVersion, { ...settings, stages: sortedStages(settings.stages) });
      if (!saved) throw staleVersion(expectedVersion + 1);
      const after = await this.settingsIn(tx);
      await recordAudit(tx, auditFromInvocation(inv, 'sales.reminder_schedule_updated', 'reminder_schedule', inv.tenantId, before, after));
      return after;
    });
  }

  private async context(tenantId: string) {
    const tenant = await this.deps.identity().service.getTenant(tenantId);
    return { today: dateIn(now(), tenant.timezone), companyName: tenant.legal_name ?? tenant.name };
  }

  private async recipients(tenantId: string, customerId: string): Promise<string[]> {
    try {
      const customer = await this.deps.parties().service.get(tenantId, 'customer', customerId);
      return customerEmails(customer.contacts);
    } catch (error) {
      if (error instanceof AppError && error.kind === 'not_found') return [];
      throw error;
    }
  }

  private values(invoice: InvoiceSnapshot, today: string, companyName: string, link: string): Record<Placeholder, string> {
    const overdue = isOverdue(invoice.dueDate, today);
    return {
      customerName: invoice.customerName,
      invoiceNumber: invoice.number ?? '(draft)',
      invoiceDate: invoice.date,
      dueDate: invoice.dueDate,
      total: invoice.total,
      amountDue: invoice.amountDue,
      currency: invoice.currency,
      daysOverdue: String(daysOverdue(invoice.dueDate, today)),
      status: overdue ? `overdue by ${daysOverdue(invoice.dueDate, today)} day(s)` : invoice.dueDate === today ? 'due today' : `due on ${invoice.dueDate}`,
      link,
      companyName,
    };
  }

  private async mail(tx: Tx, tenantId: string, invoice: InvoiceSnapshot, to: string[], settings: ReminderSettings, ctx: { today: string; companyName: string }, bodyOverride?: string): Promise<string> {
    const link = await this.links.issueIn(tx, tenantId, invoice.id, REMINDER_LINK_DAYS);
    const values = this.values(invoice, ctx.today, ctx.companyName, link.url);
    const subject = renderTemplate(settings.subject, values).replace(/[\r\n]+/g, ' ').slice(0, 300);
    await this.deps.mail.send({ to, subject, text: renderTemplate(bodyOverride ?? settings.body, values), tag: 'sales.invoice-reminder' });
    return subject;
  }

  /**
   * One tenant's dunning run: each open invoice gets the latest stage it reached that was not yet
   * handled (earlier missed stages are skipped), and `invoice.overdue` once when past due. Each
   * stage is claimed by a unique row in the transaction that mails it, so a concurrent or repeated
   * run sends nothing twice; a failed mail rolls its claim back and is tried again next run.
   */
  async runTenant(tenantId: string): Promise<{ reminded: number; overdue: number }> {
    const ctx = await this.context(tenantId);
    const settings = await this.getSchedule(tenantId);
    const earliest = Math.min(0, ...settings.stages.map((s) => s.offsetDays));
    const open = await this.deps.db.withTenant(tenantId, (tx) => this.invoices.listOpen(tx, tenantId, { dueOnOrBefore: addDays(ctx.today, -earliest) }));
    const done = await this.deps.db.withTenant(tenantId, (tx) => repo.reminderKeys(tx, open.map((i) => i.id)));
    let reminded = 0;
    let overdue = 0;
    const emails = new Map<string, string[]>();
    for (const invoice of open) {
      const handled = done.get(invoice.id) ?? new Set<string>();
      if (isOverdue(invoice.dueDate, ctx.today) && !handled.has(OVERDUE_KEY)) {
        const raised = await this.deps.db.withTenant(tenantId, async (tx) => {
          if (!(await repo.claimStage(tx, tenantId, invoice.id, OVERDUE_KEY, 'raised'))) return false;
          await appendEvent(tx, {
            type: 'invoice.overdue',
            tenantId,
            actor: null,
            data: { invoiceId: invoice.id, number: invoice.number, customerId: invoice.customerId, dueDate: invoice.dueDate, amountDue: invoice.amountDue, currency: invoice.currency, daysOverdue: daysOverdue(invoice.dueDate, ctx.today) },
          });
          return true;
        });
        if (raised) overdue++;
      }
      if (!settings.enabled) continue;
      const plan = planStages(settings.stages, invoice.dueDate, ctx.today, handled);
      if (!plan.send) continue;
      if (!emails.has(invoice.customerId)) emails.set(invoice.customerId, await this.recipients(tenantId, invoice.customerId));
      const to = emails.get(invoice.customerId)!;
      const stage = plan.send;
      const sent = await this.deps.db.withTenant(tenantId, async (tx) => {
        for (const skipped of plan.skip) await repo.claimStage(tx, tenantId, invoice.id, stageKey(skipped), 'skipped');
        if (!(await repo.claimStage(tx, tenantId, invoice.id, stageKey(stage), to.length > 0 ? 'sent' : 'skipped', to))) return false;
        if (to.length === 0) return false; // no address: recorded, not retried every day
        await this.mail(tx, tenantId, invoice, to, settings, ctx);
        await appendEvent(tx, {
          type: 'invoice.reminded',
          tenantId,
          actor: null,
          data: { invoiceId: invoice.id, number: invoice.number, customerId: invoice.customerId, stage: stageKey(stage), offsetDays: stage.offsetDays, to, manual: false },
        });
        return true;
      });
      if (sent) reminded++;
    }
    return { reminded, overdue };
  }

  /**
   * The job: every tenant with open invoices. Tenants are found on the system pool (ids only);
   * each is then worked in its own tenant transactions. One failing tenant does not stop the rest.
   */
  async runDue(): Promise<{ reminded: number; overdue: number; failed: number }> {
    const tenants = await repo.tenantsWithOpenInvoices(this.deps.db.system);
    const total = { reminded: 0, overdue: 0, failed: 0 };
    for (const tenantId of tenants) {
      try {
        const r = await this.runTenant(tenantId);
        total.reminded += r.reminded;
        total.overdue += r.overdue;
      } catch (error) {
        total.failed++;
        this.deps.logger.warn({ err: error, tenantId }, 'payment reminders failed for a tenant');
      }
    }
    return total;
  }

  /** A reminder now, by hand: to the customer (or `to`), with the template or `message`. */
  async remindNow(inv: Invocation, invoiceId: string, options: { to?: string[] | undefined; message?: string | undefined }): Promise<{ invoiceId: string; sentTo: string[]; subject: string }> {
    const ctx = await this.context(inv.tenantId);
    const settings = await this.getSchedule(inv.tenantId);
    const invoice = await this.deps.db.withTenant(inv.tenantId, (tx) => this.invoiceOf(tx, inv.tenantId, invoiceId));
    if (invoice.status !== 'issued' && invoice.status !== 'partly_paid') throw errors.invoiceNotOpen(invoice.status);
    const to = options.to?.map((e) => e.toLowerCase()) ?? (await this.recipients(inv.tenantId, invoice.customerId));
    if (to.length === 0) throw errors.noRecipient();
    return this.deps.db.withTenant(inv.tenantId, async (tx) => {
      const subject = await this.mail(tx, inv.tenantId, invoice, to, settings, ctx, options.message);
      await repo.logManualReminder(tx, { tenant_id: inv.tenantId, id: newId(), invoice_id: invoice.id, sent_to: to, sent_by: `${inv.actor.type}:${inv.actor.id}` });
      const data = { invoiceId: invoice.id, number: invoice.number, customerId: invoice.customerId, stage: 'manual', offsetDays: null, to, manual: true };
      await appendEvent(tx, { type: 'invoice.reminded', tenantId: inv.tenantId, actor: inv.actor, data });
      await recordAudit(tx, auditFromInvocation(inv, 'invoice.reminded', 'invoice', invoice.id, null, data));
      return { invoiceId: invoice.id, sentTo: to, subject };
    });
  }

  private async invoiceOf(tx: Tx, tenantId: string, invoiceId: string): Promise<InvoiceSnapshot> {
    try {
      return await this.invoices.get(tx, tenantId, invoiceId);
    } catch (error) {
      if (error instanceof AppError && error.kind === 'not_found') throw errors.invoiceNotFound();
      throw error;
    }
  }
}
