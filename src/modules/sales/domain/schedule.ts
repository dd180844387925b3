/**
 * Recurring-invoice schedules: pure date arithmetic on ISO calendar dates (`YYYY-MM-DD`, UTC, no
 * times). A schedule yields a sequence of period dates; each date is one invoice and the key that
 * makes generation idempotent (one invoice per schedule and period date).
 *
 * - monthly / quarterly / yearly / custom every N months: the same day each month, clamped to the
 *   month's last day (31 Jan → 28/29 Feb → 31 Mar: the anchor day is kept, not the clamped one).
 * - custom every N days / weeks: start, start + N days, …
 * - The first period is the first date on or after the start date that fits the day of month.
 * - An end date (inclusive) and/or a count limit the sequence.
 */
import type { FieldIssue } from '../../../kernel/index.js';

export type Frequency = 'monthly' | 'quarterly' | 'yearly' | 'custom';
export type CustomUnit = 'day' | 'week' | 'month';

export interface ScheduleSpec {
  frequency: Frequency;
  /** custom: every `interval` units (1–366). */
  interval?: number | null;
  /** custom: the unit. */
  unit?: CustomUnit | null;
  /** Month-based schedules: day of the month (1–31, clamped to the month's end); default the start date's day. */
  dayOfMonth?: number | null;
  startDate: string;
  /** Inclusive; null: open-ended. */
  endDate?: string | null;
  /** At most this many periods; null: no limit. */
  count?: number | null;
}

type Step = { kind: 'months'; months: number; anchorDay: number } | { kind: 'days'; days: number };

const DAY_MS = 86_400_000;

export function parseDate(date: string): { y: number; m: number; d: number } {
  return { y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)), d: Number(date.slice(8, 10)) };
}

export function formatDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function epochDay(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

function fromEpochDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromEpochDay(epochDay(date) + days);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return epochDay(b) - epochDay(a);
}

/** The date `months` months after `y-m`, on `anchorDay` clamped to that month's last day. */
export function monthDate(y: number, m: number, months: number, anchorDay: number): string {
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatDate(year, month, Math.min(anchorDay, daysInMonth(year, month)));
}

/** Adds calendar months, clamping to the month's end (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const { y, m, d } = parseDate(date);
  return monthDate(y, m, months, d);
}

function stepOf(spec: ScheduleSpec): Step {
  const anchorDay = spec.dayOfMonth ?? parseDate(spec.startDate).d;
  switch (spec.frequency) {
    case 'monthly':
      return { kind: 'months', months: 1, anchorDay };
    case 'quarterly':
      return { kind: 'months', months: 3, anchorDay };
    case 'yearly':
      return { kind: 'months', months: 12, anchorDay };
    case 'custom': {
      const n = spec.interval ?? 1;
      if (spec.unit === 'day') return { kind: 'days', days: n };
      if (spec.unit === 'week') return { kind: 'days', days: 7 * n };
      return { kind: 'months', months: n, anchorDay };
    }
  }
}

/** What is wrong with a schedule, as field issues under `prefix` (e.g. `body`). */
export function checkSchedule(spec: ScheduleSpec, prefix = 'body'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (spec.frequency === 'custom') {
    if (!spec.unit) issues.push({ path: `${prefix}.schedule.unit`, message: 'a custom schedule needs a unit: day, week or month' });
    if (!spec.interval) issues.push({ path: `${prefix}.schedule.interval`, message: 'a custom schedule needs an interval (every N units)' });
  } else {
    if (spec.unit) issues.push({ path: `${prefix}.schedule.unit`, message: `only custom schedules take a unit (this one is ${spec.frequency})` });
    if (spec.interval != null && spec.interval !== 1) issues.push({ path: `${prefix}.schedule.interval`, message: `only custom schedules take an interval (this one is ${spec.frequency})` });
  }
  const dayBased = spec.frequency === 'custom' && (spec.unit === 'day' || spec.unit === 'week');
  if (dayBased && spec.dayOfMonth != null) issues.push({ path: `${prefix}.schedule.dayOfMonth`, message: 'day of month applies to month-based schedules only' });
  if (spec.endDate && spec.endDate < spec.startDate) issues.push({ path: `${prefix}.endDate`, message: 'the end date is before the start date' });
  return issues;
}

/** The `n`-th period date (0-based), ignoring end date and count. */
export function occurrence(spec: ScheduleSpec, n: number): string {
  const step = stepOf(spec);
  if (step.kind === 'days') return addDays(spec.startDate, n * step.days);
  const { y, m, d } = parseDate(spec.startDate);
  // The first period is in the start month when its (clamped) day is not before the start day.
  const firstInStartMonth = Math.min(step.anchorDay, daysInMonth(y, m)) >= d;
  return monthDate(y, m, (firstInStartMonth ? 0 : 1) + n * step.months, step.anchorDay);
}

/** The index of the first period dated after `after` (0 when `after` is null or before the start). */
export function firstIndexAfter(spec: ScheduleSpec, after: string | null): number {
  if (after === null || after < spec.startDate) return 0;
  const step = stepOf(spec);
  let n: number;
  if (step.kind === 'days') {
    n = Math.floor(daysBetween(spec.startDate, after) / step.days) + 1;
  } else {
    const a = parseDate(after);
    const s = parseDate(spec.startDate);
    n = Math.max(0, Math.floor(((a.y - s.y) * 12 + (a.m - s.m)) / step.months) - 1);
  }
  while (n > 0 && occurrence(spec, n - 1) > after) n--;
  while (occurrence(spec, n) <= after) n++;
  return n;
}

export interface NextPeriod {
  /** 0-based position in the sequence (also: how many periods come before it). */
  index: number;
  date: string;
}

/**
 * The next period to generate: the first one dated after `lastPeriod` and on or after `notBefore`
 * (periods skipped while a schedule was paused), within the end date and count (`generated`: how
 * many periods were made so far; default the index). Null: finished.
 */
export function nextPeriod(spec: ScheduleSpec, lastPeriod: string | null, notBefore: string | null = null, generated: number | null = null): NextPeriod | null {
  const after = notBefore && (lastPeriod === null || addDays(notBefore, -1) > lastPeriod) ? addDays(notBefore, -1) : lastPeriod;
  const index = firstIndexAfter(spec, after);
  // The count limits invoices made: periods skipped while paused do not use it up.
  if (spec.count != null && (generated ?? index) >= spec.count) return null;
  const date = occurrence(spec, index);
  if (spec.endDate && date > spec.endDate) return null;
  if (date > '9999-12-31') return null;
  return { index, date };
}

/** Every period due by `today` (inclusive) after `lastPeriod`, oldest first: the catch-up list. */
export function duePeriods(spec: ScheduleSpec, lastPeriod: string | null, today: string, notBefore: string | null = null, generated: number | null = null, max = 366): NextPeriod[] {
  const due: NextPeriod[] = [];
  let last = lastPeriod;
  while (due.length < max) {
    const next = nextPeriod(spec, last, notBefore, generated === null ? null : generated + due.length);
    if (!next || next.date > today) break;
    due.push(next);
    last = next.date;
  }
  return due;
}

/** The calendar date at `at` in an IANA time zone (UTC when the zone is unknown). */
export function dateIn(at: Date, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  } catch {
    return at.toISOString().slice(0, 10);
  }
}
