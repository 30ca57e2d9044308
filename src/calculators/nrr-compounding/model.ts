import { defineCalculator, num, str, value, type Note, type Sentence } from '../contract';

const nrr = <Id extends string>(id: Id, label: string, d: number) =>
  ({ kind: 'number', id, label, unit: 'percent', default: d, min: 0, max: 200, hint: 'Net revenue retention: a year’s revenue from the customers you started with, expansion included. An illustration, not a benchmark.' }) as const;

/**
 * The conclusion's thought experiment in NRR terms: two companies alike in every way but a few
 * points of net retention. The defaults (105% against 98%, no new logos) are the book's
 * illustration, not figures from the source; new-logo ARR is zero so only the base is compared.
 */
export default defineCalculator({
  id: 'nrr-compounding',
  title: 'Two companies, a few points of NRR apart',
  fields: [
    { kind: 'number', id: 'start', label: 'Starting ARR (both companies)', unit: 'currency', default: 10_000_000, min: 0, minExclusive: true, profile: 'arr' },
    nrr('nrr-1', 'Company 1 NRR', 105),
    nrr('nrr-2', 'Company 2 NRR', 98),
    { kind: 'number', id: 'new', label: 'New-logo ARR each year (both companies)', unit: 'currency', default: 0, min: 0, hint: 'Zero isolates what the existing base does on its own.' },
    { kind: 'number', id: 'years', label: 'Years', unit: 'years', default: 5, min: 1, max: 20, integer: true },
    {
      kind: 'choice',
      id: 'timing',
      label: 'When new ARR arrives',
      options: [
        { value: 'end', label: 'During the year: first retained the next year' },
        { value: 'start', label: 'At the start of the year: retained that year' },
      ],
      default: 'end',
    },
  ],
  outputs: [
    { id: 'arr-1', label: 'Company 1 ARR at the end', unit: 'currency' },
    { id: 'arr-2', label: 'Company 2 ARR at the end', unit: 'currency' },
    { id: 'gap-first', label: 'Gap after year 1', unit: 'currency' },
    { id: 'gap', label: 'Gap at the end (1 minus 2)', unit: 'currency' },
  ],
  sensitivity: { field: 'nrr-2', outputs: ['arr-2', 'gap'], deltas: [-4, -2, 0, 2, 4] },
  compute(inputs) {
    const start = num(inputs, 'start');
    const added = num(inputs, 'new');
    const years = num(inputs, 'years');
    const atStart = str(inputs, 'timing') === 'start';
    const path = (rate: number) => {
      const r = rate / 100;
      const arr = [start];
      for (let t = 0; t < years; t++) arr.push(atStart ? (arr[t]! + added) * r : arr[t]! * r + added);
      return arr;
    };
    const a = path(num(inputs, 'nrr-1'));
    const b = path(num(inputs, 'nrr-2'));
    const notes: Note[] = [];
    if (num(inputs, 'nrr-1') === 0 || num(inputs, 'nrr-2') === 0)
      notes.push({ level: 'warning', text: 'An NRR of 0% means every existing customer leaves within the year: possible on paper, rare in life.' });
    if (num(inputs, 'nrr-1') < num(inputs, 'nrr-2')) notes.push({ level: 'info', text: 'Company 2 keeps more of its base here, so the gap is negative.' });
    return {
      outputs: { 'arr-1': value(a[years]!), 'arr-2': value(b[years]!), 'gap-first': value(a[1]! - b[1]!), gap: value(a[years]! - b[years]!) },
      notes,
      series: { year: a.map((_, t) => t), a, b },
    };
  },
  reading(inputs, r) {
    const first = r.outputs['gap-first'];
    const last = r.outputs.gap;
    if (!('value' in first) || !('value' in last)) return [];
    const years = { value: inputs.years, unit: 'years' } as const;
    const opening: Sentence<'arr-1' | 'arr-2'> = ['From ', { value: inputs.start, unit: 'currency' }, ' each, company 1 ends ', years, ' at ', { output: 'arr-1' }, ' and company 2 at ', { output: 'arr-2' }, '.'];
    const gap: Sentence<'gap-first' | 'gap'> =
      last.value === 0
        ? ['With the same NRR the two stay level.']
        : first.value !== 0 && Math.sign(first.value) === Math.sign(last.value)
          ? ['The gap is ', { output: 'gap-first' }, ' after one year and ', { output: 'gap' }, ' at the end, ', { value: last.value / first.value, unit: 'number', decimals: 1 }, ' times as wide.']
          : ['The gap at the end is ', { output: 'gap' }, '.'];
    const leak: Sentence<never>[] =
      inputs['nrr-2'] < 100
        ? [['In the first year alone, company 2 needs ', { value: (inputs.start * (100 - inputs['nrr-2'])) / 100, unit: 'currency' }, ' of new-logo ARR just to replace what its base loses.']]
        : [];
    return [opening, gap, ...leak];
  },
});
