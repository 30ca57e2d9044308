import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import model, { PHASES, phaseOf } from './model';
import { evaluate } from '../inputs';
import type { Inputs, OutputValue } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const run = (over: Inputs = {}) => model.compute({ ...defaults, ...over } as never);
const kw = (o: OutputValue | undefined) => (o && 'value' in o ? o.value : o);
const notes = (over: Inputs = {}) => run(over).notes.map((n) => n.text);
const rank = (phase: unknown) => PHASES.findIndex((p) => p.id === phase);

describe('scaling-phase model', () => {
  it('places 9 CSMs with a player-coach and no specialists in the generalist phase, inside the first window, and says to redefine the leader’s role', () => {
    const out = run().outputs;
    expect(kw(out.phase)).toBe('generalist');
    expect(kw(out.transition)).toBe('first');
    expect(out['next-move']).toEqual({ value: 'redefine-leader', label: 'Redefine the leader’s role now and hand over the accounts' });
    expect(notes().some((t) => t.includes('six or seven CSMs'))).toBe(true);
  });

  it('uses the book’s convention at the shared end points: 10 is specialised and 50 multi-function, each with the rule stated', () => {
    expect([1, 9, 10, 49, 50, 5000].map(phaseOf)).toEqual(['generalist', 'generalist', 'specialised', 'specialised', 'multi-function', 'multi-function']);
    expect(notes({ csms: 10 }).some((t) => t.startsWith('The source puts exactly 10 in two phases'))).toBe(true);
    expect(notes({ csms: 50 }).some((t) => t.includes('50 and over multi-function'))).toBe(true);
  });

  it('marks the transition windows: 5 to 9 from the source, 40 to 60 as the book’s own width', () => {
    expect([4, 5, 9, 10, 39, 40, 50, 60, 61].map((c) => kw(run({ csms: c }).outputs.transition))).toEqual(['none', 'first', 'first', 'none', 'none', 'second', 'second', 'second', 'none']);
  });

  it('rounds part-time headcount down with a note', () => {
    const out = run({ csms: 9.5, 'leader-accounts': 'no' });
    expect(kw(out.outputs.phase)).toBe('generalist');
    expect(out.notes[0]!.text).toBe('9.5 CSMs counts as 9 for the phase: the bands are in whole people.');
  });

  it('blocks zero or negative CSMs at the field', () => {
    for (const csms of ['0', '-3']) expect(evaluate(model, { ...Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)])), csms }).errors.csms).toBe('Number of CSMs must be between 1 and 100,000.');
  });

  it('allows a very large organisation and says there is no further phase', () => {
    const out = run({ csms: 800, 'leader-accounts': 'no', onboarding: 'yes', segments: 'yes', operations: 'peer', regions: 3 });
    expect(kw(out.outputs.phase)).toBe('multi-function');
    expect(kw(out.outputs['next-move'])).toBe('sub-organisations');
    expect(out.notes.some((n) => n.text.startsWith('The source describes no phase beyond'))).toBe(true);
  });

  it('walks the specialisation sequence as each step is taken', () => {
    const base = { 'leader-accounts': 'no' };
    expect(kw(run({ ...base, csms: 6 }).outputs['next-move'])).toBe('watch-symptoms');
    expect(kw(run({ ...base, csms: 8 }).outputs['next-move'])).toBe('onboarding-specialists');
    expect(kw(run({ ...base, csms: 12, onboarding: 'yes' }).outputs['next-move'])).toBe('cs-operations');
    expect(kw(run({ ...base, csms: 12, onboarding: 'yes', operations: 'inside' }).outputs['next-move'])).toBe('segment-teams');
    expect(kw(run({ ...base, csms: 25, onboarding: 'yes', operations: 'inside', segments: 'yes' }).outputs['next-move'])).toBe('commercial-specialists');
    expect(kw(run({ ...base, csms: 45, onboarding: 'yes', operations: 'inside', segments: 'yes' }).outputs['next-move'])).toBe('ops-peer');
    expect(kw(run({ ...base, csms: 55, onboarding: 'yes', operations: 'peer', segments: 'yes' }).outputs['next-move'])).toBe('hold-multi');
  });

  it('warns about the brief’s three mismatches', () => {
    expect(notes({ csms: 12 }).some((t) => t.startsWith('The leader still holds accounts with 12 CSMs'))).toBe(true);
    expect(notes({ segments: 'yes', csms: 20 }).some((t) => t.startsWith('Segment teams came before onboarding specialists'))).toBe(true);
    expect(notes({ csms: 60, operations: 'inside' }).some((t) => t.startsWith('CS operations is still inside CS at 60 CSMs'))).toBe(true);
    expect(notes({ csms: 6, 'leader-accounts': 'no', onboarding: 'yes' }).some((t) => t.includes('below the usual trigger of 8 to 10'))).toBe(true);
  });

  it('never moves the phase down as CSMs rise, whatever else is true', () => {
    const other = fc.record({
      'leader-accounts': fc.constantFrom('yes', 'no'),
      onboarding: fc.constantFrom('yes', 'no'),
      segments: fc.constantFrom('yes', 'no'),
      operations: fc.constantFrom('none', 'inside', 'peer'),
      regions: fc.integer({ min: 1, max: 50 }),
    });
    fc.assert(
      fc.property(fc.double({ min: 1, max: 100000, noNaN: true }), fc.double({ min: 1, max: 100000, noNaN: true }), other, (a, b, rest) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(rank(kw(run({ ...rest, csms: lo }).outputs.phase))).toBeLessThanOrEqual(rank(kw(run({ ...rest, csms: hi }).outputs.phase)));
        const out = run({ ...rest, csms: hi }).outputs;
        for (const id of ['phase', 'transition', 'next-move'] as const) expect(typeof kw(out[id])).toBe('string');
      }),
    );
  });

  it('reads the phase and the distance to the next one', () => {
    const e = evaluate(model, { ...Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)])), csms: '23', 'leader-accounts': 'no', onboarding: 'yes', operations: 'inside' });
    const text = model.reading!(e.values, e.result!).map((s) => s.map((p) => (typeof p === 'string' ? p : 'output' in p ? `[${p.output}]` : p.value)).join(''));
    expect(text).toEqual(['With 23 CSMs the function is in the [phase] phase, and the next structural move is to [next-move].', 'The multi-function phase begins at 50 CSMs, 27 more than today.']);
  });
});
