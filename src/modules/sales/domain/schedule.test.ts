import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, checkSchedule, dateIn, daysInMonth, duePeriods, firstIndexAfter, nextPeriod, occurrence, type ScheduleSpec } from './schedule.js';

const monthly = (startDate: string, extra: Partial<ScheduleSpec> = {}): ScheduleSpec => ({ frequency: 'monthly', startDate, ...extra });
const dates = (spec: ScheduleSpec, n: number) => Array.from({ length: n }, (_, i) => occurrence(spec, i));
const all = (spec: ScheduleSpec, today = '2100-01-01') => duePeriods(spec, null, today, null, null, 1000).map((p) => p.date);

describe('calendar helpers', () => {
  it('knows month lengths and leap years', () => {
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('adds months with month-end clamping and days across years', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-05-31', -6)).toBe('2025-11-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('reads the date in a time zone', () => {
    const at = new Date('2026-06-30T20:00:00Z');
    expect(dateIn(at, 'UTC')).toBe('2026-06-30');
    expect(dateIn(at, 'Asia/Kolkata')).toBe('2026-07-01');
    expect(dateIn(at, 'America/Los_Angeles')).toBe('2026-06-30');
    expect(dateIn(at, 'No/Such_Zone')).toBe('2026-06-30');
  });
});

describe('monthly schedules', () => {
  it('Jan 31 monthly → Feb 28, Mar 31, Apr 30 (the anchor day is kept, not the clamped one)', () => {
    expect(dates(monthly('2026-01-31'), 5)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31']);
  });

  it('Jan 31 monthly in a leap year → Feb 29', () => {
    expect(dates(monthly('2028-01-31'), 3)).toEqual(['2028-01-31', '2028-02-29', '2028-03-31']);
  });

  it('the 29th and 30th clamp in February only', () => {
    expect(dates(monthly('2026-01-29'), 3)).toEqual(['2026-01-29', '2026-02-28', '2026-03-29']);
    expect(dates(monthly('2026-01-30'), 3)).toEqual(['2026-01-30', '2026-02-28', '2026-03-30']);
    expect(dates(monthly('2028-01-30'), 2)).toEqual(['2028-01-30', '2028-02-29']);
  });

  it('a day of month: the first period is the first fitting date on or after the start', () => {
    expect(dates(monthly('2026-01-15', { dayOfMonth: 1 }), 3)).toEqual(['2026-02-01', '2026-03-01', '2026-04-01']);
    expect(dates(monthly('2026-01-15', { dayOfMonth: 20 }), 2)).toEqual(['2026-01-20', '2026-02-20']);
    expect(dates(monthly('2026-01-15', { dayOfMonth: 15 }), 1)).toEqual(['2026-01-15']);
    // 31st in a month that has 30 days: the month's last day counts as the 31st.
    expect(dates(monthly('2026-04-30', { dayOfMonth: 31 }), 3)).toEqual(['2026-04-30', '2026-05-31', '2026-06-30']);
    expect(dates(monthly('2026-02-10', { dayOfMonth: 31 }), 2)).toEqual(['2026-02-28', '2026-03-31']);
  });

  it('crosses years', () => {
    expect(dates(monthly('2026-11-30'), 4)).toEqual(['2026-11-30', '2026-12-30', '2027-01-30', '2027-02-28']);
  });
});

describe('quarterly, yearly and custom schedules', () => {
  it('quarterly from the 31st', () => {
    expect(dates({ frequency: 'quarterly', startDate: '2026-01-31' }, 5)).toEqual(['2026-01-31', '2026-04-30', '2026-07-31', '2026-10-31', '2027-01-31']);
  });

  it('quarterly on the 1st from mid-month', () => {
    expect(dates({ frequency: 'quarterly', startDate: '2026-02-10', dayOfMonth: 1 }, 3)).toEqual(['2026-03-01', '2026-06-01', '2026-09-01']);
  });

  it('yearly from 29 Feb: 28 Feb in common years, 29 Feb again in leap years', () => {
    expect(dates({ frequency: 'yearly', startDate: '2028-02-29' }, 5)).toEqual(['2028-02-29', '2029-02-28', '2030-02-28', '2031-02-28', '2032-02-29']);
  });

  it('every N days and weeks', () => {
    expect(dates({ frequency: 'custom', interval: 10, unit: 'day', startDate: '2026-02-25' }, 3)).toEqual(['2026-02-25', '2026-03-07', '2026-03-17']);
    expect(dates({ frequency: 'custom', interval: 2, unit: 'week', startDate: '2026-12-24' }, 3)).toEqual(['2026-12-24', '2027-01-07', '2027-01-21']);
    expect(dates({ frequency: 'custom', interval: 1, unit: 'day', startDate: '2028-02-28' }, 3)).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
  });

  it('every N months', () => {
    expect(dates({ frequency: 'custom', interval: 2, unit: 'month', startDate: '2026-12-31' }, 4)).toEqual(['2026-12-31', '2027-02-28', '2027-04-30', '2027-06-30']);
    expect(dates({ frequency: 'custom', interval: 6, unit: 'month', startDate: '2026-08-31', dayOfMonth: 31 }, 3)).toEqual(['2026-08-31', '2027-02-28', '2027-08-31']);
  });
});

describe('end date, count and the next period', () => {
  it('an end date is inclusive', () => {
    expect(all(monthly('2026-01-31', { endDate: '2026-04-30' }))).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
    expect(all(monthly('2026-01-31', { endDate: '2026-04-29' }))).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
  });

  it('a count limits the periods', () => {
    expect(all(monthly('2026-01-15', { count: 3 }))).toEqual(['2026-01-15', '2026-02-15', '2026-03-15']);
    expect(nextPeriod(monthly('2026-01-15', { count: 3 }), '2026-03-15')).toBeNull();
  });

  it('both: whichever comes first', () => {
    expect(all(monthly('2026-01-15', { count: 10, endDate: '2026-02-20' }))).toEqual(['2026-01-15', '2026-02-15']);
    expect(all({ frequency: 'custom', interval: 1, unit: 'week', startDate: '2026-01-01', count: 2, endDate: '2027-01-01' })).toEqual(['2026-01-01', '2026-01-08']);
  });

  it('the next period after the last one made', () => {
    const spec = monthly('2026-01-31');
    expect(nextPeriod(spec, null)).toEqual({ index: 0, date: '2026-01-31' });
    expect(nextPeriod(spec, '2026-01-31')).toEqual({ index: 1, date: '2026-02-28' });
    expect(nextPeriod(spec, '2026-02-28')).toEqual({ index: 2, date: '2026-03-31' });
    // A changed schedule continues after the last period made, whatever it was.
    expect(nextPeriod(spec, '2026-03-05')).toEqual({ index: 2, date: '2026-03-31' });
    expect(nextPeriod(spec, '2025-12-31')).toEqual({ index: 0, date: '2026-01-31' });
  });

  it('catch-up: every missed period up to today, oldest first, and nothing twice', () => {
    const spec = monthly('2026-01-10');
    const due = duePeriods(spec, null, '2026-03-20');
    expect(due).toEqual([
      { index: 0, date: '2026-01-10' },
      { index: 1, date: '2026-02-10' },
      { index: 2, date: '2026-03-10' },
    ]);
    expect(duePeriods(spec, '2026-03-10', '2026-03-20')).toEqual([]);
    expect(duePeriods(spec, '2026-03-10', '2026-04-10')).toEqual([{ index: 3, date: '2026-04-10' }]);
  });

  it('periods skipped while paused are not billed and do not use up the count', () => {
    const spec = monthly('2026-01-10', { count: 3 });
    expect(nextPeriod(spec, '2026-01-10', '2026-04-01', 1)).toEqual({ index: 3, date: '2026-04-10' });
    expect(duePeriods(spec, '2026-01-10', '2026-07-01', '2026-04-01', 1).map((p) => p.date)).toEqual(['2026-04-10', '2026-05-10']);
    expect(nextPeriod(spec, '2026-05-10', '2026-04-01', 3)).toBeNull();
  });

  it('a start in the future has nothing due yet', () => {
    expect(duePeriods(monthly('2027-01-01'), null, '2026-12-31')).toEqual([]);
  });
});

describe('checks', () => {
  it('reports field paths', () => {
    expect(checkSchedule({ frequency: 'custom', startDate: '2026-01-01' }).map((i) => i.path)).toEqual(['body.schedule.unit', 'body.schedule.interval']);
    expect(checkSchedule({ frequency: 'monthly', unit: 'day', startDate: '2026-01-01' }).map((i) => i.path)).toEqual(['body.schedule.unit']);
    expect(checkSchedule({ frequency: 'custom', unit: 'week', interval: 1, dayOfMonth: 3, startDate: '2026-01-01' }).map((i) => i.path)).toEqual(['body.schedule.dayOfMonth']);
    expect(checkSchedule({ frequency: 'monthly', startDate: '2026-02-01', endDate: '2026-01-01' }).map((i) => i.path)).toEqual(['body.endDate']);
    expect(checkSchedule({ frequency: 'quarterly', startDate: '2026-02-01', dayOfMonth: 31 })).toEqual([]);
  });
});

describe('properties', () => {
  const dateArb = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const specArb = fc.record({
    frequency: fc.constantFrom('monthly', 'quarterly', 'yearly', 'custom') as fc.Arbitrary<ScheduleSpec['frequency']>,
    unit: fc.constantFrom('day', 'week', 'month') as fc.Arbitrary<'day' | 'week' | 'month'>,
    interval: fc.integer({ min: 1, max: 40 }),
    dayOfMonth: fc.option(fc.integer({ min: 1, max: 31 }), { nil: null }),
    startDate: dateArb,
  }).map((r): ScheduleSpec => (r.frequency === 'custom' ? { ...r, dayOfMonth: r.unit === 'month' ? r.dayOfMonth : null } : { frequency: r.frequency, dayOfMonth: r.dayOfMonth, startDate: r.startDate }));

  it('periods are strictly increasing, on or after the start, and on the anchor day or the month end', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const list = dates(spec, 30);
        expect(list[0]! >= spec.startDate).toBe(true);
        for (let i = 1; i < list.length; i++) expect(list[i]! > list[i - 1]!).toBe(true);
        const monthBased = spec.frequency !== 'custom' || spec.unit === 'month';
        if (monthBased) {
          const anchor = spec.dayOfMonth ?? Number(spec.startDate.slice(8));
          for (const d of list) {
            const [y, m, day] = d.split('-').map(Number) as [number, number, number];
            expect(day).toBe(Math.min(anchor, daysInMonth(y, m)));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('firstIndexAfter finds exactly the first period after any date', () => {
    fc.assert(
      fc.property(specArb, dateArb, (spec, after) => {
        const n = firstIndexAfter(spec, after);
        expect(occurrence(spec, n) > after).toBe(true);
        if (n > 0) expect(occurrence(spec, n - 1) <= after).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('generating one period at a time yields the same sequence as the catch-up list', () => {
    fc.assert(
      fc.property(specArb, fc.integer({ min: 1, max: 24 }), (spec, count) => {
        const bounded = { ...spec, count };
        const catchUp = duePeriods(bounded, null, '2200-01-01', null, 0).map((p) => p.date);
        const stepwise: string[] = [];
        let last: string | null = null;
        for (;;) {
          const next = nextPeriod(bounded, last, null, stepwise.length);
          if (!next) break;
          stepwise.push(next.date);
          last = next.date;
        }
        expect(stepwise).toEqual(catchUp);
        expect(stepwise).toHaveLength(count);
      }),
      { numRuns: 200 },
    );
  });
});
