import { defineCalculator, keyword, type Note } from '../contract';

export type Roadmap = 'yes' | 'no' | 'unknown' | 'none';
export type Bridge = 'yes' | 'no';
export type Cro = 'accepts' | 'defensive' | 'unaware';

export interface TrackAnswers {
  roadmap?: Roadmap | '';
  bridge?: Bridge | '';
  cro?: Cro | '';
}

export interface Step {
  id: string;
  /** The action, as an instruction. */
  label: string;
}

export const PRODUCT_STEPS = {
  'no-product-gap': { id: 'no-product-gap', label: 'Nothing for the product track: there is no gap in the product to close.' },
  bridge: { id: 'bridge', label: 'Build an interim workaround with the customer and keep it running until the roadmap item ships.' },
  'release-assessment': { id: 'release-assessment', label: 'Put the account through a Release Assessment under the churn protocol: decide formally whether to keep investing in it or let it go at renewal.' },
  'ask-roadmap': { id: 'ask-roadmap', label: 'Find out whether the gap is on the committed roadmap and due within six months.' },
  'ask-bridge': { id: 'ask-bridge', label: 'Ask engineering whether an interim workaround can be built.' },
} as const satisfies Record<string, Step>;

export const COMMERCIAL_STEPS = {
  'agree-position': { id: 'agree-position', label: 'Agree the commercial position with the CRO internally, before anyone contacts the customer.' },
  'cost-model': { id: 'cost-model', label: 'Build the fully loaded cost model for the account and show it to the CRO as evidence, not as a complaint.' },
  bilateral: { id: 'bilateral', label: 'Book a one-to-one with the CRO. Call it a qualification mismatch, and frame the account as contract value, fully loaded retention cost and the net contribution left.' },
  'ask-cro': { id: 'ask-cro', label: 'Find out whether the CRO knows about this account, and how they see it.' },
} as const satisfies Record<string, Step>;

export interface Walk {
  product: Step;
  commercial: Step;
  /** True when both tracks have reached an action rather than a question. */
  complete: boolean;
  /** The single thing to do next. */
  next: Step;
  /** Both actions together, as one keyword: "<product>+<commercial>". */
  path: string;
  notes: Note[];
}

/** The decision tree of both tracks. Every combination of answers, including none, ends on a step. */
export function walk({ roadmap, bridge, cro }: TrackAnswers): Walk {
  const notes: Note[] = [];
  let product: Step;
  if (!roadmap) product = PRODUCT_STEPS['ask-roadmap'];
  else if (roadmap === 'none') product = PRODUCT_STEPS['no-product-gap'];
  else if (roadmap === 'yes') product = !bridge ? PRODUCT_STEPS['ask-bridge'] : bridge === 'yes' ? PRODUCT_STEPS.bridge : PRODUCT_STEPS['release-assessment'];
  else product = PRODUCT_STEPS['release-assessment'];

  if (roadmap === 'unknown')
    notes.push({ level: 'info', text: 'Nobody can say when the fix ships, so it is treated as not due within six months. A date nobody will commit to is not a date.' });
  if (roadmap === 'yes' && bridge === 'no')
    notes.push({
      level: 'info',
      text: 'A fix is coming but nothing can hold the customer until then. The book reads this as the same as no fix in time, so the account goes to a Release Assessment.',
    });
  if (product.id === 'release-assessment')
    notes.push({ level: 'info', text: 'A Release Assessment is the formal decision, taken inside the churn protocol, on whether the account is worth keeping: what it costs to serve against what it brings in.' });

  const commercial: Step = !cro ? COMMERCIAL_STEPS['ask-cro'] : cro === 'accepts' ? COMMERCIAL_STEPS['agree-position'] : cro === 'defensive' ? COMMERCIAL_STEPS['cost-model'] : COMMERCIAL_STEPS.bilateral;
  if (cro === 'defensive') notes.push({ level: 'info', text: 'Take the cost model step of the worksheet next: contract value, fully loaded retention cost and net contribution, set against the ICP-matched cohort.' });
  if (cro === 'unaware')
    notes.push({
      level: 'info',
      text: 'Before the one-to-one, prepare three figures (contract value, fully loaded retention cost, net contribution) and one rule: say "qualification mismatch", never "mis-sell".',
    });

  const complete = !product.id.startsWith('ask-') && !commercial.id.startsWith('ask-');
  // The internal conversation always comes first: nothing should reach the customer before
  // the CRO and CS agree where the account stands. Open questions come before either.
  const next = complete || commercial.id === 'ask-cro' ? commercial : product;
  return { product, commercial, complete, next, path: `${product.id}+${commercial.id}`, notes };
}

/** Applies one answer; a changed roadmap answer clears the bridge answer that depended on it, and says so. */
export function answer(prev: TrackAnswers, change: TrackAnswers): { answers: TrackAnswers; reset?: string } {
  const answers = { ...prev, ...change };
  if ('roadmap' in change && change.roadmap !== prev.roadmap && change.roadmap !== 'yes' && prev.bridge) {
    answers.bridge = '';
    return { answers, reset: 'The workaround question only applies when the fix is on the roadmap, so its answer was cleared.' };
  }
  return { answers };
}

const PRODUCT_NAMES: Record<string, string> = {
  'no-product-gap': 'No product work',
  bridge: 'Workaround until the fix',
  'release-assessment': 'Release Assessment',
};
const COMMERCIAL_NAMES: Record<string, string> = { 'agree-position': 'an agreed commercial position', 'cost-model': 'a cost model for the CRO', bilateral: 'a one-to-one with the CRO' };

export default defineCalculator({
  id: 'two-track-path',
  title: 'Two-track decision path',
  fields: [
    {
      kind: 'choice',
      id: 'roadmap',
      label: 'Is the product gap on the committed roadmap?',
      options: [
        { value: 'yes', label: 'Yes, due within six months' },
        { value: 'no', label: 'No, or not within six months' },
        { value: 'unknown', label: 'Nobody knows the date' },
        { value: 'none', label: 'There is no product gap' },
      ],
      default: 'yes',
    },
    {
      kind: 'choice',
      id: 'bridge',
      label: 'Can an interim workaround be built?',
      hint: 'Only used when the fix is on the roadmap.',
      options: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ],
      default: 'yes',
    },
    {
      kind: 'choice',
      id: 'cro',
      label: 'Where does the CRO stand on this account?',
      options: [
        { value: 'accepts', label: 'Knows it was mis-qualified and accepts it' },
        { value: 'defensive', label: 'Knows, but is defensive' },
        { value: 'unaware', label: 'Does not know yet' },
      ],
      default: 'unaware',
    },
  ],
  outputs: [
    { id: 'product-step', label: 'Product track', unit: 'keyword' },
    { id: 'commercial-step', label: 'Commercial track', unit: 'keyword' },
    { id: 'path', label: 'Recommended path', unit: 'keyword' },
    { id: 'next-step', label: 'Exact next step', unit: 'keyword' },
  ],
  compute(inputs) {
    const w = walk(inputs as TrackAnswers);
    if (inputs.roadmap !== 'yes')
      w.notes.unshift({ level: 'info', text: 'The workaround answer was not used: it matters only when the fix is on the roadmap within six months.' });
    return {
      outputs: {
        'product-step': keyword(w.product.id, w.product.label),
        'commercial-step': keyword(w.commercial.id, w.commercial.label),
        path: keyword(w.path, `${PRODUCT_NAMES[w.product.id]}, plus ${COMMERCIAL_NAMES[w.commercial.id]}`),
        'next-step': keyword(w.next.id, w.next.label),
      },
      notes: w.notes,
    };
  },
});
