import { defineCalculator, keyword, num, unavailable, value, type Note } from '../contract';

const years = <Id extends string>(id: Id, label: string, d: number, hint: string) =>
  ({ kind: 'number', id, label, hint, unit: 'years', default: d, min: 0, max: 20 }) as const;

// The book's worked example D: a $120,000 customer that bought far more than it uses.
// Rates stay in percent until the last step, so 120,000 × (100 − 40) ÷ 100 × 3 is exactly 216,000.
export default defineCalculator({
  id: 'save-economics',
  title: 'Discount or right-size',
  fields: [
    { kind: 'number', id: 'acv', label: 'Annual contract value today', unit: 'currency', default: 120_000, min: 0, minExclusive: true, max: 1e10 },
    { kind: 'number', id: 'discount', label: 'Discount offered to renew', unit: 'percent', default: 50, min: 0, max: 100 },
    years('discount-years', 'Years the discounted customer stays', 1, 'The usual pattern: one more cycle, then it leaves anyway.'),
    { kind: 'number', id: 'reduction', label: 'Cut in the contract when right-sized', unit: 'percent', default: 40, min: 0, max: 100 },
    years('right-size-years', 'Years the right-sized customer stays', 3, 'Your estimate; the book’s example assumes three.'),
  ],
  outputs: [
    { id: 'discount-total', label: 'Revenue from the discount', unit: 'currency' },
    { id: 'right-size-total', label: 'Revenue from the right-size', unit: 'currency' },
    { id: 'difference', label: 'Right-size minus discount', unit: 'currency' },
    { id: 'first-year-drop', label: 'Visible drop in the first year of the right-size', unit: 'currency' },
    { id: 'break-even', label: 'Years the right-sized customer must stay to match the discount', unit: 'years' },
    { id: 'better', label: 'Which brings in more', unit: 'keyword' },
  ],
  crossCheck(inputs) {
    const errors: Partial<Record<'discount' | 'reduction', string>> = {};
    if (inputs.discount === 100) errors.discount = 'A 100% discount gives the product away: enter less than 100%.';
    if (inputs.reduction === 100) errors.reduction = 'A 100% cut ends the contract rather than right-sizing it: enter less than 100%.';
    return errors;
  },
  compute(inputs) {
    const acv = num(inputs, 'acv');
    const discounted = (acv * (100 - num(inputs, 'discount'))) / 100;
    const rightSized = (acv * (100 - num(inputs, 'reduction'))) / 100;
    const discountTotal = discounted * num(inputs, 'discount-years');
    const rightTotal = rightSized * num(inputs, 'right-size-years');
    const difference = rightTotal - discountTotal;
    const notes: Note[] = [];
    if (num(inputs, 'discount-years') === 0) notes.push({ level: 'info', text: 'A discounted customer that stays no time at all brings in nothing: the discount has bought nothing.' });
    if (num(inputs, 'right-size-years') === 0) notes.push({ level: 'info', text: 'A right-sized customer that stays no time at all brings in nothing.' });
    if (num(inputs, 'discount') >= 30 && num(inputs, 'discount-years') <= 1)
      notes.push({ level: 'warning', text: 'A deep discount for one more cycle usually postpones the loss: if it takes a big discount to renew, price was probably never the real problem.' });
    // Both totals are whole-cent sums of the same inputs; a gap under a cent is no gap.
    const same = Math.abs(difference) < 0.005;
    return {
      outputs: {
        'discount-total': value(discountTotal),
        'right-size-total': value(rightTotal),
        difference: value(same ? 0 : difference),
        'first-year-drop': value(acv - rightSized),
        'break-even': value(discountTotal / rightSized),
        better: same ? keyword('equal', 'Both the same') : difference > 0 ? keyword('right-size', 'The right-size') : keyword('discount', 'The discount'),
      },
      notes,
    };
  },
  reading(inputs, r) {
    const { difference, 'break-even': breakEven } = r.outputs;
    if (!('value' in difference) || !('value' in breakEven)) return [];
    const d = difference.value;
    return [
      ['The right-size brings in ', { output: 'right-size-total' }, ' against ', { output: 'discount-total' }, ' for the discount', ...(d ? [', ', { value: Math.abs(d), unit: 'currency' as const }, d > 0 ? ' more.' : ' less.'] : [', the same.'])],
      ...(inputs.reduction && breakEven.value ? [['It breaks even if the customer stays ', { output: 'break-even' as const }, '.']] : []),
    ];
  },
});
