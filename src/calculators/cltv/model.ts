import { defineCalculator, num, unavailable, value, type Sentence } from '../contract';
import { points } from '../reading-words';

/** The book's worked example, for readings that compare the reader's customer with it. */
const EXAMPLE_CLTV = 90_000;

// Rates stay in percent until the last step, so the book's figures come out exact:
// 12,000 × 75 ÷ (100 − 90) is exactly 90,000, whereas 0.9 + 0.03 is not 0.93 in binary.
export default defineCalculator({
  id: 'cltv',
  title: 'Customer lifetime value',
  scenarios: true,
  fields: [
    { kind: 'number', id: 'revenue', label: 'Annual revenue per customer', unit: 'currency', default: 12000, min: 0, minExclusive: true, profile: 'arpc', group: 'customer' },
    { kind: 'number', id: 'retention', label: 'Annual retention', unit: 'percent', default: 90, min: 0, max: 100, profile: 'retention', group: 'customer' },
    { kind: 'number', id: 'margin', label: 'Gross margin', unit: 'percent', default: 75, min: 0, max: 100, profile: 'margin', group: 'customer' },
    { kind: 'number', id: 'discount', label: 'Discount rate', hint: 'A year; the book’s default, not a source figure.', unit: 'percent', default: 10, min: 0, max: 50, profile: 'discount' },
    { kind: 'number', id: 'lift', label: 'Retention improvement (points)', unit: 'number', default: 3, min: 0, max: 100 },
  ],
  outputs: [
    { id: 'lifespan', label: 'Average customer lifetime', unit: 'years' },
    { id: 'cltv', label: 'Lifetime value (churn-based)', unit: 'currency' },
    { id: 'cltv-discounted', label: 'Lifetime value (discounted)', unit: 'currency' },
    { id: 'lift-cltv', label: 'Lifetime value after the improvement', unit: 'currency' },
    { id: 'lift-change', label: 'Change in lifetime value', unit: 'percent' },
  ],
  sensitivity: { field: 'retention', outputs: ['lifespan', 'cltv', 'cltv-discounted'], deltas: [-6, -3, 0, 3, 6] },
  compute(inputs) {
    const r = num(inputs, 'retention');
    const d = num(inputs, 'discount');
    const lift = num(inputs, 'lift');
    const margin = num(inputs, 'margin');
    const profit = (num(inputs, 'revenue') * margin) / 100;
    const lifted = r + lift;
    const noChurn = unavailable('No churn means no finite lifetime: see the discounted value.');
    const capped = unavailable('That improvement takes retention to 100%, where the churn-based value has no limit.');
    return {
      outputs: {
        lifespan: r === 100 ? noChurn : value(100 / (100 - r)),
        cltv: r === 100 ? noChurn : value((profit * 100) / (100 - r)),
        'cltv-discounted':
          profit === 0
            ? value(0)
            : r === 100 && d === 0
              ? unavailable('No churn and no discount means no limit: enter a discount rate above 0%.')
              : value((profit * (100 + d)) / (100 + d - r)),
        'lift-cltv': lifted >= 100 ? capped : value((profit * 100) / (100 - lifted)),
        // (100 − r) ÷ (100 − r − lift) − 1, as a percentage: revenue and margin cancel out.
        'lift-change':
          lifted >= 100
            ? capped
            : margin === 0
              ? unavailable('At a 0% margin the value is zero either way, so there is no change to show.')
              : value((lift * 100) / (100 - lifted)),
      },
      notes: [],
    };
  },
  reading(inputs, r) {
    const { lifespan, cltv, 'cltv-discounted': discounted, 'lift-change': change } = r.outputs;
    return [
      'value' in lifespan && 'value' in cltv
        ? ['On these figures the average customer stays ', { output: 'lifespan' }, ' and brings in ', { output: 'cltv' }, ' of gross profit over that time: ', ...against(cltv.value / EXAMPLE_CLTV), '.']
        : 'value' in discounted
          ? ['With no churn, the churn-based lifetime has no end, so the discounted value, ', { output: 'cltv-discounted' }, ', is the figure to quote.']
          : ['With no churn and no discount, neither value has a limit: enter a discount rate above 0% to get a figure worth quoting.'],
      ...('value' in cltv && 'value' in discounted && cltv.value > 0
        ? [['Discounted at ', { value: inputs.discount, unit: 'percent' as const }, ' a year, the same customer is worth ', { output: 'cltv-discounted' as const }, ' today.']]
        : []),
      ...(inputs.lift > 0 && inputs.retention < 100
        ? 'value' in change
          ? [['Lifting retention by ', ...points(inputs.lift), ' would raise each customer’s value by ', { output: 'lift-change' as const }, '.']]
          : inputs.retention + inputs.lift >= 100
            ? [['Lifting retention by ', ...points(inputs.lift), ' would take it to 100%, where the churn-based value has no limit.']]
            : []
        : []),
    ];
  },
});

/** How a lifetime value compares with the book's example customer, in words chosen from the numbers. */
function against(times: number): Sentence<never> {
  const example = [' the book’s example customer, worth ', { value: EXAMPLE_CLTV, unit: 'currency' }] as const;
  if (times === 0) return ['nothing at all, because the margin is zero'];
  if (Math.abs(times - 1) < 0.005) return ['about the same as', ...example];
  if (times >= 1.995) return [`about ${times >= 9.95 ? Math.round(times) : Math.round(times * 10) / 10} times`, ...example];
  return [`${Math.round(Math.abs(times - 1) * 100)}% ${times > 1 ? 'more' : 'less'} than`, ...example];
}
