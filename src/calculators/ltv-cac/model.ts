import { defineCalculator, keyword, num, unavailable, value, type Note } from '../contract';
import cltv from '../cltv/model';
import { derivedOutput } from '../sources';
import { figure } from '../reading-words';

// "a is below b" with a tolerance for binary noise, so 0.3 against 3 × 0.1 counts as equal.
const below = (a: number, b: number) => b - a > 1e-9 * b;

export default defineCalculator({
  id: 'ltv-cac',
  title: 'LTV to CAC ratio',
  scenarios: true,
  fields: [
    {
      kind: 'number',
      id: 'ltv',
      label: 'Customer lifetime value',
      unit: 'currency',
      default: 90000,
      min: 0,
      profile: derivedOutput(cltv, 'cltv', ['revenue', 'retention', 'margin'], ['arpc', 'retention', 'margin'], 'the lifetime value calculator on your figures'),
    },
    { kind: 'number', id: 'cac', label: 'Customer acquisition cost', hint: 'Fully loaded: sales pay, marketing spend and overhead, divided by customers won.', unit: 'currency', default: 30000, min: 0, profile: 'cac' },
  ],
  outputs: [
    { id: 'ratio', label: 'LTV to CAC', unit: 'ratio' },
    { id: 'band', label: 'Reading', unit: 'keyword' },
  ],
  compute(inputs) {
    const ltv = num(inputs, 'ltv');
    const cac = num(inputs, 'cac');
    if (cac === 0) {
      const none = unavailable('No acquisition cost entered, so there is nothing to divide by.');
      return { outputs: { ratio: none, band: none }, notes: [] };
    }
    const notes: Note[] = [];
    if (!below(ltv, cac) && !below(cac, ltv))
      notes.push({ level: 'info', text: 'Each customer returns exactly what it cost to win. Breaking even on acquisition is viable only in narrow cases, so treat 1 to 1 as a floor, not a goal.' });
    return {
      outputs: {
        ratio: value(ltv / cac),
        band: below(ltv, cac)
          ? keyword('destroys-value', 'Destroys value')
          : below(ltv, 3 * cac)
            ? keyword('weak', 'Weak: below 3 to 1')
            : keyword('healthy', 'Healthy: 3 to 1 or better'),
      },
      notes,
    };
  },
  reading(inputs, r) {
    const { ratio, band } = r.outputs;
    if (!('value' in ratio) || !('value' in band)) return [];
    const ceiling = inputs.ltv / 3;
    return [
      // Shown with enough decimals to tell it from the line it is judged against (2.999 is not 3).
      [
        'Lifetime value to acquisition cost stands at ',
        figure(ratio.value, 'ratio', 2, ratio.value < 2 ? 1 : 3),
        band.value === 'healthy'
          ? ', which is healthy: at or above the three-to-one benchmark.'
          : band.value === 'weak'
            ? ', which is weak: below the three-to-one benchmark.'
            : ', so each customer won destroys value: it is worth less than it cost to win.',
      ],
      band.value === 'healthy'
        ? ['Acquisition cost could rise to ', { value: ceiling, unit: 'currency' }, ' before the ratio fell below three to one.']
        : inputs.ltv === 0
          ? ['With no lifetime value, no acquisition cost can pay back.']
          : ['To reach three to one at this lifetime value, acquisition cost would have to fall to ', { value: ceiling, unit: 'currency' }, ', a cut of ', figure((1 - ceiling / inputs.cac) * 100, 'percent', 1), ', or lifetime value rise to ', { value: inputs.cac * 3, unit: 'currency' }, '.'],
    ];
  },
});
