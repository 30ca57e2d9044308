import { defineCalculator, num, unavailable, value, type Derivation } from '../contract';
import { sameMoney } from '../reading-words';

/** The CS team's yearly cost, from the reader's head count and the cost of one CSM. */
const teamCost: Derivation = {
  label: 'your number of CSMs × the cost of one',
  needs: ['csms', 'csm-cost'],
  derive: (p) => (p.csms === undefined || p['csm-cost'] === undefined ? undefined : p.csms * p['csm-cost']),
};

export default defineCalculator({
  id: 'expansion-ratio',
  title: 'Expansion contribution ratio',
  fields: [
    {
      kind: 'number',
      id: 'expansion',
      label: 'Expansion bookings CS owned or influenced',
      hint: 'For the period; say how influenced deals were attributed.',
      unit: 'currency',
      default: 5_000_000,
      min: 0,
      profile: 'expansion',
      group: 'period',
    },
    { kind: 'number', id: 'cost', label: 'Fully loaded CS cost for the period', unit: 'currency', default: 2_000_000, min: 0, profile: teamCost, group: 'period' },
  ],
  outputs: [{ id: 'ratio', label: 'Contribution ratio', unit: 'ratio' }],
  compute(inputs) {
    const cost = num(inputs, 'cost');
    return {
      outputs: { ratio: cost === 0 ? unavailable('No CS cost entered, so there is nothing to divide by.') : value(num(inputs, 'expansion') / cost) },
      notes: [],
    };
  },
  reading(inputs, r) {
    const { ratio } = r.outputs;
    if (!('value' in ratio)) return [];
    const each = { value: ratio.value, unit: 'currency' as const };
    return [
      [
        'For every ',
        { value: 1, unit: 'currency' },
        ' CS cost, it brought in ',
        each,
        ' of expansion bookings: ',
        sameMoney(ratio.value, 1) ? 'about what it cost' : ratio.value > 1 ? 'more than it cost' : 'less than it cost',
        ', a contribution ratio of ',
        { output: 'ratio' },
        '.',
      ],
      ['Sales productivity is judged on the same kind of ratio, so the two can sit side by side on the scorecard.'],
    ];
  },
});
