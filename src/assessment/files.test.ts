import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { QUESTIONS, SCALES, summary } from './fixtures';
import { CSV_COLUMNS, MAX_FILE_CHARS, exportCsv, exportFileName, exportJson, parseImport } from './files';
import { CURRENT_QUESTIONS } from './codec';
import { csvCell } from '../lib/csv-write';
import { groupBySet } from './sets';
import { normaliseAnswers, normaliseName } from './normalise-result';
import { LEVELS, type Answer, type Result } from './types';

const ana: Result = {
  version: 1,
  created: '2025-03-31',
  name: 'Ana',
  answers: { 'q1-leader-seat': { level: 'poor', note: 'Reports to the CRO, "for now"' }, 'q2-commercial-ownership': { level: 'average', exception: true }, 'q3-shared-goals': { unsure: true } },
};
const TEXTS = QUESTIONS.map(summary);
const file = (over: Record<string, unknown>) => JSON.stringify({ format: 'csp-assessment', version: 1, exportedAt: '2025-04-01T09:00:00.000Z', people: [], ...over });

describe('JSON export and import', () => {
  it('writes a versioned envelope', () => {
    const data = JSON.parse(exportJson([ana], { exportedAt: '2025-04-01T09:00:00.000Z', targets: { 'q1-leader-seat': 'excellent', 'q99-gone': 'poor' } as never }));
    expect(data).toEqual({
      kind: 'csp-assessment',
      version: 2,
      exportedAt: '2025-04-01T09:00:00.000Z',
      body: { people: [{ created: '2025-03-31', name: 'Ana', answers: ana.answers }], targets: { 'q1-leader-seat': 'excellent' } },
    });
  });

  it('still reads files written before the envelope, with format and people at the top level', () => {
    const old = file({ people: [{ created: '2025-03-31', name: 'Ana', answers: ana.answers }], targets: { 'q1-leader-seat': 'excellent' } });
    expect(parseImport(old)).toEqual({ ok: true, people: [{ ...ana }], targets: { 'q1-leader-seat': 'excellent' }, rejected: [] });
  });

  it('names fields of the envelope that are not part of it', () => {
    const text = JSON.stringify({ kind: 'csp-assessment', version: 2, exportedAt: 'x', body: { people: [], colour: 1 }, extra: 1 });
    expect(parseImport(text)).toMatchObject({ ok: true, rejected: ['The field “extra” is not part of the format and was ignored.', 'The field “colour” is not part of the format and was ignored.'] });
  });

  it('reads back exactly what it wrote', () => {
    const answer: fc.Arbitrary<Answer> = fc.record({ level: fc.constantFrom(...LEVELS), unsure: fc.boolean(), exception: fc.boolean(), note: fc.string({ unit: 'binary', maxLength: 60 }) }, { requiredKeys: [] });
    const result: fc.Arbitrary<Result> = fc.record({
      version: fc.constant(1),
      created: fc.constantFrom('2024-12-31', '2025-01-01', '2025-06-30'),
      name: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
      answers: fc.dictionary(fc.constantFrom(...CURRENT_QUESTIONS), answer),
    }).map(({ name, ...rest }): Result => (name === undefined ? rest : { ...rest, name }));
    fc.assert(
      fc.property(fc.array(result, { maxLength: 5 }), (people) => {
        const back = parseImport(exportJson(people));
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        expect(back.rejected).toEqual([]);
        expect(back.people).toEqual(
          people.map((p) => {
            const name = normaliseName(p.name);
            return { version: 1, created: p.created, answers: normaliseAnswers(p.answers, CURRENT_QUESTIONS), ...(name ? { name } : {}) };
          }),
        );
      }),
    );
  });

  it('fails a file that is not an export, with a reason', () => {
    expect(parseImport('')).toEqual({ ok: false, error: 'The file is empty.' });
    expect(parseImport('{oops')).toEqual({ ok: false, error: 'The file is not valid JSON, so it cannot be a Customer Success Playbook assessment export.' });
    expect(parseImport('[]')).toMatchObject({ ok: false, error: expect.stringMatching(/not a Customer Success Playbook assessment export/) });
    expect(parseImport(file({ format: 'other' }))).toMatchObject({ ok: false });
    expect(parseImport(file({ version: 3 }))).toMatchObject({ ok: false, error: expect.stringMatching(/version 3 .* newer/) });
    expect(parseImport(file({ version: 2 }))).toMatchObject({ ok: false, error: 'The file holds no content in its body.' });
    expect(parseImport(file({ version: '1' }))).toMatchObject({ ok: false, error: expect.stringMatching(/which version/) });
    expect(parseImport(file({ people: {} }))).toMatchObject({ ok: false, error: 'The file has no list of people.' });
    expect(parseImport(' '.repeat(MAX_FILE_CHARS + 1))).toMatchObject({ ok: false, error: expect.stringMatching(/too large/) });
    expect(parseImport(42)).toMatchObject({ ok: false });
  });

  it('leaves out only the bad pieces and names each one', () => {
    const out = parseImport(
      file({
        extra: true,
        targets: { 'q1-leader-seat': 'excellent', 'q2-commercial-ownership': 'great', nope: 'poor' },
        people: [
          'not a person',
          { name: 'Bo', answers: {} },
          {
            name: 'Cy',
            created: '2025-01-31',
            mood: 'fine',
            answers: {
              'q1-leader-seat': { level: 'average', colour: 'red' },
              'q2-commercial-ownership': { level: 'great', note: 'kept' },
              'q3-shared-goals': { level: 'poor', note: 'n'.repeat(501) },
              'q4-cost-to-retain': { unsure: 'yes' },
              'q5-health-score': 7,
              'q42-future': { level: 'poor' },
              // An own "__proto__" key, as JSON.parse makes it, must not reach any prototype.
              ...JSON.parse('{"__proto__": {"level": "excellent"}}'),
            },
          },
        ],
      }),
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.people).toEqual([
      { version: 1, created: '2025-01-31', name: 'Cy', answers: { 'q1-leader-seat': { level: 'average' }, 'q2-commercial-ownership': { note: 'kept' }, 'q3-shared-goals': { level: 'poor' } } },
    ]);
    expect(out.targets).toEqual({ 'q1-leader-seat': 'excellent' });
    expect(out.rejected).toEqual([
      'The field “extra” is not part of the format and was ignored.',
      'Person 1 was left out: the entry is not an object.',
      'Person 2 (Bo) was left out: the date is missing or not a real date written YYYY-MM-DD.',
      'Person 3 (Cy): the field “mood” is not part of the format and was ignored.',
      'Person 3 (Cy), q1-leader-seat: the field “colour” is not part of the format and was ignored.',
      'Person 3 (Cy), q2-commercial-ownership: the level “great” is not one of poor, average, excellent and was left out.',
      'Person 3 (Cy), q3-shared-goals: the note is 501 characters long, over the limit of 500, and was left out.',
      'Person 3 (Cy), q4-cost-to-retain: “unsure” is not true or false and was left out.',
      'Person 3 (Cy), q5-health-score: the answer is not an object and was left out.',
      'Person 3 (Cy): the answer to “q42-future” was left out: no such question.',
      'Person 3 (Cy): the answer to “__proto__” was left out: no such question.',
      'The target for q2-commercial-ownership was left out: “great” is not poor, average or excellent.',
      'The target for “nope” was left out: no such question.',
    ]);
    expect(({} as Record<string, unknown>).level).toBeUndefined();
  });

  it('names files by date', () => {
    expect(exportFileName('csv', '2025-03-31')).toBe('cs-maturity-2025-03-31.csv');
    expect(exportFileName('json', 'soon')).toBe('cs-maturity-export.json');
  });
});

describe('CSV export', () => {
  it('writes one row per person per question, blank where unanswered', () => {
    const csv = exportCsv([ana, { version: 1, created: '2025-01-01', answers: {} }], TEXTS);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(1 + 2 * 9 + 1);
    expect(lines[1]).toBe('Ana,2025-03-31,q1-leader-seat,Leadership and influence,Question text for q1-leader-seat?,poor,0,scored,"Reports to the CRO, ""for now"""');
    expect(lines[2]).toBe('Ana,2025-03-31,q2-commercial-ownership,Commercial ownership,Question text for q2-commercial-ownership?,average,1,exception,');
    expect(lines[3]).toBe("Ana,2025-03-31,q3-shared-goals,Company-wide accountability,Question text for q3-shared-goals?,don't know,,unsure,");
    expect(lines[10]).toBe('Person 2,2025-01-01,q1-leader-seat,Leadership and influence,Question text for q1-leader-seat?,,,unanswered,');
  });

  it('leaves the byte order mark out on request', () => {
    expect(exportCsv([], TEXTS, { bom: false })).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('defuses cells a spreadsheet would run as formulas (src/lib/csv.ts tests the cell writer itself)', () => {
    const csv = exportCsv([{ version: 1, created: '2025-01-01', name: '=cmd|x', answers: { 'q1-leader-seat': { level: 'poor', note: '@risk, really' } } }], TEXTS, { bom: false });
    expect(csv.split('\r\n')[1]).toBe("'=cmd|x,2025-01-01,q1-leader-seat,Leadership and influence,Question text for q1-leader-seat?,poor,0,scored,\"'@risk, really\"");
  });

  it('always parses back to the same cells', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { minLength: 1, maxLength: 6 }), (cells) => {
        const line = cells.map(csvCell).join(',');
        expect(parseCsvLine(line)).toEqual(cells.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
      }),
    );
  });
});

describe('the chapters’ scales in files', () => {
  const scales = groupBySet(SCALES).flatMap((g) => g.scales.map(summary));
  const cy: Result = {
    version: 1,
    created: '2025-05-02',
    name: 'Cy',
    answers: {
      'q1-leader-seat': { level: 'average' },
      'onboarding-handoff': { level: 'poor', note: 'No checklist yet' },
      'onboarding-destination': { unsure: true },
      'renewals-and-churn-forecast': { note: 'Finance owns it' },
    },
  };

  it('exports chapter answers and targets in JSON and reads them all back', () => {
    const text = exportJson([cy], { exportedAt: '2025-05-02T10:00:00.000Z', targets: { 'onboarding-handoff': 'excellent', 'q1-leader-seat': 'excellent' } });
    expect(JSON.parse(text).body.people[0].answers).toEqual(cy.answers);
    expect(parseImport(text)).toEqual({ ok: true, people: [cy], targets: { 'q1-leader-seat': 'excellent', 'onboarding-handoff': 'excellent' }, rejected: [] });
  });

  it('writes the nine rows, then a row for each scale answered or noted, with its id, dimension and question', () => {
    const lines = exportCsv([cy], [...TEXTS, ...scales], { bom: false }).split('\r\n');
    expect(lines).toHaveLength(1 + 9 + 3 + 1);
    expect(lines.slice(10, 13)).toEqual([
      'Cy,2025-05-02,onboarding-handoff,Sales-to-CS handoff,Question text for onboarding-handoff?,poor,0,scored,No checklist yet',
      "Cy,2025-05-02,onboarding-destination,First value defined,Question text for onboarding-destination?,don't know,,unsure,",
      'Cy,2025-05-02,renewals-and-churn-forecast,Renewal forecast,Question text for renewals-and-churn-forecast?,,,unanswered,Finance owns it',
    ]);
  });

  it('names each malformed chapter answer and keeps every valid one', () => {
    const out = parseImport(
      file({
        targets: { 'onboarding-sequence': 'average', 'onboarding-later': 'poor', 'renewals-and-churn-motion': 'best' },
        people: [
          {
            created: '2025-05-02',
            answers: {
              'onboarding-handoff': { level: 'excellent' },
              'onboarding-sequence': { level: 'good' },
              'onboarding-destination': { unsure: 'maybe', note: 'Ask the PM' },
              'onboarding-later': { level: 'poor' },
              'sales-cs-alignment-handoffs': { level: 'average' },
            },
          },
        ],
      }),
    );
    expect(out).toEqual({
      ok: true,
      people: [{ version: 1, created: '2025-05-02', answers: { 'onboarding-handoff': { level: 'excellent' }, 'onboarding-destination': { note: 'Ask the PM' }, 'sales-cs-alignment-handoffs': { level: 'average' } } }],
      targets: { 'onboarding-sequence': 'average' },
      rejected: [
        'Person 1, onboarding-sequence: the level “good” is not one of poor, average, excellent and was left out.',
        'Person 1, onboarding-destination: “unsure” is not true or false and was left out.',
        'Person 1: the answer to “onboarding-later” was left out: no such question.',
        'The target for “onboarding-later” was left out: no such question.',
        'The target for renewals-and-churn-motion was left out: “best” is not poor, average or excellent.',
      ],
    });
  });

  it('reads every chapter scale the share codes know', () => {
    const answers = Object.fromEntries(CURRENT_QUESTIONS.map((id) => [id, { level: 'average' }]));
    const out = parseImport(file({ people: [{ created: '2025-05-02', answers }] }));
    expect(out.ok && out.rejected).toEqual([]);
    expect(out.ok && Object.keys(out.people[0]!.answers)).toEqual([...CURRENT_QUESTIONS]);
  });
});

/** A minimal RFC 4180 reader for one record, for the property above. */
function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        if (line[i] === '"' && line[i + 1] === '"') (cell += '"'), (i += 2);
        else if (line[i] === '"') {
          i++;
          break;
        } else cell += line[i++];
      }
    } else while (i < line.length && line[i] !== ',') cell += line[i++];
    out.push(cell);
    if (i >= line.length) return out;
    i++;
  }
}
