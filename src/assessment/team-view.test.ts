import { describe, expect, it } from 'vitest';
import { QUESTIONS, SCALES } from './fixtures';
import { codesFromFiles, combineTeam } from './team-view';
import { MAX_PASTE_LENGTH, appendCodes, savedList } from './team-list';
import { encodeResult } from './codec';
import { exportJson, parseImport } from './files';
import { groupBySet } from './sets';

const SETS = groupBySet(SCALES).map((g) => ({ ...g, title: `Chapter ${g.set}` }));
const [Q1, Q2] = QUESTIONS.map((q) => q.id) as [string, string];
const ana = encodeResult({ [Q1]: { level: 'poor' }, [Q2]: { level: 'excellent' } }, { name: 'Ana', created: '2025-03-31' });
const ben = encodeResult({ [Q1]: { level: 'excellent' }, [Q2]: { level: 'excellent' } }, { name: 'Ben', created: '2025-03-31' });

describe('the team page’s logic', () => {
  it('combines a pasted list into the team’s picture, naming what it left out', () => {
    const combined = combineTeam(`${ana}\nnot-a-code, ${ben}`, QUESTIONS, SETS);
    expect(combined.results.map((r) => r.name)).toEqual(['Ana', 'Ben']);
    expect(combined.report.rejected.map((r) => r.position)).toEqual([2]);
    expect(combined.view!.members).toBe(2);
    expect(combined.view!.questions[0]!.id).toBe(Q1);
    expect(combined.view!.questions[0]!.agreement).toBe('split');
  });

  it('has no picture until a result is read', () => {
    expect(combineTeam('nothing here', QUESTIONS, []).view).toBeUndefined();
  });

  it('adds codes on lines of their own at the end of the list', () => {
    expect(appendCodes('a\nb\n\n', ['c', 'd'])).toBe('a\nb\nc\nd');
    expect(appendCodes('', ['c'])).toBe('c');
  });

  it('turns imported files into codes and names each file or piece left out', () => {
    const file = exportJson([{ version: 1, created: '2025-03-31', name: 'Cy', answers: { [Q1]: { level: 'average' } } }]);
    const { codes, problems } = codesFromFiles([
      { name: 'cy.json', parsed: parseImport(file) },
      { name: 'broken.json', parsed: parseImport('{') },
    ]);
    expect(codes).toHaveLength(1);
    expect(combineTeam(codes.join('\n'), QUESTIONS, []).results[0]!.name).toBe('Cy');
    expect(problems).toEqual(['“broken.json” was left out: The file is not valid JSON, so it cannot be a Customer Success Playbook assessment export.']);
  });

  it('says how much of a saved list over the limit it kept', () => {
    expect(savedList('abc')).toEqual({ text: 'abc', cut: 0 });
    expect(savedList(42)).toBeUndefined();
    const long = savedList('x'.repeat(MAX_PASTE_LENGTH + 5))!;
    expect(long.text).toHaveLength(MAX_PASTE_LENGTH);
    expect(long.cut).toBe(5);
  });

  it('combines two hundred people quickly', () => {
    const codes = Array.from({ length: 200 }, (_, i) => encodeResult({ [Q1]: { level: i % 2 ? 'poor' : 'average', note: `Note ${i}` } }, { name: `P${i}`, created: '2025-03-31' }));
    const t = performance.now();
    expect(combineTeam(codes.join('\n'), QUESTIONS, SETS).view!.members).toBe(200);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
