import { defineCalculator, keyword, num, unavailable, value, type Note } from '../contract';
import { formatValue } from '../format';

const fmt = (n: number) => formatValue(n, 'number', { decimals: 1 });
const SMALL = 10;

export default defineCalculator({
  id: 'gate-effect',
  title: 'Gate effect tracker',
  fields: [
    { kind: 'number', id: 'nrr-before', label: 'NRR of accounts signed before the gate', hint: 'Measured six months after signing.', unit: 'percent', default: 96, min: 0, max: 300 },
    { kind: 'number', id: 'nrr-after', label: 'NRR of accounts signed after the gate', hint: 'Measured at the same point.', unit: 'percent', default: 104, min: 0, max: 300 },
    { kind: 'number', id: 'accounts-before', label: 'Accounts signed before the gate', unit: 'count', default: 20, min: 0, max: 100_000, integer: true },
    { kind: 'number', id: 'accounts-after', label: 'Accounts signed after the gate', unit: 'count', default: 15, min: 0, max: 100_000, integer: true },
    { kind: 'number', id: 'months', label: 'Months of data since the gate', unit: 'months', default: 6, min: 0, max: 60, integer: true },
  ],
  outputs: [
    { id: 'uplift', label: 'Change in NRR (points)', unit: 'number', decimals: 1 },
    { id: 'reading', label: 'Reading', unit: 'keyword' },
  ],
  compute(inputs) {
    const before = num(inputs, 'nrr-before');
    const after = num(inputs, 'nrr-after');
    const nBefore = num(inputs, 'accounts-before');
    const nAfter = num(inputs, 'accounts-after');
    const months = num(inputs, 'months');
    if (nBefore === 0 || nAfter === 0) {
      const why = unavailable('Each group needs at least one account before the two can be compared.');
      return { outputs: { uplift: why, reading: why }, notes: [] };
    }
    const uplift = Math.round((after - before) * 10) / 10;
    const notes: Note[] = [];
    if (nBefore < SMALL || nAfter < SMALL)
      notes.push({ level: 'warning', text: `With fewer than ${SMALL} accounts in a group, one renewal can swing the result: share it as an early signal, not a finding.` });
    if (months < 6) notes.push({ level: 'warning', text: `Only ${months} month${months === 1 ? '' : 's'} of data: the comparison is meant to be made at six months, so wait before claiming an effect.` });
    if (uplift > 0)
      notes.push({
        level: 'info',
        text: `A line for the CRO: "Accounts signed since we added the deal-review question are at ${fmt(after)}% NRR, against ${fmt(before)}% for the ${nBefore} signed before it, a gain of ${fmt(uplift)} points across ${nAfter} accounts."`,
      });
    else notes.push({ level: 'info', text: 'The gate has not shown an effect yet. Say so plainly when you report it: that candour is what makes the good news believable later.' });
    return {
      outputs: {
        uplift: value(uplift),
        reading: uplift > 0 ? keyword('improved', 'Better since the gate') : uplift === 0 ? keyword('no-change', 'No change yet') : keyword('worse', 'Worse since the gate'),
      },
      notes,
    };
  },
  reading(inputs, r) {
    const { uplift } = r.outputs;
    if (!('value' in uplift)) return [['Each group needs at least one account before the gate’s effect can be read.']];
    const small = inputs['accounts-before'] < SMALL || inputs['accounts-after'] < SMALL;
    const short = inputs.months < 6;
    return [
      uplift.value > 0
        ? ['Accounts signed since the gate stand ', { output: 'uplift' }, ' points of NRR above those signed before it.']
        : uplift.value < 0
          ? ['Accounts signed since the gate stand ', { value: -uplift.value, unit: 'number', decimals: 1 }, ' points of NRR below those signed before it: the gate has not helped yet.']
          : ['Accounts signed before and after the gate stand at the same NRR: no effect yet.'],
      small || short
        ? [
            'With ',
            ...(small ? [`fewer than ${SMALL} accounts in a group`] : []),
            ...(small && short ? [' and '] : []),
            ...(short ? ['only ', { value: inputs.months, unit: 'months' as const }, ' of data'] : []),
            ', treat it as an early signal, not a finding.',
          ]
        : [`With at least ${SMALL} accounts in each group and six months of data or more, it is a finding you can take to the CRO.`],
    ];
  },
});
