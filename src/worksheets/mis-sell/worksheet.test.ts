import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { buildReport, caseSummary, md, reportMarkdown } from './report';
import { gates, pattern } from './sections';
import { checks } from './checks';
import { stepsDone } from './progress';
import { emptyWorksheet, exportWorksheet, importWorksheet, parseWorksheet, COST_FIELDS, LIMITS, QUESTION_GROUPS, type Answer, type MisSell } from './state';
import { exampleWorksheet } from './example';
import costModel from '../../calculators/mis-sell-cost/model';
import diagnosticModel, { diagnose, TYPES } from '../../calculators/mis-sell-diagnostic/model';
import trackModel, { walk } from '../../calculators/two-track-path/model';

const example = exampleWorksheet;
const withReport = (change: Partial<MisSell['report']>, ws: MisSell = example()): MisSell => ({ ...ws, report: { ...ws.report, ...change } });

describe('mis-sell worksheet model', () => {
  it('mirrors the calculators’ question and field ids, and their defaults in the example', () => {
    expect(QUESTION_GROUPS.map((g) => [...g])).toEqual(TYPES.map((t) => t.questions.map((q) => q.id)));
    for (const t of TYPES) expect(t.questions[0]!.core).toBe(true);
    expect([...COST_FIELDS]).toEqual(costModel.fields.map((f) => f.id));
    const ex = example();
    expect(ex.answers).toEqual(Object.fromEntries(diagnosticModel.fields.map((f) => [f.id, f.default])));
    expect(ex.track).toEqual(Object.fromEntries(trackModel.fields.map((f) => [f.id, f.default])));
    expect(ex.cost).toEqual(Object.fromEntries(costModel.fields.map((f) => [f.id, String(f.default)])));
  });

  it('starts empty, with every step still to do', () => {
    const ws = emptyWorksheet();
    expect(stepsDone(ws)).toEqual([false, false, false, false, false]);
    expect(walk(ws.track).next.id).toBe('ask-cro');
  });

  it('fills the whole flow from the book’s example', () => {
    const ws = example();
    expect(diagnose(ws.answers).verdict).toBe('compound');
    expect(walk(ws.track).path).toBe('bridge+bilateral');
    expect(stepsDone(ws)).toEqual([true, true, true, true, true]);
    expect(buildReport(ws).complete).toBe(true);
  });

  it('marks the diagnosis done exactly when every type of mismatch has an answer to work from', () => {
    const answer = fc.constantFrom<Answer | undefined>('yes', 'no', 'unsure', undefined);
    fc.assert(
      fc.property(fc.array(answer, { minLength: 9, maxLength: 9 }), (list) => {
        const ws = emptyWorksheet();
        QUESTION_GROUPS.flat().forEach((id, i) => {
          if (list[i]) ws.answers[id] = list[i];
        });
        expect(stepsDone(ws)[0]).toBe(!Object.values(diagnose(ws.answers).states).includes('unanswered'));
      }),
    );
  });

  it('does not mark a step done for being started: one confirmed type, unreadable figures or a gate of statements', () => {
    const ws = emptyWorksheet();
    ws.answers['scope-promised'] = 'yes';
    for (const id of COST_FIELDS) ws.cost[id] = 'lots';
    ws.report.traits = [{ text: 'Fewer than 200 employees', count: '9' }];
    ws.report.gates = ['Prospect has 500 employees'];
    expect(stepsDone(ws)).toEqual([false, false, false, false, false]);
  });

  it('marks the path done exactly when the two-track walk is complete', () => {
    fc.assert(
      fc.property(fc.constantFrom('', 'yes', 'no', 'unknown', 'none'), fc.constantFrom('', 'yes', 'no'), fc.constantFrom('', 'accepts', 'defensive', 'unaware'), (roadmap, bridge, cro) => {
        const ws = emptyWorksheet();
        ws.track = { roadmap, bridge, cro } as MisSell['track'];
        expect(stepsDone(ws)[1]).toBe(walk(ws.track).complete);
      }),
    );
  });

  it('ranks the pattern by accounts and shows each as a share of the cohort', () => {
    const ws = withReport({ traits: [{ text: 'Small', count: '5' }, { text: 'Large gap', count: '9' }] });
    const r = pattern(ws);
    expect(r.cohort).toBe(12);
    expect(r.intro).toBe('12 accounts signed over the last three quarters now show churn risk. The qualification traits they share:');
    expect(r.rows.map((x) => [x.text, x.count, x.share])).toEqual([
      ['Large gap', 9, 75],
      ['Small', 5, (5 * 100) / 12],
    ]);
  });

  it('puts the cost side by side from the cost model', () => {
    const r = buildReport(example());
    expect(r.cost.rows.find((x) => x.label === 'Net contribution')).toEqual({ label: 'Net contribution', mismatch: '$780,000', icp: '$3,400,000' });
    expect(r.cost.rows.find((x) => x.label === 'Retention cost as a share of value')).toEqual({ label: 'Retention cost as a share of value', mismatch: '35%', icp: '15%' });
    expect(r.cost.summary).toEqual([
      'Each mismatched account contributes $20,000 less than an ICP-matched one.',
      "Their NRR trails by 24 points, a shortfall of $288,000 a year on the cohort's contract value.",
    ]);
  });

  it('formats the cost in the reader’s currency', () => {
    expect(buildReport(example(), 'GBP').cost.rows[1]!.mismatch).toBe('£1,200,000');
  });

  it('says what the cost section is missing instead of showing zeros', () => {
    const ws = example();
    ws.cost['icp-cost'] = '';
    ws.cost['mismatch-nrr'] = 'high';
    const r = buildReport(ws);
    expect(r.cost.rows).toEqual([]);
    expect(r.cost.missing).toEqual(['ICP-matched cohort retention cost is needed: enter a number.', 'Mismatch cohort NRR must be a number (you entered "high").']);
    expect(r.complete).toBe(false);
  });

  it('explains that the pattern cannot be built with no traits', () => {
    const r = buildReport(withReport({ traits: [{ text: '', count: '' }] }));
    expect(r.pattern.missing).toContain('No pattern yet');
    expect(r.complete).toBe(false);
  });

  it('refuses a trait count above the cohort size, or not a whole number', () => {
    const r = buildReport(withReport({ traits: [{ text: 'Too many', count: '13' }, { text: 'Half', count: '2.5' }, { text: '', count: '3' }] }));
    expect(r.pattern.problems).toEqual([
      'Trait 1: 13 accounts is more than the 12 in the cohort.',
      'Trait 2: the count must be a whole number from 1.',
      'Trait 3: describe the trait, not only its count.',
    ]);
  });

  it('warns that a cohort of one is not a pattern', () => {
    const ws = withReport({ traits: [{ text: 'Tiny', count: '1' }] });
    ws.cost['mismatch-accounts'] = '1';
    expect(buildReport(ws).pattern.warning).toContain('anecdote, not a pattern');
  });

  it('flags gate criteria that are guidance or not questions', () => {
    const r = gates(withReport({ gates: ['Consider checking the headcount where possible', 'Prospect has 500 employees', 'Is the champion a director or above?'] }));
    expect(r.problems).toEqual([
      'Criterion 1 is guidance ("Consider"): make it a yes/no question.',
      'Criterion 2 is not a question: end it with a question mark, answerable yes or no.',
    ]);
    expect(buildReport(withReport({ gates: ['Prospect has 500 employees'] })).complete).toBe(false);
  });

  it('flags blame words anywhere on the page and suggests neutral ones', () => {
    expect(checks(withReport({ traits: [{ text: 'Mis-sold by your team', count: '4' }], agenda: 'Bad fit deals' }))).toEqual([
      'Language: "Bad fit" sounds like blame; try "a named cohort outside the ICP".',
      'Language: "Mis-sold" sounds like blame; try "qualification mismatch".',
      'Language: "your team" sounds like blame; try "the deals signed in a stated period".',
    ]);
  });

  it('warns when the text will not fit one printed page', () => {
    const long = 'x'.repeat(LIMITS.trait);
    const ws = withReport({
      traits: Array.from({ length: LIMITS.traits }, () => ({ text: long, count: '2' })),
      gates: Array.from({ length: LIMITS.gates }, () => `${'y'.repeat(LIMITS.gate - 1)}?`),
    });
    expect(checks(ws).some((c) => c.startsWith('Length:'))).toBe(true);
    expect(checks(example())).toEqual([]);
  });

  it('exports the board page as Markdown with the three sections', () => {
    const text = reportMarkdown(example());
    expect(text).toContain('# Qualification mismatch in deals signed over the last three quarters');
    expect(text).toContain('*Board meeting, second quarter · Revenue quality and forecast reliability*');
    expect(text).toContain('| Fewer than 200 employees, against an ICP floor of 500 | 9 of 12 | 75% |');
    expect(text).toContain('| Net contribution | $780,000 | $3,400,000 |');
    expect(text).toContain('1. Does the prospect have at least 500 employees?');
    expect(text.match(/^## /gm)).toHaveLength(3);
  });

  it('carries the account, the diagnosis and the chosen path from steps 1 and 2', () => {
    const c = caseSummary(example());
    expect(c.account).toBe('Northwind Logistics');
    const present = TYPES.filter((t) => diagnose(example().answers).states[t.id] === 'present').map((t) => t.name.toLowerCase());
    expect(present.length).toBeGreaterThan(0);
    for (const name of present) expect(c.diagnosis).toContain(name);
    expect(c.diagnosis).toMatch(/^Qualification mismatch/);
    const w = walk(example().track);
    expect([c.product, c.commercial, c.next]).toEqual([w.product.label, w.commercial.label, w.next.label]);
    expect(c.missing).toEqual([]);
    const text = reportMarkdown(example());
    expect(text).toContain('**Account:** Northwind Logistics');
    expect(text).toContain(`**Commercial track:** ${w.commercial.label}`);
    expect(text).toContain(`**Next step:** ${w.next.label}`);
  });

  it('says what steps 1 and 2 still need, and never calls it a mis-sell', () => {
    const c = caseSummary(emptyWorksheet());
    expect(c).toMatchObject({ account: '', diagnosis: 'Not diagnosed yet.', product: 'Open', commercial: 'Open' });
    expect(c.next).toBeUndefined();
    expect(c.missing).toHaveLength(2);
    expect(buildReport(emptyWorksheet()).complete).toBe(false);
    fc.assert(
      fc.property(fc.array(fc.constantFrom<Answer | undefined>('yes', 'no', 'unsure', undefined), { minLength: 9, maxLength: 9 }), (answers) => {
        const ws = emptyWorksheet();
        QUESTION_GROUPS.flat().forEach((id, i) => answers[i] && (ws.answers[id] = answers[i]));
        expect(caseSummary(ws).diagnosis).not.toMatch(/mis-?sell/i);
      }),
    );
  });

  it('escapes reader text so it cannot break the Markdown', () => {
    expect(md('a | b [link](http://x) <b>#1</b>')).toBe('a \\| b \\[link\\]\\(http://x\\) \\<b\\>\\#1\\</b\\>');
    const text = reportMarkdown(withReport({ traits: [{ text: 'pipe | in it', count: '2' }] }));
    expect(text).toContain('| pipe \\| in it | 2 of 12 |');
  });

  it('round-trips through export and import, and keeps a partial save', () => {
    const ws = example();
    expect(importWorksheet(exportWorksheet(ws))).toEqual({ ok: true, value: ws });
    expect(importWorksheet(JSON.stringify({ kind: 'csp-mis-sell', ...ws }))).toEqual({ ok: true, value: ws });
    const partial = parseWorksheet({ version: 1, answers: { 'scope-promised': 'yes' } })!;
    expect(partial.answers).toEqual({ 'scope-promised': 'yes' });
    expect(partial.report.period).toBe('the last three quarters');
  });

  it('refuses corrupted or foreign data', () => {
    expect(importWorksheet('{')).toMatchObject({ ok: false });
    expect(importWorksheet('{"kind":"csp-deal-review","version":1}')).toMatchObject({ ok: false });
    expect(parseWorksheet({ version: 1, answers: { 'scope-promised': 'perhaps' } })).toBeUndefined();
    expect(parseWorksheet({ version: 1, track: { cro: 'furious' } })).toBeUndefined();
    expect(parseWorksheet({ version: 1, report: { gates: Array(LIMITS.gates + 1).fill('Is it?') } })).toBeUndefined();
    expect(parseWorksheet({ version: 1, report: { traits: [{ text: 'x'.repeat(LIMITS.trait + 1), count: '1' }] } })).toBeUndefined();
    expect(parseWorksheet(null)).toBeUndefined();
  });

  it('builds a report without throwing and with no broken numbers, whatever the reader typed', () => {
    // Letters that cannot spell NaN, Infinity or undefined by chance.
    const field = fc.string({ unit: fc.constantFrom('a', 'x', '1', '0', ' ', '|', '?', '.', '-', '#'), maxLength: 30 });
    const ws = fc
      .record({ cost: fc.array(fc.oneof(field, fc.integer({ min: -5, max: 1e7 }).map(String)), { minLength: 8, maxLength: 8 }), trait: field, count: field, gate: field })
      .map(({ cost, trait, count, gate }) => {
        const w = example();
        Object.keys(w.cost).forEach((id, i) => (w.cost[id] = cost[i]!));
        w.report.traits = [{ text: trait, count }];
        w.report.gates = [gate];
        return w;
      });
    fc.assert(
      fc.property(ws, (w) => {
        const text = reportMarkdown(w);
        expect(text).not.toMatch(/NaN|Infinity|undefined/);
        const r = buildReport(w);
        if (r.complete) expect(r.pattern.rows.length && r.cost.rows.length && r.gates.criteria.length).toBeTruthy();
      }),
    );
  });
});
