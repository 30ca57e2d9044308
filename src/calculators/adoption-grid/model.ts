import { defineCalculator, keyword, num, value } from '../contract';

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
});
