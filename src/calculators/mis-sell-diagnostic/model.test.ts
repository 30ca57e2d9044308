import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model, { diagnose, QUESTIONS, TYPES, type Answer } from './model';
import { defaultTexts, evaluate } from '../inputs';
import { computeWith, defaultsOf } from '../testing';

const defaults = defaultsOf(model);
const compute = computeWith(model);
const kw = (o: unknown) => (o as { value: string }).value;
const all = (a: Answer) => Object.fromEntries(QUESTIONS.map((q) => [q.id, a])) as Record<string, Answer>;
/** Every answer clear of a mismatch: "no" throughout, except that the champion did have executive backing. */
const clean = { ...all('no'), 'stakeholder-exec': 'yes' } as Record<string, Answer>;
/** The answers that mark a type present on their own. */
const marks = (t: (typeof TYPES)[number]) => t.questions.filter((q) => q.core).map((q) => [q.id, q.marks ?? 'yes'] as const);

describe('mis-sell-diagnostic model', () => {
  it('asks two or three questions for each of the four types', () => {
    expect(TYPES.map((t) => t.id)).toEqual(['scope', 'segment', 'timeline', 'stakeholder']);
    for (const t of TYPES) {
      expect(t.questions.length).toBeGreaterThanOrEqual(2);
      expect(t.questions[0]!.core).toBe(true);
    }
    // A stakeholder mismatch is a champion without authority or without executive backing: two ways in.
    expect(TYPES.map((t) => t.questions.filter((q) => q.core).length)).toEqual([1, 1, 1, 2]);
  });

  it('finds a stakeholder mismatch from "no executive backing" alone', () => {
    expect(diagnose({ 'stakeholder-exec': 'no' }).states.stakeholder).toBe('present');
    expect(diagnose({ 'stakeholder-authority': 'no', 'stakeholder-exec': 'no' }).states.stakeholder).toBe('present');
    expect(diagnose({ 'stakeholder-authority': 'yes', 'stakeholder-exec': 'yes' }).states.stakeholder).toBe('present');
    const { outputs, notes } = compute({ ...clean, 'stakeholder-exec': 'no' });
    expect(kw(outputs.stakeholder)).toBe('present');
    expect(kw(outputs.verdict)).toBe('single');
    expect(kw(outputs.tracks)).toBe('commercial');
    expect(notes.map((x) => x.text)).toContain('Stakeholder mismatch: a champion without the authority or executive backing to make it stick.');
  });

  it('clears the stakeholder type only when the champion had both authority and backing', () => {
    expect(diagnose({ 'stakeholder-authority': 'no', 'stakeholder-exec': 'yes' }).states.stakeholder).toBe('absent');
    expect(diagnose({ 'stakeholder-authority': 'no' }).states.stakeholder).toBe('unanswered');
    expect(diagnose({ 'stakeholder-authority': 'no', 'stakeholder-exec': 'unsure' }).states.stakeholder).toBe('possible');
  });

  it('reads the book’s example account as a compound scope and segment case needing both tracks', () => {
    const { outputs, notes } = compute();
    expect(['scope', 'segment', 'timeline', 'stakeholder'].map((t) => kw(outputs[t]))).toEqual(['present', 'present', 'absent', 'possible']);
    expect(outputs['present-count']).toEqual({ value: 2 });
    expect(kw(outputs.verdict)).toBe('compound');
    expect(kw(outputs.tracks)).toBe('both');
    expect(kw(outputs['gate-candidate'])).toBe('yes');
    expect(notes.some((x) => x.text.includes('qualification mismatch, not a mis-sell'))).toBe(true);
    expect(notes.some((x) => x.text.includes('more than one tick is normal'))).toBe(true);
  });

  it('marks a type present on a yes to its core question, even if a detail is unsure', () => {
    expect(diagnose({ 'timeline-committed': 'yes', 'timeline-dependent': 'unsure' }).states.timeline).toBe('present');
  });

  it('marks a type possible when any of its answers is unsure', () => {
    expect(diagnose({ 'scope-promised': 'no', 'scope-relied': 'unsure' }).states.scope).toBe('possible');
  });

  it('sends a scope-only case down the product track and a stakeholder-only case down the commercial one', () => {
    expect(compute({ ...clean, 'scope-promised': 'yes' }).outputs.tracks).toEqual({ value: 'product', label: 'Product track' });
    expect(kw(compute({ ...clean, 'stakeholder-authority': 'yes' }).outputs.tracks)).toBe('commercial');
    expect(kw(compute({ ...clean, 'timeline-committed': 'yes' }).outputs.tracks)).toBe('both');
  });

  it('does not force a label when no type is present, and points to delivery or adoption instead', () => {
    const { outputs, notes } = compute(clean);
    expect(kw(outputs.verdict)).toBe('none');
    expect(kw(outputs.tracks)).toBe('none');
    expect(notes).toContainEqual(expect.objectContaining({ level: 'warning', text: expect.stringContaining('may not be a problem made at the sale') }));
  });

  it('asks for facts first when every answer is unsure', () => {
    const { outputs, notes } = compute(all('unsure'));
    expect(kw(outputs.verdict)).toBe('gather-facts');
    expect(notes.some((x) => x.text.startsWith('Every type is uncertain'))).toBe(true);
  });

  it('shows all four as compound and puts the commercial track first', () => {
    const { outputs } = compute(all('yes'));
    expect(outputs['present-count']).toEqual({ value: 4 });
    expect(kw(outputs.verdict)).toBe('compound');
    expect(kw(outputs.tracks)).toBe('commercial-first');
  });

  it('treats a departed champion as a health risk, not a mismatch by itself', () => {
    const d = diagnose({ ...clean, 'stakeholder-present': 'no' });
    expect(d.states.stakeholder).toBe('absent');
    expect(d.notes.some((x) => x.text.startsWith('The champion has left'))).toBe(true);
  });

  it('calls a half-answered worksheet incomplete rather than clean', () => {
    expect(diagnose({ 'scope-promised': 'no' }).verdict).toBe('incomplete');
    expect(diagnose({}).verdict).toBe('incomplete');
  });

  it('refuses an answer that is not yes, no or not sure', () => {
    const { errors } = evaluate(model, { ...defaultTexts(model), 'scope-promised': 'maybe' });
    expect(errors['scope-promised']).toBe('Was a use case promised that the product cannot support today? must be one of: Yes, No, Not sure.');
  });

  it('counts compound exactly when two or more types are present, for any answers', () => {
    const answer = fc.constantFrom<Answer | ''>('yes', 'no', 'unsure', '');
    fc.assert(
      fc.property(fc.record(Object.fromEntries(QUESTIONS.map((q) => [q.id, answer]))), (a) => {
        const d = diagnose(a);
        expect(d.compound).toBe(d.present.length >= 2);
        expect(d.present).toEqual(TYPES.filter((t) => marks(t).some(([id, mark]) => a[id] === mark)).map((t) => t.id));
        expect(d.tracks === 'none').toBe(d.present.length === 0);
      }),
    );
  });
});
