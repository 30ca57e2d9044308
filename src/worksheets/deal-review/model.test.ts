import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  assess,
  contractValue,
  emptyReview,
  exportReview,
  importReview,
  parseReview,
  MILESTONES,
  NOTE_MAX,
  PROMPTS,
  RISKS,
  SECTIONS,
  type DealReview,
  type PromptStatus,
} from './model';

/** A review with every prompt documented, no risks and every milestone done. */
function clean(): DealReview {
  const r = emptyReview();
  for (const p of PROMPTS) r.prompts[p.id] = { status: 'documented', note: '' };
  for (const m of MILESTONES) r.milestones[m.id] = true;
  r.icpFit = 'yes';
  return r;
}

describe('deal review model', () => {
  it('has twelve prompts, three in each of four sections, and four milestones', () => {
    expect(PROMPTS).toHaveLength(12);
    for (const s of SECTIONS) expect(PROMPTS.filter((p) => p.section === s.id)).toHaveLength(3);
    expect(MILESTONES).toHaveLength(4);
    expect(RISKS).toHaveLength(7);
  });

  it('calls a fully documented review with all milestones and no risks ready', () => {
    const a = assess(clean());
    expect(a).toMatchObject({ readiness: 100, milestones: 4, flags: [], status: 'ready' });
  });

  it('counts readiness over applicable prompts only', () => {
    const r = clean();
    r.prompts.migration.status = 'na';
    r.prompts['personalities'].status = 'unknown';
    const a = assess(r);
    expect(a.applicable).toBe(11);
    expect(a.documented).toBe(10);
    expect(a.readiness).toBeCloseTo(90.909, 3);
    expect(a.status).toBe('conditions');
    expect(a.flags).toEqual([{ level: 'amber', from: 'People and account dynamics', text: 'Personalities is unknown.' }]);
  });

  it('leaves readiness undefined, never 0%, when every prompt is not applicable', () => {
    const r = clean();
    for (const p of PROMPTS) r.prompts[p.id].status = 'na';
    const a = assess(r);
    expect(a.readiness).toBeNull();
    expect(a.status).toBe('not-ready');
    expect(a.reasons).toContain('Every prompt is marked not applicable, so readiness cannot be measured: mark the prompts that apply.');
  });

  it('is not ready below 75% documented even with no red flags', () => {
    const r = clean();
    for (const id of ['why-now', 'hook', 'migration', 'personalities'] as const) r.prompts[id].status = 'unknown';
    const a = assess(r);
    expect(a.readiness).toBeCloseTo(66.667, 3);
    expect(a.status).toBe('not-ready');
    expect(a.reasons[0]).toBe('Only 67% of the applicable prompts are documented; handover needs at least 75%.');
  });

  it('raises the three red flags, each from its section', () => {
    const r = clean();
    r.icpFit = 'no';
    r.risks['integration-gap'] = true;
    r.risks['outside-icp'] = true;
    r.risks['contract-mismatch'] = true;
    const a = assess(r);
    expect(a.flags.filter((f) => f.level === 'red').map((f) => f.from)).toEqual(['Technical and service scope', 'Fit with the ICP, and risk', 'Fit with the ICP, and risk']);
    expect(a.status).toBe('not-ready');
    expect(a.reasons[0]).toBe('3 red flags to clear before handover.');
  });

  it('clears the outside-ICP red flag once leadership has it with a backup plan', () => {
    const r = clean();
    r.icpFit = 'no';
    r.risks['outside-icp'] = true;
    r.risks.raised = true;
    expect(assess(r).status).toBe('ready');
  });

  it('turns free services, an unconfirmed timeline and a missing champion into conditions', () => {
    const r = clean();
    r.risks['free-services'] = true;
    r.risks['timeline-unvalidated'] = true;
    r.risks['no-champion'] = true;
    const a = assess(r);
    expect(a.flags.map((f) => f.level)).toEqual(['amber', 'amber', 'amber']);
    expect(a.status).toBe('conditions');
  });

  it('flags a missing 30/60/90-day success definition once, not also as unknown', () => {
    const r = clean();
    r.prompts['success-definition'].status = 'unknown';
    const flags = assess(r).flags;
    expect(flags).toHaveLength(1);
    expect(flags[0]!.text).toContain('30, 60 and 90-day definition of success is missing');
  });

  it('makes missing milestones conditions', () => {
    const r = clean();
    r.milestones.cadence = false;
    const a = assess(r);
    expect(a.milestones).toBe(3);
    expect(a.status).toBe('conditions');
    expect(a.flags[0]).toEqual({ level: 'amber', from: 'Handover milestones', text: 'Still to do: sales and CS cadence set for the first contract year.' });
  });

  it('asks the reader to resolve an ICP status that contradicts the outside-ICP tick', () => {
    const r = clean();
    r.risks['outside-icp'] = true;
    r.risks.raised = true;
    expect(assess(r).flags[0]!.text).toMatch(/^Contradiction: the ICP status says the customer fits/);
    r.icpFit = 'no';
    r.risks['outside-icp'] = false;
    expect(assess(r).flags[0]!.text).toMatch(/^Contradiction: the ICP status says the customer does not fit/);
  });

  it('lists prompts not yet reviewed', () => {
    const a = assess(emptyReview());
    expect(a.readiness).toBe(0);
    expect(a.status).toBe('not-ready');
    expect(a.flags.some((f) => f.text.startsWith('Not reviewed yet: Why now, The hook'))).toBe(true);
  });

  it('reads a contract value and refuses a negative or wordy one', () => {
    expect(contractValue('$250,000')).toEqual({ value: 250000 });
    expect(contractValue('')).toEqual({});
    expect(contractValue('-5').error).toContain('from 0 upwards');
    expect(contractValue('lots').error).toContain('from 0 upwards');
  });

  it('round-trips a review through export and import', () => {
    const r = clean();
    r.account = 'Northwind';
    r.prompts.hook.note = 'A dashboard demo, “live” in a week.\nSecond line.';
    expect(importReview(exportReview(r))).toEqual({ ok: true, value: r });
    // A file exported before the saved-file envelope still reads.
    expect(importReview(JSON.stringify({ kind: 'csp-deal-review', ...r }))).toEqual({ ok: true, value: r });
  });

  it('refuses an import that is not a deal review, or that is malformed', () => {
    expect(importReview('not json')).toEqual({ ok: false, error: 'The file is not valid JSON, so it cannot be a deal review exported from this playbook.' });
    expect(importReview('{"kind":"something-else","version":1}')).toEqual({ ok: false, error: 'The file is not a deal review exported from this playbook.' });
    expect(importReview(JSON.stringify({ kind: 'csp-deal-review', version: 1, risks: { 'integration-gap': 'yes' } }))).toMatchObject({ ok: false, error: expect.stringContaining('wrong kind') });
    expect(importReview(JSON.stringify({ kind: 'csp-deal-review', version: 1, prompts: { hook: { status: 'done' } } }))).toMatchObject({ ok: false });
  });

  it('keeps a partial save and fills the rest with blanks', () => {
    const r = parseReview({ version: 1, account: 'Acme', prompts: { hook: { status: 'documented', note: 'price' } } });
    expect(r!.account).toBe('Acme');
    expect(r!.prompts.hook).toEqual({ status: 'documented', note: 'price' });
    expect(r!.prompts['why-now']).toEqual({ status: '', note: '' });
  });

  it('refuses notes longer than the limit rather than cutting them', () => {
    expect(parseReview({ version: 1, prompts: { hook: { status: 'documented', note: 'x'.repeat(NOTE_MAX + 1) } } })).toBeUndefined();
    expect(parseReview({ version: 2 })).toBeUndefined();
    expect(parseReview('garbage')).toBeUndefined();
  });

  it('never shows a readiness that is NaN or outside 0 to 100, and is ready only when everything is in place', () => {
    const status = fc.constantFrom<PromptStatus>('', 'documented', 'unknown', 'na');
    const review = fc
      .record({
        statuses: fc.array(status, { minLength: 12, maxLength: 12 }),
        risks: fc.array(fc.boolean(), { minLength: RISKS.length, maxLength: RISKS.length }),
        milestones: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        icpFit: fc.constantFrom<'' | 'yes' | 'no'>('', 'yes', 'no'),
      })
      .map(({ statuses, risks, milestones, icpFit }) => {
        const r = emptyReview();
        PROMPTS.forEach((p, i) => (r.prompts[p.id].status = statuses[i]!));
        RISKS.forEach((x, i) => (r.risks[x.id] = risks[i]!));
        MILESTONES.forEach((m, i) => (r.milestones[m.id] = milestones[i]!));
        r.icpFit = icpFit;
        return r;
      });
    fc.assert(
      fc.property(review, (r) => {
        const a = assess(r);
        const allNa = PROMPTS.every((p) => r.prompts[p.id].status === 'na');
        if (allNa) expect(a.readiness).toBeNull();
        else {
          expect(Number.isFinite(a.readiness)).toBe(true);
          expect(a.readiness).toBeGreaterThanOrEqual(0);
          expect(a.readiness).toBeLessThanOrEqual(100);
        }
        if (a.status === 'ready') {
          expect(a.readiness).toBe(100);
          expect(a.milestones).toBe(4);
          expect(a.flags).toEqual([]);
        }
        if (a.flags.some((f) => f.level === 'red')) expect(a.status).toBe('not-ready');
        expect(a.reasons.length).toBeGreaterThan(0);
      }),
    );
  });
});
