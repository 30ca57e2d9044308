import { defineCalculator, keyword, num, unavailable, value, type Note } from '../contract';

export default defineCalculator({
  id: 'buy-timing',
  title: 'Is it time to buy? The cost of going without',
  fields: [
    { kind: 'number', id: 'csms', label: 'CSMs', unit: 'count', default: 12, min: 0, max: 100000, integer: true, profile: 'csms' },
    { kind: 'number', id: 'hours', label: 'Hours a week each CSM loses without it', unit: 'number', default: 4, min: 0, max: 40 },
    { kind: 'number', id: 'weeks', label: 'Working weeks a year', unit: 'count', default: 46, min: 1, max: 52, integer: true },
    { kind: 'number', id: 'csm-cost', label: 'Loaded cost of one CSM a year', unit: 'currency', default: 150_000, min: 0, max: 1e8, profile: 'csm-cost' },
    { kind: 'number', id: 'tool-cost', label: 'Cost of the tool or hire a year', unit: 'currency', default: 150_000, min: 0, max: 1e9 },
  ],
  outputs: [
    { id: 'hours', label: 'Hours lost a year', unit: 'count' },
    { id: 'fte', label: 'Full-time CSMs’ worth', unit: 'number' },
    { id: 'pain', label: 'Cost of going without, a year', unit: 'currency' },
    { id: 'ratio', label: 'Cost of going without ÷ cost of buying', unit: 'number' },
    { id: 'verdict', label: 'Verdict', unit: 'keyword' },
  ],
  compute(inputs) {
    const weeks = num(inputs, 'weeks');
    const hours = num(inputs, 'csms') * num(inputs, 'hours') * weeks;
    // A full-time CSM works 40 hours in each working week.
    const fte = hours / (weeks * 40);
    const pain = fte * num(inputs, 'csm-cost');
    const cost = num(inputs, 'tool-cost');
    const notes: Note[] = [];
    const verdict =
      cost === 0
        ? keyword('free', 'Free: check overlap instead')
        : pain > cost
          ? keyword('buy', 'Buy now')
          : keyword('wait', 'Wait');
    return {
      outputs: {
        hours: value(hours),
        fte: value(fte),
        pain: value(pain),
        ratio: cost === 0 ? unavailable('A free tool: check what it overlaps instead.') : value(pain / cost),
        verdict,
      },
      notes,
    };
  },
  reading(inputs, r) {
    const { pain, ratio } = r.outputs;
    if (!('value' in pain)) return [];
    const gap = pain.value - inputs['tool-cost'];
    return [
      ['Going without costs ', { output: 'hours' }, ' hours a year, ', { output: 'fte' }, ' full-time CSMs’ worth, or ', { output: 'pain' }, '.'],
      ...(!('value' in ratio)
        ? []
        : [
            gap > 0
              ? ['That is ', { value: gap, unit: 'currency' as const }, ' a year more than buying: it is overdue.']
              : gap < 0
                ? ['Buying costs ', { value: -gap, unit: 'currency' as const }, ' a year more than that: it can wait.']
                : ['Buying costs exactly the same.'],
          ]),
    ];
  },
});
