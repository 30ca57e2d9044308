import { defineCalculator, keyword, num, str, value, type Note } from '../contract';

export const MOTIONS = {
  enterprise: {
    name: 'Enterprise',
    touch: ['high-touch', 'Named CSM, high-touch'],
    metric: ['nrr', 'Net revenue retention (NRR)'],
    profile: ['senior-strategic', 'Senior and strategic'],
    expansion: ['negotiated', 'Led by the relationship and negotiated'],
  },
  smb: {
    name: 'SMB',
    touch: ['low-touch', 'Low-touch or pooled CSMs'],
    metric: ['grr', 'Gross revenue retention (GRR)'],
    profile: ['efficient-playbooks', 'Efficient, works from playbooks'],
    expansion: ['partly-automated', 'Partly automated'],
  },
  'product-led': {
    name: 'Product-led',
    touch: ['tech-touch', 'In-product and tech-touch'],
    metric: ['activation-conversion', 'Activation and conversion'],
    profile: ['data-growth', 'Oriented to data and growth'],
    expansion: ['self-serve', 'In the product, self-serve'],
  },
} as const;
export type Motion = keyof typeof MOTIONS;
const ORDER: Motion[] = ['enterprise', 'smb', 'product-led'];

/**
 * Which motions each answer fits. The source gives qualitative signals only; the cut-offs are
 * this book's: contract value uses chapter 5's touch tiers (over $100,000 high-touch, $25,000
 * to $100,000 low-touch, under $25,000 tech-touch), a sales cycle of a quarter (13 weeks) or
 * more is enterprise-like, under a week means nobody sells, five or more stakeholders is a
 * committee. An answer that fits one motion only is a strong signal.
 */
export function signals(inputs: { acv: number; cycle: number; complexity: string; stakeholders: number; 'self-serve': string; 'usage-conversion': string }): Motion[][] {
  const { acv, cycle, complexity, stakeholders } = inputs;
  return [
    acv > 100000 ? ['enterprise'] : acv >= 25000 ? ['smb'] : acv > 0 ? ['smb', 'product-led'] : ['product-led'],
    cycle >= 13 ? ['enterprise'] : cycle >= 1 ? ['smb'] : ['product-led'],
    complexity === 'high' ? ['enterprise'] : complexity === 'medium' ? ['smb'] : ['smb', 'product-led'],
    stakeholders >= 5 ? ['enterprise'] : stakeholders >= 3 ? ['smb'] : ['smb', 'product-led'],
    inputs['self-serve'] === 'yes' ? ['product-led'] : ['enterprise', 'smb'],
    inputs['usage-conversion'] === 'yes' ? ['product-led'] : ['enterprise', 'smb'],
  ];
}

export function tally(list: Motion[][]) {
  const votes = Object.fromEntries(ORDER.map((m) => [m, list.filter((s) => s.includes(m)).length])) as Record<Motion, number>;
  const strong = Object.fromEntries(ORDER.map((m) => [m, list.filter((s) => s.length === 1 && s[0] === m).length])) as Record<Motion, number>;
  // Most signals wins; then the most strong signals; then the higher-touch motion.
  const motion = [...ORDER].sort((a, b) => votes[b] - votes[a] || strong[b] - strong[a] || ORDER.indexOf(a) - ORDER.indexOf(b))[0]!;
  const others = ORDER.filter((m) => m !== motion && strong[m] >= 2);
  return { motion, votes, strong, mixed: strong[motion] >= 2 ? others : [] };
}

const yesNo = <Id extends string>(id: Id, label: string, d: 'yes' | 'no') =>
  ({ kind: 'choice', id, label, default: d, options: [{ value: 'no', label: 'No' }, { value: 'yes', label: 'Yes' }] }) as const;

export default defineCalculator({
  id: 'motion-finder',
  title: 'Motion finder',
  fields: [
    { kind: 'number', id: 'acv', label: 'Average contract value a year', unit: 'currency', default: 8000, min: 0, max: 1e9, profile: 'arpc' },
    { kind: 'number', id: 'cycle', label: 'Sales cycle, weeks', hint: '0 if customers sign up without talking to anyone.', unit: 'number', default: 0, min: 0, max: 520 },
    {
      kind: 'choice',
      id: 'complexity',
      label: 'Deployment complexity',
      default: 'low',
      options: [
        { value: 'low', label: 'Low' },
        { value: 'medium', label: 'Medium' },
        { value: 'high', label: 'High' },
      ],
    },
    { kind: 'number', id: 'stakeholders', label: 'Stakeholders in a typical deal', unit: 'count', default: 2, min: 1, max: 1000, integer: true },
    yesNo('self-serve', 'Self-serve sign-up or a free tier', 'yes'),
    yesNo('usage-conversion', 'Users become paying customers through usage', 'yes'),
  ],
  outputs: [
    { id: 'motion', label: 'Dominant motion', unit: 'keyword' },
    { id: 'agreement', label: 'Signals that fit it, out of 6', unit: 'score', decimals: 0 },
    { id: 'touch', label: 'Touch model', unit: 'keyword' },
    { id: 'metric', label: 'Headline metric', unit: 'keyword' },
    { id: 'csm-profile', label: 'CSM profile', unit: 'keyword' },
    { id: 'expansion', label: 'Expansion route', unit: 'keyword' },
  ],
  compute(inputs) {
    const { motion, votes, mixed } = tally(signals(inputs));
    const row = MOTIONS[motion];
    const notes: Note[] = [];
    if (mixed.length)
      notes.push({
        level: 'warning',
        text: `Your answers also point firmly to the ${mixed.map((m) => MOTIONS[m].name.toLowerCase()).join(' and ')} motion: you run a multi-motion business. Give each motion its own people, headline metric and tools.`,
      });
    if (num(inputs, 'acv') === 0)
      notes.push({ level: 'info', text: 'With no contract value, these are free users: product-led by definition, with no revenue to set coverage against.' });
    if (str(inputs, 'self-serve') === 'no' && str(inputs, 'usage-conversion') === 'yes')
      notes.push({ level: 'info', text: 'Usage converts users, but nobody can sign up alone: check whether a trial or free tier is the real entry point.' });
    return {
      outputs: {
        motion: keyword(motion, row.name),
        agreement: value(votes[motion]),
        touch: keyword(row.touch[0], row.touch[1]),
        metric: keyword(row.metric[0], row.metric[1]),
        'csm-profile': keyword(row.profile[0], row.profile[1]),
        expansion: keyword(row.expansion[0], row.expansion[1]),
      },
      notes,
    };
  },
  reading(inputs) {
    const { motion, votes, mixed } = tally(signals(inputs));
    const runnerUp = ORDER.filter((m) => m !== motion).sort((a, b) => votes[b] - votes[a])[0]!;
    return [
      [
        votes[motion] === 6 ? 'Every one of the six answers fits the ' : `${votes[motion]} of the six answers fit the `,
        { output: 'motion' },
        ' motion, so its headline metric is ',
        { output: 'metric' },
        votes[runnerUp] ? `; ${votes[runnerUp]} ${votes[runnerUp] === 1 ? 'fits' : 'fit'} ${runnerUp === 'smb' ? 'SMB' : MOTIONS[runnerUp].name.toLowerCase()} as well.` : ', and none fits another motion.',
      ],
      ...(mixed.length ? [['Strong signals point two ways, which is the mark of a company running more than one motion at once.']] : []),
    ];
  },
});
