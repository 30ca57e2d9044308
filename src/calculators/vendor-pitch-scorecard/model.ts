import { defineCalculator, keyword, str, value, type KeywordValue, type Note } from '../contract';

export const QUESTIONS = [
  ['what', 'What does the AI do, in one sentence?', 'what the AI actually does'],
  ['decisions', 'Which of our decisions or actions would change?', 'which decisions would change'],
  ['errors', 'How would we find out when it is wrong?', 'how its errors would come to light'],
] as const;

const SCORES = [
  { value: 'none', label: 'Not answered (0)' },
  { value: '0', label: '0: deflected or abstract' },
  { value: '1', label: '1: partial' },
  { value: '2', label: '2: concrete and specific' },
] as const;

const VERDICTS = {
  'red-flag': 'Red flag: a question was deflected or left unanswered',
  credible: 'Credible: concrete on all three',
  'follow-up': 'Promising: follow up on the weakest answer',
  thin: 'Thin: partial answers throughout',
};

const EXAMPLE = { a: ['2', '2', '1'], b: ['0', '1', '1'] } as const;
const VENDORS = ['a', 'b'] as const;
type Vendor = (typeof VENDORS)[number];

const points = (s: string): number => (s === '2' ? 2 : s === '1' ? 1 : 0);

/** The book's reading of a score (the source sets no pass mark): any zero is a red flag whatever the total. */
export function verdict(scores: readonly string[]): keyof typeof VERDICTS {
  const p = scores.map(points);
  const total = p.reduce((a, b) => a + b, 0);
  return p.includes(0) ? 'red-flag' : total === 6 ? 'credible' : total >= 4 ? 'follow-up' : 'thin';
}

const fields = VENDORS.flatMap((v) => [
  { kind: 'text' as const, id: `name-${v}` as const, label: `Vendor ${v.toUpperCase()}: name`, default: `Vendor ${v.toUpperCase()}`, maxLength: 40, rows: 1 as const },
  ...QUESTIONS.map(([q, label], i) => ({ kind: 'choice' as const, id: `${v}-${q}` as const, label: `Vendor ${v.toUpperCase()}: ${label}`, default: EXAMPLE[v][i]!, options: SCORES })),
]);

export default defineCalculator({
  id: 'vendor-pitch-scorecard',
  title: 'Vendor pitch scorecard',
  fields,
  outputs: [
    { id: 'total-a', label: 'Vendor A, out of 6', unit: 'score', decimals: 0 },
    { id: 'verdict-a', label: 'Vendor A reading', unit: 'keyword' },
    { id: 'total-b', label: 'Vendor B, out of 6', unit: 'score', decimals: 0 },
    { id: 'verdict-b', label: 'Vendor B reading', unit: 'keyword' },
    { id: 'preferred', label: 'On these answers', unit: 'keyword' },
  ],
  compute(inputs) {
    const name = (v: Vendor) => str(inputs, `name-${v}`).trim() || `Vendor ${v.toUpperCase()}`;
    const scores = (v: Vendor) => QUESTIONS.map(([q]) => str(inputs, `${v}-${q}`));
    const total = (v: Vendor) => scores(v).map(points).reduce((a, b) => a + b, 0);
    const verdicts = { a: verdict(scores('a')), b: verdict(scores('b')) };
    const notes: Note[] = [];
    for (const v of VENDORS) {
      const s = scores(v);
      const zero = QUESTIONS.filter((_, i) => points(s[i]!) === 0).map(([, , short]) => short);
      const unanswered = s.filter((x) => x === 'none').length;
      if (zero.length) notes.push({ level: 'warning', text: `${name(v)} gave no real answer on ${zero.join(' or ')}${unanswered ? ' (unanswered questions count as 0)' : ''}.` });
      else if (verdicts[v] !== 'credible') {
        const weakest = QUESTIONS[s.map(points).indexOf(Math.min(...s.map(points)))]!;
        notes.push({ level: 'info', text: `${name(v)}: press further on ${weakest[2]}.` });
      }
    }
    const red = VENDORS.filter((v) => verdicts[v] === 'red-flag');
    const preferred: KeywordValue =
      red.length === 2 ? keyword('neither', 'Neither: both deflected a question')
      : red.length === 1 ? keyword(red[0] === 'a' ? 'b' : 'a', `${name(red[0] === 'a' ? 'b' : 'a')}: the only one without a red flag`)
      : total('a') === total('b') ? keyword('tie', 'A tie on points: press both on their weakest answer')
      : keyword(total('a') > total('b') ? 'a' : 'b', `${name(total('a') > total('b') ? 'a' : 'b')}: the more concrete answers`);
    return {
      outputs: {
        'total-a': value(total('a')),
        'verdict-a': keyword(verdicts.a, VERDICTS[verdicts.a]),
        'total-b': value(total('b')),
        'verdict-b': keyword(verdicts.b, VERDICTS[verdicts.b]),
        preferred,
      },
      notes,
    };
  },
  reading(inputs, r) {
    const a = r.outputs['total-a'];
    const b = r.outputs['total-b'];
    if (!('value' in a) || !('value' in b)) return [];
    const name = (v: Vendor) => inputs[`name-${v}`].trim() || `Vendor ${v.toUpperCase()}`;
    return [
      [`${name('a')} scores `, { output: 'total-a' }, ' of 6 and ', `${name('b')} `, { output: 'total-b' }, ' of 6; on these answers the choice is ', { output: 'preferred' }, '.'],
      ...([r.outputs['verdict-a'], r.outputs['verdict-b']].some((v) => 'value' in v && v.value === 'red-flag') ? [['A deflected question outweighs any total: a vendor who cannot say what its AI does, what would change or how errors surface is selling the label.']] : []),
    ];
  },
});
