import { defineCalculator, num, unavailable, value, type Note } from '../contract';

export default defineCalculator({
  id: 'integration-payback',
  title: 'When does joining up the systems pay back?',
  fields: [
    { kind: 'number', id: 'csms', label: 'CSMs', unit: 'count', default: 20, min: 0, max: 100000, integer: true, profile: 'csms' },
    { kind: 'number', id: 'minutes', label: 'Minutes a day each spends piecing one view together', unit: 'count', default: 30, min: 0, max: 480 },
    { kind: 'number', id: 'days', label: 'Working days a year', unit: 'count', default: 230, min: 1, max: 366, integer: true },
    { kind: 'number', id: 'fte-cost', label: 'Loaded cost of one CSM a year', unit: 'currency', default: 150_000, min: 0, max: 1e8, profile: 'csm-cost' },
    { kind: 'number', id: 'integration-cost', label: 'One-off cost of the integration', unit: 'currency', default: 60_000, min: 0, max: 1e9 },
  ],
  outputs: [
    { id: 'hours', label: 'Hours lost a year', unit: 'count' },
    { id: 'fte', label: 'Full-time CSMs’ worth', unit: 'number' },
    { id: 'annual-cost', label: 'Cost of that time a year', unit: 'currency' },
    { id: 'monthly-cost', label: 'Cost of that time a month', unit: 'currency' },
    { id: 'payback-months', label: 'Payback', unit: 'months', decimals: 2 },
  ],
  compute(inputs) {
    const days = num(inputs, 'days');
    const hours = (num(inputs, 'csms') * num(inputs, 'minutes') * days) / 60;
    // A full-time equivalent is 8 hours on each working day.
    const fte = hours / (days * 8);
    const annual = fte * num(inputs, 'fte-cost');
    const monthly = annual / 12;
    const cost = num(inputs, 'integration-cost');
    const notes: Note[] = [];
    return {
      outputs: {
        hours: value(hours),
        fte: value(fte),
        'annual-cost': value(annual),
        'monthly-cost': value(monthly),
        'payback-months': monthly === 0 ? unavailable('No time is lost, so it never pays back.') : value(cost / monthly),
      },
      notes,
    };
  },
  reading(inputs, r) {
    const { 'payback-months': payback } = r.outputs;
    if (!('value' in payback)) return [];
    return [
      ['Stitching customers together by hand costs ', { output: 'monthly-cost' }, ' a month.'],
      payback.value === 0
        ? ['The integration costs nothing, so it pays back at once.']
        : ['It pays back in ', { output: 'payback-months' }, payback.value <= 12 ? ', inside a year.' : ', more than a year: try cheaper fixes first.'],
    ];
  },
});
