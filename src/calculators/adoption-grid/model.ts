import { defineCalculator, keyword, num, value, type Sentence } from '../contract';

const count = <Id extends string>(id: Id, label: string, d: number, min = 0) => ({ kind: 'number', id, label, unit: 'count', default: d, min, max: 1e7, integer: true }) as const;

// [breadth high, depth high] → keyword, label, the next layer of value to show.
const QUADRANTS = {
  '00': ['barely', 'Barely adopted: few people, few features', 'Get the current users to one more valuable workflow, then open access to the people who should have it.'],
  '10': ['wide-shallow', 'Wide but shallow: many people, few features', 'Show the teams already on board the next feature or workflow that solves a real problem for them.'],
  '01': ['deep-narrow', 'Deep but narrow: few people, many features', 'Bring in another team that should have access: the more people rely on it, the harder it is to remove.'],
  '11': ['dependent', 'Deeply adopted: many people, many features', 'Protect it: keep the value visible and look for the next team or workflow before usage levels off.'],
} as const;

export default defineCalculator({
  id: 'adoption-grid',
  title: 'Adoption breadth and depth',
  fields: [
    count('active-users', 'Active users', 150),
    { ...count('potential-users', 'Licensed or potential users', 200, 1), hint: 'Everyone at the customer who should be using it.' },
    count('features-used', 'Features or workflows in use', 3),
    { ...count('features-relevant', 'Relevant features or workflows', 12, 1), hint: 'Only those that fit this customer’s work.' },
    { kind: 'number', id: 'threshold', label: 'Cut-off for wide or deep', unit: 'percent', default: 50, min: 1, max: 100, hint: 'The book’s own starting point.' },
  ],
  outputs: [
    { id: 'breadth', label: 'Breadth (active ÷ potential users)', unit: 'percent' },
    { id: 'depth', label: 'Depth (in use ÷ relevant)', unit: 'percent' },
    { id: 'quadrant', label: 'Where the account sits', unit: 'keyword' },
  ],
  crossCheck(inputs): Record<string, string> {
    const errors: Record<string, string> = {};
    if (num(inputs, 'active-users') > num(inputs, 'potential-users'))
      errors['active-users'] = 'Active users cannot exceed the licensed or potential users: raise that figure if usage has outgrown it.';
    if (num(inputs, 'features-used') > num(inputs, 'features-relevant'))
      errors['features-used'] = 'Features in use cannot exceed the relevant ones: count what is in use among them.';
    return errors;
  },
  compute(inputs) {
    const breadth = (num(inputs, 'active-users') / num(inputs, 'potential-users')) * 100;
    const depth = (num(inputs, 'features-used') / num(inputs, 'features-relevant')) * 100;
    const t = num(inputs, 'threshold');
    const [id, label, next] = QUADRANTS[`${+(breadth >= t)}${+(depth >= t)}` as keyof typeof QUADRANTS];
    return {
      outputs: { breadth: value(breadth), depth: value(depth), quadrant: keyword(id, label) },
      notes: [{ level: 'info', text: `Next layer of value: ${next.charAt(0).toLowerCase()}${next.slice(1)}` }],
    };
  },
  reading(inputs, r) {
    const { breadth, depth } = r.outputs;
    if (!('value' in breadth) || !('value' in depth)) return [];
    const t = inputs.threshold;
    const users = more(inputs['active-users'], inputs['potential-users'], t);
    const workflows = more(inputs['features-used'], inputs['features-relevant'], t);
    const count = (n: number) => ({ value: n, unit: 'count' as const });
    const short: Sentence<never>[] = [
      ...(users ? [['wide with ', count(users), users === 1 ? ' more active user' : ' more active users'] as Sentence<never>] : []),
      ...(workflows ? [['deep with ', count(workflows), workflows === 1 ? ' more workflow in use' : ' more workflows in use'] as Sentence<never>] : []),
    ];
    return [
      [
        count(inputs['active-users']), ' of ', count(inputs['potential-users']), ' users are active, a breadth of ', { output: 'breadth' }, ', and ',
        count(inputs['features-used']), ' of ', count(inputs['features-relevant']), ' relevant workflows are in use, a depth of ', { output: 'depth' }, '. The account sits at ', { output: 'quadrant' }, '.',
      ],
      short.length
        ? ['At your cut-off of ', { value: t, unit: 'percent' }, ' it would count as ', ...short[0]!, ...(short[1] ? [', and as ', ...short[1]] : []), '.']
        : ['Both measures clear your cut-off of ', { value: t, unit: 'percent' }, '.'],
    ];
  },
});

/** How many more (users or workflows) would take `have` of `of` to the cut-off, on the model's own comparison. */
function more(have: number, of: number, t: number): number {
  const reaches = (k: number) => (k / of) * 100 >= t;
  if (reaches(have)) return 0;
  let k = Math.min(of, Math.ceil((t * of) / 100));
  while (k < of && !reaches(k)) k++;
  while (k - 1 > have && reaches(k - 1)) k--;
  return k - have;
}
