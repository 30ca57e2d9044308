import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import handoff from '../../calculators/handoff-check/model';
import { evaluate } from '../../calculators/inputs';
import { ITEMS, assessHandoff, emptyHandoff, exampleHandoff, exportHandoff, handoffMarkdown, importHandoff, parseHandoff } from './model';

describe('handoff check template', () => {
  it('scores exactly as the handoff-check calculator does, for every combination', () => {
    const pick = (i: number) => fc.constantFrom(...ITEMS[i]!.options.map((o) => o.value));
    fc.assert(
      fc.property(pick(0), pick(1), pick(2), pick(3), (goals, commitments, stakeholders, risk) => {
        const h = emptyHandoff();
        h.status = { goals, commitments, stakeholders, risk };
        const calc = evaluate(handoff, { goals, commitments, stakeholders, risk }).result!;
        const r = assessHandoff(h);
        expect(r.score).toBe((calc.outputs.score as { value: number }).value);
        expect(r.asks).toEqual(calc.notes);
      }),
    );
  });

  it('reads chapter 7’s example: 2 of 4, with the warning about a hard-won deal', () => {
    const r = assessHandoff(exampleHandoff());
    expect(r.score).toBe(2);
    expect(r.missing).toBe('commitments, stakeholder map');
    expect(r.asks[0]!.level).toBe('warning');
  });

  it('writes Markdown with each item and what to ask for', () => {
    const text = handoffMarkdown(exampleHandoff());
    expect(text).toContain('**Handed over: 2 of 4.** Still missing: commitments, stakeholder map.');
    expect(text.match(/^## /gm)).toHaveLength(5);
  });

  it('round-trips through JSON and refuses unknown statuses', () => {
    expect(importHandoff(exportHandoff(exampleHandoff()))).toEqual(exampleHandoff());
    expect(parseHandoff({ version: 1, status: { goals: 'maybe' } })).toBeUndefined();
    expect(parseHandoff({ version: 1 })).toEqual(emptyHandoff());
  });
});
