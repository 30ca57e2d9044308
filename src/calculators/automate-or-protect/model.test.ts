import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import model, { readTasks, sort } from './model';
import { evaluate } from '../inputs';
import { n } from '../testing';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)]));
const run = (tasks?: string) => evaluate(model, tasks === undefined ? defaults : { tasks }).result!;

describe('automate-or-protect model', () => {
  it('sorts the worked example: summaries automated, QBR preparation augmented, the at-risk renewal kept human, in-product tips automated with caution', () => {
    const r = run();
    expect(r.tables![0]!.rows.map((row) => [row.name, row.verdict])).toEqual([
      ['Call summaries', 'Automate'],
      ['QBR preparation', 'Augment: AI prepares, a person decides'],
      ['Renewal conversation with an at-risk executive', 'Keep human'],
      ['In-product onboarding tips for tech-touch customers', 'Automate, with caution'],
    ]);
    expect([n(r.outputs.automate), n(r.outputs.augment), n(r.outputs.human), n(r.outputs.caution)]).toEqual([2, 1, 1, 1]);
    expect(r.notes[0]!.text).toContain('Automate with caution: In-product onboarding tips for tech-touch customers.');
  });

  it('reports bad rows by number and still sorts the good ones', () => {
    const r = run('Call notes,yes,yes,no,no,low\nPricing call,maybe,no,yes,yes,high\n,yes\nRenewal email,yes,no,no,yes,medium\n\nHealth review,no,yes,no,no,low');
    expect(r.notes.filter((x) => x.level === 'warning').map((x) => x.text)).toEqual([
      'Row 2: the four questions need yes or no; the row was left out.',
      'Row 3: the task has no name; the row was left out.',
      'Row 4: stakes must be low or high; the row was left out.',
    ]);
    expect(r.tables![0]!.rows.map((row) => row.row)).toEqual([1, 6]);
  });

  it('explains an empty list instead of showing counts', () => {
    expect(run('').outputs.automate).toEqual({ unavailable: 'No tasks in the list yet: paste or type at least one row.' });
  });

  it('never automates work that needs trust or judgement, and never automates high-stakes work outright', () => {
    fc.assert(
      fc.property(fc.record({ routine: fc.boolean(), data: fc.boolean(), judgement: fc.boolean(), facing: fc.boolean(), high: fc.boolean() }), (t) => {
        const { verdict } = sort(t);
        if (t.judgement) expect(verdict).toBe('human');
        if (t.high) expect(verdict === 'automate' || verdict === 'automate-caution').toBe(false);
        if (t.facing) expect(verdict).not.toBe('automate');
        const line = `Task,${[t.routine, t.data, t.judgement, t.facing].map((b) => (b ? 'yes' : 'no')).join(',')},${t.high ? 'high' : 'low'}`;
        expect(readTasks(line).tasks[0]!.verdict).toBe(verdict);
      }),
    );
  });

  it('reads the split in a sentence', () => {
    const e = evaluate(model, { tasks: 'Call notes,yes,yes,no,no,low\nHealth review,no,yes,no,no,low' });
    const text = model.reading!(e.values, e.result!).map((s) => s.map((p) => (typeof p === 'string' ? p : 'output' in p ? `[${p.output}]` : p.value)).join(''));
    expect(text).toEqual([
      'Of 2 tasks, [automate] can be automated, [augment] should be prepared by AI and decided by a person, and [human] stay with people.',
      'Nothing in this list needs trust or judgement: check that the conversations which do are on it.',
    ]);
  });
});
