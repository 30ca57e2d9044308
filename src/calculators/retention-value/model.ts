import { defineCalculator, keyword, num, value, type Note } from '../contract';

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
    // ARR × points ÷ 100 is kept each year; many CFOs accept CS costing up to 30% of that.
    const kept = num(inputs, 'arr') * num(inputs, 'points');
    const cost = num(inputs, 'cs-cost');
    const within = cost * 1000 <= kept * 3 * (1 + 1e-12);
    const notes: Note[] = [];
    if (kept === 0) notes.push({ level: 'info', text: 'With no retention gain there is no headroom: on this measure any CS cost is over the ceiling.' });
    return {
      outputs: {
        retained: value(kept / 100),
        ceiling: value((kept * 3) / 1000),
        verdict: within ? keyword('within', 'Within the ceiling') : keyword('over', 'Over the ceiling'),
      },
      notes,
    };
  },
});
