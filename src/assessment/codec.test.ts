import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { CURRENT_QUESTIONS, CURRENT_VERSION, MAX_CODE_LENGTH, V1_QUESTIONS, V2_QUESTIONS, V3_QUESTIONS, encodeResult, questionTable, shareUrl } from './codec';
import { decodeResult } from './decode';
import { normaliseAnswers, normaliseName } from './normalise-result';
import { LEVELS, NAME_MAX, NOTE_MAX, type Answer, type Answers, type Result } from './types';

/** One typing mistake at position i: a neighbour swap or a replaced character; undefined when it would change nothing. */
function damage(code: string, i: number, replacement: string, swap: boolean): string | undefined {
  if (swap) return i + 1 >= code.length || code[i] === code[i + 1] ? undefined : code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
  return code[i] === replacement || code[i] === '.' ? undefined : code.slice(0, i) + replacement + code.slice(i + 1);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** The check as the format defines it, written out again so the test does not trust the code under test. */
const withCheck = (body: string) => {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum = (sum + ((i % 4092) + 1) * body.charCodeAt(i)) % 4093;
  return `${body}.${B64[Math.floor(sum / 64)]}${B64[sum % 64]}`;
};
const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const errorOf = (input: unknown) => {
  const out = decodeResult(input);
  if (out.ok) throw new Error(`expected an error for ${String(input).slice(0, 40)}`);
  return out.error;
};

const answer: fc.Arbitrary<Answer> = fc.record(
  {
    level: fc.constantFrom(...LEVELS),
    unsure: fc.boolean(),
    exception: fc.boolean(),
    note: fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ maxLength: 700 })),
  },
  { requiredKeys: [] },
);
const answers: fc.Arbitrary<Answers> = fc.dictionary(fc.constantFrom(...CURRENT_QUESTIONS), answer);
/** Any id, so answers the format cannot hold (another edition's questions) are tried as well. */
const anyAnswers: fc.Arbitrary<Answers> = fc.dictionary(fc.oneof(fc.constantFrom(...CURRENT_QUESTIONS), fc.constantFrom('q10-future', 'onboarding-later', '__proto__')), answer);
const isoDate = fc.integer({ min: 0, max: 262_143 }).map((days) => new Date(days * 86_400_000).toISOString().slice(0, 10));
const codeChars = fc.string({ unit: fc.constantFrom(...`${B64}.`), maxLength: 40 });

describe('share codes', () => {
  it('round-trips every combination of answers, notes, names and dates', () => {
    fc.assert(
      fc.property(anyAnswers, fc.option(fc.string({ unit: 'binary', maxLength: 80 }), { nil: undefined }), isoDate, (a, name, created) => {
        const code = encodeResult(a, { name, created });
        const out = decodeResult(code);
        expect(out.ok).toBe(true);
        if (!out.ok) return;
        expect(out.code).toBe(code);
        expect(out.result.answers).toEqual(normaliseAnswers(a, CURRENT_QUESTIONS));
        expect(out.result.name).toBe(normaliseName(name));
        expect(out.result.created).toBe(created);
        expect(out.result.version).toBe(CURRENT_VERSION);
      }),
      { numRuns: 1500 },
    );
  });

  it('round-trips each of the ten states of every question position, framework and chapter scales alike', () => {
    const states: Answer[] = [{}, { unsure: true }, ...LEVELS.map((level) => ({ level }))];
    for (const id of CURRENT_QUESTIONS) {
      for (const state of states) {
        for (const exception of [false, true]) {
          const a: Answers = { [id]: exception ? { ...state, exception } : state };
          const out = decodeResult(encodeResult(a, { created: '2025-01-31' }));
          expect(out.ok && out.result.answers).toEqual(normaliseAnswers(a, CURRENT_QUESTIONS));
        }
      }
    }
  });

  it('round-trips every question answered at once, the last group’s padding included', () => {
    const all = Object.fromEntries(CURRENT_QUESTIONS.map((id, i) => [id, i % 5 === 4 ? { unsure: true } : { level: LEVELS[i % 3]!, ...(i % 7 === 0 ? { exception: true } : {}) }])) as Answers;
    const out = decodeResult(encodeResult(all, { created: '2025-01-31' }));
    expect(out.ok && out.result.answers).toEqual(all);
  });

  it('keeps a code without notes or name to 47 characters, whatever is answered', () => {
    const code = encodeResult({ 'q1-leader-seat': { level: 'poor' }, 'q9-exec-attention': { level: 'excellent' }, 'onboarding-handoff': { level: 'average' } }, { created: '2025-03-31' });
    expect(code).toMatch(/^3[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{2}$/);
    expect(code).toHaveLength(47);
    const all = Object.fromEntries(CURRENT_QUESTIONS.map((id) => [id, { level: 'excellent', exception: true }])) as Answers;
    expect(encodeResult(all)).toHaveLength(47);
  });

  it('leaves notes out on request but keeps the name', () => {
    const out = decodeResult(encodeResult({ 'q2-commercial-ownership': { level: 'average', note: 'private' }, 'onboarding-ownership': { level: 'poor', note: 'also private' } }, { name: 'Ana', notes: false, created: '2025-01-01' }));
    expect(out.ok && out.result).toEqual({ version: 3, created: '2025-01-01', name: 'Ana', answers: { 'q2-commercial-ownership': { level: 'average' }, 'onboarding-ownership': { level: 'poor' } } });
  });

  it('fits the longest genuine code under the size cap, and the cap stays close to it', () => {
    const note = '語'.repeat(NOTE_MAX);
    const all = Object.fromEntries(CURRENT_QUESTIONS.map((id) => [id, { level: 'excellent', exception: true, note }])) as Answers;
    const code = encodeResult(all, { name: '語'.repeat(NAME_MAX), created: '2025-01-01' });
    expect(code).toHaveLength(118_923);
    expect(code.length).toBeLessThanOrEqual(MAX_CODE_LENGTH);
    expect(MAX_CODE_LENGTH - code.length).toBeLessThan(1_000);
    expect(decodeResult(code).ok).toBe(true);
    // A note of characters JSON escapes (quotes, tabs, line breaks) grows less than one of 語.
    const escaped = encodeResult(Object.fromEntries(CURRENT_QUESTIONS.map((id) => [id, { note: '"\t\n\\'.repeat(NOTE_MAX / 4) }])), { name: '語'.repeat(NAME_MAX) });
    expect(escaped.length).toBeLessThan(code.length);
  });

  it('cuts an over-long note to the cap instead of making an unreadable code', () => {
    const out = decodeResult(encodeResult({ 'q3-shared-goals': { note: 'x'.repeat(NOTE_MAX + 40) } }, { created: '2025-01-01' }));
    expect(out.ok && out.result.answers['q3-shared-goals']?.note).toHaveLength(NOTE_MAX);
  });

  it('falls back to today when the date given is not a real date', () => {
    const out = decodeResult(encodeResult({}, { created: '2025-02-30' }));
    expect(out.ok && out.result.created).toBe(new Date().toISOString().slice(0, 10));
  });

  it('freezes the question tables of versions 1, 2 and 3', () => {
    expect(CURRENT_VERSION).toBe(3);
    expect(CURRENT_QUESTIONS).toBe(V3_QUESTIONS);
    expect(questionTable(1)).toBe(V1_QUESTIONS);
    expect(questionTable(2)).toBe(V2_QUESTIONS);
    expect(questionTable(3)).toBe(V3_QUESTIONS);
    for (const v of [0, 4, NaN, -1, 1.5]) expect(questionTable(v)).toBeUndefined();
    for (const table of [V1_QUESTIONS, V2_QUESTIONS, V3_QUESTIONS]) expect(Object.isFrozen(table)).toBe(true);
    // Each version starts with the one before in the same places, and names no question twice.
    expect(V2_QUESTIONS.slice(0, 9)).toEqual([...V1_QUESTIONS]);
    expect(V3_QUESTIONS.slice(0, V2_QUESTIONS.length)).toEqual([...V2_QUESTIONS]);
    expect(V2_QUESTIONS).toHaveLength(41);
    expect(V3_QUESTIONS).toHaveLength(59);
    expect(new Set(V3_QUESTIONS).size).toBe(V3_QUESTIONS.length);
  });

  it('lists in the newest table exactly the questions and scales in content/assessment', () => {
    // A scale added to content/assessment without a new code version would be left out of
    // every share code; this fails first. Add a version 4 with its own frozen table instead of
    // editing V3_QUESTIONS.
    const dir = new URL('../../content/assessment/', import.meta.url);
    const ids = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => /^id: (\S+)$/m.exec(readFileSync(new URL(f, dir), 'utf8'))?.[1]);
    expect(questionTable(CURRENT_VERSION + 1)).toBeUndefined();
    expect([...V3_QUESTIONS].sort()).toEqual(ids.sort());
  });

  it('has a content entry for every version 1 question, with the same id and order', () => {
    // Chapters add scales of their own to content/assessment; the nine must all be there.
    const dir = new URL('../../content/assessment/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files).toEqual(expect.arrayContaining([...V1_QUESTIONS].map((id) => `${id}.yaml`)));
    V1_QUESTIONS.forEach((id, i) => {
      const text = readFileSync(new URL(`${id}.yaml`, dir), 'utf8');
      expect(text).toMatch(new RegExp(`^id: ${id}$`, 'm'));
      expect(text).toMatch(new RegExp(`^order: ${i + 1}$`, 'm'));
    });
  });
});

describe('version 2 codes, made before chapters 11 to 15 and the conclusion joined the codes', () => {
  // Made by the version 2 encoder before version 3 existed: they must open as long as the assessment does.
  const REAL: [string, Omit<Result, 'version'>][] = [
    ["2E7SBkAAADAAAAAADIAAAAAAAAAAAAAA.gt", { created: "2025-03-31", answers: {"q1-leader-seat": {"level": "poor"}, "q9-exec-attention": {"level": "excellent"}, "onboarding-handoff": {"level": "average"}} }],
    ["2FAgBGAAAAAAAAAAAAAAAAAAAAAAAAAo.eyJuIjoiQW5hIExpbWEiLCJ0Ijp7IjEiOiJHcm_Dn2t1bmRlbiBibGVpYmVuIGJlaW0gVmVydHJpZWIg4oCUIOiqniIsIjQwIjoiQXNrIFByaXlhIn19.9H", { created: "2026-02-28", name: "Ana Lima", answers: {"q2-commercial-ownership": {"level": "average", "exception": true, "note": "Großkunden bleiben beim Vertrieb — 語"}, "sales-cs-alignment-handoffs": {"unsure": true, "note": "Ask Priya"}} }],
    ["2FCaJvCPCtGnB8B7CPJvGnCuB7CUB7Gk.Hb", { created: "2026-06-30", answers: {"q1-leader-seat": {"level": "poor", "exception": true}, "q2-commercial-ownership": {"level": "average"}, "q3-shared-goals": {"level": "excellent"}, "q4-cost-to-retain": {"level": "poor"}, "q5-health-score": {"unsure": true}, "q6-churn-insight": {"level": "excellent"}, "q7-value": {"level": "poor"}, "q8-product-feedback": {"level": "average", "exception": true}, "q9-exec-attention": {"level": "excellent"}, "operating-model-touch": {"unsure": true}, "operating-model-segmentation": {"level": "average"}, "operating-model-charter": {"level": "excellent"}, "operating-model-reporting": {"level": "poor"}, "hiring-the-team-first-leader": {"level": "average"}, "hiring-the-team-csm-profile": {"unsure": true}, "hiring-the-team-ratios": {"level": "poor"}, "hiring-the-team-pay": {"level": "average"}, "hiring-the-team-bench": {"level": "excellent"}, "onboarding-handoff": {"level": "poor"}, "onboarding-destination": {"unsure": true}, "onboarding-sequence": {"level": "excellent"}, "onboarding-momentum": {"level": "poor", "exception": true}, "onboarding-ownership": {"level": "average"}, "onboarding-investment": {"level": "excellent"}, "health-and-adoption-score": {"unsure": true}, "health-and-adoption-response": {"level": "average"}, "health-and-adoption-proactive": {"level": "excellent"}, "strategic-accounts-reviews": {"level": "poor"}, "strategic-accounts-threads": {"level": "average", "exception": true}, "strategic-accounts-service": {"unsure": true}, "renewals-and-churn-forecast": {"level": "poor"}, "renewals-and-churn-forensics": {"level": "average"}, "renewals-and-churn-motion": {"level": "excellent"}, "sales-cs-alignment-discovery": {"level": "poor"}, "sales-cs-alignment-shared-data": {"unsure": true}, "sales-cs-alignment-milestones": {"level": "excellent", "exception": true}, "sales-cs-alignment-shared-nrr": {"level": "poor"}, "sales-cs-alignment-incentives": {"level": "average"}, "sales-cs-alignment-icp-drift": {"level": "excellent"}, "sales-cs-alignment-deal-killer": {"unsure": true}, "sales-cs-alignment-handoffs": {"level": "average"}} }],
  ];

  it('still opens every one, with the answers, name and date it was made with', () => {
    for (const [code, expected] of REAL) {
      const out = decodeResult(code);
      expect(out.ok && out.result, code).toEqual({ version: 2, ...expected });
    }
  });
});

describe('version 1 codes, made before the chapters’ scales joined the codes', () => {
  // Made by the version 1 encoder before version 2 existed. Codes like these are in mail and
  // wikis: they must open for as long as the assessment does.
  const REAL: [string, Omit<Result, 'version'>][] = [
    ['1E7S100000003.IL', { created: '2025-03-31', answers: { 'q1-leader-seat': { level: 'poor' }, 'q9-exec-attention': { level: 'excellent' } } }],
    ['1E6X100000000.eyJuIjoiU2FtIiwidCI6eyIwIjoiV2UgcmVwb3J0IHRvIHRoZSBDUk8ifX0.NW', { created: '2025-01-31', name: 'Sam', answers: { 'q1-leader-seat': { level: 'poor', note: 'We report to the CRO' } } }],
    [
      '1E54074030000.eyJuIjoiQW5hIExpbWEiLCJ0Ijp7IjEiOiJHcm_Dn2t1bmRlbiBibGVpYmVuIGJlaW0gVmVydHJpZWIg4oCUIOiqniJ9fQ.-7',
      {
        created: '2024-12-31',
        name: 'Ana Lima',
        answers: {
          'q2-commercial-ownership': { level: 'average', exception: true, note: 'Großkunden bleiben beim Vertrieb — 語' },
          'q3-shared-goals': { unsure: true },
          'q5-health-score': { level: 'excellent' },
        },
      },
    ],
    ['1E8t213221232.ML', { created: '2025-06-30', answers: Object.fromEntries(V1_QUESTIONS.map((id, i) => [id, { level: (['average', 'poor', 'excellent', 'average', 'average', 'poor', 'average', 'excellent', 'average'] as const)[i]! }])) }],
    ['1E7S212122221.eyJuIjoiQW5hIn0.fJ', { created: '2025-03-31', name: 'Ana', answers: Object.fromEntries(V1_QUESTIONS.map((id, i) => [id, { level: (['average', 'poor', 'average', 'poor', 'average', 'average', 'average', 'average', 'poor'] as const)[i]! }])) }],
  ];

  it('still opens every one, with the answers, name and date it was made with', () => {
    for (const [code, expected] of REAL) {
      const out = decodeResult(code);
      expect(out.ok && out.result, code).toEqual({ version: 1, ...expected });
      expect(out.ok && out.code).toBe(code);
      expect(decodeResult(`https://example.org/assessment/results/#r=${code}`).ok).toBe(true);
    }
  });

  it('makes the same answers into a current code that reads back the same', () => {
    for (const [code] of REAL) {
      const v1 = decodeResult(code);
      if (!v1.ok) throw new Error(v1.error);
      const now = decodeResult(encodeResult(v1.result.answers, { name: v1.result.name, created: v1.result.created }));
      expect(now.ok && { ...now.result, version: 1 }).toEqual(v1.result);
    }
  });

  it('catches any single mistyped character, swap of neighbours or cut in one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REAL.map(([code]) => code)), fc.nat(), fc.constantFrom(...B64), fc.boolean(), (code, at, replacement, swap) => {
        const i = at % code.length;
        const damaged = damage(code, i, replacement, swap);
        if (damaged === undefined) return;
        expect(decodeResult(damaged).ok).toBe(false);
        expect(decodeResult(code.slice(0, i)).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('result links', () => {
  const code = encodeResult({ 'q4-cost-to-retain': { level: 'average' } }, { created: '2025-06-30' });

  it('reads the code from a query, a hash or a bare parameter', () => {
    for (const link of [
      `https://example.org/assessment/?r=${code}`,
      `https://example.org/book/assessment/#r=${code}`,
      `/assessment/?utm=x&r=${code}&lang=en`,
      `  r=${code}\n`,
      `https://example.org/assessment/?r=${code.replace('.', '%2E')}`,
    ]) {
      const out = decodeResult(link);
      expect(out.ok && out.code).toBe(code);
    }
  });

  it('builds a hash link from the page address, dropping any old query or hash', () => {
    expect(shareUrl('https://example.org/assessment/?r=old#x', code)).toBe(`https://example.org/assessment/#r=${code}`);
    expect(decodeResult(shareUrl('https://example.org/assessment/', code)).ok).toBe(true);
  });

  it('names a link with no result in it', () => {
    expect(errorOf('https://example.org/assessment/')).toMatch(/holds no result/);
    expect(errorOf('https://example.org/assessment/?r=')).toMatch(/empty result code/);
    expect(errorOf('https://example.org/assessment/?r=%E0%A4%A')).toMatch(/not correctly encoded/);
  });
});

describe('malformed codes', () => {
  const good = encodeResult({ 'q1-leader-seat': { level: 'poor', note: 'We report to the CRO' } }, { name: 'Sam', created: '2025-01-31' });
  const head = good.split('.')[0]!;

  it('gives a sentence for each kind of damage', () => {
    expect(errorOf('')).toBe('The code is empty.');
    expect(errorOf('   \n')).toBe('The code is empty.');
    expect(errorOf(undefined)).toBe('No code was given.');
    expect(errorOf(42)).toBe('No code was given.');
    expect(errorOf('1'.repeat(MAX_CODE_LENGTH + 1))).toMatch(/at most 119,000/);
    expect(errorOf('1'.repeat(MAX_CODE_LENGTH + 5000))).toMatch(/characters long/);
    expect(errorOf(`4${good.slice(1)}`)).toMatch(/starts with “4”, which is not a version this page knows/);
    expect(errorOf(`0${good.slice(1)}`)).toMatch(/not a version this page knows/);
    expect(errorOf(`x${good.slice(1)}`)).toMatch(/“x”/);
    expect(errorOf(`${good.slice(0, 5)}%${good.slice(6)}`)).toMatch(/contains “%”/);
    expect(errorOf(`${good.slice(0, 5)} ${good.slice(5)}`)).toMatch(/space or line break/);
    expect(errorOf(`${good.slice(0, 5)}😀${good.slice(5)}`)).toMatch(/contains “😀”/);
    expect(errorOf(head)).toMatch(/check part after its last dot is missing/);
    expect(errorOf(`${good}.AA`)).toMatch(/parts separated by dots/);
    expect(errorOf(withCheck(head.slice(0, 10)))).toMatch(/10 characters where 44/);
    expect(errorOf(withCheck(`${head}A`))).toMatch(/45 characters where 44/);
    // A version 1 head is 13 characters; the version digit decides which length is expected.
    expect(errorOf(withCheck(`1${head.slice(1)}`))).toMatch(/44 characters where 13/);
    expect(errorOf(withCheck(`2${head.slice(1)}`))).toMatch(/44 characters where 32/);
    expect(errorOf(`${good}A`)).toMatch(/check part .* 3 characters/);
    expect(errorOf(`${head}.AA`)).toMatch(/fails its check/);
  });

  it('catches a truncated code wherever it is cut', () => {
    for (let end = 1; end < good.length; end++) expect(decodeResult(good.slice(0, end)).ok).toBe(false);
  });

  it('catches any single mistyped character and any swap of neighbours', () => {
    fc.assert(
      fc.property(answers, fc.nat(), fc.constantFrom(...B64), fc.boolean(), (a, at, replacement, swap) => {
        const code = encodeResult(a, { created: '2025-01-31' });
        const i = at % code.length;
        const damaged = damage(code, i, replacement, swap);
        if (damaged === undefined) return;
        expect(decodeResult(damaged).ok).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('still catches a mistyped character deep inside a long code', () => {
    const all = Object.fromEntries(CURRENT_QUESTIONS.map((id, i) => [id, { level: 'average', note: `${i}${'é'.repeat(NOTE_MAX - 1)}` }])) as Answers;
    const long = encodeResult(all, { created: '2025-01-31' });
    expect(long.length).toBeGreaterThan(4092 * 9);
    for (const i of [4091, 4092, 4093, 4094, 8184, 8185, 4092 * 9 - 1, 4092 * 9]) {
      const c = long[i] === 'A' ? 'B' : 'A';
      expect(decodeResult(long.slice(0, i) + c + long.slice(i + 1)).ok).toBe(false);
    }
  });

  it('rejects answers outside the format', () => {
    // 1000 and above is not three states; the last group's padding must stay unanswered.
    expect(errorOf(withCheck(`${head.slice(0, 4)}Pp${head.slice(6)}`))).toBe('The answers to questions 1 to 3 in the code are not valid levels.');
    expect(errorOf(withCheck(`${head.slice(0, 42)}AB`))).toBe('The answers to questions 58 to 59 in the code are not valid levels.');
    expect(decodeResult(withCheck(`${head.slice(0, 42)}AK`)).ok).toBe(true);
    expect(errorOf(withCheck(`1E7S10000000A`))).toBe('The answer to question 9 in the code is not a valid level.');
  });

  it('rejects every kind of bad notes part', () => {
    const cases: [string, RegExp][] = [
      ['', /notes part of the code is empty/],
      ['A', /not valid base64url/],
      [Buffer.from([0xff, 0xfe, 0xfd]).toString('base64url'), /not valid UTF-8/],
      [b64url('not json'), /not valid JSON/],
      [b64url('[1,2]'), /not a JSON object/],
      [b64url('null'), /not a JSON object/],
      [b64url('{"x":1}'), /unexpected field “x”/],
      [b64url('{"n":5}'), /name in the code is not text/],
      [b64url(JSON.stringify({ n: 'n'.repeat(NAME_MAX + 1) })), /61 characters long; the limit is 60/],
      [b64url('{"t":[]}'), /notes in the code are not a JSON object/],
      [b64url('{"t":{"59":"hi"}}'), /question “59”, which version 3/],
      [b64url('{"t":{"01":"hi"}}'), /question “01”/],
      [b64url('{"t":{"2":7}}'), /note for question 3 in the code is not text/],
      [b64url(JSON.stringify({ t: { 4: 'n'.repeat(NOTE_MAX + 1) } })), /note for question 5 .* 501 characters long; the limit is 500/],
      [b64url('['.repeat(5000)), /not valid JSON/],
    ];
    for (const [notes, message] of cases) expect(errorOf(withCheck(`${head}.${notes}`))).toMatch(message);
  });

  it('cleans control characters out of a hand-made note', () => {
    const out = decodeResult(withCheck(`${head}.${b64url(JSON.stringify({ n: ' A\u0000na ', t: { 0: 'line\r\nnext\u0007' } }))}`));
    expect(out.ok && out.result.name).toBe('Ana');
    expect(out.ok && out.result.answers['q1-leader-seat']?.note).toBe('line\nnext');
  });

  it('never takes a note for a position its version lacks', () => {
    const v1 = '1E7S100000003';
    expect(errorOf(withCheck(`${v1}.${b64url('{"t":{"9":"hi"}}')}`))).toMatch(/question “9”, which version 1/);
    const out = decodeResult(withCheck(`${head}.${b64url('{"t":{"40":"hi"}}')}`));
    expect(out.ok && out.result.answers['sales-cs-alignment-handoffs']).toEqual({ note: 'hi' });
  });

  it('never throws, whatever it is given', () => {
    const valid = fc.tuple(answers, fc.option(fc.string({ maxLength: 20 }), { nil: undefined })).map(([a, name]) => encodeResult(a, { name, created: '2025-01-31' }));
    const anything = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      codeChars,
      codeChars.map((s) => `1${s}`),
      codeChars.map((s) => `2${s}`),
      codeChars.map((s) => withCheck(`1${s}`)),
      codeChars.map((s) => withCheck(`2${s}`)),
      fc.string({ unit: fc.constantFrom(...B64), minLength: 28, maxLength: 28 }).map((s) => withCheck(`2E7S${s}`)),
      fc.string({ unit: fc.constantFrom(...B64), maxLength: 60 }).map((s) => withCheck(`${head}.${s}`)),
      fc.json().map((j) => withCheck(`${head}.${b64url(j)}`)),
      // Valid codes damaged in several places, their check recomputed or not.
      fc.tuple(valid, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...`${B64}.%é `)), { minLength: 1, maxLength: 4 }), fc.boolean()).map(([code, edits, recheck]) => {
        let out = code;
        for (const [at, c] of edits) out = out.slice(0, at % out.length) + c + out.slice((at % out.length) + 1);
        return recheck ? withCheck(out.slice(0, out.lastIndexOf('.'))) : out;
      }),
      fc.tuple(valid, fc.nat(), fc.nat()).map(([code, a, b]) => code.slice(a % code.length) + code.slice(0, b % code.length)),
      fc.anything(),
    );
    fc.assert(
      fc.property(anything, (input) => {
        const out = decodeResult(input);
        expect(typeof out.ok).toBe('boolean');
        if (!out.ok) expect(out.error).toMatch(/^[A-Z].*\.$/s);
      }),
      { numRuns: 3000 },
    );
  });
});
