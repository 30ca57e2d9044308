import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PATTERNS, emptyForensics, exampleForensics, exportForensics, forensicsCsv, importForensics, parseForensics, tally } from './model';

describe('five-customer churn forensics', () => {
  it('tallies the chapter’s example: 40%, 40% and 20%, with 4 of 5 traced to work long before renewal', () => {
    const t = tally(exampleForensics());
    expect(t.count).toBe(5);
    expect(t.patterns.filter((p) => p.count).map((p) => [p.id, p.count, p.share])).toEqual([
      ['never-adopted', 2, 40],
      ['lost-champion', 2, 40],
      ['consolidated', 1, 20],
    ]);
    expect(t.early).toBe(4);
    expect(t.arr).toBe(640000);
    expect(t.unexplained).toBe(0);
    expect(t.notes).toContain('Never adopted in 2 of 5 losses: the work that prevents it is onboarding and adoption in months one to six.');
    expect(t.notes.at(-1)).toBe('The signal seen most often before these losses: "engagement faded in the run-up to renewal" (3 of 5). Give it more weight in your health score.');
  });

  it('works with fewer than five, counts untagged losses as unexplained, and says when shares pass 100%', () => {
    const f = exampleForensics();
    f.losses = f.losses.slice(0, 3);
    f.losses[0]!.patterns.outgrew = true;
    f.losses[1]!.patterns['never-adopted'] = false;
    const t = tally(f);
    expect(t.count).toBe(3);
    expect(t.unexplained).toBe(1);
    expect(t.notes[0]).toMatch(/^3 losses reconstructed so far/);
    expect(t.notes).toContain('Some customers carry more than one pattern, so the shares add up to more than 100%.');
  });

  it('says nothing about an empty worksheet, and reports a bad ARR at its customer', () => {
    expect(tally(emptyForensics())).toMatchObject({ count: 0, early: 0, notes: [] });
    const f = exampleForensics();
    f.losses[2]!.arr = 'lots';
    expect(tally(f).arrErrors).toEqual({ 2: 'Customer 3’s ARR must be from 0 upwards.' });
  });

  it('keeps every share between 0 and 100 and the early count within the losses', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), { minLength: 5, maxLength: 5 }), (tags) => {
        const f = emptyForensics();
        f.losses.forEach((l, i) => PATTERNS.forEach((p, j) => (l.patterns[p.id] = tags[i]![j]!)));
        const t = tally(f);
        for (const p of t.patterns) expect(p.share).toBeGreaterThanOrEqual(0), expect(p.share).toBeLessThanOrEqual(100);
        expect(t.early).toBeLessThanOrEqual(t.count);
      }),
    );
  });

  it('round-trips through JSON and exports one CSV row per loss', () => {
    expect(importForensics(exportForensics(exampleForensics()))).toEqual(exampleForensics());
    expect(parseForensics({ version: 1, losses: new Array(6).fill({}) })).toBeUndefined();
    expect(forensicsCsv(exampleForensics()).split('\r\n')).toHaveLength(7);
  });
});
