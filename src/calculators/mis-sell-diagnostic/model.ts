import { defineCalculator, keyword, value, type Field, type Note, type KeywordValue, type OutputValue } from '../contract';

export type Answer = 'yes' | 'no' | 'unsure';
export type TypeId = 'scope' | 'segment' | 'timeline' | 'stakeholder';
export type TypeState = 'present' | 'possible' | 'absent' | 'unanswered';
export type Track = 'product' | 'commercial' | 'both';

export interface Question {
  id: string;
  text: string;
  /** A question whose answer can make the type present on its own; a type may have several. */
  core?: true;
  /** The answer that makes the type present, when it is not "yes". */
  marks?: 'no';
}

export interface MisSellType {
  id: TypeId;
  name: string;
  /** One line on what went wrong at the sale. */
  line: string;
  /** The track that deals with it (the book's mapping). */
  track: Track;
  questions: readonly Question[];
}

const TYPE_TABLE = [
  {
    id: 'scope',
    name: 'Scope',
    line: 'sold for a use case the product cannot support.',
    track: 'product',
    questions: [
      { id: 'scope-promised', text: 'Was a use case promised that the product cannot support today?', core: true },
      { id: 'scope-relied', text: 'Does the customer depend on that use case?' },
    ],
  },
  {
    id: 'segment',
    name: 'Segment',
    line: 'size, technical maturity or budget cycle outside the viable ICP.',
    track: 'commercial',
    questions: [
      { id: 'segment-outside', text: 'Is the customer’s size, technical maturity or budget cycle outside the current ICP?', core: true },
      { id: 'segment-visible', text: 'Could that have been seen at the point of sale?' },
    ],
  },
  {
    id: 'timeline',
    name: 'Timeline',
    line: 'a date promised that could not be met, which the customer planned around.',
    track: 'both',
    questions: [
      { id: 'timeline-committed', text: 'Was an implementation or feature date committed that could not be met?', core: true },
      { id: 'timeline-dependent', text: 'Has the customer built plans that depend on that date?' },
    ],
  },
  {
    id: 'stakeholder',
    name: 'Stakeholder',
    line: 'a champion without the authority or executive backing to make it stick.',
    track: 'commercial',
    // Either gap is enough: a champion who lacked authority, or one with no executive behind them.
    questions: [
      { id: 'stakeholder-authority', text: 'Did the champion lack the authority to carry the decision?', core: true },
      { id: 'stakeholder-exec', text: 'Was there executive backing on the customer’s side?', core: true, marks: 'no' },
      { id: 'stakeholder-present', text: 'Is the champion still at the customer?' },
    ],
  },
] as const satisfies readonly MisSellType[];
export const TYPES: readonly MisSellType[] = TYPE_TABLE;

export const QUESTIONS: readonly Question[] = TYPES.flatMap((t) => t.questions);

export interface Diagnosis {
  states: Record<TypeId, TypeState>;
  present: TypeId[];
  compound: boolean;
  verdict: 'compound' | 'single' | 'possible' | 'none' | 'gather-facts' | 'incomplete';
  tracks: 'commercial-first' | 'both' | 'product' | 'commercial' | 'none';
  /** A segment mismatch is the one type that can be screened for at the point of sale. */
  gateCandidate: boolean;
  notes: Note[];
}

export const STATE_LABELS: Record<TypeState, string> = {
  present: 'Present',
  possible: 'Possible (answers unsure)',
  absent: 'Absent',
  unanswered: 'Not answered yet',
};

export const VERDICT_LABELS: Record<Diagnosis['verdict'], string> = {
  compound: 'Compound: several types at once',
  single: 'A single type',
  possible: 'Possible, unconfirmed',
  none: 'Probably not made at the sale',
  'gather-facts': 'Gather the facts first',
  incomplete: 'Unfinished: answer the core questions',
};

export const TRACK_LABELS: Record<Diagnosis['tracks'], string> = {
  'commercial-first': 'Commercial track first, then product',
  both: 'Both tracks',
  product: 'Product track',
  commercial: 'Commercial track',
  none: 'Neither track yet',
};

const list = (names: string[]) => names.join(', ').replace(/, ([^,]*)$/, ' and $1');

/** Which of the four types an account shows, from yes / no / unsure answers; missing answers are allowed. */
export function diagnose(answers: Partial<Record<string, Answer | ''>>): Diagnosis {
  const states = {} as Record<TypeId, TypeState>;
  for (const type of TYPES) {
    const given = type.questions.map((q) => answers[q.id] || undefined);
    const core = type.questions.filter((q) => q.core);
    // Present when any core answer marks it; absent only when every core question is answered and none does.
    const marked = core.some((q) => answers[q.id] === (q.marks ?? 'yes'));
    const cleared = core.every((q) => { const a = answers[q.id]; return !!a && a !== 'unsure' && a !== (q.marks ?? 'yes'); });
    states[type.id] = marked ? 'present' : given.includes('unsure') ? 'possible' : cleared ? 'absent' : 'unanswered';
  }
  const present = TYPES.filter((t) => states[t.id] === 'present');
  const possible = TYPES.filter((t) => states[t.id] === 'possible');
  const unanswered = TYPES.filter((t) => states[t.id] === 'unanswered');
  const product = present.some((t) => t.track !== 'commercial');
  const commercial = present.some((t) => t.track !== 'product');
  const notes: Note[] = [];

  let verdict: Diagnosis['verdict'];
  if (present.length >= 2) verdict = 'compound';
  else if (present.length === 1) verdict = 'single';
  else if (unanswered.length) verdict = 'incomplete';
  else if (possible.length === TYPES.length) verdict = 'gather-facts';
  else if (possible.length) verdict = 'possible';
  else verdict = 'none';

  for (const t of present) notes.push({ level: 'info', text: `${t.name} mismatch: ${t.line}` });
  if (possible.length && verdict !== 'gather-facts')
    notes.push({ level: 'info', text: `Still to confirm: ${list(possible.map((t) => t.name.toLowerCase()))}.` });
  if (verdict === 'compound') notes.push({ level: 'info', text: 'Most real cases mix several types: more than one tick is normal.' });
  if (verdict === 'gather-facts')
    notes.push({ level: 'warning', text: 'Every type is uncertain: read the deal notes and contract, and talk to the seller, before labelling anything.' });
  if (verdict === 'none')
    notes.push({ level: 'warning', text: 'No type shows, so this may not be a problem made at the sale: look at delivery, onboarding and adoption first.' });
  if (states.segment === 'present')
    notes.push({
      level: 'info',
      text:
        answers['segment-visible'] === 'yes'
          ? 'Visible at signing: the strongest case for a yes/no question at deal review.'
          : 'Segment is the type a deal review can screen for, even if this one slipped past.',
    });
  if (answers['stakeholder-present'] === 'no')
    notes.push({ level: 'info', text: 'The champion has left: a health risk to act on, though not by itself a mismatch at the sale.' });
  if (present.length || possible.length)
    notes.push({ level: 'info', text: 'Internally, call it a qualification mismatch, not a mis-sell: the same facts, but a conversation the CRO can join.' });

  return {
    states,
    present: present.map((t) => t.id),
    compound: present.length >= 2,
    verdict,
    tracks: present.length === TYPES.length ? 'commercial-first' : product && commercial ? 'both' : product ? 'product' : commercial ? 'commercial' : 'none',
    gateCandidate: states.segment === 'present',
    notes,
  };
}

const ANSWER_OPTIONS = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unsure', label: 'Not sure' },
] as const;

// The book's illustrative account, one letter per question in order (yes, no, unsure): a workflow
// promised but not built, sold to a company too small for the product, with a champion whose
// authority nobody checked.
const EXAMPLE = 'yyyynnuyy';
const ANSWER = { y: 'yes', n: 'no', u: 'unsure' } as const;

const fields = TYPE_TABLE.flatMap((t): readonly { id: (typeof t.questions)[number]['id']; text: string }[] => t.questions).map((q, i) => ({ kind: 'choice' as const, id: q.id, label: q.text, options: ANSWER_OPTIONS, default: ANSWER[EXAMPLE[i] as 'y'] as Answer }));

export default defineCalculator({
  id: 'mis-sell-diagnostic',
  title: 'Qualification mismatch diagnostic',
  fields,
  outputs: [
    ...TYPES.map((t) => ({ id: t.id, label: `${t.name} mismatch`, unit: 'keyword' as const })),
    { id: 'present-count', label: 'Types present', unit: 'count', decimals: 0 },
    { id: 'verdict', label: 'Diagnosis', unit: 'keyword' },
    { id: 'tracks', label: 'Track to run next', unit: 'keyword' },
    { id: 'gate-candidate', label: 'Catchable by a gate at the sale?', unit: 'keyword' },
  ],
  compute(inputs) {
    const d = diagnose(inputs as Record<string, Answer>);
    const states = Object.fromEntries(TYPES.map((t) => [t.id, keyword(d.states[t.id], STATE_LABELS[d.states[t.id]])])) as Record<TypeId, KeywordValue>;
    const outputs = {
      ...states,
      'present-count': value(d.present.length),
      verdict: keyword(d.verdict, VERDICT_LABELS[d.verdict]),
      tracks: keyword(d.tracks, TRACK_LABELS[d.tracks]),
      'gate-candidate': d.gateCandidate ? keyword('yes', 'Yes: segment can be screened') : keyword('no', 'Not on these answers'),
    };
    return { outputs, notes: d.notes };
  },
});
