import { defineCalculator, keyword, num, unavailable, value, type Note } from '../contract';
import retention from '../retention/model';
import { derivedOutput } from '../sources';

/**
 * The acquisition treadmill: how much new-logo ARR a year takes just to hold a growth target
 * when the base leaks. Needed = ARR × (1 + target − NRR), never below zero; the part that only
 * replaces leakage is ARR × (1 − NRR) while NRR is under 100%. Defaults are the book's
 * illustration ($10M at 98%), not figures from the source.
 */
export default defineCalculator({
  id: 'treadmill',
  title: 'The acquisition treadmill',
  fields: [
    { kind: 'number', id: 'arr', label: 'ARR today', unit: 'currency', default: 10_000_000, min: 0, minExclusive: true, profile: 'arr' },
    {
      kind: 'number',
      id: 'nrr',
      label: 'Net revenue retention',
      unit: 'percent',
      default: 98,
      min: 0,
      max: 200,
      profile: derivedOutput(retention, 'nrr', ['start', 'expansion', 'contraction', 'churn'], ['start-arr', 'expansion', 'contraction', 'churned'], 'your last year in the retention calculator'),
    },
    { kind: 'number', id: 'target', label: 'Growth target for the year', unit: 'percent', default: 0, min: 0, max: 200, hint: '0% means staying level.' },
  ],
  outputs: [
    { id: 'needed', label: 'New-logo ARR needed this year', unit: 'currency' },
    { id: 'leak', label: 'Of which only replaces leakage', unit: 'currency' },
    { id: 'leak-share', label: 'Share spent standing still', unit: 'percent' },
    { id: 'verdict', label: 'Reading', unit: 'keyword' },
  ],
  sensitivity: { field: 'nrr', outputs: ['needed', 'leak'], deltas: [-4, -2, 0, 2, 4] },
  compute(inputs) {
    const arr = num(inputs, 'arr');
    const nrr = num(inputs, 'nrr') / 100;
    const target = num(inputs, 'target') / 100;
    const notes: Note[] = [];
    const raw = arr * (1 + target - nrr);
    const needed = Math.max(0, raw);
    const leak = nrr < 1 ? arr * (1 - nrr) : 0;
    if (raw < 0 && target > 0) notes.push({ level: 'info', text: 'The base alone grows faster than the target, so no new logos are needed to reach it.' });
    const verdict =
      needed === 0
        ? keyword('base-carries', target === 0 ? 'No new logos needed to stay level' : 'The base alone reaches the target')
        : leak > 0
          ? keyword('treadmill', 'On the treadmill: part of every year’s sales replaces leakage')
          : keyword('growth', 'Every new-logo dollar is growth');
    return {
      outputs: {
        needed: value(needed),
        leak: value(leak),
        'leak-share': needed > 0 ? value((Math.min(leak, needed) / needed) * 100) : unavailable('No new-logo ARR is needed, so there is nothing to divide.'),
        verdict,
      },
      notes,
    };
  },
  reading(inputs, r) {
    const { needed, leak } = r.outputs;
    if (!('value' in needed) || !('value' in leak)) return [];
    const first = needed.value === 0
      ? (['At ', { value: inputs.nrr, unit: 'percent' }, ' NRR the base carries the year on its own: ', { output: 'verdict' }, '.'] as const)
      : (['To grow ', { value: inputs.target, unit: 'percent' }, ' from ', { value: inputs.arr, unit: 'currency' }, ' at ', { value: inputs.nrr, unit: 'percent' }, ' NRR takes ', { output: 'needed' }, ' of new-logo ARR this year.'] as const);
    return leak.value > 0
      ? [first, [{ output: 'leak' }, ' of it, ', { output: 'leak-share' }, ', only replaces what the base loses; that requirement grows as the company does.']]
      : [first];
  },
});
