import { defineCalculator, keyword, num, str, unavailable, value, type Note } from '../contract';

const yesNo = <Id extends string>(id: Id, label: string, hint: string) =>
  ({ kind: 'choice', id, label, hint, default: id === 'vendor-exists' ? 'yes' : 'no', options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] }) as const;

export default defineCalculator({
  id: 'build-vs-buy',
  title: 'Build or buy: the cost over the years',
  fields: [
    { kind: 'number', id: 'licence', label: 'Licence a year', unit: 'currency', default: 120_000, min: 0, max: 1e9 },
    { kind: 'number', id: 'implementation', label: 'One-off cost to implement the bought tool', unit: 'currency', default: 0, min: 0, max: 1e9 },
    { kind: 'number', id: 'build', label: 'One-off cost to build your own', unit: 'currency', default: 250_000, min: 0, max: 1e9 },
    { kind: 'number', id: 'fte', label: 'Engineers needed to maintain it', unit: 'number', default: 1.5, min: 0, max: 1000, step: 0.1 },
    { kind: 'number', id: 'engineer-cost', label: 'Loaded cost of one engineer a year', unit: 'currency', default: 180_000, min: 0, max: 1e8 },
    { kind: 'number', id: 'years', label: 'Years to compare', unit: 'years', default: 3, min: 1, max: 10, integer: true },
    yesNo('vendor-exists', 'A credible vendor already solves this reasonably well', 'If so, buy unless the next answer is yes.'),
    yesNo('differentiation', 'What you would build gives a real, defensible edge', 'Not a cheaper copy of a product you could buy.'),
  ],
  outputs: [
    { id: 'buy-total', label: 'Buying, over the years', unit: 'currency' },
    { id: 'build-total', label: 'Building, over the years', unit: 'currency' },
    { id: 'ratio', label: 'Building costs this many times buying', unit: 'number' },
    { id: 'verdict', label: 'Verdict', unit: 'keyword' },
  ],
  compute(inputs) {
    const years = num(inputs, 'years');
    const fte = num(inputs, 'fte');
    const buy = num(inputs, 'implementation') + num(inputs, 'licence') * years;
    const build = num(inputs, 'build') + fte * num(inputs, 'engineer-cost') * years;
    const vendor = str(inputs, 'vendor-exists') === 'yes';
    const edge = str(inputs, 'differentiation') === 'yes';
    const notes: Note[] = [];
    if (fte === 0) notes.push({ level: 'warning', text: 'No engineers for upkeep is not realistic: it is the cost most often underestimated.' });
    if (vendor && !edge) notes.push({ level: 'warning', text: 'This would be a partial copy of a tool you could buy: its upkeep eats the licence saving many times over.' });
    if (!vendor) notes.push({ level: 'info', text: 'With no vendor, building is allowed: budget the upkeep, not only the build.' });
    const verdict = !vendor
      ? keyword('build', 'Build: no vendor does it well')
      : edge && fte > 0
        ? keyword('build', 'Build: a real, staffed edge')
        : keyword('buy', 'Buy');
    return {
      outputs: {
        'buy-total': value(buy),
        'build-total': value(build),
        ratio: buy === 0 ? unavailable('Buying costs nothing over these years, so there is nothing to divide by.') : value(build / buy),
        verdict,
      },
      notes,
    };
  },
  reading(inputs, r) {
    const { 'buy-total': buy, 'build-total': build } = r.outputs;
    if (!('value' in buy) || !('value' in build)) return [];
    const gap = build.value - buy.value;
    const upkeep = inputs.fte * inputs['engineer-cost'] * inputs.years;
    return [
      [
        `Over ${inputs.years} ${inputs.years === 1 ? 'year' : 'years'}, building costs `,
        { output: 'build-total' },
        ' and buying ',
        { output: 'buy-total' },
        ...(gap > 0 ? (['; building is dearer by ', { value: gap, unit: 'currency' }, '.'] as const) : gap < 0 ? (['; building is cheaper by ', { value: -gap, unit: 'currency' }, '.'] as const) : (['; the two cost the same.'] as const)),
      ],
      ...(upkeep > 0 && build.value > 0 ? [['Upkeep, which never stops, is ', { value: (upkeep / build.value) * 100, unit: 'percent' as const }, ' of building.']] : []),
    ];
  },
});
