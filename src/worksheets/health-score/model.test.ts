import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GROUPS, SIGNALS, emptyWorksheet, exampleWorksheet, exportWorksheet, importWorksheet, parseWorksheet, score, worksheetCsv } from './model';

describe('health score worksheet', () => {
  it('scores the book’s worked example: groups 65, 50 and 42.5, composite 53.75', () => {
    const s = score(exampleWorksheet());
    expect(s.groups).toEqual({ usage: 65, sentiment: 50, relationship: 42.5 });
    expect(s.composite).toBe(53.75);
    // 54 after rounding: yellow against cut-offs of 70 and 40.
    expect(s.status).toBe('yellow');
  });

  it('shows how usage-heavy weights flatter a thinly connected account: 55.625 at 50/25/25', () => {
    const ws = exampleWorksheet();
    ws.weights = { usage: '50', sentiment: '25', relationship: '25' };
    const s = score(ws);
    expect(s.composite).toBe(55.625);
    expect(s.warnings.some((w) => w.startsWith('Usage carries the largest weight'))).toBe(true);
  });

  it('waits for the reader’s weights: none are set at the start', () => {
    const s = score(emptyWorksheet());
    expect(s.composite).toBeNull();
    expect(s.why).toMatch(/^Set all three weights/);
    expect(GROUPS.every((g) => emptyWorksheet().weights[g.id] === '')).toBe(true);
  });

  it('refuses weights that do not total 100, and scores out of range', () => {
    const ws = exampleWorksheet();
    ws.weights.usage = '45';
    expect(score(ws).why).toBe('The three weights add up to 105%; they must total 100%.');
    ws.scores.logins = '120';
    expect(score(ws).errors['score-logins']).toBe('Login frequency against what you expect must be between 0 and 100.');
  });

  it('re-weights over the groups with data and says so', () => {
    const ws = exampleWorksheet();
    for (const s of SIGNALS.filter((x) => x.group === 'sentiment')) ws.scores[s.id] = '';
    const s = score(ws);
    // (65 × 40 + 42.5 × 30) ÷ 70 = 55.357…
    expect(s.composite).toBeCloseTo((65 * 40 + 42.5 * 30) / 70, 9);
    expect(s.warnings[0]).toBe('Sentiment has no signal scored, so the score re-weights over the rest: treat it with caution.');
  });

  it('needs the yellow cut-off below the green one', () => {
    const ws = exampleWorksheet();
    ws.yellow = '70';
    const s = score(ws);
    expect(s.errors.yellow).toMatch(/below the green/);
    expect(s.status).toBeUndefined();
  });

  it('keeps the composite between the lowest and highest group score, for any weights and scores', () => {
    const pct = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(fc.array(fc.option(pct, { nil: null }), { minLength: 11, maxLength: 11 }), pct, pct, (scores, a, b) => {
        fc.pre(a + b <= 100);
        const ws = emptyWorksheet();
        ws.weights = { usage: String(a), sentiment: String(b), relationship: String(100 - a - b) };
        SIGNALS.forEach((s, i) => (ws.scores[s.id] = scores[i] === null ? '' : String(scores[i])));
        const r = score(ws);
        if (r.composite === null) return;
        const groups = GROUPS.map((g) => r.groups[g.id]).filter((v): v is number => v !== null);
        expect(r.composite).toBeGreaterThanOrEqual(Math.min(...groups) - 1e-9);
        expect(r.composite).toBeLessThanOrEqual(Math.max(...groups) + 1e-9);
      }),
    );
  });

  it('round-trips through its JSON file and rejects anything else', () => {
    const ws = exampleWorksheet();
    expect(importWorksheet(exportWorksheet(ws))).toEqual(ws);
    expect(importWorksheet('{"kind":"csp-deal-review","version":1}')).toBeUndefined();
    expect(importWorksheet('not json')).toBeUndefined();
    expect(parseWorksheet({ version: 1, scores: { logins: 5 } })).toBeUndefined();
    expect(parseWorksheet({ version: 1 })).toEqual(emptyWorksheet());
  });

  it('exports the signals as CSV, defusing formulas', () => {
    const ws = exampleWorksheet();
    ws.notes.logins = '=HYPERLINK("x")';
    const csv = worksheetCsv(ws);
    expect(csv.split('\r\n')[0]).toBe('group,weight_percent,signal,score,note');
    expect(csv).toContain(`Usage,40,Login frequency against what you expect,70,"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('All,100,Composite health score,53.75,Yellow: at risk');
  });
});
