/**
 * Dunning (payment reminders): which reminder stage an open invoice has reached, the reminder
 * email from the tenant's template, and the ageing of what is open. Pure: dates are ISO strings,
 * amounts decimal strings.
 */
import { Decimal } from 'decimal.js';
import type { FieldIssue } from '../../../kernel/index.js';
import { addDays, daysBetween } from './schedule.js';

/** A stage: `offsetDays` relative to the due date (−3: three days before, 0: on the day, 7: a week after). */
export interface ReminderStage {
  offsetDays: number;
}

export interface ReminderSettings {
  enabled: boolean;
  stages: ReminderStage[];
  subject: string;
  body: string;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  enabled: true,
  stages: [{ offsetDays: -3 }, { offsetDays: 0 }, { offsetDays: 7 }, { offsetDays: 30 }],
  subject: 'Payment reminder: invoice {{invoiceNumber}} ({{status}})',
  body: [
    'Dear {{customerName}},',
    '',
    'This is a reminder that invoice {{invoiceNumber}} dated {{invoiceDate}} for {{currency}} {{total}} is {{status}}.',
    'Amount due: {{currency}} {{amountDue}}, due on {{dueDate}}.',
    '',
    'You can view and download the invoice here: {{link}}',
    '',
    'If you have already paid, please ignore this message.',
    '',
    '{{companyName}}',
  ].join('\n'),
};

export const PLACEHOLDERS = ['customerName', 'invoiceNumber', 'invoiceDate', 'dueDate', 'total', 'amountDue', 'currency', 'daysOverdue', 'status', 'link', 'companyName'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const PLACEHOLDER_RE = /\{\{\s*([a-zA-Z]+)\s*\}\}/g;

/** The stable key of a stage in the sent-reminders table: `d-3`, `d0`, `d+7`. */
export function stageKey(stage: ReminderStage): string {
  return stage.offsetDays === 0 ? 'd0' : stage.offsetDays > 0 ? `d+${stage.offsetDays}` : `d${stage.offsetDays}`;
}

/** The key under which the one `invoice.overdue` per invoice is recorded. */
export const OVERDUE_KEY = 'overdue';

/** Unknown placeholders and duplicate stages, as field issues. */
export function checkReminderSettings(settings: ReminderSettings, prefix = 'body'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const field of ['subject', 'body'] as const) {
    for (const match of settings[field].matchAll(PLACEHOLDER_RE)) {
      if (!(PLACEHOLDERS as readonly string[]).includes(match[1]!)) {
        issues.push({ path: `${prefix}.${field}`, message: `unknown placeholder {{${match[1]}}}; known: ${PLACEHOLDERS.join(', ')}` });
      }
    }
  }
  const seen = new Set<number>();
  settings.stages.forEach((stage, i) => {
    if (seen.has(stage.offsetDays)) issues.push({ path: `${prefix}.stages[${i}].offsetDays`, message: 'two stages on the same day' });
    seen.add(stage.offsetDays);
  });
  return issues;
}

/** Stages sorted by offset. */
export function sortedStages(stages: readonly ReminderStage[]): ReminderStage[] {
  return [...stages].sort((a, b) => a.offsetDays - b.offsetDays);
}

export interface StagePlan {
  /** The stage to email now, if any: the latest stage reached that was neither sent nor skipped. */
  send: ReminderStage | null;
  /** Earlier stages reached but not yet recorded: recorded as skipped, never mailed late in a burst. */
  skip: ReminderStage[];
}

/**
 * Which stage of an open invoice to remind about today. A stage is reached on `dueDate + offsetDays`.
 * Each stage is mailed at most once (`done` holds the keys already sent or skipped). When several
 * stages were reached since the last run (the job was down, or the invoice was issued late), only
 * the latest is mailed and the earlier ones are skipped.
 */
export function planStages(stages: readonly ReminderStage[], dueDate: string, today: string, done: ReadonlySet<string>): StagePlan {
  const reached = sortedStages(stages).filter((s) => addDays(dueDate, s.offsetDays) <= today && !done.has(stageKey(s)));
  if (reached.length === 0) return { send: null, skip: [] };
  // Stages after the last one done are what is new; an older unsent stage behind a done one is just skipped.
  const send = reached[reached.length - 1]!;
  return { send, skip: reached.slice(0, -1) };
}

/** Past the due date (due today is not overdue yet). */
export function isOverdue(dueDate: string, today: string): boolean {
  return today > dueDate;
}

export function daysOverdue(dueDate: string, today: string): number {
  return Math.max(0, daysBetween(dueDate, today));
}

/** Replaces `{{placeholder}}`s; unknown ones are left as they are (settings are checked on save). */
export function renderTemplate(template: string, values: Partial<Record<Placeholder, string>>): string {
  return template.replace(PLACEHOLDER_RE, (whole, name: string) => {
    const value = values[name as Placeholder];
    return value === undefined ? whole : value;
  });
}

export interface AgeingInput {
  dueDate: string;
  amountDue: string;
}

export const AGEING_BUCKETS = [
  { label: 'Not yet due', from: -Infinity, to: 0 },
  { label: '1–30 days', from: 1, to: 30 },
  { label: '31–60 days', from: 31, to: 60 },
  { label: '61–90 days', from: 61, to: 90 },
  { label: 'Over 90 days', from: 91, to: Infinity },
] as const;

/** Open amounts by days past due as of `asOf`, with a total; amounts with `decimals` places. */
export function ageing(invoices: readonly AgeingInput[], asOf: string, decimals = 2): { label: string; amount: string }[] {
  const sums = AGEING_BUCKETS.map(() => new Decimal(0));
  for (const invoice of invoices) {
    const days = daysBetween(invoice.dueDate, asOf);
    const i = AGEING_BUCKETS.findIndex((b) => days >= b.from && days <= b.to);
    sums[i] = sums[i]!.plus(invoice.amountDue);
  }
  const total = sums.reduce((a, b) => a.plus(b), new Decimal(0));
  return [...AGEING_BUCKETS.map((b, i) => ({ label: b.label, amount: sums[i]!.toFixed(decimals) })), { label: 'Total open', amount: total.toFixed(decimals) }];
}
