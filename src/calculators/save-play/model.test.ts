import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { defaultTexts, evaluate } from '../inputs';
import type { Inputs, OutputValue } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const compute = (over: Inputs = {}) => model.compute({ ...defaults, ...over });
const kw = (o: OutputValue | undefined) => (o && 'label' in o ? o.value : undefined);
const situation = fc.record({
  reason: fc.constantFrom('went-wrong', 'over-bought', 'no-value', 'price', 'feature'),
  fixable: fc.constantFrom('yes', 'no'),
  strategic: fc.constantFrom('yes', 'no'),
  sponsor: fc.constantFrom('yes', 'no'),
  decided: fc.constantFrom('yes', 'no'),
});

describe('save-play model', () => {
  it('answers the brief’s example, an over-bought customer not yet decided, with a right-size and a warning against the discount', () => {
    const { outputs, notes } = compute();
    expect(outputs.play).toEqual({ value: 'right-size', label: 'Right-size: let it cut the contract to what it uses' });
    expect(kw(outputs.alongside)).toBe('nothing');
    expect(kw(outputs.avoid)).toBe('discount');
    expect(kw(outputs.outlook)).toBe('possible');
    expect(notes[0]!.text).toBe('Let it shrink to what it uses: the cut is visible, the revenue it saves is not.');
  });

  it('offers an honest reset when something went wrong and can be fixed, and steers away from extra service', () => {
    const { outputs } = compute({ reason: 'went-wrong' });
    expect(kw(outputs.play)).toBe('honest-reset');
    expect(kw(outputs.avoid)).toBe('extra-service');
  });

  it('says no play reliably rescues a customer that never got value when no credible route exists', () => {
    const { outputs, notes } = compute({ reason: 'no-value', fixable: 'no' });
    expect(kw(outputs.play)).toBe('none');
    expect(kw(outputs.outlook)).toBe('unlikely');
    expect(notes.some((x) => x.level === 'warning' && x.text.includes('Release Assessment'))).toBe(true);
  });

  it('turns to an executive conversation for a strategic account when nothing operational can fix it', () => {
    expect(kw(compute({ reason: 'went-wrong', fixable: 'no', strategic: 'yes' }).outputs.play)).toBe('executive');
    const alongside = compute({ strategic: 'yes', sponsor: 'yes' });
    expect(kw(alongside.outputs.play)).toBe('right-size');
    expect(kw(alongside.outputs.alongside)).toBe('executive');
    expect(alongside.notes.some((x) => x.text === 'Bring in the executive who already knows theirs.')).toBe(true);
    expect(compute({ strategic: 'yes' }).notes.some((x) => x.text.includes('starts cold'))).toBe(true);
  });

  it('warns against the feature promise when a feature is missing', () => {
    expect(kw(compute({ reason: 'feature' }).outputs.avoid)).toBe('feature-promise');
    expect(kw(compute({ reason: 'feature', decided: 'yes' }).outputs.avoid)).toBe('feature-promise');
  });

  it('makes the desperate-discount warning prominent when a customer that has decided asks for a discount', () => {
    const { outputs, notes } = compute({ reason: 'price', decided: 'yes', fixable: 'no' });
    expect(kw(outputs.avoid)).toBe('discount');
    expect(notes).toContainEqual({ level: 'warning', text: expect.stringMatching(/^Avoid the desperate discount/) });
  });

  it('refuses a reason it does not know', () => {
    expect(evaluate(model, { ...defaultTexts(model), reason: 'weather' }).errors).toHaveProperty('reason');
  });

  it('always recommends something or says nothing will do, and never recommends a play it warns against', () => {
    fc.assert(
      fc.property(situation, (s) => {
        const { outputs, notes } = model.compute(s);
        const play = kw(outputs.play);
        expect(['honest-reset', 'right-size', 'executive', 'none']).toContain(play);
        expect(kw(outputs.outlook) === 'unlikely').toBe(play === 'none');
        if (s.reason === 'over-bought') expect(play).toBe('right-size');
        if (s.strategic === 'no') expect(play).not.toBe('executive');
        if (play === 'none') expect(s.fixable === 'no' && s.strategic === 'no' && s.reason !== 'over-bought').toBe(true);
        expect(notes.length).toBeGreaterThan(0);
        for (const note of notes) expect(note.text).not.toMatch(/undefined/);
      }),
    );
  });
});
