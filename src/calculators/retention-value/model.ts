import { defineCalculator, keyword, num, value, type Note } from '../contract';
import { points, sameMoney } from '../reading-words';

export default defineCalculator({
  id: 'retention-value',
  title: 'Retention points in revenue terms',
  scenarios: true,
  fields: [
    { kind: 'number', id: 'arr', label: 'ARR base', unit: 'currency', default: 50_000_000, min: 0, profile: 'arr' },
    { kind: 'number', id: 'points', label: 'Gross retention gain (points)', unit: 'number', default: 1, min: 0, max: 100 },
    { kind: 'number', id: 'cs-cost', label: 'Annual CS cost', hint: 'What the CS work behind the gain costs a year.', unit: 'currency', default: 120000, min: 0 },
  ],
  outputs: [
    { id: 'retained', label: 'Revenue kept each year', unit: 'currency' },
    { id: 'ceiling', label: 'Cost ceiling (30% of revenue kept)', unit: 'currency' },
    { id: 'verdict', label: 'CS cost against the ceiling', unit: 'keyword' },
  ],
  compute(inputs) {
    // ARR × points ÷ 100 is kept each year; CS pays for itself when it costs less than 30% of that.
    const kept = num(inputs, 'arr') * num(inputs, 'points');
    const cost = num(inputs, 'cs-cost');
    const notes: Note[] = [];
    if (kept === 0) notes.push({ level: 'info', text: 'With no retention gain there is no headroom: on this measure any CS cost is over the ceiling.' });
    return {
      outputs: {
        retained: value(kept / 100),
        ceiling: value((kept * 3) / 1000),
        verdict: verdictOf(cost, kept),
      },
      notes,
    };
  },
  reading(inputs, r) {
    const { retained, ceiling, verdict } = r.outputs;
    if (!('value' in retained) || !('value' in ceiling) || !('value' in verdict)) return [];
    const cost = inputs['cs-cost'];
    const where = position(cost, inputs.arr * inputs.points);
    const gain = ['A gain of ', ...points(inputs.points), ' on ', { value: inputs.arr, unit: 'currency' as const }, ' of ARR keeps ', { output: 'retained' as const }, ' a year'] as const;
    if (retained.value === 0) return [[...gain, ', so there is no headroom: on this measure any CS cost is too much.']];
    return [
      [...gain, ', so the CS work behind it pays for itself if it costs less than ', { output: 'ceiling' }, '.'],
      where === 'below'
        ? sameMoney(cost, ceiling.value)
          ? ['At ', { value: cost, unit: 'currency' }, ' it does, by less than a cent.']
          : ['At ', { value: cost, unit: 'currency' }, ' it does, with ', { value: ceiling.value - cost, unit: 'currency' }, ' to spare.']
        : where === 'at'
          ? ['At ', { value: cost, unit: 'currency' }, ' it sits exactly on the ceiling, which does not count as paying for itself.']
          : sameMoney(cost, ceiling.value)
            ? ['At ', { value: cost, unit: 'currency' }, ' it is over by less than a cent.']
            : ['At ', { value: cost, unit: 'currency' }, ' it costs ', { value: cost - ceiling.value, unit: 'currency' }, ' more than that.'],
    ];
  },
});

/**
 * Below the ceiling means strictly below (the source's "less than 30%"); a cost on the ceiling is
 * not below it. Compared as products so $150,000 against 30% of $500,000 is exact, with a
 * tolerance only for binary noise in decimal inputs.
 */
function position(cost: number, kept: number): 'below' | 'at' | 'above' {
  const [spend, cap] = [cost * 1000, kept * 3];
  const tol = 1e-12 * Math.max(spend, cap);
  return spend < cap - tol ? 'below' : spend <= cap + tol ? 'at' : 'above';
}

function verdictOf(cost: number, kept: number) {
  const where = position(cost, kept);
  return where === 'below'
    ? keyword('within', 'Within the ceiling: pays for itself')
    : where === 'at'
      ? keyword('over', 'At the ceiling, which counts as over')
      : keyword('over', 'Over the ceiling');
}
