import { defineCalculator, num, unavailable, value, type Note } from '../contract';

/** Below this share in use, a lower tier is worth pricing: this book's line, not the source's. */
const LOW = 50;

export default defineCalculator({
  id: 'licence-utilisation',
  title: 'How much of the licence is working?',
  fields: [
    { kind: 'number', id: 'licence', label: 'Licence a year', unit: 'currency', default: 120_000, min: 0, max: 1e9 },
    { kind: 'number', id: 'in-use', label: 'Share of the capability in use', unit: 'percent', default: 15, min: 0, max: 100 },
    { kind: 'number', id: 'months', label: 'Months owned', unit: 'count', default: 18, min: 0, max: 240 },
  ],
  outputs: [
    { id: 'paid', label: 'Paid so far', unit: 'currency' },
    { id: 'value-in-use', label: 'Paid for what is used', unit: 'currency' },
    { id: 'idle', label: 'Paid for what sits idle', unit: 'currency' },
    { id: 'effective-cost', label: 'Cost a year per fully used equivalent', unit: 'currency' },
    { id: 'multiple', label: 'Times the list licence', unit: 'number' },
  ],
  compute(inputs) {
    const licence = num(inputs, 'licence');
    const used = num(inputs, 'in-use');
    const months = num(inputs, 'months');
    const paid = (licence * months) / 12;
    const notes: Note[] = [];
    if (months === 0) notes.push({ level: 'info', text: 'No months owned, so nothing paid yet.' });
    if (used > 0 && used < LOW) notes.push({ level: 'warning', text: `Only ${used}% in use: price a lower tier.` });
    const nothing = unavailable('Nothing in use: it is all idle.');
    return {
      outputs: {
        paid: value(paid),
        'value-in-use': value((paid * used) / 100),
        idle: value((paid * (100 - used)) / 100),
        'effective-cost': used === 0 ? nothing : value((licence * 100) / used),
        multiple: used === 0 ? nothing : value(100 / used),
      },
      notes,
    };
  },
  reading(inputs, r) {
    const { idle, 'effective-cost': effective } = r.outputs;
    if (!('value' in idle)) return [];
    return [
      ...(inputs.months > 0 ? [['Of ', { output: 'paid' as const }, ' paid, ', { output: 'idle' as const }, ' bought capability nobody uses.']] : []),
      ...('value' in effective ? [['By what is used, it costs ', { output: 'effective-cost' as const }, ' a year, ', { output: 'multiple' as const }, ' times the licence.']] : []),
    ];
  },
});
