import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './schedule.js';
import { ageing, checkReminderSettings, DEFAULT_REMINDER_SETTINGS, daysOverdue, isOverdue, OVERDUE_KEY, planStages, renderTemplate, stageKey } from './dunning.js';

const stages = DEFAULT_REMINDER_SETTINGS.stages; // -3, 0, 7, 30
const keys = (list: { offsetDays: number }[]) => list.map(stageKey);

describe('stage keys', () => {
  it('are stable and distinct from the overdue marker', () => {
    expect(keys(stages)).toEqual(['d-3', 'd0', 'd+7', 'd+30']);
    expect(keys(stages)).not.toContain(OVERDUE_KEY);
  });
});

describe('planStages', () => {
  const due = '2026-06-10';
  it('nothing before the first stage', () => {
    expect(planStages(stages, due, '2026-06-06', new Set())).toEqual({ send: null, skip: [] });
  });

  it('each stage on its day, once', () => {
    const done = new Set<string>();
    const sent: string[] = [];
    for (let day = 1; day <= 60; day++) {
      const today = `2026-06-${String(day).padStart(2, '0')}`.replace(/^2026-06-(3[1-9]|[4-6]\d)$/, (_, d: string) => `2026-07-${String(Number(d) - 30).padStart(2, '0')}`);
      const plan = planStages(stages, due, today, done);
      expect(plan.skip).toEqual([]);
      if (plan.send) {
        sent.push(`${stageKey(plan.send)}@${today}`);
        done.add(stageKey(plan.send));
      }
    }
    expect(sent).toEqual(['d-3@2026-06-07', 'd0@2026-06-10', 'd+7@2026-06-17', 'd+30@2026-07-10']);
  });

  it('after a gap only the latest stage reached is mailed; the earlier ones are skipped', () => {
    const plan = planStages(stages, due, '2026-06-20', new Set());
    expect(plan.send && stageKey(plan.send)).toBe('d+7');
    expect(keys(plan.skip)).toEqual(['d-3', 'd0']);
    expect(planStages(stages, due, '2026-06-20', new Set(['d-3', 'd0', 'd+7']))).toEqual({ send: null, skip: [] });
  });

  it('property: whatever days the job runs on, each stage is handled once, mails go out in stage order, and every stage reached is handled', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -30, max: 60 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 15 }),
        (offsets, gaps) => {
          const list = offsets.map((offsetDays) => ({ offsetDays }));
          const done = new Set<string>();
          const mailed: number[] = [];
          let day = addDays(due, -40);
          for (const gap of gaps) {
            day = addDays(day, gap);
            const plan = planStages(list, due, day, done);
            for (const s of [...plan.skip, ...(plan.send ? [plan.send] : [])]) {
              expect(done.has(stageKey(s))).toBe(false);
              done.add(stageKey(s));
            }
            if (plan.send) mailed.push(plan.send.offsetDays);
          }
          expect([...mailed].sort((a, b) => a - b)).toEqual(mailed);
          const reached = list.filter((s) => addDays(due, s.offsetDays) <= day).map(stageKey).sort();
          expect([...done].sort()).toEqual(reached);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stages in any order', () => {
    const plan = planStages([{ offsetDays: 30 }, { offsetDays: -3 }], due, '2026-06-08', new Set());
    expect(plan.send && stageKey(plan.send)).toBe('d-3');
  });
});

describe('overdue', () => {
  it('due today is not overdue; the day after is', () => {
    expect(isOverdue('2026-06-10', '2026-06-10')).toBe(false);
    expect(isOverdue('2026-06-10', '2026-06-11')).toBe(true);
    expect(daysOverdue('2026-06-10', '2026-06-08')).toBe(0);
    expect(daysOverdue('2026-06-10', '2026-07-10')).toBe(30);
  });
});

describe('templates', () => {
  it('fills placeholders, keeps unknown ones', () => {
    expect(renderTemplate('Hi {{customerName}}, {{ invoiceNumber }} is {{status}} — {{nope}}', { customerName: 'Acme', invoiceNumber: 'INV/1', status: 'due' })).toBe(
      'Hi Acme, INV/1 is due — {{nope}}',
    );
  });

  it('the default template uses only known placeholders', () => {
    expect(checkReminderSettings(DEFAULT_REMINDER_SETTINGS)).toEqual([]);
  });

  it('reports unknown placeholders and duplicate stages with field paths', () => {
    const issues = checkReminderSettings({ enabled: true, stages: [{ offsetDays: 3 }, { offsetDays: 3 }], subject: 'Pay {{invoiceNo}}', body: '{{amountDue}} {{foo}}' });
    expect(issues.map((i) => i.path)).toEqual(['body.subject', 'body.body', 'body.stages[1].offsetDays']);
  });
});

describe('ageing', () => {
  it('buckets open amounts by days past due, with a total, in exact decimals', () => {
    const rows = ageing(
      [
        { dueDate: '2026-06-30', amountDue: '100.10' }, // not yet due
        { dueDate: '2026-06-29', amountDue: '0.20' }, // 1 day
        { dueDate: '2026-05-31', amountDue: '10.00' }, // 30 days
        { dueDate: '2026-05-30', amountDue: '20.00' }, // 31 days
        { dueDate: '2026-04-01', amountDue: '30.00' }, // 90 days
        { dueDate: '2026-03-31', amountDue: '40.00' }, // 91 days
        { dueDate: '2020-01-01', amountDue: '0.70' },
      ],
      '2026-06-30',
    );
    expect(rows).toEqual([
      { label: 'Not yet due', amount: '100.10' },
      { label: '1–30 days', amount: '10.20' },
      { label: '31–60 days', amount: '20.00' },
      { label: '61–90 days', amount: '30.00' },
      { label: 'Over 90 days', amount: '40.70' },
      { label: 'Total open', amount: '201.00' },
    ]);
    expect(ageing([], '2026-06-30', 0).at(-1)).toEqual({ label: 'Total open', amount: '0' });
  });
});
