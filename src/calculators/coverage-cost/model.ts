import { defineCalculator, num, value, type Inputs, type OutputValue, type Result, type Sentence } from '../contract';

const cost = <Id extends string>(id: Id, label: string, d: number) =>
  ({ kind: 'number', id, label, unit: 'currency', default: d, min: 0, minExclusive: true, max: 1e6 }) as const;
const ratio = <Id extends string>(id: Id, label: string, d: number, hint?: string) =>
  ({ kind: 'number', id, label, hint, unit: 'count', default: d, min: 1, max: 10000, integer: true }) as const;

// Each row: model, its fewest and most accounts per CSM. Tech-touch has one figure ("500+"),
// so the reader enters the load they actually run and both ends use it.
const MODELS = [
  ['high-touch', 'High-touch', 'high-min', 'high-max'],
  ['low-touch', 'Low-touch', 'low-min', 'low-max'],
  ['tech-touch', 'Tech-touch', 'tech', 'tech'],
] as const;

export default defineCalculator({
  id: 'coverage-cost',
  title: 'Coverage cost by touch model',
  fields: [
    // With the reader's figures both ends are their one CSM cost: the range collapses to it.
    { ...cost('cost-low', 'Lowest fully loaded CSM cost', 150000), profile: 'csm-cost', group: 'cost' },
    { ...cost('cost-high', 'Highest fully loaded CSM cost', 250000), profile: 'csm-cost', group: 'cost' },
    ratio('high-min', 'High-touch: fewest accounts per CSM', 10),
    ratio('high-max', 'High-touch: most accounts per CSM', 30),
    ratio('low-min', 'Low-touch: fewest accounts per CSM', 50),
    ratio('low-max', 'Low-touch: most accounts per CSM', 150),
    ratio('tech', 'Tech-touch: accounts per CSM', 500, 'The benchmark is 500 or more: enter the load you actually run.'),
  ],
  outputs: MODELS.flatMap(([id, name]) => [
    { id: `${id}-min`, label: `${name}: lowest cost per account`, unit: 'currency' as const },
    { id: `${id}-max`, label: `${name}: highest cost per account`, unit: 'currency' as const },
  ]),
  crossCheck(inputs: Inputs) {
    const errors: Record<string, string> = {};
    if (num(inputs, 'cost-low') > num(inputs, 'cost-high')) errors['cost-high'] = 'The highest CSM cost cannot be below the lowest: swap the two figures.';
    for (const [, name, min, max] of MODELS)
      if (num(inputs, min) > num(inputs, max)) errors[max] = `${name}: the most accounts per CSM cannot be fewer than the fewest: swap the two figures.`;
    return errors;
  },
  compute(inputs) {
    const lo = num(inputs, 'cost-low');
    const hi = num(inputs, 'cost-high');
    const outputs: Record<string, OutputValue> = {};
    for (const [id, , min, max] of MODELS) {
      // The cheapest coverage is the cheapest CSM on the heaviest load; the dearest, the reverse.
      outputs[`${id}-min`] = value(lo / num(inputs, max));
      outputs[`${id}-max`] = value(hi / num(inputs, min));
    }
    return { outputs, notes: [{ level: 'info', text: 'A hybrid model has no row of its own: apply each row to the segment it covers.' }] };
  },
  reading(inputs, r) {
    const lo = num(inputs, 'cost-low');
    const hi = num(inputs, 'cost-high');
    const range = (id: string): Sentence => {
      const [a, b] = [r.outputs[`${id}-min`], r.outputs[`${id}-max`]];
      if (!a || !b || !('value' in a) || !('value' in b)) return ['not calculable'];
      return a.value === b.value ? [{ output: `${id}-min` }] : [{ output: `${id}-min` }, ' to ', { output: `${id}-max` }];
    };
    const tech = num(inputs, 'tech');
    return [
      [
        ...(lo === hi ? ['At ', { value: lo, unit: 'currency' as const }, ' for each CSM'] : ['With CSMs costing ', { value: lo, unit: 'currency' as const }, ' to ', { value: hi, unit: 'currency' as const }]),
        ', a year of high-touch coverage costs ', ...range('high-touch'), ' per account, low-touch ', ...range('low-touch'), ', and tech-touch at ',
        { value: tech, unit: 'count' }, tech === 1 ? ' account' : ' accounts', ' per CSM ', ...range('tech-touch'), '.',
      ],
      [lo === hi ? 'That CSM cost is ' : 'That range is ', `${typical(lo, hi)} the `, { value: 150000, unit: 'currency' }, ' to ', { value: 250000, unit: 'currency' }, ' typical of mature subscription businesses.'],
    ];
  },
});

/** Where a cost range sits against the usual one, in words. */
function typical(lo: number, hi: number): string {
  if (hi < 150000) return 'below';
  if (lo > 250000) return 'above';
  if (lo >= 150000 && hi <= 250000) return 'within';
  return lo < 150000 && hi > 250000 ? 'wider than' : lo < 150000 ? 'partly below' : 'partly above';
}
