import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STEPS, checklistCsv, emptyChecklist, exampleChecklist, exportChecklist, importChecklist, parseChecklist, progress, stallText } from './model';

describe('onboarding checklist', () => {
  it('measures the book’s example: 28 days to value and a 12-day stall after kickoff', () => {
    const p = progress(exampleChecklist(), '2025-04-10');
    expect(p.done).toBe(7);
    expect(p.ttv).toBe(28);
    expect(p.stalls).toEqual([{ from: 'step 3', to: 'step 4', days: 12 }]);
    expect(stallText(p.stalls[0]!, '10')).toBe('12 days between step 3 and step 4, past the 10-day threshold.');
    expect(p.silentFor).toBeUndefined();
    expect(p.warnings).toEqual([]);
    expect(p.errors).toEqual({});
  });

  it('raises a live stall alert when an open onboarding has been silent past the threshold', () => {
    const c = exampleChecklist();
    for (const id of ['value', 'handover'] as const) c.steps[id] = { done: false, date: '', note: '' };
    // The last progress was recorded on 24 March: ten days of silence by 3 April is within the
    // threshold, eleven by 4 April is past it.
    expect(progress(c, '2025-04-03').silentFor).toBeUndefined();
    expect(progress(c, '2025-04-04').silentFor).toBe(11);
    c.stallDays = '14';
    expect(progress(c, '2025-04-04').silentFor).toBeUndefined();
  });

  it('warns when onboarding is declared complete without value, or starts from an incomplete handoff', () => {
    const c = exampleChecklist();
    c.steps.value.done = false;
    c.handoff.risk = false;
    const w = progress(c, '2025-04-10').warnings;
    expect(w).toContain('The handoff is incomplete (missing: risk profile), so onboarding starts from a deficit.');
    expect(w).toContain('Step 7 is ticked but first value is not confirmed: onboarding has been declared complete without the value it exists to deliver.');
    expect(w.some((x) => x.startsWith('Ticked out of order: step 6'))).toBe(true);
  });

  it('refuses first value before the signature, and impossible dates', () => {
    const c = exampleChecklist();
    c.steps.value.date = '2025-02-20';
    c.steps.agree.date = '2025-02-30';
    const p = progress(c, '2025-04-10');
    expect(p.errors['date-value']).toBe('The date for step 6 is before the signature date.');
    expect(p.errors['date-agree']).toBe('The date for step 2 must be a real date.');
    expect(p.ttv).toBeUndefined();
  });

  it('flags dates out of order', () => {
    const c = exampleChecklist();
    c.steps.kickoff.date = '2025-03-04';
    expect(progress(c, '2025-04-10').warnings).toContain('Step 3 is dated before step 2: check the dates.');
  });

  it('never reports a negative time to value or stall, whatever the dates', () => {
    const date = fc.integer({ min: 0, max: 120 }).map((d) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.array(fc.option(date, { nil: '' }), { minLength: 7, maxLength: 7 }), (signed, dates) => {
        const c = emptyChecklist();
        c.signed = signed;
        STEPS.forEach((s, i) => (c.steps[s.id] = { done: true, date: dates[i]!, note: '' }));
        const p = progress(c, '2025-06-01');
        if (p.ttv !== undefined) expect(p.ttv).toBeGreaterThanOrEqual(0);
        for (const s of p.stalls) expect(s.days).toBeGreaterThan(10);
      }),
    );
  });

  it('round-trips through JSON, keeps the default threshold for older files, and exports CSV', () => {
    expect(importChecklist(exportChecklist(exampleChecklist()))).toEqual(exampleChecklist());
    expect(parseChecklist({ version: 1 })?.stallDays).toBe('10');
    expect(parseChecklist({ version: 1, steps: { value: { done: 'yes' } } })).toBeUndefined();
    const csv = checklistCsv(exampleChecklist()).split('\r\n');
    expect(csv[0]).toBe('step,title,done,date,evidence');
    expect(csv[7]).toBe('6,First value moment reached and confirmed by the customer,yes,2025-03-29,Finance director confirmed it in writing');
  });
});
