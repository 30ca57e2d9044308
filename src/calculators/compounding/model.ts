import { defineCalculator, num, str, value, type Note } from '../contract';
import { sameMoney } from '../reading-words';

const rate = <Id extends string>(id: Id, label: string, d: number) =>
  ({ kind: 'number', id, label, unit: 'percent', default: d, min: 0, max: 100 }) as const;

export default defineCalculator({
  id: 'compounding',
  title: 'Two companies, two retention rates',
  fields: [
    { kind: 'number', id: 'start', label: 'Starting ARR', unit: 'currency', default: 10_000_000, min: 0, profile: 'arr', group: 'engine' },
    { kind: 'number', id: 'new', label: 'New-customer ARR each year', unit: 'currency', default: 3_000_000, min: 0, profile: 'new-arr', group: 'engine' },
    { ...rate('retention-a', 'Company A retention', 85), profile: 'retention' },
    rate('retention-b', 'Company B retention', 93),
    { kind: 'number', id: 'years', label: 'Years', unit: 'years', default: 5, min: 1, max: 20, integer: true },
    {
      kind: 'choice',
      id: 'timing',
      label: 'When new ARR arrives',
      options: [
        { value: 'end', label: 'During the year: first exposed to churn the next year' },
        { value: 'start', label: 'At the start of the year: exposed to churn that year' },
      ],
      default: 'end',
    },
  ],
  outputs: [
    { id: 'arr-a', label: 'Company A ARR at the end', unit: 'currency' },
    { id: 'arr-b', label: 'Company B ARR at the end', unit: 'currency' },
    { id: 'gap', label: 'Gap (B minus A)', unit: 'currency' },
  ],
  sensitivity: { field: 'retention-b', outputs: ['arr-b', 'gap'], deltas: [-4, -2, 0, 2, 4] },
  compute(inputs) {
    const start = num(inputs, 'start');
    const added = num(inputs, 'new');
    const years = num(inputs, 'years');
    const atStart = str(inputs, 'timing') === 'start';
    const path = (retention: number) => {
      const r = retention / 100;
      const arr = [start];
      for (let t = 0; t < years; t++) arr.push(atStart ? (arr[t]! + added) * r : arr[t]! * r + added);
      return arr;
    };
    const a = path(num(inputs, 'retention-a'));
    const b = path(num(inputs, 'retention-b'));
    const notes: Note[] = [];
    if (num(inputs, 'retention-a') > num(inputs, 'retention-b'))
      notes.push({ level: 'info', text: 'Company A keeps more of its customers here, so the gap is negative.' });
    return {
      outputs: { 'arr-a': value(a[years]!), 'arr-b': value(b[years]!), gap: value(b[years]! - a[years]!) },
      notes,
      series: { year: a.map((_, t) => t), a, b },
    };
  },
  reading(inputs, r) {
    const { 'arr-a': a, 'arr-b': b } = r.outputs;
    if (!('value' in a) || !('value' in b)) return [];
    const pct = (v: number) => ({ value: v, unit: 'percent' as const });
    const ahead = sameMoney(a.value, b.value) ? 0 : b.value > a.value ? 1 : -1;
    const [high, low] = ahead > 0 ? [b.value, a.value] : [a.value, b.value];
    return [
      ['Starting from ', { value: inputs.start, unit: 'currency' }, ' of ARR and adding ', { value: inputs.new, unit: 'currency' }, ' a year, a company that keeps ', pct(inputs['retention-a']), ' of its ARR each year has ', { output: 'arr-a' }, ' after ', { value: inputs.years, unit: 'years' }, ', and one that keeps ', pct(inputs['retention-b']), ' has ', { output: 'arr-b' }, '.'],
      ahead === 0
        ? ['The two end level to the cent.']
        : [
            ahead > 0 ? 'Company B' : 'Company A',
            ' finishes ',
            { value: high - low, unit: 'currency' },
            ' ahead',
            ...(low > 0 ? [', ', { value: (high / low - 1) * 100, unit: 'percent' as const }, ' larger,'] : []),
            ' with the same sales engine, only because it keeps more of what it has.',
          ],
      inputs.timing === 'end'
        ? ['New ARR here arrives during the year and first faces churn the following year.']
        : ['New ARR here arrives at the start of each year and faces churn that same year.'],
    ];
  },
});
