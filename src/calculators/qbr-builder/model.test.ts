import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { computeWith, defaultsOf, kw, n, textsFor } from '../testing';
import { evaluate } from '../inputs';
import type { TableOutput } from '../contract';

const defaults = defaultsOf(model);
const compute = computeWith(model);
const agenda = (t: TableOutput[] | undefined) => t!.find((x) => x.id === 'agenda')!.rows;
const texts = textsFor(model);

describe('qbr-builder model', () => {
  it('builds the example agenda in the book’s order, opening with the customer’s goals', () => {
    const { outputs, tables, notes } = compute();
    const rows = agenda(tables);
    expect(rows.map((r) => r.section)).toEqual([
      'Their goals', 'Their goals',
      'What has changed for them', 'What has changed for them',
      'Progress against each goal', 'Progress against each goal',
      'Problems they may not have spotted',
      'Opportunities to consider',
      'Our recommendation',
      'Decisions and actions', 'Decisions and actions', 'Decisions and actions',
    ]);
    expect(rows[4]!.item).toMatch(/^Progress: Cut onboarding/);
    expect(rows[10]).toMatchObject({ owner: 'Alex Morgan', lead: 'Vendor' });
    expect(rows.reduce((a, r) => a + (r.minutes as number), 0)).toBe(60);
    expect(outputs.verdict).toEqual({ value: 'business-review', label: 'A business review' });
    expect(n(outputs.items)).toBe(12);
    expect(n(outputs['decision-makers'])).toBe(1);
    expect(n(outputs['customer-actions'])).toBe(2);
    expect(n(outputs['customer-time'])).toBe(50);
    expect(outputs.cadence).toEqual({ value: 'quarterly', label: 'Quarterly (4 a year)' });
    expect(notes).toEqual([]);
    expect(tables![1]!.rows).toEqual([
      { name: 'Priya Shah', role: 'Operations director', decides: 'Yes' },
      { name: 'Tom Reid', role: 'Training lead', decides: 'No' },
    ]);
  });

  it('refuses an agenda with no customer goals, at the goals field', () => {
    expect(evaluate(model, texts({ goals: ' \n ' })).errors).toEqual({ goals: expect.stringContaining('opens with them') });
  });

  it('calls it a check-in when no decision-maker is invited', () => {
    const { outputs, notes } = compute({ attendees: 'Tom Reid, Training lead, no' });
    expect(kw(outputs.verdict)).toBe('check-in');
    expect(notes.map((x) => x.text)).toContain('No decision-maker is invited, so this is a check-in rather than a business review.');
    expect(compute({ attendees: '' }).notes[0]!.text).toBe('Nobody from the customer is invited yet.');
  });

  it('calls it a status update when the recommendation is blank', () => {
    expect(kw(compute({ recommendation: '' }).outputs.verdict)).toBe('status-update');
  });

  it('warns when the customer owns no action, and when there are none', () => {
    expect(compute({ actions: 'Send the report, Alex Morgan, vendor' }).notes.map((x) => x.text).join()).toMatch(/Every action sits with your side/);
    expect(compute({ actions: '' }).notes.map((x) => x.text).join()).toMatch(/owners on both sides/);
  });

  it('warns when the agenda is mostly a usage or ticket recap, and when the vendor leads most of it', () => {
    const { notes } = compute({ changes: '', problems: 'Logins fell 10%\nTicket volume up', opportunities: 'New dashboard in the roadmap', actions: 'Send usage report, Alex, vendor' });
    const all = notes.map((x) => x.text).join();
    expect(all).toMatch(/usage or ticket recap/);
    expect(compute({ changes: '', problems: '', opportunities: '', actions: 'A, Alex, vendor\nB, Alex, vendor\nC, Alex, vendor' }).notes.map((x) => x.text).join()).toMatch(/lead most of the time/);
  });

  it('reports bad attendee and action rows by number and keeps the good ones', () => {
    const { outputs, notes } = compute({ attendees: 'Priya, Director, yes\nSam, Analyst, perhaps', actions: 'Do the thing, Priya, customer\nJust words' });
    expect(n(outputs['decision-makers'])).toBe(1);
    expect(n(outputs['customer-actions'])).toBe(1);
    expect(notes.map((x) => x.text)).toEqual(
      expect.arrayContaining([
        'Attendees, row 2: decision-maker must be yes or no; the row was left out.',
        'Actions, row 2: give the action, its owner and a side of customer or vendor; the row was left out.',
      ]),
    );
  });

  it('keeps commas inside an action', () => {
    const rows = agenda(compute({ actions: 'Agree scope, budget and dates, Priya Shah, customer' }).tables);
    expect(rows.at(-1)).toMatchObject({ item: 'Agree scope, budget and dates', owner: 'Priya Shah', lead: 'Customer' });
  });

  it.each([
    ['fast', 'low', 'monthly'],
    ['steady', 'high', 'monthly'],
    ['steady', 'medium', 'quarterly'],
    ['slow', 'medium', 'quarterly'],
    ['slow', 'low', 'twice-yearly'],
  ])('suggests a cadence from the pace (%s) and complexity (%s): %s', (pace, complexity, cadence) => {
    expect(kw(compute({ pace, complexity }).outputs.cadence)).toBe(cadence);
  });

  it('always gives every minute of the meeting to some item', () => {
    fc.assert(
      fc.property(fc.integer({ min: 15, max: 240 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 6 }), (minutes, goals, actions) => {
        const over = {
          minutes,
          goals: Array.from({ length: goals }, (_, i) => `Goal ${i}`).join('\n'),
          actions: Array.from({ length: actions }, (_, i) => `Act ${i}, Owner, ${i % 2 ? 'vendor' : 'customer'}`).join('\n'),
        };
        const { outputs, tables } = compute(over);
        const rows = agenda(tables);
        expect(rows.reduce((a, r) => a + (r.minutes as number), 0)).toBe(minutes);
        expect(rows[0]!.section).toBe('Their goals');
        expect(n(outputs['customer-time'])).toBeGreaterThanOrEqual(0);
        expect(n(outputs['customer-time'])).toBeLessThanOrEqual(100);
      }),
    );
  });
});
