import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { evaluate } from '../inputs';
import { n } from '../testing';
import type { OutputValue } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)]));
const texts = (over: Record<string, string> = {}) => ({ ...defaults, ...over });
const run = (over: Record<string, string> = {}) => {
  const e = evaluate(model, texts(over));
  if (!e.result) throw new Error(JSON.stringify(e.errors));
  return e.result;
};
const kw = (o: OutputValue | undefined) => (o && 'value' in o ? o.value : o);
const why = (o: OutputValue | undefined) => (o && 'unavailable' in o ? o.unavailable : undefined);

describe('specialisation-sequencer model', () => {
  it('reproduces the worked example: 8 CSMs growing by 8 a year reach the onboarding trigger now and split into segments at 16 to 22 CSMs', () => {
    const out = run().outputs;
    expect(n(out['onboarding-from'])).toBe(0);
    expect(n(out['onboarding-to'])).toBe(3);
    expect(n(out['segment-from'])).toBe(12);
    expect(n(out['segment-to'])).toBe(21);
    expect(n(out['segment-csms-from'])).toBe(16);
    expect(n(out['segment-csms-to'])).toBe(22);
    expect(kw(out.commercial)).toBe('not-needed');
  });

  it('ignores the months since arrival while no onboarding specialists are in place', () => {
    expect(n(run({ since: '30' }).outputs['segment-to'])).toBe(21);
  });

  it('counts the segment window from the arrival of onboarding specialists already in place', () => {
    const out = run({ onboarding: 'yes', since: '6', csms: '12' }).outputs;
    expect(why(out['onboarding-from'])).toBe('Onboarding specialists are already in place.');
    expect(n(out['segment-from'])).toBe(6);
    expect(n(out['segment-to'])).toBe(12);
    expect(n(out['segment-csms-from'])).toBe(16);
    const late = run({ onboarding: 'yes', since: '24', csms: '20' });
    expect(n(late.outputs['segment-from'])).toBe(0);
    expect(late.notes.some((x) => x.text.includes('it is due now'))).toBe(true);
  });

  it('says no future trigger arrives at zero or negative growth', () => {
    const flat = run({ csms: '5', growth: '0' });
    expect(why(flat.outputs['onboarding-from'])).toBe('At this growth the team never reaches 8 CSMs.');
    expect(why(flat.outputs['segment-from'])).toBe('The segment split follows onboarding specialists, which this team never reaches.');
    expect(flat.notes.some((x) => x.text.startsWith('With no growth, the 8-CSM trigger is never reached'))).toBe(true);
    const shrinking = run({ csms: '9', growth: '-2' });
    expect(n(shrinking.outputs['onboarding-from'])).toBe(0);
    expect(why(shrinking.outputs['onboarding-to'])).toBe('At this growth the team never reaches 10 CSMs.');
    expect(n(shrinking.outputs['segment-to'])).toBe(18);
    expect(shrinking.notes.some((x) => x.text.startsWith('With a shrinking team, the team stays below 10 CSMs'))).toBe(true);
  });

  it('warns about a step taken below its trigger and a split with too few people', () => {
    const early = run({ csms: '5', growth: '0', onboarding: 'yes', since: '3' });
    expect(early.notes.some((x) => x.text.startsWith('Onboarding specialists with 5 CSMs is below the usual trigger'))).toBe(true);
    expect(early.notes.some((x) => x.text.startsWith('When the split window opens the team has about'))).toBe(true);
  });

  it('refuses segment shares that do not total 100 at the field and offers to rescale them', () => {
    const e = evaluate(model, texts({ enterprise: '20', 'mid-market': '50', smb: '20' }));
    expect(e.errors.smb).toBe('The three shares add up to 90%, not 100%. Keeping their proportions gives enterprise 22%, mid-market 56% and SMB 22%.');
    expect(e.repair?.texts).toEqual({ enterprise: '22', 'mid-market': '56', smb: '22' });
    expect(evaluate(model, texts({ enterprise: '0', 'mid-market': '0', smb: '0' })).errors.smb).toBe('At least one weight must be above zero.');
  });

  it('notes a single-segment base and says when commercial specialists are on the table', () => {
    expect(run({ enterprise: '0', 'mid-market': '100', smb: '0' }).notes.some((x) => x.text.startsWith('Every customer is mid-market'))).toBe(true);
    expect(kw(run({ renewals: 'specialist' }).outputs.commercial)).toBe('on-the-table');
    expect(kw(run({ renewals: 'sales', expansion: 'sales' }).outputs.commercial)).toBe('outside-cs');
  });

  it('keeps the timeline in order for any team and growth: trigger at 8 before 10, window opening before it closes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: -50, max: 200 }), (csms, growth) => {
        const out = run({ csms: String(csms), growth: String(growth) }).outputs;
        for (const v of Object.values(out)) if ('value' in v && typeof v.value === 'number') expect(Number.isFinite(v.value)).toBe(true);
        if ('value' in out['onboarding-from'] && 'value' in out['onboarding-to']) expect(n(out['onboarding-from'])).toBeLessThanOrEqual(n(out['onboarding-to']));
        if ('value' in out['segment-from'] && 'value' in out['segment-to']) {
          expect(n(out['segment-to']) - n(out['segment-from'])).toBeGreaterThanOrEqual(6);
          expect(n(out['segment-csms-from'])).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('reads the timeline in sentences', () => {
    const e = evaluate(model, texts({ csms: '4', growth: '6' }));
    const text = model.reading!(e.values, e.result!).map((s) => s.map((p) => (typeof p === 'string' ? p : 'output' in p ? `[${p.output}]` : p.value)).join(''));
    expect(text).toEqual([
      'The team reaches 8 CSMs in [onboarding-from], the point where onboarding specialists usually start to pay.',
      'Segment teams would then follow between [segment-from] and [segment-to] from now, with about [segment-csms-from] to [segment-csms-to] CSMs.',
    ]);
  });
});
