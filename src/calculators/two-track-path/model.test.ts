import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model, { answer, walk, COMMERCIAL_STEPS, PRODUCT_STEPS, type TrackAnswers } from './model';
import type { Inputs } from '../contract';

const compute = (i: Inputs) => model.compute({ roadmap: 'yes', bridge: 'yes', cro: 'unaware', ...i });
const kw = (o: unknown) => (o as { value: string }).value;

describe('two-track-path model', () => {
  it('builds a workaround on the product track and books a one-to-one on the commercial one by default', () => {
    const { outputs, notes } = compute({});
    expect(kw(outputs['product-step'])).toBe('bridge');
    expect(kw(outputs['commercial-step'])).toBe('bilateral');
    expect(outputs.path).toEqual({ value: 'bridge+bilateral', label: 'Workaround until the fix, plus a one-to-one with the CRO' });
    expect(kw(outputs['next-step'])).toBe('bilateral');
    expect(notes.some((x) => x.text.includes('never "mis-sell"'))).toBe(true);
  });

  it('sends an off-roadmap gap to a Release Assessment and explains what that is', () => {
    const { outputs, notes } = compute({ roadmap: 'no' });
    expect(kw(outputs['product-step'])).toBe('release-assessment');
    expect(notes.some((x) => x.text.startsWith('A Release Assessment is the formal decision'))).toBe(true);
  });

  it('treats an unknown roadmap date as not within six months, and says so', () => {
    const { outputs, notes } = compute({ roadmap: 'unknown' });
    expect(kw(outputs['product-step'])).toBe('release-assessment');
    expect(notes.some((x) => x.text.includes('treated as not due within six months'))).toBe(true);
  });

  it('states the book’s reading for a roadmapped gap with no possible workaround', () => {
    const { outputs, notes } = compute({ bridge: 'no' });
    expect(kw(outputs['product-step'])).toBe('release-assessment');
    expect(notes.some((x) => x.text.includes('The book reads this as'))).toBe(true);
  });

  it('follows each CRO stance to its step', () => {
    expect(kw(compute({ cro: 'accepts' }).outputs['commercial-step'])).toBe('agree-position');
    expect(kw(compute({ cro: 'defensive' }).outputs['commercial-step'])).toBe('cost-model');
    expect(compute({ cro: 'defensive' }).notes.some((x) => x.text.includes('cost model step'))).toBe(true);
  });

  it('ignores the workaround answer, with a note, when the fix is not on the roadmap', () => {
    const a = compute({ roadmap: 'none', bridge: 'no' });
    expect(kw(a.outputs['product-step'])).toBe('no-product-gap');
    expect(a.notes[0]!.text).toContain('workaround answer was not used');
  });

  it('asks the open questions before anything else', () => {
    expect(walk({}).next.id).toBe('ask-cro');
    expect(walk({ cro: 'accepts' }).next.id).toBe('ask-roadmap');
    expect(walk({ cro: 'accepts', roadmap: 'yes' }).next.id).toBe('ask-bridge');
    expect(walk({ cro: 'accepts', roadmap: 'yes' }).complete).toBe(false);
  });

  it('clears the workaround answer, with a notice, when the roadmap answer changes away from yes', () => {
    const first: TrackAnswers = { roadmap: 'yes', bridge: 'no', cro: 'accepts' };
    const changed = answer(first, { roadmap: 'no' });
    expect(changed.answers).toEqual({ roadmap: 'no', bridge: '', cro: 'accepts' });
    expect(changed.reset).toContain('answer was cleared');
    expect(answer(first, { cro: 'defensive' }).reset).toBeUndefined();
  });

  it('always ends the walk on a defined path and next step, whatever the answers', () => {
    const products = Object.keys(PRODUCT_STEPS);
    const commercials = Object.keys(COMMERCIAL_STEPS);
    fc.assert(
      fc.property(
        fc.constantFrom('', 'yes', 'no', 'unknown', 'none'),
        fc.constantFrom('', 'yes', 'no'),
        fc.constantFrom('', 'accepts', 'defensive', 'unaware'),
        (roadmap, bridge, cro) => {
          const w = walk({ roadmap, bridge, cro } as TrackAnswers);
          expect(products).toContain(w.product.id);
          expect(commercials).toContain(w.commercial.id);
          expect(w.path).toBe(`${w.product.id}+${w.commercial.id}`);
          expect([w.product.id, w.commercial.id]).toContain(w.next.id);
          expect(w.next.label.length).toBeGreaterThan(20);
          const complete = roadmap !== '' && cro !== '' && !(roadmap === 'yes' && bridge === '');
          expect(w.complete).toBe(complete);
          if (complete) expect(w.next.id.startsWith('ask-')).toBe(false);
        },
      ),
    );
  });
});
