import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { render } from 'preact-render-to-string';
import model, { FUNNEL_STAGES } from './model';
import { computeWith, defaultsOf, fieldErrors, n } from '../testing';
import { Funnel } from './Funnel';
import type { Inputs } from '../contract';
import { expectSoundReading, readingOf } from '../testing-reading';

const defaults = defaultsOf(model);
const compute = computeWith(model);
const errorsFor = fieldErrors(model);

describe('alignment-dashboard model', () => {
  it('reproduces the book’s example: 12%, $900,000, $90,000 and $360,000, funnel 24 → 18 → 12', () => {
    const { outputs, series } = compute();
    expect(n(outputs['flag-rate'])).toBe(12);
    expect(n(outputs['arr-at-risk'])).toBe(900_000);
    expect(n(outputs['lost-expansion'])).toBe(90_000);
    expect(n(outputs['wasted-cac'])).toBe(360_000);
    expect(series!.funnel).toEqual([24, 18, 12]);
  });

  it('converts 75% to flagged, 66.7% to churned or flat and 50% end to end', () => {
    const { outputs } = compute();
    expect(n(outputs['to-flagged'])).toBe(75);
    expect(n(outputs['to-lost'])).toBe(66.7);
    expect(n(outputs['end-to-end'])).toBe(50);
  });

  it('always carries the headline message and the ask', () => {
    const { notes } = compute();
    expect(notes.some((x) => x.text.includes('company-wide alignment problem') && x.text.includes('hold the line on the ICP'))).toBe(true);
  });

  it('allows more flagged clients than outside-ICP ones but says the funnel mixes groups', () => {
    const { outputs, notes } = compute({ flagged: 30 });
    expect(n(outputs['to-flagged'])).toBe(125);
    expect(notes.some((x) => x.text.includes('mixes two groups'))).toBe(true);
  });

  it('refuses more churned or flat clients than flagged ones', () => {
    expect(errorsFor({ 'churn-or-flat': '19' })).toEqual({
      'churn-or-flat': 'Churned or flat clients are counted among the flagged ones, so there cannot be more of them than flagged clients.',
    });
  });

  it('refuses outside-ICP or flagged counts above the new clients', () => {
    expect(Object.keys(errorsFor({ 'outside-icp': '151', flagged: '160', 'churn-or-flat': '1' }))).toEqual(['outside-icp', 'flagged']);
  });

  it('explains why there is no flag rate when no clients were won', () => {
    const { outputs } = compute({ 'new-clients': 0, 'outside-icp': 0, flagged: 0, 'churn-or-flat': 0 });
    expect(outputs['flag-rate']).toEqual({ unavailable: expect.stringContaining('No new clients') });
    expect(n(outputs['arr-at-risk'])).toBe(0);
  });

  it('shows no expansion lost, and says why, when bad-fit accounts expand faster', () => {
    const { outputs, notes } = compute({ 'badfit-expansion': 15 });
    expect(n(outputs['lost-expansion'])).toBe(0);
    expect(notes.some((x) => x.text.startsWith('No expansion lost'))).toBe(true);
  });

  it('counts shrinking bad-fit accounts as a wider expansion gap', () => {
    expect(n(compute({ 'badfit-expansion': -5 }).outputs['lost-expansion'])).toBe(135_000);
  });

  it('says a conversion is not defined after an empty stage', () => {
    const { outputs } = compute({ 'outside-icp': 0, flagged: 0, 'churn-or-flat': 0 });
    for (const id of ['to-flagged', 'to-lost', 'end-to-end'] as const) expect(outputs[id]).toEqual({ unavailable: expect.stringContaining('Not defined') });
    expect(n(outputs['flag-rate'])).toBe(0);
  });

  it('refuses a negative count, a fraction of a client and a shrinkage below -100%', () => {
    expect(errorsFor({ 'new-clients': '-1' })['new-clients']).toContain('between 0 and 1,000,000');
    expect(errorsFor({ flagged: '2.5' }).flagged).toBe('Clients flagged as misaligned must be a whole number.');
    expect(errorsFor({ 'badfit-expansion': '-120' })['badfit-expansion']).toBe('Yearly expansion of bad-fit accounts must be between -100% and 200%.');
  });

  it('draws the funnel as a labelled image with a table of the same figures', () => {
    const html = render(<Funnel stages={FUNNEL_STAGES} counts={[24, 18, 12]} />);
    expect(html).toContain('role="img"');
    expect(html).toContain('Sold outside the ICP: 24; Flagged in the first 90 days: 18; Churned or did not expand: 12');
    expect(html).toContain('<th scope="row">Flagged in the first 90 days</th><td>18</td><td>75%</td>');
    expect(html).toContain('66.7%');
    expect(render(<Funnel stages={FUNNEL_STAGES} counts={[0, 0, 0]} />)).toContain('Not defined');
  });

  it('keeps every output finite or explained, and conversions consistent, across valid inputs', () => {
    const valid = fc
      .record({
        'new-clients': fc.integer({ min: 0, max: 10_000 }),
        a: fc.double({ min: 0, max: 1, noNaN: true }),
        b: fc.double({ min: 0, max: 1, noNaN: true }),
        c: fc.double({ min: 0, max: 1, noNaN: true }),
        acv: fc.integer({ min: 1, max: 1e9 }),
        'icp-expansion': fc.integer({ min: 0, max: 200 }),
        'badfit-expansion': fc.integer({ min: -100, max: 200 }),
        cac: fc.integer({ min: 0, max: 1e9 }),
      })
      .map(({ a, b, c, ...i }) => {
        const outside = Math.floor(a * i['new-clients']);
        const flagged = Math.floor(b * i['new-clients']);
        return { ...i, 'outside-icp': outside, flagged, 'churn-or-flat': Math.floor(c * flagged) } as Inputs;
      });
    fc.assert(
      fc.property(valid, (i) => {
        expect(model.crossCheck!(i)).toEqual({});
        const read = expectSoundReading(model, i);
        if ((i.flagged as number) > 0) expect(read.text.includes('Their slower growth costs')).toBe((i['icp-expansion'] as number) > (i['badfit-expansion'] as number));
        const { outputs } = model.compute(i);
        for (const o of Object.values(outputs)) {
          if ('value' in o && typeof o.value === 'number') expect(Number.isFinite(o.value)).toBe(true);
          else expect(o).toHaveProperty('unavailable');
        }
        expect(n(outputs['lost-expansion'])).toBeGreaterThanOrEqual(0);
        expect(n(outputs['arr-at-risk'])).toBe((i.flagged as number) * (i.acv as number));
      }),
    );
  });

  it('reads the book’s year in words that match its figures', () => {
    expect(readingOf(model, defaults).text).toBe(
      'Of 150 new clients, 18 were flagged by CS within 90 days of signing, 12%, putting $900,000 of ARR at risk. Their slower growth costs $90,000 of expansion a year, and the acquisition spend on the 12 that churned or never grew comes to $360,000. End to end, 50% of the accounts sold outside the ICP churned or never expanded.',
    );
    expect(readingOf(model, { ...defaults, flagged: 0, 'churn-or-flat': 0 }).text).toBe('None of the 150 new clients was flagged by CS within 90 days of signing, so no ARR is at risk from poor fit.');
    expect(readingOf(model, { ...defaults, 'badfit-expansion': 15 }).text).toContain('They cost no expansion, since they grow at least as fast as the ICP-matched accounts');
    expect(readingOf(model, { ...defaults, flagged: 30 }).text).not.toContain('End to end');
  });
});
